//! Drawing the timeline with plotters' SVG backend: rows of pixel-wide buckets, a time
//! axis, thread names on the left and a legend on top.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{State, Trace, Track};

const ROW_PX: u32 = 34;
const HEAD_PX: u32 = 76;
const AXIS_PX: u32 = 50;

fn color(state: State) -> RGBColor {
    match state {
        State::Running => RGBColor(46, 160, 67),
        State::WaitingGil => RGBColor(214, 39, 40),
        State::Blocked => RGBColor(255, 140, 0),
        State::Sleeping => RGBColor(31, 119, 180),
        State::Io => RGBColor(148, 103, 189),
        State::Exited => RGBColor(190, 190, 190),
    }
}

const DROP_COLOR: RGBColor = RGBColor(0, 0, 0);
const FORCED_COLOR: RGBColor = RGBColor(120, 0, 0);

/// The time unit that keeps axis labels short: (divisor from microseconds, name).
fn unit(span_us: f64) -> (f64, &'static str) {
    if span_us >= 2e6 {
        (1e6, "s")
    } else if span_us >= 2e3 {
        (1e3, "ms")
    } else {
        (1.0, "us")
    }
}

/// One row's buckets: for each pixel column, the state that filled most of it (None
/// where the thread did not exist yet), merged into runs (first bucket, end bucket, state).
fn dominant_runs(track: &Track, t0: f64, dt: f64, buckets: usize) -> Vec<(usize, usize, State)> {
    let mut fill = vec![[0.0f64; State::ALL.len()]; buckets];
    for &(s, e, state) in &track.slices {
        let k = State::ALL.iter().position(|x| *x == state).unwrap_or(0);
        let first = (((s - t0) / dt).floor().max(0.0) as usize).min(buckets - 1);
        let last = (((e - t0) / dt).floor().max(0.0) as usize).min(buckets - 1);
        for (b, cell) in fill.iter_mut().enumerate().take(last + 1).skip(first) {
            let lo = t0 + b as f64 * dt;
            let overlap = e.min(lo + dt) - s.max(lo);
            // A zero-length slice still marks its bucket, below any real duration.
            cell[k] += overlap.max(1e-9);
        }
    }
    let mut runs: Vec<(usize, usize, State)> = Vec::new();
    for (b, cell) in fill.iter().enumerate() {
        let best = cell
            .iter()
            .enumerate()
            .filter(|(_, v)| **v > 0.0)
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(k, _)| State::ALL[k]);
        let Some(state) = best else { continue };
        match runs.last_mut() {
            Some((_, end, s)) if *end == b && *s == state => *end = b + 1,
            _ => runs.push((b, b + 1, state)),
        }
    }
    runs
}

/// The buckets holding at least one of these instants: one tick per pixel at most.
fn tick_buckets(times: &[f64], t0: f64, dt: f64, buckets: usize) -> Vec<usize> {
    let mut out: Vec<usize> = times
        .iter()
        .map(|t| (((t - t0) / dt).floor().max(0.0) as usize).min(buckets - 1))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

pub fn timeline(trace: &Trace, output: &str, width: u32, source: &str) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| format!("can't draw '{output}': {e}");
    let rows = trace.tracks.len();
    let height = HEAD_PX + AXIS_PX + 20 + ROW_PX * rows as u32;
    let longest = trace
        .tracks
        .iter()
        .map(|t| t.name.chars().count())
        .max()
        .unwrap_or(8);
    let label_px = (longest as u32 * 8 + 24).clamp(90, 300);
    let (div, unit_name) = unit(trace.end_us - trace.start_us);
    let (x0, x1) = (trace.start_us / div, trace.end_us / div);

    let root = SVGBackend::new(output, (width, height)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let (head, body) = root.split_vertically(HEAD_PX);
    legend(&head, trace, source).map_err(|e| err(&e))?;

    let n = rows as f64;
    let mut chart = ChartBuilder::on(&body)
        .margin_right(25)
        .margin_bottom(10)
        .x_label_area_size(AXIS_PX)
        .y_label_area_size(label_px)
        .build_cartesian_2d(x0..x1.max(x0 + 1e-9), 0.0..n)
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE.mix(0.0))
        .y_labels(0)
        .x_desc(format!("time ({unit_name})"))
        .draw()
        .map_err(|e| err(&e))?;

    let buckets = (chart.plotting_area().dim_in_pixel().0 as usize).max(1);
    let dt = (trace.end_us - trace.start_us).max(1e-9) / buckets as f64;
    let x_of = |b: usize| (trace.start_us + b as f64 * dt) / div;
    let label_style =
        TextStyle::from(("sans-serif", 14).into_font()).pos(Pos::new(HPos::Right, VPos::Center));
    for (i, track) in trace.tracks.iter().enumerate() {
        // Row i from the top: its bar spans [top - 0.85, top - 0.15] in chart units.
        let top = n - i as f64;
        let rects = dominant_runs(track, trace.start_us, dt, buckets)
            .into_iter()
            .map(|(a, b, s)| {
                Rectangle::new(
                    [(x_of(a), top - 0.15), (x_of(b), top - 0.85)],
                    color(s).filled(),
                )
            });
        chart.draw_series(rects).map_err(|e| err(&e))?;
        let ticks = |times: &[f64], y0: f64, y1: f64, c: RGBColor| {
            tick_buckets(times, trace.start_us, dt, buckets)
                .into_iter()
                .map(move |b| {
                    let x = x_of(b) + dt / div / 2.0;
                    PathElement::new(vec![(x, y0), (x, y1)], c.stroke_width(1))
                })
        };
        chart
            .draw_series(ticks(
                &track.drop_requests,
                top - 0.02,
                top - 0.15,
                DROP_COLOR,
            ))
            .map_err(|e| err(&e))?;
        chart
            .draw_series(ticks(
                &track.forced_releases,
                top - 0.85,
                top - 0.98,
                FORCED_COLOR,
            ))
            .map_err(|e| err(&e))?;
        let (px, py) = chart.backend_coord(&(x0, top - 0.5));
        root.draw(&Text::new(
            track.name.clone(),
            (px - 8, py),
            label_style.clone(),
        ))
        .map_err(|e| err(&e))?;
    }
    root.present().map_err(|e| err(&e))
}

/// Title and legend: every state's colour, and the two kinds of tick.
fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    trace: &Trace,
    source: &str,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let truncated = if trace.truncated {
        " (truncated trace)"
    } else {
        ""
    };
    let title = format!(
        "{source}: {} thread{}{truncated}; each pixel column shows the state that filled most of it",
        trace.tracks.len(),
        if trace.tracks.len() == 1 { "" } else { "s" }
    );
    area.draw(&Text::new(title, (15, 10), ("sans-serif", 16).into_font()))?;
    let style =
        TextStyle::from(("sans-serif", 13).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    let (mut x, y) = (15, 50);
    for state in State::ALL {
        area.draw(&Rectangle::new(
            [(x, y - 7), (x + 18, y + 7)],
            color(state).filled(),
        ))?;
        area.draw(&Text::new(state.label(), (x + 24, y), style.clone()))?;
        x += 36 + state.label().len() as i32 * 6;
    }
    for (label, c, down) in [
        ("drop request", DROP_COLOR, false),
        ("forced release", FORCED_COLOR, true),
    ] {
        let (a, b) = if down { (y, y + 9) } else { (y - 9, y) };
        area.draw(&PathElement::new(
            vec![(x + 8, a), (x + 8, b)],
            c.stroke_width(1),
        ))?;
        area.draw(&Text::new(label, (x + 18, y), style.clone()))?;
        x += 30 + label.len() as i32 * 6;
    }
    Ok(())
}
