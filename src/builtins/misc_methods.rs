//! Methods of numbers and ranges, the default dunders of `object` and `BaseException`, and
//! generic dunders (`x.__len__()`) for built-in values.

use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use crate::builtins::args::{check_count, expected_count, reject_kwargs};
use crate::builtins::methods::{bad_receiver, not_implemented};
use crate::object::class::{Class, TypeKind, name_key};
use crate::object::func::Kwargs;
use crate::object::other::Other;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};
use crate::vm::types::type_name;

fn noargs(args: &[Value], kw: Kwargs, qual: &str) -> PyResult<()> {
    if !kw.is_empty() || args.len() != 1 {
        reject_kwargs(qual, kw)?;
        check_count(qual, args.get(1..).unwrap_or(&[]), 0, 0)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// int

fn int_recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(v @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => Ok(v),
        _ => Err(bad_receiver("int", name, args)),
    }
}

fn as_plain_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

pub fn int_bit_length(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = int_recv(args, "bit_length")?;
    noargs(args, kw, "int.bit_length")?;
    Ok(Value::Int(match v {
        Value::Int(i) => (64 - i.unsigned_abs().leading_zeros()) as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bits() as i64,
        _ => 0,
    }))
}

pub fn int_bit_count(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = int_recv(args, "bit_count")?;
    noargs(args, kw, "int.bit_count")?;
    Ok(Value::Int(match v {
        Value::Int(i) => i.unsigned_abs().count_ones() as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.magnitude().count_ones() as i64,
        _ => 0,
    }))
}

pub fn int_conjugate(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = int_recv(args, "conjugate")?;
    noargs(args, kw, "int.conjugate")?;
    Ok(as_plain_int(v))
}

pub fn int_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = int_recv(args, "as_integer_ratio")?;
    noargs(args, kw, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![as_plain_int(v), Value::Int(1)]))
}

// ---------------------------------------------------------------------------------------
// float

fn float_recv(args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(bad_receiver("float", name, args)),
    }
}

pub fn float_is_integer(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = float_recv(args, "is_integer")?;
    noargs(args, kw, "float.is_integer")?;
    Ok(Value::Bool(f.is_finite() && f == f.floor()))
}

pub fn float_conjugate(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = float_recv(args, "conjugate")?;
    noargs(args, kw, "float.conjugate")?;
    Ok(Value::Float(f))
}

/// The exact ratio `(numerator, denominator)` of a finite float, in lowest terms.
pub fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        return Err(PyErr::overflow("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert NaN to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = f.to_bits();
    let negative = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    if e < 0 {
        let shift = (mant.trailing_zeros() as i64).min(-e);
        mant >>= shift;
        e += shift;
    }
    let mut num = BigInt::from(mant);
    let den = if e >= 0 {
        num <<= e as usize;
        BigInt::from(1)
    } else {
        BigInt::from(1) << (-e) as usize
    };
    if negative {
        num = -num;
    }
    Ok((num, den))
}

pub fn float_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let f = float_recv(args, "as_integer_ratio")?;
    noargs(args, kw, "float.as_integer_ratio")?;
    let (n, d) = float_ratio(f)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

// ---------------------------------------------------------------------------------------
// range

fn range_recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Arc<crate::object::range::Range>> {
    match args.first() {
        Some(Value::Range(r)) => Ok(r),
        _ => Err(bad_receiver("range", name, args)),
    }
}

/// Position of int `x` in the range, if present.
fn range_position(r: &crate::object::range::Range, x: &Value) -> Option<Option<i64>> {
    let x: i128 = match x {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => *b as i128,
        Value::BigInt(b) => b.to_i128().unwrap_or(i128::MAX),
        _ => return None,
    };
    let (start, step, len) = (r.start as i128, r.step as i128, r.len() as i128);
    let off = x - start;
    if step == 0 || off % step != 0 {
        return Some(None);
    }
    let i = off / step;
    Some(if i >= 0 && i < len {
        Some(i as i64)
    } else {
        None
    })
}

pub fn range_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let r = range_recv(args, "index")?;
    reject_kwargs("range.index", kw)?;
    check_count("range.index", &args[1..], 1, 1)?;
    let x = &args[1];
    let pos = match range_position(r, x) {
        Some(p) => p,
        None => {
            let mut found = None;
            for i in 0..r.len() {
                if vm.eq(&Value::Int(r.get(i)), x)? {
                    found = Some(i);
                    break;
                }
            }
            found
        }
    };
    match pos {
        Some(i) => Ok(Value::Int(i)),
        None => Err(PyErr::value_error(format!(
            "{} is not in range",
            vm.repr(x)?
        ))),
    }
}

pub fn range_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let r = range_recv(args, "count")?;
    reject_kwargs("range.count", kw)?;
    check_count("range.count", &args[1..], 1, 1)?;
    let x = &args[1];
    match range_position(r, x) {
        Some(p) => Ok(Value::Int(p.is_some() as i64)),
        None => {
            let mut n = 0;
            for i in 0..r.len() {
                if vm.eq(&Value::Int(r.get(i)), x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}

// ---------------------------------------------------------------------------------------
// Generic dunders of built-in values (reached through the values, never through a class)

fn native_recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(Value::Instance(_)) | None => Err(bad_receiver("object", name, args)),
        Some(v) => Ok(v),
    }
}

fn one(args: &[Value], kw: Kwargs, name: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    expected_count(&args[1..], 1)
}

pub fn dunder_len(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__len__")?;
    noargs(args, kw, &format!("{}.__len__", type_name(v)))?;
    Ok(Value::Int(vm.len_of(v)? as i64))
}

pub fn dunder_contains(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__contains__")?;
    one(args, kw, "__contains__")?;
    Ok(Value::Bool(vm.contains(v, &args[1])?))
}

pub fn dunder_getitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__getitem__")?;
    one(args, kw, "__getitem__")?;
    vm.getitem(v, &args[1])
}

pub fn dunder_setitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__setitem__")?;
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "__setitem__() takes no keyword arguments",
        ));
    }
    expected_count(&args[1..], 2)?;
    vm.setitem(v, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

pub fn dunder_delitem(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__delitem__")?;
    one(args, kw, "__delitem__")?;
    vm.delitem(v, &args[1])?;
    Ok(Value::None)
}

pub fn dunder_iter(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__iter__")?;
    noargs(args, kw, &format!("{}.__iter__", type_name(v)))?;
    vm.get_iter(v)
}

pub fn dunder_str(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__str__")?;
    noargs(args, kw, &format!("{}.__str__", type_name(v)))?;
    Ok(Value::string(vm.str(v)?))
}

pub fn dunder_repr(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__repr__")?;
    noargs(args, kw, &format!("{}.__repr__", type_name(v)))?;
    Ok(Value::string(vm.repr(v)?))
}

pub fn dunder_format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = native_recv(args, "__format__")?;
    if !kw.is_empty() || args.len() != 2 {
        reject_kwargs(&format!("{}.__format__", type_name(v)), kw)?;
        check_count(&format!("{}.__format__", type_name(v)), &args[1..], 1, 1)?;
    }
    let Value::Str(spec) = &args[1] else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&args[1])
        )));
    };
    Ok(Value::string(vm.format_value_spec(v, spec.as_str())?))
}

// ---------------------------------------------------------------------------------------
// object

/// `object.__init__(self, *args, **kwargs)`: accepts and ignores its arguments.
pub fn object_init(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.is_empty() {
        return Err(PyErr::type_error(
            "descriptor '__init__' of 'object' object needs an argument",
        ));
    }
    Ok(Value::None)
}

fn class_arg<'a>(args: &'a [Value], what: &str) -> PyResult<&'a Arc<Class>> {
    match args.first() {
        Some(Value::Class(c)) => Ok(c),
        Some(v) => Err(PyErr::type_error(format!(
            "{what}(X): X is not a type object ({})",
            type_name(v)
        ))),
        None => Err(PyErr::type_error(format!("{what}(): not enough arguments"))),
    }
}

/// `object.__new__(cls, *args)`: a bare instance.
pub fn object_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cls = class_arg(args, "object.__new__")?;
    match cls.kind {
        TypeKind::User | TypeKind::Object => {
            if cls.exc_base.is_some() {
                Ok(vm.new_instance(cls, &args[1..]))
            } else {
                Ok(vm.new_instance(cls, &[]))
            }
        }
        _ => Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            cls.name, cls.name
        ))),
    }
}

pub fn object_str(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(bad_receiver("object", "__str__", args));
    };
    Ok(Value::string(vm.repr(v)?))
}

pub fn object_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(bad_receiver("object", "__repr__", args));
    };
    Ok(Value::string(vm.default_repr(v)?))
}

/// `object.__eq__`: identity, else NotImplemented.
pub fn object_eq(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(bad_receiver("object", "__eq__", args));
    };
    expected_count(&args[1..], 1)?;
    Ok(if v.is(&args[1]) {
        Value::Bool(true)
    } else {
        not_implemented()
    })
}

/// `object.__ne__`: the inverse of `type(self).__eq__(self, other)` unless NotImplemented.
pub fn object_ne(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(bad_receiver("object", "__ne__", args));
    };
    expected_count(&args[1..], 1)?;
    let eq = vm.getattr(v, "__eq__")?;
    let r = vm.call(&eq, &args[1..2])?;
    if matches!(&r, Value::Other(o) if matches!(**o, Other::NotImplemented)) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

/// `object.__hash__`: identity based (as the VM hashes instances without `__hash__`).
pub fn object_hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(bad_receiver("object", "__hash__", args));
    };
    match v {
        Value::Instance(_) | Value::Class(_) | Value::Function(_) => {
            Ok(Value::Int((v.heap_ptr().unwrap_or(0) >> 4) as i64))
        }
        _ => Ok(Value::Int(vm.hash(v)? as i64)),
    }
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
pub fn object_format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(bad_receiver("object", "__format__", args));
    };
    expected_count(&args[1..], 1)?;
    match &args[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::string(vm.str(v)?)),
        Value::Str(_) => Err(PyErr::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(v)
        ))),
        other => Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(other)
        ))),
    }
}

pub fn object_init_subclass(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn attr_name(v: &Value) -> PyResult<&str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        other => Err(PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        ))),
    }
}

/// `object.__getattribute__(self, name)`: the default lookup, bypassing any
/// `__getattribute__` defined in Python.
pub fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(bad_receiver("object", "__getattribute__", args));
    };
    expected_count(&args[1..], 1)?;
    attr_name(&args[1])?;
    vm.getattr_generic(obj, &args[1])
}

/// `object.__setattr__(self, name, value)`: the default store, bypassing any
/// `__setattr__` defined in Python (properties with a setter still apply).
pub fn object_setattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(bad_receiver("object", "__setattr__", args));
    };
    expected_count(&args[1..], 2)?;
    let name = attr_name(&args[1])?;
    let value = args[2].clone();
    let Value::Instance(inst) = obj else {
        vm.setattr(obj, name, value)?;
        return Ok(Value::None);
    };
    if let Some(Value::Other(o)) = vm.class_lookup(&inst.class, &args[1])
        && let Other::Property { fset, .. } = &*o
    {
        if fset.is_none() {
            return Err(PyErr::attribute_error(format!(
                "property '{name}' of '{}' object has no setter",
                inst.class.name
            )));
        }
        vm.call(&fset.clone(), &[obj.clone(), value])?;
        return Ok(Value::None);
    }
    if let Some(st) = inst.exc_state()
        && name == "args"
    {
        let items = vm.collect_iterable(&value)?;
        *st.args.lock() = items;
        return Ok(Value::None);
    }
    vm.dict_set(&inst.dict, name_key(name), value)?;
    Ok(Value::None)
}

/// `object.__delattr__(self, name)`.
pub fn object_delattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(bad_receiver("object", "__delattr__", args));
    };
    expected_count(&args[1..], 1)?;
    let name = attr_name(&args[1])?;
    if !matches!(obj, Value::Instance(_)) {
        return Err(PyErr::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            type_name(obj)
        )));
    }
    vm.delattr_generic(obj, &args[1])?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// BaseException

fn exc_recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Value> {
    match args.first() {
        Some(v @ Value::Instance(i)) if i.exc_state().is_some() => Ok(v),
        _ => Err(bad_receiver("BaseException", name, args)),
    }
}

/// `BaseException.__init__(self, *args)`: sets `args`.
pub fn exc_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let v = exc_recv(args, "__init__")?;
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            type_name(v)
        )));
    }
    vm.set_exception_args(v, args[1..].to_vec());
    Ok(Value::None)
}

/// `BaseException.__new__(cls, *args)`.
pub fn exc_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cls = class_arg(args, "BaseException.__new__")?;
    if cls.exc_base.is_none() {
        return Err(PyErr::type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            cls.name, cls.name
        )));
    }
    if matches!(cls.kind, TypeKind::Exception(_)) {
        let kind = match cls.kind {
            TypeKind::Exception(k) => k,
            _ => ExcType::Exception,
        };
        return Ok(vm.new_exception(kind, args[1..].to_vec()));
    }
    Ok(vm.new_instance(cls, &args[1..]))
}

pub fn exc_str(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = exc_recv(args, "__str__")?;
    Ok(Value::string(vm.exception_str(v)?))
}

pub fn exc_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = exc_recv(args, "__repr__")?;
    Ok(Value::string(vm.exception_repr(v)?))
}

/// `exc.with_traceback(tb)`: tracebacks are not objects here; returns the exception.
pub fn exc_with_traceback(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = exc_recv(args, "with_traceback")?;
    check_count("BaseException.with_traceback", &args[1..], 1, 1)?;
    Ok(v.clone())
}

/// `exc.add_note(note)`: appends to `exc.__notes__`.
pub fn exc_add_note(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = exc_recv(args, "add_note")?;
    check_count("BaseException.add_note", &args[1..], 1, 1)?;
    let note = &args[1];
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            type_name(note)
        )));
    }
    let Value::Instance(inst) = v else {
        return Ok(Value::None);
    };
    let key = name_key("__notes__");
    match vm.dict_get(&inst.dict, &key)? {
        Some(Value::List(l)) => l.items.write().push(note.clone()),
        Some(_) => {
            return Err(PyErr::type_error(
                "Cannot add note: __notes__ is not a list",
            ));
        }
        None => vm.dict_set(&inst.dict, key, Value::list(vec![note.clone()]))?,
    }
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Signed;

    fn ratio(f: f64) -> (String, String) {
        let (n, d) = float_ratio(f).ok().unwrap_or_default();
        (n.to_string(), d.to_string())
    }

    #[test]
    fn float_ratios() {
        assert_eq!(ratio(2.5), ("5".into(), "2".into()));
        assert_eq!(ratio(-0.75), ("-3".into(), "4".into()));
        assert_eq!(
            ratio(0.1),
            ("3602879701896397".into(), "36028797018963968".into())
        );
        assert_eq!(ratio(1e20), ("100000000000000000000".into(), "1".into()));
        assert_eq!(ratio(5e-324), ("1".into(), BigInt::from(1).shl_str(1074)));
        assert!(float_ratio(f64::INFINITY).is_err() && float_ratio(f64::NAN).is_err());
        assert!(BigInt::from(-3).is_negative());
    }

    trait ShlStr {
        fn shl_str(self, n: usize) -> String;
    }
    impl ShlStr for BigInt {
        fn shl_str(self, n: usize) -> String {
            (self << n).to_string()
        }
    }
}
