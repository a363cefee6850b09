//! `set` / `frozenset` methods, following CPython 3.11's `Objects/setobject.c` step by step
//! (through [`SetTable`]'s operations) so that iteration orders match CPython.
//!
//! Python code (`__eq__`, `__hash__`) never runs while a set's lock is held: operands are
//! hashed before any lock is taken, and an operation on a shared set runs under its lock
//! only when no key involved can have a Python `__eq__` (no instances inside); otherwise
//! it runs on a copy of the table that is stored back afterwards.

use std::sync::Arc;

use crate::builtins::args::{check_count, reject_kwargs};
use crate::builtins::methods::bad_receiver;
use crate::object::func::Kwargs;
use crate::object::set::{Set, SetTable};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::dictops::fast_eq;
use crate::vm::error::{ExcType, PyErr, PyResult};

// ---------------------------------------------------------------------------------------
// Helpers

fn recv_set<'a>(args: &'a [Value], name: &str) -> PyResult<&'a Arc<Set>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(bad_receiver("set", name, args)),
    }
}

/// A set or frozenset receiver, and whether it is frozen.
fn recv_any<'a>(args: &'a [Value], name: &str) -> PyResult<(&'a Arc<Set>, bool)> {
    match args.first() {
        Some(Value::Set(s)) => Ok((s, false)),
        Some(Value::FrozenSet(s)) => Ok((s, true)),
        _ => Err(bad_receiver("set", name, args)),
    }
}

fn qual(frozen: bool, name: &str) -> String {
    format!("{}.{name}", if frozen { "frozenset" } else { "set" })
}

fn check_one(args: &[Value], kw: Kwargs, frozen: bool, name: &str) -> PyResult<()> {
    if !kw.is_empty() || args.len() != 2 {
        let q = qual(frozen, name);
        reject_kwargs(&q, kw)?;
        check_count(&q, &args[1..], 1, 1)?;
    }
    Ok(())
}

fn check_none(args: &[Value], kw: Kwargs, frozen: bool, name: &str) -> PyResult<()> {
    if !kw.is_empty() || args.len() != 1 {
        let q = qual(frozen, name);
        reject_kwargs(&q, kw)?;
        check_count(&q, &args[1..], 0, 0)?;
    }
    Ok(())
}

fn wrap(t: SetTable, frozen: bool) -> Value {
    let s = Arc::new(Set::from_table(t));
    if frozen {
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    }
}

fn same_set(s: &Arc<Set>, v: &Value) -> bool {
    matches!(v, Value::Set(o) | Value::FrozenSet(o) if Arc::ptr_eq(o, s))
}

/// True if comparing this value with a built-in value can never run Python code.
fn clean_value(v: &Value) -> bool {
    match v {
        Value::Instance(_) => false,
        Value::Tuple(t) => t.items.iter().all(clean_value),
        Value::FrozenSet(s) => s.table.read().iter().all(|(_, k)| clean_value(k)),
        _ => true,
    }
}

fn clean_table(t: &SetTable) -> bool {
    t.iter().all(|(_, k)| clean_value(k))
}

/// Run `f` with Python equality as an infallible closure (as `SetTable` wants it); the
/// first error raised by an `__eq__` is returned afterwards.
fn with_eq<R>(
    vm: &mut Vm,
    f: impl FnOnce(&mut dyn FnMut(&Value, &Value) -> bool) -> R,
) -> PyResult<R> {
    let mut err: Option<PyErr> = None;
    let r = {
        let mut eq = |a: &Value, b: &Value| -> bool {
            if err.is_some() {
                return false;
            }
            match fast_eq(a, b) {
                Some(r) => r,
                None => match vm.eq(a, b) {
                    Ok(r) => r,
                    Err(e) => {
                        err = Some(e);
                        false
                    }
                },
            }
        };
        f(&mut eq)
    };
    match err {
        Some(e) => Err(e),
        None => Ok(r),
    }
}

/// The other operand of a set method, converted as CPython does before touching `self`.
enum Operand {
    /// A set or frozenset (a snapshot of its table).
    Set(SetTable),
    /// An exact dict: its keys with their stored hashes, in dict order.
    Dict(Vec<(u64, Value)>),
    /// Any other iterable: its items, hashed, in iteration order.
    Items(Vec<(u64, Value)>),
}

impl Operand {
    fn clean(&self) -> bool {
        match self {
            Operand::Set(t) => clean_table(t),
            Operand::Dict(v) | Operand::Items(v) => v.iter().all(|(_, k)| clean_value(k)),
        }
    }
}

fn operand(vm: &mut Vm, v: &Value) -> PyResult<Operand> {
    Ok(match v {
        Value::Set(s) | Value::FrozenSet(s) => Operand::Set(s.table.read().clone()),
        Value::Dict(d) => Operand::Dict(
            d.table
                .read()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect(),
        ),
        _ => {
            let items = vm.collect_iterable(v)?;
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push((vm.hash(&item)?, item));
            }
            Operand::Items(out)
        }
    })
}

/// `set_update_internal(t, other)` with the equality closure.
fn apply_update(t: &mut SetTable, op: &Operand, eq: &mut dyn FnMut(&Value, &Value) -> bool) {
    match op {
        Operand::Set(o) => t.merge_from(o, eq),
        Operand::Dict(entries) => {
            t.reserve_for_merge(entries.len());
            for (h, k) in entries {
                t.insert(*h, k.clone(), |stored| eq(stored, k));
            }
        }
        Operand::Items(items) => {
            for (h, k) in items {
                t.insert(*h, k.clone(), |stored| eq(stored, k));
            }
        }
    }
}

/// `set(other)` (`make_new_set`).
fn table_from(vm: &mut Vm, op: &Operand) -> PyResult<SetTable> {
    if let Operand::Set(o) = op {
        return Ok(o.copy());
    }
    let mut t = SetTable::new();
    with_eq(vm, |eq| apply_update(&mut t, op, eq))?;
    Ok(t)
}

/// Apply a mutation to a shared set without running Python code under its lock.
fn mutate_set(
    vm: &mut Vm,
    s: &Arc<Set>,
    operand_clean: bool,
    op: impl FnOnce(&mut SetTable, &mut dyn FnMut(&Value, &Value) -> bool),
) -> PyResult<()> {
    let clean = operand_clean && clean_table(&s.table.read());
    if clean {
        let mut guard = s.table.write();
        with_eq(vm, |eq| op(&mut guard, eq))
    } else {
        let mut t = s.table.read().clone();
        let r = with_eq(vm, |eq| op(&mut t, eq));
        *s.table.write() = t;
        r
    }
}

/// `key in t` for a table no one else can see.
fn local_contains(vm: &mut Vm, t: &SetTable, h: u64, key: &Value) -> PyResult<bool> {
    with_eq(vm, |eq| t.contains(h, |stored| eq(stored, key)))
}

/// The hash of a would-be member; an unhashable set is looked up as a frozenset, as
/// `set.remove`, `set.discard` and `in` do.
fn hash_member(vm: &mut Vm, x: &Value) -> PyResult<(u64, Value)> {
    match vm.hash(x) {
        Ok(h) => Ok((h, x.clone())),
        Err(e) => {
            if let Value::Set(inner) = x
                && vm.error_is(&e, ExcType::TypeError)
            {
                let f = Value::FrozenSet(Arc::new(Set::from_table(inner.table.read().copy())));
                let h = vm.hash(&f)?;
                return Ok((h, f));
            }
            Err(e)
        }
    }
}

/// Remove `key` from a shared set; true if it was there.
fn discard_key(vm: &mut Vm, s: &Arc<Set>, x: &Value) -> PyResult<bool> {
    let (h, key) = hash_member(vm, x)?;
    let mut slow: Vec<Value> = Vec::new();
    let removed = s.table.write().remove(h, |k| match fast_eq(k, &key) {
        Some(r) => r,
        None => {
            slow.push(k.clone());
            false
        }
    });
    if removed.is_some() {
        return Ok(true);
    }
    for c in slow {
        if vm.eq(&c, &key)? {
            return Ok(s.table.write().remove(h, |k| k.is(&c)).is_some());
        }
    }
    Ok(false)
}

// ---------------------------------------------------------------------------------------
// Single elements

pub fn set_add(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "add")?;
    check_one(args, kw, false, "add")?;
    let x = &args[1];
    let h = match crate::vm::dictops::quick_hash(x) {
        Some(h) => h,
        None => vm.hash(x)?,
    };
    let mut slow: Vec<Value> = Vec::new();
    let found = s
        .table
        .read()
        .find(h, |k| match fast_eq(k, x) {
            Some(r) => r,
            None => {
                slow.push(k.clone());
                false
            }
        })
        .is_some();
    if found {
        return Ok(Value::None);
    }
    for c in slow {
        if vm.eq(&c, x)? {
            return Ok(Value::None);
        }
    }
    s.table
        .write()
        .insert(h, x.clone(), |k| k.is(x) || fast_eq(k, x) == Some(true));
    Ok(Value::None)
}

pub fn set_discard(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "discard")?;
    check_one(args, kw, false, "discard")?;
    discard_key(vm, s, &args[1])?;
    Ok(Value::None)
}

pub fn set_remove(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "remove")?;
    check_one(args, kw, false, "remove")?;
    if discard_key(vm, s, &args[1])? {
        Ok(Value::None)
    } else {
        Err(PyErr::key_error(args[1].clone()))
    }
}

pub fn set_pop(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "pop")?;
    check_none(args, kw, false, "pop")?;
    let popped = s.table.write().pop();
    popped.ok_or_else(|| {
        PyErr::with_args(ExcType::KeyError, vec![Value::str("pop from an empty set")])
    })
}

pub fn set_clear(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "clear")?;
    check_none(args, kw, false, "clear")?;
    s.table.write().clear();
    Ok(Value::None)
}

pub fn set_copy(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "copy")?;
    check_none(args, kw, frozen, "copy")?;
    if frozen {
        return Ok(args[0].clone());
    }
    let t = s.table.read().copy();
    Ok(wrap(t, false))
}

// ---------------------------------------------------------------------------------------
// New sets

pub fn set_union(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "union")?;
    reject_kwargs(&qual(frozen, "union"), kw)?;
    let mut t = s.table.read().copy();
    for other in &args[1..] {
        if same_set(s, other) {
            continue;
        }
        let op = operand(vm, other)?;
        with_eq(vm, |eq| apply_update(&mut t, &op, eq))?;
    }
    Ok(wrap(t, frozen))
}

/// `set_intersection(cur, other)`; `cur_is_other` when `other` is the very set `cur` was
/// read from.
fn intersection_step(
    vm: &mut Vm,
    cur: &SetTable,
    other: &Value,
    cur_is_other: bool,
) -> PyResult<SetTable> {
    if cur_is_other {
        return Ok(cur.copy());
    }
    if let Value::Set(o) | Value::FrozenSet(o) = other {
        let ot = o.table.read().clone();
        return with_eq(vm, |eq| cur.intersection(&ot, eq));
    }
    let it = vm.get_iter(other)?;
    let mut result = SetTable::new();
    while let Some(item) = vm.iter_next(&it)? {
        let h = vm.hash(&item)?;
        if local_contains(vm, cur, h, &item)? {
            let probe = item.clone();
            with_eq(vm, |eq| result.insert(h, item, |stored| eq(stored, &probe)))?;
            if result.len() >= cur.len() {
                break;
            }
        }
    }
    Ok(result)
}

fn intersection_multi(vm: &mut Vm, s: &Arc<Set>, others: &[Value]) -> PyResult<SetTable> {
    let mut cur = s.table.read().clone();
    if others.is_empty() {
        return Ok(cur.copy());
    }
    for (i, other) in others.iter().enumerate() {
        cur = intersection_step(vm, &cur, other, i == 0 && same_set(s, other))?;
    }
    Ok(cur)
}

pub fn set_intersection(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "intersection")?;
    reject_kwargs(&qual(frozen, "intersection"), kw)?;
    let t = intersection_multi(vm, s, &args[1..])?;
    Ok(wrap(t, frozen))
}

/// `set_difference_update_internal` on a table no one else can see.
fn difference_update_local(
    vm: &mut Vm,
    t: &mut SetTable,
    other: &Value,
    same: bool,
) -> PyResult<()> {
    if same {
        t.clear();
        return Ok(());
    }
    let op = operand(vm, other)?;
    with_eq(vm, |eq| apply_difference_update(t, &op, eq))
}

fn apply_difference_update(
    t: &mut SetTable,
    op: &Operand,
    eq: &mut dyn FnMut(&Value, &Value) -> bool,
) {
    match op {
        Operand::Set(o) => t.difference_update(o, eq),
        Operand::Dict(items) | Operand::Items(items) => {
            for (h, k) in items {
                t.remove(*h, |stored| eq(stored, k));
            }
            t.purge_dummies_if_many();
        }
    }
}

/// `set_difference(so, other)`.
fn difference_step(vm: &mut Vm, so: &SetTable, other: &Value, same: bool) -> PyResult<SetTable> {
    let other_size = match other {
        Value::Set(o) | Value::FrozenSet(o) => Some(o.len()),
        Value::Dict(d) => Some(d.len()),
        _ => None,
    };
    match other_size {
        Some(n) if (so.len() >> 2) <= n => {}
        _ => {
            // set_copy_and_difference
            let mut t = so.copy();
            difference_update_local(vm, &mut t, other, same)?;
            return Ok(t);
        }
    }
    match other {
        Value::Set(o) | Value::FrozenSet(o) => {
            let ot = if same {
                so.clone()
            } else {
                o.table.read().clone()
            };
            with_eq(vm, |eq| so.difference(&ot, eq))
        }
        Value::Dict(d) => {
            let mut keep = Vec::with_capacity(so.len());
            for (_, k) in so.iter() {
                keep.push(vm.dict_get(d, k)?.is_none());
            }
            let mut i = 0;
            Ok(so.filtered(|_, _| {
                let k = keep.get(i).copied().unwrap_or(false);
                i += 1;
                k
            }))
        }
        _ => Ok(so.copy()),
    }
}

pub fn set_difference(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "difference")?;
    reject_kwargs(&qual(frozen, "difference"), kw)?;
    let so = s.table.read().clone();
    let Some(first) = args.get(1) else {
        return Ok(wrap(so.copy(), frozen));
    };
    let mut t = difference_step(vm, &so, first, same_set(s, first))?;
    for other in &args[2..] {
        difference_update_local(vm, &mut t, other, false)?;
    }
    Ok(wrap(t, frozen))
}

pub fn set_symmetric_difference(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "symmetric_difference")?;
    check_one(args, kw, frozen, "symmetric_difference")?;
    let so = s.table.read().clone();
    let op = operand(vm, &args[1])?;
    let mut t = table_from(vm, &op)?;
    with_eq(vm, |eq| t.symmetric_difference_update(&so, eq))?;
    Ok(wrap(t, frozen))
}

// ---------------------------------------------------------------------------------------
// In-place updates

pub fn set_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "update")?;
    reject_kwargs("set.update", kw)?;
    for other in &args[1..] {
        if same_set(s, other) {
            continue;
        }
        let op = operand(vm, other)?;
        mutate_set(vm, s, op.clean(), |t, eq| apply_update(t, &op, eq))?;
    }
    Ok(Value::None)
}

pub fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "intersection_update")?;
    reject_kwargs("set.intersection_update", kw)?;
    if let [_, other @ (Value::Set(_) | Value::FrozenSet(_))] = args {
        if same_set(s, other) {
            return Ok(Value::None);
        }
        // One set operand: in place, keeping the pop finger (set_swap_bodies).
        let op = operand(vm, other)?;
        if let Operand::Set(ot) = &op {
            mutate_set(vm, s, op.clean(), |t, eq| t.intersection_update(ot, eq))?;
        }
        return Ok(Value::None);
    }
    let t = intersection_multi(vm, s, &args[1..])?;
    *s.table.write() = t;
    Ok(Value::None)
}

pub fn set_difference_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "difference_update")?;
    reject_kwargs("set.difference_update", kw)?;
    for other in &args[1..] {
        if same_set(s, other) {
            s.table.write().clear();
            continue;
        }
        let op = operand(vm, other)?;
        mutate_set(vm, s, op.clean(), |t, eq| {
            apply_difference_update(t, &op, eq)
        })?;
    }
    Ok(Value::None)
}

pub fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let s = recv_set(args, "symmetric_difference_update")?;
    check_one(args, kw, false, "symmetric_difference_update")?;
    let other = &args[1];
    if same_set(s, other) {
        s.table.write().clear();
        return Ok(Value::None);
    }
    let op = operand(vm, other)?;
    let op = match op {
        // A dict is toggled key by key in dict order; other iterables become a set first.
        Operand::Items(_) => Operand::Set(table_from(vm, &op)?),
        other => other,
    };
    mutate_set(vm, s, op.clean(), |t, eq| match &op {
        Operand::Set(o) => t.symmetric_difference_update(o, eq),
        Operand::Dict(items) | Operand::Items(items) => {
            for (h, k) in items {
                t.toggle(*h, k.clone(), |stored| eq(stored, k));
            }
        }
    })?;
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------
// Predicates

/// Every key of `a` is in `b`.
fn is_subset(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.iter() {
        if !local_contains(vm, b, h, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The other operand as a set table (`set(other)` unless it already is one).
fn as_table(vm: &mut Vm, v: &Value) -> PyResult<SetTable> {
    match v {
        Value::Set(o) | Value::FrozenSet(o) => Ok(o.table.read().clone()),
        _ => {
            let op = operand(vm, v)?;
            table_from(vm, &op)
        }
    }
}

pub fn set_issubset(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "issubset")?;
    check_one(args, kw, frozen, "issubset")?;
    let so = s.table.read().clone();
    let other = as_table(vm, &args[1])?;
    Ok(Value::Bool(is_subset(vm, &so, &other)?))
}

pub fn set_issuperset(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "issuperset")?;
    check_one(args, kw, frozen, "issuperset")?;
    let so = s.table.read().clone();
    let other = as_table(vm, &args[1])?;
    Ok(Value::Bool(is_subset(vm, &other, &so)?))
}

pub fn set_isdisjoint(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let (s, frozen) = recv_any(args, "isdisjoint")?;
    check_one(args, kw, frozen, "isdisjoint")?;
    let other = &args[1];
    let so = s.table.read().clone();
    if same_set(s, other) {
        return Ok(Value::Bool(so.is_empty()));
    }
    if let Value::Set(o) | Value::FrozenSet(o) = other {
        let ot = o.table.read().clone();
        let (big, small) = if ot.len() > so.len() {
            (&ot, &so)
        } else {
            (&so, &ot)
        };
        for (h, k) in small.iter() {
            if local_contains(vm, big, h, k)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = vm.get_iter(other)?;
    while let Some(item) = vm.iter_next(&it)? {
        let h = vm.hash(&item)?;
        if local_contains(vm, &so, h, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
