//! The command line of `gilsim scale`, and how the program's arguments are built.

use clap::Args;
use regex::Regex;

use crate::runtime::gil::{GilKind, parse_interval_us};

/// The placeholders that may appear in the program's extra arguments.
pub const THREADS_PLACEHOLDER: &str = "{threads}";
pub const INTERVAL_PLACEHOLDER: &str = "{interval_s}";

#[derive(Args, Debug, Clone)]
#[command(
    after_help = "The program gets the thread count as sys.argv[1], then the arguments after `--`.\n\
If an argument after `--` contains {threads}, the thread count goes there instead\n\
(--no-threads-arg: nowhere). {interval_s} becomes the switch interval in seconds, so\n\
a program that calls sys.setswitchinterval can sweep CPython's interval too.\n\n\
Examples:\n  \
gilsim scale programs/countdown.py --threads 1,2,4 --gil new,old,none -- 8000000 threads\n  \
gilsim scale programs/convoy.py --threads 1 --gil new --switch-interval 0.5ms,1ms,5ms,20ms \\\n    \
--no-threads-arg --metric 'beside spinner:\\s+median\\s+([0-9.]+) ms' \\\n    \
-- 200 0.0001 {interval_s}"
)]
pub struct ScaleArgs {
    /// The Python program to run; it gets the thread count as sys.argv[1].
    pub program: String,
    /// Thread counts, comma-separated. Speedup is over the smallest (normally 1).
    #[arg(long, value_name = "LIST", value_delimiter = ',', default_value = "1,2,4",
          value_parser = parse_threads)]
    pub threads: Vec<usize>,
    /// GIL policies, comma-separated: new, old, none.
    #[arg(long, value_name = "LIST", value_delimiter = ',', default_value = "new",
          value_parser = parse_gil)]
    pub gil: Vec<GilKind>,
    /// Switch intervals, comma-separated (5ms, 100us, 0.005). Several values sweep the
    /// interval: the plot then shows --metric (or wall time) against it.
    #[arg(long, value_name = "LIST", value_delimiter = ',', default_value = "5ms",
          value_parser = parse_interval_us)]
    pub switch_interval: Vec<u64>,
    /// The old GIL's check interval, in bytecodes, passed to every run.
    #[arg(long, value_name = "N", default_value_t = 100,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub check_interval: u64,
    /// Runs of each combination; the table shows the median.
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = clap::value_parser!(u64).range(1..1000))]
    pub repeat: u64,
    /// Where scale.json, scale.csv and scale.svg go.
    #[arg(long, value_name = "DIR", default_value = "scale-out")]
    pub out: String,
    /// Also run the program under this Python (rows labelled `cpython`), at its own
    /// default switch interval unless the arguments carry {interval_s}.
    #[arg(long, value_name = "PYTHON")]
    pub python: Option<String>,
    /// A regex over the program's stdout whose first group is a number to report
    /// (e.g. a latency); plotted against the interval in a sweep.
    #[arg(long, value_name = "REGEX", value_parser = parse_metric)]
    pub metric: Option<Regex>,
    /// Don't pass the thread count to the program (for programs such as convoy.py whose
    /// threads are fixed; use --threads 1 then).
    #[arg(long)]
    pub no_threads_arg: bool,
    /// Extra arguments for the program, after `--`.
    #[arg(last = true, value_name = "ARGS")]
    pub extra: Vec<String>,
}

impl ScaleArgs {
    /// Sorted, without duplicates: rows and plot lines go in increasing order.
    pub fn normalize(&mut self) {
        self.threads.sort_unstable();
        self.threads.dedup();
        self.switch_interval.sort_unstable();
        self.switch_interval.dedup();
        let mut seen = Vec::new();
        self.gil.retain(|g| {
            let new = !seen.contains(g);
            seen.push(*g);
            new
        });
    }

    pub fn uses_interval_placeholder(&self) -> bool {
        self.extra.iter().any(|a| a.contains(INTERVAL_PLACEHOLDER))
    }

    /// The program's arguments (sys.argv[1:]) for one run.
    pub fn program_args(&self, threads: usize, interval_us: Option<u64>) -> Vec<String> {
        let threads = threads.to_string();
        // CPython rows without an interval never reach here with the placeholder in use.
        let interval = interval_us.map(interval_secs_text).unwrap_or_default();
        let fill = |a: &String| {
            a.replace(THREADS_PLACEHOLDER, &threads)
                .replace(INTERVAL_PLACEHOLDER, &interval)
        };
        let mut argv = Vec::new();
        if !self.no_threads_arg && !self.extra.iter().any(|a| a.contains(THREADS_PLACEHOLDER)) {
            argv.push(threads.clone());
        }
        argv.extend(self.extra.iter().map(fill));
        argv
    }
}

/// Seconds as the shortest decimal that reads back exactly: 500us -> "0.0005".
pub fn interval_secs_text(us: u64) -> String {
    format!("{}", us as f64 / 1e6)
}

/// A short label: 5ms, 0.5ms, 100us, 2s.
pub fn interval_label(us: u64) -> String {
    if us >= 1_000_000 && us.is_multiple_of(1_000_000) {
        format!("{}s", us / 1_000_000)
    } else if us >= 100 {
        format!("{}ms", us as f64 / 1e3)
    } else {
        format!("{us}us")
    }
}

fn parse_threads(s: &str) -> Result<usize, String> {
    match s.trim().parse::<usize>() {
        Ok(0) => Err("a thread count must be at least 1".into()),
        Ok(n) if n > 4096 => Err(format!("{n} threads is more than 4096")),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "'{s}' is not a thread count (expected a comma-separated list like 1,2,4,8)"
        )),
    }
}

fn parse_gil(s: &str) -> Result<GilKind, String> {
    GilKind::parse(s.trim())
        .ok_or_else(|| format!("unknown GIL policy '{s}' (choose from new, old, none)"))
}

fn parse_metric(s: &str) -> Result<Regex, String> {
    let re = Regex::new(s).map_err(|e| format!("invalid regex: {e}"))?;
    if re.captures_len() < 2 {
        return Err(
            "the regex needs a capture group around the number, e.g. 'median ([0-9.]+) ms'".into(),
        );
    }
    Ok(re)
}
