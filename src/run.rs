//! Running a program: build an interpreter, compile the file, execute it as `__main__`,
//! and turn the outcome into an exit status the way CPython does.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, AtomicU64, AtomicUsize};

use parking_lot::Mutex;

use crate::object::module::Globals;
use crate::runtime::gil::{Gil, GilKind};
use crate::runtime::threads::Threads;
use crate::value::Value;
use crate::vm::error::{ExcType, PyErr};
use crate::vm::types::Types;
use crate::vm::{Interp, OutputBuffer, Vm};

pub struct RunOptions {
    /// `sys.argv`: the script path followed by its arguments.
    pub argv: Vec<String>,
    pub gil: GilKind,
    pub switch_interval_us: u64,
    /// The old GIL's check interval, in bytecodes.
    pub check_interval: u64,
    /// `--stats`: print the GIL and lock report on stderr at exit.
    pub stats: bool,
    /// `--stats-json PATH`.
    pub stats_json: Option<String>,
    /// `--trace PATH`: a Chrome trace-event timeline.
    pub trace: Option<String>,
    /// `--html PATH`: a self-contained report page (settings, stats, timeline).
    pub html: Option<String>,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            argv: Vec::new(),
            gil: GilKind::New,
            switch_interval_us: 5000,
            check_interval: 100,
            stats: false,
            stats_json: None,
            trace: None,
            html: None,
        }
    }
}

pub fn new_interp(main_dir: PathBuf, opts: &RunOptions) -> Arc<Interp> {
    use std::io::IsTerminal;
    let start_time = std::time::Instant::now();
    let types = Types::new();
    let builtins = crate::builtins::core::make_builtins(&types);
    Arc::new(Interp {
        types,
        builtins,
        modules: Mutex::new(HashMap::new()),
        recursion_limit: AtomicUsize::new(1000),
        switch_interval_us: AtomicU64::new(opts.switch_interval_us),
        check_interval: AtomicU64::new(opts.check_interval),
        eval_breaker: AtomicU32::new(0),
        sources: Mutex::new(HashMap::new()),
        argv: opts.argv.clone(),
        main_dir,
        stdout: Mutex::new(OutputBuffer {
            buf: Vec::new(),
            line_buffered: std::io::stdout().is_terminal(),
        }),
        random_state: Mutex::new(None),
        start_time,
        class_epoch: AtomicU64::new(0),
        late_properties: std::sync::atomic::AtomicBool::new(false),
        int_max_str_digits: AtomicUsize::new(4300),
        gil: Gil::new(opts.gil, start_time),
        threads: Threads::new(),
        locks: Default::default(),
    })
}

/// The status `run_file` returns for an uncaught KeyboardInterrupt: like CPython, the
/// process should then end by SIGINT itself (its parent sees status 130 in a shell).
pub const EXIT_BY_SIGINT: i32 = -2;

/// End the process by SIGINT, as CPython does after an uncaught KeyboardInterrupt.
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default disposition and raising a signal at ourselves.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}

/// Run `path` as the main program; returns the process exit status.
pub fn run_file(path: &str, opts: RunOptions) -> i32 {
    let source = match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            let (errno, msg) = match e.kind() {
                std::io::ErrorKind::NotFound => (2, "No such file or directory".to_string()),
                std::io::ErrorKind::PermissionDenied => (13, "Permission denied".to_string()),
                _ => (e.raw_os_error().unwrap_or(0), e.to_string()),
            };
            eprintln!("gilsim: can't open file '{path}': [Errno {errno}] {msg}");
            return 2;
        }
    };
    // Like CPython 3.9+, the main script's __file__ (and its tracebacks) use the path
    // joined to the working directory.
    let filename = absolute_script_path(path);
    let dir = Path::new(&filename)
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let interp = new_interp(dir, &opts);
    install_interrupt_handler(&interp);
    if let Some(p) = &opts.stats_json
        && let Err(e) = std::fs::write(p, "")
    {
        eprintln!("gilsim: can't write stats '{p}': {e}");
        return 2;
    }
    if let Some(p) = &opts.html
        && let Err(e) = std::fs::write(p, "")
    {
        eprintln!("gilsim: can't write report '{p}': {e}");
        return 2;
    }
    // The HTML report draws its timeline from a trace: record one (to a scratch file) if
    // the user did not ask for it.
    let mut opts = opts;
    let mut scratch_trace = None;
    if opts.html.is_some() && opts.trace.is_none() {
        let p = std::env::temp_dir().join(format!("gilsim-{}-trace.json", std::process::id()));
        let p = p.to_string_lossy().into_owned();
        opts.trace = Some(p.clone());
        scratch_trace = Some(p);
    }
    let trace = match &opts.trace {
        None => None,
        Some(p) => match crate::measure::trace::TraceWriter::create(p) {
            Ok(t) => {
                let t = Arc::new(t);
                interp.gil.set_observer(t.clone());
                Some(t)
            }
            Err(e) => {
                eprintln!("gilsim: can't write trace '{p}': {e}");
                return 2;
            }
        },
    };
    let status = run_source(&interp, &source, &filename);
    report(&interp, &opts, path, trace.as_deref(), status);
    if let Some(p) = scratch_trace {
        let _ = std::fs::remove_file(p);
    }
    status
}

/// What `--trace`, `--stats-json` and `--stats` write once the program is done.
fn report(
    interp: &Interp,
    opts: &RunOptions,
    program: &str,
    trace: Option<&crate::measure::trace::TraceWriter>,
    status: i32,
) {
    let end = interp.gil.now_ns();
    if let (Some(t), Some(p)) = (trace, &opts.trace)
        && let Err(e) = t.finish(end, &interp.threads.snapshot())
    {
        eprintln!("gilsim: can't write trace '{p}': {e}");
    }
    if !opts.stats && opts.stats_json.is_none() && opts.html.is_none() {
        return;
    }
    let stats = crate::measure::stats::collect(interp, None);
    if let Some(p) = &opts.stats_json {
        let text = serde_json::to_string_pretty(&stats).unwrap_or_default();
        if let Err(e) = std::fs::write(p, text + "\n") {
            eprintln!("gilsim: can't write stats '{p}': {e}");
        }
    }
    if opts.stats {
        interp.write_stderr(&crate::measure::stats::render(&stats, program, 10));
    }
    if let (Some(p), Some(trace_path)) = (&opts.html, &opts.trace) {
        let svg_path = format!("{p}.timeline.svg");
        let svg = crate::timeline::render(trace_path, &svg_path, 1100, program)
            .and_then(|()| std::fs::read_to_string(&svg_path).map_err(|e| e.to_string()));
        let _ = std::fs::remove_file(&svg_path);
        let command = std::iter::once("gilsim run".to_string())
            .chain(opts.argv.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        let page = crate::measure::html::page(&stats, &command, status, svg);
        if let Err(e) = std::fs::write(p, page) {
            eprintln!("gilsim: can't write report '{p}': {e}");
        }
    }
}

/// Ctrl-C sets the eval breaker's interrupt bit; the main thread raises KeyboardInterrupt
/// at its next check (or wakes from the wait it is in), as CPython does. A second Ctrl-C
/// before the first was handled ends the process at once.
fn install_interrupt_handler(interp: &Arc<Interp>) {
    // Like CPython, leave SIGINT alone when the parent ignores it (a background job).
    if sigint_ignored() {
        return;
    }
    let weak = Arc::downgrade(interp);
    let _ = ctrlc::set_handler(move || {
        if let Some(interp) = weak.upgrade() {
            let before = interp.eval_breaker.fetch_or(
                crate::vm::breaker::INTERRUPT,
                std::sync::atomic::Ordering::AcqRel,
            );
            if before & crate::vm::breaker::INTERRUPT != 0 {
                interp.flush_stdout();
                exit_by_sigint();
            }
        }
    });
}

fn sigint_ignored() -> bool {
    // SAFETY: sigaction with a null new action only reads the current disposition into
    // `old`, a zero-initialised plain C struct.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

fn absolute_script_path(path: &str) -> String {
    if Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let cwd = cwd.to_string_lossy().into_owned();
            if cwd.ends_with('/') {
                format!("{cwd}{path}")
            } else {
                format!("{cwd}/{path}")
            }
        }
        Err(_) => path.to_string(),
    }
}

/// Compile and run `source` as `__main__` in `interp`.
pub fn run_source(interp: &Arc<Interp>, source: &str, filename: &str) -> i32 {
    interp
        .sources
        .lock()
        .insert(filename.to_string(), Arc::from(source));
    let globals = Arc::new(Globals::new());
    globals.set("__name__", Value::str("__main__"));
    globals.set("__file__", Value::str(filename));
    globals.set("__doc__", Value::None);
    let parsed = crate::parser::parse_module(source)
        .and_then(|m| crate::compiler::compile_module(&m, source, filename, &globals));
    let code = match parsed {
        Ok(code) => code,
        Err(e) => {
            interp.write_stderr(&crate::syntax_error::format_syntax_error(
                filename, source, &e,
            ));
            return 1;
        }
    };
    let mut vm = Vm::new(interp.clone());
    vm.acquire_gil();
    let result = vm.run_module_code(code, globals.clone());
    let mut status = match result {
        Ok(_) => 0,
        Err(e) => exit_status(&mut vm, e),
    };
    // As CPython's Py_FinalizeEx does first: wait for every non-daemon thread.
    if let Err(e) = shutdown_threads(&mut vm) {
        status = exit_status(&mut vm, e);
    }
    // Daemon threads stop at their next eval-breaker check or GIL acquisition.
    interp.eval_breaker.fetch_or(
        crate::vm::breaker::FINALIZING,
        std::sync::atomic::Ordering::AcqRel,
    );
    // Interpreter shutdown: suspended generators held by the main module are closed
    // (their `finally` blocks run) while its globals still exist, as CPython's garbage
    // collector does; then the globals are cleared.
    vm.run_pending_finalizers();
    for value in globals.bound_values() {
        if let Value::Generator(g) = value {
            let suspended = g.state.lock().is_suspended();
            if suspended {
                vm.close_generator_reporting(&g);
            }
        }
    }
    globals.clear_all();
    vm.run_pending_finalizers();
    interp.flush_stdout();
    status
}

/// `threading._shutdown()`, if the program imported `threading`: join the non-daemon
/// threads. Daemon threads are left running; they end with the process.
fn shutdown_threads(vm: &mut Vm) -> Result<(), PyErr> {
    let threading = vm.interp.modules.lock().get("threading").cloned();
    let Some(module) = threading else {
        return Ok(());
    };
    let shutdown = match vm.getattr(&module, "_shutdown") {
        Ok(f) => f,
        Err(_) => return Ok(()),
    };
    vm.call(&shutdown, &[]).map(|_| ())
}

/// The exit status for an uncaught exception, printing its traceback as CPython does.
pub fn exit_status(vm: &mut Vm, err: PyErr) -> i32 {
    if vm.error_is(&err, ExcType::SystemExit) {
        let exc = vm.materialize(err);
        let args = vm.exception_args(&exc);
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => *i as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let msg = vm.str(other).unwrap_or_default();
                vm.interp.write_stderr(&format!("{msg}\n"));
                1
            }
        };
    }
    let is_interrupt = vm.error_is(&err, ExcType::KeyboardInterrupt);
    let exc = vm.materialize(err);
    let text = vm.format_exception(&exc);
    vm.interp.write_stderr(&text);
    if is_interrupt { EXIT_BY_SIGINT } else { 1 }
}
