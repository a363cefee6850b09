//! Method lookup tables for built-in values: what `obj.name` finds on a `str`, `list`,
//! `dict`... and on the built-in type objects (`str.upper`, `dict.fromkeys`,
//! `object.__init__`, `BaseException.__str__`).
//!
//! `lookup` is on the hot path of every `x.append(...)`: it dispatches on the value's
//! variant first, then matches the name.

use std::sync::Arc;

use crate::builtins::{dict_methods as d, list_methods as l, misc_methods as m, set_methods as s, str_methods as st};
use crate::object::class::TypeKind;
use crate::object::func::NativeFn;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};
use crate::vm::types::type_name;

type Entry = (&'static str, NativeFn);

/// Fast path for CallMethod: the native implementing `obj.name(...)`.
#[inline]
pub fn lookup(obj: &Value, name: &str) -> Option<NativeFn> {
    lookup_named(obj, name).map(|e| e.1)
}

/// Same, with the method's static name (for bound-method objects).
pub fn lookup_named(obj: &Value, name: &str) -> Option<Entry> {
    match obj {
        Value::Str(_) => match name {
            // A static method reached through an instance: drop the receiver.
            "maketrans" => Some(("maketrans", st::str_maketrans_bound as NativeFn)),
            _ => str_method(name),
        },
        Value::List(_) => list_method(name),
        Value::Dict(_) => dict_method(name),
        Value::Tuple(_) => tuple_method(name),
        Value::Set(_) => set_method(name),
        Value::FrozenSet(_) => frozenset_method(name),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int_method(name),
        Value::Float(_) => float_method(name),
        Value::Range(_) => range_method(name),
        // `dict.fromkeys(...)` through CallMethod: the class arrives as args[0].
        Value::Class(c) if c.kind == TypeKind::Dict && name == "fromkeys" => {
            Some(("fromkeys", d::dict_fromkeys as NativeFn))
        }
        Value::Other(o) => match &**o {
            crate::object::other::Other::DictView { .. } => dict_view_method(name),
            _ => None,
        },
        _ => None,
    }
}

/// Methods reachable through a built-in type object (`str.upper`, `dict.fromkeys`), and the
/// default dunders of `object` and `BaseException`.
pub fn type_method(kind: TypeKind, name: &str) -> Option<Entry> {
    // The dunders of the value tables operate on native receivers only; through a type
    // (and so through subclasses) they would meet instances, so they are not offered.
    if name.starts_with("__") && !matches!(kind, TypeKind::Object | TypeKind::Exception(_)) {
        return None;
    }
    match kind {
        TypeKind::Str => match name {
            "maketrans" => Some(("maketrans", st::str_maketrans as NativeFn)),
            _ => str_method(name),
        },
        TypeKind::List => list_method(name),
        TypeKind::Dict => dict_method(name),
        TypeKind::Tuple => tuple_method(name),
        TypeKind::Set => set_method(name),
        TypeKind::FrozenSet => frozenset_method(name),
        TypeKind::Int | TypeKind::Bool => int_method(name),
        TypeKind::Float => float_method(name),
        TypeKind::Range => range_method(name),
        TypeKind::Object => object_method(name),
        TypeKind::Exception(_) => exception_method(name),
        _ => None,
    }
}

macro_rules! table {
    ($name:expr, { $($key:literal => $f:path),* $(,)? }) => {
        match $name {
            $($key => Some(($key, $f as NativeFn)),)*
            _ => None,
        }
    };
}

fn str_method(name: &str) -> Option<Entry> {
    table!(name, {
        "join" => st::str_join,
        "split" => st::str_split,
        "strip" => st::str_strip,
        "replace" => st::str_replace,
        "startswith" => st::str_startswith,
        "endswith" => st::str_endswith,
        "format" => st::str_format,
        "lower" => st::str_lower,
        "upper" => st::str_upper,
        "find" => st::str_find,
        "rstrip" => st::str_rstrip,
        "lstrip" => st::str_lstrip,
        "isdigit" => st::str_isdigit,
        "count" => st::str_count,
        "index" => st::str_index,
        "splitlines" => st::str_splitlines,
        "isalpha" => st::str_isalpha,
        "isspace" => st::str_isspace,
        "isalnum" => st::str_isalnum,
        "isupper" => st::str_isupper,
        "islower" => st::str_islower,
        "capitalize" => st::str_capitalize,
        "title" => st::str_title,
        "center" => st::str_center,
        "ljust" => st::str_ljust,
        "rjust" => st::str_rjust,
        "zfill" => st::str_zfill,
        "rfind" => st::str_rfind,
        "rindex" => st::str_rindex,
        "rsplit" => st::str_rsplit,
        "partition" => st::str_partition,
        "rpartition" => st::str_rpartition,
        "swapcase" => st::str_swapcase,
        "casefold" => st::str_casefold,
        "expandtabs" => st::str_expandtabs,
        "format_map" => st::str_format_map,
        "isascii" => st::str_isascii,
        "isdecimal" => st::str_isdecimal,
        "isidentifier" => st::str_isidentifier,
        "isnumeric" => st::str_isnumeric,
        "isprintable" => st::str_isprintable,
        "istitle" => st::str_istitle,
        "removeprefix" => st::str_removeprefix,
        "removesuffix" => st::str_removesuffix,
        "translate" => st::str_translate,
        "__len__" => st::str_len,
        "__contains__" => st::str_contains,
        "__getitem__" => m::dunder_getitem,
        "__iter__" => m::dunder_iter,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
        "__format__" => m::dunder_format,
    })
}

fn list_method(name: &str) -> Option<Entry> {
    table!(name, {
        "append" => l::list_append,
        "pop" => l::list_pop,
        "extend" => l::list_extend,
        "insert" => l::list_insert,
        "remove" => l::list_remove,
        "index" => l::list_index,
        "count" => l::list_count,
        "sort" => l::list_sort,
        "reverse" => l::list_reverse,
        "copy" => l::list_copy,
        "clear" => l::list_clear,
        "__len__" => m::dunder_len,
        "__contains__" => m::dunder_contains,
        "__getitem__" => m::dunder_getitem,
        "__setitem__" => m::dunder_setitem,
        "__delitem__" => m::dunder_delitem,
        "__iter__" => m::dunder_iter,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
    })
}

fn tuple_method(name: &str) -> Option<Entry> {
    table!(name, {
        "index" => l::tuple_index,
        "count" => l::tuple_count,
        "__len__" => m::dunder_len,
        "__contains__" => m::dunder_contains,
        "__getitem__" => m::dunder_getitem,
        "__iter__" => m::dunder_iter,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
    })
}

fn dict_method(name: &str) -> Option<Entry> {
    table!(name, {
        "get" => d::dict_get,
        "items" => d::dict_items,
        "keys" => d::dict_keys,
        "values" => d::dict_values,
        "setdefault" => d::dict_setdefault,
        "pop" => d::dict_pop,
        "update" => d::dict_update,
        "popitem" => d::dict_popitem,
        "copy" => d::dict_copy,
        "clear" => d::dict_clear,
        "fromkeys" => d::dict_fromkeys,
        "__len__" => m::dunder_len,
        "__contains__" => m::dunder_contains,
        "__getitem__" => m::dunder_getitem,
        "__setitem__" => m::dunder_setitem,
        "__delitem__" => m::dunder_delitem,
        "__iter__" => m::dunder_iter,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
    })
}

fn set_method(name: &str) -> Option<Entry> {
    table!(name, {
        "add" => s::set_add,
        "discard" => s::set_discard,
        "remove" => s::set_remove,
        "pop" => s::set_pop,
        "clear" => s::set_clear,
        "update" => s::set_update,
        "intersection_update" => s::set_intersection_update,
        "difference_update" => s::set_difference_update,
        "symmetric_difference_update" => s::set_symmetric_difference_update,
        "copy" => s::set_copy,
        "union" => s::set_union,
        "intersection" => s::set_intersection,
        "difference" => s::set_difference,
        "symmetric_difference" => s::set_symmetric_difference,
        "issubset" => s::set_issubset,
        "issuperset" => s::set_issuperset,
        "isdisjoint" => s::set_isdisjoint,
        "__len__" => m::dunder_len,
        "__contains__" => m::dunder_contains,
        "__iter__" => m::dunder_iter,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
    })
}

fn frozenset_method(name: &str) -> Option<Entry> {
    table!(name, {
        "copy" => s::set_copy,
        "union" => s::set_union,
        "intersection" => s::set_intersection,
        "difference" => s::set_difference,
        "symmetric_difference" => s::set_symmetric_difference,
        "issubset" => s::set_issubset,
        "issuperset" => s::set_issuperset,
        "isdisjoint" => s::set_isdisjoint,
        "__len__" => m::dunder_len,
        "__contains__" => m::dunder_contains,
        "__iter__" => m::dunder_iter,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
    })
}

fn int_method(name: &str) -> Option<Entry> {
    table!(name, {
        "bit_length" => m::int_bit_length,
        "bit_count" => m::int_bit_count,
        "conjugate" => m::int_conjugate,
        "as_integer_ratio" => m::int_as_integer_ratio,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
        "__format__" => m::dunder_format,
    })
}

fn float_method(name: &str) -> Option<Entry> {
    table!(name, {
        "is_integer" => m::float_is_integer,
        "as_integer_ratio" => m::float_as_integer_ratio,
        "conjugate" => m::float_conjugate,
        "__str__" => m::dunder_str,
        "__repr__" => m::dunder_repr,
        "__format__" => m::dunder_format,
    })
}

fn range_method(name: &str) -> Option<Entry> {
    table!(name, {
        "index" => m::range_index,
        "count" => m::range_count,
        "__len__" => m::dunder_len,
        "__contains__" => m::dunder_contains,
        "__getitem__" => m::dunder_getitem,
        "__iter__" => m::dunder_iter,
        "__repr__" => m::dunder_repr,
    })
}

fn dict_view_method(name: &str) -> Option<Entry> {
    table!(name, {
        "__len__" => m::dunder_len,
        "__contains__" => m::dunder_contains,
        "__iter__" => m::dunder_iter,
        "__repr__" => m::dunder_repr,
    })
}

fn object_method(name: &str) -> Option<Entry> {
    table!(name, {
        "__init__" => m::object_init,
        "__new__" => m::object_new,
        "__str__" => m::object_str,
        "__repr__" => m::object_repr,
        "__eq__" => m::object_eq,
        "__ne__" => m::object_ne,
        "__hash__" => m::object_hash,
        "__format__" => m::object_format,
        "__init_subclass__" => m::object_init_subclass,
        "__setattr__" => m::object_setattr,
        "__delattr__" => m::object_delattr,
    })
}

fn exception_method(name: &str) -> Option<Entry> {
    match name {
        "__init__" => Some(("__init__", m::exc_init as NativeFn)),
        "__new__" => Some(("__new__", m::exc_new as NativeFn)),
        "__str__" => Some(("__str__", m::exc_str as NativeFn)),
        "__repr__" => Some(("__repr__", m::exc_repr as NativeFn)),
        "with_traceback" => Some(("with_traceback", m::exc_with_traceback as NativeFn)),
        "add_note" => Some(("add_note", m::exc_add_note as NativeFn)),
        _ => object_method(name),
    }
}

/// Data attributes of built-in values: `range.start`, `int.real`, `float.imag`...
pub fn data_attr(_vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match obj {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let as_int = match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => obj.clone(),
            };
            match name {
                "real" | "numerator" => Some(as_int),
                "imag" => Some(Value::Int(0)),
                "denominator" => Some(Value::Int(1)),
                _ => None,
            }
        }
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Other(o) => match &**o {
            crate::object::other::Other::DictView { dict, .. } if name == "mapping" => {
                // CPython gives a read-only mappingproxy; the dict itself is close enough.
                Some(Value::Dict(dict.clone()))
            }
            _ => None,
        },
        _ => None,
    })
}

/// All attribute names of a built-in value, as CPython's `dir()` lists them.
pub fn method_names(obj: &Value) -> Vec<String> {
    let names: &[&str] = match obj {
        Value::Str(_) => STR_DIR,
        Value::List(_) => LIST_DIR,
        Value::Tuple(_) => TUPLE_DIR,
        Value::Dict(_) => DICT_DIR,
        Value::Set(_) => SET_DIR,
        Value::FrozenSet(_) => FROZENSET_DIR,
        Value::Int(_) | Value::BigInt(_) => INT_DIR,
        Value::Bool(_) => BOOL_DIR,
        Value::Float(_) => FLOAT_DIR,
        Value::Range(_) => RANGE_DIR,
        Value::None => NONE_DIR,
        Value::Function(_) => FUNCTION_DIR,
        Value::Other(o) => match &**o {
            crate::object::other::Other::DictView { kind, .. } => match kind {
                crate::object::other::DictViewKind::Keys => DICT_KEYS_DIR,
                crate::object::other::DictViewKind::Values => DICT_VALUES_DIR,
                crate::object::other::DictViewKind::Items => DICT_ITEMS_DIR,
            },
            _ => OBJECT_DIR,
        },
        _ => OBJECT_DIR,
    };
    names.iter().map(|s| s.to_string()).collect()
}

// ---------------------------------------------------------------------------------------
// Helpers shared by the method implementations

/// The error for a method called on the wrong kind of receiver (through the type object:
/// `str.upper(5)`, `str.upper()`).
pub(crate) fn bad_receiver(owner: &str, name: &str, args: &[Value]) -> PyErr {
    match args.first() {
        None => PyErr::type_error(format!("unbound method {owner}.{name}() needs an argument")),
        Some(v) => PyErr::type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(v)
        )),
    }
}

/// A `Py_ssize_t` argument: int, bool or an object with `__index__`.
pub(crate) fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        Value::Instance(_) => vm.to_index(v),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// An optional slice bound (`str.find(sub, start, end)`): None, or an int clamped to the
/// i64 range.
pub(crate) fn slice_index_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Value::Instance(_) => match vm.to_index(v) {
            Ok(i) => Ok(Some(i)),
            Err(e) => {
                if vm.error_is(&e, ExcType::TypeError) {
                    Err(PyErr::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                } else {
                    Err(e)
                }
            }
        },
        _ => Err(PyErr::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `Value::Other(NotImplemented)`.
pub(crate) fn not_implemented() -> Value {
    Value::Other(Arc::new(crate::object::other::Other::NotImplemented))
}

static STR_DIR: &[&str] = &[
    "__add__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getitem__", "__getnewargs__", "__getstate__",
    "__gt__", "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__",
    "__lt__", "__mod__", "__mul__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__rmod__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "capitalize", "casefold", "center", "count", "encode", "endswith",
    "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
    "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
    "istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition",
    "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition",
    "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
    "translate", "upper", "zfill",
];
static LIST_DIR: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__",
    "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getstate__", "__gt__", "__hash__", "__iadd__", "__imul__", "__init__",
    "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__", "__rmul__",
    "__setattr__", "__setitem__", "__sizeof__", "__str__", "__subclasshook__", "append",
    "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
];
static TUPLE_DIR: &[&str] = &[
    "__add__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getnewargs__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__iter__", "__le__", "__len__", "__lt__", "__mul__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__rmul__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "count", "index",
];
static DICT_DIR: &[&str] = &[
    "__class__", "__class_getitem__", "__contains__", "__delattr__", "__delitem__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getitem__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__ior__",
    "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__reduce__",
    "__reduce_ex__", "__repr__", "__reversed__", "__ror__", "__setattr__", "__setitem__",
    "__sizeof__", "__str__", "__subclasshook__", "clear", "copy", "fromkeys", "get", "items",
    "keys", "pop", "popitem", "setdefault", "update", "values",
];
static SET_DIR: &[&str] = &[
    "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
    "__hash__", "__iand__", "__init__", "__init_subclass__", "__ior__", "__isub__", "__iter__",
    "__ixor__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__or__", "__rand__",
    "__reduce__", "__reduce_ex__", "__repr__", "__ror__", "__rsub__", "__rxor__", "__setattr__",
    "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__xor__", "add", "clear", "copy",
    "difference", "difference_update", "discard", "intersection", "intersection_update",
    "isdisjoint", "issubset", "issuperset", "pop", "remove", "symmetric_difference",
    "symmetric_difference_update", "union", "update",
];
static FROZENSET_DIR: &[&str] = &[
    "__and__", "__class__", "__class_getitem__", "__contains__", "__delattr__", "__dir__",
    "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
    "__ne__", "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__",
    "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
    "__subclasshook__", "__xor__", "copy", "difference", "intersection", "isdisjoint",
    "issubset", "issuperset", "symmetric_difference", "union",
];
static INT_DIR: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
    "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
    "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
    "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
    "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
    "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
    "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
    "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
    "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes",
];
static BOOL_DIR: &[&str] = &[
    "__abs__", "__add__", "__and__", "__bool__", "__ceil__", "__class__", "__delattr__",
    "__dir__", "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__",
    "__format__", "__ge__", "__getattribute__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__index__", "__init__", "__init_subclass__", "__int__", "__invert__", "__le__",
    "__lshift__", "__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__new__", "__or__",
    "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__reduce__", "__reduce_ex__",
    "__repr__", "__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__round__",
    "__rpow__", "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__setattr__", "__sizeof__", "__str__", "__sub__", "__subclasshook__", "__truediv__",
    "__trunc__", "__xor__", "as_integer_ratio", "bit_count", "bit_length", "conjugate",
    "denominator", "from_bytes", "imag", "numerator", "real", "to_bytes",
];
static FLOAT_DIR: &[&str] = &[
    "__abs__", "__add__", "__bool__", "__ceil__", "__class__", "__delattr__", "__dir__",
    "__divmod__", "__doc__", "__eq__", "__float__", "__floor__", "__floordiv__", "__format__",
    "__ge__", "__getattribute__", "__getformat__", "__getnewargs__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__int__", "__le__", "__lt__", "__mod__",
    "__mul__", "__ne__", "__neg__", "__new__", "__pos__", "__pow__", "__radd__", "__rdivmod__",
    "__reduce__", "__reduce_ex__", "__repr__", "__rfloordiv__", "__rmod__", "__rmul__",
    "__round__", "__rpow__", "__rsub__", "__rtruediv__", "__setattr__", "__sizeof__", "__str__",
    "__sub__", "__subclasshook__", "__truediv__", "__trunc__", "as_integer_ratio", "conjugate",
    "fromhex", "hex", "imag", "is_integer", "real",
];
static RANGE_DIR: &[&str] = &[
    "__bool__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getitem__", "__getstate__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__",
    "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__", "count", "index", "start",
    "step", "stop",
];
static NONE_DIR: &[&str] = &[
    "__bool__", "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__",
    "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];
static OBJECT_DIR: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
    "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];
static FUNCTION_DIR: &[&str] = &[
    "__annotations__", "__builtins__", "__call__", "__class__", "__closure__", "__code__",
    "__defaults__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__", "__format__",
    "__ge__", "__get__", "__getattribute__", "__getstate__", "__globals__", "__gt__",
    "__hash__", "__init__", "__init_subclass__", "__kwdefaults__", "__le__", "__lt__",
    "__module__", "__name__", "__ne__", "__new__", "__qualname__", "__reduce__",
    "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];
static DICT_KEYS_DIR: &[&str] = &[
    "__and__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__",
    "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
    "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
    "__subclasshook__", "__xor__", "isdisjoint", "mapping",
];
static DICT_VALUES_DIR: &[&str] = &[
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
    "__iter__", "__le__", "__len__", "__lt__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__reversed__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", "mapping",
];
static DICT_ITEMS_DIR: &[&str] = &[
    "__and__", "__class__", "__contains__", "__delattr__", "__dir__", "__doc__", "__eq__",
    "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__",
    "__init__", "__init_subclass__", "__iter__", "__le__", "__len__", "__lt__", "__ne__",
    "__new__", "__or__", "__rand__", "__reduce__", "__reduce_ex__", "__repr__", "__reversed__",
    "__ror__", "__rsub__", "__rxor__", "__setattr__", "__sizeof__", "__str__", "__sub__",
    "__subclasshook__", "__xor__", "isdisjoint", "mapping",
];
