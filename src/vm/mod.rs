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
}

/// Re-entries from native code into Python beyond this depth raise RecursionError even if
/// the recursion limit is higher, to protect the Rust stack.
const MAX_NATIVE_DEPTH: usize = 6000;

impl Vm {
    pub fn new(interp: Arc<Interp>) -> Vm {
        Vm {
            interp,
            frames: Vec::new(),
            stack_pool: Vec::new(),
            native_depth: 0,
            reraising: false,
            is_main_thread: true,
            repr_guard: Vec::new(),
        }
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    pub fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit() || self.native_depth >= MAX_NATIVE_DEPTH {
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
        let bits = self.interp.eval_breaker.load(Ordering::Acquire);
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
