//! Keyed lookups in dicts and sets. Keys of built-in types compare without running Python
//! code; keys that may have a Python `__eq__` are compared in a second phase, after the
//! table lock is released, so user code never runs under a container lock.

use std::sync::Arc;

use crate::ast::BinOp;
use crate::object::dict::Dict;
use crate::object::set::{Set, SetTable};
use crate::value::Value;

use super::Vm;
use super::error::{PyErr, PyResult};
use super::types::type_name;

/// Equality decidable without the VM; `None` if a Python `__eq__` may be involved.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Some(x.as_str() == y.as_str()),
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Instance(_), _) | (_, Value::Instance(_)) => None,
        (Value::Tuple(x), Value::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match fast_eq(p, q) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_),
            Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_),
        ) => {
            use super::numeric::{Num, as_num};
            Some(match (as_num(a)?, as_num(b)?) {
                (Num::Int(x), Num::Int(y)) => x == y,
                (Num::Big(x), Num::Big(y)) => x == y,
                (Num::Big(_), Num::Int(_)) | (Num::Int(_), Num::Big(_)) => false,
                (Num::Float(x), Num::Float(y)) => x == y,
                (Num::Float(f), Num::Int(i)) | (Num::Int(i), Num::Float(f)) => {
                    f.fract() == 0.0 && f.abs() < 9.2e18 && f as i64 == i
                }
                (Num::Float(f), Num::Big(b)) | (Num::Big(b), Num::Float(f)) => {
                    f.fract() == 0.0
                        && f.is_finite()
                        && num_traits::FromPrimitive::from_f64(f)
                            .is_some_and(|x: num_bigint::BigInt| x == *b)
                }
            })
        }
        (Value::FrozenSet(_) | Value::Set(_) | Value::List(_) | Value::Dict(_), _) => None,
        (Value::Str(_) | Value::None | Value::Int(_) | Value::Float(_) | Value::Bool(_), _) => {
            Some(false)
        }
        _ => Some(false),
    }
}

/// What one locked probe of a dict table learned about a key.
enum Probe {
    Found(usize),
    Absent,
    /// A stored key that may have a Python `__eq__`: compare it outside the lock.
    Unknown(Value),
}

/// Stored keys already compared with Python `__eq__` during one operation.
#[derive(Default)]
struct Resolved {
    equal: Option<Value>,
    unequal: Vec<Value>,
}

impl Resolved {
    fn probe(&self, table: &crate::object::dict::DictTable, key: &Value, hash: u64) -> Probe {
        let mut unknown = None;
        let pos = table.find(hash, |k| {
            if self.equal.as_ref().is_some_and(|e| e.is(k)) {
                return true;
            }
            match fast_eq(k, key) {
                Some(r) => r,
                None => {
                    if unknown.is_none() && !self.unequal.iter().any(|u| u.is(k)) {
                        unknown = Some(k.clone());
                    }
                    false
                }
            }
        });
        match (pos, unknown) {
            (Some(p), _) => Probe::Found(p),
            (None, Some(k)) => Probe::Unknown(k),
            (None, None) => Probe::Absent,
        }
    }
}

/// The hash of an int or str key, or of a tuple of those, computed without the VM (such
/// keys never need Python `__hash__`); `None` for other keys. Equal to `Vm::hash`.
#[inline]
pub(crate) fn quick_hash(key: &Value) -> Option<u64> {
    match key {
        // hash(i) == i below the modulus 2**61 - 1 (and hash(-1) == -2).
        Value::Int(i) if i.unsigned_abs() < (1u64 << 61) - 1 => {
            Some(if *i == -1 { -2i64 as u64 } else { *i as u64 })
        }
        Value::Str(s) => Some(s.hash()),
        Value::Int(i) => Some(super::numeric::hash_i64(*i) as u64),
        Value::Tuple(t) => quick_tuple_hash(&t.items),
        _ => None,
    }
}

/// CPython's tuple hash (xxHash-based, Objects/tupleobject.c), as in `Vm::hash`, for
/// tuples of ints and strs.
#[inline(never)]
fn quick_tuple_hash(items: &[Value]) -> Option<u64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for item in items {
        let lane = match item {
            Value::Int(_) | Value::Str(_) => quick_hash(item)?,
            _ => return None,
        };
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    Some(if acc == u64::MAX { 1546275796 } else { acc })
}

/// A probe for an int or str key that never runs Python code: `Some(pos)` for a match,
/// `None` when absent, `Err(())` when a stored key with the same hash is of another type
/// (a float, a bool, an instance with `__eq__`...) and the general path must decide.
#[inline]
fn quick_probe(
    table: &crate::object::dict::DictTable,
    key: &Value,
    hash: u64,
) -> Result<Option<usize>, ()> {
    let mut other = false;
    let pos = match key {
        Value::Int(x) => table.find(hash, |k| match k {
            Value::Int(y) => x == y,
            _ => {
                other = true;
                false
            }
        }),
        Value::Str(x) => table.find(hash, |k| match k {
            Value::Str(y) => Arc::ptr_eq(x, y) || x.as_str() == y.as_str(),
            _ => {
                other = true;
                false
            }
        }),
        _ => return Err(()),
    };
    match pos {
        None if other => Err(()),
        pos => Ok(pos),
    }
}

impl Vm {
    /// Run `act` on the dict's table, under one lock, with the position of `key` (or None).
    /// A stored key that needs Python `__eq__` is compared with the lock released, and
    /// the probe is repeated with the answer known, so user code never runs under the lock
    /// and the find and the action are atomic (no other thread can move the entry between
    /// them, even without a GIL).
    fn dict_locked<R>(
        &mut self,
        d: &Dict,
        key: &Value,
        hash: u64,
        write: bool,
        mut act: impl FnMut(&mut crate::object::dict::DictTable, Option<usize>) -> R,
        mut act_read: impl FnMut(&crate::object::dict::DictTable, Option<usize>) -> R,
    ) -> PyResult<R> {
        let mut resolved = Resolved::default();
        loop {
            let candidate = if write {
                let mut table = d.table.write();
                match resolved.probe(&table, key, hash) {
                    Probe::Found(p) => return Ok(act(&mut table, Some(p))),
                    Probe::Absent => return Ok(act(&mut table, None)),
                    Probe::Unknown(k) => k,
                }
            } else {
                let table = d.table.read();
                match resolved.probe(&table, key, hash) {
                    Probe::Found(p) => return Ok(act_read(&table, Some(p))),
                    Probe::Absent => return Ok(act_read(&table, None)),
                    Probe::Unknown(k) => k,
                }
            };
            if self.eq(&candidate, key)? {
                resolved.equal = Some(candidate);
            } else {
                resolved.unequal.push(candidate);
            }
        }
    }

    pub fn dict_get(&mut self, d: &Arc<Dict>, key: &Value) -> PyResult<Option<Value>> {
        let hash = match quick_hash(key) {
            Some(hash) => {
                let table = d.table.read();
                if let Ok(pos) = quick_probe(&table, key, hash) {
                    return Ok(pos.and_then(|p| table.entry_at(p).map(|e| e.value.clone())));
                }
                hash
            }
            None => self.hash(key)?,
        };
        let read = |t: &crate::object::dict::DictTable, pos: Option<usize>| {
            pos.and_then(|p| t.entry_at(p).map(|e| e.value.clone()))
        };
        self.dict_locked(d, key, hash, false, |t, p| read(t, p), read)
    }

    pub fn dict_set(&mut self, d: &Arc<Dict>, key: Value, value: Value) -> PyResult<()> {
        let hash = match quick_hash(&key) {
            Some(hash) => {
                let mut table = d.table.write();
                match quick_probe(&table, &key, hash) {
                    Ok(Some(p)) => {
                        table.set_value_at(p, value);
                        return Ok(());
                    }
                    Ok(None) => {
                        table.insert_new(hash, key, value);
                        return Ok(());
                    }
                    Err(()) => {}
                }
                hash
            }
            None => self.hash(&key)?,
        };
        let mut slot = Some((key.clone(), value));
        self.dict_locked(
            d,
            &key,
            hash,
            true,
            |t, pos| {
                if let Some((k, v)) = slot.take() {
                    match pos {
                        Some(p) => t.set_value_at(p, v),
                        None => t.insert_new(hash, k, v),
                    }
                }
            },
            |_, _| {},
        )
    }

    /// `d.setdefault(key, default)`, atomically: the existing value, or `default` stored.
    pub fn dict_setdefault(
        &mut self,
        d: &Arc<Dict>,
        key: Value,
        default: Value,
    ) -> PyResult<Value> {
        let hash = self.hash(&key)?;
        let mut slot = Some((key.clone(), default.clone()));
        self.dict_locked(
            d,
            &key,
            hash,
            true,
            |t, pos| match pos.and_then(|p| t.entry_at(p).map(|e| e.value.clone())) {
                Some(existing) => existing,
                None => {
                    if let Some((k, v)) = slot.take() {
                        t.insert_new(hash, k, v);
                    }
                    default.clone()
                }
            },
            |_, _| Value::None,
        )
    }

    pub fn dict_remove(&mut self, d: &Arc<Dict>, key: &Value) -> PyResult<Option<Value>> {
        let hash = match quick_hash(key) {
            Some(hash) => {
                let mut table = d.table.write();
                if let Ok(pos) = quick_probe(&table, key, hash) {
                    return Ok(pos.and_then(|p| table.remove_at(p)).map(|e| e.value));
                }
                hash
            }
            None => self.hash(key)?,
        };
        self.dict_locked(
            d,
            key,
            hash,
            true,
            |t, pos| pos.and_then(|p| t.remove_at(p)).map(|e| e.value),
            |_, _| None,
        )
    }

    /// `d.update(other)`: a dict, an object with keys(), or an iterable of pairs.
    pub fn dict_merge(&mut self, d: &Arc<Dict>, other: &Value) -> PyResult<()> {
        match other {
            Value::Dict(o) => {
                let entries: Vec<(Value, Value)> = o
                    .table
                    .read()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                for (k, v) in entries {
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
            Value::Instance(_) if self.hasattr(other, "keys")? => {
                let keys = self.call_method(other, "keys", &[])?;
                for k in self.collect_iterable(&keys)? {
                    let v = self.getitem(other, &k)?;
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
            _ => {
                let items = self.collect_iterable(other).map_err(|_| {
                    PyErr::type_error(format!("'{}' object is not iterable", type_name(other)))
                })?;
                for (i, item) in items.into_iter().enumerate() {
                    let pair = self.collect_iterable(&item).map_err(|_| {
                        PyErr::type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        ))
                    })?;
                    if pair.len() != 2 {
                        return Err(PyErr::value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            pair.len()
                        )));
                    }
                    let mut it = pair.into_iter();
                    let (k, v) = (
                        it.next().unwrap_or(Value::None),
                        it.next().unwrap_or(Value::None),
                    );
                    self.dict_set(d, k, v)?;
                }
                Ok(())
            }
        }
    }

    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr(obj, name)?;
        self.call(&m, args)
    }

    /// Find `key` in a set table (two-phase like dicts).
    fn set_find(&mut self, table: &SetTable, key: &Value, hash: u64) -> PyResult<Option<Value>> {
        let mut slow: Vec<Value> = Vec::new();
        let found = table.find(hash, |k| match fast_eq(k, key) {
            Some(r) => r,
            None => {
                slow.push(k.clone());
                false
            }
        });
        if let Some(slot) = found {
            return Ok(table.get(slot).map(|(_, v)| v.clone()));
        }
        for candidate in slow {
            if self.eq(&candidate, key)? {
                return Ok(Some(candidate));
            }
        }
        Ok(None)
    }

    pub fn set_table_insert(&mut self, table: &mut SetTable, item: Value) -> PyResult<bool> {
        let hash = self.hash(&item)?;
        match self.set_find(table, &item, hash)? {
            Some(_) => Ok(false),
            None => Ok(table.insert(hash, item, |_| false)),
        }
    }

    pub fn make_set_table(&mut self, items: Vec<Value>) -> PyResult<SetTable> {
        let mut table = SetTable::new();
        for item in items {
            self.set_table_insert(&mut table, item)?;
        }
        Ok(table)
    }

    pub fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let table = self.make_set_table(items)?;
        Ok(Value::Set(Arc::new(Set::from_table(table))))
    }

    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        if let Value::Set(s) = set {
            let hash = self.hash(&item)?;
            if self.set_contains_hashed(s, &item, hash)? {
                return Ok(());
            }
            // Another thread (without a GIL) may have added an equal key meanwhile.
            let probe = item.clone();
            s.table.write().insert(hash, item, |k| {
                k.is(&probe) || fast_eq(k, &probe) == Some(true)
            });
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: &Arc<Set>, item: &Value) -> PyResult<bool> {
        // `[1] in some_set` is a TypeError, as in CPython.
        let hash = match quick_hash(item) {
            Some(hash) => hash,
            None => self.hash(item)?,
        };
        self.set_contains_hashed(s, item, hash)
    }

    /// `item in s` for an item whose hash is known; the table is not locked while a
    /// Python `__eq__` runs.
    fn set_contains_hashed(&mut self, s: &Arc<Set>, item: &Value, hash: u64) -> PyResult<bool> {
        let mut slow: Vec<Value> = Vec::new();
        let found = s.table.read().find(hash, |k| match fast_eq(k, item) {
            Some(r) => r,
            None => {
                slow.push(k.clone());
                false
            }
        });
        if found.is_some() {
            return Ok(true);
        }
        for c in slow {
            if self.eq(&c, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn set_table_contains(&mut self, table: &SetTable, item: &Value) -> PyResult<bool> {
        let hash = self.hash(item)?;
        Ok(self.set_find(table, item, hash)?.is_some())
    }

    /// Every element of `a` is in `b`.
    pub fn set_table_subset(&mut self, a: &SetTable, b: &SetTable) -> PyResult<bool> {
        for v in a.keys() {
            if !self.set_table_contains(b, &v)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Set operators for elements whose equality may run Python code.
    fn set_binary_with_vm(
        &mut self,
        op: BinOp,
        ta: &SetTable,
        tb: &SetTable,
    ) -> PyResult<SetTable> {
        let mut out = SetTable::new();
        let (a_keys, b_keys) = (ta.keys(), tb.keys());
        match op {
            BinOp::BitOr => {
                for v in a_keys.into_iter().chain(b_keys) {
                    self.set_table_insert(&mut out, v)?;
                }
            }
            BinOp::BitAnd | BinOp::Sub => {
                let want_in_b = op == BinOp::BitAnd;
                for v in a_keys {
                    if self.set_table_contains(tb, &v)? == want_in_b {
                        self.set_table_insert(&mut out, v)?;
                    }
                }
            }
            _ => {
                for v in a_keys {
                    if !self.set_table_contains(tb, &v)? {
                        self.set_table_insert(&mut out, v)?;
                    }
                }
                for v in b_keys {
                    if !self.set_table_contains(ta, &v)? {
                        self.set_table_insert(&mut out, v)?;
                    }
                }
            }
        }
        Ok(out)
    }

    /// `|`, `&`, `-`, `^` between sets; the result has the left operand's type.
    pub fn set_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        let (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) = (a, b)
        else {
            return Err(super::numeric::unsupported(
                op,
                &type_name(a),
                &type_name(b),
            ));
        };
        let ta = x.table.read().clone();
        let tb = y.table.read().clone();
        // Elements that may define __eq__ are compared by the VM, element by element;
        // otherwise the table operations (which keep CPython's iteration order) decide.
        let needs_vm = ta
            .iter()
            .chain(tb.iter())
            .any(|(_, v)| fast_eq(v, &Value::None).is_none());
        if needs_vm {
            let result = self.set_binary_with_vm(op, &ta, &tb)?;
            let s = Arc::new(Set::from_table(result));
            return Ok(if matches!(a, Value::FrozenSet(_)) {
                Value::FrozenSet(s)
            } else {
                Value::Set(s)
            });
        }
        let mut eq = |p: &Value, q: &Value| fast_eq(p, q).unwrap_or(false);
        let result = match op {
            BinOp::BitOr => ta.union(&tb, &mut eq),
            BinOp::BitAnd => ta.intersection(&tb, &mut eq),
            BinOp::Sub => ta.difference(&tb, &mut eq),
            BinOp::BitXor => ta.symmetric_difference(&tb, &mut eq),
            _ => {
                return Err(super::numeric::unsupported(
                    op,
                    &type_name(a),
                    &type_name(b),
                ));
            }
        };
        let s = Arc::new(Set::from_table(result));
        Ok(if matches!(a, Value::FrozenSet(_)) {
            Value::FrozenSet(s)
        } else {
            Value::Set(s)
        })
    }
}
