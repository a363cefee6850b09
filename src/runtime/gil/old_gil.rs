//! Python 2's GIL: a plain lock with no fairness.
//!
//! Every `sys.setcheckinterval` bytecodes (100 by default) the holder releases the lock and
//! immediately asks for it again (`Py_MakePendingCalls`' periodic check in Python 2's
//! ceval.c). Releasing signals one waiter, but on a multicore machine the releaser is
//! still running and usually takes the lock back before the woken thread is scheduled:
//! the waiter wakes, finds the lock taken and sleeps again ("the GIL battle", Beazley
//! 2010). The eval loop counts the bytecodes; this type is only the lock.

use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::{Condvar, Mutex};

use super::{GilContext, GilPolicy};
use crate::runtime::thread_state::ThreadState;

pub struct OldGil {
    locked: Mutex<bool>,
    cond: Condvar,
    last_holder: AtomicU64,
}

impl OldGil {
    pub fn new() -> OldGil {
        OldGil {
            locked: Mutex::new(false),
            cond: Condvar::new(),
            last_holder: AtomicU64::new(0),
        }
    }
}

impl Default for OldGil {
    fn default() -> Self {
        OldGil::new()
    }
}

impl GilPolicy for OldGil {
    fn take(&self, me: &ThreadState, _cx: &GilContext) -> bool {
        let mut locked = self.locked.lock();
        while *locked {
            self.cond.wait(&mut locked);
        }
        *locked = true;
        self.last_holder.swap(me.serial, Ordering::Relaxed) != me.serial
    }

    fn release(&self, _me: &ThreadState, _cx: &GilContext) {
        *self.locked.lock() = false;
        self.cond.notify_one();
    }
}
