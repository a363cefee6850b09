//! The virtual machine: shared interpreter state (`Interp`) and per-thread execution state
//! (`Vm`, which owns the heap-allocated frame stack).

pub mod attr;
pub mod call;
pub mod class_build;
pub mod compare;
pub mod context;
pub mod dictops;
pub mod error;
pub mod eval;
pub mod exc;
pub mod frame;
pub mod generator;
pub mod import;
pub mod iter;
pub mod numeric;
pub mod ops;
pub mod repr;
pub mod types;

use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::object::class::Class;
use crate::runtime::gil::{GilKind, Release};
use crate::runtime::thread_state::ThreadState;
use crate::value::Value;
use error::{ExcType, PyErr, PyResult};
use frame::Frame;
use types::Types;

/// Bits of the eval breaker, checked at back-edges, calls and function entry.
pub mod breaker {
    /// Ctrl-C arrived: raise KeyboardInterrupt in the main thread.
    pub const INTERRUPT: u32 = 1;
    /// Another thread asks the GIL holder to drop it.
    pub const GIL_DROP_REQUEST: u32 = 2;
    /// A suspended generator was dropped: run its `finally` blocks.
    pub const FINALIZE: u32 = 8;
    /// The interpreter is shutting down: threads other than the main one (daemons) stop
    /// at their next check, as CPython's do when they next want the GIL.
    pub const FINALIZING: u32 = 16;
}

/// State shared by every thread of one interpreter. Nothing lives in process-wide statics,
/// so two interpreters can coexist in one process.
pub struct Interp {
    pub types: Types,
    pub builtins: HashMap<String, Value>,
    pub modules: Mutex<HashMap<String, Value>>,
    pub recursion_limit: AtomicUsize,
    pub switch_interval_us: AtomicU64,
    pub check_interval: AtomicU64,
    pub eval_breaker: AtomicU32,
    /// Source text by file name, for tracebacks.
    pub sources: Mutex<HashMap<String, Arc<str>>>,
    pub argv: Vec<String>,
    /// Directory searched for imported modules (sys.path[0]).
    pub main_dir: PathBuf,
    pub stdout: Mutex<OutputBuffer>,
    /// Next value handed out by `id()` for immediates.
    pub random_state: Mutex<Option<crate::modules::mt_random::MersenneTwister>>,
    pub start_time: std::time::Instant,
    /// Bumped whenever a class namespace changes after creation; invalidates lookup caches.
    pub class_epoch: AtomicU64,
    /// Set once a property is added to an existing class: from then on instance attribute
    /// reads always consult the class first (`Class::has_properties` may be stale).
    pub late_properties: std::sync::atomic::AtomicBool,
    /// `sys.set_int_max_str_digits` (0: no limit).
    pub int_max_str_digits: AtomicUsize,
    pub gil: crate::runtime::gil::Gil,
    pub threads: crate::runtime::threads::Threads,
    pub locks: crate::runtime::locks::LockRegistry,
}

/// Buffered stdout: flushed when full, at exit, before stderr output and before input,
/// and per line when stdout is a terminal (as CPython does).
pub struct OutputBuffer {
    pub buf: Vec<u8>,
    pub line_buffered: bool,
}

impl OutputBuffer {
    pub fn write(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() > 1 << 16 || (self.line_buffered && s.contains('\n')) {
            self.flush();
        }
    }
    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }
}

impl Interp {
    pub fn switch_interval(&self) -> std::time::Duration {
        std::time::Duration::from_micros(self.switch_interval_us.load(Ordering::Relaxed))
    }
    pub fn exc_class(&self, kind: ExcType) -> &Arc<Class> {
        &self.types.exceptions[kind.index()]
    }
    pub fn flush_stdout(&self) {
        self.stdout.lock().flush();
    }
    /// Before a thread blocks, make what it printed visible (a prompt, progress lines).
    pub fn flush_stdout_if_interactive(&self) {
        let mut out = self.stdout.lock();
        if out.line_buffered {
            out.flush();
        }
    }
    pub fn write_stderr(&self, s: &str) {
        self.flush_stdout();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(s.as_bytes());
        let _ = err.flush();
    }
}

/// What a run of the dispatch loop ended with.
pub enum FrameExit {
    Return(Value),
    Yield(Value),
}

/// Per-thread execution state.
pub struct Vm {
    pub interp: Arc<Interp>,
    pub frames: Vec<Frame>,
    /// Recycled value stacks, so calls rarely allocate.
    pub stack_pool: Vec<Vec<Value>>,
    /// Nesting of native -> Python re-entries (each one uses Rust stack).
    pub native_depth: usize,
    /// Set while re-raising, so the traceback is not extended twice for the same frame.
    pub reraising: bool,
    pub is_main_thread: bool,
    /// Containers whose repr is in progress (for `[...]` on self-reference).
    pub repr_guard: Vec<usize>,
    /// This thread's identity and GIL counters.
    pub thread: Arc<ThreadState>,
    /// Bytecodes executed by this thread (flushed into its counters at GIL releases).
    pub ticks: u64,
    /// The old GIL releases when `ticks` reaches this; `u64::MAX` under other policies.
    pub tick_deadline: u64,
    ticks_flushed: u64,
    /// Locks released when this thread finishes (`_thread._set_sentinel`).
    pub sentinels: Vec<Arc<crate::runtime::locks::PyLock>>,
    /// Native re-entry limit: smaller on threads, whose OS stacks are smaller.
    max_native_depth: usize,
    /// Per-thread cache of class attribute lookups (see `Vm::class_lookup_fast`).
    pub attr_cache: Box<[Option<AttrCacheEntry>]>,
    /// Per-thread cache of module attribute slots (see `Vm::module_attr`).
    pub module_cache: Box<[Option<ModuleCacheEntry>]>,
}

/// Slots in `Vm::module_cache` (a power of two).
pub const MODULE_CACHE_SLOTS: usize = 64;

/// `name` lives in slot `slot` of the module globals at `globals` (slots are never
/// removed or renumbered, so the mapping stays valid; the weak reference keeps the
/// address from being reused, and the name is kept alive for the same reason).
pub struct ModuleCacheEntry {
    pub globals: std::sync::Weak<crate::object::module::Globals>,
    pub name: Value,
    pub slot: usize,
}

/// Slots in `Vm::attr_cache` (a power of two).
pub const ATTR_CACHE_SLOTS: usize = 256;

/// One cached class lookup: `name` on `cls` found `value` while the class epoch was
/// `epoch`. The weak reference keeps the class's allocation (so its address) from being
/// reused while the entry exists; the name is kept alive for the same reason.
pub struct AttrCacheEntry {
    pub cls: std::sync::Weak<Class>,
    pub name: Value,
    pub epoch: u64,
    pub value: Option<Value>,
}

/// Re-entries from native code into Python beyond this depth raise RecursionError even if
/// the recursion limit is higher, to protect the Rust stack (512 MiB on the main thread).
const MAX_NATIVE_DEPTH: usize = 6000;
/// The same for other threads, whose stacks are `THREAD_STACK_BYTES`.
const THREAD_MAX_NATIVE_DEPTH: usize = 1400;

impl Vm {
    /// The VM of the main thread.
    pub fn new(interp: Arc<Interp>) -> Vm {
        let main = interp.threads.main.clone();
        main.bind_to_current_os_thread();
        let mut vm = Vm::for_thread(interp, main);
        vm.is_main_thread = true;
        vm.max_native_depth = MAX_NATIVE_DEPTH;
        vm
    }

    /// The VM of another thread.
    pub fn for_thread(interp: Arc<Interp>, thread: Arc<ThreadState>) -> Vm {
        let tick_deadline = if interp.gil.kind == GilKind::Old {
            interp.check_interval.load(Ordering::Relaxed)
        } else {
            u64::MAX
        };
        Vm {
            interp,
            frames: Vec::new(),
            stack_pool: Vec::new(),
            native_depth: 0,
            reraising: false,
            is_main_thread: false,
            repr_guard: Vec::new(),
            thread,
            ticks: 0,
            tick_deadline,
            ticks_flushed: 0,
            sentinels: Vec::new(),
            max_native_depth: THREAD_MAX_NATIVE_DEPTH,
            attr_cache: (0..ATTR_CACHE_SLOTS).map(|_| None).collect(),
            module_cache: (0..MODULE_CACHE_SLOTS).map(|_| None).collect(),
        }
    }

    /// Take the GIL (blocking until this thread holds it).
    pub fn acquire_gil(&mut self) {
        let interp = &self.interp;
        interp
            .gil
            .acquire(&self.thread, &interp.eval_breaker, interp.switch_interval());
        self.stop_if_finalizing();
    }

    /// During shutdown, a thread other than the main one gives up the GIL and stops for
    /// good (the process exit ends it), so it never runs against cleared module globals.
    pub fn stop_if_finalizing(&mut self) {
        if self.is_main_thread
            || self.interp.eval_breaker.load(Ordering::Acquire) & breaker::FINALIZING == 0
        {
            return;
        }
        self.release_gil(Release::Exit);
        loop {
            std::thread::park();
        }
    }

    /// Give the GIL up.
    pub fn release_gil(&mut self, why: Release) {
        self.flush_ticks();
        let interp = &self.interp;
        interp.gil.release(
            &self.thread,
            why,
            &interp.eval_breaker,
            interp.switch_interval(),
        );
    }

    /// Let another thread run: drop the GIL and ask for it again at once.
    fn yield_gil(&mut self) {
        self.release_gil(Release::Forced);
        self.acquire_gil();
    }

    /// Bytecodes run since the last GIL release (not yet in the thread's counters).
    pub fn unflushed_ticks(&self) -> u64 {
        self.ticks - self.ticks_flushed
    }

    /// The thread is done running Python: release the locks that `join` waits on.
    pub fn finish_thread(&mut self) {
        for lock in std::mem::take(&mut self.sentinels) {
            lock.release(self.thread.serial, false);
        }
        self.flush_ticks();
    }

    /// Add the bytecodes run since the last flush to the thread's counters.
    fn flush_ticks(&mut self) {
        let ticks = self.unflushed_ticks();
        self.ticks_flushed = self.ticks;
        self.thread
            .counters
            .bytecodes
            .fetch_add(ticks, Ordering::Relaxed);
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    pub fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit() || self.native_depth >= self.max_native_depth
        {
            return Err(PyErr::new(
                ExcType::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    pub fn take_stack(&mut self, capacity: usize) -> Vec<Value> {
        match self.stack_pool.pop() {
            Some(mut v) => {
                v.reserve(capacity);
                v
            }
            None => Vec::with_capacity(capacity.max(8)),
        }
    }

    pub fn recycle_stack(&mut self, mut v: Vec<Value>) {
        if self.stack_pool.len() < 64 {
            v.clear();
            self.stack_pool.push(v);
        }
    }

    pub fn write_stdout(&self, s: &str) {
        self.interp.stdout.lock().write(s);
    }

    /// The eval-breaker slow path: something asked the running thread to stop and look.
    #[cold]
    pub fn handle_eval_breaker(&mut self) -> PyResult<()> {
        if self.ticks >= self.tick_deadline {
            // The old GIL's check interval: release and immediately re-acquire.
            self.tick_deadline = self
                .ticks
                .saturating_add(self.interp.check_interval.load(Ordering::Relaxed).max(1));
            // With nobody waiting, releasing and re-taking the lock changes nothing (Python
            // 2 did it anyway, but cheaply): skip it, so one thread runs at full speed.
            if self.interp.gil.waiters() > 0 {
                self.yield_gil();
            }
        }
        if self.interp.eval_breaker.load(Ordering::Acquire) & breaker::GIL_DROP_REQUEST != 0 {
            self.yield_gil();
        }
        let bits = self.interp.eval_breaker.load(Ordering::Acquire);
        if bits & breaker::FINALIZING != 0 {
            self.stop_if_finalizing();
        }
        if bits & breaker::FINALIZE != 0 {
            self.interp
                .eval_breaker
                .fetch_and(!breaker::FINALIZE, Ordering::AcqRel);
            self.run_pending_finalizers();
        }
        if bits & breaker::INTERRUPT != 0 && self.is_main_thread {
            self.interp
                .eval_breaker
                .fetch_and(!breaker::INTERRUPT, Ordering::AcqRel);
            return Err(PyErr::with_args(ExcType::KeyboardInterrupt, vec![]));
        }
        Ok(())
    }
}
