//! Measurement: the statistics report (`--stats`, `--stats-json`, `gil.stats()`) and the
//! Perfetto timeline (`--trace`). Both read what the runtime records: the per-thread
//! counters kept by the GIL, the per-site lock counters, and the GIL's event hook.

pub mod html;
pub mod stats;
pub mod trace;
