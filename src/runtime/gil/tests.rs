//! Rules every policy must keep, through the shared `Gil` wrapper.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use super::{Gil, GilKind, Release};
use crate::runtime::thread_state::ThreadState;

/// Threads doing a non-atomic read-modify-write under the GIL lose no update when the
/// policy excludes, and the counters add up.
fn hammer(kind: GilKind) -> (u64, Arc<Gil>, Vec<Arc<ThreadState>>) {
    let gil = Arc::new(Gil::new(kind, Instant::now()));
    let breaker = Arc::new(AtomicU32::new(0));
    let counter = Arc::new(AtomicU64::new(0));
    let states: Vec<Arc<ThreadState>> = (1..=4)
        .map(|i| Arc::new(ThreadState::new(i, &format!("t{i}"))))
        .collect();
    let handles: Vec<_> = states
        .iter()
        .map(|t| {
            let (gil, breaker, counter, t) =
                (gil.clone(), breaker.clone(), counter.clone(), t.clone());
            std::thread::spawn(move || {
                let interval = Duration::from_micros(200);
                for _ in 0..2000 {
                    gil.acquire(&t, &breaker, interval);
                    let v = counter.load(Ordering::Relaxed);
                    std::hint::spin_loop();
                    counter.store(v + 1, Ordering::Relaxed);
                    gil.release(&t, Release::Voluntary, &breaker, interval);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    (counter.load(Ordering::Relaxed), gil, states)
}

#[test]
fn new_gil_excludes() {
    let (total, gil, states) = hammer(GilKind::New);
    assert_eq!(total, 8000);
    for t in &states {
        assert_eq!(t.counters.acquisitions.load(Ordering::Relaxed), 2000);
        assert_eq!(t.counters.voluntary_releases.load(Ordering::Relaxed), 2000);
    }
    assert!(gil.switches.load(Ordering::Relaxed) >= 1);
}

#[test]
fn old_gil_excludes() {
    let (total, _, _) = hammer(GilKind::Old);
    assert_eq!(total, 8000);
}

#[test]
fn no_gil_counts_acquisitions_without_switches() {
    let gil = Gil::new(GilKind::None, Instant::now());
    let breaker = AtomicU32::new(0);
    let t = ThreadState::new(1, "main");
    gil.acquire(&t, &breaker, Duration::from_millis(5));
    gil.release(&t, Release::Forced, &breaker, Duration::from_millis(5));
    assert_eq!(t.counters.acquisitions.load(Ordering::Relaxed), 1);
    assert_eq!(t.counters.forced_releases.load(Ordering::Relaxed), 1);
    assert_eq!(gil.switches.load(Ordering::Relaxed), 0);
    assert_eq!(gil.handoff_summary_us().3, 0);
}
