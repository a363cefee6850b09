//! Shared helpers for the integration tests: running gilsim and python3 with a time limit.

#![allow(dead_code)]

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct Outcome {
    pub status: i32,
    /// The signal that ended the process, if one did.
    pub signal: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
}

impl Outcome {
    pub fn stderr_last(&self) -> String {
        self.stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .to_string()
    }
}

pub fn gilsim_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_gilsim"))
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run a command with stdin closed, killing it after `limit`.
pub fn run_with_timeout(cmd: Command, limit: Duration) -> Outcome {
    run_with_timeout_opts(cmd, limit, true)
}

/// As `run_with_timeout`; with `keep_stdout` false, stdout is discarded (for programs that
/// may print without end).
pub fn run_with_timeout_opts(mut cmd: Command, limit: Duration, keep_stdout: bool) -> Outcome {
    cmd.stdin(Stdio::null())
        .stdout(if keep_stdout {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            return Outcome {
                status: -1,
                signal: None,
                stdout: String::new(),
                stderr: format!("spawn failed: {e}"),
                timed_out: false,
            };
        }
    };
    let out = child.stdout.take();
    let mut err = child.stderr.take().expect("stderr");
    let out_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        if let Some(mut out) = out {
            let _ = out.read_to_end(&mut b);
        }
        b
    });
    let err_reader = std::thread::spawn(move || {
        let mut b = Vec::new();
        let _ = err.read_to_end(&mut b);
        b
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > limit => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().expect("wait");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("wait failed: {e}"),
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let signal = {
        use std::os::unix::process::ExitStatusExt;
        status.signal()
    };
    let code = status.code().unwrap_or(128 + signal.unwrap_or(0));
    Outcome {
        status: code,
        signal,
        stdout,
        stderr,
        timed_out,
    }
}

pub fn run_gilsim(dir: &Path, file: &str, limit: Duration) -> Outcome {
    run_gilsim_with(dir, file, &[], limit)
}

/// Run gilsim with `run` options (`--gil old`...) before the file.
pub fn run_gilsim_with(dir: &Path, file: &str, opts: &[&str], limit: Duration) -> Outcome {
    let mut cmd = Command::new(gilsim_bin());
    cmd.current_dir(dir).arg("run").args(opts).arg(file);
    run_with_timeout(cmd, limit)
}

/// Run gilsim discarding stdout.
pub fn run_gilsim_quiet(dir: &Path, file: &str, limit: Duration) -> Outcome {
    let mut cmd = Command::new(gilsim_bin());
    cmd.current_dir(dir).arg("run").arg(file);
    run_with_timeout_opts(cmd, limit, false)
}

/// python3 3.11, if present (the oracle the expectations were recorded with).
pub fn python311() -> Option<PathBuf> {
    let out = Command::new("python3").arg("--version").output().ok()?;
    let v =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    if v.trim().starts_with("Python 3.11") {
        Some(PathBuf::from("python3"))
    } else {
        None
    }
}

pub fn run_python(dir: &Path, file: &str, limit: Duration) -> Outcome {
    let mut cmd = Command::new("python3");
    cmd.current_dir(dir).arg(file).env("PYTHONHASHSEED", "0");
    run_with_timeout(cmd, limit)
}

/// A recorded expectation (`NAME.expected`).
pub struct Expected {
    pub status: i32,
    pub stderr_last: String,
    pub stdout: String,
}

pub fn read_expected(path: &Path) -> Option<Expected> {
    let text = std::fs::read_to_string(path).ok()?;
    let (head, stdout) = text.split_once("--- stdout\n")?;
    let mut status = 0;
    let mut stderr_last = String::new();
    for line in head.lines() {
        if let Some(s) = line.strip_prefix("exit: ") {
            status = s.trim().parse().ok()?;
        } else if let Some(s) = line.strip_prefix("stderr-last: ") {
            stderr_last = s.to_string();
        } else if line == "stderr-last:" {
            stderr_last.clear();
        }
    }
    Some(Expected {
        status,
        stderr_last,
        stdout: stdout.to_string(),
    })
}

/// Run `jobs` on `threads` worker threads, preserving order.
pub fn parallel_map<T: Send + Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<R>>> =
        items.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..threads.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    if i >= items.len() {
                        break;
                    }
                    let r = f(&items[i]);
                    *results[i].lock().unwrap() = Some(r);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().unwrap().expect("result"))
        .collect()
}
