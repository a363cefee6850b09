//! Constructors of the built-in types: `int(x)`, `str(x)`, `dict(...)`, `type(x)`,
//! `super()`, `property(...)` and friends.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::Num as _;

use crate::object::class::{Class, TypeKind};
use crate::object::dict::Dict;
use crate::object::other::Other;
use crate::object::range::Range;
use crate::object::set::Set;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{PyErr, PyResult};
use crate::vm::eval::Args;
use crate::vm::types::type_name;

use super::args::kwarg;

/// `str(i)` for a machine int, written straight into an exactly sized string.
fn int_decimal(i: i64) -> String {
    let mut buf = [0u8; 21];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    std::str::from_utf8(&buf[pos..]).unwrap_or("0").to_string()
}

pub fn construct(
    vm: &mut Vm,
    cls: &Arc<Class>,
    args: Args,
    kw: &[(Value, Value)],
) -> PyResult<Value> {
    let name = cls.name.as_str();
    let no_kwargs = |kw: &[(Value, Value)]| -> PyResult<()> {
        if kw.is_empty() {
            Ok(())
        } else {
            Err(PyErr::type_error(format!(
                "{name}() takes no keyword arguments"
            )))
        }
    };
    let at_most = |n: usize| -> PyResult<()> {
        if args.len() > n {
            Err(PyErr::type_error(format!(
                "{name} expected at most {n} argument{}, got {}",
                if n == 1 { "" } else { "s" },
                args.len()
            )))
        } else {
            Ok(())
        }
    };
    if Arc::ptr_eq(cls, &vm.interp.types.slice) {
        let a: Vec<Value> = args.to_vec();
        let (start, stop, step) = match a.len() {
            1 => (Value::None, a[0].clone(), Value::None),
            2 => (a[0].clone(), a[1].clone(), Value::None),
            3 => (a[0].clone(), a[1].clone(), a[2].clone()),
            0 => {
                return Err(PyErr::type_error(
                    "slice expected at least 1 argument, got 0",
                ));
            }
            n => {
                return Err(PyErr::type_error(format!(
                    "slice expected at most 3 arguments, got {n}"
                )));
            }
        };
        return Ok(Value::Other(Arc::new(Other::Slice { start, stop, step })));
    }
    match cls.kind {
        TypeKind::Object => {
            if !args.is_empty() || !kw.is_empty() {
                return Err(PyErr::type_error("object() takes no arguments"));
            }
            Ok(vm.new_instance(cls, &[]))
        }
        TypeKind::Int => {
            let base = args.get(1).cloned().or_else(|| kwarg(kw, "base").cloned());
            match (args.first(), base) {
                (None, None) => Ok(Value::Int(0)),
                (Some(v), None) => to_int(vm, v),
                (Some(Value::Str(s)), Some(b)) => {
                    let b = vm.to_index(&b)?;
                    if b != 0 && !(2..=36).contains(&b) {
                        return Err(PyErr::value_error(
                            "int() base must be >= 2 and <= 36, or 0",
                        ));
                    }
                    parse_int(s.as_str(), b as u32)
                }
                (Some(_), Some(_)) => Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                )),
                (None, Some(_)) => Err(PyErr::type_error("int() missing string argument")),
            }
        }
        TypeKind::Float => {
            no_kwargs(kw)?;
            at_most(1)?;
            match args.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => Ok(Value::Float(to_float(vm, v)?)),
            }
        }
        TypeKind::Bool => {
            no_kwargs(kw)?;
            at_most(1)?;
            match args.first() {
                None => Ok(Value::Bool(false)),
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
            }
        }
        TypeKind::Str => {
            // The common `str(i)` and `str(s)`: no formatting machinery, and an exact
            // str comes back as itself (as CPython's `PyObject_Str` does).
            if kw.is_empty() && args.len() == 1 {
                match args.first() {
                    Some(Value::Int(i)) => return Ok(Value::string(int_decimal(*i))),
                    Some(Value::Str(s)) => return Ok(Value::Str(s.clone())),
                    _ => {}
                }
            }
            if args.len() > 3 {
                return Err(PyErr::type_error(format!(
                    "str() takes at most 3 arguments ({} given)",
                    args.len()
                )));
            }
            match args.first().or_else(|| kwarg(kw, "object")) {
                None => Ok(Value::str("")),
                Some(v) => Ok(Value::string(vm.str(v)?)),
            }
        }
        TypeKind::List => {
            no_kwargs(kw)?;
            at_most(1)?;
            match args.first() {
                None => Ok(Value::list(Vec::new())),
                Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
            }
        }
        TypeKind::Tuple => {
            no_kwargs(kw)?;
            at_most(1)?;
            match args.first() {
                None => Ok(Value::tuple(Vec::new())),
                Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
            }
        }
        TypeKind::Dict => {
            at_most(1)?;
            let d = Arc::new(Dict::new());
            if let Some(v) = args.first() {
                vm.dict_merge(&d, v)?;
            }
            for (k, v) in kw {
                vm.dict_set(&d, k.clone(), v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        TypeKind::Set | TypeKind::FrozenSet => {
            no_kwargs(kw)?;
            at_most(1)?;
            let table = match args.first() {
                None => crate::object::set::SetTable::new(),
                Some(Value::Set(s) | Value::FrozenSet(s)) => s.table.read().copy(),
                Some(Value::Dict(d)) => {
                    let keys = d.table.read().keys();
                    let mut t = crate::object::set::SetTable::new();
                    t.reserve_for_merge(keys.len());
                    for k in keys {
                        vm.set_table_insert(&mut t, k)?;
                    }
                    t
                }
                Some(v) => {
                    let items = vm.collect_iterable(v)?;
                    vm.make_set_table(items)?
                }
            };
            let s = Arc::new(Set::from_table(table));
            Ok(if cls.kind == TypeKind::Set {
                Value::Set(s)
            } else {
                Value::FrozenSet(s)
            })
        }
        TypeKind::Range => {
            no_kwargs(kw)?;
            let ints: Vec<i64> = args
                .iter()
                .map(|a| match a {
                    Value::Float(_) => Err(PyErr::type_error(
                        "'float' object cannot be interpreted as an integer",
                    )),
                    Value::BigInt(_) => Err(PyErr::overflow(
                        "Python int too large to convert to C ssize_t",
                    )),
                    _ => vm.to_index(a),
                })
                .collect::<PyResult<_>>()?;
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => {
                    return Err(PyErr::type_error(
                        "range expected at least 1 argument, got 0",
                    ));
                }
                _ => {
                    return Err(PyErr::type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )));
                }
            };
            if step == 0 {
                return Err(PyErr::value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Arc::new(Range { start, stop, step })))
        }
        TypeKind::Type => match args.len() {
            1 => Ok(Value::Class(vm.interp.types.type_of(&args[0]))),
            3 => {
                let name = args[0].clone();
                let bases = args[1].clone();
                let Value::Dict(ns) = &args[2] else {
                    return Err(PyErr::type_error("type.__new__() argument 3 must be dict"));
                };
                make_class_from_dict(vm, name, bases, ns)
            }
            _ => Err(PyErr::type_error("type() takes 1 or 3 arguments")),
        },
        TypeKind::Property => {
            let get = |i: usize, k: &str| {
                args.get(i)
                    .cloned()
                    .or_else(|| kwarg(kw, k).cloned())
                    .unwrap_or(Value::None)
            };
            Ok(Value::Other(Arc::new(Other::Property {
                fget: get(0, "fget"),
                fset: get(1, "fset"),
                fdel: get(2, "fdel"),
            })))
        }
        TypeKind::StaticMethod => Ok(Value::Other(Arc::new(Other::StaticMethod(
            args.first().cloned().unwrap_or(Value::None),
        )))),
        TypeKind::ClassMethod => Ok(Value::Other(Arc::new(Other::ClassMethod(
            args.first().cloned().unwrap_or(Value::None),
        )))),
        TypeKind::Super => make_super(vm, &args),
        TypeKind::Lock => crate::modules::thread::allocate_lock(vm, &args, kw),
        TypeKind::RLock => crate::modules::thread::rlock_new(vm, &args, kw),
        _ => Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            cls.name
        ))),
    }
}

/// `type(name, bases, dict)`: build a class from a namespace dict.
fn make_class_from_dict(vm: &mut Vm, name: Value, bases: Value, ns: &Arc<Dict>) -> PyResult<Value> {
    let body_code = Arc::new(crate::bytecode::Code {
        name: "<type>".into(),
        qualname: "<type>".into(),
        filename: Arc::from("<type>"),
        first_line: 1,
        ops: vec![
            crate::bytecode::Op::LoadConst(0),
            crate::bytecode::Op::Return,
        ],
        lines: vec![1, 1],
        consts: vec![Value::None],
        names: vec![],
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell_params: vec![],
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: crate::bytecode::flags::CLASS_BODY,
        docstring: None,
        global_names: vec![],
        attr_hints: crate::bytecode::AttrHints::new(0),
    });
    let globals = vm
        .frames
        .last()
        .map(|f| f.globals().clone())
        .unwrap_or_default();
    let body = vm.make_function(body_code, globals, Value::None, Value::None, Value::None);
    let cls = vm.build_class(body, name, bases, Value::None)?;
    if let Value::Class(c) = &cls {
        let entries: Vec<(Value, Value)> = ns
            .table
            .read()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            if matches!(&v, Value::Other(o) if matches!(&**o, Other::Property { .. })) {
                vm.interp
                    .late_properties
                    .store(true, std::sync::atomic::Ordering::Relaxed);
            }
            vm.dict_set(&c.dict, k, v)?;
        }
        vm.invalidate_class_caches();
    }
    Ok(cls)
}

/// `super()` (zero-argument form reads `__class__` and the first argument of the caller)
/// or `super(Class, obj)`.
fn make_super(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    if args.len() == 2 {
        let Value::Class(c) = &args[0] else {
            return Err(PyErr::type_error("super() argument 1 must be a type"));
        };
        return Ok(Value::Other(Arc::new(Other::Super {
            class: c.clone(),
            obj: args[1].clone(),
        })));
    }
    let Some(frame) = vm.frames.last() else {
        return Err(PyErr::runtime_error("super(): no arguments"));
    };
    let code = &frame.code();
    let class_cell = code
        .freevars
        .iter()
        .position(|n| n == "__class__")
        .map(|i| code.cellvars.len() + i);
    let class = match class_cell.and_then(|i| frame.cells.get(i)).map(|c| c.get()) {
        Some(Value::Class(c)) => c,
        _ if code.argcount == 0 && !code.has_varargs() => {
            return Err(PyErr::runtime_error("super(): no arguments"));
        }
        _ => return Err(PyErr::runtime_error("super(): __class__ cell not found")),
    };
    if code.argcount == 0 && !code.has_varargs() {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    let first = match frame.stack.first() {
        Some(Value::Unbound) | None => {
            // The first parameter may live in a cell if a closure captured it.
            let name = code.varnames.first().cloned().unwrap_or_default();
            match code.cellvars.iter().position(|c| *c == name) {
                Some(ci) => frame.cells[ci].get(),
                None => return Err(PyErr::runtime_error("super(): arg[0] deleted")),
            }
        }
        Some(v) => v.clone(),
    };
    Ok(Value::Other(Arc::new(Other::Super { class, obj: first })))
}

/// `int(v)` for any value.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(p) = vm.plain_payload(v, "__int__") {
        return to_int(vm, &p);
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(*f),
        Value::Str(s) => parse_int(s.as_str(), 10),
        Value::Instance(inst) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.user_dunder(&inst.class, name) {
                    return vm.call(&m, std::slice::from_ref(v));
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                inst.class.name
            )))
        }
        _ => Err(PyErr::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(
        num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
    ))
}

/// Parse an int literal as `int(s, base)` does (whitespace, sign, underscores, prefixes).
/// Unicode decimal digits (category Nd) as ASCII, as `int()` and `float()` accept them.
/// Each Nd block is ten consecutive code points; these are the blocks' zeros.
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    const ZEROS: &[u32] = &[
        0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6,
        0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
        0x116C0, 0x11730, 0x118E0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E950, 0x1FBF0,
    ];
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let digit = |c: char| {
        ZEROS
            .iter()
            .find_map(|&z| (c as u32).checked_sub(z).filter(|d| *d < 10))
    };
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match digit(c) {
                Some(d) => char::from(b'0' + d as u8),
                None if c == '\u{3000}' || c == '\u{a0}' => ' ',
                None => c,
            })
            .collect(),
    )
}

pub fn parse_int(s: &str, base: u32) -> PyResult<Value> {
    let err = || {
        PyErr::value_error(format!(
            "invalid literal for int() with base {base}: {}",
            crate::vm::repr::repr_str(s)
        ))
    };
    let ascii = ascii_digits(s);
    let t = ascii.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let (mut radix, mut digits) = (base, lower.as_str());
    let prefixed = |p: &str| digits.len() > 2 && digits.starts_with(p);
    if (base == 0 || base == 16) && prefixed("0x") {
        radix = 16;
        digits = &digits[2..];
    }
    if (base == 0 || base == 8) && prefixed("0o") {
        radix = 8;
        digits = &digits[2..];
    }
    if (base == 0 || base == 2) && prefixed("0b") {
        radix = 2;
        digits = &digits[2..];
    }
    if radix == 0 {
        radix = 10;
        if digits.len() > 1
            && digits.starts_with('0')
            && !digits.trim_start_matches(['0', '_']).is_empty()
        {
            return Err(err());
        }
    }
    let digits = digits
        .strip_prefix('_')
        .filter(|_| radix != base || base == 0)
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(err());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(radix)) {
        return Err(err());
    }
    if clean.len() > 4300 && radix == 10 {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    let b = BigInt::from_str_radix(&clean, radix).map_err(|_| err())?;
    Ok(Value::from_bigint(if neg { -b } else { b }))
}

/// `float(v)` for any value.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(p) = vm.plain_payload(v, "__float__") {
        return to_float(vm, &p);
    }
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::vm::numeric::big_to_f64(b),
        Value::Str(s) => parse_float(s.as_str()),
        Value::Instance(inst) => {
            if let Some(m) = vm.user_dunder(&inst.class, "__float__") {
                let r = vm.call(&m, std::slice::from_ref(v))?;
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(PyErr::type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        inst.class.name,
                        type_name(&other)
                    ))),
                };
            }
            if let Some(m) = vm.user_dunder(&inst.class, "__index__") {
                let r = vm.call(&m, std::slice::from_ref(v))?;
                return to_float(vm, &r);
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                inst.class.name
            )))
        }
        _ => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

pub fn parse_float(s: &str) -> PyResult<f64> {
    let err = || {
        PyErr::value_error(format!(
            "could not convert string to float: {}",
            crate::vm::repr::repr_str(s)
        ))
    };
    let ascii = ascii_digits(s);
    let t = ascii.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, lower.as_str()),
    };
    match body {
        "inf" | "infinity" => return Ok(sign * f64::INFINITY),
        "nan" => return Ok(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with('_')
        || body.ends_with('_')
        || body.contains("__")
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return Err(err());
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().map(|f| sign * f).map_err(|_| err())
}
