//! Thread stress tests: the programs in `tests/threads/` hammer shared lists and dicts (with
//! and without a lock), a `threading.Lock` and `queue.Queue`s from several threads at once, and each runs under every
//! GIL policy (`--gil new`, `--gil old`, `--gil none`) and under fast-switching variants of the
//! first two. Every run must print the exact totals (nothing lost, nothing counted twice), exit
//! 0, not panic, and finish within `LIMIT` (a run that does not is reported as a deadlock).
//! Where python3 3.11 is present, the expected outputs below are also checked against it.
//!
//! The loops are sized so that the whole file takes about 20 s of CPU on a 2-core machine, well
//! under a minute of wall time.

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::*;

/// The `gilsim run` options each program runs under: every GIL policy, then the new GIL with a
/// switch interval 50 times shorter than the default and the old GIL dropping every 10 bytecodes
/// instead of 100, so that the threads change hands often.
const CONFIGS: &[&[&str]] = &[
    &["--gil", "new"],
    &["--gil", "old"],
    &["--gil", "none"],
    &["--gil", "new", "--switch-interval", "100us"],
    &["--gil", "old", "--check-interval", "10"],
];

/// A run that takes longer than this is taken to be deadlocked.
const LIMIT: Duration = Duration::from_secs(60);

fn threads_dir() -> PathBuf {
    repo_root().join("tests/threads")
}

/// Run `file` under every configuration; collect every problem before failing, so one run shows
/// them all.
fn check(file: &str, expected: &str) {
    let mut problems = Vec::new();
    for opts in CONFIGS {
        let start = Instant::now();
        let out = run_gilsim_with(&threads_dir(), file, opts, LIMIT);
        let took = start.elapsed();
        let what = format!("{file} under {}", opts.join(" "));
        if out.timed_out {
            problems.push(format!(
                "{what}: no result within {LIMIT:?} (deadlock?); stdout so far:\n{}",
                out.stdout
            ));
            continue;
        }
        if out.stderr.contains("panicked at") || out.signal.is_some() {
            problems.push(format!(
                "{what}: crashed (signal {:?}):\n{}",
                out.signal, out.stderr
            ));
            continue;
        }
        if out.status != 0 {
            problems.push(format!(
                "{what}: exit status {}; stderr:\n{}",
                out.status, out.stderr
            ));
        }
        if out.stdout != expected {
            problems.push(format!(
                "{what}: wrong output\n--- expected\n{expected}--- got\n{}",
                out.stdout
            ));
        }
        eprintln!("{what}: {:.2} s", took.as_secs_f64());
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}

const LIST_APPEND: &str = "\
threads: 8 appends each: 20000
length: 160000 expected: 160000
contents exact: True
each thread's items in its own order: True
sum: 12799920000
";

const DICT_MUTATION: &str = "\
threads: 8 iterations each: 10000
string keys: 40000 expected: 40000
string values sum: 200000000
tuple keys: 80000 expected: 80000
tuple values sum: 280000
shared counters: [8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000, 8000]
shared total: 80000 expected: 80000
total keys: 120010
";

const LOCK_COUNTER: &str = "\
threads: 8 increments each: 20000
counter: 160000 expected: 160000
per thread: [20000, 20000, 20000, 20000, 20000, 20000, 20000, 20000]
lock free at the end: True
";

const QUEUE_PIPELINE: &str = "\
producers: 4 items each: 5000 workers: 3
handled by workers: 20000 expected: 20000
collected: 20000 expected: 20000
sum of squares: 2666466670000 expected: 2666466670000
squares exact: True
queues empty: True True
";

const LIST_POP: &str = "\
threads: 8 items: 40000
popped: 40000 expected: 40000
each item exactly once: True
each thread popped in descending order: True
list empty: True
";

const ATOMIC_OPS: &str = "\
pop: keys won: 20000 expected: 20000 each exactly once: True dict empty: True
setdefault: wins: 20000 entries: 20000 distinct keys: 20000 expected: 20000 wins match owners: True
own keys: wrong entries seen: 0 left in dict: 0
list.remove: failed removes: 0 left in list: 0
";

const CASES: &[(&str, &str)] = &[
    ("list_append.py", LIST_APPEND),
    ("dict_mutation.py", DICT_MUTATION),
    ("lock_counter.py", LOCK_COUNTER),
    ("queue_pipeline.py", QUEUE_PIPELINE),
    ("list_pop.py", LIST_POP),
    ("atomic_ops.py", ATOMIC_OPS),
];

#[test]
fn shared_list_append() {
    check("list_append.py", LIST_APPEND);
}

#[test]
fn shared_dict_mutation() {
    check("dict_mutation.py", DICT_MUTATION);
}

#[test]
fn lock_protected_counter() {
    check("lock_counter.py", LOCK_COUNTER);
}

#[test]
fn queue_pipeline() {
    check("queue_pipeline.py", QUEUE_PIPELINE);
}

#[test]
fn shared_list_pop() {
    check("list_pop.py", LIST_POP);
}

/// Single dict and list operations racing with no lock of the program's own: `dict.pop` and
/// `dict.setdefault` on the same keys, threads working on disjoint keys of one dict, and
/// `list.remove` of each thread's own values. CPython makes each of these atomic.
///
/// Each find-and-act runs under one table lock (src/vm/dictops.rs), so no other thread
/// can move an entry in between, even without a GIL.
#[test]
fn single_operations_atomic() {
    check("atomic_ops.py", ATOMIC_OPS);
}

/// The expected outputs above are what CPython prints.
#[test]
fn expectations_match_cpython() {
    if python311().is_none() {
        eprintln!("python3 3.11 not found; expectations not re-checked");
        return;
    }
    let mut problems = Vec::new();
    for (file, expected) in CASES {
        let out = run_python(&threads_dir(), file, LIMIT);
        if out.status != 0 || out.stdout != *expected {
            problems.push(format!(
                "{file}: python3 exit {} printed\n{}{}",
                out.status, out.stdout, out.stderr
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}
