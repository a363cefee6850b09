//! The dispatch loop.
//!
//! `run(base)` executes the frame stack from the top down to frame index `base`, returning
//! when that frame returns or yields. Python-to-Python calls push a frame and continue in
//! the same loop; only native code calling back into Python (sorted's key, `__eq__` from a
//! dict lookup, class bodies...) re-enters `run` recursively.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use smallvec::SmallVec;

use crate::bytecode::Op;
use crate::object::class::name_key;
use crate::object::dict::Dict;
use crate::object::func::Cell;
use crate::object::other::Other;
use crate::value::Value;

use super::error::{ExcType, PyErr, PyResult};
use super::frame::{Block, BlockKind};
use super::{FrameExit, Vm};

pub type Args = SmallVec<[Value; 8]>;

macro_rules! frame {
    ($vm:expr) => {
        match $vm.frames.last_mut() {
            Some(f) => f,
            None => return Err(PyErr::new(ExcType::SystemError, "no frame")),
        }
    };
}

impl Vm {
    /// Run until the frame at index `base` returns or yields.
    pub fn run(&mut self, base: usize) -> PyResult<FrameExit> {
        loop {
            match self.dispatch(base) {
                Ok(exit) => return Ok(exit),
                Err(err) => self.unwind(err, base)?,
            }
        }
    }

    #[inline]
    fn check_breaker(&mut self) -> PyResult<()> {
        if self.interp.eval_breaker.load(Ordering::Relaxed) != 0 || self.ticks >= self.tick_deadline
        {
            self.handle_eval_breaker()?;
        }
        Ok(())
    }

    fn dispatch(&mut self, base: usize) -> PyResult<FrameExit> {
        loop {
            // The fast inner loop: the common cases of the hot instructions, and plain
            // Python-to-Python calls and returns, run there without leaving the loop.
            // Anything else (another instruction, or operands the fast case does not
            // cover) leaves the loop with the instruction, untouched, for the general
            // match below.
            let limits = FastLimits {
                base,
                max_frames: if self.native_depth >= self.max_native_depth {
                    0
                } else {
                    self.recursion_limit()
                },
                tick_deadline: self.tick_deadline,
            };
            let op = match fast_loop(
                &mut self.frames,
                &mut self.stack_pool,
                &self.attr_cache,
                &self.interp,
                &mut self.ticks,
                limits,
            ) {
                FastExit::Slow(op) => op.unfused(),
                FastExit::Discard(v) => {
                    self.discard(v);
                    continue;
                }
                FastExit::BadIp => {
                    return Err(PyErr::new(
                        ExcType::SystemError,
                        "instruction pointer out of range",
                    ));
                }
            };
            let frame = frame!(self);
            // SAFETY: the code object is owned (through its Arc<Function>) by the frame at
            // the top of the stack, and stays alive until that frame is popped. A frame is
            // only popped by `Return` (after which this loop re-reads the top frame) or by
            // unwinding, which happens after `dispatch` has returned. Frames pushed and
            // popped above it while an instruction runs do not affect it, and moving the
            // `Frame` struct (when `frames` grows) does not move the `Code` allocation.
            // Borrowing it this way lets names and constants be passed by reference to VM
            // calls, without reference-count traffic on every access.
            let code: &crate::bytecode::Code = unsafe { &*Arc::as_ptr(frame.code()) };
            match op {
                // `unfused` turned superinstructions into their first instruction.
                Op::LoadFastAttr(..)
                | Op::StoreFastAttr(..)
                | Op::LoadFastSubscrConst(..)
                | Op::LoadFastLoadFast(..)
                | Op::LoadFastLoadConst(..)
                | Op::FastFastBinary(..)
                | Op::FastConstBinary(..)
                | Op::CompareJumpIfFalse(..)
                | Op::BinaryStoreFast(..)
                | Op::InplaceStoreFast(..) => {
                    return Err(PyErr::new(
                        ExcType::SystemError,
                        "unexpected superinstruction",
                    ));
                }
                Op::Nop => {}
                Op::Pop => {
                    if let Some(v) = frame.stack.pop() {
                        self.discard(v);
                    }
                }
                Op::Dup => {
                    let v = frame.top().clone();
                    frame.push(v);
                }
                Op::Dup2 => {
                    let a = frame.peek(1).clone();
                    let b = frame.peek(0).clone();
                    frame.push(a);
                    frame.push(b);
                }
                Op::Rot2 => {
                    let n = frame.stack.len();
                    if n >= 2 {
                        frame.stack.swap(n - 1, n - 2);
                    }
                }
                Op::Rot3 => {
                    let v = frame.pop();
                    let n = frame.stack.len();
                    frame.stack.insert(n.saturating_sub(2), v);
                }
                Op::Rot4 => {
                    let v = frame.pop();
                    let n = frame.stack.len();
                    frame.stack.insert(n.saturating_sub(3), v);
                }
                Op::LoadConst(i) => {
                    let v = code.consts[i as usize].clone();
                    frame.push(v);
                }
                Op::LoadFast(i) => {
                    let v = load_local(frame, i as usize)?;
                    frame.push(v);
                }
                Op::StoreFast(i) => {
                    let v = frame.pop();
                    let old = std::mem::replace(&mut frame.stack[i as usize], v);
                    self.discard(old);
                }
                Op::DeleteFast(i) => {
                    if let Value::Unbound = frame.stack[i as usize] {
                        let name = frame.code().varnames[i as usize].clone();
                        return Err(PyErr::new(
                            ExcType::UnboundLocalError,
                            format!(
                                "cannot access local variable '{name}' where it is not associated with a value"
                            ),
                        ));
                    }
                    let old = std::mem::replace(&mut frame.stack[i as usize], Value::Unbound);
                    self.discard(old);
                }
                Op::LoadClosure(i) => {
                    let cell = frame.cells[i as usize].clone();
                    frame.push(Value::Other(Arc::new(Other::Cell(cell))));
                }
                Op::LoadDeref(i) => {
                    let v = frame.cells[i as usize].get();
                    if let Value::Unbound = v {
                        return Err(self.unbound_cell_error(i as usize));
                    }
                    frame!(self).push(v);
                }
                Op::StoreDeref(i) => {
                    let v = frame.pop();
                    frame.cells[i as usize].set(v);
                }
                Op::DeleteDeref(i) => {
                    frame.cells[i as usize].set(Value::Unbound);
                }
                Op::LoadClassDeref(i) => {
                    let name = self.deref_name(i as usize);
                    let ns = frame!(self).namespace.clone();
                    let local = match &ns {
                        Some(ns) => self.dict_get_str(ns, &name),
                        None => None,
                    };
                    let v = match local {
                        Some(v) => v,
                        None => {
                            let frame = frame!(self);
                            let v = frame.cells[i as usize].get();
                            if let Value::Unbound = v {
                                return Err(self.unbound_cell_error(i as usize));
                            }
                            v
                        }
                    };
                    frame!(self).push(v);
                }
                Op::LoadGlobal(slot) => {
                    let v = frame.globals().get_slot(slot as usize);
                    let v = match v {
                        Value::Unbound => self.load_builtin_for_slot(slot as usize)?,
                        v => v,
                    };
                    frame!(self).push(v);
                }
                Op::StoreGlobal(slot) => {
                    let v = frame.pop();
                    let old = frame.globals().replace_slot(slot as usize, v);
                    self.discard(old);
                }
                Op::DeleteGlobal(slot) => {
                    if let Value::Unbound = frame.globals().get_slot(slot as usize) {
                        let name = frame.globals().slot_name(slot as usize);
                        return Err(PyErr::new(
                            ExcType::NameError,
                            format!("name '{name}' is not defined"),
                        ));
                    }
                    let old = frame.globals().replace_slot(slot as usize, Value::Unbound);
                    self.discard(old);
                }
                Op::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let v = self.load_name(name)?;
                    frame!(self).push(v);
                }
                Op::StoreName(i) => {
                    let name = code.names[i as usize].clone();
                    let v = frame.pop();
                    self.store_name(name, v)?;
                }
                Op::DeleteName(i) => {
                    let name = &code.names[i as usize];
                    self.delete_name(name)?;
                }
                Op::LoadAttr(i) => {
                    let name = &code.names[i as usize];
                    let obj = frame.pop();
                    let v = self.getattr_value(&obj, name)?;
                    frame!(self).push(v);
                }
                Op::StoreAttr(i) => {
                    let name = &code.names[i as usize];
                    let obj = frame.pop();
                    let v = frame.pop();
                    self.setattr_value(&obj, name, v)?;
                }
                Op::DeleteAttr(i) => {
                    let name = &code.names[i as usize];
                    let obj = frame.pop();
                    self.delattr_value(&obj, name)?;
                }
                Op::BinarySubscr => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    // Fast path: list[int].
                    if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                        let items = l.items.read();
                        let n = items.len() as i64;
                        let idx = if *i < 0 { i + n } else { *i };
                        if idx >= 0 && idx < n {
                            let v = items[idx as usize].clone();
                            drop(items);
                            frame.push(v);
                            continue;
                        }
                    }
                    let v = self.getitem(&obj, &key)?;
                    frame!(self).push(v);
                }
                Op::StoreSubscr => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    let v = frame.pop();
                    // Fast path: list[int] = v.
                    if let (Value::List(l), Value::Int(i)) = (&obj, &key) {
                        let mut items = l.items.write();
                        if let Some(idx) = super::ops::norm_index(*i, items.len()) {
                            let old = std::mem::replace(&mut items[idx], v);
                            drop(items);
                            old.release();
                            continue;
                        }
                    }
                    self.setitem(&obj, key, v)?;
                }
                Op::DeleteSubscr => {
                    let key = frame.pop();
                    let obj = frame.pop();
                    self.delitem(&obj, &key)?;
                }
                Op::Unary(u) => {
                    let v = frame.pop();
                    let r = self.unary_op(u, &v)?;
                    frame!(self).push(r);
                }
                Op::Binary(b) => {
                    let rhs = frame.pop();
                    let lhs = frame.pop();
                    let r = match super::numeric::fast_binary(b, &lhs, &rhs) {
                        Some(r) => r?,
                        None => self.binary_op(b, &lhs, &rhs)?,
                    };
                    lhs.release();
                    rhs.release();
                    frame!(self).push(r);
                }
                Op::Inplace(b) => {
                    let rhs = frame.pop();
                    let lhs = frame.pop();
                    let r = match super::numeric::fast_binary(b, &lhs, &rhs) {
                        Some(r) => {
                            lhs.release();
                            r?
                        }
                        None => self.inplace_op(b, lhs, &rhs)?,
                    };
                    rhs.release();
                    frame!(self).push(r);
                }
                Op::Compare(c) => {
                    let rhs = frame.pop();
                    let lhs = frame.pop();
                    let r = match super::compare::fast_compare(c, &lhs, &rhs) {
                        Some(b) => Value::Bool(b),
                        None => self.compare_op(c, &lhs, &rhs)?,
                    };
                    lhs.release();
                    rhs.release();
                    frame!(self).push(r);
                }
                Op::BuildTuple(n) => {
                    let at = frame.stack.len() - n as usize;
                    let items: Vec<Value> = frame.stack.drain(at..).collect();
                    frame.push(Value::tuple(items));
                }
                Op::BuildList(n) => {
                    let at = frame.stack.len() - n as usize;
                    let items: Vec<Value> = frame.stack.drain(at..).collect();
                    frame.push(Value::list(items));
                }
                Op::BuildSet(n) => {
                    let at = frame.stack.len() - n as usize;
                    let items: Vec<Value> = frame.stack.drain(at..).collect();
                    let set = self.new_set_from(items)?;
                    frame!(self).push(set);
                }
                Op::BuildMap(n) => {
                    let at = frame.stack.len() - 2 * n as usize;
                    let items: Vec<Value> = frame.stack.drain(at..).collect();
                    let dict = Arc::new(Dict::new());
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&dict, k, v)?;
                    }
                    frame!(self).push(Value::Dict(dict));
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { frame.pop() } else { Value::None };
                    let stop = frame.pop();
                    let start = frame.pop();
                    frame.push(Value::Other(Arc::new(Other::Slice { start, stop, step })));
                }
                Op::BuildString(n) => {
                    let at = frame.stack.len() - n as usize;
                    let mut s = String::new();
                    for v in &frame.stack[at..] {
                        if let Value::Str(p) = v {
                            s.push_str(p.as_str());
                        }
                    }
                    frame.stack.truncate(at);
                    frame.push(Value::string(s));
                }
                Op::ListAppend(depth) => {
                    let v = frame.pop();
                    let at = frame.stack.len() - depth as usize;
                    if let Value::List(l) = &frame.stack[at] {
                        l.items.write().push(v);
                    }
                }
                Op::SetAdd(depth) => {
                    let v = frame.pop();
                    let at = frame.stack.len() - depth as usize;
                    let set = frame.stack[at].clone();
                    self.set_add(&set, v)?;
                }
                Op::MapAdd(depth) => {
                    let v = frame.pop();
                    let k = frame.pop();
                    let at = frame.stack.len() - depth as usize;
                    if let Value::Dict(d) = frame.stack[at].clone() {
                        self.dict_set(&d, k, v)?;
                    }
                }
                Op::ListExtend => {
                    let iterable = frame.pop();
                    let list = frame.top().clone();
                    let items = self
                        .collect_iterable(&iterable)
                        .map_err(|e| self.star_arg_error(e, &iterable))?;
                    if let Value::List(l) = list {
                        l.items.write().extend(items);
                    }
                }
                Op::SetUpdate => {
                    let iterable = frame.pop();
                    let set = frame.top().clone();
                    match (&set, &iterable) {
                        // set_merge: a set's table is copied in its own slot order.
                        (Value::Set(target), Value::Set(src) | Value::FrozenSet(src))
                            if !Arc::ptr_eq(target, src) =>
                        {
                            let other = src.table.read().copy();
                            target.table.write().merge_from(&other, |a, b| {
                                crate::vm::dictops::fast_eq(a, b).unwrap_or(false)
                            });
                        }
                        _ => {
                            for item in self.collect_iterable(&iterable)? {
                                self.set_add(&set, item)?;
                            }
                        }
                    }
                }
                Op::DictUpdate => {
                    let mapping = frame.pop();
                    let dict = frame.top().clone();
                    if let Value::Dict(d) = dict {
                        self.dict_merge(&d, &mapping)?;
                    }
                }
                Op::CallArgsExtend => {
                    let iterable = frame.pop();
                    let list = frame.top().clone();
                    let func = frame.peek(1).clone();
                    let items = match self.collect_iterable(&iterable) {
                        Ok(items) => items,
                        Err(e)
                            if self.error_is(&e, ExcType::TypeError)
                                && !matches!(iterable, Value::Instance(_)) =>
                        {
                            return Err(PyErr::type_error(format!(
                                "{} argument after * must be an iterable, not {}",
                                self.function_str(&func),
                                crate::vm::types::type_name(&iterable)
                            )));
                        }
                        Err(e) => return Err(e),
                    };
                    if let Value::List(l) = list {
                        l.items.write().extend(items);
                    }
                }
                Op::CallKwAdd => {
                    let v = frame.pop();
                    let k = frame.pop();
                    let dict = frame.top().clone();
                    let func = frame.peek(2).clone();
                    self.call_kw_insert(&func, &dict, k, v)?;
                }
                Op::CallKwMerge => {
                    let mapping = frame.pop();
                    let dict = frame.top().clone();
                    let func = frame.peek(2).clone();
                    let pairs: Vec<(Value, Value)> = match &mapping {
                        Value::Dict(d) => d
                            .table
                            .read()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect(),
                        Value::Instance(_) if self.hasattr(&mapping, "keys")? => {
                            let keys = self.call_method(&mapping, "keys", &[])?;
                            let mut v = Vec::new();
                            for k in self.collect_iterable(&keys)? {
                                let val = self.getitem(&mapping, &k)?;
                                v.push((k, val));
                            }
                            v
                        }
                        other => {
                            return Err(PyErr::type_error(format!(
                                "{} argument after ** must be a mapping, not {}",
                                self.function_str(&func),
                                crate::vm::types::type_name(other)
                            )));
                        }
                    };
                    for (k, v) in pairs {
                        if !matches!(k, Value::Str(_)) {
                            return Err(PyErr::type_error("keywords must be strings"));
                        }
                        self.call_kw_insert(&func, &dict, k, v)?;
                    }
                }
                Op::ListToTuple => {
                    let v = frame.pop();
                    let items = match &v {
                        Value::List(l) => l.snapshot(),
                        _ => Vec::new(),
                    };
                    frame.push(Value::tuple(items));
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 {
                        Some(frame.pop())
                    } else {
                        None
                    };
                    let v = frame.pop();
                    let s = self.format_value(&v, flags & 3, spec.as_ref())?;
                    frame!(self).push(Value::string(s));
                }
                Op::Jump(t) => {
                    if (t as usize) < frame.ip {
                        // Check before jumping, so an exception raised here (Ctrl-C) is
                        // reported at the loop's last line, not at the jump target.
                        self.check_breaker()?;
                        frame!(self).ip = t as usize;
                    } else {
                        frame.ip = t as usize;
                    }
                }
                Op::PopJumpIfFalse(t) => {
                    let v = frame.pop();
                    let truthy = match v {
                        Value::Bool(b) => b,
                        Value::None => false,
                        Value::Int(i) => i != 0,
                        v => self.truthy(&v)?,
                    };
                    if !truthy {
                        if (t as usize) < frame!(self).ip {
                            self.check_breaker()?;
                        }
                        frame!(self).ip = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = frame.pop();
                    let truthy = match v {
                        Value::Bool(b) => b,
                        v => self.truthy(&v)?,
                    };
                    if truthy {
                        frame!(self).ip = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = frame.top().clone();
                    if !self.truthy(&v)? {
                        frame!(self).ip = t as usize;
                    } else {
                        frame!(self).stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = frame.top().clone();
                    if self.truthy(&v)? {
                        frame!(self).ip = t as usize;
                    } else {
                        frame!(self).stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = frame.pop();
                    let it = self.get_iter(&v)?;
                    frame!(self).push(it);
                }
                Op::ForIter(t) => {
                    let it = frame.top().clone();
                    match self.iter_next(&it)? {
                        Some(v) => frame!(self).push(v),
                        None => {
                            let frame = frame!(self);
                            frame.stack.pop();
                            frame.ip = t as usize;
                        }
                    }
                }
                Op::Call(n) => {
                    self.check_breaker()?;
                    if let Some(exit) = self.op_call(n as usize, None)? {
                        return Ok(exit);
                    }
                }
                Op::CallKw(n) => {
                    let kwnames = frame.pop();
                    self.check_breaker()?;
                    if let Some(exit) = self.op_call(n as usize, Some(kwnames))? {
                        return Ok(exit);
                    }
                }
                Op::CallEx => {
                    let kwargs = frame.pop();
                    let args = frame.pop();
                    let func = frame.pop();
                    self.check_breaker()?;
                    let pos: Args = match &args {
                        Value::Tuple(t) => t.items.iter().cloned().collect(),
                        _ => Args::new(),
                    };
                    let kw = match &kwargs {
                        Value::Dict(d) => d
                            .table
                            .read()
                            .iter()
                            .map(|e| (e.key.clone(), e.value.clone()))
                            .collect(),
                        _ => Vec::new(),
                    };
                    let r = self.call_with(&func, pos, &kw)?;
                    frame!(self).push(r);
                }
                Op::CallMethod(name_i, n) => {
                    self.check_breaker()?;
                    if let Some(exit) =
                        self.op_call_method(&code.names[name_i as usize], n as usize, base)?
                    {
                        return Ok(exit);
                    }
                }
                Op::MakeFunction(ci, flags) => {
                    let code = match &frame.code().consts[ci as usize] {
                        Value::Other(o) => match &**o {
                            Other::Code(c) => c.clone(),
                            _ => return Err(PyErr::new(ExcType::SystemError, "bad code constant")),
                        },
                        _ => return Err(PyErr::new(ExcType::SystemError, "bad code constant")),
                    };
                    let closure = if flags & 8 != 0 {
                        frame.pop()
                    } else {
                        Value::None
                    };
                    let kwdefaults = if flags & 2 != 0 {
                        frame.pop()
                    } else {
                        Value::None
                    };
                    let defaults = if flags & 1 != 0 {
                        frame.pop()
                    } else {
                        Value::None
                    };
                    let globals = frame.globals().clone();
                    let f = self.make_function(code, globals, defaults, kwdefaults, closure);
                    frame!(self).push(f);
                }
                Op::BuildClass => {
                    let kwargs = frame.pop();
                    let bases = frame.pop();
                    let name = frame.pop();
                    let body = frame.pop();
                    let cls = self.build_class(body, name, bases, kwargs)?;
                    frame!(self).push(cls);
                }
                Op::Return => {
                    let mut v = frame.pop();
                    let done = self.frames.len() - 1 == base;
                    if let Some(mut f) = self.frames.pop() {
                        // One pass: release the frame's values (closing generators it held
                        // the last reference to) and keep the vector for the next call.
                        let mut stack = std::mem::take(&mut f.stack);
                        while let Some(v) = stack.pop() {
                            if v.is_immediate() {
                                std::mem::forget(v);
                            } else {
                                self.discard(v);
                            }
                        }
                        let init = f.init_instance.take();
                        drop(f);
                        self.recycle_stack(stack);
                        if let Some(instance) = init {
                            if !v.is_none() {
                                return Err(PyErr::type_error(format!(
                                    "__init__() should return None, not '{}'",
                                    super::types::type_name(&v)
                                )));
                            }
                            v = Value::Instance(instance);
                        }
                    }
                    if done {
                        return Ok(FrameExit::Return(v));
                    }
                    frame!(self).push(v);
                }
                Op::Yield => {
                    let v = frame.pop();
                    return Ok(FrameExit::Yield(v));
                }
                Op::GetYieldFromIter => {
                    let v = frame.pop();
                    let it = match v {
                        Value::Generator(_) => v,
                        v => self.get_iter(&v)?,
                    };
                    frame!(self).push(it);
                }
                Op::YieldFrom => {
                    let sent = frame.pop();
                    let sub = frame.top().clone();
                    match self.delegate_send(&sub, sent)? {
                        super::generator::Resumed::Yielded(v) => {
                            // Re-run YieldFrom when resumed, with the sent value on the stack.
                            frame!(self).ip -= 1;
                            return Ok(FrameExit::Yield(v));
                        }
                        super::generator::Resumed::Returned(r) => {
                            let frame = frame!(self);
                            frame.stack.pop();
                            frame.push(r);
                        }
                    }
                }
                Op::UnpackSequence(n) => {
                    let v = frame.pop();
                    match &v {
                        Value::Tuple(t) if t.items.len() == n as usize => {
                            frame.stack.extend(t.items.iter().rev().cloned());
                        }
                        _ => {
                            let items = self.unpack_iterable(&v, n as usize)?;
                            frame!(self).stack.extend(items.into_iter().rev());
                        }
                    }
                }
                Op::UnpackEx(arg) => {
                    let before = (arg & 0xffff) as usize;
                    let after = (arg >> 16) as usize;
                    let v = frame.pop();
                    let items = self
                        .collect_iterable(&v)
                        .map_err(|e| self.unpack_type_error(e, &v))?;
                    if items.len() < before + after {
                        return Err(PyErr::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mid_end = items.len() - after;
                    let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
                    out.extend(items[..before].iter().cloned());
                    out.push(Value::list(items[before..mid_end].to_vec()));
                    out.extend(items[mid_end..].iter().cloned());
                    frame!(self).stack.extend(out.into_iter().rev());
                }
                Op::SetupExcept(t) | Op::SetupFinally(t) => {
                    let depth = (frame.stack.len() - frame.nlocals()) as u32;
                    frame.blocks.push(Block {
                        kind: BlockKind::Except,
                        handler: t,
                        depth,
                    });
                }
                Op::SetupWith(t) => {
                    let cm = frame.pop();
                    let (exit, entered) = self.enter_context(&cm)?;
                    let frame = frame!(self);
                    frame.push(exit);
                    let depth = (frame.stack.len() - frame.nlocals()) as u32;
                    frame.blocks.push(Block {
                        kind: BlockKind::With,
                        handler: t,
                        depth,
                    });
                    frame.push(entered);
                }
                Op::PopBlock => {
                    frame.blocks.pop();
                }
                Op::PopExcept => {
                    if let Some(pos) = frame
                        .blocks
                        .iter()
                        .rposition(|b| b.kind == BlockKind::Handler)
                    {
                        frame.blocks.truncate(pos);
                    }
                    frame.exc_stack.pop();
                }
                Op::ExcMatch => {
                    let cls = frame.pop();
                    let exc = frame.pop();
                    let m = self.exception_matches(&exc, &cls)?;
                    frame!(self).push(Value::Bool(m));
                }
                Op::Reraise => {
                    let exc = frame.pop();
                    self.reraising = true;
                    return Err(PyErr::Obj(exc));
                }
                Op::Raise(n) => return Err(self.op_raise(n)?),
                Op::WithExcept(t) => {
                    let exc = frame.pop();
                    let exit = frame.pop();
                    let suppress = self.call_exit_with_exception(&exit, &exc)?;
                    let frame = frame!(self);
                    if suppress {
                        if let Some(pos) = frame
                            .blocks
                            .iter()
                            .rposition(|b| b.kind == BlockKind::Handler)
                        {
                            frame.blocks.truncate(pos);
                        }
                        frame.exc_stack.pop();
                        frame.ip = t as usize;
                    } else {
                        self.reraising = true;
                        return Err(PyErr::Obj(exc));
                    }
                }
                Op::WithExit => {
                    let exit = frame.pop();
                    self.call_with(
                        &exit,
                        smallvec::smallvec![Value::None, Value::None, Value::None],
                        &[],
                    )?;
                }
                Op::RaiseAssert(has_msg) => {
                    let args = if has_msg == 1 {
                        vec![frame.pop()]
                    } else {
                        vec![]
                    };
                    return Err(PyErr::with_args(ExcType::AssertionError, args));
                }
                Op::ImportName(i) => {
                    let name = frame.code().names[i as usize].clone();
                    let m = self.import_module_value(name.as_str().unwrap_or(""))?;
                    frame!(self).push(m);
                }
                Op::ImportFrom(i) => {
                    let name = frame.code().names[i as usize].clone();
                    let module = frame.top().clone();
                    let v = self.import_from(&module, &name)?;
                    frame!(self).push(v);
                }
                Op::ImportStar => {
                    let module = frame.pop();
                    self.import_star(&module)?;
                }
            }
        }
    }

    /// Add one keyword argument while building a `CallEx` call.
    fn call_kw_insert(&mut self, func: &Value, dict: &Value, k: Value, v: Value) -> PyResult<()> {
        let Value::Dict(d) = dict else { return Ok(()) };
        if self.dict_get(d, &k)?.is_some() {
            let name = k.as_str().unwrap_or("").to_string();
            return Err(PyErr::type_error(format!(
                "{} got multiple values for keyword argument '{name}'",
                self.function_str(func)
            )));
        }
        self.dict_set(d, k, v)
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`).
    pub fn function_str(&mut self, func: &Value) -> String {
        let qualified = |module: Option<Value>, qualname: String| match module
            .as_ref()
            .and_then(|m| m.as_str())
        {
            Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
            _ => format!("{qualname}()"),
        };
        match func {
            Value::Function(f) => qualified(f.globals().get("__name__"), f.qualname.read().clone()),
            Value::BoundMethod(bm) => {
                let inner = bm.func.clone();
                self.function_str(&inner)
            }
            Value::Builtin(b) => format!("{}()", b.name),
            Value::Class(c) => qualified(Some(Value::str(&c.module)), c.qualname.clone()),
            other => format!("{} object", crate::vm::types::type_name(other)),
        }
    }

    fn unbound_cell_error(&mut self, i: usize) -> PyErr {
        let name = self.deref_name(i);
        let is_cellvar = self
            .frames
            .last()
            .is_some_and(|f| i < f.code().cellvars.len());
        if is_cellvar {
            PyErr::new(
                ExcType::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            PyErr::new(
                ExcType::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        }
    }

    fn deref_name(&self, i: usize) -> String {
        let Some(f) = self.frames.last() else {
            return String::new();
        };
        let nc = f.code().cellvars.len();
        if i < nc {
            f.code().cellvars[i].clone()
        } else {
            f.code().freevars.get(i - nc).cloned().unwrap_or_default()
        }
    }

    fn load_builtin_for_slot(&mut self, slot: usize) -> PyResult<Value> {
        let frame = frame!(self);
        if let Some(v) = frame.globals().cached_builtin(slot) {
            return Ok(v);
        }
        let name = frame.globals().slot_name(slot);
        match self.interp.builtins.get(&*name) {
            Some(v) => {
                let v = v.clone();
                frame!(self).globals().cache_builtin(slot, v.clone());
                Ok(v)
            }
            None => Err(self.name_error(&name)),
        }
    }

    /// LoadName: class namespace, then globals, then builtins.
    fn load_name(&mut self, name: &Value) -> PyResult<Value> {
        let key = name.as_str().unwrap_or("");
        let frame = frame!(self);
        if let Some(ns) = frame.namespace.clone()
            && let Some(v) = self.dict_get_str(&ns, key)
        {
            return Ok(v);
        }
        let frame = frame!(self);
        if let Some(v) = frame.globals().get(key) {
            return Ok(v);
        }
        match self.interp.builtins.get(key) {
            Some(v) => Ok(v.clone()),
            None => Err(self.name_error(key)),
        }
    }

    fn store_name(&mut self, name: Value, v: Value) -> PyResult<()> {
        let frame = frame!(self);
        match frame.namespace.clone() {
            Some(ns) => self.dict_set(&ns, name, v),
            None => {
                frame.globals().set(name.as_str().unwrap_or(""), v);
                Ok(())
            }
        }
    }

    fn delete_name(&mut self, name: &Value) -> PyResult<()> {
        let key = name.as_str().unwrap_or("");
        let frame = frame!(self);
        match frame.namespace.clone() {
            Some(ns) => {
                if self.dict_remove(&ns, name)?.is_none() {
                    return Err(self.name_error(key));
                }
                Ok(())
            }
            None => {
                if frame.globals().get(key).is_none() {
                    return Err(self.name_error(key));
                }
                frame.globals().set(key, Value::Unbound);
                Ok(())
            }
        }
    }

    /// `raise`, `raise exc`, `raise exc from cause`.
    fn op_raise(&mut self, n: u32) -> PyResult<PyErr> {
        let frame = frame!(self);
        match n {
            0 => match self.current_handled_exception() {
                Some(exc) => {
                    self.reraising = true;
                    Ok(PyErr::Obj(exc))
                }
                None => Ok(PyErr::runtime_error("No active exception to reraise")),
            },
            1 => {
                let exc = frame.pop();
                let exc = self.make_raisable(exc)?;
                Ok(PyErr::Obj(exc))
            }
            _ => {
                let cause = frame.pop();
                let exc = frame.pop();
                let exc = self.make_raisable(exc)?;
                let cause = match cause {
                    Value::None => None,
                    c => Some(self.make_raisable(c).map_err(|_| {
                        PyErr::type_error("exception causes must derive from BaseException")
                    })?),
                };
                if let Value::Instance(inst) = &exc
                    && let Some(st) = inst.exc_state()
                {
                    *st.cause.lock() = cause;
                    *st.suppress_context.lock() = true;
                }
                Ok(PyErr::Obj(exc))
            }
        }
    }

    /// Create a frame's cells: fresh cells for cellvars (seeded from parameters), then the
    /// function's closure.
    pub(super) fn init_cells(
        &mut self,
        code: &crate::bytecode::Code,
        closure: &[Arc<Cell>],
        stack: &mut [Value],
    ) -> Vec<Arc<Cell>> {
        let mut cells: Vec<Arc<Cell>> = Vec::with_capacity(code.ncells());
        for _ in 0..code.cellvars.len() {
            cells.push(Arc::new(Cell::new(Value::Unbound)));
        }
        for &(ci, slot) in &code.cell_params {
            if let Some(v) = stack.get_mut(slot) {
                cells[ci].set(std::mem::replace(v, Value::Unbound));
            }
        }
        cells.extend(closure.iter().cloned());
        cells
    }

    pub fn dict_get_str(&mut self, d: &Arc<Dict>, key: &str) -> Option<Value> {
        let k = name_key(key);
        self.dict_get(d, &k).ok().flatten()
    }
}

/// An instance attribute that needs no class lookup: no `__getattribute__`, and the name is
/// not a property or other descriptor of the class.
#[inline]
fn plain_instance_attr(
    inst: &crate::object::class::Instance,
    key: &str,
    interp: &super::Interp,
) -> bool {
    !inst.class.hooks.getattribute
        && !interp.late_properties.load(Ordering::Relaxed)
        && !inst.class.property_names.iter().any(|p| p == key)
}

/// A fast local's value, or CPython's UnboundLocalError.
#[inline(always)]
fn load_local(frame: &super::frame::Frame, i: usize) -> PyResult<Value> {
    match &frame.stack[i] {
        Value::Unbound => {
            let name = &frame.code().varnames[i];
            Err(PyErr::new(
                ExcType::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            ))
        }
        v => Ok(v.clone()),
    }
}

/// How `fast_loop` hands control back to `dispatch`.
enum FastExit {
    /// Run this instruction (the fast case did not apply) by the general path.
    Slow(Op),
    /// The instruction is done; release this value (it may be a generator to close).
    Discard(Value),
    BadIp,
}

/// The fast inner loop: the common cases of the hot instructions, which touch only the
/// running frame, run here without leaving the loop. Anything else (another instruction,
/// or operands the fast case does not cover) leaves the loop with the instruction, its
/// operands untouched, for the general match in `dispatch`. A separate function, so the
/// few values the hot path uses stay in registers. `None`: the instruction pointer ran off
/// the code.
#[inline(never)]
fn fast_loop(
    frames: &mut Vec<super::frame::Frame>,
    stack_pool: &mut Vec<Vec<Value>>,
    attr_cache: &[Option<super::AttrCacheEntry>],
    interp: &super::Interp,
    ticks: &mut u64,
    limits: FastLimits,
) -> FastExit {
    // `frames.len()`, kept here because `frame` borrows `frames`.
    let mut depth = frames.len();
    let Some(mut frame) = frames.last_mut() else {
        return FastExit::BadIp;
    };
    // SAFETY: as in `dispatch`: the code is owned by the frame's function, which lives
    // until that frame is popped; after a call or a return below, `code` is re-read
    // from the new top frame before it is used again.
    let mut code: &crate::bytecode::Code = unsafe { &*Arc::as_ptr(frame.code()) };
    // The instruction pointer and the bytecode count live in registers while the loop
    // runs; they are written back whenever control leaves it or changes frames.
    let mut ip = frame.ip;
    let mut tk = *ticks;
    // After a call pushed a frame: run it from its first instruction.
    macro_rules! enter_top_frame {
        () => {
            let Some(top) = frames.last_mut() else {
                return FastExit::BadIp;
            };
            frame = top;
            // SAFETY: see above; `code` now belongs to the new top frame.
            code = unsafe { &*Arc::as_ptr(frame.code()) };
            ip = 0;
        };
    }
    loop {
        let Some(&op) = code.ops.get(ip) else {
            frame.ip = ip;
            *ticks = tk;
            return FastExit::BadIp;
        };
        ip += 1;
        tk += 1;
        match op {
            Op::LoadFast(i) => match frame.stack.get(i as usize) {
                Some(v) if !matches!(v, Value::Unbound) => {
                    let v = v.clone();
                    frame.stack.push(v);
                }
                _ => break,
            },
            Op::LoadConst(i) => {
                let v = code.consts[i as usize].clone();
                frame.stack.push(v);
            }
            Op::StoreFast(i) => {
                let i = i as usize;
                if matches!(frame.stack.get(i), Some(Value::Generator(_)) | None)
                    || frame.stack.len() <= i + 1
                {
                    break;
                }
                if let Some(v) = frame.stack.pop() {
                    std::mem::replace(&mut frame.stack[i], v).release();
                }
            }
            Op::Pop => match frame.stack.last() {
                Some(Value::Generator(_)) | None => break,
                Some(_) => {
                    if let Some(v) = frame.stack.pop() {
                        v.release();
                    }
                }
            },
            Op::Nop => {}
            Op::Binary(b) | Op::Inplace(b) => {
                let n = frame.stack.len();
                if n < 2 {
                    break;
                }
                match super::numeric::quick_binary_raw(b, &frame.stack[n - 2], &frame.stack[n - 1])
                {
                    Some(r) => {
                        // Both operands were immediates: nothing to release.
                        if let Some(v) = frame.stack.pop() {
                            v.release();
                        }
                        r.replace(&mut frame.stack[n - 2]).release();
                    }
                    None => break,
                }
            }
            Op::Compare(c) => {
                let n = frame.stack.len();
                if n < 2 {
                    break;
                }
                match super::compare::quick_compare(c, &frame.stack[n - 2], &frame.stack[n - 1]) {
                    Some(r) => {
                        if let Some(v) = frame.stack.pop() {
                            v.release();
                        }
                        std::mem::replace(&mut frame.stack[n - 2], Value::Bool(r)).release();
                    }
                    None => break,
                }
            }
            Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                // A backward jump is an eval-breaker point: with something pending (a GIL
                // drop request, Ctrl-C, the old GIL's tick deadline), the general path
                // runs it and handles that.
                if (t as usize) < ip && breaker_pending(interp, tk, limits) {
                    break;
                }
                let truthy = match frame.stack.last() {
                    Some(Value::Bool(b)) => *b,
                    Some(Value::Int(i)) => *i != 0,
                    Some(Value::None) => false,
                    _ => break,
                };
                if let Some(v) = frame.stack.pop() {
                    v.release();
                }
                if truthy == matches!(op, Op::PopJumpIfTrue(_)) {
                    ip = t as usize;
                }
            }
            Op::Jump(t) => {
                if (t as usize) < ip && breaker_pending(interp, tk, limits) {
                    break;
                }
                ip = t as usize;
            }
            Op::ForIter(t) => {
                let Some(Value::Iter(it)) = frame.stack.last() else {
                    break;
                };
                match it.fast_next() {
                    Some(Some(v)) => frame.stack.push(v),
                    Some(None) => {
                        frame.stack.pop();
                        ip = t as usize;
                    }
                    None => break,
                }
            }
            Op::LoadGlobal(slot) => match frame.globals().get_slot(slot as usize) {
                Value::Unbound => break,
                v => frame.stack.push(v),
            },
            Op::LoadFastAttr(i, n) => {
                let name = &code.names[n as usize];
                if let (Value::Instance(inst), Value::Str(key)) = (&frame.stack[i as usize], name)
                    && plain_instance_attr(inst, key.as_str(), interp)
                    && let Some(v) = super::attr::dict_get_str_key_hinted(
                        &inst.dict,
                        name,
                        &code.attr_hints,
                        n as usize,
                    )
                {
                    ip += 1;
                    tk += 1;
                    frame.stack.push(v);
                    continue;
                }
                break;
            }
            Op::LoadAttr(n) => {
                // A plain instance attribute of the object on top of the stack.
                let name = &code.names[n as usize];
                let v = match (frame.stack.last(), name) {
                    (Some(Value::Instance(inst)), Value::Str(key))
                        if plain_instance_attr(inst, key.as_str(), interp) =>
                    {
                        super::attr::dict_get_str_key_hinted(
                            &inst.dict,
                            name,
                            &code.attr_hints,
                            n as usize,
                        )
                    }
                    _ => None,
                };
                let (Some(v), Some(top)) = (v, frame.stack.last_mut()) else {
                    break;
                };
                // An instance: dropping it may free a generator, whose finaliser is
                // deferred to the eval breaker anyway.
                drop(std::mem::replace(top, v));
            }
            Op::StoreAttr(n) => {
                // obj.name = value on a plain instance: value obj -> (nothing).
                let name = &code.names[n as usize];
                let len = frame.stack.len();
                if len < 2 {
                    break;
                }
                let (below, top) = frame.stack.split_at_mut(len - 1);
                let old = match (&top[0], name) {
                    (Value::Instance(inst), Value::Str(key))
                        if plain_instance_attr(inst, key.as_str(), interp)
                            && !inst.class.hooks.setattr
                            && inst.class.slots.is_none()
                            && inst.exc.is_none() =>
                    {
                        let v = std::mem::replace(&mut below[len - 2], Value::None);
                        super::attr::dict_set_str_key_hinted(
                            &inst.dict,
                            key,
                            v,
                            &code.attr_hints,
                            n as usize,
                        )
                    }
                    _ => break,
                };
                if let Some(obj) = frame.stack.pop() {
                    drop(obj);
                }
                frame.stack.pop();
                if let Some(old) = old {
                    if matches!(old, Value::Generator(_)) {
                        frame.ip = ip;
                        *ticks = tk;
                        return FastExit::Discard(old);
                    }
                    old.release();
                }
            }
            Op::LoadFastSubscrConst(i, k) => {
                let Value::Int(idx) = &code.consts[k as usize] else {
                    break;
                };
                let item = match &frame.stack[i as usize] {
                    Value::List(l) => {
                        let items = l.items.read();
                        super::ops::norm_index(*idx, items.len()).map(|j| items[j].clone())
                    }
                    Value::Tuple(t) => {
                        super::ops::norm_index(*idx, t.items.len()).map(|j| t.items[j].clone())
                    }
                    _ => None,
                };
                match item {
                    Some(v) => {
                        ip += 2;
                        tk += 2;
                        frame.stack.push(v);
                    }
                    None => break,
                }
            }
            Op::BinarySubscr => {
                let n = frame.stack.len();
                if n < 2 {
                    break;
                }
                let item = match (&frame.stack[n - 2], &frame.stack[n - 1]) {
                    (Value::List(l), Value::Int(i)) => {
                        let items = l.items.read();
                        super::ops::norm_index(*i, items.len()).map(|j| items[j].clone())
                    }
                    (Value::Tuple(t), Value::Int(i)) => {
                        super::ops::norm_index(*i, t.items.len()).map(|j| t.items[j].clone())
                    }
                    _ => None,
                };
                match item {
                    Some(v) => {
                        frame.stack.truncate(n - 1);
                        let old = std::mem::replace(&mut frame.stack[n - 2], v);
                        // A list or tuple: dropping it may free a generator, whose
                        // finaliser is deferred to the eval breaker anyway.
                        drop(old);
                    }
                    None => break,
                }
            }
            Op::Dup => {
                let Some(v) = frame.stack.last() else {
                    break;
                };
                let v = v.clone();
                frame.stack.push(v);
            }
            Op::Rot2 => {
                let n = frame.stack.len();
                if n < 2 {
                    break;
                }
                frame.stack.swap(n - 1, n - 2);
            }
            Op::ListAppend(depth) => {
                let n = frame.stack.len();
                if n <= depth as usize {
                    break;
                }
                let Value::List(_) = &frame.stack[n - 1 - depth as usize] else {
                    break;
                };
                let v = frame.stack.pop().unwrap_or(Value::None);
                if let Value::List(l) = &frame.stack[n - 1 - depth as usize] {
                    l.items.write().push(v);
                }
            }
            Op::StoreFastAttr(i, n) => {
                let name = &code.names[n as usize];
                let plain = match (&frame.stack[i as usize], name) {
                    (Value::Instance(inst), Value::Str(key)) => {
                        plain_instance_attr(inst, key.as_str(), interp)
                            && !inst.class.hooks.setattr
                            && inst.class.slots.is_none()
                            && inst.exc.is_none()
                    }
                    _ => false,
                };
                if !plain || frame.stack.len() <= i as usize + 1 {
                    break;
                }
                let v = frame.stack.pop().unwrap_or(Value::None);
                let old = match (&frame.stack[i as usize], name) {
                    (Value::Instance(inst), Value::Str(key)) => {
                        super::attr::dict_set_str_key_hinted(
                            &inst.dict,
                            key,
                            v,
                            &code.attr_hints,
                            n as usize,
                        )
                    }
                    _ => None,
                };
                ip += 1;
                tk += 1;
                if let Some(old) = old {
                    if matches!(old, Value::Generator(_)) {
                        frame.ip = ip;
                        *ticks = tk;
                        return FastExit::Discard(old);
                    }
                    old.release();
                }
            }
            Op::LoadFastLoadFast(a, b) => {
                match (frame.stack.get(a as usize), frame.stack.get(b as usize)) {
                    (Some(x), Some(y))
                        if !matches!(x, Value::Unbound) && !matches!(y, Value::Unbound) =>
                    {
                        let (x, y) = (x.clone(), y.clone());
                        frame.stack.push(x);
                        frame.stack.push(y);
                        ip += 1;
                        tk += 1;
                    }
                    _ => break,
                }
            }
            Op::LoadFastLoadConst(a, k) => match frame.stack.get(a as usize) {
                Some(x) if !matches!(x, Value::Unbound) => {
                    let x = x.clone();
                    let y = code.consts[k as usize].clone();
                    frame.stack.push(x);
                    frame.stack.push(y);
                    ip += 1;
                    tk += 1;
                }
                _ => break,
            },
            Op::FastFastBinary(..) | Op::FastConstBinary(..) => {
                // A local op a local, or a local op a constant: both operands are in place.
                let r = match op {
                    Op::FastFastBinary(a, b, bop) => {
                        match (frame.stack.get(a as usize), frame.stack.get(b as usize)) {
                            (Some(x), Some(y)) => super::numeric::quick_binary_raw(bop, x, y),
                            _ => None,
                        }
                    }
                    Op::FastConstBinary(a, k, bop) => {
                        match (frame.stack.get(a as usize), code.consts.get(k as usize)) {
                            (Some(x), Some(y)) => super::numeric::quick_binary_raw(bop, x, y),
                            _ => None,
                        }
                    }
                    _ => None,
                };
                let Some(r) = r else { break };
                r.push(&mut frame.stack);
                ip += 2;
                tk += 2;
            }
            Op::CompareJumpIfFalse(c, t) => {
                let n = frame.stack.len();
                // A backward jump checks the eval breaker: the general path.
                if n < 2 || (t as usize) <= ip {
                    break;
                }
                match super::compare::quick_compare(c, &frame.stack[n - 2], &frame.stack[n - 1]) {
                    Some(r) => {
                        if let Some(v) = frame.stack.pop() {
                            v.release();
                        }
                        if let Some(v) = frame.stack.pop() {
                            v.release();
                        }
                        ip = if r { ip + 1 } else { t as usize };
                        tk += 1;
                    }
                    None => break,
                }
            }
            Op::BinaryStoreFast(bop, x) | Op::InplaceStoreFast(bop, x) => {
                let n = frame.stack.len();
                let x = x as usize;
                if n < 2 || n - 2 <= x || matches!(frame.stack[x], Value::Generator(_)) {
                    break;
                }
                match super::numeric::quick_binary_raw(
                    bop,
                    &frame.stack[n - 2],
                    &frame.stack[n - 1],
                ) {
                    Some(r) => {
                        if let Some(v) = frame.stack.pop() {
                            v.release();
                        }
                        if let Some(v) = frame.stack.pop() {
                            v.release();
                        }
                        r.replace(&mut frame.stack[x]).release();
                        ip += 1;
                        tk += 1;
                    }
                    None => break,
                }
            }
            Op::Dup2 => {
                let n = frame.stack.len();
                if n < 2 {
                    break;
                }
                let a = frame.stack[n - 2].clone();
                let b = frame.stack[n - 1].clone();
                frame.stack.push(a);
                frame.stack.push(b);
            }
            Op::Rot3 => {
                let n = frame.stack.len();
                if n < 3 {
                    break;
                }
                frame.stack[n - 3..].rotate_right(1);
            }
            Op::StoreSubscr => {
                // list[int] = value, in range: value container key -> (nothing).
                let n = frame.stack.len();
                if n < 3 {
                    break;
                }
                let (below, top) = frame.stack.split_at_mut(n - 2);
                let (Value::List(l), Value::Int(i)) = (&top[0], &top[1]) else {
                    break;
                };
                let mut items = l.items.write();
                let Some(idx) = super::ops::norm_index(*i, items.len()) else {
                    break;
                };
                if matches!(items[idx], Value::Generator(_)) {
                    break;
                }
                let v = std::mem::replace(&mut below[n - 3], Value::None);
                let old = std::mem::replace(&mut items[idx], v);
                drop(items);
                old.release();
                if let Some(k) = frame.stack.pop() {
                    k.release();
                }
                if let Some(list) = frame.stack.pop() {
                    drop(list);
                }
                frame.stack.pop();
            }
            Op::UnpackSequence(cnt) => {
                let Some(Value::Tuple(t)) = frame.stack.last() else {
                    break;
                };
                if t.items.len() != cnt as usize {
                    break;
                }
                let t = t.clone();
                if let Some(v) = frame.stack.pop() {
                    drop(v);
                }
                frame.stack.extend(t.items.iter().rev().cloned());
            }
            Op::Call(n) => {
                // A plain Python function with a matching positional signature: push its
                // frame here (the same frame `push_frame_from_stack` builds) and go on
                // running it, without a round trip through `dispatch`.
                let n = n as usize;
                let len = frame.stack.len();
                if len <= n || breaker_pending(interp, tk, limits) || depth >= limits.max_frames {
                    break;
                }
                let at = len - n;
                match &frame.stack[at - 1] {
                    Value::Function(f) if plain_callee(f, n) => {
                        let stack = simple_frame_stack(frame, stack_pool, at);
                        let Some(Value::Function(func)) = frame.stack.pop() else {
                            unreachable!("checked above")
                        };
                        frame.ip = ip;
                        push_frame(frames, || simple_frame(func, stack));
                    }
                    Value::Class(cls) => {
                        // `Point(x, y)`: a new instance takes the class's place below the
                        // arguments and becomes `self` of `__init__`; the call's value is
                        // the instance once `__init__` returns None (see `Return`).
                        let Some(init) = plain_init(cls, n, interp) else {
                            break;
                        };
                        let instance = super::class_build::plain_instance(cls);
                        frame.stack[at - 1] = Value::Instance(instance.clone());
                        let stack = simple_frame_stack(frame, stack_pool, at - 1);
                        frame.ip = ip;
                        push_frame(frames, || {
                            let mut callee = simple_frame(init, stack);
                            callee.init_instance = Some(instance);
                            callee
                        });
                    }
                    _ => break,
                }
                depth += 1;
                enter_top_frame!();
            }
            Op::CallMethod(name_i, n) => {
                // `obj.method(args)` where obj is an instance whose class defines method as
                // a plain Python function (found in this thread's lookup cache, not shadowed
                // by the instance dict): the receiver and the arguments become its locals.
                let n = n as usize;
                let len = frame.stack.len();
                if len <= n || breaker_pending(interp, tk, limits) || depth >= limits.max_frames {
                    break;
                }
                let at = len - n;
                let Value::Str(name) = &code.names[name_i as usize] else {
                    break;
                };
                let func = match &frame.stack[at - 1] {
                    Value::Instance(inst)
                        if !inst.class.hooks.getattribute
                            && !inst.dict.table.read().has_str_key(name) =>
                    {
                        let epoch = interp.class_epoch.load(Ordering::Acquire);
                        match super::attr::cached_class_attr(attr_cache, epoch, &inst.class, name) {
                            Some(Some(Value::Function(f))) if plain_callee(f, n + 1) => f.clone(),
                            _ => break,
                        }
                    }
                    _ => break,
                };
                let stack = simple_frame_stack(frame, stack_pool, at - 1);
                frame.ip = ip;
                push_frame(frames, || simple_frame(func, stack));
                depth += 1;
                enter_top_frame!();
            }
            Op::Return => {
                // Back to a caller that `dispatch` does not have to see: release the
                // frame's values (a generator among them may need closing: that is the
                // general path's job), keep its stack vector, push the result.
                if depth <= limits.base + 1
                    || frame.stack.iter().any(|v| matches!(v, Value::Generator(_)))
                    || (frame.init_instance.is_some() && !frame.top().is_none())
                {
                    break;
                }
                let mut v = frame.stack.pop().unwrap_or(Value::None);
                let Some(mut done) = frames.pop() else {
                    return FastExit::BadIp;
                };
                depth -= 1;
                if let Some(instance) = done.init_instance.take() {
                    v = Value::Instance(instance);
                }
                let mut stack = std::mem::take(&mut done.stack);
                stack.clear();
                drop(done);
                if stack_pool.len() < 64 {
                    stack_pool.push(stack);
                }
                let Some(top) = frames.last_mut() else {
                    return FastExit::BadIp;
                };
                frame = top;
                // SAFETY: see the top of this function.
                code = unsafe { &*Arc::as_ptr(frame.code()) };
                ip = frame.ip;
                frame.stack.push(v);
            }
            _ => break,
        }
    }
    frame.ip = ip;
    *ticks = tk;
    // Every `break` above leaves before its arm touched `ip`, so the instruction to hand
    // over is the one just fetched. Re-reading it here, rather than carrying `op` out of
    // the loop, keeps its operands from being live (spilled) across every arm.
    match code.ops.get(ip.wrapping_sub(1)) {
        Some(&op) => FastExit::Slow(op),
        None => FastExit::BadIp,
    }
}

/// The `__init__` that `fast_loop` may call itself for `cls(n arguments)`: a user class
/// that is not an exception or built-in subclass, with no `__new__`, whose `__init__` (found
/// in the class's lookup memo) is a `plain_callee`. The conditions are `push_init_frame`'s.
#[inline]
fn plain_init(
    cls: &Arc<crate::object::class::Class>,
    n: usize,
    interp: &super::Interp,
) -> Option<Arc<crate::object::func::Function>> {
    if cls.kind != crate::object::class::TypeKind::User
        || !super::call::instantiates_plainly(cls, interp)
    {
        return None;
    }
    let epoch = interp.class_epoch.load(Ordering::Acquire);
    match super::attr::cached_static_lookup(cls, super::attr::DUNDER_INIT, epoch) {
        Some(Some(Value::Function(f))) if plain_callee(&f, n + 1) => Some(f),
        _ => None,
    }
}

/// A function `fast_loop` may call itself: `npos` positional arguments fill exactly
/// its parameters, and it has no cells to set up.
#[inline(always)]
fn plain_callee(f: &crate::object::func::Function, npos: usize) -> bool {
    super::call::simple_signature(f, npos) && f.code.ncells() == 0
}

/// The locals of a new frame for `plain_callee`: the caller's stack from `from` up moved
/// over, then unbound slots for the other locals.
#[inline(always)]
fn simple_frame_stack(
    caller: &mut super::frame::Frame,
    stack_pool: &mut Vec<Vec<Value>>,
    from: usize,
) -> Vec<Value> {
    let mut stack = stack_pool.pop().unwrap_or_default();
    super::frame::move_values(&mut caller.stack, from, &mut stack);
    stack
}

#[inline(always)]
fn simple_frame(
    func: Arc<crate::object::func::Function>,
    mut stack: Vec<Value>,
) -> super::frame::Frame {
    let nlocals = func.code.nlocals();
    stack.reserve(nlocals.saturating_sub(stack.len()) + 8);
    if stack.len() < nlocals {
        stack.resize(nlocals, Value::Unbound);
    }
    super::frame::Frame::new(func, stack)
}

/// Whether the eval breaker has something for this thread (`Vm::check_breaker`'s test).
#[inline(always)]
fn breaker_pending(interp: &super::Interp, ticks: u64, limits: FastLimits) -> bool {
    interp.eval_breaker.load(Ordering::Relaxed) != 0 || ticks >= limits.tick_deadline
}

/// Push a frame built straight into its slot: `Vec::push` would build it in a temporary
/// (kept across the possible reallocation) and copy it, and that copy stalls on the
/// temporary's freshly written words.
#[inline(always)]
fn push_frame(frames: &mut Vec<super::frame::Frame>, make: impl FnOnce() -> super::frame::Frame) {
    frames.reserve(1);
    let len = frames.len();
    // SAFETY: room for one more frame was reserved; the slot is initialised before the
    // length covers it.
    unsafe {
        frames.as_mut_ptr().add(len).write(make());
        frames.set_len(len + 1);
    }
}

/// What `fast_loop` needs to know to run calls and returns itself.
#[derive(Clone, Copy)]
struct FastLimits {
    /// `dispatch` returns when the frame at this index returns.
    base: usize,
    /// A call that would make this many frames goes to the general path (which raises
    /// RecursionError).
    max_frames: usize,
    /// The old GIL's check deadline, as `check_breaker` tests it.
    tick_deadline: u64,
}
