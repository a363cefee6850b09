//! Built-in modules implemented in Rust: `sys`, `time`, `math`, `os` (with `os.path`) and
//! `random`, plus the argument-parsing and conversion helpers they share.
//!
//! Every module is created fresh by [`builtin_module`]; the import machinery caches it.

pub mod gil;
pub mod math;
pub mod mt_random;
pub mod os;
pub mod random;
pub mod sys;
pub mod thread;
pub mod time;
pub mod typing;

use std::sync::Arc;

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::object::func::{Builtin, Kwargs, NativeFn};
use crate::object::module::{Globals, Module};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};
use crate::vm::types::type_name;

/// The names [`builtin_module`] knows.
pub const BUILTIN_MODULES: &[&str] = &["sys", "time", "math", "os", "os.path", "random"];

/// A fresh module object for a built-in module name, or `None` if `name` is not one.
pub fn builtin_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    Some(match name {
        "sys" => sys::make_module(vm),
        "time" => time::make_module(vm),
        "math" => math::make_module(vm),
        "os" => os::make_module(vm),
        "os.path" => os::make_path_module(vm),
        "random" => random::make_module(vm),
        "_thread" => thread::make_module(vm),
        "gil" => gil::make_module(vm),
        "typing" => typing::make_typing(vm),
        "__future__" => typing::make_future(vm),
        _ => return None,
    })
}

/// Standard modules written in Python and compiled into the binary.
pub fn python_module_source(name: &str) -> Option<&'static str> {
    match name {
        "collections" => Some(include_str!("py/collections.py")),
        "functools" => Some(include_str!("py/functools.py")),
        "itertools" => Some(include_str!("py/itertools.py")),
        "threading" => Some(include_str!("py/threading.py")),
        "queue" => Some(include_str!("py/queue.py")),
        _ => None,
    }
}

/// A module object named `name` whose globals are `items`.
pub fn new_module(name: &str, items: Vec<(&str, Value)>) -> Value {
    let globals = Arc::new(Globals::new());
    for (k, v) in items {
        globals.set(k, v);
    }
    Value::Module(Arc::new(Module {
        name: name.to_string(),
        file: None,
        globals,
    }))
}

/// A native function object.
pub fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Arc::new(Builtin::new(name, func)))
}

/// `vec![("name", builtin("name", f)), ...]` from `name => f` pairs.
#[macro_export]
macro_rules! native_fns {
    ($($name:literal => $func:expr),* $(,)?) => {
        vec![$(($name, $crate::modules::builtin($name, $func))),*]
    };
}

// ------------------------------------------------------------------ argument checking

/// `f() takes no keyword arguments` (C functions without keyword parameters).
pub fn no_kwargs(qualname: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{qualname}() takes no keyword arguments"
        )))
    }
}

/// A METH_NOARGS C function: `time.time() takes no arguments (1 given)`.
pub fn no_args(qualname: &str, args: &[Value], kw: Kwargs) -> PyResult<()> {
    no_kwargs(qualname, kw)?;
    if args.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

/// A METH_O C function: `math.sqrt() takes exactly one argument (2 given)`.
pub fn one_arg<'a>(qualname: &str, args: &'a [Value], kw: Kwargs) -> PyResult<&'a Value> {
    no_kwargs(qualname, kw)?;
    if args.len() == 1 {
        Ok(&args[0])
    } else {
        Err(PyErr::type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            args.len()
        )))
    }
}

/// Positional-only C arguments (`_PyArg_CheckPositional`): `pow expected 2 arguments, got 1`.
pub fn check_positional(
    name: &str,
    args: &[Value],
    kw: Kwargs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(name, kw)?;
    let n = args.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at_least = if min == max { "" } else { "at least " };
        return Err(PyErr::type_error(format!(
            "{name} expected {at_least}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at_most = if min == max { "" } else { "at most " };
        return Err(PyErr::type_error(format!(
            "{name} expected {at_most}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// The signature of a function written in Python (as `random`'s are in CPython), for
/// binding positional and keyword arguments with CPython's error messages.
pub struct Params<'a> {
    /// As shown in messages: `Random.randint`, `getenv`.
    pub qualname: &'a str,
    /// Positional-or-keyword parameters.
    pub names: &'a [&'a str],
    /// How many of `names` have no default.
    pub required: usize,
    /// Keyword-only parameters (all with defaults).
    pub kwonly: &'a [&'a str],
    /// 1 for methods of a hidden instance (`self` counts in "takes N positional arguments").
    pub self_offset: usize,
}

/// Bind `args`/`kw` to `p`: one slot per name in `p.names` then `p.kwonly`, `None` where
/// the default applies.
pub fn bind(p: &Params, args: &[Value], kw: Kwargs) -> PyResult<Vec<Option<Value>>> {
    let q = p.qualname;
    let npos = p.names.len();
    if args.len() > npos {
        let (min, max, given) = (
            p.required + p.self_offset,
            npos + p.self_offset,
            args.len() + p.self_offset,
        );
        let was = if given == 1 { "was" } else { "were" };
        let msg = if min == max {
            let s = if max == 1 { "" } else { "s" };
            format!("{q}() takes {max} positional argument{s} but {given} {was} given")
        } else {
            format!("{q}() takes from {min} to {max} positional arguments but {given} {was} given")
        };
        return Err(PyErr::type_error(msg));
    }
    let mut out: Vec<Option<Value>> = vec![None; npos + p.kwonly.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw {
        let key = k.as_str().unwrap_or("");
        let slot = p
            .names
            .iter()
            .position(|n| *n == key)
            .or_else(|| p.kwonly.iter().position(|n| *n == key).map(|i| i + npos));
        match slot {
            Some(i) if out[i].is_some() => {
                return Err(PyErr::type_error(format!(
                    "{q}() got multiple values for argument '{key}'"
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(PyErr::type_error(format!(
                    "{q}() got an unexpected keyword argument '{key}'"
                )));
            }
        }
    }
    let missing: Vec<String> = (0..p.required)
        .filter(|&i| out[i].is_none())
        .map(|i| p.names[i].to_string())
        .collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        return Err(PyErr::type_error(format!(
            "{q}() missing {} required positional argument{s}: {}",
            missing.len(),
            name_list(&missing)
        )));
    }
    Ok(out)
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

// ------------------------------------------------------------------ conversions

/// `PyFloat_AsDouble`: a float, an int (OverflowError if too large), or an object with
/// `__float__` / `__index__`; TypeError `must be real number, not str` otherwise.
pub fn arg_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => {
            bigint_to_f64(b).ok_or_else(|| PyErr::overflow("int too large to convert to float"))
        }
        Value::Instance(_) => {
            if vm.hasattr(v, "__float__")? {
                let f = vm.getattr(v, "__float__")?;
                let r = vm.call(&f, &[])?;
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v),
                        type_name(&other)
                    ))),
                };
            }
            if vm.hasattr(v, "__index__")? {
                let f = vm.getattr(v, "__index__")?;
                let r = vm.call(&f, &[])?;
                return match r {
                    Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => arg_float(vm, &r),
                    other => Err(PyErr::type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name(&other)
                    ))),
                };
            }
            Err(PyErr::type_error(format!(
                "must be real number, not {}",
                type_name(v)
            )))
        }
        _ => Err(PyErr::type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

/// An int argument (`__index__` semantics) of any size.
pub fn arg_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Ok(BigInt::from(vm.to_index(v)?)),
    }
}

/// An int argument (`__index__` semantics) that must fit in an i64.
pub fn arg_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::overflow(
            "Python int too large to convert to C ssize_t",
        )),
        _ => vm.to_index(v),
    }
}

/// A str argument, or TypeError with `msg(type name)`.
pub fn arg_str(v: &Value, msg: impl FnOnce(&str) -> String) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(msg(&type_name(v)))),
    }
}

/// The int value of an exact int (`Int`, `Bool`, `BigInt`), if `v` is one.
pub fn exact_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// `len(v)`, through the `len` builtin so `__len__` and its errors behave as in Python.
pub fn py_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = match v {
        Value::List(l) => return Ok(l.len()),
        Value::Tuple(t) => return Ok(t.items.len()),
        Value::Str(s) => return Ok(s.char_len()),
        Value::Dict(d) => return Ok(d.len()),
        Value::Set(s) | Value::FrozenSet(s) => return Ok(s.len()),
        Value::Range(r) => return Ok(r.len().max(0) as usize),
        _ => match vm.interp.builtins.get("len").cloned() {
            Some(len) => vm.call(&len, std::slice::from_ref(v))?,
            None => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )));
            }
        },
    };
    Ok(arg_i64(vm, &n)?.max(0) as usize)
}

/// `seq[i]` for `0 <= i`, with fast paths for lists and tuples.
pub fn seq_item(vm: &mut Vm, seq: &Value, i: usize) -> PyResult<Value> {
    match seq {
        Value::List(l) => match l.items.read().get(i) {
            Some(v) => return Ok(v.clone()),
            None => return Err(PyErr::index_error("list index out of range")),
        },
        Value::Tuple(t) => match t.items.get(i) {
            Some(v) => return Ok(v.clone()),
            None => return Err(PyErr::index_error("tuple index out of range")),
        },
        _ => {}
    }
    vm.getitem(seq, &Value::Int(i as i64))
}

/// `2.0 ** e` for `-1022 <= e <= 1023`, exactly.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// C's `frexp`: `x = m * 2**e` with `0.5 <= |m| < 1` (`(x, 0)` for zeros, infinities, NaN).
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * pow2(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022 + adjust)
}

/// C's `ldexp`: `x * 2**e`, correctly rounded (one rounding, also for subnormal results).
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let total = ex.saturating_add(e.clamp(-1 << 40, 1 << 40));
    if total > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if total >= -1021 {
        // (m * 2) is in [1, 2): the product is exact unless it overflows.
        return (m * 2.0) * pow2(total - 1);
    }
    let k = total + 1021;
    if k < -1022 {
        return 0.0f64.copysign(x);
    }
    // m * 2**-1021 is normal and exact; the last multiplication rounds once.
    (m * pow2(-1021)) * pow2(k)
}

/// `_PyLong_Frexp`: `b ~= m * 2**e` with `0.5 <= |m| < 1`, m correctly rounded.
pub fn bigint_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let neg = b.sign() == Sign::Minus;
    let mag = b.magnitude();
    let (f, shift) = if bits <= 64 {
        (mag.to_u64().unwrap_or(0) as f64, 0)
    } else {
        let shift = bits - 64;
        let top = (mag >> (shift as u64)).to_u64().unwrap_or(u64::MAX);
        let sticky = mag
            .trailing_zeros()
            .map(|t| t < shift as u64)
            .unwrap_or(false);
        ((top | sticky as u64) as f64, shift)
    };
    let (mut m, mut e) = frexp(f);
    e += shift;
    if m == 1.0 {
        m = 0.5;
        e += 1;
    }
    (if neg { -m } else { m }, e)
}

/// `float(b)`, or `None` if it is too large (CPython: "int too large to convert to float").
pub fn bigint_to_f64(b: &BigInt) -> Option<f64> {
    if b.is_zero() {
        return Some(0.0);
    }
    let (m, e) = bigint_frexp(b);
    let r = ldexp(m, e);
    if r.is_finite() { Some(r) } else { None }
}

/// `int(f)` for a float already rounded to an integral value (any size).
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if (-9223372036854775808.0..9223372036854775808.0).contains(&t) {
        return Ok(Value::Int(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let mut n = BigInt::from(mant) << (exp as usize);
    if t < 0.0 {
        n = -n;
    }
    Ok(Value::from_bigint(n))
}

/// Build the exception CPython raises for a failed OS call on `filename` (and
/// `filename2`): `FileNotFoundError(2, 'No such file or directory', 'x')` and so on.
pub fn os_error(e: &std::io::Error, filename: Option<&str>, filename2: Option<&str>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return PyErr::new(ExcType::OSError, e.to_string());
    };
    let strerror = strerror(errno);
    let kind = errno_exc_type(errno);
    let mut args = vec![Value::Int(errno as i64), Value::string(strerror)];
    if let Some(f) = filename {
        args.push(Value::str(f));
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(Value::str(f2));
        }
    }
    PyErr::with_args(kind, args)
}

/// The C library's message for `errno`.
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// The OSError subclass CPython picks for an errno (Linux numbering).
pub fn errno_exc_type(errno: i32) -> ExcType {
    match errno {
        1 | 13 => ExcType::PermissionError,
        2 => ExcType::FileNotFoundError,
        3 => ExcType::ProcessLookupError,
        4 => ExcType::InterruptedError,
        10 => ExcType::ChildProcessError,
        11 | 114 | 115 => ExcType::BlockingIOError,
        17 => ExcType::FileExistsError,
        20 => ExcType::NotADirectoryError,
        21 => ExcType::IsADirectoryError,
        32 | 108 => ExcType::BrokenPipeError,
        103 | 104 | 111 => ExcType::ConnectionError,
        110 => ExcType::TimeoutError,
        _ => ExcType::OSError,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_ldexp_roundtrip() {
        for &x in &[
            1.0,
            0.75,
            -3.5,
            1e300,
            1e-300,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            123456.789,
        ] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}: {m}");
            assert_eq!(ldexp(m, e), x);
        }
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(1.0, 1023), 2f64.powi(1023));
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(0.75, -1074), 5e-324);
        assert_eq!(ldexp(-1.0, -100000), -0.0);
    }

    #[test]
    fn bigint_conversions() {
        let b: BigInt = "1".parse::<BigInt>().unwrap() << 100usize;
        assert_eq!(bigint_to_f64(&b), Some(2f64.powi(100)));
        let b: BigInt = "10".parse::<BigInt>().unwrap().pow(400);
        assert_eq!(bigint_to_f64(&b), None);
        let b: BigInt = "-12345678901234567890123".parse().unwrap();
        assert_eq!(bigint_to_f64(&b), Some(-12345678901234567890123.0));
        // 2**64 + 1 rounds to 2**64; 2**53 + 1 rounds (half-even) to 2**53.
        let b: BigInt = (BigInt::from(1) << 80usize) + BigInt::from(1);
        assert_eq!(bigint_to_f64(&b), Some(2f64.powi(80)));
        let b: BigInt =
            (BigInt::from(1) << 80usize) + (BigInt::from(1) << 27usize) + BigInt::from(1);
        assert_eq!(bigint_to_f64(&b), Some(2f64.powi(80) + 2f64.powi(28)));
        match float_to_int(1e20).ok().unwrap() {
            Value::BigInt(b) => assert_eq!(b.to_string(), "100000000000000000000"),
            _ => panic!(),
        }
    }

    #[test]
    fn strerror_text() {
        assert_eq!(strerror(2), "No such file or directory");
    }
}
