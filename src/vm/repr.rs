//! `repr()`, `str()` and `format()` of every value, matching CPython 3.11's output.

use crate::format::FormatHost;
use crate::format::float_repr::float_repr;
use crate::object::class::TypeKind;
use crate::object::other::{DictViewKind, Other};
use crate::value::Value;

use super::Vm;
use super::error::{PyErr, PyResult};
use super::types::type_name;

/// Quote a string the way `repr(str)` does.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable` for single characters.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f || (0x80..0xa0).contains(&n) {
        return false;
    }
    if n == 0x20 {
        return true;
    }
    // Separators and format characters other than the ASCII space are not printable.
    !matches!(n, 0xa0 | 0xad | 0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x3000 | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xfff9..=0xfffb)
        && !(0xe0000..=0xe007f).contains(&n)
        && !(0xf0000..).contains(&n)
}

pub fn addr(v: &Value) -> String {
    format!("0x{:012x}", v.heap_ptr().unwrap_or(0))
}

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if let Some(p) = self.plain_payload(v, "__repr__") {
            return self.repr(&p);
        }
        Ok(match v {
            Value::None | Value::Unbound => "None".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                let s = b.to_string();
                let limit = self
                    .interp
                    .int_max_str_digits
                    .load(std::sync::atomic::Ordering::Relaxed);
                if limit != 0 && s.trim_start_matches('-').len() > limit {
                    return Err(PyErr::value_error(format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
                s
            }
            Value::Float(f) => float_repr(*f),
            Value::Str(s) => repr_str(s.as_str()),
            Value::List(l) => {
                let items = l.snapshot();
                self.guarded(v, "[...]", |vm| Ok(format!("[{}]", vm.join_reprs(&items)?)))?
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                if items.len() == 1 {
                    self.guarded(v, "(...)", |vm| Ok(format!("({},)", vm.repr(&items[0])?)))?
                } else {
                    self.guarded(v, "(...)", |vm| Ok(format!("({})", vm.join_reprs(&items)?)))?
                }
            }
            Value::Dict(d) => {
                let entries: Vec<(Value, Value)> = d
                    .table
                    .read()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                self.guarded(v, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(entries.len());
                    for (k, val) in &entries {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            Value::Set(s) => {
                let items = s.table.read().keys();
                if items.is_empty() {
                    "set()".into()
                } else {
                    self.guarded(v, "{...}", |vm| {
                        Ok(format!("{{{}}}", vm.join_reprs(&items)?))
                    })?
                }
            }
            Value::FrozenSet(s) => {
                let items = s.table.read().keys();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Function(f) => format!("<function {} at {}>", f.qualname.read(), addr(v)),
            Value::BoundMethod(bm) => {
                let fname = match &bm.func {
                    Value::Function(f) => f.qualname.read().clone(),
                    other => self.repr(other)?,
                };
                format!(
                    "<bound method {fname} of {}>",
                    self.repr(&bm.receiver.clone())?
                )
            }
            Value::Builtin(b) => match &b.receiver {
                Some(r) => format!(
                    "<built-in method {} of {} object at {}>",
                    b.name,
                    type_name(r),
                    addr(r)
                ),
                None => format!("<built-in function {}>", b.name),
            },
            Value::Class(c) => {
                if c.kind == TypeKind::User || c.module != "builtins" {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                } else {
                    format!("<class '{}'>", c.name)
                }
            }
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(&inst.class, "__repr__") {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__repr__ returned non-string (type {})",
                            type_name(&other)
                        ))),
                    };
                }
                if inst.exc.is_some() {
                    return self.exception_repr(v);
                }
                self.default_repr(v)?
            }
            Value::Module(m) => match &m.file {
                Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                None => format!("<module '{}' (built-in)>", m.name),
            },
            Value::Iter(_) => format!("<{} object at {}>", type_name(v), addr(v)),
            Value::Generator(g) => format!("<generator object {} at {}>", g.qualname, addr(v)),
            Value::Other(o) => match &**o {
                Other::NotImplemented => "NotImplemented".into(),
                Other::Ellipsis => "Ellipsis".into(),
                Other::DictView { dict, kind } => {
                    let items: Vec<Value> = {
                        let t = dict.table.read();
                        match kind {
                            DictViewKind::Keys => t.keys(),
                            DictViewKind::Values => t.values(),
                            DictViewKind::Items => t
                                .iter()
                                .map(|e| Value::tuple(vec![e.key.clone(), e.value.clone()]))
                                .collect(),
                        }
                    };
                    format!("{}([{}])", type_name(v), self.join_reprs(&items)?)
                }
                Other::Lock(_) | Other::RLock(_) => {
                    crate::modules::thread::lock_repr(self, v).unwrap_or_default()
                }
                Other::Slice { start, stop, step } => format!(
                    "slice({}, {}, {})",
                    self.repr(start)?,
                    self.repr(stop)?,
                    self.repr(step)?
                ),
                Other::Property { .. } => format!("<property object at {}>", addr(v)),
                Other::StaticMethod(f) => format!("<staticmethod({})>", self.repr(&f.clone())?),
                Other::ClassMethod(f) => format!("<classmethod({})>", self.repr(&f.clone())?),
                Other::Super { class, .. } => {
                    format!("<super: <class '{}'>, <{} object>>", class.name, class.name)
                }
                Other::File(f) => {
                    let st = f.lock();
                    format!(
                        "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                        st.name, st.mode
                    )
                }
                Other::StdStream(s) => match s {
                    crate::object::other::StdStream::Stdout => {
                        "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
                    }
                    crate::object::other::StdStream::Stderr => {
                        "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into()
                    }
                    crate::object::other::StdStream::Stdin => {
                        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>".into()
                    }
                },
                Other::Code(c) => format!(
                    "<code object {} at {}, file \"{}\", line {}>",
                    c.name,
                    addr(v),
                    c.filename,
                    c.first_line
                ),
                Other::Cell(_) => format!("<cell at {}>", addr(v)),
            },
        })
    }

    pub fn default_repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Instance(inst) => {
                let module = &inst.class.module;
                let name = if module == "builtins" {
                    inst.class.qualname.clone()
                } else {
                    format!("{module}.{}", inst.class.qualname)
                };
                Ok(format!("<{name} object at {}>", addr(v)))
            }
            _ => Ok(format!("<{} object at {}>", type_name(v), addr(v))),
        }
    }

    /// Guard against infinite recursion when a container contains itself.
    fn guarded(
        &mut self,
        v: &Value,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = v.heap_ptr().unwrap_or(0);
        if self.repr_guard.contains(&id) {
            return Ok(placeholder.to_string());
        }
        self.check_recursion()?;
        self.repr_guard.push(id);
        self.native_depth += 1;
        let r = f(self);
        self.native_depth -= 1;
        self.repr_guard.pop();
        r
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr(item)?);
        }
        Ok(out)
    }

    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        if let Value::Instance(inst) = v {
            if inst.payload.is_some() && self.user_dunder(&inst.class, "__str__").is_none() {
                let p = inst.payload.clone().unwrap_or(Value::None);
                // Only str has a __str__ of its own; the other builtin types inherit
                // object.__str__, which calls the (possibly user-defined) __repr__.
                if !matches!(p, Value::Str(_))
                    && self.user_dunder(&inst.class, "__repr__").is_some()
                {
                    return self.repr(v);
                }
                return self.str(&p);
            }
        }
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(inst) => {
                if let Some(m) = self.user_dunder(&inst.class, "__str__") {
                    let r = self.call(&m, std::slice::from_ref(v))?;
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => Err(PyErr::type_error(format!(
                            "__str__ returned non-string (type {})",
                            type_name(&other)
                        ))),
                    };
                }
                if inst.exc.is_some() {
                    return self.exception_str(v);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value_spec(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if let Some(p) = self.plain_payload(v, "__format__") {
            // The builtin __format__ with an empty spec is str(v), which may call a
            // user-defined __str__ or __repr__.
            if spec.is_empty() {
                return self.str(v);
            }
            return self.format_value_spec(&p, spec);
        }
        if let Value::Instance(inst) = v {
            if let Some(m) = self.user_dunder(&inst.class, "__format__") {
                let r = self.call(&m, &[v.clone(), Value::str(spec)])?;
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(PyErr::type_error(format!(
                        "__format__ must return a str, not {}",
                        type_name(&other)
                    ))),
                };
            }
            if spec.is_empty() {
                return self.str(v);
            }
            return Err(PyErr::type_error(format!(
                "unsupported format string passed to {}.__format__",
                inst.class.name
            )));
        }
        match crate::format::spec::format_with_spec(v, spec)? {
            Some(s) => Ok(s),
            None => {
                if spec.is_empty() {
                    self.str(v)
                } else {
                    Err(PyErr::type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        type_name(v)
                    )))
                }
            }
        }
    }

    /// An f-string replacement field: conversion (1 str, 2 repr, 3 ascii), then the spec.
    pub fn format_value(
        &mut self,
        v: &Value,
        conversion: u32,
        spec: Option<&Value>,
    ) -> PyResult<String> {
        let converted;
        let v = match conversion {
            1 => {
                converted = Value::string(self.str(v)?);
                &converted
            }
            2 => {
                converted = Value::string(self.repr(v)?);
                &converted
            }
            3 => {
                converted = Value::string(ascii_escape(&self.repr(v)?));
                &converted
            }
            _ => v,
        };
        let spec = spec.and_then(|s| s.as_str()).unwrap_or("");
        if spec.is_empty()
            && let Value::Str(s) = v
        {
            return Ok(s.as_str().to_string());
        }
        self.format_value_spec(v, spec)
    }
}

pub use crate::format::ascii_escape;

impl FormatHost for Vm {
    fn str(&mut self, v: &Value) -> PyResult<String> {
        Vm::str(self, v)
    }
    fn repr(&mut self, v: &Value) -> PyResult<String> {
        Vm::repr(self, v)
    }
    fn getattr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        Vm::getattr(self, v, name)
    }
    fn getitem(&mut self, v: &Value, key: &Value) -> PyResult<Value> {
        Vm::getitem(self, v, key)
    }
    fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        self.format_value_spec(v, spec)
    }
    fn to_int(&mut self, v: &Value) -> PyResult<Value> {
        crate::builtins::types::to_int(self, v)
    }
    fn to_float(&mut self, v: &Value) -> PyResult<f64> {
        crate::builtins::types::to_float(self, v)
    }
    fn type_name(&mut self, v: &Value) -> String {
        type_name(v)
    }
    fn is_mapping(&mut self, v: &Value) -> bool {
        match v {
            Value::Dict(_) | Value::List(_) | Value::Range(_) => true,
            Value::Instance(inst) => self.user_dunder(&inst.class, "__getitem__").is_some(),
            _ => false,
        }
    }
}
