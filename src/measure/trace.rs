//! `--trace PATH`: a Chrome trace-event JSON timeline (opens in Perfetto and
//! chrome://tracing) of what every Python thread did.
//!
//! Each thread is a track (tid = its serial, 1 for the main thread) holding one strip of
//! non-overlapping complete slices (`"ph":"X"`), one per state: `running` (holds the GIL),
//! `waiting_gil`, `blocked` (lock, queue, join, event; the call site in args), `sleeping`,
//! `io` and `exited`. Drop requests and forced releases are instant events, a counter
//! tracks the threads waiting for the GIL, and a flow arrow joins each release to the next
//! acquisition by another thread.
//!
//! Events stream to the file as they happen. A release that the same thread immediately
//! takes back, with nobody else running in between (the old GIL's check interval, a
//! drop request that found no taker), does not split the `running` slice: that keeps a
//! long run's trace small. After `MAX_EVENTS` events the trace stops recording and says
//! so in `otherData`.

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufWriter, Write};

use parking_lot::Mutex;
use serde_json::json;

use crate::runtime::BlockingOp;
use crate::runtime::gil::{GilEvent, GilObserver};
use crate::runtime::thread_state::ThreadState;

/// Enough for tens of seconds of a busy multi-threaded run (~150 bytes an event).
pub const MAX_EVENTS: u64 = 2_000_000;

const PID: u64 = 1;

#[derive(Default)]
struct Track {
    name: String,
    /// The open slice: state name, start (ns), args.
    open: Option<(&'static str, u64, serde_json::Value)>,
    /// Released the GIL at this time; the running slice may yet continue.
    released_at: Option<u64>,
    /// Started waiting for the GIL at this time, after `released_at`.
    wait_started: Option<u64>,
    /// The release at `released_at` was forced: the thread wants the GIL back.
    released_forced: bool,
}

struct State {
    out: BufWriter<File>,
    events: u64,
    truncated: bool,
    tracks: HashMap<u64, Track>,
    waiting: i64,
    next_flow: u64,
    /// The last release of the GIL: (thread serial, time) for the hand-off arrow.
    last_release: Option<(u64, u64)>,
    end_ns: u64,
}

pub struct TraceWriter {
    state: Mutex<State>,
}

fn us(ns: u64) -> f64 {
    ns as f64 / 1e3
}

impl TraceWriter {
    pub fn create(path: &str) -> std::io::Result<TraceWriter> {
        let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
        out.write_all(b"{\"traceEvents\":[\n")?;
        let process = json!({"ph": "M", "name": "process_name", "pid": PID, "tid": 0,
            "args": {"name": "gilsim"}});
        out.write_all(process.to_string().as_bytes())?;
        Ok(TraceWriter {
            state: Mutex::new(State {
                out,
                events: 1,
                truncated: false,
                tracks: HashMap::new(),
                waiting: 0,
                next_flow: 1,
                last_release: None,
                end_ns: 0,
            }),
        })
    }

    /// Close every open slice at `end_ns`, name the threads and finish the JSON.
    pub fn finish(
        &self,
        end_ns: u64,
        threads: &[std::sync::Arc<ThreadState>],
    ) -> std::io::Result<()> {
        let mut st = self.state.lock();
        let end_ns = end_ns.max(st.end_ns);
        let serials: Vec<u64> = st.tracks.keys().copied().collect();
        for serial in serials {
            st.settle(serial, end_ns);
            st.close(serial, end_ns);
        }
        for t in threads {
            let meta = json!({"ph": "M", "name": "thread_name", "pid": PID, "tid": t.serial,
                "args": {"name": t.name()}});
            st.write_raw(&meta);
            let order = json!({"ph": "M", "name": "thread_sort_index", "pid": PID,
                "tid": t.serial, "args": {"sort_index": t.serial}});
            st.write_raw(&order);
        }
        let other = json!({"truncated": st.truncated, "events": st.events,
            "max_events": MAX_EVENTS});
        let tail = format!("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{other}}}\n");
        st.out.write_all(tail.as_bytes())?;
        st.out.flush()
    }
}

impl State {
    fn write_raw(&mut self, event: &serde_json::Value) {
        let _ = self.out.write_all(b",\n");
        let _ = self.out.write_all(event.to_string().as_bytes());
        self.events += 1;
    }

    fn emit(&mut self, event: serde_json::Value) {
        if self.events >= MAX_EVENTS {
            self.truncated = true;
            return;
        }
        self.write_raw(&event);
    }

    fn track(&mut self, serial: u64) -> &mut Track {
        self.tracks.entry(serial).or_default()
    }

    /// End the open slice of `serial` at `at`.
    fn close(&mut self, serial: u64, at: u64) {
        let Some((name, start, args)) = self.track(serial).open.take() else {
            return;
        };
        let mut e = json!({"ph": "X", "name": name, "cat": "state", "pid": PID,
            "tid": serial, "ts": us(start), "dur": us(at.saturating_sub(start))});
        if !args.is_null() {
            e["args"] = args;
        }
        self.emit(e);
    }

    fn open(&mut self, serial: u64, name: &'static str, at: u64, args: serde_json::Value) {
        self.close(serial, at);
        self.track(serial).open = Some((name, at, args));
    }

    fn counter(&mut self, at: u64, delta: i64) {
        self.waiting = (self.waiting + delta).max(0);
        let waiting = self.waiting;
        self.emit(
            json!({"ph": "C", "name": "threads waiting for the GIL", "pid": PID,
            "ts": us(at), "args": {"waiting": waiting}}),
        );
    }

    fn instant(&mut self, serial: u64, name: &str, at: u64) {
        self.emit(
            json!({"ph": "i", "s": "t", "name": name, "cat": "gil", "pid": PID,
            "tid": serial, "ts": us(at)}),
        );
    }

    /// A release is final (another thread ran, or the thread is doing something else):
    /// end the running slice at the release and account for the wait that followed.
    fn settle(&mut self, serial: u64, _now: u64) {
        let t = self.track(serial);
        let Some(released) = t.released_at.take() else {
            return;
        };
        let wait_started = t.wait_started.take();
        let forced = std::mem::take(&mut t.released_forced);
        self.close(serial, released);
        // From the release on, the thread wants the GIL back (a forced release first
        // waits for the hand-off, then asks): it is all waiting, even if it has not
        // asked yet (it is still in the new GIL's forced-switch wait).
        if wait_started.is_some() || forced {
            self.open(serial, "waiting_gil", released, serde_json::Value::Null);
            self.counter(released, 1);
        }
    }

    fn on_event(&mut self, thread: &ThreadState, at: u64, event: GilEvent) {
        let serial = thread.serial;
        self.end_ns = self.end_ns.max(at);
        match event {
            GilEvent::ThreadStart => {
                let name = thread.name();
                self.track(serial).name = name;
            }
            GilEvent::WaitStart => {
                if self.track(serial).released_at.is_some() {
                    // Released and asking again at once: maybe nobody else will run.
                    self.track(serial).wait_started = Some(at);
                } else if matches!(self.track(serial).open, Some(("waiting_gil", ..))) {
                    // Already shown waiting since its forced release (see `settle`).
                } else {
                    self.open(serial, "waiting_gil", at, serde_json::Value::Null);
                    self.counter(at, 1);
                }
            }
            GilEvent::Acquired { switched, .. } => {
                let t = self.track(serial);
                if !switched && t.released_at.is_some() {
                    // Nobody else took the GIL: the running slice goes on.
                    t.released_at = None;
                    t.wait_started = None;
                    t.released_forced = false;
                    return;
                }
                self.settle(serial, at);
                if matches!(self.track(serial).open, Some(("waiting_gil", ..))) {
                    self.counter(at, -1);
                }
                if switched && let Some((from, released)) = self.last_release.take() {
                    if from != serial {
                        self.settle(from, at);
                        let id = self.next_flow;
                        self.next_flow += 1;
                        let start = released.saturating_sub(1).max(1);
                        self.emit(json!({"ph": "s", "id": id, "name": "GIL hand-off",
                            "cat": "gil", "pid": PID, "tid": from, "ts": us(start)}));
                        self.emit(json!({"ph": "f", "bp": "e", "id": id,
                            "name": "GIL hand-off", "cat": "gil", "pid": PID,
                            "tid": serial, "ts": us(at)}));
                    }
                }
                self.open(serial, "running", at, serde_json::Value::Null);
            }
            GilEvent::Released { forced } => {
                if forced {
                    self.instant(serial, "forced release", at);
                }
                self.last_release = Some((serial, at));
                let t = self.track(serial);
                // The release after a thread's exit ends nothing: its `exited` slice runs on
                // to the end of the trace.
                if !matches!(t.open, Some(("exited", ..))) {
                    t.released_at = Some(at);
                    t.released_forced = forced;
                }
            }
            GilEvent::DropRequest => self.instant(serial, "drop request", at),
            GilEvent::BlockStart(op) => {
                // The thread released the GIL to block: it is blocked from the release on
                // (a voluntary release may first wait for a pending hand-off).
                let t = self.track(serial);
                t.wait_started = None;
                let start = match t.released_at.take() {
                    Some(released) => released.min(at),
                    None => at,
                };
                self.close(serial, start);
                let at = start;
                let state = match op {
                    BlockingOp::Sleep => "sleeping",
                    BlockingOp::Input | BlockingOp::Io => "io",
                    _ => "blocked",
                };
                let mut args = json!({"op": op.name()});
                if let Some(site) = thread.blocked_on.lock().take() {
                    args["site"] = json!(site);
                }
                self.open(serial, state, at, args);
            }
            GilEvent::BlockEnd => self.close(serial, at),
            GilEvent::ThreadExit => {
                self.settle(serial, at);
                self.open(serial, "exited", at, serde_json::Value::Null);
            }
        }
    }
}

impl GilObserver for TraceWriter {
    fn event(&self, thread: &ThreadState, at_ns: u64, event: GilEvent) {
        self.state.lock().on_event(thread, at_ns, event);
    }
}
