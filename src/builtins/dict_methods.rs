//! `dict` methods. Lookups go through the VM's dict operations, which never run Python
//! code (`__eq__`, `__hash__`) with the table locked.

use std::sync::Arc;

use crate::builtins::args::{check_clinic, check_count, reject_kwargs};
use crate::builtins::methods::bad_receiver;
use crate::object::class::TypeKind;
use crate::object::dict::Dict;
use crate::object::func::Kwargs;
use crate::object::other::{DictViewKind, Other};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};

fn recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Arc<Dict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => Err(bad_receiver("dict", name, args)),
    }
}

fn noargs<'a>(args: &'a [Value], kw: Kwargs, name: &str) -> PyResult<&'a Arc<Dict>> {
    let d = recv(args, name)?;
    if !kw.is_empty() || args.len() != 1 {
        let q = format!("dict.{name}");
        reject_kwargs(&q, kw)?;
        check_count(&q, &args[1..], 0, 0)?;
    }
    Ok(d)
}

/// Positional-only Argument Clinic parameters (`get`, `pop`, `setdefault`).
fn clinic<'a>(
    args: &'a [Value],
    kw: Kwargs,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a Arc<Dict>> {
    let d = recv(args, name)?;
    if !kw.is_empty() {
        reject_kwargs(&format!("dict.{name}"), kw)?;
    }
    check_clinic(name, &args[1..], min, max)?;
    Ok(d)
}

fn view(args: &[Value], kw: Kwargs, name: &str, kind: DictViewKind) -> PyResult<Value> {
    let d = noargs(args, kw, name)?;
    Ok(Value::Other(Arc::new(Other::DictView {
        dict: d.clone(),
        kind,
    })))
}

pub fn dict_keys(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view(args, kw, "keys", DictViewKind::Keys)
}

pub fn dict_values(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view(args, kw, "values", DictViewKind::Values)
}

pub fn dict_items(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    view(args, kw, "items", DictViewKind::Items)
}

pub fn dict_get(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = clinic(args, kw, "get", 1, 2)?;
    let default = args.get(2).cloned().unwrap_or(Value::None);
    Ok(vm.dict_get(d, &args[1])?.unwrap_or(default))
}

pub fn dict_setdefault(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = clinic(args, kw, "setdefault", 1, 2)?;
    let default = args.get(2).cloned().unwrap_or(Value::None);
    vm.dict_setdefault(d, args[1].clone(), default)
}

pub fn dict_pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = clinic(args, kw, "pop", 1, 2)?;
    match vm.dict_remove(d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::key_error(args[1].clone())),
        },
    }
}

pub fn dict_popitem(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = noargs(args, kw, "popitem")?;
    let entry = d.table.write().pop_last();
    match entry {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(PyErr::with_args(
            ExcType::KeyError,
            vec![Value::str("popitem(): dictionary is empty")],
        )),
    }
}

pub fn dict_clear(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = noargs(args, kw, "clear")?;
    let old = std::mem::take(&mut *d.table.write());
    drop(old);
    Ok(Value::None)
}

pub fn dict_copy(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = noargs(args, kw, "copy")?;
    let table = d.table.read().clone();
    Ok(Value::Dict(Arc::new(Dict::from_table(table))))
}

/// `d.update([other], **kwargs)`.
pub fn dict_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = recv(args, "update")?;
    check_clinic("update", &args[1..], 0, 1)?;
    if let Some(other) = args.get(1) {
        if let Value::Dict(o) = other
            && Arc::ptr_eq(o, d)
        {
            // d.update(d): nothing changes.
            return update_kwargs(vm, d, kw);
        }
        vm.dict_merge(d, other)?;
    }
    update_kwargs(vm, d, kw)
}

fn update_kwargs(vm: &mut Vm, d: &Arc<Dict>, kw: Kwargs) -> PyResult<Value> {
    for (k, v) in kw {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`. Receives the class as `args[0]` when bound as a
/// class method (`dict.fromkeys`, `D.fromkeys`), a dict when called on an instance, or
/// just `(iterable[, value])` when called unbound.
pub fn dict_fromkeys(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (cls, rest) = match args.first() {
        Some(c @ Value::Class(_)) => (Some(c), &args[1..]),
        Some(Value::Dict(_)) => (None, &args[1..]),
        _ => (None, args),
    };
    if !kw.is_empty() {
        reject_kwargs("dict.fromkeys", kw)?;
    }
    check_clinic("fromkeys", rest, 1, 2)?;
    let value = rest.get(1).cloned().unwrap_or(Value::None);
    let keys: Vec<Value> = match &rest[0] {
        Value::Dict(src) => src.table.read().keys(),
        Value::Set(s) | Value::FrozenSet(s) => s.table.read().keys(),
        other => vm.collect_iterable(other)?,
    };
    let plain_dict = match cls {
        None => true,
        Some(Value::Class(c)) => c.kind == TypeKind::Dict,
        Some(_) => true,
    };
    if plain_dict {
        let d = Arc::new(Dict::new());
        for k in keys {
            vm.dict_set(&d, k, value.clone())?;
        }
        return Ok(Value::Dict(d));
    }
    // A subclass: `cls()` then `obj[key] = value`, as CPython does.
    let cls = cls.cloned().unwrap_or(Value::None);
    let obj = vm.call(&cls, &[])?;
    for k in keys {
        vm.setitem(&obj, k, value.clone())?;
    }
    Ok(obj)
}
