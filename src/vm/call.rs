//! Calling: argument binding, frame creation, and the call paths for every kind of callable.

use std::sync::Arc;

use parking_lot::RwLock;

use crate::bytecode::Code;
use crate::object::dict::Dict;
use crate::object::func::{Cell, Function};
use crate::object::module::Globals;
use crate::object::other::Other;
use crate::value::Value;

use super::error::{PyErr, PyResult};
use super::eval::Args;
use super::frame::Frame;
use super::types::type_name;
use super::{FrameExit, Vm};

impl Vm {
    pub fn make_function(
        &mut self,
        code: Arc<Code>,
        globals: Arc<Globals>,
        defaults: Value,
        kwdefaults: Value,
        closure: Value,
    ) -> Value {
        let defaults = match defaults {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Value::Dict(d) => d
                .table
                .read()
                .iter()
                .map(|e| (e.key.as_str().unwrap_or("").to_string(), e.value.clone()))
                .collect(),
            _ => Vec::new(),
        };
        let closure: Vec<Arc<Cell>> = match closure {
            Value::Tuple(t) => t
                .items
                .iter()
                .filter_map(|v| match v {
                    Value::Other(o) => match &**o {
                        Other::Cell(c) => Some(c.clone()),
                        _ => None,
                    },
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        Value::Function(Arc::new(Function {
            name: RwLock::new(code.name.clone()),
            qualname: RwLock::new(code.qualname.clone()),
            code,
            globals,
            defaults,
            kwdefaults,
            closure,
            attrs: RwLock::new(None),
        }))
    }

    /// `Call(n)` / `CallKw(n)`: the callable sits below its n arguments.
    pub(super) fn op_call(
        &mut self,
        n: usize,
        kwnames: Option<Value>,
    ) -> PyResult<Option<FrameExit>> {
        let Some(frame) = self.frames.last_mut() else {
            return Ok(None);
        };
        let at = frame.stack.len() - n;
        if kwnames.is_none() {
            // Fast path: a plain Python function (or method) with a matching positional
            // signature gets its frame built straight from the caller's stack.
            let simple = match &frame.stack[at - 1] {
                Value::Function(f) => simple_signature(f, n),
                Value::BoundMethod(bm) => {
                    matches!(&bm.func, Value::Function(f) if simple_signature(f, n + 1))
                }
                _ => false,
            };
            if let Value::Class(c) = &frame.stack[at - 1]
                && c.kind == crate::object::class::TypeKind::User
            {
                let cls = c.clone();
                if self.push_init_frame(&cls, at, n)? {
                    return Ok(None);
                }
                return self.op_call_general(kwnames, at);
            }
            if simple {
                // Move the callable off the stack (no reference-count traffic).
                let callable = std::mem::replace(&mut frame.stack[at - 1], Value::None);
                let (func, receiver) = match callable {
                    Value::Function(f) => (f, None),
                    Value::BoundMethod(bm) => match &bm.func {
                        Value::Function(f) => (f.clone(), Some(bm.receiver.clone())),
                        _ => unreachable!("checked above"),
                    },
                    _ => unreachable!("checked above"),
                };
                self.push_frame_from_stack(func, receiver, at, true)?;
                return Ok(None);
            }
        }
        self.op_call_general(kwnames, at)
    }

    fn op_call_general(
        &mut self,
        kwnames: Option<Value>,
        at: usize,
    ) -> PyResult<Option<FrameExit>> {
        let Some(frame) = self.frames.last_mut() else {
            return Ok(None);
        };
        let mut args: Args = frame.stack.drain(at..).collect();
        // The callable leaves the stack with its arguments: moved, not counted again.
        let func = frame.stack.pop().unwrap_or(Value::None);
        let kw = split_kwargs(&mut args, kwnames.as_ref());
        match &func {
            Value::Function(f) if !f.code().is_generator() => {
                self.push_function_frame(f, None, args, &kw)?;
            }
            Value::BoundMethod(bm) => match &bm.func {
                Value::Function(f) if !f.code().is_generator() => {
                    self.push_function_frame(f, Some(bm.receiver.clone()), args, &kw)?;
                }
                _ => {
                    let r = self.call_with(&func, args, &kw)?;
                    self.push_result(r);
                }
            },
            _ => {
                let r = self.call_with(&func, args, &kw)?;
                self.push_result(r);
            }
        }
        Ok(None)
    }

    /// `Cls(args)` for a plain user class whose `__init__` is a Python function with a
    /// simple signature: create the instance and push `__init__`'s frame (no Rust
    /// recursion); its `Return` hands back the instance. `false`: take the general path.
    fn push_init_frame(
        &mut self,
        cls: &Arc<crate::object::class::Class>,
        at: usize,
        n: usize,
    ) -> PyResult<bool> {
        if !instantiates_plainly(cls, &self.interp) {
            return Ok(false);
        }
        let Some(Value::Function(init)) =
            self.class_lookup_static(cls, crate::vm::attr::DUNDER_INIT)
        else {
            return Ok(false);
        };
        if !simple_signature(&init, n + 1) {
            return Ok(false);
        }
        let Value::Instance(instance) = self.new_instance(cls, &[]) else {
            return Ok(false);
        };
        let Some(frame) = self.frames.last_mut() else {
            return Ok(false);
        };
        // The instance takes the class's place below the arguments and becomes `self`.
        frame.stack[at - 1] = Value::Instance(instance.clone());
        self.push_frame_from_stack(init, None, at - 1, false)?;
        if let Some(f) = self.frames.last_mut() {
            f.init_instance = Some(instance);
        }
        Ok(true)
    }

    /// Build a frame for `f` whose positional arguments are the caller's stack from `at`
    /// up, after `receiver` if given. With `pop_callable`, the callable at `at - 1` is
    /// popped too. The caller has checked `simple_signature`.
    fn push_frame_from_stack(
        &mut self,
        f: Arc<Function>,
        receiver: Option<Value>,
        at: usize,
        pop_callable: bool,
    ) -> PyResult<()> {
        self.check_recursion()?;
        let code = &f.code();
        let nlocals = code.nlocals();
        let mut stack = self.take_stack(nlocals + 8);
        if let Some(r) = receiver {
            stack.push(r);
        }
        let Some(caller) = self.frames.last_mut() else {
            return Ok(());
        };
        super::frame::move_values(&mut caller.stack, at, &mut stack);
        if pop_callable {
            caller.stack.pop();
        }
        if stack.len() < nlocals {
            stack.resize(nlocals, Value::Unbound);
        }
        let cells = if code.ncells() > 0 {
            self.init_cells(code, &f.closure, &mut stack)
        } else {
            Vec::new()
        };
        self.frames.push(Frame {
            func: f,
            ip: 0,
            stack,
            cells,
            blocks: Vec::new(),
            exc_stack: Vec::new(),
            namespace: None,
            init_instance: None,
        });
        Ok(())
    }

    fn push_result(&mut self, v: Value) {
        if let Some(f) = self.frames.last_mut() {
            f.push(v);
        }
    }

    /// `obj.name(args)` without materialising a bound method.
    pub(super) fn op_call_method(
        &mut self,
        name: &Value,
        n: usize,
        _base: usize,
    ) -> PyResult<Option<FrameExit>> {
        let Some(frame) = self.frames.last() else {
            return Ok(None);
        };
        let at = frame.stack.len() - n;
        // Fast path: a Python method found on the instance's class (not shadowed by the
        // instance dict) gets a frame with the receiver moved in, without cloning anything.
        let unshadowed = match &frame.stack[at - 1] {
            Value::Instance(inst)
                if !inst.class.hooks.getattribute
                    && !crate::vm::attr::dict_has_str_key(&inst.dict, name) =>
            {
                Some(inst.class.clone())
            }
            _ => None,
        };
        if let Some(cls) = unshadowed
            && let Some(Value::Function(f)) = self.class_lookup_fast(&cls, name)
            && simple_signature(&f, n + 1)
        {
            // The receiver below the arguments becomes the first local.
            self.push_frame_from_stack(f, None, at - 1, false)?;
            return Ok(None);
        }
        let Some(frame) = self.frames.last() else {
            return Ok(None);
        };
        // `module.function(args)` (math.sqrt): a built-in called straight off the stack.
        if let Value::Module(m) = &frame.stack[at - 1] {
            let globals = m.globals.clone();
            if let Some(Value::Builtin(b)) = self.module_attr(&globals, name)
                && b.receiver.is_none()
            {
                let frame = self.frames.last_mut().expect("frame");
                let args: Args = frame.stack.drain(at..).collect();
                frame.stack.pop();
                let r = (b.func)(self, &args, &[])?;
                self.push_result(r);
                return Ok(None);
            }
        }
        let Some(frame) = self.frames.last() else {
            return Ok(None);
        };
        let obj = frame.stack[at - 1].clone();
        let name_str = name.as_str().unwrap_or("");
        if let Value::Instance(inst) = &obj {
            if (inst.dict.is_empty() || self.dict_get(&inst.dict, name)?.is_none())
                && let Some(Value::Function(f)) = self.class_lookup(&inst.class, name)
            {
                if simple_signature(&f, n + 1) {
                    self.push_frame_from_stack(f, Some(obj), at, true)?;
                    return Ok(None);
                }
                let frame = self.frames.last_mut().expect("frame");
                let args: Args = frame.stack.drain(at..).collect();
                frame.stack.pop();
                if f.code().is_generator() {
                    let mut full = Args::with_capacity(args.len() + 1);
                    full.push(obj);
                    full.extend(args);
                    let r = self.call_function(&f, full, &[])?;
                    self.push_result(r);
                } else {
                    self.push_function_frame(&f, Some(obj), args, &[])?;
                }
                return Ok(None);
            }
        } else if let Some((_, native)) = crate::vm::attr::native_method_of(&obj, name_str) {
            let frame = self.frames.last_mut().expect("frame");
            let args: Args = frame.stack.drain(at - 1..).collect();
            let r = native(self, &args, &[])?;
            self.push_result(r);
            return Ok(None);
        }
        let method = self.getattr_value(&obj, name)?;
        let frame = self.frames.last_mut().expect("frame");
        let args: Args = frame.stack.drain(at..).collect();
        frame.stack.pop();
        match &method {
            Value::Function(f) if !f.code().is_generator() => {
                self.push_function_frame(f, None, args, &[])?
            }
            Value::BoundMethod(bm) if matches!(&bm.func, Value::Function(f) if !f.code().is_generator()) => {
                if let Value::Function(f) = &bm.func {
                    self.push_function_frame(f, Some(bm.receiver.clone()), args, &[])?;
                }
            }
            _ => {
                let r = self.call_with(&method, args, &[])?;
                self.push_result(r);
            }
        }
        Ok(None)
    }

    /// Bind the arguments and push a frame for `f`; the dispatch loop runs it next.
    pub fn push_function_frame(
        &mut self,
        f: &Arc<Function>,
        receiver: Option<Value>,
        args: Args,
        kw: &[(Value, Value)],
    ) -> PyResult<()> {
        self.check_recursion()?;
        let frame = self.new_frame(f, receiver, args, kw)?;
        self.frames.push(frame);
        Ok(())
    }

    fn new_frame(
        &mut self,
        f: &Arc<Function>,
        receiver: Option<Value>,
        args: Args,
        kw: &[(Value, Value)],
    ) -> PyResult<Frame> {
        let code = &f.code();
        let nlocals = code.nlocals();
        let mut stack = self.take_stack(nlocals + 8);
        let npos = args.len() + usize::from(receiver.is_some());
        if kw.is_empty() && npos == code.argcount && code.flags & 3 == 0 && code.kwonlyargcount == 0
        {
            if let Some(r) = receiver {
                stack.push(r);
            }
            stack.extend(args);
            stack.resize(nlocals, Value::Unbound);
        } else {
            stack.resize(nlocals, Value::Unbound);
            let mut positional: Vec<Value> = Vec::with_capacity(npos);
            if let Some(r) = receiver {
                positional.push(r);
            }
            positional.extend(args);
            if let Err(e) = self.bind_args(f, positional, kw, &mut stack) {
                self.recycle_stack(stack);
                return Err(e);
            }
        }
        let cells = if code.ncells() > 0 {
            self.init_cells(code, &f.closure, &mut stack)
        } else {
            Vec::new()
        };
        Ok(Frame {
            func: f.clone(),
            ip: 0,
            stack,
            cells,
            blocks: Vec::new(),
            exc_stack: Vec::new(),
            namespace: None,
            init_instance: None,
        })
    }

    /// The general argument binder, with CPython's error messages.
    fn bind_args(
        &mut self,
        f: &Function,
        positional: Vec<Value>,
        kw: &[(Value, Value)],
        locals: &mut [Value],
    ) -> PyResult<()> {
        let code = &f.code();
        let qual = f.qualname.read().clone();
        let argcount = code.argcount;
        let posonly = code.posonlyargcount.min(argcount);
        let has_varargs = code.has_varargs();
        let has_varkw = code.has_varkw();
        let vararg_slot = argcount;
        let kwonly_start = argcount + usize::from(has_varargs);
        let kwonly_end = kwonly_start + code.kwonlyargcount;
        let varkw_slot = kwonly_end;
        let npos = positional.len();
        let mut extra = Vec::new();
        for (i, v) in positional.into_iter().enumerate() {
            if i < argcount {
                locals[i] = v;
            } else {
                extra.push(v);
            }
        }
        if has_varargs {
            locals[vararg_slot] = Value::tuple(extra);
        }
        let kwdict = if has_varkw {
            Some(Arc::new(Dict::new()))
        } else {
            None
        };
        for (k, v) in kw {
            let name = k.as_str().unwrap_or("");
            // Positional-only parameters cannot be passed by keyword.
            let slot = code.varnames[posonly..argcount]
                .iter()
                .position(|p| p == name)
                .map(|i| i + posonly)
                .or_else(|| {
                    code.varnames[kwonly_start..kwonly_end]
                        .iter()
                        .position(|p| p == name)
                        .map(|i| i + kwonly_start)
                });
            match slot {
                Some(s) => {
                    if !matches!(locals[s], Value::Unbound) {
                        return Err(PyErr::type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    locals[s] = v.clone();
                }
                None => match &kwdict {
                    Some(d) => {
                        if self.dict_get(d, k)?.is_some() {
                            return Err(PyErr::type_error(format!(
                                "{qual}() got multiple values for keyword argument '{name}'"
                            )));
                        }
                        self.dict_set(d, k.clone(), v.clone())?
                    }
                    None => {
                        // CPython names every positional-only parameter passed by keyword.
                        let conflicts: Vec<&str> = code.varnames[..posonly]
                            .iter()
                            .filter(|p| kw.iter().any(|(k, _)| k.as_str() == Some(p.as_str())))
                            .map(String::as_str)
                            .collect();
                        if !conflicts.is_empty() {
                            return Err(PyErr::type_error(format!(
                                "{qual}() got some positional-only arguments passed as keyword arguments: '{}'",
                                conflicts.join(", ")
                            )));
                        }
                        return Err(PyErr::type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if npos > argcount && !has_varargs {
            let ndefaults = f.defaults.len();
            let takes = if ndefaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - ndefaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given_kwonly = kw
                .iter()
                .filter(|(k, _)| {
                    code.varnames[kwonly_start..kwonly_end]
                        .iter()
                        .any(|p| Some(p.as_str()) == k.as_str())
                })
                .count();
            let given = if given_kwonly > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    given_kwonly,
                    if given_kwonly == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
            };
            return Err(PyErr::type_error(format!(
                "{qual}() takes {takes} but {given}"
            )));
        }
        if let Some(d) = kwdict {
            locals[varkw_slot] = Value::Dict(d);
        }
        // Defaults and missing arguments.
        let ndefaults = f.defaults.len();
        let first_default = argcount.saturating_sub(ndefaults);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if matches!(locals[i], Value::Unbound) {
                if i >= first_default {
                    locals[i] = f.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(PyErr::type_error(format!(
                "{qual}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let mut missing_kw = Vec::new();
        for i in kwonly_start..kwonly_end {
            if matches!(locals[i], Value::Unbound) {
                let name = &code.varnames[i];
                match f.kwdefaults.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => locals[i] = v.clone(),
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{qual}() missing {} required keyword-only argument{}: {}",
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                name_list(&missing_kw)
            )));
        }
        Ok(())
    }

    /// Call a Python function from native code (runs a nested dispatch loop).
    pub fn call_function(
        &mut self,
        f: &Arc<Function>,
        args: Args,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        if f.code().is_generator() {
            self.check_recursion()?;
            let frame = self.new_frame(f, None, args, kw)?;
            return Ok(self.make_generator(frame, f));
        }
        self.push_function_frame(f, None, args, kw)?;
        self.run_nested()
    }

    /// Run the frame just pushed to completion, from native code.
    pub fn run_nested(&mut self) -> PyResult<Value> {
        let base = self.frames.len() - 1;
        self.native_depth += 1;
        let r = self.run(base);
        self.native_depth -= 1;
        match r? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Call any callable with positional and keyword arguments.
    pub fn call_with(
        &mut self,
        func: &Value,
        mut args: Args,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        match func {
            Value::Function(f) => self.call_function(f, args, kw),
            Value::BoundMethod(bm) => {
                args.insert(0, bm.receiver.clone());
                let inner = bm.func.clone();
                self.call_with(&inner, args, kw)
            }
            Value::Builtin(b) => {
                if let Some(r) = &b.receiver {
                    args.insert(0, r.clone());
                }
                (b.func)(self, &args, kw)
            }
            Value::Class(c) => self.instantiate(c, args, kw),
            Value::Instance(inst) => {
                let key = crate::object::class::name_key("__call__");
                match self.class_lookup(&inst.class, &key) {
                    Some(m) => {
                        args.insert(0, func.clone());
                        self.call_with(&m, args, kw)
                    }
                    None => Err(PyErr::type_error(format!(
                        "'{}' object is not callable",
                        inst.class.name
                    ))),
                }
            }
            Value::Other(o) => match &**o {
                Other::StaticMethod(f) => self.call_with(&f.clone(), args, kw),
                _ => Err(PyErr::type_error(format!(
                    "'{}' object is not callable",
                    type_name(func)
                ))),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not callable",
                type_name(func)
            ))),
        }
    }

    /// Convenience: call with positional arguments only.
    pub fn call(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_with(func, args.iter().cloned().collect(), &[])
    }

    pub fn callable(&mut self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_) => {
                true
            }
            Value::Instance(inst) => self.class_lookup_static(&inst.class, "__call__").is_some(),
            Value::Other(o) => matches!(&**o, Other::StaticMethod(_)),
            _ => false,
        }
    }
}

/// A function whose frame can be filled by moving `npos` positional arguments in order.
#[inline]
/// `cls(args)` can be a new plain instance plus a call of `__init__`: a class that is not
/// an exception or built-in subclass and has no `__new__`, while class hooks are trusted.
pub(super) fn instantiates_plainly(
    cls: &crate::object::class::Class,
    interp: &super::Interp,
) -> bool {
    cls.builtin_base.is_none()
        && cls.exc_base.is_none()
        && !cls.hooks.new
        && !interp
            .late_properties
            .load(std::sync::atomic::Ordering::Relaxed)
}

pub(super) fn simple_signature(f: &Function, npos: usize) -> bool {
    let code = &f.code();
    code.flags
        & (crate::bytecode::flags::VARARGS
            | crate::bytecode::flags::VARKEYWORDS
            | crate::bytecode::flags::GENERATOR)
        == 0
        && code.argcount == npos
        && code.kwonlyargcount == 0
}

/// Split `CallKw`'s trailing keyword arguments off the positional ones.
fn split_kwargs(args: &mut Args, kwnames: Option<&Value>) -> Vec<(Value, Value)> {
    let Some(Value::Tuple(names)) = kwnames else {
        return Vec::new();
    };
    let k = names.items.len().min(args.len());
    let at = args.len() - k;
    let values: Vec<Value> = args.drain(at..).collect();
    names.items.iter().cloned().zip(values).collect()
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing arguments.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}
