//! `typing` and `__future__`: enough for annotated programs to import what they name.
//! Annotations are evaluated (as CPython does without `from __future__ import annotations`)
//! but gilsim does not check them, so generic aliases stand for their origin class and
//! special forms for `object`.

use std::sync::Arc;

use crate::object::func::Kwargs;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{PyErr, PyResult};

use super::{builtin, new_module};

pub fn make_typing(vm: &mut Vm) -> PyResult<Value> {
    let t = &vm.interp.types;
    let class = |c: &Arc<crate::object::class::Class>| Value::Class(c.clone());
    let object = class(&t.object);
    let mut items: Vec<(&str, Value)> = vec![
        ("List", class(&t.list)),
        ("Dict", class(&t.dict)),
        ("Set", class(&t.set)),
        ("FrozenSet", class(&t.frozenset)),
        ("Tuple", class(&t.tuple)),
        ("Type", class(&t.type_)),
        ("Text", class(&t.str_)),
        ("TYPE_CHECKING", Value::Bool(false)),
    ];
    for name in [
        "Any",
        "Optional",
        "Union",
        "Callable",
        "Iterable",
        "Iterator",
        "Generator",
        "Sequence",
        "Mapping",
        "MutableMapping",
        "MutableSequence",
        "NoReturn",
        "Literal",
        "ClassVar",
        "Final",
        "Protocol",
        "Hashable",
        "Sized",
        "Collection",
        "Container",
        "Awaitable",
        "Coroutine",
        "AsyncIterator",
        "Deque",
        "DefaultDict",
        "Counter",
        "OrderedDict",
        "Reversible",
    ] {
        items.push((name, object.clone()));
    }
    // `class Box(Generic[T])` and then `Box[int]`: subscripting returns the class itself.
    let generic = crate::vm::types::make_class(
        "Generic",
        crate::object::class::TypeKind::User,
        vec![t.object.clone()],
        None,
    );
    let getitem = Value::Other(Arc::new(crate::object::other::Other::ClassMethod(builtin(
        "__class_getitem__",
        class_getitem,
    ))));
    vm.dict_set(&generic.dict, Value::str("__class_getitem__"), getitem)?;
    items.push(("Generic", Value::Class(generic)));
    items.push(("TypeVar", builtin("TypeVar", type_var)));
    items.push(("cast", builtin("cast", cast)));
    items.push(("overload", builtin("overload", identity)));
    items.push(("final", builtin("final", identity)));
    items.push(("no_type_check", builtin("no_type_check", identity)));
    Ok(new_module("typing", items))
}

pub fn make_future(_vm: &mut Vm) -> PyResult<Value> {
    let feature = Value::str("_Feature");
    Ok(new_module(
        "__future__",
        [
            "annotations",
            "division",
            "absolute_import",
            "print_function",
            "unicode_literals",
            "generators",
            "nested_scopes",
            "with_statement",
            "generator_stop",
        ]
        .into_iter()
        .map(|n| (n, feature.clone()))
        .collect(),
    ))
}

fn type_var(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(v @ Value::Str(_)) => Ok(v.clone()),
        _ => Err(PyErr::type_error("TypeVar() argument 'name' must be str")),
    }
}

fn class_getitem(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn cast(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    args.get(1)
        .cloned()
        .ok_or_else(|| PyErr::type_error("cast() missing 1 required positional argument: 'val'"))
}

fn identity(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}
