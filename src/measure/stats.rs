//! `--stats`, `--stats-json` and `gil.stats()`: the GIL and lock counters of a run, as one
//! JSON document (the schema is in docs/stats-json.md) and as a table people read at a
//! glance.

use std::sync::atomic::Ordering;

use serde_json::{Value as Json, json};

use crate::runtime::gil::GilKind;
use crate::runtime::thread_state::ThreadState;
use crate::vm::Interp;

fn secs(ns: u64) -> f64 {
    ns as f64 / 1e9
}

fn load(a: &std::sync::atomic::AtomicU64) -> u64 {
    a.load(Ordering::Relaxed)
}

/// Hold time of a thread, counting the GIL it holds right now.
fn hold_ns(interp: &Interp, t: &ThreadState) -> u64 {
    let mut ns = load(&t.counters.hold_ns);
    if t.holds_gil.load(Ordering::Relaxed) {
        ns += interp.gil.now_ns().saturating_sub(load(&t.held_since_ns));
    }
    ns
}

/// Every counter of the run so far. `extra_bytecodes`: ticks of the calling thread not yet
/// flushed into its counters (it is running).
pub fn collect(interp: &Interp, caller: Option<(&ThreadState, u64)>) -> Json {
    let wall_ns = interp.gil.now_ns().max(1);
    let gil = &interp.gil;
    let threads = interp.threads.snapshot();
    let mut rows = Vec::new();
    let mut held_total = 0u64;
    for t in &threads {
        let c = &t.counters;
        let mut bytecodes = load(&c.bytecodes);
        if let Some((me, pending)) = caller
            && me.serial == t.serial
        {
            bytecodes += pending;
        }
        let hold = hold_ns(interp, t);
        held_total += hold;
        rows.push(json!({
            "name": t.name(),
            "serial": t.serial,
            "bytecodes": bytecodes,
            "acquisitions": load(&c.acquisitions),
            "hold_s": secs(hold),
            "wait_s": secs(load(&c.wait_ns)),
            "max_wait_s": secs(load(&c.max_wait_ns)),
            "forced_releases": load(&c.forced_releases),
            "voluntary_releases": load(&c.voluntary_releases),
            "drop_requests_sent": load(&c.drop_requests_sent),
            "finished": t.finished.load(Ordering::Relaxed),
        }));
    }
    let (p50, p99, max, handoffs) = gil.handoff_summary_us();
    let held_fraction = if gil.kind == GilKind::None {
        Json::Null
    } else {
        json!((held_total as f64 / wall_ns as f64).min(1.0))
    };
    let mut locks: Vec<Json> = interp
        .locks
        .snapshot()
        .into_iter()
        .filter(|e| !e.internal)
        .map(|e| {
            let s = &e.stats;
            json!({
                "site": e.site,
                "kind": e.kind,
                "acquisitions": load(&s.acquisitions),
                "contended": load(&s.contended),
                "owner_changes": load(&s.owner_changes),
                "wait_s": secs(load(&s.wait_ns)),
                "max_wait_s": secs(load(&s.max_wait_ns)),
                "hold_s": secs(load(&s.hold_ns)),
                "max_hold_s": secs(load(&s.max_hold_ns)),
            })
        })
        .collect();
    locks.sort_by(|a, b| {
        let w = |j: &Json| j["wait_s"].as_f64().unwrap_or(0.0);
        w(b).total_cmp(&w(a))
    });
    json!({
        "wall_s": secs(wall_ns),
        "gil": {
            "policy": gil.kind.name(),
            "switch_interval_s": interp.switch_interval().as_secs_f64(),
            "check_interval": interp.check_interval.load(Ordering::Relaxed),
            "switches": load(&gil.switches),
            "held_fraction": held_fraction,
            "contended_fraction": secs(gil.contended_ns()) / secs(wall_ns),
            "handoff_latency_us": {"p50": p50, "p99": p99, "max": max, "count": handoffs},
            "threads": rows,
        },
        "locks": locks,
    })
}

/// A duration in the unit that reads best: `1.23 s`, `45.6 ms`, `789 us`.
pub fn human_secs(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.3} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else if s > 0.0 {
        format!("{:.1} us", s * 1e6)
    } else {
        "0".to_string()
    }
}

fn f(j: &Json, key: &str) -> f64 {
    j[key].as_f64().unwrap_or(0.0)
}

fn u(j: &Json, key: &str) -> u64 {
    j[key].as_u64().unwrap_or(0)
}

/// The report `--stats` prints on stderr. Shows the `top` locks by total wait.
pub fn render(stats: &Json, program: &str, top: usize) -> String {
    let gil = &stats["gil"];
    let wall = f(stats, "wall_s");
    let mut out = String::new();
    let policy = gil["policy"].as_str().unwrap_or("?");
    let setting = match policy {
        "new" => format!(
            "switch interval {}",
            human_secs(f(gil, "switch_interval_s"))
        ),
        "old" => format!("check interval {} bytecodes", u(gil, "check_interval")),
        _ => "no GIL".to_string(),
    };
    out.push_str(&format!(
        "\n== gilsim stats: {program} (--gil {policy}, {setting}) ==\n"
    ));
    let held = match gil["held_fraction"].as_f64() {
        Some(h) => format!("{:.1}%", h * 100.0),
        None => "n/a".to_string(),
    };
    out.push_str(&format!(
        "wall {}   switches {}   GIL held {} of wall   someone waiting {:.1}% of wall\n",
        human_secs(wall),
        u(gil, "switches"),
        held,
        f(gil, "contended_fraction") * 100.0
    ));
    let h = &gil["handoff_latency_us"];
    if u(h, "count") > 0 {
        out.push_str(&format!(
            "GIL hand-off (release -> next holder running): p50 {}   p99 {}   max {}   ({} hand-offs)\n",
            human_secs(f(h, "p50") / 1e6),
            human_secs(f(h, "p99") / 1e6),
            human_secs(f(h, "max") / 1e6),
            u(h, "count")
        ));
    }
    out.push_str("\nthreads\n");
    let mut table = vec![vec![
        "thread".to_string(),
        "bytecodes".into(),
        "acquired".into(),
        "held".into(),
        "waited".into(),
        "max wait".into(),
        "forced".into(),
        "voluntary".into(),
        "drop reqs".into(),
    ]];
    table.extend(thread_rows(stats));
    out.push_str(&format_table(&table));
    let locks = stats["locks"].as_array().cloned().unwrap_or_default();
    if !locks.is_empty() {
        let shown = locks.len().min(top);
        out.push_str(&format!(
            "\nlocks by total wait (top {shown} of {})\n",
            locks.len()
        ));
        let mut table = vec![vec![
            "site".to_string(),
            "kind".into(),
            "acquired".into(),
            "contended".into(),
            "owner chg".into(),
            "wait total".into(),
            "wait avg".into(),
            "wait max".into(),
            "hold total".into(),
            "hold avg".into(),
            "hold max".into(),
        ]];
        for l in locks.iter().take(top) {
            let acq = u(l, "acquisitions");
            let cont = u(l, "contended");
            let avg = |total: f64, n: u64| {
                if n == 0 {
                    "0".to_string()
                } else {
                    human_secs(total / n as f64)
                }
            };
            table.push(vec![
                l["site"].as_str().unwrap_or("?").to_string(),
                l["kind"].as_str().unwrap_or("?").to_string(),
                acq.to_string(),
                cont.to_string(),
                u(l, "owner_changes").to_string(),
                human_secs(f(l, "wait_s")),
                avg(f(l, "wait_s"), cont),
                human_secs(f(l, "max_wait_s")),
                human_secs(f(l, "hold_s")),
                avg(f(l, "hold_s"), acq),
                human_secs(f(l, "max_hold_s")),
            ]);
        }
        out.push_str(&format_table(&table));
    }
    out
}

/// One row of cells per thread: name, bytecodes, acquisitions, held, waited, max wait,
/// forced, voluntary, drop requests (shared by the text and HTML reports).
pub fn thread_rows(stats: &Json) -> Vec<Vec<String>> {
    stats["gil"]["threads"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| {
            vec![
                t["name"].as_str().unwrap_or("?").to_string(),
                u(t, "bytecodes").to_string(),
                u(t, "acquisitions").to_string(),
                human_secs(f(t, "hold_s")),
                human_secs(f(t, "wait_s")),
                human_secs(f(t, "max_wait_s")),
                u(t, "forced_releases").to_string(),
                u(t, "voluntary_releases").to_string(),
                u(t, "drop_requests_sent").to_string(),
            ]
        })
        .collect()
}

/// Columns padded to their widest cell; the first column left-aligned, numbers right.
fn format_table(rows: &[Vec<String>]) -> String {
    let ncols = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..ncols)
        .map(|c| {
            rows.iter()
                .map(|r| r.get(c).map_or(0, |s| s.chars().count()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::from("  ");
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c].saturating_sub(cell.chars().count());
            if c < 2 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
            line.push_str("  ");
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
