//! Explicit dunder calls on built-in values (`(3).__add__(4)`, `int.__add__(1, 2)`,
//! `"a".__eq__("a")`): each maps to the VM operation the operator itself uses. A binary
//! dunder returns NotImplemented where the operator would raise TypeError, as CPython's
//! slot wrappers do.

use std::sync::Arc;

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::object::func::{Kwargs, NativeFn};
use crate::object::other::Other;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};

fn not_implemented() -> Value {
    Value::Other(Arc::new(Other::NotImplemented))
}

fn arity(name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        return Err(PyErr::type_error(format!(
            "expected {} argument{}, got {} ({name})",
            n - 1,
            if n == 2 { "" } else { "s" },
            args.len().saturating_sub(1)
        )));
    }
    Ok(())
}

/// `int.__add__(self, other)` called on an instance of an int subclass acts on its
/// built-in part, never back on the subclass's own dunders.
fn base_args(args: &[Value]) -> Vec<Value> {
    args.iter()
        .map(|a| match a {
            Value::Instance(i) if i.payload.is_some() => i.payload.clone().unwrap_or(Value::None),
            other => other.clone(),
        })
        .collect()
}

fn binary(vm: &mut Vm, args: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    arity("binary operator", args, 2)?;
    let args = &base_args(args)[..];
    let (a, b) = if reflected {
        (&args[1], &args[0])
    } else {
        (&args[0], &args[1])
    };
    match vm.binary_op(op, a, b) {
        Err(e) if vm.error_is(&e, ExcType::TypeError) => Ok(not_implemented()),
        r => r,
    }
}

fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    arity("comparison", args, 2)?;
    let args = &base_args(args)[..];
    let same_family = |v: &Value| match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => 0,
        Value::Str(_) => 1,
        Value::List(_) => 2,
        Value::Tuple(_) => 3,
        Value::Set(_) | Value::FrozenSet(_) => 4,
        Value::Dict(_) => 5,
        _ => 6,
    };
    if same_family(&args[0]) != same_family(&args[1]) {
        return Ok(not_implemented());
    }
    match vm.compare_op(op, &args[0], &args[1]) {
        Err(e) if vm.error_is(&e, ExcType::TypeError) => Ok(not_implemented()),
        r => r,
    }
}

macro_rules! binary_dunders {
    ($($fname:ident, $rname:ident => $op:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> { binary(vm, args, $op, false) }
            fn $rname(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> { binary(vm, args, $op, true) }
        )*
    };
}

binary_dunders! {
    add, radd => BinOp::Add;
    sub, rsub => BinOp::Sub;
    mul, rmul => BinOp::Mul;
    truediv, rtruediv => BinOp::Div;
    floordiv, rfloordiv => BinOp::FloorDiv;
    modulo, rmodulo => BinOp::Mod;
    power, rpower => BinOp::Pow;
    lshift, rlshift => BinOp::LShift;
    rshift, rrshift => BinOp::RShift;
    and, rand => BinOp::BitAnd;
    or, ror => BinOp::BitOr;
    xor, rxor => BinOp::BitXor;
}

macro_rules! compare_dunders {
    ($($fname:ident => $op:expr;)*) => {
        $( fn $fname(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> { compare(vm, args, $op) } )*
    };
}

compare_dunders! {
    eq => CmpOp::Eq;
    ne => CmpOp::NotEq;
    lt => CmpOp::Lt;
    le => CmpOp::LtE;
    gt => CmpOp::Gt;
    ge => CmpOp::GtE;
}

macro_rules! unary_dunders {
    ($($fname:ident => $op:expr;)*) => {
        $( fn $fname(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> { arity("unary operator", args, 1)?; vm.unary_op($op, &base_args(args)[0]) } )*
    };
}

unary_dunders! {
    neg => UnaryOp::Neg;
    pos => UnaryOp::Pos;
    invert => UnaryOp::Invert;
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let abs = vm
        .interp
        .builtins
        .get("abs")
        .cloned()
        .unwrap_or(Value::None);
    vm.call_with(&abs, args.iter().cloned().collect(), kw)
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__bool__", args, 1)?;
    Ok(Value::Bool(vm.truthy(&args[0])?))
}

fn len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__len__", args, 1)?;
    Ok(Value::Int(vm.len_of(&args[0])? as i64))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__hash__", args, 1)?;
    Ok(Value::Int(vm.hash(&args[0])? as i64))
}

fn str_(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__str__", args, 1)?;
    Ok(Value::string(vm.str(&args[0])?))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__repr__", args, 1)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__iter__", args, 1)?;
    vm.get_iter(&args[0])
}

fn contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__contains__", args, 2)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__getitem__", args, 2)?;
    vm.getitem(&args[0], &args[1])
}

fn setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__setitem__", args, 3)?;
    vm.setitem(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__delitem__", args, 2)?;
    vm.delitem(&args[0], &args[1])?;
    Ok(Value::None)
}

fn int(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__int__", args, 1)?;
    super::types::to_int(vm, &args[0])
}

fn float(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__float__", args, 1)?;
    Ok(Value::Float(super::types::to_float(vm, &args[0])?))
}

fn index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__index__", args, 1)?;
    match &args[0] {
        v @ (Value::Int(_) | Value::BigInt(_)) => Ok(v.clone()),
        v => Ok(Value::Int(vm.to_index(v)?)),
    }
}

fn round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let round = vm
        .interp
        .builtins
        .get("round")
        .cloned()
        .unwrap_or(Value::None);
    vm.call_with(&round, args.iter().cloned().collect(), kw)
}

fn format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    arity("__format__", args, 2)?;
    let spec = args[1]
        .as_str()
        .ok_or_else(|| PyErr::type_error("format spec must be a str"))?
        .to_string();
    Ok(Value::string(vm.format_value_spec(&args[0], &spec)?))
}

/// `list.__init__`, `dict.__init__`, `set.__init__`: refill the container (reached through
/// `super().__init__(...)` in subclasses, with the built-in part as receiver).
fn container_init(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(target) = args.first() else {
        return Err(PyErr::type_error("__init__ needs a receiver"));
    };
    match target {
        Value::List(l) => {
            let items = match args.get(1) {
                Some(v) => vm.collect_iterable(v)?,
                None => Vec::new(),
            };
            *l.items.write() = items;
        }
        Value::Dict(d) => {
            d.table.write().clear();
            if let Some(v) = args.get(1) {
                vm.dict_merge(d, v)?;
            }
            for (k, v) in kw {
                vm.dict_set(d, k.clone(), v.clone())?;
            }
        }
        Value::Set(_) => {
            if let Value::Set(s) = target {
                s.table.write().clear();
            }
            if let Some(v) = args.get(1) {
                for item in vm.collect_iterable(v)? {
                    vm.set_add(target, item)?;
                }
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `tuple.__new__(cls, ...)` and friends from a subclass's `__new__`: an instance of `cls`
/// whose built-in part is built from the arguments.
fn builtin_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(PyErr::type_error("__new__(X): X is not a type object"));
    };
    let Some(kind) = cls.builtin_base else {
        return Err(PyErr::type_error(format!(
            "__new__({}): not a subtype of a built-in type",
            cls.name
        )));
    };
    let types = &vm.interp.types;
    let base = match kind {
        crate::object::class::TypeKind::List => types.list.clone(),
        crate::object::class::TypeKind::Dict => types.dict.clone(),
        crate::object::class::TypeKind::Set => types.set.clone(),
        crate::object::class::TypeKind::FrozenSet => types.frozenset.clone(),
        crate::object::class::TypeKind::Str => types.str_.clone(),
        crate::object::class::TypeKind::Int => types.int.clone(),
        crate::object::class::TypeKind::Float => types.float.clone(),
        _ => types.tuple.clone(),
    };
    let payload = super::types::construct(vm, &base, args[1..].iter().cloned().collect(), kw)?;
    let cls = cls.clone();
    Ok(vm.new_instance_with(&cls, &[], Some(payload)))
}

/// The dunder `name` of a built-in value, if the operators support it.
pub fn dunder(name: &str) -> Option<(&'static str, NativeFn)> {
    let f: (&'static str, NativeFn) = match name {
        "__add__" => ("__add__", add),
        "__radd__" => ("__radd__", radd),
        "__sub__" => ("__sub__", sub),
        "__rsub__" => ("__rsub__", rsub),
        "__mul__" => ("__mul__", mul),
        "__rmul__" => ("__rmul__", rmul),
        "__truediv__" => ("__truediv__", truediv),
        "__rtruediv__" => ("__rtruediv__", rtruediv),
        "__floordiv__" => ("__floordiv__", floordiv),
        "__rfloordiv__" => ("__rfloordiv__", rfloordiv),
        "__mod__" => ("__mod__", modulo),
        "__rmod__" => ("__rmod__", rmodulo),
        "__pow__" => ("__pow__", power),
        "__rpow__" => ("__rpow__", rpower),
        "__lshift__" => ("__lshift__", lshift),
        "__rlshift__" => ("__rlshift__", rlshift),
        "__rshift__" => ("__rshift__", rshift),
        "__rrshift__" => ("__rrshift__", rrshift),
        "__and__" => ("__and__", and),
        "__rand__" => ("__rand__", rand),
        "__or__" => ("__or__", or),
        "__ror__" => ("__ror__", ror),
        "__xor__" => ("__xor__", xor),
        "__rxor__" => ("__rxor__", rxor),
        "__eq__" => ("__eq__", eq),
        "__ne__" => ("__ne__", ne),
        "__lt__" => ("__lt__", lt),
        "__le__" => ("__le__", le),
        "__gt__" => ("__gt__", gt),
        "__ge__" => ("__ge__", ge),
        "__neg__" => ("__neg__", neg),
        "__pos__" => ("__pos__", pos),
        "__invert__" => ("__invert__", invert),
        "__abs__" => ("__abs__", abs),
        "__bool__" => ("__bool__", bool_),
        "__len__" => ("__len__", len),
        "__hash__" => ("__hash__", hash),
        "__str__" => ("__str__", str_),
        "__repr__" => ("__repr__", repr),
        "__iter__" => ("__iter__", iter),
        "__contains__" => ("__contains__", contains),
        "__getitem__" => ("__getitem__", getitem),
        "__setitem__" => ("__setitem__", setitem),
        "__delitem__" => ("__delitem__", delitem),
        "__int__" => ("__int__", int),
        "__float__" => ("__float__", float),
        "__index__" => ("__index__", index),
        "__round__" => ("__round__", round),
        "__format__" => ("__format__", format),
        "__init__" => ("__init__", container_init),
        "__new__" => ("__new__", builtin_new),
        _ => return None,
    };
    Some(f)
}

/// Whether a built-in value of this kind has the dunder (so `hasattr(1, '__len__')` is
/// False, as in CPython).
pub fn kind_has(kind: crate::object::class::TypeKind, name: &str) -> bool {
    use crate::object::class::TypeKind as K;
    let numeric = matches!(kind, K::Int | K::Bool | K::Float);
    let sequence = matches!(kind, K::Str | K::List | K::Tuple | K::Range);
    let container = sequence || matches!(kind, K::Dict | K::Set | K::FrozenSet);
    match name {
        "__str__" | "__repr__" | "__eq__" | "__ne__" | "__hash__" | "__format__" => true,
        "__lt__" | "__le__" | "__gt__" | "__ge__" => !matches!(kind, K::Dict | K::Range),
        "__add__" | "__radd__" | "__mul__" | "__rmul__" => {
            numeric || matches!(kind, K::Str | K::List | K::Tuple)
        }
        "__mod__" | "__rmod__" => numeric || kind == K::Str,
        "__sub__" | "__rsub__" | "__and__" | "__rand__" | "__or__" | "__ror__" | "__xor__"
        | "__rxor__" => {
            numeric && (kind != K::Float || matches!(name, "__sub__" | "__rsub__"))
                || matches!(kind, K::Set | K::FrozenSet)
                || (kind == K::Dict && matches!(name, "__or__" | "__ror__"))
        }
        "__truediv__" | "__rtruediv__" | "__floordiv__" | "__rfloordiv__" | "__pow__"
        | "__rpow__" | "__neg__" | "__pos__" | "__abs__" | "__bool__" | "__int__" | "__float__"
        | "__round__" => numeric,
        "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" | "__invert__"
        | "__index__" => matches!(kind, K::Int | K::Bool),
        "__len__" | "__iter__" | "__contains__" | "__getitem__" => container,
        "__setitem__" | "__delitem__" => matches!(kind, K::List | K::Dict),
        "__init__" => matches!(kind, K::List | K::Dict | K::Set),
        "__new__" => matches!(
            kind,
            K::List | K::Dict | K::Set | K::FrozenSet | K::Str | K::Int | K::Float | K::Tuple
        ),
        _ => false,
    }
}
