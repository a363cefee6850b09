//! `gilsim timeline TRACE.json -o timeline.svg`: a Beazley-style picture of a `--trace`
//! file (format: src/measure/trace.rs). One row per thread, time left to right, each
//! state in its colour, drop requests and forced releases as ticks.
//!
//! A busy run has far more slices than pixels, so each row is cut into pixel-wide
//! buckets and every bucket is drawn in the state that filled most of it (runs of equal
//! buckets merged into one rectangle): the SVG stays a few hundred kB however long the run.

mod draw;
mod parse;

use clap::Args;

#[derive(Args, Debug, Clone)]
pub struct TimelineArgs {
    /// A trace written by `gilsim run --trace TRACE.json`.
    pub trace: String,
    /// The SVG file to write.
    #[arg(short, long, value_name = "SVG", default_value = "timeline.svg")]
    pub output: String,
    /// Width of the picture in pixels (the time axis gets most of it).
    #[arg(long, value_name = "PX", default_value_t = 1400,
          value_parser = clap::value_parser!(u32).range(400..=20000))]
    pub width: u32,
}

/// The thread states of the trace, in legend order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Running,
    WaitingGil,
    Blocked,
    Sleeping,
    Io,
    Exited,
}

impl State {
    pub const ALL: [State; 6] = [
        State::Running,
        State::WaitingGil,
        State::Blocked,
        State::Sleeping,
        State::Io,
        State::Exited,
    ];

    fn parse(name: &str) -> Option<State> {
        Some(match name {
            "running" => State::Running,
            "waiting_gil" => State::WaitingGil,
            "blocked" => State::Blocked,
            "sleeping" => State::Sleeping,
            "io" => State::Io,
            "exited" => State::Exited,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            State::Running => "running",
            State::WaitingGil => "waiting for the GIL",
            State::Blocked => "blocked",
            State::Sleeping => "sleeping",
            State::Io => "I/O",
            State::Exited => "exited",
        }
    }
}

/// One thread's track, times in microseconds as in the trace.
#[derive(Debug, Default)]
pub struct Track {
    pub name: String,
    pub sort_index: Option<i64>,
    pub slices: Vec<(f64, f64, State)>,
    pub drop_requests: Vec<f64>,
    pub forced_releases: Vec<f64>,
}

#[derive(Debug)]
pub struct Trace {
    pub tracks: Vec<Track>,
    pub start_us: f64,
    pub end_us: f64,
    pub truncated: bool,
}

pub fn main(args: TimelineArgs) -> i32 {
    let result = parse::load(&args.trace).and_then(|trace| {
        if trace.truncated {
            eprintln!("gilsim timeline: note: the trace was truncated (it hit its event limit); the picture ends early");
        }
        draw::timeline(&trace, &args.output, args.width, &args.trace)
    });
    match result {
        Ok(()) => {
            eprintln!("wrote {}", args.output);
            0
        }
        Err(message) => {
            eprintln!("gilsim timeline: {message}");
            1
        }
    }
}

/// Draw the timeline of the trace at `trace_path` into `svg_path` (used by `run --html`).
pub fn render(trace_path: &str, svg_path: &str, width: u32, source: &str) -> Result<(), String> {
    let trace = parse::load(trace_path)?;
    draw::timeline(&trace, svg_path, width, source)
}
