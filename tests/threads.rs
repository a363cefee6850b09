//! Thread stress tests: the programs in `tests/threads/` hammer shared lists, dicts, a
//! `threading.Lock` and `queue.Queue`s from several threads at once, and each runs under every
//! GIL policy (`--gil new`, `--gil old`, `--gil none`). Every run must print the exact totals
//! (nothing lost, nothing counted twice), exit 0, not panic, and finish within `LIMIT` (a run
//! that does not is reported as a deadlock). Where python3 3.11 is present, the expected outputs
//! below are also checked against it.
//!
//! The loops are sized so that the whole file takes a few seconds on a 2-core machine: under
//! `--gil old` and `--gil new` the threads take turns, and `--gil old` switches often.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use common::*;

/// Every GIL policy, as given to `gilsim run --gil POLICY`.
const POLICIES: &[&str] = &["new", "old", "none"];

/// A run that takes longer than this is taken to be deadlocked.
const LIMIT: Duration = Duration::from_secs(60);

fn threads_dir() -> PathBuf {
    repo_root().join("tests/threads")
}

fn run_under(policy: &str, file: &str) -> Outcome {
    let mut cmd = Command::new(gilsim_bin());
    cmd.current_dir(threads_dir())
        .args(["run", "--gil", policy, file]);
    run_with_timeout(cmd, LIMIT)
}

/// Run `file` under every policy; collect every problem before failing, so one run shows them all.
fn check(file: &str, expected: &str) {
    let mut problems = Vec::new();
    for policy in POLICIES {
        let start = Instant::now();
        let out = run_under(policy, file);
        let took = start.elapsed();
        let what = format!("{file} under --gil {policy}");
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
threads: 8 appends each: 5000
length: 40000 expected: 40000
contents exact: True
each thread's items in its own order: True
sum: 799980000
";

const DICT_MUTATION: &str = "\
threads: 8 iterations each: 4000
string keys: 16000 expected: 16000
string values sum: 32000000
tuple keys: 32000 expected: 32000
tuple values sum: 112000
shared counters: [3200, 3200, 3200, 3200, 3200, 3200, 3200, 3200, 3200, 3200]
shared total: 32000 expected: 32000
total keys: 48010
";

const LOCK_COUNTER: &str = "\
threads: 8 increments each: 5000
counter: 40000 expected: 40000
per thread: [5000, 5000, 5000, 5000, 5000, 5000, 5000, 5000]
lock free at the end: True
";

const QUEUE_PIPELINE: &str = "\
producers: 4 items each: 2000 workers: 3
handled by workers: 8000 expected: 8000
collected: 8000 expected: 8000
sum of squares: 170634668000 expected: 170634668000
squares exact: True
queues empty: True True
";

const CASES: &[(&str, &str)] = &[
    ("list_append.py", LIST_APPEND),
    ("dict_mutation.py", DICT_MUTATION),
    ("lock_counter.py", LOCK_COUNTER),
    ("queue_pipeline.py", QUEUE_PIPELINE),
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
