//! One run of one combination, as a child process: its wall time, and what its
//! `--stats-json` and stdout say.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value as Json;

use super::args::{ScaleArgs, interval_label};
use crate::runtime::gil::GilKind;

/// What runs the program.
#[derive(Clone, Debug)]
pub enum Runner {
    Gilsim(GilKind),
    /// The Python executable: the `cpython` rows.
    Python(String),
}

/// One combination of the experiment.
#[derive(Clone, Debug)]
pub struct Job {
    pub runner: Runner,
    /// None: a CPython row at CPython's own interval.
    pub interval_us: Option<u64>,
    pub threads: usize,
}

impl Job {
    /// The policy column: new, old, none or cpython.
    pub fn policy(&self) -> &'static str {
        match &self.runner {
            Runner::Gilsim(kind) => kind.name(),
            Runner::Python(_) => "cpython",
        }
    }

    pub fn describe(&self) -> String {
        let interval = self
            .interval_us
            .map(interval_label)
            .unwrap_or("default".into());
        format!(
            "{} interval {} threads {}",
            self.policy(),
            interval,
            self.threads
        )
    }
}

/// What one run measured.
#[derive(Clone, Debug, Default)]
pub struct Sample {
    /// Wall clock of the child process, measured here (start-up included).
    pub wall_s: f64,
    /// The interpreter's own wall_s from --stats-json (gilsim rows only).
    pub vm_wall_s: Option<f64>,
    /// Of the time the program's threads wanted the GIL (waiting for it or holding
    /// it), the share spent waiting: see DEFINITIONS in report.rs.
    pub gil_wait_share: Option<f64>,
    pub switches: Option<u64>,
    pub metric: Option<f64>,
}

pub fn progress_bar(total: u64) -> ProgressBar {
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} [{elapsed}] {msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

pub fn run_once(
    exe: &Path,
    args: &ScaleArgs,
    job: &Job,
    stats_path: &Path,
) -> Result<Sample, String> {
    let program_args = args.program_args(job.threads, job.interval_us);
    let mut cmd = match &job.runner {
        Runner::Gilsim(kind) => {
            let mut c = Command::new(exe);
            c.arg("run").args(["--gil", kind.name()]);
            if let Some(us) = job.interval_us {
                c.args(["--switch-interval", &format!("{us}us")]);
            }
            c.args(["--check-interval", &args.check_interval.to_string()])
                .arg("--stats-json")
                .arg(stats_path);
            c
        }
        Runner::Python(python) => Command::new(python),
    };
    cmd.arg(&args.program)
        .args(&program_args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let shown = show_command(&cmd);
    let start = Instant::now();
    let output = cmd
        .output()
        .map_err(|e| format!("can't start `{shown}`: {e}"))?;
    let wall_s = start.elapsed().as_secs_f64();
    if !output.status.success() {
        return Err(format!(
            "the program failed at {} ({}):\n  command: {shown}\n  stderr:\n{}",
            job.describe(),
            output.status,
            tail(&String::from_utf8_lossy(&output.stderr), 30)
        ));
    }
    let mut sample = Sample {
        wall_s,
        ..Sample::default()
    };
    if matches!(job.runner, Runner::Gilsim(_)) {
        read_stats(stats_path, &mut sample)?;
    }
    if let Some(re) = &args.metric {
        let stdout = String::from_utf8_lossy(&output.stdout);
        sample.metric = Some(parse_metric(re, &stdout).ok_or_else(|| {
            format!(
                "--metric '{}' found no number in the output of {} (command: {shown}); stdout was:\n{}",
                re.as_str(),
                job.describe(),
                tail(&stdout, 20)
            )
        })?);
    }
    Ok(sample)
}

fn parse_metric(re: &regex::Regex, stdout: &str) -> Option<f64> {
    re.captures(stdout)?.get(1)?.as_str().trim().parse().ok()
}

/// The GIL figures of one run, from its `--stats-json` (schema: docs/stats-json.md).
fn read_stats(path: &Path, sample: &mut Sample) -> Result<(), String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("can't read the run's stats '{}': {e}", path.display()))?;
    let stats: Json = serde_json::from_str(&text)
        .map_err(|e| format!("the run's stats '{}' are not JSON: {e}", path.display()))?;
    sample.vm_wall_s = stats["wall_s"].as_f64();
    let gil = &stats["gil"];
    sample.switches = gil["switches"].as_u64();
    sample.gil_wait_share = gil["threads"].as_array().map(|rows| {
        let sum = |key: &str| -> f64 { rows.iter().filter_map(|t| t[key].as_f64()).sum() };
        let (wait, hold) = (sum("wait_s"), sum("hold_s"));
        // --gil none: nobody holds or waits, so nothing is lost to the GIL.
        if wait + hold > 0.0 {
            wait / (wait + hold)
        } else {
            0.0
        }
    });
    Ok(())
}

fn show_command(cmd: &Command) -> String {
    let mut parts = vec![cmd.get_program().to_string_lossy().into_owned()];
    parts.extend(cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}

/// The last `n` lines, indented, for error messages.
fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    let shown: Vec<String> = lines[start..].iter().map(|l| format!("    {l}")).collect();
    if shown.is_empty() {
        "    (empty)".into()
    } else {
        shown.join("\n")
    }
}
