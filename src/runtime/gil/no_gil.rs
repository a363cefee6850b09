//! Free threading: no GIL at all. Threads run bytecode in parallel on every core; built-in
//! containers stay consistent because each guards its contents with its own lock.

use super::{GilContext, GilPolicy};
use crate::runtime::thread_state::ThreadState;

pub struct NoGil;

impl GilPolicy for NoGil {
    fn take(&self, _me: &ThreadState, _cx: &GilContext) -> bool {
        false
    }
    fn release(&self, _me: &ThreadState, _cx: &GilContext) {}
}
