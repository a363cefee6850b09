//! From the runs' samples to rows (medians, speedup, efficiency), and the rows as a
//! table, `scale.json` and `scale.csv`.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::json;

use super::args::{ScaleArgs, interval_label};
use super::runner::{Job, Sample};

/// One combination, summarized over its repeats.
#[derive(Clone, Debug)]
pub struct Row {
    /// new, old, none or cpython.
    pub policy: &'static str,
    /// None: CPython at its own default interval.
    pub interval_us: Option<u64>,
    pub threads: usize,
    /// Median wall time of the child process.
    pub wall_s: f64,
    pub wall_times_s: Vec<f64>,
    /// Median wall time at the smallest thread count of the same policy and interval,
    /// over this row's.
    pub speedup: f64,
    /// Speedup over the ideal one (the thread-count ratio): 1.0 is perfect scaling.
    pub efficiency: f64,
    /// Median of: the threads' GIL wait / their (wait + hold), see DEFINITIONS.
    pub gil_wait_share: Option<f64>,
    pub switches: Option<f64>,
    pub metric: Option<f64>,
    pub metric_values: Vec<f64>,
    pub vm_wall_s: Option<f64>,
}

impl Row {
    pub fn interval_text(&self) -> String {
        self.interval_us
            .map(interval_label)
            .unwrap_or_else(|| "default".into())
    }
}

/// How the derived columns are defined, stored in scale.json next to the figures.
const DEFINITIONS: &[(&str, &str)] = &[
    (
        "wall_s",
        "median wall-clock time of the whole child process, measured by gilsim scale (start-up included)",
    ),
    (
        "speedup",
        "wall_s at the smallest thread count of the same gil and switch_interval_s, divided by this row's wall_s",
    ),
    (
        "efficiency",
        "speedup / (threads / smallest thread count): 1.0 is perfect scaling",
    ),
    (
        "gil_wait_share",
        "median over repeats of: sum of the threads' GIL wait_s / sum of their (wait_s + hold_s), from --stats-json: of the time the threads wanted the GIL, the share spent waiting for it. 0 without contention (and under --gil none), about 1 - 1/N when N CPU-bound threads queue for one GIL; null for cpython",
    ),
    (
        "switches",
        "median number of GIL hand-offs from one thread to another (--stats-json gil.switches); null for cpython",
    ),
    (
        "metric",
        "median of the number --metric captured from the program's stdout",
    ),
    (
        "switch_interval_s",
        "the --switch-interval passed (old and none ignore it); null for cpython at its default interval",
    ),
];

pub fn median(values: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let mid = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[mid]
    } else {
        (v[mid - 1] + v[mid]) / 2.0
    })
}

pub fn summarize(jobs: &[Job], samples: &[Vec<Sample>]) -> Vec<Row> {
    let mut rows: Vec<Row> = jobs
        .iter()
        .zip(samples)
        .map(|(job, runs)| {
            let walls: Vec<f64> = runs.iter().map(|s| s.wall_s).collect();
            let shares: Vec<f64> = runs.iter().filter_map(|s| s.gil_wait_share).collect();
            let switches: Vec<f64> = runs
                .iter()
                .filter_map(|s| Some(s.switches? as f64))
                .collect();
            let metrics: Vec<f64> = runs.iter().filter_map(|s| s.metric).collect();
            let vm_walls: Vec<f64> = runs.iter().filter_map(|s| s.vm_wall_s).collect();
            Row {
                policy: job.policy(),
                interval_us: job.interval_us,
                threads: job.threads,
                wall_s: median(&walls).unwrap_or(f64::NAN),
                wall_times_s: walls,
                speedup: f64::NAN,
                efficiency: f64::NAN,
                gil_wait_share: median(&shares),
                switches: median(&switches),
                metric: median(&metrics),
                metric_values: metrics,
                vm_wall_s: median(&vm_walls),
            }
        })
        .collect();
    let bases: Vec<(usize, f64)> = rows
        .iter()
        .map(|r| {
            rows.iter()
                .filter(|b| b.policy == r.policy && b.interval_us == r.interval_us)
                .min_by_key(|b| b.threads)
                .map(|b| (b.threads, b.wall_s))
                .unwrap_or((r.threads, r.wall_s))
        })
        .collect();
    for (row, (base_threads, base_wall)) in rows.iter_mut().zip(bases) {
        row.speedup = base_wall / row.wall_s;
        row.efficiency = row.speedup * base_threads as f64 / row.threads as f64;
    }
    rows
}

fn opt(v: Option<f64>, f: impl Fn(f64) -> String) -> String {
    v.map(f).unwrap_or_else(|| "-".into())
}

/// The table printed on stdout. Speedup has two decimals: the test reads it back.
pub fn table(rows: &[Row], with_metric: bool) -> String {
    let mut out = String::new();
    let metric_head = if with_metric { "      metric" } else { "" };
    let _ = writeln!(
        out,
        "{:<8} {:>9} {:>7} {:>10} {:>8} {:>10} {:>8} {:>9}{metric_head}",
        "policy", "interval", "threads", "wall", "speedup", "efficiency", "GIL wait", "switches"
    );
    for r in rows {
        let metric = if with_metric {
            format!(" {:>11}", opt(r.metric, |m| format!("{m:.3}")))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{:<8} {:>9} {:>7} {:>10} {:>8} {:>10} {:>8} {:>9}{metric}",
            r.policy,
            r.interval_text(),
            r.threads,
            format!("{:.3} s", r.wall_s),
            format!("{:.2}x", r.speedup),
            format!("{:.0}%", r.efficiency * 100.0),
            opt(r.gil_wait_share, |w| format!("{:.1}%", w * 100.0)),
            opt(r.switches, |s| format!("{s:.0}")),
        );
    }
    out
}

pub fn write_json(path: &Path, args: &ScaleArgs, rows: &[Row]) -> Result<(), String> {
    let runs: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            json!({
                "gil": r.policy,
                "switch_interval_s": r.interval_us.map(|us| us as f64 / 1e6),
                "threads": r.threads,
                "wall_s": r.wall_s,
                "speedup": r.speedup,
                "efficiency": r.efficiency,
                "gil_wait_share": r.gil_wait_share,
                "switches": r.switches,
                "metric": r.metric,
                "vm_wall_s": r.vm_wall_s,
                "wall_times_s": r.wall_times_s,
                "metric_values": r.metric_values,
            })
        })
        .collect();
    let definitions: serde_json::Map<String, serde_json::Value> = DEFINITIONS
        .iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    let doc = json!({
        "program": args.program,
        "command": std::env::args().collect::<Vec<_>>(),
        "program_args": args.extra,
        "repeat": args.repeat,
        "check_interval": args.check_interval,
        "python": args.python,
        "metric_regex": args.metric.as_ref().map(|m| m.as_str()),
        "definitions": definitions,
        "runs": runs,
    });
    let text = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())? + "\n";
    std::fs::write(path, text).map_err(|e| format!("can't write '{}': {e}", path.display()))
}

/// Every field is a number or a fixed word, so no quoting is needed; the repeats' times
/// are joined with `;` to stay in one column.
pub fn write_csv(path: &Path, rows: &[Row]) -> Result<(), String> {
    let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
    let join = |v: &[f64]| {
        v.iter()
            .map(|x| x.to_string())
            .collect::<Vec<_>>()
            .join(";")
    };
    let mut out = String::from(
        "gil,switch_interval_s,threads,wall_s,speedup,efficiency,gil_wait_share,switches,metric,vm_wall_s,wall_times_s\n",
    );
    for r in rows {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{}",
            r.policy,
            num(r.interval_us.map(|us| us as f64 / 1e6)),
            r.threads,
            r.wall_s,
            r.speedup,
            r.efficiency,
            num(r.gil_wait_share),
            num(r.switches),
            num(r.metric),
            num(r.vm_wall_s),
            join(&r.wall_times_s),
        );
    }
    std::fs::write(path, out).map_err(|e| format!("can't write '{}': {e}", path.display()))
}
