//! The command line: `run` with arguments, errors for missing files, `dis`, `--version`.

mod common;

use std::process::Command;
use std::time::Duration;

use common::*;

fn gilsim(args: &[&str], dir: &std::path::Path) -> Outcome {
    let mut cmd = Command::new(gilsim_bin());
    cmd.current_dir(dir).args(args);
    run_with_timeout(cmd, Duration::from_secs(30))
}

#[test]
fn missing_file_is_reported_like_cpython_with_status_2() {
    let out = gilsim(&["run", "no_such_file.py"], &repo_root());
    assert_eq!(out.status, 2);
    assert_eq!(
        out.stderr.trim_end(),
        "gilsim: can't open file 'no_such_file.py': [Errno 2] No such file or directory"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn argv_and_main_name_reach_the_program() {
    let dir = std::env::temp_dir().join(format!("gilsim-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    std::fs::write(
        dir.join("args.py"),
        "import sys\nprint(sys.argv, __name__)\n",
    )
    .expect("write");
    let out = gilsim(&["run", "args.py", "one", "--two", "3"], &dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "['args.py', 'one', '--two', '3'] __main__\n");
}

#[test]
fn dis_lists_every_code_object_with_lines() {
    let out = gilsim(&["dis", "programs/fib.py"], &repo_root());
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Disassembly of <code object <module>"));
    assert!(
        out.stdout.contains("Disassembly of <code object fib"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("LOAD_FAST") || out.stdout.contains("LOAD_FAST_"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("<<"),
        "the eval-breaker points are marked"
    );
}

#[test]
fn dis_reports_syntax_errors() {
    let dir = std::env::temp_dir().join(format!("gilsim-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    std::fs::write(dir.join("bad.py"), "if x\n    pass\n").expect("write");
    let out = gilsim(&["dis", "bad.py"], &dir);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(out.status, 1);
    assert!(
        out.stderr.contains("SyntaxError: expected ':'"),
        "{}",
        out.stderr
    );
}

#[test]
fn version_and_help() {
    let v = gilsim(&["--version"], &repo_root());
    assert_eq!(v.status, 0);
    assert!(v.stdout.starts_with("gilsim "), "{}", v.stdout);
    let h = gilsim(&["--help"], &repo_root());
    assert_eq!(h.status, 0);
    assert!(
        h.stdout.contains("Examples:") && h.stdout.contains("gilsim run"),
        "{}",
        h.stdout
    );
}
