//! The `_thread` module: the low-level primitives `threading` (written in Python, in
//! `py/threading.py`) is built on, with CPython's names and messages: `start_new_thread`,
//! `allocate_lock`, `RLock`, `get_ident`, `_set_sentinel`...

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use super::{Params, arg_float, bind, check_positional, new_module, no_args};
use crate::object::func::Kwargs;
use crate::object::other::Other;
use crate::runtime::locks::{Acquired, PyLock};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};

/// `threading.TIMEOUT_MAX`, as CPython reports it on Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let types = &vm.interp.types;
    let mut items = crate::native_fns![
        "start_new_thread" => thread_start_new_thread,
        "start_new" => thread_start_new_thread,
        "allocate_lock" => allocate_lock,
        "allocate" => allocate_lock,
        "get_ident" => thread_get_ident,
        "get_native_id" => thread_get_native_id,
        "_count" => thread_count,
        "_set_sentinel" => thread_set_sentinel,
        "stack_size" => thread_stack_size,
        "_print_exception" => thread_print_exception,
        "_set_name" => thread_set_name,
    ];
    items.push(("LockType", Value::Class(types.lock.clone())));
    items.push(("RLock", Value::Class(types.rlock.clone())));
    items.push(("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX)));
    items.push((
        "error",
        Value::Class(vm.interp.exc_class(ExcType::RuntimeError).clone()),
    ));
    Ok(new_module("_thread", items))
}

/// Where the running Python code is, for lock reports and traces.
pub struct CallSite {
    /// `file:line` of the innermost frame of the program itself (not of a standard module
    /// written in Python).
    pub site: String,
    /// The standard API the program called, if the code is inside one: the qualified name
    /// of the outermost standard-module frame (`Queue.get`, `Condition.__init__`).
    pub api: Option<String>,
}

pub fn call_site(vm: &Vm) -> CallSite {
    let mut api = None;
    for frame in vm.frames.iter().rev() {
        let code = frame.code();
        if code.filename.starts_with("<gilsim ") {
            api = Some(code.qualname.clone());
            continue;
        }
        let file = code.filename.rsplit('/').next().unwrap_or(&code.filename);
        return CallSite {
            site: format!("{file}:{}", frame.current_line()),
            api,
        };
    }
    CallSite {
        site: "<runtime>".to_string(),
        api,
    }
}

/// A new lock whose counters go to the entry for where (and through which API) the program
/// created it.
fn make_lock(vm: &Vm, plain_kind: &str) -> Arc<PyLock> {
    let at = call_site(vm);
    let (kind, internal) = match &at.api {
        None => (plain_kind.to_string(), false),
        Some(api) => {
            // `Condition.__init__` -> "Condition"; `Queue.get` stays "Queue.get" (the
            // waiter lock of a blocked get).
            let kind = api.strip_suffix(".__init__").unwrap_or(api).to_string();
            let internal = kind.starts_with("Thread")
                || kind.starts_with('_')
                || kind == "<module>"
                || kind.starts_with("Timer");
            (kind, internal)
        }
    };
    let stats = vm.interp.locks.stats_for(&at.site, &kind, internal);
    Arc::new(PyLock::new(stats))
}

pub fn new_lock(vm: &Vm) -> Value {
    Value::Other(Arc::new(Other::Lock(make_lock(vm, "Lock"))))
}

pub fn allocate_lock(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("allocate_lock", args, kw)?;
    Ok(new_lock(vm))
}

/// `_thread.RLock()` (called through the type object).
pub fn rlock_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("RLock", args, kw, 0, 0)?;
    Ok(Value::Other(Arc::new(Other::RLock(make_lock(vm, "RLock")))))
}

fn thread_start_new_thread(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("start_new_thread", args, kw, 2, 3)?;
    let func = args[0].clone();
    if !vm.callable(&func) {
        return Err(PyErr::type_error("first arg must be callable"));
    }
    let Value::Tuple(t) = &args[1] else {
        return Err(PyErr::type_error("2nd arg must be a tuple"));
    };
    let mut kwargs = Vec::new();
    match args.get(2) {
        None => {}
        Some(Value::Dict(d)) => {
            for e in d.table.read().iter() {
                kwargs.push((e.key.clone(), e.value.clone()));
            }
        }
        Some(_) => return Err(PyErr::type_error("optional 3rd arg must be a dictionary")),
    }
    let ident = crate::runtime::threads::start_new_thread(vm, func, t.items.to_vec(), kwargs)?;
    Ok(Value::Int(ident as i64))
}

fn thread_get_ident(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("get_ident", args, kw)?;
    Ok(Value::Int(vm.thread.ident.load(Ordering::Relaxed) as i64))
}

fn thread_get_native_id(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("get_native_id", args, kw)?;
    Ok(Value::Int(
        vm.thread.native_id.load(Ordering::Relaxed) as i64
    ))
}

fn thread_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("_count", args, kw)?;
    Ok(Value::Int(
        vm.interp.threads.running.load(Ordering::Acquire) as i64,
    ))
}

/// A held lock that is released when the calling thread finishes: `Thread.join` waits on it.
fn thread_set_sentinel(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_args("_set_sentinel", args, kw)?;
    let stats = vm
        .interp
        .locks
        .stats_for("<runtime>", "thread sentinel", true);
    let lock = Arc::new(PyLock::new(stats));
    lock.try_acquire(vm.thread.serial, false);
    vm.sentinels.push(lock.clone());
    Ok(Value::Other(Arc::new(Other::Lock(lock))))
}

fn thread_stack_size(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("stack_size", args, kw, 0, 1)?;
    let interp = vm.interp.clone();
    let sizes = &interp.threads.stack_size;
    let old = sizes.load(Ordering::Relaxed);
    if let Some(v) = args.first() {
        let n = super::arg_i64(vm, v)?;
        if n < 0 || (n != 0 && n < 32768) {
            return Err(PyErr::value_error("size not valid: 32768 bytes"));
        }
        sizes.store(n as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(old as i64))
}

/// gilsim's own: print an exception's traceback report on stderr.
fn thread_print_exception(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("_print_exception", args, kw, 1, 1)?;
    let text = vm.format_exception(&args[0]);
    vm.interp.write_stderr(&text);
    Ok(Value::None)
}

/// gilsim's own: tell the runtime a thread's Python name (for `--stats` and traces).
fn thread_set_name(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("_set_name", args, kw, 1, 1)?;
    if let Value::Str(s) = &args[0] {
        *vm.thread.name.lock() = s.as_str().to_string();
    }
    Ok(Value::None)
}

// ------------------------------------------------------------------ lock methods

fn lock_of(v: &Value) -> Option<(&Arc<PyLock>, bool)> {
    match v {
        Value::Other(o) => match &**o {
            Other::Lock(l) => Some((l, false)),
            Other::RLock(l) => Some((l, true)),
            _ => None,
        },
        _ => None,
    }
}

fn receiver<'a>(args: &'a [Value], name: &str) -> PyResult<(&'a Arc<PyLock>, bool)> {
    args.first().and_then(lock_of).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{name}' requires a '_thread.lock' object"
        ))
    })
}

/// `acquire(blocking=True, timeout=-1)` for both lock kinds.
fn lock_acquire(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (lock, reentrant) = receiver(args, "acquire")?;
    let lock = lock.clone();
    let params = Params {
        qualname: "acquire",
        names: &["blocking", "timeout"],
        required: 0,
        kwonly: &[],
        self_offset: 0,
    };
    let bound = bind(&params, &args[1..], kw)?;
    let blocking = match &bound[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match &bound[1] {
        Some(v) => arg_float(vm, v)?,
        None => -1.0,
    };
    if timeout.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if !blocking && timeout != -1.0 {
        return Err(PyErr::value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(PyErr::value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::new(
            ExcType::OverflowError,
            "timestamp out of range for platform time_t",
        ));
    }
    let wait = if !blocking {
        Some(Duration::ZERO)
    } else if timeout >= 0.0 {
        Some(Duration::from_secs_f64(timeout))
    } else {
        None
    };
    match lock.acquire_blocking(vm, reentrant, wait) {
        Acquired::Yes => Ok(Value::Bool(true)),
        Acquired::TimedOut => Ok(Value::Bool(false)),
        Acquired::Interrupted => {
            vm.handle_eval_breaker()?;
            Ok(Value::Bool(false))
        }
    }
}

fn lock_release(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("release", &args[args.len().min(1)..], kw, 0, 0)?;
    let (lock, reentrant) = receiver(args, "release")?;
    if lock.release(vm.thread.serial, reentrant) {
        Ok(Value::None)
    } else if reentrant {
        Err(PyErr::new(
            ExcType::RuntimeError,
            "cannot release un-acquired lock",
        ))
    } else {
        Err(PyErr::new(ExcType::RuntimeError, "release unlocked lock"))
    }
}

fn lock_exit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    lock_release(vm, &args[..args.len().min(1)], &[])
}

fn lock_locked(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_positional("locked", &args[args.len().min(1)..], kw, 0, 0)?;
    let (lock, _) = receiver(args, "locked")?;
    Ok(Value::Bool(lock.locked()))
}

fn rlock_is_owned(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (lock, _) = receiver(args, "_is_owned")?;
    Ok(Value::Bool(
        lock.owner().is_some_and(|(o, _)| o == vm.thread.serial),
    ))
}

fn rlock_recursion_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (lock, _) = receiver(args, "_recursion_count")?;
    Ok(Value::Int(match lock.owner() {
        Some((o, n)) if o == vm.thread.serial => n as i64,
        _ => 0,
    }))
}

/// `_release_save()`: release every level; returns `(count, owner)` for `_acquire_restore`.
fn rlock_release_save(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (lock, _) = receiver(args, "_release_save")?;
    match lock.release_save(vm.thread.serial) {
        Some((count, owner)) => Ok(Value::tuple(vec![
            Value::Int(count as i64),
            Value::Int(owner as i64),
        ])),
        None => Err(PyErr::new(
            ExcType::RuntimeError,
            "cannot release un-acquired lock",
        )),
    }
}

fn rlock_acquire_restore(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let (lock, _) = receiver(args, "_acquire_restore")?;
    let lock = lock.clone();
    let count = match args.get(1) {
        Some(Value::Tuple(t)) => match t.items.first() {
            Some(Value::Int(n)) => *n as u64,
            _ => 1,
        },
        _ => 1,
    };
    if lock.acquire_blocking(vm, true, None) == Acquired::Interrupted {
        vm.handle_eval_breaker()?;
    }
    lock.restore_count(count.max(1));
    Ok(Value::None)
}

fn lock_enter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    lock_acquire(vm, &args[..args.len().min(1)], &[])
}

pub fn lock_method(name: &str) -> Option<(&'static str, crate::object::func::NativeFn)> {
    Some(match name {
        "acquire" | "acquire_lock" => ("acquire", lock_acquire),
        "release" | "release_lock" => ("release", lock_release),
        "locked" | "locked_lock" => ("locked", lock_locked),
        "__enter__" => ("__enter__", lock_enter),
        "__exit__" => ("__exit__", lock_exit),
        _ => return None,
    })
}

pub fn rlock_method(name: &str) -> Option<(&'static str, crate::object::func::NativeFn)> {
    Some(match name {
        "acquire" => ("acquire", lock_acquire),
        "release" => ("release", lock_release),
        "__enter__" => ("__enter__", lock_enter),
        "__exit__" => ("__exit__", lock_exit),
        "_is_owned" => ("_is_owned", rlock_is_owned),
        "_recursion_count" => ("_recursion_count", rlock_recursion_count),
        "_release_save" => ("_release_save", rlock_release_save),
        "_acquire_restore" => ("_acquire_restore", rlock_acquire_restore),
        _ => return None,
    })
}

/// `repr(lock)`: `<unlocked _thread.lock object at 0x...>`, `<locked _thread.RLock object
/// owner=... count=1 at 0x...>`.
pub fn lock_repr(vm: &Vm, v: &Value) -> Option<String> {
    let (lock, reentrant) = lock_of(v)?;
    let addr = match v {
        Value::Other(o) => Arc::as_ptr(o) as usize,
        _ => 0,
    };
    let state = if lock.locked() { "locked" } else { "unlocked" };
    if reentrant {
        let (owner, count) = match lock.owner() {
            Some((serial, n)) => {
                let ident = vm
                    .interp
                    .threads
                    .snapshot()
                    .iter()
                    .find(|t| t.serial == serial)
                    .map_or(0, |t| t.ident.load(Ordering::Relaxed));
                (ident, n)
            }
            None => (0, 0),
        };
        Some(format!(
            "<{state} _thread.RLock object owner={owner} count={count} at {addr:#x}>"
        ))
    } else {
        Some(format!("<{state} _thread.lock object at {addr:#x}>"))
    }
}
