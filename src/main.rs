//! The `gilsim` command line.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod allocator;

#[global_allocator]
static GLOBAL: allocator::MiMalloc = allocator::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gilsim",
    version,
    about = "Run Python programs on a bytecode VM with a swappable GIL, and measure the lock",
    after_help = "Examples:\n  gilsim run programs/hello.py\n  gilsim run programs/fib.py\n  gilsim run prog.py arg1 arg2      (sys.argv == ['prog.py', 'arg1', 'arg2'])\n  gilsim run --gil old programs/countdown.py 2\n  gilsim run --switch-interval 1ms programs/convoy.py\n  gilsim run --stats --trace trace.json programs/countdown.py 2\n  gilsim dis programs/fib.py        (show the bytecode; '<<' marks where the GIL may switch)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program, like `python3 FILE ARGS...`.
    Run {
        /// The GIL policy: `new` (CPython 3.2+), `old` (Python 2) or `none` (free threading).
        #[arg(long, value_name = "POLICY", default_value = "new", value_parser = parse_gil)]
        gil: gilsim::runtime::gil::GilKind,
        /// The new GIL's switch interval: `5ms`, `100us`, `1ms` or seconds (`0.005`).
        #[arg(long, value_name = "TIME", default_value = "5ms", value_parser = parse_interval)]
        switch_interval: u64,
        /// The old GIL's check interval, in bytecodes.
        #[arg(long, value_name = "N", default_value_t = 100, value_parser = clap::value_parser!(u64).range(1..))]
        check_interval: u64,
        /// Print GIL and lock statistics on stderr when the program ends.
        #[arg(long)]
        stats: bool,
        /// Write the statistics as JSON to PATH (schema: docs/stats-json.md).
        #[arg(long, value_name = "PATH")]
        stats_json: Option<String>,
        /// Write a Chrome trace-event timeline to PATH (open it in ui.perfetto.dev).
        #[arg(long, value_name = "PATH")]
        trace: Option<String>,
        /// Write a self-contained HTML report (settings, statistics, timeline) to PATH.
        #[arg(long, value_name = "PATH")]
        html: Option<String>,
        /// The program to run.
        file: String,
        /// Arguments passed to the program as sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the bytecode of every code object in FILE, with line numbers.
    Dis {
        /// The program to disassemble.
        file: String,
    },
    /// Run PROGRAM at several thread counts, GIL policies and switch intervals; print
    /// a table and write scale.json, scale.csv and scale.svg.
    Scale(gilsim::scale::ScaleArgs),
    /// Draw a `run --trace` file as an SVG timeline: a row per thread, states coloured.
    Timeline(gilsim::timeline::TimelineArgs),
}

/// The interpreter runs on a thread with a large stack: Python-to-Python calls do not
/// recurse on it, but native code that calls back into Python (sorted's key, __eq__,
/// __repr__...) does, up to the recursion limit.
const MAIN_STACK_BYTES: usize = 512 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let work = move || -> i32 {
        match cli.command {
            Command::Run {
                gil,
                switch_interval,
                check_interval,
                stats,
                stats_json,
                trace,
                html,
                file,
                args,
            } => {
                let mut argv = vec![file.clone()];
                argv.extend(args);
                gilsim::run::run_file(
                    &file,
                    gilsim::run::RunOptions {
                        argv,
                        gil,
                        switch_interval_us: switch_interval,
                        check_interval,
                        stats,
                        stats_json,
                        trace,
                        html,
                    },
                )
            }
            Command::Dis { file } => dis_file(&file),
            Command::Scale(args) => gilsim::scale::main(args),
            Command::Timeline(args) => gilsim::timeline::main(args),
        }
    };
    let status = std::thread::Builder::new()
        .name("main".into())
        .stack_size(MAIN_STACK_BYTES)
        .spawn(work)
        .map(|h| h.join().unwrap_or(70))
        .unwrap_or(70);
    if status == gilsim::run::EXIT_BY_SIGINT {
        gilsim::run::exit_by_sigint();
    }
    ExitCode::from((status & 0xff) as u8)
}

fn parse_gil(s: &str) -> Result<gilsim::runtime::gil::GilKind, String> {
    gilsim::runtime::gil::GilKind::parse(s)
        .ok_or_else(|| format!("unknown GIL policy '{s}' (choose new, old or none)"))
}

/// A switch interval in microseconds: `5ms`, `100us`, `2s`, or plain seconds (`0.005`).
fn parse_interval(s: &str) -> Result<u64, String> {
    gilsim::runtime::gil::parse_interval_us(s)
}

fn dis_file(file: &str) -> i32 {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(_) => {
            eprintln!("gilsim: can't open file '{file}': [Errno 2] No such file or directory");
            return 2;
        }
    };
    let globals = gilsim::object::module::Globals::new();
    match gilsim::parser::parse_module(&source)
        .and_then(|m| gilsim::compiler::compile_module(&m, &source, file, &globals))
    {
        Ok(code) => {
            print!("{}", gilsim::dis::disassemble(&code));
            0
        }
        Err(e) => {
            eprint!(
                "{}",
                gilsim::syntax_error::format_syntax_error(file, &source, &e)
            );
            1
        }
    }
}
