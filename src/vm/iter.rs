//! The iteration protocol: `iter()`, `next()`, and helpers that drain an iterable.

use std::sync::Arc;

use crate::object::iter::{IterObj, IterState};
use crate::object::other::{DictViewKind, Other};
use crate::value::Value;

use super::Vm;
use super::error::{ExcType, PyErr, PyResult};
use super::generator::Resumed;
use super::types::type_name;

pub fn new_iter(state: IterState) -> Value {
    Value::Iter(Arc::new(IterObj::new(state)))
}

impl Vm {
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(p) = self.plain_payload(v, "__iter__") {
            return self.get_iter(&p);
        }
        Ok(match v {
            Value::List(l) => new_iter(IterState::List {
                list: l.clone(),
                index: 0,
            }),
            Value::Tuple(t) => new_iter(IterState::Tuple {
                tuple: t.clone(),
                index: 0,
            }),
            Value::Str(s) => new_iter(IterState::Str {
                s: s.clone(),
                byte_pos: 0,
            }),
            Value::Range(r) => new_iter(IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            }),
            Value::Dict(d) => new_iter(IterState::Dict {
                dict: d.clone(),
                pos: 0,
                kind: DictViewKind::Keys,
                expected_len: d.len(),
            }),
            Value::Set(s) | Value::FrozenSet(s) => new_iter(IterState::Set {
                set: s.clone(),
                pos: 0,
                expected_len: s.len(),
            }),
            Value::Iter(_) | Value::Generator(_) => v.clone(),
            Value::Other(o) => match &**o {
                Other::DictView { dict, kind } => new_iter(IterState::Dict {
                    dict: dict.clone(),
                    pos: 0,
                    kind: *kind,
                    expected_len: dict.len(),
                }),
                Other::File(_) | Other::StdStream(_) => {
                    let lines = crate::builtins::core::file_readlines(self, v)?;
                    new_iter(IterState::Vec {
                        items: lines,
                        index: 0,
                    })
                }
                _ => return Err(not_iterable(v)),
            },
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(&inst.class, "__iter__") {
                    let it = self.call(&m, std::slice::from_ref(v))?;
                    if !self.is_iterator(&it) {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if self.user_dunder(&inst.class, "__getitem__").is_some() {
                    return Ok(new_iter(IterState::SeqIndex {
                        obj: v.clone(),
                        index: 0,
                    }));
                }
                return Err(not_iterable(v));
            }
            _ => return Err(not_iterable(v)),
        })
    }

    fn is_iterator(&mut self, v: &Value) -> bool {
        match v {
            Value::Iter(_) | Value::Generator(_) => true,
            Value::Instance(inst) => self.user_dunder(&inst.class, "__next__").is_some(),
            _ => false,
        }
    }

    /// One step of iteration: `Ok(None)` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(obj) => self.native_iter_next(obj),
            Value::Generator(g) => match self.resume_generator(g, Value::None)? {
                Resumed::Yielded(v) => Ok(Some(v)),
                Resumed::Returned(_) => Ok(None),
            },
            Value::Instance(inst) => match self.user_dunder(&inst.class, "__next__") {
                Some(m) => match self.call(&m, std::slice::from_ref(it)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.error_is(&e, ExcType::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    inst.class.name
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            ))),
        }
    }

    fn native_iter_next(&mut self, obj: &Arc<IterObj>) -> PyResult<Option<Value>> {
        if let Some(r) = obj.fast_next() {
            return Ok(r);
        }
        let mut state = obj.state.lock();
        match &mut *state {
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.wrapping_add(*step);
                    Ok(Some(Value::Int(n)))
                } else {
                    Ok(None)
                }
            }
            IterState::List { list, index } => {
                let items = list.items.read();
                match items.get(*index) {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v.clone()))
                    }
                    None => {
                        drop(items);
                        *state = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::ListReversed { list, index } => {
                let items = list.items.read();
                if *index == 0 || *index > items.len() {
                    drop(items);
                    *state = IterState::Exhausted;
                    return Ok(None);
                }
                *index -= 1;
                Ok(Some(items[*index].clone()))
            }
            IterState::Tuple { tuple, index } => match tuple.items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v.clone()))
                }
                None => Ok(None),
            },
            IterState::Str { s, byte_pos } => {
                let text = s.as_str();
                match text[*byte_pos..].chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                    }
                    None => Ok(None),
                }
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                expected_len,
            } => {
                let table = dict.table.read();
                if table.len() != *expected_len {
                    *expected_len = usize::MAX;
                    return Err(PyErr::runtime_error(
                        "dictionary changed size during iteration",
                    ));
                }
                match table.next_from(*pos) {
                    Some((next, e)) => {
                        *pos = next;
                        Ok(Some(match kind {
                            DictViewKind::Keys => e.key.clone(),
                            DictViewKind::Values => e.value.clone(),
                            DictViewKind::Items => {
                                Value::tuple(vec![e.key.clone(), e.value.clone()])
                            }
                        }))
                    }
                    None => Ok(None),
                }
            }
            IterState::Set {
                set,
                pos,
                expected_len,
            } => {
                let table = set.table.read();
                if table.len() != *expected_len {
                    *expected_len = usize::MAX;
                    return Err(PyErr::runtime_error("Set changed size during iteration"));
                }
                match table.next_from(*pos) {
                    Some((next, _, v)) => {
                        *pos = next;
                        Ok(Some(v.clone()))
                    }
                    None => Ok(None),
                }
            }
            IterState::Vec { items, index } => match items.get(*index) {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v.clone()))
                }
                None => Ok(None),
            },
            IterState::Exhausted => Ok(None),
            // The rest run Python code: release the lock first.
            IterState::Enumerate { inner, count } => {
                let (inner, n) = (inner.clone(), count.clone());
                drop(state);
                match self.iter_next(&inner)? {
                    Some(v) => {
                        let next = self.binary_op(crate::ast::BinOp::Add, &n, &Value::Int(1))?;
                        if let IterState::Enumerate { count, .. } = &mut *obj.state.lock() {
                            *count = next;
                        }
                        Ok(Some(Value::tuple(vec![n, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict } => {
                let (iters, strict) = (iters.clone(), *strict);
                drop(state);
                let mut out = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.iter_next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict && i > 0 {
                                return Err(PyErr::value_error(format!(
                                    "zip() argument {} is shorter than argument{} 1",
                                    i + 1,
                                    if i > 1 { "s" } else { "" }
                                )));
                            }
                            *obj.state.lock() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                if iters.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(state);
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(&func, &args)?))
            }
            IterState::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(state);
                loop {
                    let Some(v) = self.iter_next(&inner)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, std::slice::from_ref(&v))?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::SeqIndex { obj: target, index } => {
                let (target, i) = (target.clone(), *index);
                drop(state);
                match self.getitem(&target, &Value::Int(i)) {
                    Ok(v) => {
                        if let IterState::SeqIndex { index, .. } = &mut *obj.state.lock() {
                            *index += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e)
                        if self.error_is(&e, ExcType::IndexError)
                            || self.error_is(&e, ExcType::StopIteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(state);
                let v = self.call(&func, &[])?;
                if self.eq(&v, &sentinel)? {
                    *obj.state.lock() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }

    /// Drain an iterable into a Vec.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Range(r) => {
                let n = r.len();
                if n > 1 << 28 {
                    return Err(PyErr::new(ExcType::MemoryError, ""));
                }
                return Ok((0..n).map(|i| Value::Int(r.get(i))).collect());
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack exactly `n` items for `a, b = value`.
    pub fn unpack_iterable(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = self
            .collect_iterable(v)
            .map_err(|e| self.unpack_type_error(e, v))?;
        if items.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        Ok(items)
    }

    pub fn unpack_type_error(&mut self, e: PyErr, v: &Value) -> PyErr {
        if self.error_is(&e, ExcType::TypeError) && !self.is_iterable_value(v) {
            PyErr::type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name(v)
            ))
        } else {
            e
        }
    }

    pub fn star_arg_error(&mut self, e: PyErr, v: &Value) -> PyErr {
        if self.error_is(&e, ExcType::TypeError) && !self.is_iterable_value(v) {
            PyErr::type_error(format!(
                "Value after * must be an iterable, not {}",
                type_name(v)
            ))
        } else {
            e
        }
    }

    fn is_iterable_value(&mut self, v: &Value) -> bool {
        match v {
            Value::Instance(inst) => {
                self.user_dunder(&inst.class, "__iter__").is_some()
                    || self.user_dunder(&inst.class, "__getitem__").is_some()
            }
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Iter(_)
            | Value::Generator(_) => true,
            Value::Other(o) => matches!(&**o, Other::DictView { .. } | Other::File(_)),
            _ => false,
        }
    }

    /// `len(v)`.
    pub fn len_of(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(p) = self.plain_payload(v, "__len__") {
            return self.len_of(&p);
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::Other(o) => match &**o {
                Other::DictView { dict, .. } => dict.len(),
                _ => {
                    return Err(PyErr::type_error(format!(
                        "object of type '{}' has no len()",
                        type_name(v)
                    )));
                }
            },
            Value::Instance(inst) => match self.user_dunder(&inst.class, "__len__") {
                Some(m) => {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    let n = match &r {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.to_index(&r)?,
                        _ => {
                            return Err(PyErr::type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                type_name(&r)
                            )));
                        }
                    };
                    if n < 0 {
                        return Err(PyErr::value_error("__len__() should return >= 0"));
                    }
                    n as usize
                }
                None => {
                    return Err(PyErr::type_error(format!(
                        "object of type '{}' has no len()",
                        inst.class.name
                    )));
                }
            },
            _ => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )));
            }
        })
    }
}

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", type_name(v)))
}
