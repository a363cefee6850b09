//! Text formatting shared by `repr(float)`, `format()`, f-strings, `str.format` and `%`.
//!
//! - [`float_repr`]: `repr(float)` and the fixed/exponent/general float layouts.
//! - [`spec`]: the format-spec mini-language for bool/int/float/str.
//! - [`percent`]: printf-style `str % args`.
//! - [`strformat`]: `str.format` / `str.format_map`.
//!
//! Everything that needs Python-level behaviour of arbitrary objects (their `str`, `repr`,
//! `__format__`, attributes, items, `__int__`/`__float__`) goes through [`FormatHost`],
//! which the VM implements.

pub mod float_repr;
pub mod percent;
pub mod spec;
pub mod strformat;

pub use float_repr::{
    FloatFlags, double_to_string, float_repr, format_float_exp, format_float_fixed,
    format_float_general,
};
pub use percent::percent_format;
pub use spec::{
    FormatSpec, IntRef, format_float_spec, format_i64_spec, format_int_ref, format_int_spec,
    format_str_spec, format_with_spec, int_to_prefixed, int_to_string_radix, parse_spec,
    parse_spec_typed,
};
pub use strformat::{str_format, str_format_map};

use crate::value::Value;
use crate::vm::error::PyResult;

/// What the formatters need from the VM.
pub trait FormatHost {
    /// `str(v)`.
    fn str(&mut self, v: &Value) -> PyResult<String>;
    /// `repr(v)`.
    fn repr(&mut self, v: &Value) -> PyResult<String>;
    /// `ascii(v)`: `repr(v)` with non-ASCII characters escaped.
    fn ascii(&mut self, v: &Value) -> PyResult<String> {
        Ok(ascii_escape(&self.repr(v)?))
    }
    /// `getattr(v, name)`.
    fn getattr(&mut self, v: &Value, name: &str) -> PyResult<Value>;
    /// `v[key]`.
    fn getitem(&mut self, v: &Value, key: &Value) -> PyResult<Value>;
    /// `format(v, spec)`: builtins via [`format_with_spec`], instances via `__format__`.
    fn format(&mut self, v: &Value, spec: &str) -> PyResult<String>;
    /// `int(v)` for `%d` on non-int objects (calls `__int__`/`__index__`), and `%c`/`%x`.
    /// A TypeError from here is reported as "%d format: a real number is required, ...".
    fn to_int(&mut self, v: &Value) -> PyResult<Value>;
    /// `float(v)` for `%f` on non-float objects (calls `__float__`/`__index__`).
    fn to_float(&mut self, v: &Value) -> PyResult<f64>;
    /// `type(v).__name__`, for error messages. The default knows the built-in types only.
    fn type_name(&mut self, v: &Value) -> String {
        builtin_type_name(v).to_string()
    }
    /// Whether `str % v` treats `v` as a mapping (`%(key)s`): CPython's `PyMapping_Check`,
    /// true for anything with `__getitem__` except tuple and str.
    fn is_mapping(&mut self, v: &Value) -> bool {
        matches!(v, Value::Dict(_) | Value::List(_) | Value::Range(_))
    }
}

/// The type name of a value whose type is built in ("object" for instances and other rare
/// objects, which the VM should name itself).
pub fn builtin_type_name(v: &Value) -> &'static str {
    match v {
        Value::None => "NoneType",
        Value::Bool(_) => "bool",
        Value::Int(_) | Value::BigInt(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "str",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Dict(_) => "dict",
        Value::Set(_) => "set",
        Value::FrozenSet(_) => "frozenset",
        Value::Range(_) => "range",
        Value::Function(_) => "function",
        Value::BoundMethod(_) => "method",
        Value::Builtin(_) => "builtin_function_or_method",
        Value::Class(_) => "type",
        Value::Module(_) => "module",
        Value::Iter(_) => "iterator",
        Value::Generator(_) => "generator",
        Value::Instance(_) | Value::Other(_) | Value::Unbound => "object",
    }
}

/// Escape non-ASCII characters the way `ascii()` does: `\xhh`, `\uhhhh`, `\Uhhhhhhhh`.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// A minimal host for unit tests: built-in values only.
#[cfg(test)]
pub(crate) mod testhost {
    use super::FormatHost;
    use crate::object::dict::Dict;
    use crate::value::Value;
    use crate::vm::error::{ExcType, PyErr, PyResult};

    pub struct MockHost;

    pub fn dict(pairs: Vec<(Value, Value)>) -> Value {
        let d = Dict::new();
        {
            let mut t = d.table.write();
            for (i, (k, v)) in pairs.into_iter().enumerate() {
                t.insert_new(i as u64, k, v);
            }
        }
        Value::Dict(std::sync::Arc::new(d))
    }

    fn same_key(a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
            (Value::Int(x), Value::Int(y)) => x == y,
            _ => false,
        }
    }

    /// The error as `(kind, message)` for assertions.
    pub fn err_of(e: PyErr) -> (ExcType, String) {
        match e {
            PyErr::New(b) => {
                let msg = match b.1.first() {
                    Some(Value::Str(s)) if b.0 != ExcType::KeyError => s.as_str().to_string(),
                    Some(v) => MockHost.repr(v).unwrap_or_default(),
                    None => String::new(),
                };
                (b.0, msg)
            }
            PyErr::Obj(_) => (ExcType::Exception, "<object>".to_string()),
        }
    }

    pub fn show(r: PyResult<String>) -> String {
        match r {
            Ok(s) => s,
            Err(e) => {
                let (k, m) = err_of(e);
                format!("!{}: {m}", k.name())
            }
        }
    }

    impl FormatHost for MockHost {
        fn str(&mut self, v: &Value) -> PyResult<String> {
            match v {
                Value::Str(s) => Ok(s.as_str().to_string()),
                _ => self.repr(v),
            }
        }
        fn repr(&mut self, v: &Value) -> PyResult<String> {
            Ok(match v {
                Value::None => "None".into(),
                Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
                Value::Int(i) => i.to_string(),
                Value::BigInt(b) => b.to_string(),
                Value::Float(x) => super::float_repr(*x),
                Value::Str(s) => format!("'{}'", s.as_str()),
                Value::Tuple(t) => {
                    let items: Vec<String> = t
                        .items
                        .iter()
                        .map(|x| self.repr(x))
                        .collect::<PyResult<_>>()?;
                    if items.len() == 1 {
                        format!("({},)", items[0])
                    } else {
                        format!("({})", items.join(", "))
                    }
                }
                Value::List(l) => {
                    let items: Vec<String> = l
                        .snapshot()
                        .iter()
                        .map(|x| self.repr(x))
                        .collect::<PyResult<_>>()?;
                    format!("[{}]", items.join(", "))
                }
                Value::Dict(d) => {
                    let entries: Vec<(Value, Value)> = d
                        .table
                        .read()
                        .iter()
                        .map(|e| (e.key.clone(), e.value.clone()))
                        .collect();
                    let mut items = Vec::new();
                    for (k, v) in &entries {
                        items.push(format!("{}: {}", self.repr(k)?, self.repr(v)?));
                    }
                    format!("{{{}}}", items.join(", "))
                }
                _ => "<object>".into(),
            })
        }
        fn getattr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
            match (v, name) {
                (Value::Int(_), "real") => Ok(v.clone()),
                (Value::Int(_), "imag") => Ok(Value::Int(0)),
                _ => Err(PyErr::attribute_error(format!("no attribute '{name}'"))),
            }
        }
        fn getitem(&mut self, v: &Value, key: &Value) -> PyResult<Value> {
            match (v, key) {
                (Value::Tuple(t), Value::Int(i)) => t
                    .items
                    .get(*i as usize)
                    .cloned()
                    .ok_or_else(|| PyErr::index_error("tuple index out of range")),
                (Value::List(l), Value::Int(i)) => l
                    .snapshot()
                    .get(*i as usize)
                    .cloned()
                    .ok_or_else(|| PyErr::index_error("list index out of range")),
                (Value::Dict(d), _) => d
                    .table
                    .read()
                    .iter()
                    .find(|e| same_key(&e.key, key))
                    .map(|e| e.value.clone())
                    .ok_or_else(|| PyErr::key_error(key.clone())),
                _ => Err(PyErr::type_error("object is not subscriptable")),
            }
        }
        fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
            match super::format_with_spec(v, spec)? {
                Some(s) => Ok(s),
                None if spec.is_empty() => self.str(v),
                None => Err(PyErr::type_error("unsupported format string")),
            }
        }
        fn to_int(&mut self, _v: &Value) -> PyResult<Value> {
            Err(PyErr::type_error("mock: no __int__"))
        }
        fn to_float(&mut self, _v: &Value) -> PyResult<f64> {
            Err(PyErr::type_error("mock: no __float__"))
        }
    }
}
