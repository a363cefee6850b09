//! Attribute access: `obj.name` reads, writes and deletes, descriptors (functions,
//! properties, static and class methods), and lookup along the MRO.

use std::sync::Arc;

use crate::object::class::{Class, TypeKind, name_key};
use crate::object::dict::Dict;
use crate::object::func::{BoundMethod, Builtin};
use crate::object::other::Other;
use crate::value::Value;

use super::Vm;
use super::error::{ExcType, PyErr, PyResult};
use super::types::type_name;

impl Vm {
    /// Find `name` on the class or its MRO (class dicts, then native methods of built-in
    /// bases).
    pub fn class_lookup(&self, cls: &Arc<Class>, name: &Value) -> Option<Value> {
        let Value::Str(s) = name else { return None };
        let addr = Arc::as_ptr(s) as usize;
        let epoch = self
            .interp
            .class_epoch
            .load(std::sync::atomic::Ordering::Acquire);
        if let Some((_, e, v)) = cls.cache.read().attrs.get(&addr)
            && *e == epoch
        {
            return v.clone();
        }
        let v = self.class_lookup_uncached(cls, name);
        let mut cache = cls.cache.write();
        if cache.attrs.len() > 4096 {
            cache.attrs.clear();
        }
        cache.attrs.insert(addr, (name.clone(), epoch, v.clone()));
        v
    }

    /// `class_lookup` through a per-thread, lock-free cache keyed by (class address, name
    /// address) and validated by the interpreter's class epoch, which every change to a
    /// class namespace bumps (so an entry is never used after the class changed, whichever
    /// thread changed it).
    #[inline]
    pub fn class_lookup_fast(&mut self, cls: &Arc<Class>, name: &Value) -> Option<Value> {
        let Value::Str(s) = name else { return None };
        let epoch = self
            .interp
            .class_epoch
            .load(std::sync::atomic::Ordering::Acquire);
        if let Some(hit) = cached_class_attr(&self.attr_cache, epoch, cls, s) {
            return hit.clone();
        }
        let slot = attr_cache_slot(cls, s);
        let v = self.class_lookup(cls, name);
        if let Some(entry) = self.attr_cache.get_mut(slot) {
            *entry = Some(super::AttrCacheEntry {
                cls: Arc::downgrade(cls),
                name: name.clone(),
                epoch,
                value: v.clone(),
            });
        }
        v
    }

    /// A module global by (interned) name, through a per-thread cache of its slot.
    /// `None`: unbound or not defined.
    #[inline]
    pub fn module_attr(
        &mut self,
        globals: &Arc<crate::object::module::Globals>,
        name: &Value,
    ) -> Option<Value> {
        let Value::Str(s) = name else { return None };
        let g_addr = Arc::as_ptr(globals) as usize;
        let name_addr = Arc::as_ptr(s) as usize;
        let idx =
            ((g_addr >> 4) ^ (name_addr >> 3) ^ (name_addr >> 9)) & (super::MODULE_CACHE_SLOTS - 1);
        if let Some(Some(e)) = self.module_cache.get(idx)
            && e.globals.as_ptr() as usize == g_addr
            && matches!(&e.name, Value::Str(n) if Arc::ptr_eq(n, s))
        {
            return match globals.get_slot(e.slot) {
                Value::Unbound => None,
                v => Some(v),
            };
        }
        let slot = globals.lookup_slot(s.as_str())?;
        if let Some(entry) = self.module_cache.get_mut(idx) {
            *entry = Some(super::ModuleCacheEntry {
                globals: Arc::downgrade(globals),
                name: name.clone(),
                slot,
            });
        }
        match globals.get_slot(slot) {
            Value::Unbound => None,
            v => Some(v),
        }
    }

    /// The built-in value behind an instance of a subclass of a built-in type, when its
    /// class does not define `dunder` itself (so the built-in behaviour applies).
    #[inline]
    pub fn plain_payload(&mut self, v: &Value, dunder: &'static str) -> Option<Value> {
        match v {
            Value::Instance(inst) if inst.payload.is_some() => {
                if self.user_dunder(&inst.class, dunder).is_some() {
                    None
                } else {
                    inst.payload.clone()
                }
            }
            _ => None,
        }
    }

    /// `class_lookup` for a name known at compile time (cached by the literal's address).
    pub fn class_lookup_static(&self, cls: &Arc<Class>, name: &'static str) -> Option<Value> {
        let epoch = self
            .interp
            .class_epoch
            .load(std::sync::atomic::Ordering::Acquire);
        if let Some(hit) = cached_static_lookup(cls, name, epoch) {
            return hit;
        }
        let v = self.class_lookup_uncached(cls, &name_key(name));
        cls.cache
            .write()
            .statics
            .insert(static_name_key(name), (epoch, v.clone()));
        v
    }

    /// Set once a dunder is assigned to an existing class: from then on `Class::hooks`
    /// are not trusted and the (cached) MRO lookup decides.
    #[inline]
    pub fn hooks_may_be_stale(&self) -> bool {
        self.interp
            .late_properties
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// A class namespace changed: every cached lookup may be stale.
    pub fn invalidate_class_caches(&self) {
        self.interp
            .class_epoch
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }

    fn class_lookup_uncached(&self, cls: &Arc<Class>, name: &Value) -> Option<Value> {
        let key = name.as_str().unwrap_or("");
        for c in cls.mro() {
            if let Some(v) = dict_get_str_key(&c.dict, name) {
                return Some(v);
            }
            if c.kind != TypeKind::User {
                let found = crate::builtins::methods::type_method(c.kind, key).or_else(|| {
                    if crate::builtins::dunders::kind_has(c.kind, key)
                        && !matches!(c.kind, TypeKind::Object | TypeKind::Exception(_))
                    {
                        crate::builtins::dunders::dunder(key)
                    } else {
                        None
                    }
                });
                if let Some(f) = found {
                    return Some(Value::Builtin(Arc::new(Builtin {
                        name: f.0,
                        func: f.1,
                        receiver: None,
                        owner: Some(kind_owner(c)),
                    })));
                }
            }
        }
        None
    }

    /// Look up a dunder defined in Python on the class (skipping native defaults).
    pub fn user_dunder(&mut self, cls: &Arc<Class>, name: &'static str) -> Option<Value> {
        let addr = name.as_ptr() as usize ^ (name.len() << 48);
        let epoch = self
            .interp
            .class_epoch
            .load(std::sync::atomic::Ordering::Acquire);
        if let Some((e, v)) = cls.cache.read().dunders.get(&addr)
            && *e == epoch
        {
            return v.clone();
        }
        let v = self.user_dunder_uncached(cls, name);
        cls.cache.write().dunders.insert(addr, (epoch, v.clone()));
        v
    }

    fn user_dunder_uncached(&mut self, cls: &Arc<Class>, name: &str) -> Option<Value> {
        let key = name_key(name);
        for c in cls.mro() {
            if c.kind != TypeKind::User {
                return None;
            }
            if let Some(v) = dict_get_str_key(&c.dict, &key) {
                return Some(v);
            }
        }
        None
    }

    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        self.getattr_value(obj, &name_key(name))
    }

    pub fn getattr_value(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            if !(inst.class.hooks.getattribute || self.hooks_may_be_stale()) {
                return self.getattr_generic(obj, name);
            }
            if let Some(ga) = self.user_dunder(&inst.class, "__getattribute__") {
                return match self.call(&ga, &[obj.clone(), name.clone()]) {
                    Err(e) if self.error_is(&e, ExcType::AttributeError) => {
                        match self.user_dunder(&inst.class, "__getattr__") {
                            Some(g) => self.call(&g, &[obj.clone(), name.clone()]),
                            None => Err(e),
                        }
                    }
                    r => r,
                };
            }
        }
        self.getattr_generic(obj, name)
    }

    /// Attribute lookup without a user `__getattribute__` (`object.__getattribute__`).
    pub fn getattr_generic(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let key = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                // Without properties on the class, the instance dict wins: skip the MRO.
                if !inst.class.property_names.iter().any(|p| p == key)
                    && !self
                        .interp
                        .late_properties
                        .load(std::sync::atomic::Ordering::Relaxed)
                    && let Some(v) = dict_get_str_key(&inst.dict, name)
                {
                    return Ok(v);
                }
                let cls_attr = self.class_lookup_fast(&inst.class, name);
                if let Some(Value::Other(o)) = &cls_attr
                    && let Other::Property { fget, .. } = &**o
                {
                    if fget.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{key}' of '{}' object has no getter",
                            inst.class.name
                        )));
                    }
                    return self.call(&fget.clone(), std::slice::from_ref(obj));
                }
                // A data descriptor (__get__ and __set__) on the class wins over the instance.
                if let Some(desc @ Value::Instance(d)) = &cls_attr
                    && let Some(get) = self.user_dunder(&d.class, "__get__")
                    && self.user_dunder(&d.class, "__set__").is_some()
                {
                    return self.call(
                        &get,
                        &[desc.clone(), obj.clone(), Value::Class(inst.class.clone())],
                    );
                }
                if let Some(v) = dict_get_str_key(&inst.dict, name) {
                    return Ok(v);
                }
                match key {
                    "__class__" => return Ok(Value::Class(inst.class.clone())),
                    "__dict__" => return Ok(Value::Dict(inst.dict.clone())),
                    _ => {}
                }
                if let Some(st) = inst.exc_state() {
                    match key {
                        "args" => return Ok(Value::tuple(st.args.lock().clone())),
                        "__cause__" => return Ok(st.cause.lock().clone().unwrap_or(Value::None)),
                        "__context__" => {
                            return Ok(st.context.lock().clone().unwrap_or(Value::None));
                        }
                        "__suppress_context__" => {
                            return Ok(Value::Bool(*st.suppress_context.lock()));
                        }
                        "__traceback__" => return Ok(Value::None),
                        _ => {}
                    }
                    if let Some(v) = self.exception_data_attr(inst, key) {
                        return Ok(v);
                    }
                }
                if let Some(v) = cls_attr {
                    if let Value::Instance(d) = &v
                        && let Some(get) = self.user_dunder(&d.class, "__get__")
                    {
                        return self.call(
                            &get,
                            &[v.clone(), obj.clone(), Value::Class(inst.class.clone())],
                        );
                    }
                    return Ok(self.bind_descriptor(v, obj, &inst.class));
                }
                if let Some(ga) = self.user_dunder(&inst.class, "__getattr__") {
                    return self.call(&ga, &[obj.clone(), name.clone()]);
                }
                let candidates = self.instance_attr_names(inst);
                Err(self.attr_error_with_suggestion(
                    format!("'{}' object has no attribute '{key}'", inst.class.name),
                    key,
                    candidates,
                ))
            }
            Value::Class(cls) => self.class_getattr(cls, name),
            Value::Module(m) => {
                if let Some(v) = self.module_attr(&m.globals, name) {
                    return Ok(v);
                }
                match key {
                    "__name__" => return Ok(Value::str(&m.name)),
                    "__dict__" => return Ok(self.globals_dict(&m.globals)),
                    "__doc__" => return Ok(Value::None),
                    "__file__" => {
                        if let Some(f) = &m.file {
                            return Ok(Value::str(f));
                        }
                    }
                    _ => {}
                }
                let candidates = m
                    .globals
                    .items()
                    .iter()
                    .map(|(n, _)| n.to_string())
                    .collect();
                Err(self.attr_error_with_suggestion(
                    format!("module '{}' has no attribute '{key}'", m.name),
                    key,
                    candidates,
                ))
            }
            Value::Function(f) => match key {
                "__name__" => Ok(Value::string(f.name.read().clone())),
                "__qualname__" => Ok(Value::string(f.qualname.read().clone())),
                "__module__" => Ok(f.globals().get("__name__").unwrap_or(Value::None)),
                "__doc__" => Ok(function_doc(f, name)),
                "__closure__" => Ok(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(
                        f.closure
                            .iter()
                            .map(|c| Value::Other(Arc::new(Other::Cell(c.clone()))))
                            .collect(),
                    )
                }),
                "__defaults__" => Ok(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__dict__" => Ok(Value::Dict(self.function_attrs(f))),
                "__class__" => Ok(Value::Class(self.interp.types.function.clone())),
                _ => {
                    let attrs = f.attrs.read().clone();
                    if let Some(d) = attrs
                        && let Some(v) = dict_get_str_key(&d, name)
                    {
                        return Ok(v);
                    }
                    Err(PyErr::attribute_error(format!(
                        "'function' object has no attribute '{key}'"
                    )))
                }
            },
            Value::BoundMethod(bm) => match key {
                "__self__" => Ok(bm.receiver.clone()),
                "__func__" => Ok(bm.func.clone()),
                _ => self.getattr_value(&bm.func.clone(), name),
            },
            Value::Builtin(b) => match key {
                "__name__" | "__qualname__" => Ok(Value::str(b.name)),
                "__self__" => Ok(b.receiver.clone().unwrap_or(Value::None)),
                _ => Err(PyErr::attribute_error(format!(
                    "'builtin_function_or_method' object has no attribute '{key}'"
                ))),
            },
            Value::Other(o) => match &**o {
                Other::Super { class, obj: inner } => self.super_getattr(class, inner, name),
                Other::Property { fget, .. } if key == "fget" => Ok(fget.clone()),
                Other::StaticMethod(f) | Other::ClassMethod(f) if key == "__func__" => {
                    Ok(f.clone())
                }
                _ => self.builtin_value_attr(obj, name),
            },
            _ => self.builtin_value_attr(obj, name),
        }
    }

    /// Data attributes of built-in exception types: StopIteration.value, SystemExit.code,
    /// OSError.errno/strerror/filename.
    fn exception_data_attr(
        &mut self,
        inst: &crate::object::class::Instance,
        key: &str,
    ) -> Option<Value> {
        let st = inst.exc_state()?;
        let args = st.args.lock().clone();
        let is = |k: ExcType| inst.class.is_subclass_of(self.interp.exc_class(k));
        match key {
            "value" if is(ExcType::StopIteration) => {
                Some(args.first().cloned().unwrap_or(Value::None))
            }
            "code" if is(ExcType::SystemExit) => Some(match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            }),
            "errno" | "strerror" | "filename" if is(ExcType::OSError) => {
                let i = match key {
                    "errno" => 0,
                    "strerror" => 1,
                    _ => 2,
                };
                Some(if args.len() >= 2 {
                    args.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                })
            }
            _ => None,
        }
    }

    /// Attributes of built-in values: native methods bound to the value, plus a few data
    /// attributes.
    fn builtin_value_attr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let key = name.as_str().unwrap_or("");
        if let Some(f) = native_method_of(obj, key) {
            return Ok(Value::Builtin(Arc::new(Builtin {
                name: f.0,
                func: f.1,
                receiver: Some(obj.clone()),
                owner: None,
            })));
        }
        if let Some(v) = crate::builtins::methods::data_attr(self, obj, key)? {
            return Ok(v);
        }
        if let Value::Other(o) = obj
            && let Other::Cell(c) = &**o
            && key == "cell_contents"
        {
            return match c.get() {
                Value::Unbound => Err(PyErr::value_error("Cell is empty")),
                v => Ok(v),
            };
        }
        if let Value::Other(o) = obj
            && let Other::Slice { start, stop, step } = &**o
        {
            match key {
                "start" => return Ok(start.clone()),
                "stop" => return Ok(stop.clone()),
                "step" => return Ok(step.clone()),
                _ => {}
            }
        }
        if let Value::Other(o) = obj
            && let Other::File(f) = &**o
        {
            let st = f.lock();
            match key {
                "closed" => return Ok(Value::Bool(st.closed)),
                "name" => return Ok(Value::str(&st.name)),
                "mode" => return Ok(Value::str(&st.mode)),
                _ => {}
            }
        }
        if key == "__class__" {
            return Ok(Value::Class(self.interp.types.type_of(obj)));
        }
        let candidates = crate::builtins::methods::method_names(obj);
        Err(self.attr_error_with_suggestion(
            format!("'{}' object has no attribute '{key}'", type_name(obj)),
            key,
            candidates,
        ))
    }

    fn class_getattr(&mut self, cls: &Arc<Class>, name: &Value) -> PyResult<Value> {
        let key = name.as_str().unwrap_or("");
        match key {
            "__name__" => return Ok(Value::str(&cls.name)),
            "__qualname__" => return Ok(Value::str(&cls.qualname)),
            "__mro__" => {
                return Ok(Value::tuple(
                    cls.mro().map(|c| Value::Class(c.clone())).collect(),
                ));
            }
            "__bases__" => {
                let bases: Vec<Value> = cls.bases.iter().map(|c| Value::Class(c.clone())).collect();
                return Ok(Value::tuple(bases));
            }
            "__base__" => {
                return Ok(cls
                    .bases
                    .first()
                    .map_or(Value::None, |c| Value::Class(c.clone())));
            }
            // A copy: CPython's is a read-only mappingproxy, and lookups are cached.
            "__dict__" => {
                return Ok(Value::Dict(Arc::new(Dict::from_table(
                    cls.dict.table.read().clone(),
                ))));
            }
            "__class__" => return Ok(Value::Class(self.interp.types.type_.clone())),
            _ => {}
        }
        match self.class_lookup(cls, name) {
            Some(v) => Ok(match &v {
                Value::Other(o) => match &**o {
                    Other::ClassMethod(f) => Value::BoundMethod(Arc::new(BoundMethod {
                        func: f.clone(),
                        receiver: Value::Class(cls.clone()),
                    })),
                    Other::StaticMethod(f) => f.clone(),
                    _ => v.clone(),
                },
                _ => v,
            }),
            None => match key {
                "__module__" => Ok(Value::str(&cls.module)),
                "__doc__" => Ok(Value::None),
                "__subclasses__" => Ok(Value::Builtin(Arc::new(Builtin {
                    name: "__subclasses__",
                    func: crate::builtins::core::class_subclasses,
                    receiver: Some(Value::Class(cls.clone())),
                    owner: None,
                }))),
                "mro" => Ok(Value::Builtin(Arc::new(Builtin {
                    name: "mro",
                    func: crate::builtins::core::class_mro,
                    receiver: Some(Value::Class(cls.clone())),
                    owner: None,
                }))),
                _ => Err(PyErr::attribute_error(format!(
                    "type object '{}' has no attribute '{key}'",
                    cls.name
                ))),
            },
        }
    }

    /// Turn a class attribute into what `instance.attr` yields.
    pub fn bind_descriptor(&mut self, v: Value, obj: &Value, cls: &Arc<Class>) -> Value {
        match &v {
            Value::Function(_) => Value::BoundMethod(Arc::new(BoundMethod {
                func: v.clone(),
                receiver: obj.clone(),
            })),
            Value::Builtin(b) if b.receiver.is_none() => Value::Builtin(Arc::new(Builtin {
                name: b.name,
                func: b.func,
                receiver: Some(match obj {
                    Value::Instance(i) if b.owner == Some("builtin") => {
                        i.payload.clone().unwrap_or_else(|| obj.clone())
                    }
                    _ => obj.clone(),
                }),
                owner: b.owner,
            })),
            Value::Other(o) => match &**o {
                Other::ClassMethod(f) => Value::BoundMethod(Arc::new(BoundMethod {
                    func: f.clone(),
                    receiver: Value::Class(cls.clone()),
                })),
                Other::StaticMethod(f) => f.clone(),
                _ => v.clone(),
            },
            _ => v,
        }
    }

    fn super_getattr(&mut self, class: &Arc<Class>, obj: &Value, name: &Value) -> PyResult<Value> {
        let key = name.as_str().unwrap_or("");
        let start_cls = match obj {
            Value::Class(c) => c.clone(),
            _ => self.interp.types.type_of(obj),
        };
        let mro: Vec<Arc<Class>> = start_cls.mro().cloned().collect();
        let pos = mro
            .iter()
            .position(|c| Arc::ptr_eq(c, class))
            .map_or(mro.len(), |p| p + 1);
        for c in &mro[pos..] {
            let found = dict_get_str_key(&c.dict, name).or_else(|| {
                if c.kind != TypeKind::User {
                    let found = crate::builtins::methods::type_method(c.kind, key).or_else(|| {
                        if crate::builtins::dunders::kind_has(c.kind, key)
                            && !matches!(c.kind, TypeKind::Object | TypeKind::Exception(_))
                        {
                            crate::builtins::dunders::dunder(key)
                        } else {
                            None
                        }
                    });
                    found.map(|f| {
                        Value::Builtin(Arc::new(Builtin {
                            name: f.0,
                            func: f.1,
                            receiver: None,
                            owner: Some(kind_owner(c)),
                        }))
                    })
                } else {
                    None
                }
            });
            if let Some(v) = found {
                if let Value::Other(o) = &v
                    && let Other::Property { fget, .. } = &**o
                {
                    return self.call(&fget.clone(), std::slice::from_ref(obj));
                }
                if let Value::Class(_) = obj {
                    return Ok(match &v {
                        Value::Other(o) => match &**o {
                            Other::ClassMethod(f) => Value::BoundMethod(Arc::new(BoundMethod {
                                func: f.clone(),
                                receiver: obj.clone(),
                            })),
                            Other::StaticMethod(f) => f.clone(),
                            _ => v.clone(),
                        },
                        _ => v,
                    });
                }
                return Ok(self.bind_descriptor(v, obj, &start_cls));
            }
        }
        Err(PyErr::attribute_error(format!(
            "'super' object has no attribute '{key}'"
        )))
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        self.setattr_value(obj, &name_key(name), v)
    }

    pub fn setattr_value(&mut self, obj: &Value, name: &Value, v: Value) -> PyResult<()> {
        let key = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                if inst.class.kind == TypeKind::User || inst.class.is_exception_class() {
                    let sa = if inst.class.hooks.setattr || self.hooks_may_be_stale() {
                        self.user_dunder(&inst.class, "__setattr__")
                    } else {
                        None
                    };
                    if let Some(sa) = sa {
                        self.call(&sa, &[obj.clone(), name.clone(), v])?;
                        return Ok(());
                    }
                }
                let may_have_property = inst.class.property_names.iter().any(|p| p == key)
                    || self
                        .interp
                        .late_properties
                        .load(std::sync::atomic::Ordering::Relaxed);
                let class_attr = if may_have_property {
                    self.class_lookup(&inst.class, name)
                } else {
                    None
                };
                if let Some(desc @ Value::Instance(d)) = &class_attr
                    && let Some(set) = self.user_dunder(&d.class, "__set__")
                {
                    self.call(&set, &[desc.clone(), obj.clone(), v])?;
                    return Ok(());
                }
                if let Some(slots) = &inst.class.slots
                    && !slots.iter().any(|s| s == key)
                    && !inst.class.is_exception_class()
                {
                    return Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{key}'",
                        inst.class.name
                    )));
                }
                if let Some(Value::Other(o)) = class_attr
                    && let Other::Property { fset, .. } = &*o
                {
                    if fset.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{key}' of '{}' object has no setter",
                            inst.class.name
                        )));
                    }
                    self.call(&fset.clone(), &[obj.clone(), v])?;
                    return Ok(());
                }
                if let Some(st) = inst.exc_state() {
                    match key {
                        "args" => {
                            *st.args.lock() = self.collect_iterable(&v)?;
                            return Ok(());
                        }
                        "__cause__" => {
                            *st.cause.lock() = if v.is_none() { None } else { Some(v) };
                            *st.suppress_context.lock() = true;
                            return Ok(());
                        }
                        "__context__" => {
                            *st.context.lock() = if v.is_none() { None } else { Some(v) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            *st.suppress_context.lock() = self.truthy(&v)?;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                self.dict_set(&inst.dict, name.clone(), v)
            }
            Value::Class(cls) => {
                if matches!(&v, Value::Other(o) if matches!(&**o, Other::Property { .. }))
                    || matches!(&v, Value::Instance(_))
                    || (key.starts_with("__") && key.ends_with("__"))
                {
                    self.interp
                        .late_properties
                        .store(true, std::sync::atomic::Ordering::Relaxed);
                }
                self.dict_set(&cls.dict, name.clone(), v)?;
                self.invalidate_class_caches();
                Ok(())
            }
            Value::Module(m) => {
                m.globals.set(key, v);
                Ok(())
            }
            Value::Function(f) => {
                match key {
                    "__name__" => *f.name.write() = v.as_str().unwrap_or("").to_string(),
                    "__qualname__" => *f.qualname.write() = v.as_str().unwrap_or("").to_string(),
                    _ => {
                        let d = self.function_attrs(f);
                        self.dict_set(&d, name.clone(), v)?;
                    }
                }
                Ok(())
            }
            _ => Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{key}'",
                type_name(obj)
            ))),
        }
    }

    /// `del obj.name` and `delattr(obj, name)`: a user `__delattr__` first.
    pub fn delattr_value(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj
            && let Some(hook) = self.user_dunder(&inst.class, "__delattr__")
        {
            self.call(&hook, &[obj.clone(), name.clone()])?;
            return Ok(());
        }
        self.delattr_generic(obj, name)
    }

    /// `object.__delattr__`: delete without consulting a user `__delattr__`.
    pub fn delattr_generic(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        let key = name.as_str().unwrap_or("");
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Other(o)) = self.class_lookup(&inst.class, name)
                    && let Other::Property { fdel, .. } = &*o
                {
                    if fdel.is_none() {
                        return Err(PyErr::attribute_error(format!(
                            "property '{key}' of '{}' object has no deleter",
                            inst.class.name
                        )));
                    }
                    self.call(&fdel.clone(), std::slice::from_ref(obj))?;
                    return Ok(());
                }
                if self.dict_remove(&inst.dict, name)?.is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "'{}' object has no attribute '{key}'",
                        inst.class.name
                    )));
                }
                Ok(())
            }
            Value::Class(cls) => {
                self.invalidate_class_caches();
                if self.dict_remove(&cls.dict, name)?.is_none() {
                    return Err(PyErr::attribute_error(format!(
                        "type object '{}' has no attribute '{key}'",
                        cls.name
                    )));
                }
                Ok(())
            }
            Value::Module(m) => {
                m.globals.set(key, Value::Unbound);
                Ok(())
            }
            _ => Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute '{key}'",
                type_name(obj)
            ))),
        }
    }

    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(e) => {
                if self.error_is(&e, ExcType::AttributeError) {
                    Ok(false)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn function_attrs(&mut self, f: &crate::object::func::Function) -> Arc<Dict> {
        let mut attrs = f.attrs.write();
        attrs.get_or_insert_with(|| Arc::new(Dict::new())).clone()
    }

    /// The instance's own attribute names, then those of its class and ancestors.
    pub fn instance_attr_names(&mut self, inst: &crate::object::class::Instance) -> Vec<String> {
        let mut names: Vec<String> = inst
            .dict
            .table
            .read()
            .iter()
            .filter_map(|e| e.key.as_str().map(str::to_string))
            .collect();
        for c in inst.class.mro() {
            names.extend(
                c.dict
                    .table
                    .read()
                    .iter()
                    .filter_map(|e| e.key.as_str().map(str::to_string)),
            );
        }
        names
    }

    /// An AttributeError whose traceback line carries CPython's "Did you mean" hint.
    pub fn attr_error_with_suggestion(
        &mut self,
        msg: String,
        name: &str,
        candidates: Vec<String>,
    ) -> PyErr {
        let exc = self.new_exception(ExcType::AttributeError, vec![Value::string(msg)]);
        if let Some(s) = crate::vm::exc::suggest(name, &candidates) {
            self.set_suggestion(&exc, s);
        }
        PyErr::Obj(exc)
    }

    /// A NameError with CPython's suggestion from locals, globals and builtins.
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let mut candidates: Vec<String> = Vec::new();
        if let Some(f) = self.frames.last() {
            candidates.extend(f.code().varnames.iter().cloned());
            candidates.extend(f.globals().items().into_iter().map(|(n, _)| n.to_string()));
        }
        candidates.extend(self.interp.builtins.keys().cloned());
        let exc = self.new_exception(
            ExcType::NameError,
            vec![Value::string(format!("name '{name}' is not defined"))],
        );
        if let Some(s) = crate::vm::exc::suggest(name, &candidates) {
            self.set_suggestion(&exc, s);
        }
        PyErr::Obj(exc)
    }
}

/// `"__init__"` as one static string: lookups by static name are memoised by the
/// string's address, and identical literals in different places need not share one.
pub static DUNDER_INIT: &str = "__init__";

fn static_name_key(name: &'static str) -> usize {
    name.as_ptr() as usize ^ (name.len() << 48)
}

/// A hit in `cls`'s memo of lookups by static name (`Vm::class_lookup_static`), valid
/// while the class epoch is `epoch`; `None` on a miss.
#[inline]
pub fn cached_static_lookup(
    cls: &Arc<Class>,
    name: &'static str,
    epoch: u64,
) -> Option<Option<Value>> {
    match cls.cache.read().statics.get(&static_name_key(name)) {
        Some((e, v)) if *e == epoch => Some(v.clone()),
        _ => None,
    }
}

#[inline]
fn attr_cache_slot(cls: &Arc<Class>, name: &Arc<crate::object::str::PyStr>) -> usize {
    let cls_addr = Arc::as_ptr(cls) as usize;
    let name_addr = Arc::as_ptr(name) as usize;
    ((cls_addr >> 4) ^ (name_addr >> 3) ^ (name_addr >> 9)) & (super::ATTR_CACHE_SLOTS - 1)
}

/// A hit in the per-thread cache of class attribute lookups (`Vm::attr_cache`), valid
/// while the interpreter's class epoch is `epoch`: `Some(result of the lookup)`, or
/// `None` on a miss.
#[inline]
pub fn cached_class_attr<'c>(
    cache: &'c [Option<super::AttrCacheEntry>],
    epoch: u64,
    cls: &Arc<Class>,
    name: &Arc<crate::object::str::PyStr>,
) -> Option<&'c Option<Value>> {
    match cache.get(attr_cache_slot(cls, name)) {
        Some(Some(e))
            if e.epoch == epoch
                && e.cls.as_ptr() == Arc::as_ptr(cls)
                && matches!(&e.name, Value::Str(n) if Arc::ptr_eq(n, name)) =>
        {
            Some(&e.value)
        }
        _ => None,
    }
}

/// Lookup of a str key in a dict whose keys are all strs (class and instance dicts).
pub fn dict_get_str_key(d: &Dict, name: &Value) -> Option<Value> {
    let Value::Str(s) = name else { return None };
    let table = d.table.read();
    let pos = table.position_of_str(s)?;
    table.entry_at(pos).map(|e| e.value.clone())
}

/// Whether a dict whose keys are all strs has the key `name`.
pub fn dict_has_str_key(d: &Dict, name: &Value) -> bool {
    let Value::Str(s) = name else { return false };
    d.table.read().has_str_key(s)
}

/// `dict_get_str_key` for an attribute name of a code object: tries the position where
/// that name was found last time (`Code::attr_hints`), then searches and remembers.
#[inline]
pub fn dict_get_str_key_hinted(
    d: &Dict,
    name: &Value,
    hints: &crate::bytecode::AttrHints,
    n: usize,
) -> Option<Value> {
    let Value::Str(s) = name else { return None };
    let table = d.table.read();
    if let Some(v) = table.value_at_if_key(hints.get(n), s) {
        return Some(v.clone());
    }
    let pos = table.position_of_str(s)?;
    hints.set(n, pos);
    table.entry_at(pos).map(|e| e.value.clone())
}

/// Set the str key `name` of an instance dict, through the same hints; returns the
/// value it replaced.
#[inline]
pub fn dict_set_str_key_hinted(
    d: &Dict,
    key: &Arc<crate::object::str::PyStr>,
    value: Value,
    hints: &crate::bytecode::AttrHints,
    n: usize,
) -> Option<Value> {
    let mut table = d.table.write();
    let hint = hints.get(n);
    if table.value_at_if_key(hint, key).is_some() {
        return table.replace_value_at(hint, value);
    }
    let old = table.set_str_key(key, value);
    let pos = match old {
        // A new key is appended.
        None => table.slots_len().checked_sub(1),
        Some(_) => table.position_of_str(key),
    };
    if let Some(pos) = pos {
        hints.set(n, pos);
    }
    old
}

/// The native method `obj.key`, for every built-in kind of value.
pub fn native_method_of(
    obj: &Value,
    key: &str,
) -> Option<(&'static str, crate::object::func::NativeFn)> {
    match obj {
        Value::Generator(_) => crate::builtins::core::generator_method(key),
        Value::Iter(_) => crate::builtins::core::iterator_method(key),
        Value::Other(o) => match &**o {
            Other::StdStream(s) => crate::modules::sys::stream_method(*s, key),
            Other::File(_) => crate::builtins::core::file_method(key),
            Other::Lock(_) => crate::modules::thread::lock_method(key),
            Other::RLock(_) => crate::modules::thread::rlock_method(key),
            Other::Property { .. } => crate::builtins::core::property_method(key),
            Other::DictView { .. } if key == "isdisjoint" => {
                Some(("isdisjoint", crate::builtins::core::view_isdisjoint))
            }
            _ => crate::builtins::methods::lookup_named(obj, key),
        },
        _ => crate::builtins::methods::lookup_named(obj, key).or_else(|| {
            let kind = match obj {
                Value::Int(_) | Value::BigInt(_) => TypeKind::Int,
                Value::Bool(_) => TypeKind::Bool,
                Value::Float(_) => TypeKind::Float,
                Value::Str(_) => TypeKind::Str,
                Value::List(_) => TypeKind::List,
                Value::Tuple(_) => TypeKind::Tuple,
                Value::Dict(_) => TypeKind::Dict,
                Value::Set(_) => TypeKind::Set,
                Value::FrozenSet(_) => TypeKind::FrozenSet,
                Value::Range(_) => TypeKind::Range,
                _ => return None,
            };
            if crate::builtins::dunders::kind_has(kind, key) {
                crate::builtins::dunders::dunder(key)
            } else {
                None
            }
        }),
    }
}

fn kind_owner(c: &Class) -> &'static str {
    match c.kind {
        TypeKind::Object => "object",
        TypeKind::Exception(_) => "BaseException",
        _ => "builtin",
    }
}

fn function_doc(f: &crate::object::func::Function, name: &Value) -> Value {
    // An assigned `__doc__` lives in the attribute dict; otherwise the compiled docstring.
    if let Some(d) = f.attrs.read().as_ref()
        && let Some(v) = dict_get_str_key(d, name)
    {
        return v;
    }
    f.code().docstring.clone().unwrap_or(Value::None)
}
