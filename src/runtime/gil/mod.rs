//! The global interpreter lock, with swappable policies.
//!
//! A thread must hold the GIL to run bytecode. It gives the GIL up in two ways:
//! - **voluntarily**, around a blocking call (sleep, a contended lock, join, queue waits,
//!   input), through `runtime::blocking`, as CPython's `Py_BEGIN_ALLOW_THREADS` does;
//! - **forcibly**, at the eval breaker (loop back-edges, calls, function entry), when the
//!   policy says so: the new GIL's drop request, or the old GIL's check interval.
//!
//! Each policy is a small type behind [`GilPolicy`]:
//! - [`new_gil::NewGil`]: CPython 3.2+ (`Python/ceval_gil.c`), the default;
//! - [`old_gil::OldGil`]: Python 2's release-and-reacquire every N bytecodes;
//! - [`no_gil::NoGil`]: free threading.
//!
//! [`Gil`] wraps the policy with what every policy shares: per-thread counters, the hand-off
//! latency histogram and the event hook used by `--stats` and `--trace`. When nothing
//! listens, the hook costs one atomic load per GIL event (not per bytecode).

pub mod new_gil;
pub mod no_gil;
pub mod old_gil;

#[cfg(test)]
mod tests;

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::Mutex;

use super::thread_state::{ThreadCounters, ThreadState};
use crate::runtime::BlockingOp;

/// Which policy runs the GIL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GilKind {
    New,
    Old,
    None,
}

impl GilKind {
    pub fn parse(s: &str) -> Option<GilKind> {
        match s {
            "new" => Some(GilKind::New),
            "old" => Some(GilKind::Old),
            "none" => Some(GilKind::None),
            _ => None,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            GilKind::New => "new",
            GilKind::Old => "old",
            GilKind::None => "none",
        }
    }
}

/// Parse a switch interval into microseconds: `5ms`, `100us`, `2s`, or plain seconds
/// (`0.005`, as `sys.setswitchinterval` takes).
pub fn parse_interval_us(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (number, scale) = if let Some(n) = t.strip_suffix("us") {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix("µs") {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix("ms") {
        (n, 1e3)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1e6)
    } else {
        (t, 1e6)
    };
    let value: f64 = number
        .trim()
        .parse()
        .map_err(|_| format!("invalid interval '{s}' (examples: 5ms, 100us, 0.005)"))?;
    let us = value * scale;
    if !us.is_finite() || us < 1.0 {
        return Err(format!("interval '{s}' must be at least 1us"));
    }
    if us > 3.6e9 {
        return Err(format!("interval '{s}' is too large"));
    }
    Ok(us.round() as u64)
}

/// What a policy needs from the interpreter while it takes or drops the lock.
pub struct GilContext<'a> {
    /// The interpreter's eval breaker: the new GIL sets the drop-request bit in it.
    pub breaker: &'a AtomicU32,
    /// `sys.getswitchinterval()`.
    pub interval: Duration,
    pub gil: &'a Gil,
}

/// One GIL algorithm. `take` blocks until `me` holds the lock and returns whether the holder
/// changed (a switch); `drop` releases it.
pub trait GilPolicy: Send + Sync {
    fn take(&self, me: &ThreadState, cx: &GilContext) -> bool;
    fn release(&self, me: &ThreadState, cx: &GilContext);
}

/// Something that happened to the GIL or to a thread, for `--trace` and other listeners.
#[derive(Clone, Copy, Debug)]
pub enum GilEvent {
    /// The thread wants the GIL and starts waiting for it.
    WaitStart,
    /// The thread holds the GIL. `handoff_ns`: time since another thread released it.
    Acquired {
        switched: bool,
        handoff_ns: u64,
    },
    /// The thread released the GIL; `forced` when it honoured a drop request.
    Released {
        forced: bool,
    },
    /// The thread asked the holder to drop the GIL.
    DropRequest,
    /// The thread is about to block (the GIL is already released).
    BlockStart(BlockingOp),
    BlockEnd,
    ThreadStart,
    ThreadExit,
}

pub trait GilObserver: Send + Sync {
    /// `at_ns`: nanoseconds since the interpreter's epoch.
    fn event(&self, thread: &ThreadState, at_ns: u64, event: GilEvent);
}

/// Why the GIL is being released.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Release {
    /// Honouring a drop request or a check interval.
    Forced,
    /// Around a blocking call.
    Voluntary,
    /// The thread is finishing.
    Exit,
}

pub struct Gil {
    pub kind: GilKind,
    policy: Box<dyn GilPolicy>,
    epoch: Instant,
    /// Holder changes, counted by `take`.
    pub switches: AtomicU64,
    /// When the GIL was last released (ns since epoch), for hand-off latency.
    last_release_ns: AtomicU64,
    /// Hand-off latencies in nanoseconds: release to the next (different) holder running.
    pub handoff: Mutex<hdrhistogram::Histogram<u64>>,
    observer: OnceLock<std::sync::Arc<dyn GilObserver>>,
    waiting: Mutex<WaitAccount>,
    /// `waiting.waiters`, readable without the lock.
    waiters_now: std::sync::atomic::AtomicU32,
}

/// How long at least one thread was waiting for the GIL.
#[derive(Default)]
struct WaitAccount {
    waiters: u32,
    since_ns: u64,
    contended_ns: u64,
}

impl Gil {
    pub fn new(kind: GilKind, epoch: Instant) -> Gil {
        let policy: Box<dyn GilPolicy> = match kind {
            GilKind::New => Box::new(new_gil::NewGil::new()),
            GilKind::Old => Box::new(old_gil::OldGil::new()),
            GilKind::None => {
                // Without a GIL, only the object locks keep shared containers whole.
                crate::object::sync::require_object_locks();
                Box::new(no_gil::NoGil)
            }
        };
        Gil {
            kind,
            policy,
            epoch,
            switches: AtomicU64::new(0),
            last_release_ns: AtomicU64::new(0),
            handoff: Mutex::new(
                hdrhistogram::Histogram::new_with_bounds(1, 3_600_000_000_000, 3)
                    .expect("valid histogram bounds"),
            ),
            observer: OnceLock::new(),
            waiting: Mutex::new(WaitAccount::default()),
            waiters_now: std::sync::atomic::AtomicU32::new(0),
        }
    }

    /// Nanoseconds during which at least one thread waited for the GIL, up to now.
    pub fn contended_ns(&self) -> u64 {
        let w = self.waiting.lock();
        let open = if w.waiters > 0 {
            self.now_ns().saturating_sub(w.since_ns)
        } else {
            0
        };
        w.contended_ns + open
    }

    /// Threads waiting for the GIL right now.
    pub fn waiters(&self) -> u32 {
        self.waiters_now.load(Ordering::Relaxed)
    }

    fn count_waiter(&self, delta: i32, now: u64) {
        let mut w = self.waiting.lock();
        if delta > 0 {
            if w.waiters == 0 {
                w.since_ns = now;
            }
            w.waiters += 1;
        } else {
            w.waiters = w.waiters.saturating_sub(1);
            if w.waiters == 0 {
                w.contended_ns += now.saturating_sub(w.since_ns);
            }
        }
        self.waiters_now.store(w.waiters, Ordering::Relaxed);
    }

    /// Install the one listener (`--trace`, `--stats`). Returns false if one was set.
    pub fn set_observer(&self, obs: std::sync::Arc<dyn GilObserver>) -> bool {
        self.observer.set(obs).is_ok()
    }

    pub fn now_ns(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }

    /// Whether a listener (the trace) wants events.
    pub fn has_observer(&self) -> bool {
        self.observer.get().is_some()
    }

    #[inline]
    pub fn notify(&self, thread: &ThreadState, event: GilEvent) {
        if let Some(obs) = self.observer.get() {
            obs.event(thread, self.now_ns(), event);
        }
    }

    /// Take the GIL for `me`, recording the wait.
    pub fn acquire(&self, me: &ThreadState, breaker: &AtomicU32, interval: Duration) {
        let start = self.now_ns();
        self.notify(me, GilEvent::WaitStart);
        let cx = GilContext {
            breaker,
            interval,
            gil: self,
        };
        let counted = self.kind != GilKind::None;
        if counted {
            self.count_waiter(1, start);
        }
        let switched = self.policy.take(me, &cx);
        let now = self.now_ns();
        if counted {
            self.count_waiter(-1, now);
        }
        let waited = now.saturating_sub(start);
        let c = &me.counters;
        ThreadCounters::add(&c.acquisitions, 1);
        ThreadCounters::add(&c.wait_ns, waited);
        ThreadCounters::max(&c.max_wait_ns, waited);
        me.held_since_ns.store(now, Ordering::Relaxed);
        me.holds_gil.store(true, Ordering::Relaxed);
        let mut handoff_ns = 0;
        if switched {
            self.switches.fetch_add(1, Ordering::Relaxed);
            // From the later of "the GIL was released" and "this thread asked for it":
            // time when nobody wanted the GIL is not hand-off latency.
            let released = self.last_release_ns.load(Ordering::Relaxed);
            if released > 0 && self.kind != GilKind::None {
                handoff_ns = now.saturating_sub(released.max(start));
                let _ = self.handoff.lock().record(handoff_ns.max(1));
            }
        }
        self.notify(
            me,
            GilEvent::Acquired {
                switched,
                handoff_ns,
            },
        );
    }

    /// Release the GIL held by `me`.
    pub fn release(&self, me: &ThreadState, why: Release, breaker: &AtomicU32, interval: Duration) {
        let now = self.now_ns();
        let c = &me.counters;
        let held = now.saturating_sub(me.held_since_ns.load(Ordering::Relaxed));
        ThreadCounters::add(&c.hold_ns, held);
        match why {
            Release::Forced => ThreadCounters::add(&c.forced_releases, 1),
            Release::Voluntary => ThreadCounters::add(&c.voluntary_releases, 1),
            Release::Exit => {}
        }
        me.holds_gil.store(false, Ordering::Relaxed);
        self.notify(
            me,
            GilEvent::Released {
                forced: why == Release::Forced,
            },
        );
        self.last_release_ns.store(now, Ordering::Relaxed);
        let cx = GilContext {
            breaker,
            interval,
            gil: self,
        };
        self.policy.release(me, &cx);
        if why == Release::Forced {
            // The new GIL's forced switching keeps the thread here until another thread
            // has taken the GIL: that is time spent waiting for it.
            let waited = self.now_ns().saturating_sub(now);
            ThreadCounters::add(&c.wait_ns, waited);
        }
    }

    /// Called by a policy when `me` sends the holder a drop request.
    pub fn record_drop_request(&self, me: &ThreadState) {
        ThreadCounters::add(&me.counters.drop_requests_sent, 1);
        self.notify(me, GilEvent::DropRequest);
    }

    /// Hand-off latency percentiles in microseconds: (p50, p99, max, count).
    pub fn handoff_summary_us(&self) -> (f64, f64, f64, u64) {
        let h = self.handoff.lock();
        if h.is_empty() {
            return (0.0, 0.0, 0.0, 0);
        }
        (
            h.value_at_quantile(0.5) as f64 / 1e3,
            h.value_at_quantile(0.99) as f64 / 1e3,
            h.max() as f64 / 1e3,
            h.len(),
        )
    }
}
