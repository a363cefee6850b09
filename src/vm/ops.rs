//! Operators on values: binary/unary arithmetic with dunder fallbacks, truthiness, hashing,
//! subscripts and slices, membership.

use std::sync::Arc;

use crate::ast::{BinOp, UnaryOp};
use crate::object::other::Other;
use crate::value::Value;

use super::Vm;
use super::compare::is_not_implemented;
use super::error::{ExcType, PyErr, PyResult};
use super::numeric::{self, hash_bigint, hash_f64, hash_i64, numeric_binary, unsupported};
use super::types::type_name;

fn binop_dunders(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

impl Vm {
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (name, rname, _) = binop_dunders(op);
            let a2 = self.plain_payload(a, name);
            let b2 = self.plain_payload(b, rname);
            if a2.is_some() || b2.is_some() {
                return self.binary_op(op, a2.as_ref().unwrap_or(a), b2.as_ref().unwrap_or(b));
            }
        }
        if let Some(r) = numeric_binary(op, a, b) {
            return r;
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (name, rname, _) = binop_dunders(op);
            if let Value::Instance(ia) = a
                && let Some(m) = self.user_dunder(&ia.class, name)
            {
                let r = self.call(&m, &[a.clone(), b.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            if let Value::Instance(ib) = b
                && let Some(m) = self.user_dunder(&ib.class, rname)
            {
                let r = self.call(&m, &[b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        self.builtin_binary(op, a, b)
    }

    fn builtin_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        // dict.keys() and dict.items() views support the set operators with any iterable.
        if matches!(
            op,
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor
        ) && (is_set_like_view(a) || is_set_like_view(b))
        {
            let left = self.collect_iterable(a)?;
            let right = self.collect_iterable(b)?;
            let (x, y) = (self.new_set_from(left)?, self.new_set_from(right)?);
            return self.set_binary(op, &x, &y);
        }
        match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Value::string(s))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.snapshot();
                v.extend(y.items.read().iter().cloned());
                Ok(Value::list(v))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Ok(Value::tuple(v))
            }
            (BinOp::Add, Value::Str(_) | Value::List(_) | Value::Tuple(_), _) => {
                let t = type_name(a);
                Err(PyErr::type_error(format!(
                    "can only concatenate {t} (not \"{}\") to {t}",
                    type_name(b)
                )))
            }
            (
                BinOp::Mul,
                Value::Str(_) | Value::List(_) | Value::Tuple(_),
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
            ) => self.repeat(a, b),
            (
                BinOp::Mul,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_),
                Value::Str(_) | Value::List(_) | Value::Tuple(_),
            ) => self.repeat(b, a),
            (BinOp::Mod, Value::Str(s), _) => {
                let fmt = s.clone();
                let r = crate::format::percent::percent_format(self, fmt.as_str(), b)?;
                Ok(Value::string(r))
            }
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => self.set_binary(op, a, b),
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let d = Arc::new(crate::object::dict::Dict::from_table(
                    x.table.read().clone(),
                ));
                self.dict_merge(&d, &Value::Dict(y.clone()))?;
                Ok(Value::Dict(d))
            }
            (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_), _)
            | (BinOp::Mul, _, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
                let other = if matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_)) {
                    b
                } else {
                    a
                };
                Err(PyErr::type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(other)
                )))
            }
            _ => Err(unsupported(op, &type_name(a), &type_name(b))),
        }
    }

    fn repeat(&mut self, seq: &Value, count: &Value) -> PyResult<Value> {
        let n = self.to_index(count)?.max(0) as usize;
        let len = match seq {
            Value::Str(s) => s.as_str().len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.items.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > 1 << 32 {
            return Err(PyErr::new(ExcType::MemoryError, ""));
        }
        Ok(match seq {
            Value::Str(s) => Value::string(s.as_str().repeat(n)),
            Value::List(l) => {
                let items = l.snapshot();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    v.extend(t.items.iter().cloned());
                }
                Value::tuple(v)
            }
            _ => Value::None,
        })
    }

    /// Augmented assignment: in-place for mutable containers and `__iop__` dunders.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = &a {
            let (name, _, iname) = binop_dunders(op);
            if let Some(p @ (Value::List(_) | Value::Dict(_) | Value::Set(_))) = &inst.payload {
                if self.user_dunder(&inst.class, iname).is_none()
                    && self.user_dunder(&inst.class, name).is_none()
                {
                    // list.__iadd__ and friends mutate the built-in part and return the instance.
                    self.inplace_op(op, p.clone(), b)?;
                    return Ok(a);
                }
            }
        }
        match (&op, &a) {
            (BinOp::Add, Value::List(l)) => {
                let items = match b {
                    Value::List(other) => other.snapshot(),
                    _ => self.collect_iterable(b).map_err(|_| {
                        PyErr::type_error(format!("'{}' object is not iterable", type_name(b)))
                    })?,
                };
                l.items.write().extend(items);
                return Ok(a);
            }
            (BinOp::Mul, Value::List(l)) => {
                let n = self.to_index(b)?.max(0) as usize;
                let mut items = l.items.write();
                let orig = items.clone();
                items.clear();
                for _ in 0..n {
                    items.extend(orig.iter().cloned());
                }
                drop(items);
                return Ok(a);
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s))
                if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
            {
                let r = self.set_binary(op, &a, b)?;
                if let Value::Set(result) = r {
                    let t = result.table.read().clone();
                    *s.table.write() = t;
                }
                return Ok(a);
            }
            (BinOp::BitOr, Value::Dict(d)) if matches!(b, Value::Dict(_)) => {
                self.dict_merge(d, b)?;
                return Ok(a);
            }
            (_, Value::Instance(inst)) => {
                let (_, _, iname) = binop_dunders(op);
                if let Some(m) = self.user_dunder(&inst.class, iname) {
                    let r = self.call(&m, &[a.clone(), b.clone()])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        match self.binary_op(op, &a, b) {
            Err(PyErr::New(boxed))
                if boxed.0 == ExcType::TypeError
                    && first_arg_starts_with(&boxed.1, "unsupported operand") =>
            {
                // CPython names the augmented operator in the message.
                let sym = if op == BinOp::Pow {
                    "**=".to_string()
                } else {
                    format!("{}=", numeric::op_symbol(op))
                };
                Err(PyErr::type_error(format!(
                    "unsupported operand type(s) for {sym}: '{}' and '{}'",
                    type_name(&a),
                    type_name(b)
                )))
            }
            r => r,
        }
    }

    pub fn unary_op(&mut self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(v)?));
        }
        match (op, v) {
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(v.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(inst)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                match self.user_dunder(&inst.class, name) {
                    Some(m) => self.call(&m, std::slice::from_ref(v)),
                    None => Err(bad_unary(op, v)),
                }
            }
            _ => Err(bad_unary(op, v)),
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Value::Instance(inst) = v {
            if inst.payload.is_some()
                && self.user_dunder(&inst.class, "__bool__").is_none()
                && self.user_dunder(&inst.class, "__len__").is_none()
            {
                let p = inst.payload.clone().unwrap_or(Value::None);
                return self.truthy(&p);
            }
        }
        Ok(match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(&inst.class, "__bool__") {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(PyErr::type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        ))),
                    };
                }
                if let Some(m) = self.user_dunder(&inst.class, "__len__") {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    return Ok(self.to_index(&r)? != 0);
                }
                true
            }
            Value::Other(o) => match &**o {
                Other::DictView { dict, .. } => !dict.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// Python's `hash()`, as the bits of an i64.
    pub fn hash(&mut self, v: &Value) -> PyResult<u64> {
        if let Some(p) = self.plain_payload(v, "__hash__") {
            if self.plain_payload(v, "__eq__").is_some() {
                return self.hash(&p);
            }
        }
        Ok(match v {
            Value::None | Value::Unbound => 0xFCA8_6420_u64,
            Value::Bool(b) => *b as u64,
            Value::Int(i) => hash_i64(*i) as u64,
            Value::BigInt(b) => hash_bigint(b) as u64,
            Value::Float(f) => hash_f64(*f) as u64,
            Value::Str(s) => s.hash(),
            Value::Tuple(t) => {
                // CPython's tuple hash (xxHash-based, Objects/tupleobject.c).
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                for item in t.items.iter() {
                    let lane = self.hash(item)?;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add((t.items.len() as u64) ^ (P5 ^ 3527539));
                if acc == u64::MAX { 1546275796 } else { acc }
            }
            Value::FrozenSet(s) => s.table.read().frozenset_hash(),
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return Err(PyErr::type_error(format!(
                    "unhashable type: '{}'",
                    type_name(v)
                )));
            }
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(&inst.class, "__hash__") {
                    if m.is_none() {
                        return Err(PyErr::type_error(format!(
                            "unhashable type: '{}'",
                            inst.class.name
                        )));
                    }
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    return match r {
                        Value::Int(i) => Ok(hash_i64(i) as u64),
                        Value::BigInt(b) => Ok(hash_bigint(&b) as u64),
                        Value::Bool(b) => Ok(b as u64),
                        _ => Err(PyErr::type_error(
                            "__hash__ method should return an integer",
                        )),
                    };
                }
                if self.user_dunder(&inst.class, "__eq__").is_some() {
                    return Err(PyErr::type_error(format!(
                        "unhashable type: '{}'",
                        inst.class.name
                    )));
                }
                identity_hash(v)
            }
            Value::Other(o) => match &**o {
                Other::DictView { .. } | Other::Slice { .. } => {
                    return Err(PyErr::type_error(format!(
                        "unhashable type: '{}'",
                        type_name(v)
                    )));
                }
                _ => identity_hash(v),
            },
            _ => identity_hash(v),
        })
    }

    /// An int index from an int-like value (`__index__`).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(p @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) =
            self.plain_payload(v, "__index__")
        {
            return self.to_index(&p);
        }
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(PyErr::new(
                ExcType::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Instance(inst) => match self.user_dunder(&inst.class, "__index__") {
                Some(m) => {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    self.to_index(&r)
                }
                None => Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    inst.class.name
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))),
        }
    }

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(p) = self.plain_payload(obj, "__getitem__") {
            return match self.getitem(&p, key) {
                Err(e) if matches!(p, Value::Dict(_)) && self.error_is(&e, ExcType::KeyError) => {
                    match obj {
                        Value::Instance(inst) => match self.user_dunder(&inst.class, "__missing__")
                        {
                            Some(m) => self.call(&m, &[obj.clone(), key.clone()]),
                            None => Err(e),
                        },
                        _ => Err(e),
                    }
                }
                r => r,
            };
        }
        match obj {
            Value::List(l) => {
                if let Some(s) = as_slice(key) {
                    // Only the slice is copied, not the whole list.
                    let len = l.len();
                    let idx = self.slice_indices(s, len)?;
                    let items = l.items.read();
                    return Ok(Value::list(
                        idx.iter().filter_map(|&i| items.get(i).cloned()).collect(),
                    ));
                }
                let i = self.seq_index(key, "list")?;
                let items = l.items.read();
                match norm_index(i, items.len()) {
                    Some(i) => Ok(items[i].clone()),
                    None => Err(PyErr::index_error("list index out of range")),
                }
            }
            Value::Tuple(t) => {
                if let Some(s) = as_slice(key) {
                    let idx = self.slice_indices(s, t.items.len())?;
                    return Ok(Value::tuple(
                        idx.iter().map(|&i| t.items[i].clone()).collect(),
                    ));
                }
                let i = self.seq_index(key, "tuple")?;
                match norm_index(i, t.items.len()) {
                    Some(i) => Ok(t.items[i].clone()),
                    None => Err(PyErr::index_error("tuple index out of range")),
                }
            }
            Value::Str(s) => {
                if let Some(sl) = as_slice(key) {
                    let n = s.char_len();
                    let idx = self.slice_indices(sl, n)?;
                    if let Some((&first, &last)) = idx.first().zip(idx.last())
                        && last >= first
                        && idx.len() == last - first + 1
                    {
                        return Ok(Value::str(s.char_slice(first, last + 1)));
                    }
                    let chars: Vec<char> = if s.is_ascii() {
                        s.as_str().bytes().map(|b| b as char).collect()
                    } else {
                        s.as_str().chars().collect()
                    };
                    return Ok(Value::string(idx.iter().map(|&i| chars[i]).collect()));
                }
                let i = match key {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                        self.to_index(key)?
                    }
                    _ => {
                        return Err(PyErr::type_error(format!(
                            "string indices must be integers, not '{}'",
                            type_name(key)
                        )));
                    }
                };
                match norm_index(i, s.char_len()) {
                    Some(i) => Ok(Value::string(s.char_at(i).to_string())),
                    None => Err(PyErr::index_error("string index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_get(d, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::key_error(key.clone())),
            },
            Value::Range(r) => {
                if let Some(s) = as_slice(key) {
                    let n = r.len() as usize;
                    // As CPython's compute_slice: map the adjusted slice bounds onto the range.
                    let (start, stop, step, _count) = self.slice_adjust(s, n)?;
                    let new_start = r.start + start * r.step;
                    let new_step = r.step * step;
                    let new_stop = r.start + stop * r.step;
                    return Ok(Value::Range(Arc::new(crate::object::range::Range {
                        start: new_start,
                        stop: new_stop,
                        step: new_step,
                    })));
                }
                let i = self.seq_index(key, "range object")?;
                match norm_index(i, r.len() as usize) {
                    Some(i) => Ok(Value::Int(r.get(i as i64))),
                    None => Err(PyErr::index_error("range object index out of range")),
                }
            }
            Value::Instance(inst) => match self.user_dunder(&inst.class, "__getitem__") {
                Some(m) => self.call(&m, &[obj.clone(), key.clone()]),
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not subscriptable",
                    inst.class.name
                ))),
            },
            Value::Class(c) => {
                if let Some(m) = self.class_lookup_static(c, "__class_getitem__") {
                    let m = self.bind_descriptor(m, obj, c);
                    return self.call(&m, std::slice::from_ref(key));
                }
                if c.kind != crate::object::class::TypeKind::User {
                    // `list[int]` in annotations: a generic alias is just the class here.
                    return Ok(obj.clone());
                }
                Err(PyErr::type_error(
                    "'type' object is not subscriptable".to_string(),
                ))
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                type_name(obj)
            ))),
        }
    }

    fn seq_index(&mut self, key: &Value, what: &str) -> PyResult<i64> {
        match key {
            Value::Int(i) => Ok(*i),
            Value::Bool(_) | Value::Instance(_) => self.to_index(key),
            Value::BigInt(_) => Err(PyErr::index_error(
                "cannot fit 'int' into an index-sized integer".to_string(),
            )),
            _ => {
                let noun = if what == "range object" {
                    "range"
                } else {
                    what
                };
                Err(PyErr::type_error(format!(
                    "{noun} indices must be integers or slices, not {}",
                    type_name(key)
                )))
            }
        }
    }

    pub fn setitem(&mut self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        if let Some(p) = self.plain_payload(obj, "__setitem__") {
            return self.setitem(&p, key, v);
        }
        match obj {
            Value::List(l) => {
                if let Some(s) = as_slice(&key) {
                    let new_items = self
                        .collect_iterable(&v)
                        .map_err(|_| PyErr::type_error("must assign iterable to extended slice"))?;
                    let len = l.len();
                    let (start, stop, step, count) = self.slice_adjust(s, len)?;
                    let mut items = l.items.write();
                    if step == 1 {
                        let start = start as usize;
                        let stop = (stop.max(start as i64)) as usize;
                        let end = stop.min(items.len());
                        items.splice(start..end, new_items);
                    } else {
                        if new_items.len() != count {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                count
                            )));
                        }
                        for (k, item) in new_items.into_iter().enumerate() {
                            let idx = (start + k as i64 * step) as usize;
                            if idx < items.len() {
                                items[idx] = item;
                            }
                        }
                    }
                    return Ok(());
                }
                let i = self.seq_index(&key, "list")?;
                let mut items = l.items.write();
                match norm_index(i, items.len()) {
                    Some(i) => {
                        items[i] = v;
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => self.dict_set(d, key, v),
            Value::Instance(inst) => match self.user_dunder(&inst.class, "__setitem__") {
                Some(m) => self.call(&m, &[obj.clone(), key, v]).map(|_| ()),
                None => Err(PyErr::type_error(format!(
                    "'{}' object does not support item assignment",
                    inst.class.name
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support item assignment",
                type_name(obj)
            ))),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(p) = self.plain_payload(obj, "__delitem__") {
            return self.delitem(&p, key);
        }
        match obj {
            Value::List(l) => {
                if let Some(s) = as_slice(key) {
                    let len = l.len();
                    let mut idx = self.slice_indices(s, len)?;
                    idx.sort_unstable();
                    let mut items = l.items.write();
                    for i in idx.into_iter().rev() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, "list")?;
                let mut items = l.items.write();
                match norm_index(i, items.len()) {
                    Some(i) => {
                        items.remove(i);
                        Ok(())
                    }
                    None => Err(PyErr::index_error("list assignment index out of range")),
                }
            }
            Value::Dict(d) => match self.dict_remove(d, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::key_error(key.clone())),
            },
            Value::Instance(inst) => match self.user_dunder(&inst.class, "__delitem__") {
                Some(m) => self.call(&m, &[obj.clone(), key.clone()]).map(|_| ()),
                None => Err(PyErr::attribute_error("__delitem__")),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object doesn't support item deletion",
                type_name(obj)
            ))),
        }
    }

    /// CPython's PySlice_GetIndicesEx: (start, stop, step, count).
    pub fn slice_adjust(
        &mut self,
        s: (&Value, &Value, &Value),
        len: usize,
    ) -> PyResult<(i64, i64, i64, usize)> {
        let len = len as i64;
        let step = if s.2.is_none() {
            1
        } else {
            self.slice_bound(s.2)?
        };
        if step == 0 {
            return Err(PyErr::value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = if s.0.is_none() {
            if step < 0 { upper } else { lower }
        } else {
            adjust(self.slice_bound(s.0)?)
        };
        let stop = if s.1.is_none() {
            if step < 0 { lower } else { upper }
        } else {
            adjust(self.slice_bound(s.1)?)
        };
        let count = if step < 0 {
            if stop < start {
                ((start - stop - 1) / (-step) + 1) as usize
            } else {
                0
            }
        } else if start < stop {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        };
        Ok((start, stop, step, count))
    }

    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            Value::Int(_) | Value::Bool(_) | Value::Instance(_) => self.to_index(v),
            _ => Err(PyErr::type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        }
    }

    pub fn slice_indices(
        &mut self,
        s: (&Value, &Value, &Value),
        len: usize,
    ) -> PyResult<Vec<usize>> {
        let (start, _, step, count) = self.slice_adjust(s, len)?;
        Ok((0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect())
    }

    /// The `in` operator: `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Some(p) = self.plain_payload(container, "__contains__") {
            return self.contains(&p, item);
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                ))),
            },
            Value::List(l) => {
                let items = l.snapshot();
                self.seq_contains(&items, item)
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                self.seq_contains(&items, item)
            }
            Value::Dict(d) => Ok(self.dict_get(d, item)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, item),
            Value::Range(r) => Ok(match item {
                Value::Int(i) => {
                    let (i, start, stop, step) =
                        (*i as i128, r.start as i128, r.stop as i128, r.step as i128);
                    let in_bounds = if step > 0 {
                        i >= start && i < stop
                    } else {
                        i <= start && i > stop
                    };
                    in_bounds && (i - start) % step == 0
                }
                Value::Bool(b) => self.contains(container, &Value::Int(*b as i64))?,
                _ => {
                    let items = self.collect_iterable(container)?;
                    self.seq_contains(&items, item)?
                }
            }),
            Value::Other(o) => match &**o {
                Other::DictView { dict, kind } => match kind {
                    crate::object::other::DictViewKind::Keys => {
                        Ok(self.dict_get(dict, item)?.is_some())
                    }
                    crate::object::other::DictViewKind::Items => {
                        let Value::Tuple(t) = item else {
                            return Ok(false);
                        };
                        if t.items.len() != 2 {
                            return Ok(false);
                        }
                        match self.dict_get(dict, &t.items[0])? {
                            Some(v) => self.eq(&v, &t.items[1]),
                            None => Ok(false),
                        }
                    }
                    crate::object::other::DictViewKind::Values => {
                        let values = dict.table.read().values();
                        self.seq_contains(&values, item)
                    }
                },
                _ => self.iter_contains(container, item),
            },
            Value::Instance(inst) => match self.user_dunder(&inst.class, "__contains__") {
                Some(m) => {
                    let r = self.call(&m, &[container.clone(), item.clone()])?;
                    self.truthy(&r)
                }
                None => self.iter_contains(container, item),
            },
            _ => self.iter_contains(container, item),
        }
    }

    fn iter_contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(_) => {
                return Err(PyErr::type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name(container)
                )));
            }
        };
        while let Some(v) = self.iter_next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn seq_contains(&mut self, items: &[Value], item: &Value) -> PyResult<bool> {
        for v in items {
            if v.is(item) || self.eq(v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// The hash of a constant of a built-in immutable type, computed without a VM (the
/// compiler uses it to build frozenset constants).
pub fn const_hash(v: &Value) -> Option<u64> {
    Some(match v {
        Value::None => 0xFCA8_6420,
        Value::Bool(b) => *b as u64,
        Value::Int(i) => hash_i64(*i) as u64,
        Value::BigInt(b) => hash_bigint(b) as u64,
        Value::Float(f) => hash_f64(*f) as u64,
        Value::Str(s) => s.hash(),
        _ => return None,
    })
}

fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::DictView { kind: crate::object::other::DictViewKind::Keys | crate::object::other::DictViewKind::Items, .. }))
}

fn first_arg_starts_with(args: &[Value], prefix: &str) -> bool {
    args.first()
        .and_then(|a| a.as_str())
        .is_some_and(|s| s.starts_with(prefix))
}

fn identity_hash(v: &Value) -> u64 {
    (v.heap_ptr().unwrap_or(0) >> 4) as u64
}

fn bad_unary(op: UnaryOp, v: &Value) -> PyErr {
    let sym = match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    };
    PyErr::type_error(format!(
        "bad operand type for unary {sym}: '{}'",
        type_name(v)
    ))
}

/// The parts of a slice object used as a subscript.
pub fn as_slice(v: &Value) -> Option<(&Value, &Value, &Value)> {
    match v {
        Value::Other(o) => match &**o {
            Other::Slice { start, stop, step } => Some((start, stop, step)),
            _ => None,
        },
        _ => None,
    }
}

/// A possibly negative index into a sequence of `len`, or None if out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j >= 0 && j < n {
        Some(j as usize)
    } else {
        None
    }
}
