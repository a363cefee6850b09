//! The SVG figures of `gilsim scale`, drawn with plotters' SVG backend: speedup against
//! threads (with the ideal line), and a figure against the switch interval for a sweep.

use std::path::Path;

use plotters::prelude::*;

use super::report::Row;

const SIZE: (u32, u32) = (900, 560);

fn err(path: &Path, e: impl std::fmt::Display) -> String {
    format!("can't draw '{}': {e}", path.display())
}

/// Rows grouped into lines, in first-seen order: (label, points).
fn lines(
    rows: &[Row],
    key: impl Fn(&Row) -> String,
    point: impl Fn(&Row) -> Option<(f64, f64)>,
) -> Vec<(String, Vec<(f64, f64)>)> {
    let mut out: Vec<(String, Vec<(f64, f64)>)> = Vec::new();
    for r in rows {
        let Some(p) = point(r) else { continue };
        let k = key(r);
        match out.iter_mut().find(|(label, _)| *label == k) {
            Some((_, points)) => points.push(p),
            None => out.push((k, vec![p])),
        }
    }
    out
}

/// A colour per policy, the same in every figure (new red, old orange, none green,
/// cpython blue); a policy's further lines (other intervals or thread counts) get
/// lighter shades of it.
#[derive(Default)]
struct PolicyColors {
    used: Vec<String>,
}

impl PolicyColors {
    fn next(&mut self, label: &str) -> RGBAColor {
        let policy = label.split([' ', ',']).next().unwrap_or("").to_string();
        let nth = self.used.iter().filter(|p| **p == policy).count();
        self.used.push(policy.clone());
        let (r, g, b) = match policy.as_str() {
            "new" => (214, 39, 40),
            "old" => (255, 127, 14),
            "none" => (44, 160, 44),
            "cpython" => (31, 119, 180),
            _ => (100, 100, 100),
        };
        let t = (nth as f64 * 0.22).min(0.75);
        let shade = |c: u8| (c as f64 + (235.0 - c as f64) * t) as u8;
        RGBColor(shade(r), shade(g), shade(b)).to_rgba()
    }
}

fn finite_max(values: impl Iterator<Item = f64>) -> f64 {
    values.filter(|v| v.is_finite()).fold(0.0, f64::max)
}

/// Speedup against threads, one line per policy (and interval when several), and the
/// ideal speedup y = threads / smallest thread count.
pub fn speedup(
    path: &Path,
    rows: &[Row],
    label_interval: bool,
    program: &str,
) -> Result<(), String> {
    let series = lines(
        rows,
        |r| {
            if label_interval {
                format!("{} {}", r.policy, r.interval_text())
            } else {
                r.policy.to_string()
            }
        },
        |r| {
            r.speedup
                .is_finite()
                .then_some((r.threads as f64, r.speedup))
        },
    );
    let mut threads: Vec<usize> = rows.iter().map(|r| r.threads).collect();
    threads.sort_unstable();
    threads.dedup();
    let base = threads.first().copied().unwrap_or(1) as f64;
    let max_t = threads.last().copied().unwrap_or(1) as f64;
    let ideal: Vec<(f64, f64)> = threads
        .iter()
        .map(|&t| (t as f64, t as f64 / base))
        .collect();
    let y_max = finite_max(rows.iter().map(|r| r.speedup)).max(max_t / base) * 1.1;

    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(path, e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!(
                "{program}: speedup over {base} thread{}",
                if base == 1.0 { "" } else { "s" }
            ),
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(55)
        .build_cartesian_2d(0.0..max_t + 0.5, 0.0..y_max.max(1.0))
        .map_err(|e| err(path, e))?;
    chart
        .configure_mesh()
        .x_desc("threads")
        .y_desc("speedup")
        // Thread counts are whole: label only whole ticks.
        .x_labels((max_t as usize + 1).min(17))
        .x_label_formatter(&|x| {
            if x.fract() == 0.0 {
                format!("{x}")
            } else {
                String::new()
            }
        })
        .draw()
        .map_err(|e| err(path, e))?;
    let grey = RGBColor(150, 150, 150);
    chart
        .draw_series(LineSeries::new(ideal, grey.stroke_width(1)))
        .map_err(|e| err(path, e))?
        .label("ideal")
        .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], grey));
    draw_lines(&mut chart, series, path)?;
    root.present().map_err(|e| err(path, e))
}

/// The program's figure (--metric, or wall time) against the switch interval, on a log
/// axis, one line per policy and thread count. A CPython row at its default interval
/// is drawn flat across the range, as a reference.
pub fn interval_sweep(
    path: &Path,
    rows: &[Row],
    has_metric: bool,
    program: &str,
) -> Result<(), String> {
    let value = |r: &Row| if has_metric { r.metric } else { Some(r.wall_s) };
    let intervals: Vec<f64> = rows
        .iter()
        .filter_map(|r| Some(r.interval_us? as f64 / 1e3))
        .collect();
    let mut ticks = intervals.clone();
    ticks.sort_by(f64::total_cmp);
    ticks.dedup();
    let lo = intervals.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = intervals.iter().copied().fold(0.0, f64::max);
    let (lo, hi) = if lo.is_finite() && hi > 0.0 {
        (lo / 1.5, hi * 1.5)
    } else {
        (0.1, 100.0)
    };
    let series = lines(
        rows,
        |r| {
            let t = if r.threads == 1 { "thread" } else { "threads" };
            match r.interval_us {
                Some(_) => format!("{}, {} {t}", r.policy, r.threads),
                None => format!("{} (default interval), {} {t}", r.policy, r.threads),
            }
        },
        |r| {
            Some((
                r.interval_us.map(|us| us as f64 / 1e3).unwrap_or(f64::NAN),
                value(r)?,
            ))
        },
    );
    let y_max = finite_max(rows.iter().filter_map(value)) * 1.15;
    let y_desc = if has_metric {
        "metric (from the program's output)"
    } else {
        "wall time (s)"
    };

    let root = SVGBackend::new(path, SIZE).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(path, e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!("{program}: against the switch interval"),
            ("sans-serif", 20),
        )
        .margin(15)
        .x_label_area_size(45)
        .y_label_area_size(65)
        // Ticks at the intervals measured: a log axis's own ticks crowd near 10.
        .build_cartesian_2d(
            (lo..hi).log_scale().with_key_points(ticks),
            0.0..y_max.max(1e-3),
        )
        .map_err(|e| err(path, e))?;
    chart
        .configure_mesh()
        .x_desc("switch interval (ms, log scale)")
        .y_desc(y_desc)
        .x_label_formatter(&|x| format!("{x}"))
        .draw()
        .map_err(|e| err(path, e))?;
    // The default-interval row has no x: draw it as a flat reference line.
    let series: Vec<(String, Vec<(f64, f64)>)> = series
        .into_iter()
        .map(|(label, points)| {
            let points = match points.as_slice() {
                [(x, y)] if x.is_nan() => vec![(lo, *y), (hi, *y)],
                _ => points.into_iter().filter(|(x, _)| x.is_finite()).collect(),
            };
            (label, points)
        })
        .collect();
    draw_lines(&mut chart, series, path)?;
    root.present().map_err(|e| err(path, e))
}

/// One coloured line with dots per series, and the legend (shared by both figures).
fn draw_lines<'a, X, Y>(
    chart: &mut ChartContext<'a, SVGBackend<'a>, Cartesian2d<X, Y>>,
    series: Vec<(String, Vec<(f64, f64)>)>,
    path: &Path,
) -> Result<(), String>
where
    X: Ranged<ValueType = f64>,
    Y: Ranged<ValueType = f64>,
{
    let mut colors = PolicyColors::default();
    for (label, points) in series {
        let color = colors.next(&label);
        chart
            .draw_series(LineSeries::new(points.clone(), color.stroke_width(2)))
            .map_err(|e| err(path, e))?
            .label(label)
            .legend(move |(x, y)| {
                PathElement::new(vec![(x, y), (x + 20, y)], color.stroke_width(2))
            });
        chart
            .draw_series(
                points
                    .into_iter()
                    .map(|p| Circle::new(p, 3, color.filled())),
            )
            .map_err(|e| err(path, e))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| err(path, e))
}
