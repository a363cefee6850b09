//! Python-level locks (`_thread.lock` and `_thread.RLock`), with the contention counters
//! that `--stats` reports per lock, as mutrace and `perf lock` do.
//!
//! A lock is a flag under a `parking_lot` mutex with a condition variable. An uncontended
//! acquire never leaves the GIL; a contended one waits through `runtime::blocking`, so the
//! GIL is released while it waits.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use super::thread_state::ThreadCounters as C;
use super::{BlockingOp, INTERRUPT_POLL, blocking, interrupted};
use crate::vm::Vm;

/// Counters for one lock. Times are nanoseconds.
#[derive(Default)]
pub struct LockStats {
    pub acquisitions: AtomicU64,
    /// Acquisitions that found the lock taken and had to wait (or gave up).
    pub contended: AtomicU64,
    /// Acquisitions by a different thread than the previous owner.
    pub owner_changes: AtomicU64,
    pub wait_ns: AtomicU64,
    pub max_wait_ns: AtomicU64,
    pub hold_ns: AtomicU64,
    pub max_hold_ns: AtomicU64,
}

/// Lock counters by creation site and kind: every lock created at one line of the
/// program (say, a `Condition` in a loop) adds to one entry, as mutrace groups by mutex
/// and `perf lock` by caller.
#[derive(Default)]
pub struct LockRegistry {
    entries: parking_lot::Mutex<Vec<LockEntry>>,
    index: parking_lot::Mutex<HashMap<(String, String), usize>>,
}

#[derive(Clone)]
pub struct LockEntry {
    pub site: String,
    /// "Lock", "RLock", or the standard API that made it ("Condition", "Queue",
    /// "Queue.get" for the waiter locks of a blocked get...).
    pub kind: String,
    /// Locks the runtime makes for itself (thread bookkeeping), left out of reports.
    pub internal: bool,
    pub stats: Arc<LockStats>,
}

impl LockRegistry {
    pub fn stats_for(&self, site: &str, kind: &str, internal: bool) -> Arc<LockStats> {
        let key = (site.to_string(), kind.to_string());
        let mut index = self.index.lock();
        let mut entries = self.entries.lock();
        if let Some(&i) = index.get(&key) {
            return entries[i].stats.clone();
        }
        let stats = Arc::new(LockStats::default());
        index.insert(key, entries.len());
        entries.push(LockEntry {
            site: site.to_string(),
            kind: kind.to_string(),
            internal,
            stats: stats.clone(),
        });
        stats
    }

    pub fn snapshot(&self) -> Vec<LockEntry> {
        self.entries.lock().clone()
    }
}

/// Which thread holds a lock, and since when.
struct LockState {
    locked: bool,
    /// Serial of the thread that last acquired it (0: never).
    owner: u64,
    /// `RLock` recursion depth (1 for a plain lock while held).
    count: u64,
    acquired_at: Option<Instant>,
}

pub struct PyLock {
    state: Mutex<LockState>,
    cond: Condvar,
    /// Counters shared by every lock created at the same site.
    pub stats: Arc<LockStats>,
}

/// How a blocking acquire ended.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Acquired {
    Yes,
    TimedOut,
    /// Ctrl-C arrived while the main thread waited.
    Interrupted,
}

impl PyLock {
    pub fn new(stats: Arc<LockStats>) -> PyLock {
        PyLock {
            state: Mutex::new(LockState {
                locked: false,
                owner: 0,
                count: 0,
                acquired_at: None,
            }),
            cond: Condvar::new(),
            stats,
        }
    }

    pub fn locked(&self) -> bool {
        self.state.lock().locked
    }

    /// Serial of the owning thread and the recursion depth, if held.
    pub fn owner(&self) -> Option<(u64, u64)> {
        let s = self.state.lock();
        s.locked.then_some((s.owner, s.count))
    }

    fn take(&self, s: &mut LockState, me: u64) {
        s.locked = true;
        if s.owner != me {
            C::add(&self.stats.owner_changes, 1);
        }
        s.owner = me;
        s.count = 1;
        s.acquired_at = Some(Instant::now());
        C::add(&self.stats.acquisitions, 1);
    }

    /// Take the lock if it is free. For an RLock (`reentrant`), also if `me` owns it.
    pub fn try_acquire(&self, me: u64, reentrant: bool) -> bool {
        let mut s = self.state.lock();
        if !s.locked {
            self.take(&mut s, me);
            return true;
        }
        if reentrant && s.owner == me {
            s.count += 1;
            return true;
        }
        false
    }

    /// Acquire, waiting with the GIL released if the lock is taken. `timeout`: None waits
    /// forever. Counts the acquisition as contended.
    pub fn acquire_blocking(
        &self,
        vm: &mut Vm,
        reentrant: bool,
        timeout: Option<Duration>,
    ) -> Acquired {
        let me = vm.thread.serial;
        if self.try_acquire(me, reentrant) {
            return Acquired::Yes;
        }
        // A non-blocking attempt that fails (`acquire(False)`, as `Condition._is_owned`
        // does) did not wait: it is not a contended acquisition.
        if timeout == Some(Duration::ZERO) {
            return Acquired::TimedOut;
        }
        C::add(&self.stats.contended, 1);
        let start = Instant::now();
        let deadline = timeout.map(|t| start + t);
        if vm.interp.gil.has_observer() {
            let at = crate::modules::thread::call_site(vm);
            let what = match at.api {
                Some(api) => format!("{} ({api})", at.site),
                None => at.site,
            };
            *vm.thread.blocked_on.lock() = Some(what);
        }
        let interp = vm.interp.clone();
        let is_main = vm.is_main_thread;
        let result = blocking(vm, BlockingOp::LockWait, || {
            let mut s = self.state.lock();
            loop {
                if !s.locked {
                    self.take(&mut s, me);
                    return Acquired::Yes;
                }
                if interrupted(is_main, &interp) {
                    return Acquired::Interrupted;
                }
                let now = Instant::now();
                let slice = match deadline {
                    Some(d) if now >= d => return Acquired::TimedOut,
                    Some(d) => (d - now).min(INTERRUPT_POLL),
                    None => INTERRUPT_POLL,
                };
                // Only the main thread needs to poll for Ctrl-C; others sleep until woken.
                if is_main || deadline.is_some() {
                    self.cond.wait_for(&mut s, slice);
                } else {
                    self.cond.wait(&mut s);
                }
            }
        });
        let waited = start.elapsed().as_nanos() as u64;
        C::add(&self.stats.wait_ns, waited);
        C::max(&self.stats.max_wait_ns, waited);
        result
    }

    /// Release one level. Plain locks may be released by any thread; an RLock only by its
    /// owner. Returns false if the lock was not held (by `me`, for an RLock).
    pub fn release(&self, me: u64, reentrant: bool) -> bool {
        let mut s = self.state.lock();
        if !s.locked || (reentrant && s.owner != me) {
            return false;
        }
        if reentrant && s.count > 1 {
            s.count -= 1;
            return true;
        }
        self.release_all(&mut s);
        true
    }

    fn release_all(&self, s: &mut LockState) {
        s.locked = false;
        s.count = 0;
        if let Some(at) = s.acquired_at.take() {
            let held = at.elapsed().as_nanos() as u64;
            C::add(&self.stats.hold_ns, held);
            C::max(&self.stats.max_hold_ns, held);
        }
        self.cond.notify_one();
    }

    /// `RLock._release_save`: release every level, returning the depth and owner.
    pub fn release_save(&self, me: u64) -> Option<(u64, u64)> {
        let mut s = self.state.lock();
        if !s.locked || s.owner != me {
            return None;
        }
        let saved = (s.count, s.owner);
        self.release_all(&mut s);
        Some(saved)
    }

    /// `RLock._acquire_restore`: after a blocking acquire, put the depth back.
    pub fn restore_count(&self, count: u64) {
        self.state.lock().count = count;
    }
}
