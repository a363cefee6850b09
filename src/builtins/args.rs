//! Argument checking helpers for native functions and methods, producing CPython 3.11's
//! error messages.
//!
//! CPython has several families of messages, depending on how a builtin parses its
//! arguments:
//! - `METH_NOARGS` / `METH_O`: "str.upper() takes no arguments (1 given)",
//!   "list.append() takes exactly one argument (0 given)" ([`check_count`], with the
//!   qualified name);
//! - `PyArg_ParseTuple` and keyword-capable Argument Clinic functions: "split() takes at most
//!   2 arguments (3 given)", "find() takes at least 1 argument (0 given)" ([`check_count`]);
//! - positional-only Argument Clinic functions: "center expected at least 1 argument, got 0",
//!   "insert expected 2 arguments, got 1" ([`check_clinic`]).

use crate::object::func::Kwargs;
use crate::value::Value;
use crate::vm::error::{ExcType, PyErr, PyResult};

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Check that `min <= args.len() <= max` (`args` without the receiver), with the
/// `"name() takes ..."` family of messages. `name` is written as CPython shows it
/// (`"str.upper"`, `"split"`).
pub fn check_count(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if max == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max {
        format!(
            "{name}() takes exactly {min} argument{} ({n} given)",
            plural(min)
        )
    } else if n < min {
        format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            plural(min)
        )
    } else {
        format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            plural(max)
        )
    };
    Err(PyErr::type_error(msg))
}

/// Check the count with the positional-only Argument Clinic messages
/// (`"center expected at least 1 argument, got 0"`). `name` has no parentheses.
pub fn check_clinic(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        format!("{name} expected {min} argument{}, got {n}", plural(min))
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )
    };
    Err(PyErr::type_error(msg))
}

/// `"expected 1 argument, got 0"`-style message without a function name.
pub fn expected_count(args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "expected {n} argument{}, got {}",
        plural(n),
        args.len()
    )))
}

/// The value of keyword argument `name`, if given.
pub fn kwarg<'a>(kw: Kwargs<'a>, name: &str) -> Option<&'a Value> {
    kw.iter()
        .find(|(k, _)| k.as_str() == Some(name))
        .map(|(_, v)| v)
}

/// `"str.upper() takes no keyword arguments"`.
pub fn reject_kwargs(name: &str, kw: Kwargs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "{name}() takes no keyword arguments"
        )))
    }
}

/// Check keyword names against `allowed` (as Argument Clinic does):
/// `"'foo' is an invalid keyword argument for split()"`, and too many keywords:
/// `"split() takes at most 2 keyword arguments (3 given)"`.
pub fn check_kwargs(fname: &str, kw: Kwargs, allowed: &[&str]) -> PyResult<()> {
    if kw.len() > allowed.len() {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {} keyword argument{} ({} given)",
            allowed.len(),
            plural(allowed.len()),
            kw.len()
        )));
    }
    for (k, _) in kw {
        let name = k.as_str().unwrap_or("");
        if !allowed.contains(&name) {
            return Err(PyErr::type_error(format!(
                "'{name}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// Bind positional and keyword arguments to the parameters `names` (all optional),
/// Argument Clinic style. `args` excludes the receiver. Returns one slot per name.
pub fn bind_optional<'a>(
    fname: &str,
    args: &'a [Value],
    kw: Kwargs<'a>,
    names: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let total = args.len() + kw.len();
    if total > names.len() {
        return Err(PyErr::type_error(format!(
            "{fname}() takes at most {} {}argument{} ({total} given)",
            names.len(),
            if args.is_empty() { "keyword " } else { "" },
            plural(names.len())
        )));
    }
    check_kwargs(fname, kw, names)?;
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a);
    }
    for (k, v) in kw {
        let name = k.as_str().unwrap_or("");
        let i = names.iter().position(|n| *n == name).unwrap_or(0);
        if out[i].is_some() {
            return Err(PyErr::type_error(format!(
                "argument for {fname}() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    Ok(out)
}

/// An int argument (`int`, `bool`; `__index__` objects are the VM's business):
/// `"'str' object cannot be interpreted as an integer"`. Big ints raise OverflowError
/// like CPython's `Py_ssize_t` conversion.
pub fn arg_int(v: &Value, _what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(PyErr::new(
            ExcType::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::vm::types::type_name(v)
        ))),
    }
}

/// A str argument. `what` is the message prefix used when the value is not a str, e.g.
/// `"replace() argument 1"` gives `"replace() argument 1 must be str, not int"`; an empty
/// `what` gives `"must be str, not int"`.
pub fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(s.as_str()),
        _ => Err(PyErr::type_error(if what.is_empty() {
            format!("must be str, not {}", crate::vm::types::type_name(v))
        } else {
            format!("{what} must be str, not {}", crate::vm::types::type_name(v))
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err<T>(r: PyResult<T>) -> PyErr {
        match r {
            Ok(_) => panic!("expected an error"),
            Err(e) => e,
        }
    }

    fn msg(e: PyErr) -> String {
        match e {
            PyErr::New(b) => b.1[0].as_str().unwrap_or("").to_string(),
            PyErr::Obj(_) => String::new(),
        }
    }

    #[test]
    fn count_messages() {
        let one = [Value::Int(1)];
        let three = [Value::Int(1), Value::Int(2), Value::Int(3)];
        assert_eq!(
            msg(err(check_count("str.upper", &one, 0, 0))),
            "str.upper() takes no arguments (1 given)"
        );
        assert_eq!(
            msg(err(check_count("list.append", &[], 1, 1))),
            "list.append() takes exactly one argument (0 given)"
        );
        assert_eq!(
            msg(err(check_count("split", &three, 0, 2))),
            "split() takes at most 2 arguments (3 given)"
        );
        assert_eq!(
            msg(err(check_count("find", &[], 1, 3))),
            "find() takes at least 1 argument (0 given)"
        );
        assert_eq!(
            msg(err(check_clinic("center", &[], 1, 2))),
            "center expected at least 1 argument, got 0"
        );
        assert_eq!(
            msg(err(check_clinic("insert", &one, 2, 2))),
            "insert expected 2 arguments, got 1"
        );
        assert_eq!(
            msg(err(check_clinic("pop", &three, 0, 1))),
            "pop expected at most 1 argument, got 3"
        );
        assert_eq!(
            msg(err(expected_count(&[], 1))),
            "expected 1 argument, got 0"
        );
        assert!(check_count("x", &one, 0, 1).is_ok());
    }

    #[test]
    fn kw_binding() {
        let kw = [(Value::str("maxsplit"), Value::Int(1))];
        let args = [Value::None];
        let Ok(b) = bind_optional("split", &args, &kw, &["sep", "maxsplit"]) else {
            panic!("bind failed")
        };
        assert!(b[0].is_some() && matches!(b[1], Some(Value::Int(1))));
        let kw2 = [(Value::str("sep"), Value::None)];
        assert_eq!(
            msg(err(bind_optional(
                "split",
                &args,
                &kw2,
                &["sep", "maxsplit"]
            ))),
            "argument for split() given by name ('sep') and position (1)"
        );
        let kw3 = [(Value::str("foo"), Value::None)];
        assert_eq!(
            msg(err(bind_optional("split", &[], &kw3, &["sep", "maxsplit"]))),
            "'foo' is an invalid keyword argument for split()"
        );
        assert_eq!(
            msg(err(reject_kwargs("str.title", &kw3))),
            "str.title() takes no keyword arguments"
        );
        assert!(kwarg(&kw, "maxsplit").is_some());
        assert!(kwarg(&kw, "sep").is_none());
    }
}
