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

/// Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread, both in a busy loop and in
/// a lock wait; the program prints the usual traceback and, like CPython, ends by SIGINT.
#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    let dir = std::env::temp_dir().join(format!("gilsim-sigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let programs = [
        (
            "spin.py",
            "print('ready', flush=True)\nwhile True:\n    pass\n",
            "line 2",
        ),
        (
            "wait.py",
            "import threading\nl = threading.Lock()\nl.acquire()\nprint('ready', flush=True)\nl.acquire()\n",
            "line 5",
        ),
    ];
    for (name, src, line) in programs {
        std::fs::write(dir.join(name), src).unwrap();
        let mut child = std::process::Command::new(gilsim_bin())
            .current_dir(&dir)
            .args(["run", name])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Wait for the program to be running before interrupting it.
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 6];
        std::io::Read::read_exact(&mut stdout, &mut first).unwrap();
        assert_eq!(&first, b"ready\n");
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(out.status.signal(), Some(libc::SIGINT), "{name}: {stderr}");
        assert!(stderr.ends_with("KeyboardInterrupt\n"), "{name}: {stderr}");
        assert!(stderr.contains(line), "{name}: {stderr}");
    }
}

#[test]
fn gil_options_are_validated() {
    let dir = repo_root().join("programs");
    let bad = gilsim(&["run", "--gil", "fast", "hello.py"], &dir);
    assert_eq!(bad.status, 2);
    assert!(
        bad.stderr.contains("unknown GIL policy 'fast'"),
        "{}",
        bad.stderr
    );
    let bad = gilsim(&["run", "--switch-interval", "0us", "hello.py"], &dir);
    assert_eq!(bad.status, 2);
    assert!(bad.stderr.contains("at least 1us"), "{}", bad.stderr);
    for interval in ["100us", "1ms", "0.005", "2s"] {
        let ok = gilsim(&["run", "--switch-interval", interval, "hello.py"], &dir);
        assert_eq!(ok.status, 0, "{interval}: {}", ok.stderr);
    }
}

/// `--switch-interval` reaches `sys.getswitchinterval()`; `--gil` reaches `gil.policy()`.
#[test]
fn run_options_reach_the_program() {
    let dir = std::env::temp_dir().join(format!("gilsim-opts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("opts.py"),
        "import sys\nprint(sys.getswitchinterval(), sys.getcheckinterval())\n",
    )
    .unwrap();
    let out = gilsim(
        &[
            "run",
            "--switch-interval",
            "250us",
            "--check-interval",
            "7",
            "opts.py",
        ],
        &dir,
    );
    assert_eq!(out.stdout, "0.00025 7\n", "{}", out.stderr);
}

/// `--html` writes one self-contained page with the settings, the tables and the timeline.
#[test]
fn html_report_is_self_contained() {
    let dir = std::env::temp_dir().join(format!("gilsim-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("two.py"),
        "import threading\nlock = threading.Lock()\ndef work():\n    for _ in range(20000):\n        with lock:\n            pass\nts = [threading.Thread(target=work) for _ in range(2)]\nfor t in ts: t.start()\nfor t in ts: t.join()\nprint('done')\n",
    )
    .unwrap();
    let out = gilsim(&["run", "--html", "report.html", "two.py"], &dir);
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "done\n");
    let page = std::fs::read_to_string(dir.join("report.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<svg"), "no timeline");
    for needle in ["GIL policy", "Thread-1 (work)", "two.py:2", "MainThread"] {
        assert!(page.contains(needle), "missing {needle}");
    }
    assert!(
        !page.contains("src=\"http"),
        "the page must not load anything"
    );
    let bad = gilsim(
        &["run", "--html", "/nonexistent/dir/r.html", "two.py"],
        &dir,
    );
    assert_eq!(bad.status, 2);
    assert!(bad.stderr.contains("can't write report"), "{}", bad.stderr);
}
