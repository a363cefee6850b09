//! The runtime: threads, the GIL and its policies, Python-level locks, and the seam that
//! every blocking operation passes through.
//!
//! [`blocking`] is that seam: sleep, lock and queue waits, joins and reading input all go
//! through it. It releases the GIL around the wait (CPython's `Py_BEGIN_ALLOW_THREADS`),
//! and it is where statistics, a deadlock detector or a deterministic scheduler observe a
//! thread going idle.

pub mod gil;
pub mod locks;
pub mod thread_state;
pub mod threads;

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use crate::vm::Vm;
use crate::vm::breaker;
use crate::vm::error::PyResult;
use gil::{GilEvent, Release};

/// Why a thread is about to block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockingOp {
    Sleep,
    LockWait,
    Join,
    QueueWait,
    EventWait,
    ConditionWait,
    Input,
    Io,
}

impl BlockingOp {
    pub fn name(self) -> &'static str {
        match self {
            BlockingOp::Sleep => "sleep",
            BlockingOp::LockWait => "lock",
            BlockingOp::Join => "join",
            BlockingOp::QueueWait => "queue",
            BlockingOp::EventWait => "event",
            BlockingOp::ConditionWait => "condition",
            BlockingOp::Input => "input",
            BlockingOp::Io => "io",
        }
    }
}

/// Run `wait` with the GIL released and the thread marked as blocked. The closure must
/// not run Python code; it returns a plain Rust result.
pub fn blocking<T>(vm: &mut Vm, op: BlockingOp, wait: impl FnOnce() -> T) -> T {
    vm.interp.flush_stdout_if_interactive();
    vm.release_gil(Release::Voluntary);
    vm.interp.gil.notify(&vm.thread, GilEvent::BlockStart(op));
    let result = wait();
    vm.interp.gil.notify(&vm.thread, GilEvent::BlockEnd);
    vm.acquire_gil();
    result
}

/// How long a wait may sleep before it looks for Ctrl-C again.
pub const INTERRUPT_POLL: Duration = Duration::from_millis(20);

/// Whether a wait on this thread should stop early: Ctrl-C arrived and this is the main
/// thread (CPython delivers KeyboardInterrupt to the main thread only).
pub fn interrupted(vm_is_main: bool, interp: &crate::vm::Interp) -> bool {
    vm_is_main && interp.eval_breaker.load(Ordering::Relaxed) & breaker::INTERRUPT != 0
}

/// Sleep for `seconds`, waking early to deliver KeyboardInterrupt.
pub fn sleep(vm: &mut Vm, seconds: f64) -> PyResult<()> {
    let deadline = Instant::now() + Duration::from_secs_f64(seconds.max(0.0));
    let interp = vm.interp.clone();
    let is_main = vm.is_main_thread;
    blocking(vm, BlockingOp::Sleep, || {
        loop {
            let now = Instant::now();
            if now >= deadline || interrupted(is_main, &interp) {
                return;
            }
            std::thread::sleep((deadline - now).min(INTERRUPT_POLL));
        }
    });
    vm.handle_eval_breaker()
}
