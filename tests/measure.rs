//! Measurement tests: `--stats-json`, `--stats`, `--trace` and the `gil` module.
//!
//! Counts that the program determines (acquisitions, thread names, lock sites and kinds)
//! are asserted exactly; times only through invariants that hold on any machine (a
//! thread's hold + wait fits in the wall time; two CPU-bound threads under a GIL each
//! wait for a large part of the run). The programs are in `tests/measure/`, apart from
//! `programs/countdown.py`. The whole file takes a few seconds.

mod common;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};
use std::time::Duration;

use common::*;
use serde_json::Value as Json;

const LIMIT: Duration = Duration::from_secs(60);

/// The two-thread countdown: about 0.3 s under the new GIL.
const COUNTDOWN: &[&str] = &["2", "6000000", "threads"];

/// Runs whose timing the assertions rely on (two CPU-bound threads) take this lock for
/// writing, every other run for reading, so that the timed runs do not compete with the
/// rest of this file for the cores.
static CORES: RwLock<()> = RwLock::new(());

fn timed() -> RwLockWriteGuard<'static, ()> {
    CORES.write().unwrap_or_else(|e| e.into_inner())
}

fn shared() -> RwLockReadGuard<'static, ()> {
    CORES.read().unwrap_or_else(|e| e.into_inner())
}

fn measure_dir() -> PathBuf {
    repo_root().join("tests/measure")
}

/// A fresh path in the temporary directory, unique to this process and `name`.
fn temp_path(name: &str) -> PathBuf {
    let p = std::env::temp_dir().join(format!("gilsim-measure-{}-{name}", std::process::id()));
    let _ = std::fs::remove_file(&p);
    p
}

/// Run `file` (relative to `dir`) with `opts` and then `args`; the run must succeed.
fn run_ok(dir: &Path, file: &str, opts: &[&str], args: &[&str]) -> Outcome {
    let mut cmd = std::process::Command::new(gilsim_bin());
    cmd.current_dir(dir)
        .arg("run")
        .args(opts)
        .arg(file)
        .args(args);
    let out = run_with_timeout(cmd, LIMIT);
    let what = format!("gilsim run {} {file} {}", opts.join(" "), args.join(" "));
    assert!(!out.timed_out, "{what}: no result within {LIMIT:?}");
    assert!(
        !out.stderr.contains("panicked at"),
        "{what}: panicked:\n{}",
        out.stderr
    );
    assert_eq!(
        out.status, 0,
        "{what}: exit status; stderr:\n{}",
        out.stderr
    );
    out
}

/// Run with `--stats-json` (plus `opts`) and return the parsed document and the outcome.
fn stats_json(dir: &Path, file: &str, opts: &[&str], args: &[&str], tag: &str) -> (Json, Outcome) {
    let path = temp_path(&format!("{tag}.stats.json"));
    let p = path.to_str().unwrap();
    let mut all = vec!["--stats-json", p];
    all.extend_from_slice(opts);
    let out = run_ok(dir, file, &all, args);
    let text = std::fs::read_to_string(&path).expect("stats json written");
    let _ = std::fs::remove_file(&path);
    let json = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("--stats-json is not JSON ({e}):\n{text}"));
    (json, out)
}

/// Run with `--trace` (plus `opts`) and return the parsed trace.
fn trace_json(dir: &Path, file: &str, opts: &[&str], args: &[&str], tag: &str) -> Json {
    let path = temp_path(&format!("{tag}.trace.json"));
    let p = path.to_str().unwrap();
    let mut all = vec!["--trace", p];
    all.extend_from_slice(opts);
    run_ok(dir, file, &all, args);
    let text = std::fs::read_to_string(&path).expect("trace written");
    let _ = std::fs::remove_file(&path);
    serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "--trace is not JSON ({e}); first 2000 bytes:\n{}",
            &text[..text.len().min(2000)]
        )
    })
}

fn f(j: &Json, key: &str) -> f64 {
    j[key]
        .as_f64()
        .unwrap_or_else(|| panic!("'{key}' is not a number in {j}"))
}

fn u(j: &Json, key: &str) -> u64 {
    j[key]
        .as_u64()
        .unwrap_or_else(|| panic!("'{key}' is not an unsigned integer in {j}"))
}

fn threads(stats: &Json) -> &Vec<Json> {
    stats["gil"]["threads"].as_array().expect("gil.threads")
}

fn thread_names(stats: &Json) -> Vec<&str> {
    threads(stats)
        .iter()
        .map(|t| t["name"].as_str().expect("thread name"))
        .collect()
}

/// The lock entry for `site` and `kind`.
fn lock<'a>(stats: &'a Json, site: &str, kind: &str) -> &'a Json {
    let locks = stats["locks"].as_array().expect("locks");
    locks
        .iter()
        .find(|l| l["site"] == site && l["kind"] == kind)
        .unwrap_or_else(|| panic!("no lock entry {site} {kind} in {locks:#?}"))
}

/// Every key of the schema is there, with its type; times are non-negative and fit in the
/// wall time.
fn check_schema(stats: &Json) {
    let wall = f(stats, "wall_s");
    assert!(wall > 0.0);
    let gil = &stats["gil"];
    assert!(["new", "old", "none"].contains(&gil["policy"].as_str().unwrap()));
    f(gil, "switch_interval_s");
    u(gil, "check_interval");
    u(gil, "switches");
    assert!(gil["held_fraction"].is_null() || gil["held_fraction"].is_f64());
    let contended = f(gil, "contended_fraction");
    assert!(
        (0.0..=1.0 + 1e-9).contains(&contended),
        "contended_fraction {contended}"
    );
    let h = &gil["handoff_latency_us"];
    for k in ["p50", "p99", "max"] {
        assert!(f(h, k) >= 0.0);
    }
    assert!(
        f(h, "p50") <= f(h, "p99") && f(h, "p99") <= f(h, "max"),
        "{h}"
    );
    u(h, "count");
    let eps = 1e-3;
    let mut serials = HashSet::new();
    for t in threads(stats) {
        t["name"].as_str().expect("name");
        assert!(serials.insert(u(t, "serial")), "serials unique: {t}");
        for k in [
            "bytecodes",
            "acquisitions",
            "forced_releases",
            "voluntary_releases",
            "drop_requests_sent",
        ] {
            u(t, k);
        }
        let (hold, wait) = (f(t, "hold_s"), f(t, "wait_s"));
        assert!(hold >= 0.0 && wait >= 0.0);
        assert!(
            hold + wait <= wall + eps,
            "hold {hold} + wait {wait} > wall {wall}: {t}"
        );
        assert!(f(t, "max_wait_s") <= wait + 1e-9, "{t}");
        assert!(t["finished"].is_boolean());
    }
    assert!(serials.contains(&1), "the main thread has serial 1");
    for l in stats["locks"].as_array().expect("locks") {
        l["site"].as_str().expect("site");
        l["kind"].as_str().expect("kind");
        let acq = u(l, "acquisitions");
        assert!(u(l, "owner_changes") <= acq.max(1), "{l}");
        for k in ["wait_s", "max_wait_s", "hold_s", "max_hold_s"] {
            assert!(f(l, k) >= 0.0);
        }
        assert!(f(l, "max_wait_s") <= f(l, "wait_s") + 1e-9, "{l}");
        assert!(f(l, "max_hold_s") <= f(l, "hold_s") + 1e-9, "{l}");
    }
    // Sorted by total wait, longest first.
    let waits: Vec<f64> = stats["locks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| f(l, "wait_s"))
        .collect();
    assert!(waits.windows(2).all(|w| w[0] >= w[1]), "{waits:?}");
}

// ------------------------------------------------------------------ --stats-json

#[test]
fn countdown_new_gil_two_threads_wait_for_each_other() {
    let _g = timed();
    let (stats, out) = stats_json(
        &repo_root(),
        "programs/countdown.py",
        &["--gil", "new"],
        COUNTDOWN,
        "countdown-new",
    );
    assert!(out.stdout.contains("threads:"), "{}", out.stdout);
    check_schema(&stats);
    let gil = &stats["gil"];
    assert_eq!(gil["policy"], "new");
    assert_eq!(f(gil, "switch_interval_s"), 0.005);
    assert_eq!(
        thread_names(&stats),
        ["MainThread", "Thread-1 (count)", "Thread-2 (count)"]
    );
    let wall = f(&stats, "wall_s");
    assert!(u(gil, "switches") > 0, "{gil}");
    let held = f(gil, "held_fraction");
    assert!((0.9..=1.0).contains(&held), "held_fraction {held}");
    assert!(u(&gil["handoff_latency_us"], "count") > 0, "{gil}");
    let mut drop_requests = 0;
    for t in &threads(&stats)[1..] {
        // Each worker holds the GIL about half of the run and waits for it the other half,
        // but `wait_s` starts when a thread asks for the GIL again, and after a forced
        // release the new GIL first makes it wait for the other thread to take over, time
        // that is counted nowhere; on a loaded machine (the waking thread not scheduled
        // for a few ms) `wait_s` falls to ~20% of wall. The trace test below checks the
        // full half.
        assert!(
            f(t, "wait_s") >= 0.15 * wall,
            "a CPU-bound thread under the GIL waits for a large part of the run: {t} (wall {wall})"
        );
        assert!(u(t, "forced_releases") > 0, "{t}");
        assert!(u(t, "acquisitions") > 1, "{t}");
        assert!(u(t, "bytecodes") > 1_000_000, "{t}");
        assert_eq!(t["finished"], true, "{t}");
        drop_requests += u(t, "drop_requests_sent");
    }
    assert!(drop_requests > 0, "{gil}");
    assert_eq!(threads(&stats)[0]["finished"], false);
    assert_eq!(
        stats["locks"].as_array().unwrap().len(),
        0,
        "countdown makes no locks of its own; threading's are internal"
    );
}

#[test]
fn countdown_old_gil_forces_releases_without_drop_requests() {
    let _g = timed();
    let (stats, _) = stats_json(
        &repo_root(),
        "programs/countdown.py",
        &["--gil", "old", "--check-interval", "1000"],
        &["2", "3000000", "threads"],
        "countdown-old",
    );
    check_schema(&stats);
    let gil = &stats["gil"];
    assert_eq!(gil["policy"], "old");
    assert_eq!(u(gil, "check_interval"), 1000);
    assert!(u(gil, "switches") > 0);
    assert!(gil["held_fraction"].is_f64());
    for t in &threads(&stats)[1..] {
        assert!(u(t, "forced_releases") > 0, "{t}");
        assert_eq!(u(t, "drop_requests_sent"), 0, "{t}");
    }
}

#[test]
fn countdown_no_gil_has_no_held_fraction_and_no_switches() {
    let _g = shared();
    let (stats, _) = stats_json(
        &repo_root(),
        "programs/countdown.py",
        &["--gil", "none"],
        COUNTDOWN,
        "countdown-none",
    );
    check_schema(&stats);
    let gil = &stats["gil"];
    assert_eq!(gil["policy"], "none");
    assert!(gil["held_fraction"].is_null(), "{gil}");
    assert_eq!(u(gil, "switches"), 0);
    assert_eq!(u(&gil["handoff_latency_us"], "count"), 0);
    for t in threads(&stats) {
        assert_eq!(u(t, "forced_releases"), 0, "{t}");
        assert_eq!(u(t, "drop_requests_sent"), 0, "{t}");
    }
}

#[test]
fn hot_lock_counts_every_acquisition_and_the_contention() {
    let _g = shared();
    for gil in ["new", "old", "none"] {
        let (stats, out) = stats_json(
            &measure_dir(),
            "hot.py",
            &["--gil", gil],
            &[],
            &format!("hot-{gil}"),
        );
        assert_eq!(out.stdout, "total 8000\n", "--gil {gil}");
        check_schema(&stats);
        assert_eq!(
            thread_names(&stats),
            [
                "MainThread",
                "Thread-1 (worker)",
                "Thread-2 (worker)",
                "Thread-3 (worker)",
                "Thread-4 (worker)"
            ],
            "--gil {gil}"
        );
        let hot = lock(&stats, "hot.py:14", "Lock");
        // 4 workers x 2000, and the main thread's one.
        assert_eq!(u(hot, "acquisitions"), 8001, "--gil {gil}: {hot}");
        assert!(u(hot, "contended") > 0, "--gil {gil}: {hot}");
        assert!(u(hot, "owner_changes") >= 5, "--gil {gil}: {hot}");
        assert!(f(hot, "wait_s") > 0.0, "--gil {gil}: {hot}");
        assert!(f(hot, "hold_s") > 0.0, "--gil {gil}: {hot}");
        // The Events of line 15: created by `threading.Event()`, so of kind "Event".
        let events = lock(&stats, "hot.py:15", "Event");
        assert!(u(events, "acquisitions") >= 4, "--gil {gil}: {events}");
        // Nothing of threading's own bookkeeping is reported.
        for l in stats["locks"].as_array().unwrap() {
            let site = l["site"].as_str().unwrap();
            assert!(site.starts_with("hot.py:"), "--gil {gil}: {l}");
        }
    }
}

#[test]
fn lock_kinds_sites_and_counts_are_exact() {
    let _g = shared();
    let (stats, out) = stats_json(&measure_dir(), "kinds.py", &[], &[], "kinds");
    assert_eq!(out.stdout, "done\n");
    check_schema(&stats);
    assert_eq!(thread_names(&stats), ["MainThread"]);
    // (site, kind, acquisitions): every `with` is one acquisition of the underlying lock;
    // a Semaphore's acquire and release each take its condition's lock; Event.set takes
    // it once; Queue.put and Queue.get each take the queue's mutex once.
    let expected = [
        ("kinds.py:9", "Lock", 3),
        ("kinds.py:10", "RLock", 5),
        ("kinds.py:11", "Condition", 1),
        ("kinds.py:12", "Semaphore", 2),
        ("kinds.py:13", "BoundedSemaphore", 2),
        ("kinds.py:14", "Event", 1),
        ("kinds.py:15", "Queue", 8),
    ];
    let locks = stats["locks"].as_array().unwrap();
    let mut got: Vec<(String, String, u64)> = locks
        .iter()
        .map(|l| {
            (
                l["site"].as_str().unwrap().to_string(),
                l["kind"].as_str().unwrap().to_string(),
                u(l, "acquisitions"),
            )
        })
        .collect();
    got.sort_by_key(|(site, ..)| site[9..].parse::<u32>().unwrap_or(0));
    let want: Vec<(String, String, u64)> = expected
        .iter()
        .map(|(s, k, n)| (s.to_string(), k.to_string(), *n))
        .collect();
    assert_eq!(got, want, "{locks:#?}");
    for l in locks {
        // One thread: every acquisition was by the same owner, and nobody ever waited.
        assert_eq!(u(l, "owner_changes"), 1, "{l}");
        assert_eq!(f(l, "wait_s"), 0.0, "{l}");
    }
    for site in ["kinds.py:9", "kinds.py:10", "kinds.py:11"] {
        let l = locks.iter().find(|l| l["site"] == site).unwrap();
        assert_eq!(u(l, "contended"), 0, "{l}");
    }
}

// ------------------------------------------------------------------ gil module

#[test]
fn gil_module_stats_and_policy() {
    let _g = shared();
    for gil in ["new", "old", "none"] {
        let out = run_ok(&measure_dir(), "gil_api.py", &["--gil", gil], &[]);
        let expected_held = if gil == "none" { "None" } else { "float" };
        assert_eq!(
            out.stdout,
            format!(
                "policy {gil}\n\
                 keys ['gil', 'locks', 'wall_s']\n\
                 gil keys ['check_interval', 'contended_fraction', 'handoff_latency_us', \
                 'held_fraction', 'policy', 'switch_interval_s', 'switches', 'threads']\n\
                 thread keys ['acquisitions', 'bytecodes', 'drop_requests_sent', 'finished', \
                 'forced_releases', 'hold_s', 'max_wait_s', 'name', 'serial', 'voluntary_releases', \
                 'wait_s']\n\
                 lock keys ['acquisitions', 'contended', 'hold_s', 'kind', 'max_hold_s', \
                 'max_wait_s', 'owner_changes', 'site', 'wait_s']\n\
                 stats policy {gil}\n\
                 held_fraction {expected_held}\n\
                 threads ['MainThread', 'Thread-1 (spin)']\n\
                 bytecodes grew True\n\
                 lock gil_api.py:8 Lock 3\n"
            ),
            "--gil {gil}; stderr:\n{}",
            out.stderr
        );
    }
}

// ------------------------------------------------------------------ --stats

#[test]
fn stats_prints_the_report_on_stderr() {
    let _g = shared();
    let out = run_ok(&measure_dir(), "hot.py", &["--stats"], &[]);
    assert_eq!(out.stdout, "total 8000\n", "the report goes to stderr only");
    let e = &out.stderr;
    assert!(
        e.contains("== gilsim stats: hot.py (--gil new, switch interval 5.00 ms) =="),
        "{e}"
    );
    for needle in [
        "wall ",
        "switches ",
        "GIL held ",
        "% of wall",
        "someone waiting ",
        "GIL hand-off (release -> next holder running): p50 ",
        "\nthreads\n",
        "locks by total wait (top 2 of 2)",
        "MainThread",
        "Thread-4 (worker)",
        "hot.py:14",
        "Lock",
        "8001",
    ] {
        assert!(e.contains(needle), "missing {needle:?} in:\n{e}");
    }
    let header = |first: &str| {
        e.lines()
            .find(|l| l.trim_start().starts_with(first))
            .unwrap_or_else(|| panic!("no {first:?} header in:\n{e}"))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    assert_eq!(
        header("thread "),
        "thread bytecodes acquired held waited max wait forced voluntary drop reqs"
    );
    assert_eq!(
        header("site "),
        "site kind acquired contended owner chg wait total wait avg wait max hold total hold avg hold max"
    );
    // Durations carry a unit.
    let main_row = e
        .lines()
        .find(|l| l.trim_start().starts_with("MainThread"))
        .unwrap();
    assert!(
        [" s", " ms", " us"]
            .iter()
            .any(|unit| main_row.contains(unit)),
        "{main_row}"
    );

    let out = run_ok(
        &repo_root(),
        "programs/hello.py",
        &["--gil", "none", "--stats"],
        &[],
    );
    assert!(
        out.stderr.contains("(--gil none, no GIL)") && out.stderr.contains("GIL held n/a"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("locks by total wait"),
        "no lock table without locks:\n{}",
        out.stderr
    );
}

// ------------------------------------------------------------------ --trace

const STATES: &[&str] = &[
    "running",
    "waiting_gil",
    "blocked",
    "sleeping",
    "io",
    "exited",
];

/// The invariants every trace keeps, whatever the program. Returns the events.
fn check_trace(trace: &Json, what: &str) -> Vec<Json> {
    let events = trace["traceEvents"]
        .as_array()
        .unwrap_or_else(|| panic!("{what}: no traceEvents"))
        .clone();
    assert!(!events.is_empty(), "{what}");
    let other = &trace["otherData"];
    assert_eq!(other["truncated"], false, "{what}: {other}");
    assert_eq!(
        u(other, "events") as usize,
        events.len(),
        "{what}: otherData.events counts the events"
    );
    let mut named: HashSet<u64> = HashSet::new();
    let mut with_events: HashSet<u64> = HashSet::new();
    let mut slices: HashMap<u64, Vec<(f64, f64, String)>> = HashMap::new();
    let mut starts: HashMap<u64, (u64, f64)> = HashMap::new();
    let mut finishes: HashMap<u64, Vec<(u64, f64)>> = HashMap::new();
    for e in &events {
        let ph = e["ph"]
            .as_str()
            .unwrap_or_else(|| panic!("{what}: no ph: {e}"));
        assert_eq!(e["pid"], 1, "{what}: {e}");
        let tid = e["tid"].as_u64();
        match ph {
            "M" => {
                if e["name"] == "thread_name" {
                    e["args"]["name"]
                        .as_str()
                        .unwrap_or_else(|| panic!("{what}: {e}"));
                    named.insert(tid.unwrap());
                }
            }
            "X" => {
                let name = e["name"].as_str().unwrap();
                assert!(STATES.contains(&name), "{what}: unknown state {e}");
                let (ts, dur) = (f(e, "ts"), f(e, "dur"));
                assert!(ts >= 0.0 && dur >= 0.0, "{what}: {e}");
                slices
                    .entry(tid.unwrap())
                    .or_default()
                    .push((ts, dur, name.to_string()));
                with_events.insert(tid.unwrap());
            }
            "i" => {
                let name = e["name"].as_str().unwrap();
                assert!(
                    name == "drop request" || name == "forced release",
                    "{what}: {e}"
                );
                assert_eq!(e["s"], "t", "{what}: {e}");
                with_events.insert(tid.unwrap());
            }
            "C" => {
                assert_eq!(e["name"], "threads waiting for the GIL", "{what}: {e}");
                let n = e["args"]["waiting"].as_i64().unwrap();
                assert!(n >= 0, "{what}: {e}");
            }
            "s" => {
                let id = u(e, "id");
                let prev = starts.insert(id, (tid.unwrap(), f(e, "ts")));
                assert!(prev.is_none(), "{what}: flow id {id} started twice");
                with_events.insert(tid.unwrap());
            }
            "f" => {
                assert_eq!(e["bp"], "e", "{what}: {e}");
                finishes
                    .entry(u(e, "id"))
                    .or_default()
                    .push((tid.unwrap(), f(e, "ts")));
                with_events.insert(tid.unwrap());
            }
            other => panic!("{what}: unexpected phase {other}: {e}"),
        }
    }
    for tid in &with_events {
        assert!(
            named.contains(tid),
            "{what}: tid {tid} has events but no thread_name"
        );
    }
    // One strip of non-overlapping slices per thread (ts and dur are microseconds with
    // nanosecond digits: allow for the rounding).
    for (tid, list) in &mut slices {
        list.sort_by(|a, b| a.0.total_cmp(&b.0));
        for w in list.windows(2) {
            let (ts0, dur0, n0) = &w[0];
            let (ts1, _, n1) = &w[1];
            assert!(
                ts0 + dur0 <= ts1 + 0.002,
                "{what}: tid {tid}: {n0} at {ts0} for {dur0} overlaps {n1} at {ts1}"
            );
        }
    }
    // Each hand-off arrow: one start, one finish, on another thread, not earlier.
    for (id, (from, ts)) in &starts {
        let fin = finishes
            .get(id)
            .unwrap_or_else(|| panic!("{what}: flow {id} has no finish"));
        assert_eq!(fin.len(), 1, "{what}: flow {id} finishes {fin:?}");
        let (to, ts_f) = fin[0];
        assert_ne!(*from, to, "{what}: flow {id} to the same thread");
        assert!(ts_f >= *ts, "{what}: flow {id} ends before it starts");
    }
    for id in finishes.keys() {
        assert!(starts.contains_key(id), "{what}: flow {id} has no start");
    }
    events
}

fn slices_named<'a>(events: &'a [Json], name: &str) -> Vec<&'a Json> {
    events
        .iter()
        .filter(|e| e["ph"] == "X" && e["name"] == name)
        .collect()
}

#[test]
fn trace_of_countdown_under_the_new_gil() {
    let _g = timed();
    let trace = trace_json(
        &repo_root(),
        "programs/countdown.py",
        &["--gil", "new"],
        COUNTDOWN,
        "countdown-new",
    );
    let events = check_trace(&trace, "countdown --gil new");
    let names: HashMap<u64, &str> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .map(|e| (u(e, "tid"), e["args"]["name"].as_str().unwrap()))
        .collect();
    assert_eq!(names.get(&1), Some(&"MainThread"));
    assert_eq!(names.get(&2), Some(&"Thread-1 (count)"));
    assert_eq!(names.get(&3), Some(&"Thread-2 (count)"));
    let count = |ph: &str, name: &str| {
        events
            .iter()
            .filter(|e| e["ph"] == ph && e["name"] == name)
            .count()
    };
    assert!(count("i", "drop request") > 0, "drop requests are shown");
    assert!(
        count("i", "forced release") > 0,
        "forced releases are shown"
    );
    assert!(count("s", "GIL hand-off") > 0, "hand-off arrows are drawn");
    assert!(count("C", "threads waiting for the GIL") > 0);
    for tid in [2u64, 3] {
        // The slices of a CPU-bound worker tile its life (it is always running or
        // waiting for the GIL, from a forced release on), and it waits for about half.
        let mine: Vec<&Json> = events
            .iter()
            .filter(|e| e["ph"] == "X" && e["tid"] == tid)
            .collect();
        let start = mine.iter().map(|e| f(e, "ts")).fold(f64::MAX, f64::min);
        let end = mine
            .iter()
            .map(|e| f(e, "ts") + f(e, "dur"))
            .fold(0.0, f64::max);
        let life = end - start;
        let covered: f64 = mine.iter().map(|e| f(e, "dur")).sum();
        assert!(
            covered >= 0.99 * life,
            "tid {tid}: slices cover {covered} us of its {life} us"
        );
        let waiting: f64 = mine
            .iter()
            .filter(|e| e["name"] == "waiting_gil")
            .map(|e| f(e, "dur"))
            .sum();
        assert!(
            waiting >= 0.3 * life,
            "tid {tid}: waits {waiting} us of its {life} us"
        );
        for state in ["running", "waiting_gil", "exited"] {
            assert!(
                slices_named(&events, state).iter().any(|e| e["tid"] == tid),
                "tid {tid} has a {state} slice"
            );
        }
    }
    // The main thread waits in join(): blocked, at the join's line, through Thread.join.
    assert!(
        slices_named(&events, "blocked")
            .iter()
            .any(|e| e["tid"] == 1
                && e["args"]["site"].as_str().is_some_and(
                    |s| s.starts_with("countdown.py:") && s.ends_with("(Thread.join)")
                )),
        "the main thread is blocked in join"
    );
}

#[test]
fn trace_of_a_hot_lock_shows_blocked_threads_and_their_site() {
    let _g = shared();
    for gil in ["new", "old", "none"] {
        let what = format!("hot.py --gil {gil}");
        let trace = trace_json(
            &measure_dir(),
            "hot.py",
            &["--gil", gil],
            &[],
            &format!("hot-{gil}"),
        );
        let events = check_trace(&trace, &what);
        let blocked = slices_named(&events, "blocked");
        // Line 23 is the worker's `with lock:`.
        let on_lock: Vec<_> = blocked
            .iter()
            .filter(|e| e["args"]["site"] == "hot.py:23" && e["args"]["op"] == "lock")
            .collect();
        assert!(
            !on_lock.is_empty(),
            "{what}: a worker is blocked at hot.py:23: {blocked:?}"
        );
        assert!(on_lock.iter().all(|e| u(e, "tid") >= 2), "{what}");
        for e in &blocked {
            assert!(
                e["args"]["site"].is_string(),
                "{what}: blocked without a site: {e}"
            );
        }
    }
}

#[test]
fn trace_shows_sleeping_and_tolerates_no_gil() {
    let _g = shared();
    let trace = trace_json(&measure_dir(), "kinds.py", &[], &[], "kinds");
    let events = check_trace(&trace, "kinds.py");
    let sleeping = slices_named(&events, "sleeping");
    assert_eq!(sleeping.len(), 1, "{sleeping:?}");
    let s = sleeping[0];
    assert_eq!(s["tid"], 1);
    assert_eq!(s["args"]["op"], "sleep");
    assert!(
        f(s, "dur") >= 15_000.0,
        "time.sleep(0.02) lasts ~20 ms: {s}"
    );
    // A single thread never switches: no arrows, no drop requests.
    assert!(!events.iter().any(|e| e["ph"] == "s" || e["ph"] == "i"));

    let trace = trace_json(
        &repo_root(),
        "programs/countdown.py",
        &["--gil", "none"],
        &["2", "2000000", "threads"],
        "countdown-none",
    );
    let events = check_trace(&trace, "countdown --gil none");
    assert!(
        !events.iter().any(|e| e["ph"] == "i"),
        "no GIL, no drop requests"
    );
}

#[test]
fn trace_of_the_old_gil_is_consistent() {
    let _g = timed();
    let trace = trace_json(
        &repo_root(),
        "programs/countdown.py",
        &["--gil", "old"],
        &["2", "400000", "threads"],
        "countdown-old",
    );
    let events = check_trace(&trace, "countdown --gil old");
    assert!(
        !events
            .iter()
            .any(|e| e["ph"] == "i" && e["name"] == "drop request"),
        "the old GIL sends no drop requests"
    );
    assert!(
        events
            .iter()
            .any(|e| e["ph"] == "i" && e["name"] == "forced release")
    );
}

// ------------------------------------------------------------------ bad paths

#[test]
fn unwritable_trace_path_is_a_clear_error() {
    let _g = shared();
    let out = run_gilsim_with(
        &repo_root(),
        "programs/hello.py",
        &["--trace", "/nonexistent/dir/t.json"],
        LIMIT,
    );
    assert_eq!(out.status, 2, "stderr:\n{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "gilsim: can't write trace '/nonexistent/dir/t.json': No such file or directory"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "", "the program does not run");
}

#[test]
fn unwritable_stats_json_path_is_reported_without_a_panic() {
    let _g = shared();
    let out = run_gilsim_with(
        &repo_root(),
        "programs/hello.py",
        &["--stats-json", "/nonexistent/dir/s.json"],
        LIMIT,
    );
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "gilsim: can't write stats '/nonexistent/dir/s.json': No such file or directory"
        ),
        "{}",
        out.stderr
    );
}
