//! Creating classes (`class` statements, with a C3 MRO) and instances.

use std::sync::Arc;

use crate::object::class::{Class, ExcState, Instance, TypeKind, name_key};
use crate::object::dict::Dict;
use crate::object::other::Other;
use crate::value::Value;

use super::Vm;
use super::error::{PyErr, PyResult};
use super::eval::Args;
use super::types::type_name;

impl Vm {
    /// `class Name(bases): body` — run the body in a fresh namespace, then build the class.
    pub fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Value,
        kwargs: Value,
    ) -> PyResult<Value> {
        let name = name.as_str().unwrap_or("?").to_string();
        let mut base_classes: Vec<Arc<Class>> = Vec::new();
        if let Value::Tuple(t) = &bases {
            for b in t.items.iter() {
                match b {
                    Value::Class(c) => {
                        if !matches!(
                            c.kind,
                            TypeKind::User
                                | TypeKind::Object
                                | TypeKind::Exception(_)
                                | TypeKind::List
                                | TypeKind::Dict
                                | TypeKind::Set
                                | TypeKind::FrozenSet
                                | TypeKind::Str
                                | TypeKind::Int
                                | TypeKind::Float
                                | TypeKind::Tuple
                        ) {
                            return Err(PyErr::type_error(format!(
                                "gilsim does not support subclassing the built-in type '{}'",
                                c.name
                            )));
                        }
                        base_classes.push(c.clone())
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "bases must be types, not {}",
                            type_name(other)
                        )));
                    }
                }
            }
        }
        let mut class_kwargs: Vec<(Value, Value)> = Vec::new();
        if let Value::Dict(kw) = &kwargs {
            for e in kw.table.read().iter() {
                if e.key.as_str() != Some("metaclass") {
                    class_kwargs.push((e.key.clone(), e.value.clone()));
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.interp.types.object.clone());
        }
        let mro_tail = c3_merge(&base_classes).ok_or_else(|| {
            let names: Vec<&str> = base_classes.iter().map(|c| c.name.as_str()).collect();
            PyErr::type_error(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ))
        })?;
        let namespace = Arc::new(Dict::new());
        let Value::Function(body_fn) = &body else {
            return Err(PyErr::type_error("class body is not a function"));
        };
        self.check_recursion()?;
        let frame = {
            let mut f = self.class_body_frame(body_fn)?;
            f.namespace = Some(namespace.clone());
            f
        };
        self.frames.push(frame);
        self.run_nested()?;
        let module = self
            .dict_get_str(&namespace, "__module__")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| "__main__".into());
        let qualname = self
            .dict_get_str(&namespace, "__qualname__")
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| name.clone());
        self.dict_remove(&namespace, &name_key("__qualname__"))?;
        let classcell = self.dict_remove(&namespace, &name_key("__classcell__"))?;
        // As CPython's type_new: defining __eq__ without __hash__ makes instances unhashable.
        if self.dict_get_str(&namespace, "__eq__").is_some()
            && self.dict_get_str(&namespace, "__hash__").is_none()
        {
            self.dict_set(&namespace, name_key("__hash__"), Value::None)?;
        }
        // A plain function named __new__ / __init_subclass__ behaves as a static/class method.
        if let Some(f @ Value::Function(_)) = self.dict_get_str(&namespace, "__new__") {
            self.dict_set(
                &namespace,
                name_key("__new__"),
                Value::Other(Arc::new(Other::StaticMethod(f))),
            )?;
        }
        if let Some(f @ Value::Function(_)) = self.dict_get_str(&namespace, "__init_subclass__") {
            self.dict_set(
                &namespace,
                name_key("__init_subclass__"),
                Value::Other(Arc::new(Other::ClassMethod(f))),
            )?;
        }
        let slots = self.class_slots(&namespace, &base_classes)?;
        let defines = |n: &str| {
            namespace
                .table
                .read()
                .iter()
                .any(|e| e.key.as_str() == Some(n))
        };
        let hooks = crate::object::class::ClassHooks {
            getattribute: defines("__getattribute__")
                || mro_tail.iter().any(|c| c.hooks.getattribute),
            setattr: defines("__setattr__") || mro_tail.iter().any(|c| c.hooks.setattr),
            new: defines("__new__") || mro_tail.iter().any(|c| c.hooks.new),
        };
        let exc_base = base_classes.iter().find_map(|b| b.exc_base);
        let builtin_base = mro_tail.iter().find_map(|c| match c.kind {
            TypeKind::List
            | TypeKind::Dict
            | TypeKind::Set
            | TypeKind::FrozenSet
            | TypeKind::Str
            | TypeKind::Int
            | TypeKind::Float
            | TypeKind::Tuple => Some(c.kind),
            _ => None,
        });
        let entries: Vec<(Value, Value)> = namespace
            .table
            .read()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        let mut property_names: Vec<String> = Vec::new();
        for (k, v) in &entries {
            let is_descriptor = match v {
                Value::Other(o) => matches!(&**o, Other::Property { .. }),
                Value::Instance(d) => {
                    self.user_dunder(&d.class, "__get__").is_some()
                        || self.user_dunder(&d.class, "__set__").is_some()
                }
                _ => false,
            };
            if is_descriptor && let Some(n) = k.as_str() {
                property_names.push(n.to_string());
            }
        }
        for c in &mro_tail {
            property_names.extend(c.property_names.iter().cloned());
        }
        let cls = Arc::new(Class {
            name,
            qualname,
            module,
            kind: TypeKind::User,
            bases: base_classes,
            mro_tail,
            dict: namespace,
            exc_base,
            property_names,
            slots,
            hooks,
            builtin_base,
            subclasses: Default::default(),
            cache: Default::default(),
        });
        if let Some(Value::Other(o)) = classcell
            && let Other::Cell(c) = &*o
        {
            c.set(Value::Class(cls.clone()));
        }
        for base in &cls.bases {
            base.subclasses.lock().push(Arc::downgrade(&cls));
        }
        let cls_value = Value::Class(cls.clone());
        // PEP 487: descriptors learn their names, then the nearest ancestor's
        // __init_subclass__ sees the new class.
        for (k, v) in &entries {
            if let Value::Instance(d) = v
                && let Some(set_name) = self.user_dunder(&d.class, "__set_name__")
            {
                self.call(&set_name, &[v.clone(), cls_value.clone(), k.clone()])?;
            }
        }
        let hook_name = name_key("__init_subclass__");
        let hook = cls
            .mro_tail
            .iter()
            .filter(|c| c.kind == TypeKind::User)
            .find_map(|c| crate::vm::attr::dict_get_str_key(&c.dict, &hook_name));
        match hook {
            Some(Value::Other(o)) => {
                let f = match &*o {
                    Other::ClassMethod(f) | Other::StaticMethod(f) => f.clone(),
                    _ => Value::None,
                };
                let mut args = Args::new();
                args.push(cls_value.clone());
                self.call_with(&f, args, &class_kwargs)?;
            }
            _ => {
                if !class_kwargs.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        cls.name
                    )));
                }
            }
        }
        Ok(cls_value)
    }

    fn class_body_frame(
        &mut self,
        f: &Arc<crate::object::func::Function>,
    ) -> PyResult<super::frame::Frame> {
        let code = &f.code();
        let mut stack = self.take_stack(8);
        stack.resize(code.nlocals(), Value::Unbound);
        let cells = if code.ncells() > 0 {
            self.init_cells(code, &f.closure, &mut stack)
        } else {
            Vec::new()
        };
        Ok(super::frame::Frame {
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

    /// `Cls(args)`.
    pub fn instantiate(
        &mut self,
        cls: &Arc<Class>,
        args: Args,
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        match cls.kind {
            TypeKind::User => {}
            TypeKind::Exception(kind) => {
                if !kw.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no keyword arguments",
                        cls.name
                    )));
                }
                return Ok(self.new_exception(kind, args.to_vec()));
            }
            _ => return crate::builtins::types::construct(self, cls, args, kw),
        }
        let cls_value = Value::Class(cls.clone());
        let new_hook = if self.hooks_may_be_stale() || cls.hooks.new {
            self.user_dunder(cls, "__new__")
        } else {
            None
        };
        let instance = if let Some(new) = new_hook {
            let new = match &new {
                Value::Other(o) => match &**o {
                    Other::StaticMethod(f) => f.clone(),
                    _ => new.clone(),
                },
                _ => new,
            };
            let mut new_args = Args::new();
            new_args.push(cls_value.clone());
            new_args.extend(args.iter().cloned());
            let obj = self.call_with(&new, new_args, kw)?;
            let is_ours = matches!(&obj, Value::Instance(i) if i.class.is_subclass_of(cls));
            if !is_ours {
                return Ok(obj);
            }
            obj
        } else if let Some(kind) = cls.builtin_base {
            let payload = self.builtin_payload(cls, kind, &args, kw)?;
            self.new_instance_with(cls, &[], Some(payload))
        } else {
            self.new_instance(cls, &args)
        };
        match self.class_lookup_static(cls, "__init__") {
            Some(init @ (Value::Function(_) | Value::BoundMethod(_))) => {
                let mut full = Args::with_capacity(args.len() + 1);
                full.push(instance.clone());
                full.extend(args);
                let r = self.call_with(&init, full, kw)?;
                if !r.is_none() {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&r)
                    )));
                }
            }
            Some(Value::Builtin(b))
                if cls.exc_base.is_some() && b.owner == Some("BaseException") => {}
            // The built-in base consumed the arguments when it built the payload.
            _ if cls.builtin_base.is_some() => {}
            _ => {
                if (!args.is_empty() || !kw.is_empty())
                    && self.user_dunder(cls, "__new__").is_none()
                    && cls.exc_base.is_none()
                {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        cls.name
                    )));
                }
            }
        }
        Ok(instance)
    }

    /// A bare instance of a user class (object.__new__).
    pub fn new_instance(&mut self, cls: &Arc<Class>, args: &[Value]) -> Value {
        self.new_instance_with(cls, args, None)
    }

    pub fn new_instance_with(
        &mut self,
        cls: &Arc<Class>,
        args: &[Value],
        payload: Option<Value>,
    ) -> Value {
        let exc = cls.exc_base.map(|_| {
            Box::new(ExcState {
                args: parking_lot::Mutex::new(args.to_vec()),
                ..Default::default()
            })
        });
        Value::Instance(Arc::new(Instance {
            class: cls.clone(),
            dict: Arc::new(Dict::with_capacity(8)),
            exc,
            payload,
        }))
    }
}

/// A new instance of a class that is neither an exception nor a built-in subclass, before
/// `__init__` runs.
pub fn plain_instance(cls: &Arc<Class>) -> Arc<Instance> {
    Arc::new(Instance {
        class: cls.clone(),
        dict: Arc::new(Dict::with_capacity(8)),
        exc: None,
        payload: None,
    })
}

impl Vm {
    /// The built-in value an instance of `cls` (a subclass of `kind`) extends. Mutable
    /// containers start empty when the class defines `__init__` (which may fill them through
    /// `super().__init__(...)`); otherwise the constructor arguments build it, as the
    /// built-in's own `__new__`/`__init__` would.
    fn builtin_payload(
        &mut self,
        cls: &Arc<Class>,
        kind: TypeKind,
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<Value> {
        let types = &self.interp.types;
        let base = match kind {
            TypeKind::List => types.list.clone(),
            TypeKind::Dict => types.dict.clone(),
            TypeKind::Set => types.set.clone(),
            TypeKind::FrozenSet => types.frozenset.clone(),
            TypeKind::Str => types.str_.clone(),
            TypeKind::Int => types.int.clone(),
            TypeKind::Float => types.float.clone(),
            _ => types.tuple.clone(),
        };
        let mutable = matches!(kind, TypeKind::List | TypeKind::Dict | TypeKind::Set);
        if mutable && self.user_dunder(cls, "__init__").is_some() {
            return crate::builtins::types::construct(self, &base, Args::new(), &[]);
        }
        crate::builtins::types::construct(self, &base, args.iter().cloned().collect(), kw)
    }

    /// The instance attributes a class allows, if it and all user ancestors use __slots__.
    fn class_slots(
        &mut self,
        namespace: &Arc<Dict>,
        bases: &[Arc<Class>],
    ) -> PyResult<Option<Vec<String>>> {
        let Some(own) = self.dict_get_str(namespace, "__slots__") else {
            return Ok(None);
        };
        let own: Vec<String> = match &own {
            Value::Str(s) => vec![s.as_str().to_string()],
            other => self
                .collect_iterable(other)?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
        };
        if own.iter().any(|s| s == "__dict__") {
            return Ok(None);
        }
        let mut all = own;
        for b in bases {
            match b.kind {
                TypeKind::Object => {}
                TypeKind::User => match &b.slots {
                    Some(s) => all.extend(s.iter().cloned()),
                    None => return Ok(None),
                },
                _ => return Ok(None),
            }
        }
        Ok(Some(all))
    }
}

/// C3 linearisation of the bases' MROs (without the new class itself).
fn c3_merge(bases: &[Arc<Class>]) -> Option<Vec<Arc<Class>>> {
    let mut seqs: Vec<Vec<Arc<Class>>> = bases.iter().map(|b| b.mro().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|c| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|x| Arc::ptr_eq(x, c)))
        })?;
        out.push(candidate.clone());
        for s in &mut seqs {
            if Arc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
    }
}
