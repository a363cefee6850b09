//! Starting Python threads as OS threads, and the registry of every thread the
//! interpreter has run (for `--stats`, `_thread._count()` and the trace's thread names).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use parking_lot::Mutex;

use super::gil::{GilEvent, Release};
use super::thread_state::ThreadState;
use crate::value::Value;
use crate::vm::error::{ExcType, PyErr, PyResult};
use crate::vm::{Interp, Vm};

pub struct Threads {
    next_serial: AtomicU64,
    pub main: Arc<ThreadState>,
    /// Every thread started so far, the main thread first.
    pub all: Mutex<Vec<Arc<ThreadState>>>,
    /// Threads started by `start_new_thread` that have not finished (`_thread._count()`).
    pub running: AtomicUsize,
    /// `_thread.stack_size(n)`: the stack of threads started from now on (0: the default).
    pub stack_size: AtomicUsize,
}

/// Python threads run on OS threads with this much stack: Python-to-Python calls do not
/// use it, but native code calling back into Python does.
pub const THREAD_STACK_BYTES: usize = 128 << 20;

impl Threads {
    pub fn new() -> Threads {
        let main = Arc::new(ThreadState::new(1, "MainThread"));
        Threads {
            next_serial: AtomicU64::new(2),
            all: Mutex::new(vec![main.clone()]),
            main,
            running: AtomicUsize::new(0),
            stack_size: AtomicUsize::new(0),
        }
    }

    fn register(&self) -> Arc<ThreadState> {
        let serial = self.next_serial.fetch_add(1, Ordering::Relaxed);
        let t = Arc::new(ThreadState::new(serial, &format!("Thread-{}", serial - 1)));
        self.all.lock().push(t.clone());
        t
    }

    pub fn snapshot(&self) -> Vec<Arc<ThreadState>> {
        self.all.lock().clone()
    }
}

impl Default for Threads {
    fn default() -> Self {
        Threads::new()
    }
}

/// `_thread.start_new_thread(func, args, kwargs)`: run `func(*args, **kwargs)` on a new OS
/// thread with its own VM. Returns the new thread's ident once it is known.
pub fn start_new_thread(
    vm: &mut Vm,
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
) -> PyResult<u64> {
    let interp = vm.interp.clone();
    let state = interp.threads.register();
    interp.threads.running.fetch_add(1, Ordering::AcqRel);
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<u64>();
    let thread_state = state.clone();
    let spawned = std::thread::Builder::new()
        .name(format!("py-{}", state.serial))
        .stack_size(match interp.threads.stack_size.load(Ordering::Relaxed) {
            0 => THREAD_STACK_BYTES,
            // A small stack still has to hold the interpreter's native re-entry limit.
            n => n.max(THREAD_STACK_BYTES / 4),
        })
        .spawn(move || {
            thread_state.bind_to_current_os_thread();
            let _ = ready_tx.send(thread_state.ident.load(Ordering::Relaxed));
            run_thread(interp, thread_state, func, args, kwargs);
        });
    match spawned {
        Ok(_) => Ok(ready_rx.recv().unwrap_or(0)),
        Err(e) => {
            vm.interp.threads.running.fetch_sub(1, Ordering::AcqRel);
            state.finished.store(true, Ordering::Relaxed);
            Err(PyErr::new(
                ExcType::RuntimeError,
                format!("can't start new thread: {e}"),
            ))
        }
    }
}

fn run_thread(
    interp: Arc<Interp>,
    state: Arc<ThreadState>,
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Value, Value)>,
) {
    let mut vm = Vm::for_thread(interp.clone(), state.clone());
    interp.gil.notify(&state, GilEvent::ThreadStart);
    vm.acquire_gil();
    let call = vm.call_with(&func, args.into_iter().collect(), &kwargs);
    if let Err(err) = call {
        // `_thread` reports what escapes the function, except SystemExit (threading's
        // bootstrap catches everything itself and calls `threading.excepthook`).
        if !vm.error_is(&err, ExcType::SystemExit) {
            let exc = vm.materialize(err);
            let func_repr = vm.repr(&func).unwrap_or_default();
            let text = vm.format_exception(&exc);
            interp.write_stderr(&format!(
                "Exception ignored in thread started by: {func_repr}\n{text}"
            ));
        }
    }
    drop(kwargs);
    vm.run_pending_finalizers();
    vm.finish_thread();
    state.finished.store(true, Ordering::Relaxed);
    interp.threads.running.fetch_sub(1, Ordering::AcqRel);
    interp.gil.notify(&state, GilEvent::ThreadExit);
    vm.release_gil(Release::Exit);
}
