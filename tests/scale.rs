//! `gilsim scale` and `gilsim timeline`: the files they write, the table against the
//! JSON, and clear errors (never a panic) for bad input.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::*;

fn gilsim(args: &[&str]) -> Outcome {
    let mut cmd = Command::new(gilsim_bin());
    cmd.current_dir(repo_root()).args(args);
    run_with_timeout(cmd, Duration::from_secs(120))
}

fn tmp() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("gilsim-scale-test")
        .tempdir()
        .expect("temporary folder")
}

/// Fails with a message, exits non-zero, and does not panic.
fn assert_clean_failure(out: &Outcome, expect_in_stderr: &str) {
    assert_ne!(out.status, 0, "should fail; stderr:\n{}", out.stderr);
    assert!(!out.timed_out);
    assert!(
        out.stderr.contains(expect_in_stderr),
        "stderr should say {expect_in_stderr:?}:\n{}",
        out.stderr
    );
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
}

#[test]
fn scale_writes_json_csv_svg_and_prints_the_same_speedups() {
    let dir = tmp();
    let out_dir = dir.path().join("out");
    let out_str = out_dir.to_str().expect("utf-8 path");
    let out = gilsim(&[
        "scale",
        "tests/scale/work.py",
        "--threads",
        "1,2",
        "--gil",
        "new,none",
        "--repeat",
        "1",
        "--out",
        out_str,
    ]);
    assert_eq!(out.status, 0, "{}", out.stderr);

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("scale.json")).expect("json"))
            .expect("scale.json parses");
    let runs = json["runs"].as_array().expect("runs");
    assert_eq!(runs.len(), 4, "{json:#}");
    for run in runs {
        for key in ["gil", "switch_interval_s", "threads", "wall_s", "speedup"] {
            assert!(!run[key].is_null(), "{key} missing in {run}");
        }
        assert!(run["wall_s"].as_f64().expect("wall") > 0.0);
        if run["threads"] == 1 {
            assert_eq!(run["speedup"].as_f64(), Some(1.0));
        }
    }

    // The table: every row's speedup is the JSON's, to the two decimals printed.
    let mut rows = 0;
    for line in out.stdout.lines().skip(1) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let (policy, threads) = (cols[0], cols[2]);
        let speedup = cols
            .iter()
            .find(|c| c.ends_with('x'))
            .expect("speedup column");
        let run = runs
            .iter()
            .find(|r| {
                r["gil"] == policy
                    && r["threads"].as_u64().map(|t| t.to_string()).as_deref() == Some(threads)
            })
            .unwrap_or_else(|| panic!("no JSON run for table row {line}"));
        let expected = format!("{:.2}x", run["speedup"].as_f64().expect("speedup"));
        assert_eq!(*speedup, expected, "row {line}");
        rows += 1;
    }
    assert_eq!(rows, 4, "{}", out.stdout);

    let csv = std::fs::read_to_string(out_dir.join("scale.csv")).expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 5, "{csv}");
    let width = lines[0].split(',').count();
    assert!(lines[0].starts_with("gil,switch_interval_s,threads,wall_s,speedup"));
    assert!(lines.iter().all(|l| l.split(',').count() == width), "{csv}");

    let svg = std::fs::read_to_string(out_dir.join("scale.svg")).expect("svg");
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"));
    // A line per policy and the ideal line, each also drawn once in the legend.
    assert!(svg.matches("<polyline").count() >= 2 * 3, "{svg}");
    for label in ["new", "none", "ideal"] {
        assert!(
            svg.contains(&format!("\n{label}\n")),
            "legend lacks {label}"
        );
    }
}

#[test]
fn timeline_draws_a_row_per_thread() {
    let dir = tmp();
    let trace = dir.path().join("trace.json");
    let svg_path = dir.path().join("timeline.svg");
    let trace_str = trace.to_str().expect("utf-8 path");
    let recorded = gilsim(&["run", "--trace", trace_str, "tests/scale/two_workers.py"]);
    assert_eq!(recorded.status, 0, "{}", recorded.stderr);
    let out = gilsim(&[
        "timeline",
        trace_str,
        "-o",
        svg_path.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status, 0, "{}", out.stderr);
    let svg = std::fs::read_to_string(&svg_path).expect("svg");
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"));
    for name in ["MainThread", "spinner-a", "spinner-b"] {
        assert_eq!(
            svg.matches(&format!("\n{name}\n")).count(),
            1,
            "one row label for {name}"
        );
    }
    assert!(svg.contains("waiting for the GIL"), "legend");
    assert!(svg.len() < 1 << 20, "small SVG: {} bytes", svg.len());
}

#[test]
fn scale_missing_program_is_an_error() {
    let out = gilsim(&["scale", "tests/scale/no_such_program.py", "--repeat", "1"]);
    assert_clean_failure(&out, "can't open program");
}

#[test]
fn scale_bad_thread_lists_are_errors() {
    for list in ["1,x", "0", ""] {
        let out = gilsim(&["scale", "tests/scale/work.py", "--threads", list]);
        assert_clean_failure(&out, "--threads");
    }
}

#[test]
fn scale_reports_the_failing_combination_and_its_stderr() {
    let dir = tmp();
    let out = gilsim(&[
        "scale",
        "tests/scale/fails_at_two.py",
        "--threads",
        "1,2",
        "--repeat",
        "1",
        "--out",
        dir.path().to_str().expect("utf-8 path"),
    ]);
    assert_clean_failure(&out, "threads 2");
    assert!(
        out.stderr
            .contains("RuntimeError: this program refuses to run with two threads"),
        "{}",
        out.stderr
    );
}

#[test]
fn scale_unwritable_out_is_an_error() {
    let dir = tmp();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a folder").expect("write");
    let out_dir = file.join("out");
    let out = gilsim(&[
        "scale",
        "tests/scale/work.py",
        "--out",
        out_dir.to_str().expect("utf-8 path"),
    ]);
    assert_clean_failure(&out, "can't write to output folder");
}

#[test]
fn timeline_unreadable_traces_are_errors() {
    let dir = tmp();
    let missing = dir.path().join("missing.json");
    let garbage = dir.path().join("garbage.json");
    let empty = dir.path().join("empty.json");
    std::fs::write(&garbage, "this is not json").expect("write");
    std::fs::write(&empty, r#"{"traceEvents": []}"#).expect("write");
    let svg = dir.path().join("t.svg");
    let svg = svg.to_str().expect("utf-8 path");
    let cases: [(&Path, &str); 3] = [
        (&missing, "can't read trace"),
        (&garbage, "not a trace-event JSON file"),
        (&empty, "no thread-state slices"),
    ];
    for (trace, message) in cases {
        let out = gilsim(&["timeline", trace.to_str().expect("utf-8 path"), "-o", svg]);
        assert_clean_failure(&out, message);
    }
}
