//! The runtime seam: every operation that may block (sleep, lock and queue waits, joins,
//! reading input) goes through [`blocking`]. This is where the GIL is released around the
//! wait (CPython's `Py_BEGIN_ALLOW_THREADS`), and where statistics, a deadlock detector or a
//! deterministic scheduler can observe the thread going idle.

use crate::vm::Vm;
use crate::vm::error::PyResult;

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

/// Run `wait` with the thread marked as blocked. The closure must not touch Python objects
/// (the GIL is not held while it runs); it returns a plain Rust result.
pub fn blocking<T>(vm: &mut Vm, op: BlockingOp, wait: impl FnOnce() -> T) -> T {
    let _ = op;
    vm.interp.flush_stdout_if_interactive();
    wait()
}

/// Sleep for `seconds`, waking early to deliver KeyboardInterrupt.
pub fn sleep(vm: &mut Vm, seconds: f64) -> PyResult<()> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs_f64(seconds.max(0.0));
    loop {
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(());
        }
        // Sleep in slices so Ctrl-C is noticed promptly, as CPython's sleep is interrupted.
        let slice = (deadline - now).min(std::time::Duration::from_millis(50));
        blocking(vm, BlockingOp::Sleep, || std::thread::sleep(slice));
        vm.handle_eval_breaker()?;
    }
}
