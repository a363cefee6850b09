//! Reading a `--trace` file into tracks. Events are deserialized into a small borrowed
//! struct rather than `serde_json::Value`: a long old-GIL run writes millions of events
//! (150 MB), and a `Value` tree of that costs gigabytes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Deserialize;

use super::{State, Trace, Track};

#[derive(Deserialize)]
struct Event<'a> {
    #[serde(borrow, default)]
    ph: Cow<'a, str>,
    #[serde(borrow, default)]
    name: Cow<'a, str>,
    tid: Option<u64>,
    ts: Option<f64>,
    dur: Option<f64>,
    #[serde(borrow)]
    args: Option<EventArgs<'a>>,
}

/// Only what the metadata events carry; other events' args are skipped.
#[derive(Deserialize)]
struct EventArgs<'a> {
    #[serde(borrow)]
    name: Option<Cow<'a, str>>,
    sort_index: Option<i64>,
}

#[derive(Deserialize)]
#[allow(non_snake_case)]
struct Doc<'a> {
    #[serde(borrow)]
    traceEvents: Vec<Event<'a>>,
    otherData: Option<OtherData>,
}

#[derive(Deserialize)]
struct OtherData {
    truncated: Option<bool>,
}

pub fn load(path: &str) -> Result<Trace, String> {
    let text =
        std::fs::read_to_string(path).map_err(|e| format!("can't read trace '{path}': {e}"))?;
    // Chrome's format allows a bare array of events as well as {"traceEvents": [...]}.
    let (events, truncated) = match serde_json::from_str::<Doc>(&text) {
        Ok(doc) => {
            let truncated = doc.otherData.and_then(|o| o.truncated).unwrap_or(false);
            (doc.traceEvents, truncated)
        }
        Err(e) => match serde_json::from_str::<Vec<Event>>(&text) {
            Ok(events) => (events, false),
            Err(_) => {
                return Err(format!(
                    "'{path}' is not a trace-event JSON file (from `gilsim run --trace`): {e}"
                ));
            }
        },
    };
    build(events, truncated).map_err(|e| format!("'{path}': {e}"))
}

fn build(events: Vec<Event>, truncated: bool) -> Result<Trace, String> {
    let mut tracks: BTreeMap<u64, Track> = BTreeMap::new();
    let (mut start, mut end) = (f64::INFINITY, f64::NEG_INFINITY);
    for e in events {
        let Some(tid) = e.tid else { continue };
        match (e.ph.as_ref(), e.name.as_ref()) {
            ("X", name) => {
                let (Some(state), Some(ts)) = (State::parse(name), e.ts) else {
                    continue;
                };
                let dur = e.dur.unwrap_or(0.0).max(0.0);
                start = start.min(ts);
                end = end.max(ts + dur);
                tracks
                    .entry(tid)
                    .or_default()
                    .slices
                    .push((ts, ts + dur, state));
            }
            ("i" | "I", "drop request") => {
                if let Some(ts) = e.ts {
                    tracks.entry(tid).or_default().drop_requests.push(ts);
                }
            }
            ("i" | "I", "forced release") => {
                if let Some(ts) = e.ts {
                    tracks.entry(tid).or_default().forced_releases.push(ts);
                }
            }
            ("M", "thread_name") => {
                if let Some(name) = e.args.and_then(|a| a.name) {
                    tracks.entry(tid).or_default().name = name.into_owned();
                }
            }
            ("M", "thread_sort_index") => {
                tracks.entry(tid).or_default().sort_index = e.args.and_then(|a| a.sort_index);
            }
            _ => {}
        }
    }
    if !start.is_finite() {
        return Err(
            "no thread-state slices (\"ph\":\"X\" named running, waiting_gil, ...): \
                    is this a `gilsim run --trace` file?"
                .into(),
        );
    }
    let mut list: Vec<(u64, Track)> = tracks
        .into_iter()
        .filter(|(_, t)| !t.slices.is_empty())
        .collect();
    list.sort_by_key(|(tid, t)| (t.sort_index.unwrap_or(*tid as i64), *tid));
    let tracks = list
        .into_iter()
        .map(|(tid, mut t)| {
            if t.name.is_empty() {
                t.name = format!("thread {tid}");
            }
            // The trace closes a thread's `exited` slice soon after it opens; the
            // thread stays gone, so draw it grey to the end of the run.
            for slice in t.slices.iter_mut().filter(|s| s.2 == State::Exited) {
                slice.1 = slice.1.max(end);
            }
            t
        })
        .collect();
    Ok(Trace {
        tracks,
        start_us: start.min(0.0),
        end_us: end,
        truncated,
    })
}
