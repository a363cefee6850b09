//! CPython's "new GIL" (3.2 and later), after `Python/ceval_gil.c`.
//!
//! - The GIL is a `locked` flag guarded by `mutex`, with a condition variable `cond`.
//! - A thread that wants it waits on `cond` for at most the switch interval (5 ms by
//!   default). If the wait times out, the GIL is still held and no switch happened in the
//!   meantime (`switch_number` is unchanged), the waiter sets the drop request in the eval
//!   breaker. If a switch did happen, it waits again: a new holder always gets a full
//!   interval.
//! - The holder sees the request at its next eval-breaker check (a loop back-edge, a call
//!   or a function entry), drops the GIL and immediately asks for it again.
//! - Forced switching: a thread that drops the GIL because of a drop request then waits on
//!   `switch_cond` until another thread has actually taken it. Otherwise, on a multicore
//!   machine, it would usually win the GIL straight back before the woken waiter runs.
//! - Taking the GIL as a thread other than the last holder counts a switch and wakes the
//!   thread waiting for it on `switch_cond`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use super::{GilContext, GilPolicy};
use crate::runtime::thread_state::ThreadState;
use crate::vm::breaker::GIL_DROP_REQUEST;

struct State {
    locked: bool,
    /// Number of holder changes so far.
    switch_number: u64,
}

pub struct NewGil {
    mutex: Mutex<State>,
    cond: Condvar,
    /// Serial of the last thread to take the GIL (0: nobody yet).
    last_holder: AtomicU64,
    switch_mutex: Mutex<()>,
    switch_cond: Condvar,
}

/// A forced release waits at most this long for the hand-off. CPython waits without a
/// limit; the bound only guards against a lost wake-up, and is far above any real hand-off.
const SWITCH_WAIT_LIMIT: Duration = Duration::from_millis(250);

impl NewGil {
    pub fn new() -> NewGil {
        NewGil {
            mutex: Mutex::new(State {
                locked: false,
                switch_number: 0,
            }),
            cond: Condvar::new(),
            last_holder: AtomicU64::new(0),
            switch_mutex: Mutex::new(()),
            switch_cond: Condvar::new(),
        }
    }

    pub fn switch_number(&self) -> u64 {
        self.mutex.lock().switch_number
    }
}

impl Default for NewGil {
    fn default() -> Self {
        NewGil::new()
    }
}

impl GilPolicy for NewGil {
    fn take(&self, me: &ThreadState, cx: &GilContext) -> bool {
        let mut state = self.mutex.lock();
        let interval = cx.interval.max(Duration::from_micros(1));
        while state.locked {
            let saved_switch_number = state.switch_number;
            let timed_out = self.cond.wait_for(&mut state, interval).timed_out();
            // Timed out, still locked, and nobody switched in the meantime: the holder has
            // had a full interval, so ask it to drop the GIL.
            if timed_out && state.locked && state.switch_number == saved_switch_number {
                cx.breaker.fetch_or(GIL_DROP_REQUEST, Ordering::AcqRel);
                cx.gil.record_drop_request(me);
            }
        }
        let switched;
        {
            let _switch = self.switch_mutex.lock();
            state.locked = true;
            switched = self.last_holder.load(Ordering::Relaxed) != me.serial;
            if switched {
                self.last_holder.store(me.serial, Ordering::Relaxed);
                state.switch_number += 1;
            }
            self.switch_cond.notify_one();
        }
        // A pending request was meant for the previous holder.
        if cx.breaker.load(Ordering::Acquire) & GIL_DROP_REQUEST != 0 {
            cx.breaker.fetch_and(!GIL_DROP_REQUEST, Ordering::AcqRel);
        }
        drop(state);
        switched
    }

    fn release(&self, me: &ThreadState, cx: &GilContext) {
        {
            let mut state = self.mutex.lock();
            state.locked = false;
            self.cond.notify_one();
        }
        // Forced switching: if a drop request is pending, do not come back for the GIL
        // until another thread has taken it.
        if cx.breaker.load(Ordering::Acquire) & GIL_DROP_REQUEST != 0 {
            let mut switch = self.switch_mutex.lock();
            if self.last_holder.load(Ordering::Relaxed) == me.serial {
                cx.breaker.fetch_and(!GIL_DROP_REQUEST, Ordering::AcqRel);
                let _ = self.switch_cond.wait_for(&mut switch, SWITCH_WAIT_LIMIT);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::AtomicU32;
    use std::time::{Duration, Instant};

    use super::*;
    use crate::runtime::gil::{Gil, GilKind};

    fn setup() -> (Arc<Gil>, Arc<NewGil>, Arc<AtomicU32>) {
        (
            Arc::new(Gil::new(GilKind::New, Instant::now())),
            Arc::new(NewGil::new()),
            Arc::new(AtomicU32::new(0)),
        )
    }

    fn take(policy: &NewGil, gil: &Gil, me: &ThreadState, breaker: &AtomicU32, ms: u64) -> bool {
        let cx = GilContext {
            breaker,
            interval: Duration::from_millis(ms),
            gil,
        };
        policy.take(me, &cx)
    }

    fn drop_gil(policy: &NewGil, gil: &Gil, me: &ThreadState, breaker: &AtomicU32) {
        let cx = GilContext {
            breaker,
            interval: Duration::from_millis(1),
            gil,
        };
        policy.release(me, &cx);
    }

    #[test]
    fn waiter_sends_drop_request_after_one_interval() {
        let (gil, policy, breaker) = setup();
        let holder = ThreadState::new(1, "holder");
        assert!(take(&policy, &gil, &holder, &breaker, 20));
        let (g, p, b) = (gil.clone(), policy.clone(), breaker.clone());
        let waiter = std::thread::spawn(move || {
            let me = ThreadState::new(2, "waiter");
            take(&p, &g, &me, &b, 20);
            me.counters.drop_requests_sent.load(Ordering::Relaxed)
        });
        let start = Instant::now();
        while breaker.load(Ordering::Acquire) & GIL_DROP_REQUEST == 0 {
            assert!(start.elapsed() < Duration::from_secs(5), "no drop request");
            std::thread::sleep(Duration::from_millis(1));
        }
        assert!(start.elapsed() >= Duration::from_millis(15));
        // The holder honours it; forced switching makes it wait for the waiter to take over.
        drop_gil(&policy, &gil, &holder, &breaker);
        assert_eq!(policy.last_holder.load(Ordering::Relaxed), 2);
        assert_eq!(waiter.join().unwrap(), 1);
        assert_eq!(breaker.load(Ordering::Acquire) & GIL_DROP_REQUEST, 0);
    }

    #[test]
    fn no_drop_request_when_a_switch_happened_during_the_wait() {
        let (gil, policy, breaker) = setup();
        let holder = ThreadState::new(1, "holder");
        take(&policy, &gil, &holder, &breaker, 100);
        let (g, p, b) = (gil.clone(), policy.clone(), breaker.clone());
        let waiter = std::thread::spawn(move || {
            let me = ThreadState::new(2, "waiter");
            take(&p, &g, &me, &b, 100);
        });
        // While the waiter sleeps, another thread (serial 3) takes over: a switch.
        std::thread::sleep(Duration::from_millis(30));
        {
            let mut state = policy.mutex.lock();
            state.switch_number += 1;
            policy.last_holder.store(3, Ordering::Relaxed);
        }
        // The waiter's first timeout (at ~100 ms) sees the switch and waits a full interval
        // again instead of asking the new holder to drop the GIL.
        std::thread::sleep(Duration::from_millis(140));
        assert_eq!(breaker.load(Ordering::Acquire) & GIL_DROP_REQUEST, 0);
        // Without another switch, the second timeout (at ~200 ms) sends the request.
        let start = Instant::now();
        while breaker.load(Ordering::Acquire) & GIL_DROP_REQUEST == 0 {
            assert!(start.elapsed() < Duration::from_secs(5), "no drop request");
            std::thread::sleep(Duration::from_millis(1));
        }
        let third = ThreadState::new(3, "third");
        drop_gil(&policy, &gil, &third, &breaker);
        waiter.join().unwrap();
        assert_eq!(policy.last_holder.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn forced_release_waits_for_the_hand_off() {
        let (gil, policy, breaker) = setup();
        let holder = ThreadState::new(1, "holder");
        take(&policy, &gil, &holder, &breaker, 5);
        let (g, p, b) = (gil.clone(), policy.clone(), breaker.clone());
        let waiter = std::thread::spawn(move || {
            let me = ThreadState::new(2, "waiter");
            take(&p, &g, &me, &b, 5);
            // Keep the GIL a while, then give it back.
            std::thread::sleep(Duration::from_millis(50));
            drop_gil(&p, &g, &me, &b);
        });
        while breaker.load(Ordering::Acquire) & GIL_DROP_REQUEST == 0 {
            std::thread::sleep(Duration::from_millis(1));
        }
        drop_gil(&policy, &gil, &holder, &breaker);
        // By the time the forced release returns, the waiter holds the GIL.
        assert_eq!(policy.last_holder.load(Ordering::Relaxed), 2);
        assert!(policy.mutex.lock().locked);
        // Asking again, the old holder waits for the waiter to finish.
        let start = Instant::now();
        take(&policy, &gil, &holder, &breaker, 5);
        assert!(start.elapsed() >= Duration::from_millis(20));
        waiter.join().unwrap();
    }

    #[test]
    fn same_thread_retaking_is_not_a_switch() {
        let (gil, policy, breaker) = setup();
        let me = ThreadState::new(1, "main");
        assert!(take(&policy, &gil, &me, &breaker, 5));
        drop_gil(&policy, &gil, &me, &breaker);
        assert!(!take(&policy, &gil, &me, &breaker, 5));
        assert_eq!(policy.switch_number(), 1);
    }
}
