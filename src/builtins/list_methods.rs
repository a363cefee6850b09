//! `list` and `tuple` methods. No Python code (`__eq__`, key functions) ever runs while a
//! list's lock is held.

use std::sync::Arc;

use crate::builtins::args::{check_clinic, check_count, check_kwargs, kwarg, reject_kwargs};
use crate::builtins::methods::{bad_receiver, index_arg};
use crate::builtins::sort::sort_values;
use crate::object::func::Kwargs;
use crate::object::list::List;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dictops::fast_eq;
use crate::vm::error::{PyErr, PyResult};

fn recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Arc<List>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        _ => Err(bad_receiver("list", name, args)),
    }
}

fn noargs<'a>(args: &'a [Value], kw: Kwargs, name: &str) -> PyResult<&'a Arc<List>> {
    let l = recv(args, name)?;
    if !kw.is_empty() || args.len() != 1 {
        let q = format!("list.{name}");
        reject_kwargs(&q, kw)?;
        check_count(&q, &args[1..], 0, 0)?;
    }
    Ok(l)
}

fn one_arg<'a>(args: &'a [Value], kw: Kwargs, owner: &str, name: &str) -> PyResult<&'a Value> {
    if !kw.is_empty() || args.len() != 2 {
        let q = format!("{owner}.{name}");
        reject_kwargs(&q, kw)?;
        check_count(&q, &args[1..], 1, 1)?;
    }
    Ok(&args[1])
}

/// Index of the first item of `items[start..stop]` equal to `x` (`item == x`), where
/// `item_at(i)` reads the current item (None past the end). Comparisons that may run
/// Python code happen with no lock held.
fn search(
    vm: &mut Vm,
    x: &Value,
    start: usize,
    stop: usize,
    mut fast: impl FnMut(usize, usize, &Value) -> (usize, Option<Result<usize, Value>>),
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        // `fast` scans from i with the lock held; it stops at a match (Ok) or at an item
        // needing Python equality (Err(item)), returning where it stopped.
        let (at, r) = fast(i, stop, x);
        match r {
            None => return Ok(None),
            Some(Ok(found)) => return Ok(Some(found)),
            Some(Err(item)) => {
                if vm.eq(&item, x)? {
                    return Ok(Some(at));
                }
                i = at + 1;
            }
        }
    }
    Ok(None)
}

/// The lock-holding scan step of `search` for a list.
fn list_scan(
    l: &List,
) -> impl FnMut(usize, usize, &Value) -> (usize, Option<Result<usize, Value>>) + '_ {
    move |from, stop, x| {
        let items = l.items.read();
        let end = stop.min(items.len());
        let mut i = from;
        while i < end {
            match fast_eq(&items[i], x) {
                Some(true) => return (i, Some(Ok(i))),
                Some(false) => i += 1,
                None => return (i, Some(Err(items[i].clone()))),
            }
        }
        (i, None)
    }
}

fn slice_scan(
    items: &[Value],
) -> impl FnMut(usize, usize, &Value) -> (usize, Option<Result<usize, Value>>) + '_ {
    move |from, stop, x| {
        let end = stop.min(items.len());
        let mut i = from;
        while i < end {
            match fast_eq(&items[i], x) {
                Some(true) => return (i, Some(Ok(i))),
                Some(false) => i += 1,
                None => return (i, Some(Err(items[i].clone()))),
            }
        }
        (i, None)
    }
}

/// `start`/`stop` of list.index/tuple.index, normalised against `len`.
fn index_bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(Value::Int(i)) => Ok(*i),
            Some(Value::Bool(b)) => Ok(*b as i64),
            Some(Value::BigInt(b)) => Ok(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }),
            Some(v @ Value::Instance(_)) => vm.to_index(v).map_err(|_| {
                PyErr::type_error("slice indices must be integers or have an __index__ method")
            }),
            Some(_) => Err(PyErr::type_error(
                "slice indices must be integers or have an __index__ method",
            )),
        }
    };
    let len_i = len as i64;
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i.saturating_add(len_i)).max(0) as usize
        } else {
            i.min(len_i) as usize
        }
    };
    let start = bound(vm, args.get(2), 0)?;
    let stop = bound(vm, args.get(3), i64::MAX)?;
    Ok((norm(start), norm(stop)))
}

// ---------------------------------------------------------------------------------------
// list

pub fn list_append(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "append")?;
    let x = one_arg(args, kw, "list", "append")?;
    l.items.write().push(x.clone());
    Ok(Value::None)
}

pub fn list_clear(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = noargs(args, kw, "clear")?;
    // Drop the old items after releasing the lock (their destructors are plain Rust).
    let old = std::mem::take(&mut *l.items.write());
    // Last item first, as CPython's list_clear releases them.
    old.into_iter().rev().for_each(drop);
    Ok(Value::None)
}

pub fn list_copy(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = noargs(args, kw, "copy")?;
    Ok(Value::list(l.snapshot()))
}

pub fn list_reverse(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = noargs(args, kw, "reverse")?;
    l.items.write().reverse();
    Ok(Value::None)
}

pub fn list_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "count")?;
    let x = one_arg(args, kw, "list", "count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(at) = search(vm, x, i, usize::MAX, list_scan(l))? {
        n += 1;
        i = at + 1;
    }
    Ok(Value::Int(n))
}

pub fn list_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "index")?;
    if !kw.is_empty() {
        reject_kwargs("list.index", kw)?;
    }
    check_clinic("index", &args[1..], 1, 3)?;
    let x = &args[1];
    let (start, stop) = index_bounds(vm, args, l.len())?;
    match search(vm, x, start, stop, list_scan(l))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error(format!(
            "{} is not in list",
            vm.repr(x)?
        ))),
    }
}

pub fn list_remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "remove")?;
    let x = one_arg(args, kw, "list", "remove")?;
    loop {
        let Some(i) = search(vm, x, 0, usize::MAX, list_scan(l))? else {
            return Err(PyErr::value_error("list.remove(x): x not in list"));
        };
        let removed = {
            let mut items = l.items.write();
            // Another thread (without a GIL) may have moved the items since the search:
            // remove only if the item found is still there, else search again. Items
            // compared with Python `__eq__` cannot be re-checked without running code
            // under the lock, so they are taken as found.
            match items.get(i).map(|v| fast_eq(v, x)) {
                Some(Some(true) | None) => Some(items.remove(i)),
                _ => None,
            }
        };
        if removed.is_some() {
            return Ok(Value::None);
        }
    }
}

pub fn list_insert(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "insert")?;
    if !kw.is_empty() {
        reject_kwargs("list.insert", kw)?;
    }
    check_clinic("insert", &args[1..], 2, 2)?;
    let i = index_arg(vm, &args[1])?;
    let mut items = l.items.write();
    let n = items.len() as i64;
    let pos = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

pub fn list_pop(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "pop")?;
    if !kw.is_empty() {
        reject_kwargs("list.pop", kw)?;
    }
    check_clinic("pop", &args[1..], 0, 1)?;
    let i = match args.get(1) {
        Some(v) => index_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.write();
    if items.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let pos = if i < 0 { i + n } else { i };
    if pos < 0 || pos >= n {
        return Err(PyErr::index_error("pop index out of range"));
    }
    if pos == n - 1 {
        Ok(items.pop().unwrap_or(Value::None))
    } else {
        Ok(items.remove(pos as usize))
    }
}

pub fn list_extend(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "extend")?;
    let other = one_arg(args, kw, "list", "extend")?;
    let new: Vec<Value> = match other {
        Value::List(o) => o.snapshot(),
        Value::Tuple(t) => t.items.to_vec(),
        _ => vm.collect_iterable(other)?,
    };
    l.items.write().extend(new);
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`. While sorting, the list looks empty (as in
/// CPython); if it was modified meanwhile, ValueError.
pub fn list_sort(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let l = recv(args, "sort")?;
    if args.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    check_kwargs("sort", kw, &["key", "reverse"])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => index_arg(vm, v)? != 0,
        None => false,
    };
    let mut items = std::mem::take(&mut *l.items.write());
    let result = sort_values(vm, &mut items, key, reverse);
    let modified = {
        let mut guard = l.items.write();
        let modified = !guard.is_empty();
        let extra = std::mem::replace(&mut *guard, items);
        drop(guard);
        drop(extra);
        modified
    };
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// tuple

fn tuple_recv<'a>(args: &'a [Value], name: &str) -> PyResult<&'a [Value]> {
    match args.first() {
        Some(Value::Tuple(t)) => Ok(&t.items),
        _ => Err(bad_receiver("tuple", name, args)),
    }
}

pub fn tuple_count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let items = tuple_recv(args, "count")?;
    let x = one_arg(args, kw, "tuple", "count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(at) = search(vm, x, i, items.len(), slice_scan(items))? {
        n += 1;
        i = at + 1;
    }
    Ok(Value::Int(n))
}

pub fn tuple_index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let items = tuple_recv(args, "index")?;
    if !kw.is_empty() {
        reject_kwargs("tuple.index", kw)?;
    }
    check_clinic("index", &args[1..], 1, 3)?;
    let x = &args[1];
    let (start, stop) = index_bounds(vm, args, items.len())?;
    match search(vm, x, start, stop, slice_scan(items))? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(PyErr::value_error("tuple.index(x): x not in tuple")),
    }
}
