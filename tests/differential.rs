//! The differential harness: every program in `tests/cases/` and `programs/` runs under
//! gilsim and under CPython 3.11, and stdout, the exit status and (for failures) the last
//! line of stderr must agree. Where python3 3.11 is missing, the expectations recorded
//! from CPython (`NAME.expected`) are the oracle.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use common::*;

struct Case {
    dir: PathBuf,
    file: String,
    expected_path: PathBuf,
    /// `# gilsim-test: all-gils`: run under every GIL policy, not just the default.
    all_gils: bool,
}

/// The `--gil` policies a thread test runs under.
const POLICIES: &[&str] = &["new", "old", "none"];

fn collect_cases() -> Vec<Case> {
    let root = repo_root();
    let mut cases = Vec::new();
    let cases_dir = root.join("tests/cases");
    let mut names: Vec<String> = std::fs::read_dir(&cases_dir)
        .expect("tests/cases")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && !n.starts_with("mod_"))
        .collect();
    names.sort();
    for n in names {
        let expected_path = cases_dir.join(n.replace(".py", ".expected"));
        let text = std::fs::read_to_string(cases_dir.join(&n)).unwrap_or_default();
        cases.push(Case {
            dir: cases_dir.clone(),
            file: n,
            expected_path,
            all_gils: text.contains("# gilsim-test: all-gils"),
        });
    }
    // The learner programs; expectations live beside the tests. Long-running programs
    // (benchmarks, thread demos with timing output) carry a `# gilsim-test: skip` line.
    let programs_dir = root.join("programs");
    if let Ok(rd) = std::fs::read_dir(&programs_dir) {
        let mut progs: Vec<String> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".py"))
            .collect();
        progs.sort();
        for n in progs {
            let text = std::fs::read_to_string(programs_dir.join(&n)).unwrap_or_default();
            if text.contains("# gilsim-test: skip") {
                continue;
            }
            let expected_path = root
                .join("tests/programs_expected")
                .join(n.replace(".py", ".expected"));
            cases.push(Case {
                dir: programs_dir.clone(),
                file: n,
                expected_path,
                all_gils: text.contains("# gilsim-test: all-gils"),
            });
        }
    }
    cases
}

fn check(case: &Case, live_python: bool) -> Result<(), String> {
    let limit = Duration::from_secs(30);
    let expected = if live_python {
        let py = run_python(&case.dir, &case.file, limit);
        Expected {
            status: py.status,
            stderr_last: py.stderr_last(),
            stdout: py.stdout,
        }
    } else {
        read_expected(&case.expected_path).ok_or_else(|| {
            format!(
                "{}: no recorded expectation at {}",
                case.file,
                case.expected_path.display()
            )
        })?
    };
    let policies: &[&str] = if case.all_gils { POLICIES } else { &["new"] };
    let mut problems = Vec::new();
    for policy in policies {
        let got = run_gilsim_with(&case.dir, &case.file, &["--gil", policy], limit);
        for p in compare(&expected, &got) {
            problems.push(if case.all_gils {
                format!("--gil {policy}: {p}")
            } else {
                p
            });
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}/{}: {}",
            case.dir.file_name().unwrap_or_default().to_string_lossy(),
            case.file,
            problems.join("\n")
        ))
    }
}

/// What differs between CPython's expected outcome and gilsim's.
fn compare(expected: &Expected, got: &Outcome) -> Vec<String> {
    let mut problems = Vec::new();
    if got.timed_out {
        problems.push("timed out".to_string());
    }
    if got.stderr.contains("panicked at") || got.stderr.contains("stack overflow") {
        problems.push(format!("Rust panic:\n{}", got.stderr));
    }
    if got.status != expected.status {
        problems.push(format!(
            "exit status {} (CPython {})",
            got.status, expected.status
        ));
    }
    if got.stdout != expected.stdout {
        problems.push(format!(
            "stdout differs:\n{}",
            diff(&expected.stdout, &got.stdout)
        ));
    }
    if expected.status != 0 && got.stderr_last() != expected.stderr_last {
        problems.push(format!(
            "last stderr line:\n  CPython: {}\n  gilsim:  {}",
            expected.stderr_last,
            got.stderr_last()
        ));
    }
    problems
}

fn diff(expected: &str, got: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(g.len()) {
        let (a, b) = (e.get(i).copied(), g.get(i).copied());
        if a != b {
            out.push_str(&format!(
                "  line {}:\n    CPython: {}\n    gilsim:  {}\n",
                i + 1,
                a.unwrap_or("<missing>"),
                b.unwrap_or("<missing>")
            ));
            if out.lines().count() > 12 {
                break;
            }
        }
    }
    out
}

#[test]
fn cases_match_cpython() {
    let cases = collect_cases();
    assert!(
        cases.len() >= 150,
        "expected at least 150 cases, found {}",
        cases.len()
    );
    let live = python311().is_some() && std::env::var("GILSIM_RECORDED_ONLY").is_err();
    let results = parallel_map(&cases, 4, |c| check(c, live));
    let failures: Vec<String> = results.into_iter().filter_map(|r| r.err()).collect();
    if !failures.is_empty() {
        panic!(
            "{} of {} cases differ from CPython ({}):\n\n{}",
            failures.len(),
            cases.len(),
            if live { "live python3" } else { "recorded" },
            failures.join("\n\n")
        );
    }
}

/// The recorded expectations must agree with live CPython, so the fallback stays honest.
#[test]
fn recorded_expectations_are_current() {
    if python311().is_none() {
        return;
    }
    let cases = collect_cases();
    let results = parallel_map(&cases, 4, |c| {
        let py = run_python(&c.dir, &c.file, Duration::from_secs(30));
        match read_expected(&c.expected_path) {
            None => Err(format!("{}: missing {}", c.file, c.expected_path.display())),
            Some(e)
                if e.status != py.status
                    || e.stdout != py.stdout
                    || (e.status != 0 && e.stderr_last != py.stderr_last()) =>
            {
                Err(format!(
                    "{}: recorded expectation is stale (re-run python3 tests/record_expected.py)",
                    c.file
                ))
            }
            Some(_) => Ok(()),
        }
    });
    let stale: Vec<String> = results.into_iter().filter_map(|r| r.err()).collect();
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
