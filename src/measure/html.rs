//! `gilsim run --html report.html`: one self-contained page with the run's settings, the
//! statistics tables and the timeline SVG, to open in any browser and share.

use serde_json::Value as Json;

use super::stats::human_secs;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn f(j: &Json, key: &str) -> f64 {
    j[key].as_f64().unwrap_or(0.0)
}

fn u(j: &Json, key: &str) -> u64 {
    j[key].as_u64().unwrap_or(0)
}

fn table(head: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from("<table><thead><tr>");
    for h in head {
        out.push_str(&format!("<th>{}</th>", escape(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let class = if i == 0 { "" } else { " class=\"n\"" };
            out.push_str(&format!("<td{class}>{}</td>", escape(cell)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>\n");
    out
}

/// The page. `command`: how the run was started; `svg`: the timeline (or an explanation of
/// why there is none).
pub fn page(stats: &Json, command: &str, status: i32, svg: Result<String, String>) -> String {
    let gil = &stats["gil"];
    let policy = gil["policy"].as_str().unwrap_or("?");
    let held = match gil["held_fraction"].as_f64() {
        Some(h) => format!("{:.1}%", h * 100.0),
        None => "n/a (no GIL)".to_string(),
    };
    let h = &gil["handoff_latency_us"];
    let settings = vec![
        vec!["command".to_string(), command.to_string()],
        vec!["exit status".to_string(), status.to_string()],
        vec!["GIL policy".to_string(), policy.to_string()],
        vec![
            "switch interval".to_string(),
            human_secs(f(gil, "switch_interval_s")),
        ],
        vec![
            "check interval (old GIL)".to_string(),
            format!("{} bytecodes", u(gil, "check_interval")),
        ],
        vec!["wall time".to_string(), human_secs(f(stats, "wall_s"))],
        vec!["switches".to_string(), u(gil, "switches").to_string()],
        vec!["GIL held".to_string(), held],
        vec![
            "someone waiting for the GIL".to_string(),
            format!("{:.1}%", f(gil, "contended_fraction") * 100.0),
        ],
        vec![
            "hand-off latency p50 / p99 / max".to_string(),
            format!(
                "{} / {} / {} ({} hand-offs)",
                human_secs(f(h, "p50") / 1e6),
                human_secs(f(h, "p99") / 1e6),
                human_secs(f(h, "max") / 1e6),
                u(h, "count")
            ),
        ],
    ];
    let threads = super::stats::thread_rows(stats);
    let locks: Vec<Vec<String>> = stats["locks"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| {
            let acq = u(l, "acquisitions");
            let avg_hold = if acq == 0 {
                "0".to_string()
            } else {
                human_secs(f(l, "hold_s") / acq as f64)
            };
            vec![
                l["site"].as_str().unwrap_or("?").to_string(),
                l["kind"].as_str().unwrap_or("?").to_string(),
                acq.to_string(),
                u(l, "contended").to_string(),
                u(l, "owner_changes").to_string(),
                human_secs(f(l, "wait_s")),
                human_secs(f(l, "max_wait_s")),
                human_secs(f(l, "hold_s")),
                avg_hold,
                human_secs(f(l, "max_hold_s")),
            ]
        })
        .collect();
    let timeline = match svg {
        Ok(svg) => svg,
        Err(why) => format!("<p>No timeline: {}</p>", escape(&why)),
    };
    let mut out = String::new();
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>gilsim report: {}</title><style>{STYLE}</style></head><body>\n",
        escape(command)
    ));
    out.push_str(&format!(
        "<h1>gilsim report</h1>\n<p><code>{}</code></p>\n",
        escape(command)
    ));
    out.push_str("<h2>Run</h2>\n");
    out.push_str(&table(&["setting", "value"], &settings));
    out.push_str("<h2>Timeline</h2>\n<div class=\"timeline\">");
    out.push_str(&timeline);
    out.push_str("</div>\n<h2>Threads</h2>\n");
    out.push_str(&table(
        &[
            "thread",
            "bytecodes",
            "GIL acquired",
            "held",
            "waited",
            "max wait",
            "forced releases",
            "voluntary releases",
            "drop requests sent",
        ],
        &threads,
    ));
    out.push_str("<h2>Locks, by total wait</h2>\n");
    if locks.is_empty() {
        out.push_str("<p>The program created no locks.</p>\n");
    } else {
        out.push_str(&table(
            &[
                "site",
                "kind",
                "acquired",
                "contended",
                "owner changes",
                "wait total",
                "wait max",
                "hold total",
                "hold avg",
                "hold max",
            ],
            &locks,
        ));
    }
    out.push_str(
        "<p class=\"foot\">Times are wall-clock. Schema of the numbers: docs/stats-json.md in \
         the gilsim repository.</p>\n</body></html>\n",
    );
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
table{border-collapse:collapse;margin:.5em 0 1.5em}\
th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}\
td.n{text-align:right;font-variant-numeric:tabular-nums}\
th{background:#f3f3f3}.timeline svg{max-width:100%;height:auto}\
.foot{color:#777;font-size:.9em}";
