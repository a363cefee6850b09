//! What the runtime knows about each Python thread: its identity and the counters the GIL
//! and the blocking seam keep for it. Counters are atomics so a reader (`--stats`,
//! `gil.stats()`) can take them while the thread runs.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use parking_lot::Mutex;

/// Per-thread GIL counters. Times are nanoseconds.
#[derive(Default)]
pub struct ThreadCounters {
    pub bytecodes: AtomicU64,
    pub acquisitions: AtomicU64,
    pub hold_ns: AtomicU64,
    pub wait_ns: AtomicU64,
    pub max_wait_ns: AtomicU64,
    /// Releases that honoured a drop request (new GIL) or a check interval (old GIL).
    pub forced_releases: AtomicU64,
    /// Releases around a blocking call (sleep, lock wait, join, I/O).
    pub voluntary_releases: AtomicU64,
    /// Drop requests this thread sent to the holder after waiting a full interval.
    pub drop_requests_sent: AtomicU64,
}

impl ThreadCounters {
    pub fn add(counter: &AtomicU64, n: u64) {
        counter.fetch_add(n, Ordering::Relaxed);
    }
    pub fn max(counter: &AtomicU64, n: u64) {
        counter.fetch_max(n, Ordering::Relaxed);
    }
    pub fn get(counter: &AtomicU64) -> u64 {
        counter.load(Ordering::Relaxed)
    }
}

pub struct ThreadState {
    /// 1 for the main thread, then 2, 3... in start order. Small and stable: used as the
    /// trace's tid and as the GIL's notion of "last holder".
    pub serial: u64,
    /// `threading.get_ident()` (the pthread id, as CPython reports it).
    pub ident: AtomicU64,
    /// `threading.get_native_id()` (the kernel's thread id).
    pub native_id: AtomicU64,
    /// The Python-level name, kept in sync by `threading.Thread.name`.
    pub name: Mutex<String>,
    pub counters: ThreadCounters,
    /// When the thread last took the GIL (ns since the interpreter's epoch).
    pub held_since_ns: AtomicU64,
    pub holds_gil: AtomicBool,
    pub finished: AtomicBool,
    /// Where the thread is about to block (`file:line` and API), for the trace.
    pub blocked_on: Mutex<Option<String>>,
}

impl ThreadState {
    pub fn new(serial: u64, name: &str) -> ThreadState {
        ThreadState {
            serial,
            ident: AtomicU64::new(0),
            native_id: AtomicU64::new(0),
            name: Mutex::new(name.to_string()),
            counters: ThreadCounters::default(),
            held_since_ns: AtomicU64::new(0),
            holds_gil: AtomicBool::new(false),
            finished: AtomicBool::new(false),
            blocked_on: Mutex::new(None),
        }
    }

    /// Record the OS identities of the calling thread (call it on the thread itself).
    pub fn bind_to_current_os_thread(&self) {
        // SAFETY: both calls only read the calling thread's own identifiers.
        let (ident, native) = unsafe { (libc::pthread_self() as u64, libc::gettid() as u64) };
        self.ident.store(ident, Ordering::Relaxed);
        self.native_id.store(native, Ordering::Relaxed);
    }

    pub fn name(&self) -> String {
        self.name.lock().clone()
    }
}
