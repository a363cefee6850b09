//! The `sys` module, and the methods of `sys.stdin` / `sys.stdout` / `sys.stderr`
//! ([`stream_method`], [`stream_attr`]).

use std::io::{BufRead, IsTerminal, Read};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::{arg_float, arg_str, check_positional, new_module, no_args, one_arg};
use crate::native_fns;
use crate::object::dict::Dict;
use crate::object::func::{Kwargs, NativeFn};
use crate::object::module::Globals;
use crate::object::other::{Other, StdStream};
use crate::runtime::{self, BlockingOp};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};
use crate::vm::types::type_name;

pub const VERSION: &str = "3.11.7 (gilsim 0.1.0) [Rust]";

fn stream_value(s: StdStream) -> Value {
    Value::Other(Arc::new(Other::StdStream(s)))
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let argv: Vec<Value> = vm.interp.argv.iter().map(|a| Value::str(a)).collect();
    let main_dir = vm.interp.main_dir.to_string_lossy().into_owned();
    let modules = Arc::new(Dict::new());
    let loaded: Vec<(String, Value)> = match vm.interp.modules.try_lock() {
        Some(m) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        None => Vec::new(),
    };
    for (k, v) in loaded {
        vm.dict_set(&modules, Value::string(k), v)?;
    }
    let stdout = stream_value(StdStream::Stdout);
    let stderr = stream_value(StdStream::Stderr);
    let stdin = stream_value(StdStream::Stdin);
    let mut items: Vec<(&str, Value)> = vec![
        ("argv", Value::list(argv)),
        ("version", Value::str(VERSION)),
        ("version_info", version_info(vm)?),
        ("hexversion", Value::Int(0x030B07F0)),
        ("platform", Value::str(platform())),
        ("maxsize", Value::Int(i64::MAX)),
        ("maxunicode", Value::Int(0x10FFFF)),
        (
            "byteorder",
            Value::str(if cfg!(target_endian = "little") {
                "little"
            } else {
                "big"
            }),
        ),
        ("path", Value::list(vec![Value::string(main_dir)])),
        ("modules", Value::Dict(modules.clone())),
        ("executable", Value::str("gilsim")),
        (
            "copyright",
            Value::str("gilsim: a Python 3.11 subset interpreter"),
        ),
        ("stdout", stdout.clone()),
        ("stderr", stderr.clone()),
        ("stdin", stdin.clone()),
        ("__stdout__", stdout),
        ("__stderr__", stderr),
        ("__stdin__", stdin),
    ];
    items.extend(native_fns![
        "exit" => sys_exit,
        "getrecursionlimit" => sys_getrecursionlimit,
        "setrecursionlimit" => sys_setrecursionlimit,
        "getswitchinterval" => sys_getswitchinterval,
        "setswitchinterval" => sys_setswitchinterval,
        "getcheckinterval" => sys_getcheckinterval,
        "setcheckinterval" => sys_setcheckinterval,
        "intern" => sys_intern,
        "exc_info" => sys_exc_info,
        "exception" => sys_exception,
        "getdefaultencoding" => sys_getdefaultencoding,
        "getfilesystemencoding" => sys_getdefaultencoding,
        "get_int_max_str_digits" => sys_get_int_max_str_digits,
        "set_int_max_str_digits" => sys_set_int_max_str_digits,
    ]);
    let module = new_module("sys", items);
    // sys.modules is a snapshot taken at import time, plus sys itself.
    vm.dict_set(&modules, Value::str("sys"), module.clone())?;
    Ok(module)
}

/// `sys.version_info`: a tuple whose items are also named (`sys.version_info.major`).
const VERSION_INFO_SRC: &str = r#"
class version_info(tuple):
    __slots__ = ()
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))


value = version_info((3, 11, 7, "final", 0))
"#;

fn version_info(vm: &mut Vm) -> PyResult<Value> {
    let globals = Arc::new(Globals::new());
    globals.set("__name__", Value::str("sys"));
    let code = vm.compile_source(VERSION_INFO_SRC, "<gilsim sys>", &globals)?;
    vm.run_module_code(code, globals.clone())?;
    Ok(globals.get("value").unwrap_or(Value::None))
}

/// `sys.platform` as CPython spells it.
fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

fn sys_exit(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("exit", args, kw, 0, 1)?;
    Err(PyErr::with_args(ExcType::SystemExit, args.to_vec()))
}

fn sys_getrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("sys.getrecursionlimit", args, kw)?;
    Ok(Value::Int(
        vm.interp.recursion_limit.load(Ordering::Relaxed) as i64,
    ))
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("sys.get_int_max_str_digits", args, kw)?;
    Ok(Value::Int(
        vm.interp.int_max_str_digits.load(Ordering::Relaxed) as i64,
    ))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = match (args.first(), kw.first()) {
        (Some(v), _) => v.clone(),
        (None, Some((k, v))) if k.as_str() == Some("maxdigits") => v.clone(),
        _ => {
            return Err(PyErr::type_error(
                "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
            ));
        }
    };
    let n = vm.to_index(&v)?;
    if n != 0 && n < 640 {
        return Err(PyErr::value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.interp
        .int_max_str_digits
        .store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

/// A C `int` argument: `__index__` semantics, OverflowError outside the i32 range.
fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = match v {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        Value::BigInt(_) => i64::MAX,
        _ => super::arg_i64(vm, v)?,
    };
    if n > i32::MAX as i64 {
        return Err(PyErr::overflow("Python int too large to convert to C int"));
    }
    if n < i32::MIN as i64 {
        return Err(PyErr::overflow("Python int too small to convert to C int"));
    }
    Ok(n)
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("sys.setrecursionlimit", args, kw)?;
    let n = c_int_arg(vm, v)?;
    if n < 1 {
        return Err(PyErr::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // CPython counts the module frame plus the call into setrecursionlimit itself.
    let depth = vm.frames.len() as i64 + 1;
    if depth >= n {
        return Err(PyErr::new(
            ExcType::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.interp
        .recursion_limit
        .store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn sys_getswitchinterval(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("sys.getswitchinterval", args, kw)?;
    Ok(Value::Float(
        vm.interp.switch_interval_us.load(Ordering::Relaxed) as f64 / 1e6,
    ))
}

fn sys_setswitchinterval(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("sys.setswitchinterval", args, kw)?;
    let interval = arg_float(vm, v)?;
    if interval.is_nan() || interval <= 0.0 {
        return Err(PyErr::value_error(
            "switch interval must be strictly positive",
        ));
    }
    // CPython stores `(unsigned long)(1e6 * interval)` microseconds.
    let us = (1e6 * interval).min(u64::MAX as f64) as u64;
    vm.interp.switch_interval_us.store(us, Ordering::Relaxed);
    Ok(Value::None)
}

/// `sys.getcheckinterval()`: the old GIL's tick count (Python 2; kept for `--gil old`).
fn sys_getcheckinterval(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("sys.getcheckinterval", args, kw)?;
    Ok(Value::Int(
        vm.interp.check_interval.load(Ordering::Relaxed) as i64
    ))
}

/// `sys.setcheckinterval(n)`: Python 2 accepted any int; values below 0 are stored as 0
/// (check at every tick).
fn sys_setcheckinterval(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("sys.setcheckinterval", args, kw)?;
    let n = c_int_arg(vm, v)?;
    vm.interp
        .check_interval
        .store(n.max(0) as u64, Ordering::Relaxed);
    Ok(Value::None)
}

fn sys_intern(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("sys.intern", args, kw)?;
    match v {
        Value::Str(_) => Ok(v.clone()),
        _ => Err(PyErr::type_error(format!(
            "intern() argument must be str, not {}",
            type_name(v)
        ))),
    }
}

fn sys_exc_info(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("sys.exc_info", args, kw)?;
    Ok(match vm.current_handled_exception() {
        Some(exc) => {
            let cls = Value::Class(vm.interp.types.type_of(&exc));
            Value::tuple(vec![cls, exc, Value::None])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn sys_exception(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("sys.exception", args, kw)?;
    Ok(vm.current_handled_exception().unwrap_or(Value::None))
}

fn sys_getdefaultencoding(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("sys.getdefaultencoding", args, kw)?;
    Ok(Value::str("utf-8"))
}

// ------------------------------------------------------------------ std streams

/// A native method of `sys.stdin` / `sys.stdout` / `sys.stderr` (`args[0]` is the
/// stream), for attribute lookup on `Other::StdStream`.
pub fn stream_method(stream: StdStream, name: &str) -> Option<(&'static str, NativeFn)> {
    let _ = stream;
    Some(match name {
        "write" => ("write", stream_write as NativeFn),
        "writelines" => ("writelines", stream_writelines),
        "flush" => ("flush", stream_flush),
        "isatty" => ("isatty", stream_isatty),
        "fileno" => ("fileno", stream_fileno),
        "readable" => ("readable", stream_readable),
        "writable" => ("writable", stream_writable),
        "seekable" => ("seekable", stream_seekable),
        "readline" => ("readline", stream_readline),
        "readlines" => ("readlines", stream_readlines),
        "read" => ("read", stream_read),
        "close" => ("close", stream_close),
        "__enter__" => ("__enter__", stream_enter),
        "__exit__" => ("__exit__", stream_exit),
        _ => return None,
    })
}

/// The data attributes of the std streams (`name`, `mode`, `encoding`, ...).
pub fn stream_attr(stream: StdStream, name: &str) -> Option<Value> {
    Some(match name {
        "name" => Value::str(match stream {
            StdStream::Stdin => "<stdin>",
            StdStream::Stdout => "<stdout>",
            StdStream::Stderr => "<stderr>",
        }),
        "mode" => Value::str(if stream == StdStream::Stdin { "r" } else { "w" }),
        "encoding" => Value::str("utf-8"),
        "errors" => Value::str(if stream == StdStream::Stderr {
            "backslashreplace"
        } else {
            "strict"
        }),
        "closed" => Value::Bool(false),
        "line_buffering" => Value::Bool(stream != StdStream::Stdin && stream_is_tty(stream)),
        _ => return None,
    })
}

fn receiver(args: &[Value]) -> PyResult<StdStream> {
    match args.first() {
        Some(Value::Other(o)) => match &**o {
            Other::StdStream(s) => Ok(*s),
            _ => Err(PyErr::type_error(
                "descriptor requires a '_io.TextIOWrapper' object",
            )),
        },
        _ => Err(PyErr::type_error(
            "descriptor requires a '_io.TextIOWrapper' object",
        )),
    }
}

fn unsupported(what: &str) -> PyErr {
    // io.UnsupportedOperation derives from OSError and ValueError.
    PyErr::new(ExcType::OSError, what)
}

fn stream_is_tty(stream: StdStream) -> bool {
    match stream {
        StdStream::Stdin => std::io::stdin().is_terminal(),
        StdStream::Stdout => std::io::stdout().is_terminal(),
        StdStream::Stderr => std::io::stderr().is_terminal(),
    }
}

fn write_str(vm: &mut Vm, stream: StdStream, s: &str) -> PyResult<()> {
    match stream {
        StdStream::Stdout => vm.write_stdout(s),
        StdStream::Stderr => vm.interp.write_stderr(s),
        StdStream::Stdin => return Err(unsupported("not writable")),
    }
    Ok(())
}

fn stream_write(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    let arg = one_arg("TextIOWrapper.write", &args[1..], kw)?;
    let s = arg_str(arg, |t| format!("write() argument must be str, not {t}"))?;
    write_str(vm, stream, s)?;
    let n = match arg {
        Value::Str(p) => p.char_len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn stream_writelines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    let lines = one_arg("TextIOWrapper.writelines", &args[1..], kw)?;
    if stream == StdStream::Stdin {
        return Err(unsupported("not writable"));
    }
    let it = vm.get_iter(lines)?;
    while let Some(line) = vm.iter_next(&it)? {
        let s = arg_str(&line, |t| format!("write() argument must be str, not {t}"))?;
        write_str(vm, stream, s)?;
    }
    Ok(Value::None)
}

fn stream_flush(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    no_args("TextIOWrapper.flush", &args[1..], kw)?;
    if stream == StdStream::Stdout {
        vm.interp.flush_stdout();
    }
    Ok(Value::None)
}

fn stream_isatty(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    no_args("TextIOWrapper.isatty", &args[1..], kw)?;
    Ok(Value::Bool(stream_is_tty(stream)))
}

fn stream_fileno(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    no_args("TextIOWrapper.fileno", &args[1..], kw)?;
    Ok(Value::Int(match stream {
        StdStream::Stdin => 0,
        StdStream::Stdout => 1,
        StdStream::Stderr => 2,
    }))
}

fn stream_readable(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    no_args("TextIOWrapper.readable", &args[1..], kw)?;
    Ok(Value::Bool(stream == StdStream::Stdin))
}

fn stream_writable(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    no_args("TextIOWrapper.writable", &args[1..], kw)?;
    Ok(Value::Bool(stream != StdStream::Stdin))
}

fn stream_seekable(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    receiver(args)?;
    no_args("TextIOWrapper.seekable", &args[1..], kw)?;
    Ok(Value::Bool(false))
}

fn stream_close(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    receiver(args)?;
    no_args("TextIOWrapper.close", &args[1..], kw)?;
    Ok(Value::None)
}

fn stream_enter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    receiver(args)?;
    Ok(args[0].clone())
}

fn stream_exit(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    receiver(args)?;
    Ok(Value::None)
}

/// The optional `size` argument of read/readline (`-1` or None: no limit).
fn size_arg(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs) -> PyResult<Option<usize>> {
    check_positional(name, args, kw, 0, 1)?;
    match args.first() {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = super::arg_i64(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

/// Read from the process's stdin until `stop` says so, without holding the GIL.
/// `line`: stop after a newline; `limit`: at most this many characters.
fn read_stdin(vm: &mut Vm, line: bool, limit: Option<usize>) -> PyResult<String> {
    vm.interp.flush_stdout();
    let result: std::io::Result<Vec<u8>> = runtime::blocking(vm, BlockingOp::Input, || {
        let stdin = std::io::stdin();
        let mut lock = stdin.lock();
        let mut out = Vec::new();
        if limit.is_none() {
            if line {
                lock.read_until(b'\n', &mut out)?;
            } else {
                lock.read_to_end(&mut out)?;
            }
            return Ok(out);
        }
        let limit = limit.unwrap_or(usize::MAX);
        let mut chars = 0usize;
        loop {
            let buf = lock.fill_buf()?;
            if buf.is_empty() {
                break;
            }
            let b = buf[0];
            let starts_char = b & 0xC0 != 0x80;
            if starts_char {
                if chars == limit {
                    break;
                }
                chars += 1;
            }
            out.push(b);
            lock.consume(1);
            if line && b == b'\n' {
                break;
            }
        }
        Ok(out)
    });
    let bytes = result.map_err(|e| super::os_error(&e, None, None))?;
    String::from_utf8(bytes)
        .map_err(|_| PyErr::new(ExcType::UnicodeError, "'utf-8' codec can't decode input"))
}

fn stream_readline(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    let limit = size_arg(vm, "readline", &args[1..], kw)?;
    if stream != StdStream::Stdin {
        return Err(unsupported("not readable"));
    }
    Ok(Value::string(read_stdin(vm, true, limit)?))
}

fn stream_read(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    let limit = size_arg(vm, "read", &args[1..], kw)?;
    if stream != StdStream::Stdin {
        return Err(unsupported("not readable"));
    }
    Ok(Value::string(read_stdin(vm, false, limit)?))
}

fn stream_readlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let stream = receiver(args)?;
    check_positional("readlines", &args[1..], kw, 0, 1)?;
    if stream != StdStream::Stdin {
        return Err(unsupported("not readable"));
    }
    let all = read_stdin(vm, false, None)?;
    let lines: Vec<Value> = all.split_inclusive('\n').map(Value::str).collect();
    Ok(Value::list(lines))
}
