//! `gilsim scale`: run one program at several thread counts, GIL policies and switch
//! intervals, as child processes, and report how it scales: a table on stdout, and
//! `scale.json`, `scale.csv` and `scale.svg` in the output folder.
//!
//! Each run is `gilsim run --gil P --switch-interval I --stats-json TMP PROGRAM THREADS
//! EXTRA...` (or `python3 PROGRAM THREADS EXTRA...` for the `cpython` rows). Repeats go
//! round-robin over the combinations, so slow drift on a shared machine (another job
//! starting, the CPU warming up) spreads over every row instead of skewing one.

mod args;
mod plot;
mod report;
mod runner;

use std::path::{Path, PathBuf};

pub use args::ScaleArgs;
use runner::{Job, Runner, Sample};

/// Run the experiment; returns the process exit status.
pub fn main(mut args: ScaleArgs) -> i32 {
    args.normalize();
    match run(&args) {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("gilsim scale: {message}");
            1
        }
    }
}

fn run(args: &ScaleArgs) -> Result<(), String> {
    let program = Path::new(&args.program);
    if !program.is_file() {
        return Err(format!(
            "can't open program '{}': no such file",
            args.program
        ));
    }
    let exe = std::env::current_exe().map_err(|e| format!("can't find the gilsim binary: {e}"))?;
    let out_dir = PathBuf::from(&args.out);
    check_writable(&out_dir)?;
    let tmp = tempfile::tempdir().map_err(|e| format!("can't create a temporary folder: {e}"))?;

    let jobs = plan(args);
    let total = jobs.len() as u64 * args.repeat;
    let bar = runner::progress_bar(total);
    let mut samples: Vec<Vec<Sample>> = vec![Vec::new(); jobs.len()];
    for round in 0..args.repeat {
        for (i, job) in jobs.iter().enumerate() {
            bar.set_message(format!(
                "{} (run {}/{})",
                job.describe(),
                round + 1,
                args.repeat
            ));
            let stats_path = tmp.path().join(format!("stats-{i}-{round}.json"));
            let sample = runner::run_once(&exe, args, job, &stats_path).inspect_err(|_| {
                bar.abandon();
            })?;
            samples[i].push(sample);
            bar.inc(1);
        }
    }
    bar.finish_and_clear();

    let rows = report::summarize(&jobs, &samples);
    let sweep = args.switch_interval.len() > 1;
    print!("{}", report::table(&rows, args.metric.is_some()));
    report::write_json(&out_dir.join("scale.json"), args, &rows)?;
    report::write_csv(&out_dir.join("scale.csv"), &rows)?;
    let mut written = vec![out_dir.join("scale.json"), out_dir.join("scale.csv")];
    if sweep {
        let path = out_dir.join("scale.svg");
        plot::interval_sweep(&path, &rows, args.metric.is_some(), &args.program)?;
        written.push(path);
        if args.threads.len() > 1 {
            let path = out_dir.join("speedup.svg");
            plot::speedup(&path, &rows, true, &args.program)?;
            written.push(path);
        }
    } else {
        let path = out_dir.join("scale.svg");
        plot::speedup(&path, &rows, false, &args.program)?;
        written.push(path);
    }
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    eprintln!("wrote {}", names.join(", "));
    Ok(())
}

/// Every combination to run, in table order: policy, interval, threads; then the
/// CPython rows when `--python` is given.
fn plan(args: &ScaleArgs) -> Vec<Job> {
    let mut jobs = Vec::new();
    for &gil in &args.gil {
        for &interval_us in &args.switch_interval {
            for &threads in &args.threads {
                jobs.push(Job {
                    runner: Runner::Gilsim(gil),
                    interval_us: Some(interval_us),
                    threads,
                });
            }
        }
    }
    if let Some(python) = &args.python {
        // CPython can't be given a switch interval from outside: it only gets one
        // when the program's arguments carry `{interval_s}`; otherwise it runs once per
        // thread count at its default (5 ms).
        let intervals: Vec<Option<u64>> = if args.uses_interval_placeholder() {
            args.switch_interval.iter().map(|&us| Some(us)).collect()
        } else {
            vec![None]
        };
        for interval_us in intervals {
            for &threads in &args.threads {
                jobs.push(Job {
                    runner: Runner::Python(python.clone()),
                    interval_us,
                    threads,
                });
            }
        }
    }
    jobs
}

/// Fail before the first run, not after minutes of them, when the results can't be saved.
fn check_writable(dir: &Path) -> Result<(), String> {
    let fail = |e: std::io::Error| format!("can't write to output folder '{}': {e}", dir.display());
    std::fs::create_dir_all(dir).map_err(fail)?;
    let probe = dir.join(".gilsim-scale-probe");
    std::fs::write(&probe, b"").map_err(fail)?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}
