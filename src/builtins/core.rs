//! The builtin functions (`print`, `len`, `sorted`, ...) and the builtins namespace.

use std::collections::HashMap;
use std::sync::Arc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::object::class::{Class, TypeKind};
use crate::object::func::{Builtin, Kwargs, NativeFn};
use crate::object::iter::IterState;
use crate::object::other::{FileState, Other, StdStream};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{ExcType, PyErr, PyResult};
use crate::vm::generator::Resumed;
use crate::vm::iter::new_iter;
use crate::vm::types::{Types, type_name};

use super::args::{check_count, kwarg};

fn builtin(name: &'static str, f: NativeFn) -> Value {
    Value::Builtin(Arc::new(Builtin::new(name, f)))
}

/// The builtins namespace.
pub fn make_builtins(types: &Types) -> HashMap<String, Value> {
    let mut b: HashMap<String, Value> = HashMap::new();
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("reversed", reversed),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("iter", iter),
        ("next", next),
        ("any", any),
        ("all", all),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("callable", callable),
        ("id", id),
        ("hash", hash),
        ("ord", ord),
        ("chr", chr),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("vars", vars),
        ("globals", globals),
        ("locals", locals),
        ("dir", dir),
        ("input", input),
        ("open", open),
        ("format", format),
        ("exit", exit),
        ("eval", eval),
        ("exec", exec),
        ("quit", exit),
    ];
    for (name, f) in fns {
        b.insert(name.to_string(), builtin(name, *f));
    }
    let classes: &[(&str, &Arc<Class>)] = &[
        ("object", &types.object),
        ("type", &types.type_),
        ("int", &types.int),
        ("bool", &types.bool_),
        ("float", &types.float),
        ("str", &types.str_),
        ("list", &types.list),
        ("tuple", &types.tuple),
        ("dict", &types.dict),
        ("set", &types.set),
        ("frozenset", &types.frozenset),
        ("range", &types.range),
        ("property", &types.property),
        ("staticmethod", &types.staticmethod),
        ("classmethod", &types.classmethod),
        ("super", &types.super_),
        ("slice", &types.slice),
    ];
    for (name, c) in classes {
        b.insert(name.to_string(), Value::Class((*c).clone()));
    }
    for (i, kind) in ExcType::ALL.iter().enumerate() {
        b.insert(
            kind.name().to_string(),
            Value::Class(types.exceptions[i].clone()),
        );
    }
    b.insert(
        "EnvironmentError".into(),
        Value::Class(types.exceptions[ExcType::OSError.index()].clone()),
    );
    b.insert(
        "IOError".into(),
        Value::Class(types.exceptions[ExcType::OSError.index()].clone()),
    );
    b.insert(
        "NotImplemented".into(),
        Value::Other(Arc::new(Other::NotImplemented)),
    );
    b.insert("Ellipsis".into(), Value::Other(Arc::new(Other::Ellipsis)));
    b.insert("__name__".into(), Value::str("builtins"));
    b
}

/// Write text where `print(file=...)` points.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    match file {
        Value::None => {
            vm.write_stdout(text);
            Ok(())
        }
        Value::Other(o) => match &**o {
            Other::StdStream(StdStream::Stderr) => {
                vm.interp.write_stderr(text);
                Ok(())
            }
            Other::StdStream(_) => {
                vm.write_stdout(text);
                Ok(())
            }
            Other::File(_) => {
                file_write(vm, &[file.clone(), Value::str(text)], &[])?;
                Ok(())
            }
            _ => Err(PyErr::attribute_error(format!(
                "'{}' object has no attribute 'write'",
                type_name(file)
            ))),
        },
        _ => {
            vm.call_method(file, "write", &[Value::str(text)])?;
            Ok(())
        }
    }
}

fn print(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kw {
        match k.as_str().unwrap_or("") {
            "sep" => {
                if !v.is_none() {
                    sep = v
                        .as_str()
                        .ok_or_else(|| {
                            PyErr::type_error(format!(
                                "sep must be None or a string, not {}",
                                type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    end = v
                        .as_str()
                        .ok_or_else(|| {
                            PyErr::type_error(format!(
                                "end must be None or a string, not {}",
                                type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            other => {
                return Err(PyErr::type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )));
            }
        }
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match a {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => out.push_str(&vm.str(a)?),
        }
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    if flush {
        vm.interp.flush_stdout();
    }
    Ok(Value::None)
}

fn one_arg<'a>(name: &str, args: &'a [Value]) -> PyResult<&'a Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(&args[0])
}

fn len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("len", args)?;
    Ok(Value::Int(vm.len_of(v)? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("repr", args)?;
    Ok(Value::string(vm.repr(v)?))
}

fn ascii(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("ascii", args)?;
    Ok(Value::string(crate::vm::repr::ascii_escape(&vm.repr(v)?)))
}

fn abs(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("abs", args)?;
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.abs())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        Value::Instance(inst) => match vm.user_dunder(&inst.class, "__abs__") {
            Some(m) => vm.call(&m, std::slice::from_ref(v)),
            None => Err(PyErr::type_error(format!(
                "bad operand type for abs(): '{}'",
                inst.class.name
            ))),
        },
        _ => Err(PyErr::type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name(v)
        ))),
    }
}

fn min_max(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    want_less: bool,
) -> PyResult<Value> {
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kw, "default").cloned();
    for (k, _) in kw {
        if !matches!(k.as_str(), Some("key") | Some("default")) {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {name}()",
                k.as_str().unwrap_or("")
            )));
        }
    }
    let items = match args.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        1 => vm.collect_iterable(&args[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (item, k),
            Some((bi, bk)) => {
                // CPython asks `item < best` for min and `item > best` for max.
                let better = if want_less {
                    vm.lt(&k, &bk)?
                } else {
                    vm.gt(&k, &bk)?
                };
                if better { (item, k) } else { (bi, bk) }
            }
        });
    }
    match best {
        Some((v, _)) => Ok(v),
        None => {
            default.ok_or_else(|| PyErr::value_error(format!("{name}() arg is an empty sequence")))
        }
    }
}

fn min(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", true)
}

fn max(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", false)
}

fn sum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_count("sum", args, 1, 2)?;
    let mut acc = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start").cloned())
        .unwrap_or(Value::Int(0));
    if matches!(acc, Value::Str(_)) {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        acc = match crate::vm::numeric::fast_binary(BinOp::Add, &acc, &v) {
            Some(r) => r?,
            None => vm.binary_op(BinOp::Add, &acc, &v)?,
        };
    }
    Ok(acc)
}

fn sorted(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let mut items = vm.collect_iterable(&args[0])?;
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    super::sort::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn reversed(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("reversed", args)?;
    if let Some(p) = vm.plain_payload(v, "__reversed__") {
        return reversed(vm, &[p], &[]);
    }
    match v {
        Value::List(l) => {
            let n = l.len();
            Ok(new_iter(IterState::ListReversed {
                list: l.clone(),
                index: n,
            }))
        }
        Value::Tuple(_) | Value::Str(_) | Value::Range(_) => {
            let mut items = vm.collect_iterable(v)?;
            items.reverse();
            Ok(new_iter(IterState::Vec { items, index: 0 }))
        }
        Value::Other(o) if matches!(&**o, Other::DictView { .. }) => {
            let mut items = vm.collect_iterable(v)?;
            items.reverse();
            Ok(new_iter(IterState::Vec { items, index: 0 }))
        }
        Value::Dict(_) => {
            let mut items = vm.collect_iterable(v)?;
            items.reverse();
            Ok(new_iter(IterState::Vec { items, index: 0 }))
        }
        Value::Instance(inst) => {
            if let Some(m) = vm.user_dunder(&inst.class, "__reversed__") {
                return vm.call(&m, std::slice::from_ref(v));
            }
            if vm.user_dunder(&inst.class, "__len__").is_some()
                && vm.user_dunder(&inst.class, "__getitem__").is_some()
            {
                let n = vm.len_of(v)?;
                let mut items = Vec::with_capacity(n);
                for i in (0..n).rev() {
                    items.push(vm.getitem(v, &Value::Int(i as i64))?);
                }
                return Ok(new_iter(IterState::Vec { items, index: 0 }));
            }
            Err(PyErr::type_error(format!(
                "'{}' object is not reversible",
                inst.class.name
            )))
        }
        _ => Err(PyErr::type_error(format!(
            "'{}' object is not reversible",
            type_name(v)
        ))),
    }
}

fn enumerate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_count("enumerate", args, 1, 2)?;
    let start = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "start").cloned())
        .unwrap_or(Value::Int(0));
    if !matches!(start, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&start)
        )));
    }
    let inner = vm.get_iter(&args[0])?;
    Ok(new_iter(IterState::Enumerate {
        inner,
        count: start,
    }))
}

fn zip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let strict = match kwarg(kw, "strict") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for a in args.iter() {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Zip { iters, strict }))
}

fn map(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map {
        func: args[0].clone(),
        iters,
    }))
}

fn filter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len()
        )));
    }
    let inner = vm.get_iter(&args[1])?;
    Ok(new_iter(IterState::Filter {
        func: args[0].clone(),
        inner,
    }))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("iter", args, 1, 2)?;
    if args.len() == 2 {
        if !vm.callable(&args[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(new_iter(IterState::Callable {
            func: args[0].clone(),
            sentinel: args[1].clone(),
        }));
    }
    vm.get_iter(&args[0])
}

fn next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("next", args, 1, 2)?;
    let it = &args[0];
    let r = match it {
        Value::Generator(g) => match vm.resume_generator(g, Value::None)? {
            Resumed::Yielded(v) => Ok(Some(v)),
            Resumed::Returned(v) => match args.get(1) {
                Some(d) => return Ok(d.clone()),
                None => {
                    return Err(PyErr::with_args(
                        ExcType::StopIteration,
                        if v.is_none() { vec![] } else { vec![v] },
                    ));
                }
            },
        },
        Value::Iter(_) => vm.iter_next(it),
        Value::Instance(inst) => match vm.user_dunder(&inst.class, "__next__") {
            Some(m) => match vm.call(&m, std::slice::from_ref(it)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if args.len() == 2 && vm.error_is(&e, ExcType::StopIteration) => Ok(None),
                Err(e) => return Err(e),
            },
            None => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not an iterator",
                    inst.class.name
                )));
            }
        },
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object is not an iterator",
                type_name(it)
            )));
        }
    };
    match r? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
        },
    }
}

fn any(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let it = vm.get_iter(one_arg("any", args)?)?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let it = vm.get_iter(one_arg("all", args)?)?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn is_instance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => Ok(vm.interp.types.type_of(obj).is_subclass_of(c)),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if is_instance(vm, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "isinstance expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok(Value::Bool(is_instance(vm, &args[0], &args[1])?))
}

fn issubclass(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "issubclass expected 2 arguments, got {}",
            args.len()
        )));
    }
    let Value::Class(c) = &args[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    fn check(c: &Arc<Class>, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Class(b) => Ok(c.is_subclass_of(b)),
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if check(c, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        }
    }
    let _ = vm;
    Ok(Value::Bool(check(c, &args[1])?))
}

fn attr_name<'a>(v: &'a Value, func: &str) -> PyResult<&'a str> {
    let _ = func;
    v.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        ))
    })
}

fn hasattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("hasattr", args, 2, 2)?;
    let name = attr_name(&args[1], "hasattr")?;
    Ok(Value::Bool(vm.hasattr(&args[0], name)?))
}

fn getattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("getattr", args, 2, 3)?;
    let name = attr_name(&args[1], "getattr")?;
    match vm.getattr(&args[0], name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && vm.error_is(&e, ExcType::AttributeError) => {
            Ok(args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("setattr", args, 3, 3)?;
    attr_name(&args[1], "setattr")?;
    vm.setattr_value(&args[0], &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("delattr", args, 2, 2)?;
    attr_name(&args[1], "delattr")?;
    vm.delattr_value(&args[0], &args[1])?;
    Ok(Value::None)
}

fn callable(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("callable", args)?;
    Ok(Value::Bool(vm.callable(v)))
}

fn id(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("id", args)?;
    Ok(Value::Int(match v.heap_ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::None => 0x10_0000,
            Value::Bool(b) => 0x10_0010 + *b as i64,
            Value::Int(i) => 0x20_0000_0000 + (*i).wrapping_mul(32),
            Value::Float(f) => 0x30_0000_0000 + (f.to_bits() >> 12) as i64,
            _ => 0,
        },
    }))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("hash", args)?;
    Ok(Value::Int(vm.hash(v)? as i64))
}

fn ord(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("ord", args)?;
    match v {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        _ => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(v)
        ))),
    }
}

fn chr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = one_arg("chr", args)?;
    let i = match v {
        Value::Float(_) => {
            return Err(PyErr::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        Value::BigInt(_) => {
            return Err(PyErr::overflow("Python int too large to convert to C int"));
        }
        _ => vm.to_index(v)?,
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None if (0..0x110000).contains(&i) => Ok(Value::string('\u{FFFD}'.to_string())),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn radix_string(vm: &mut Vm, v: &Value, radix: u32, prefix: &str) -> PyResult<Value> {
    let b = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        Value::Instance(_) => BigInt::from(vm.to_index(v)?),
        _ => {
            return Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )));
        }
    };
    let digits = b.abs().to_str_radix(radix);
    Ok(Value::string(if b.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }))
}

fn hex(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    radix_string(vm, one_arg("hex", args)?, 16, "0x")
}

fn bin(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    radix_string(vm, one_arg("bin", args)?, 2, "0b")
}

fn oct(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    radix_string(vm, one_arg("oct", args)?, 8, "0o")
}

fn round(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_count("round", args, 1, 2)?;
    if let Some(p) = vm.plain_payload(&args[0], "__round__") {
        let mut a = args.to_vec();
        a[0] = p;
        return round(vm, &a, kw);
    }
    let ndigits = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "ndigits").cloned())
        .unwrap_or(Value::None);
    let x = &args[0];
    match x {
        Value::Float(f) => {
            if ndigits.is_none() {
                if f.is_nan() {
                    return Err(PyErr::value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(PyErr::overflow("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                return Ok(match r.to_i64() {
                    Some(i) if r.abs() < 9.2e18 => Value::Int(i),
                    _ => Value::from_bigint(
                        num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
                    ),
                });
            }
            let n = vm.to_index(&ndigits)?;
            Ok(Value::Float(round_float(*f, n)))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let v = if let Value::Bool(b) = x {
                Value::Int(*b as i64)
            } else {
                x.clone()
            };
            if ndigits.is_none() {
                return Ok(v);
            }
            let n = vm.to_index(&ndigits)?;
            if n >= 0 {
                return Ok(v);
            }
            let b = crate::vm::numeric::to_big(
                &crate::vm::numeric::as_num(&v).unwrap_or(crate::vm::numeric::Num::Int(0)),
            );
            if -n > 4000 {
                return Ok(Value::Int(0));
            }
            let pow = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&b, &pow);
            let twice = &r * 2;
            let q = if twice > pow || (twice == pow && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * pow))
        }
        Value::Instance(inst) => match vm.user_dunder(&inst.class, "__round__") {
            Some(m) => {
                let mut a = vec![x.clone()];
                if !ndigits.is_none() {
                    a.push(ndigits);
                }
                vm.call(&m, &a)
            }
            None => Err(PyErr::type_error(format!(
                "type {} doesn't define __round__ method",
                inst.class.name
            ))),
        },
        _ => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            type_name(x)
        ))),
    }
}

/// round(x, n) for floats: correctly rounded via decimal formatting, as CPython does.
fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if n > 323 {
        return x;
    }
    if n < -308 {
        return 0.0 * x.signum();
    }
    if n >= 0 {
        let s = format!("{:.*}", n as usize, x);
        let r: f64 = s.parse().unwrap_or(x);
        if r == 0.0 { 0.0 * x.signum() } else { r }
    } else {
        let p = 10f64.powi((-n) as i32);
        let y = x / p;
        let r = y.round_ties_even() * p;
        if r.is_finite() { r } else { x }
    }
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("divmod", args, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    if let (Value::Instance(inst), _) = (a, b)
        && let Some(m) = vm.user_dunder(&inst.class, "__divmod__")
    {
        return vm.call(&m, &[a.clone(), b.clone()]);
    }
    if let (Some(x), Some(y)) = (crate::vm::numeric::as_num(a), crate::vm::numeric::as_num(b)) {
        if matches!(x, crate::vm::numeric::Num::Float(_))
            || matches!(y, crate::vm::numeric::Num::Float(_))
        {
            let fx = crate::vm::numeric::num_to_f64(&x)?;
            let fy = crate::vm::numeric::num_to_f64(&y)?;
            if fy == 0.0 {
                return Err(PyErr::zero_division("float divmod()"));
            }
            let (q, r) = crate::vm::numeric::float_divmod(fx, fy);
            return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
        }
        let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
        let r = vm.binary_op(BinOp::Mod, a, b)?;
        return Ok(Value::tuple(vec![q, r]));
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

fn pow(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("pow", args, 2, 3)?;
    if let (3, Value::Instance(inst)) = (args.len(), &args[0])
        && let Some(m) = vm.user_dunder(&inst.class, "__pow__")
    {
        return vm.call(&m, args);
    }
    if args.len() == 3 && !args[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (int_of(&args[0]), int_of(&args[1]), int_of(&args[2]))
        else {
            return Err(PyErr::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        };
        if m.is_zero() {
            return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
        }
        let (base, exp) = if e.is_negative() {
            let inv = mod_inverse(&b, &m).ok_or_else(|| {
                PyErr::value_error("base is not invertible for the given modulus")
            })?;
            (inv, -e)
        } else {
            (b, e)
        };
        let r = base.modpow(&exp, &m.abs());
        let r = if m.is_negative() && !r.is_zero() {
            r + &m
        } else {
            r
        };
        return Ok(Value::from_bigint(r));
    }
    vm.binary_op(BinOp::Pow, &args[0], &args[1])
}

fn int_of(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(a, &m), &m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(num_integer::Integer::mod_floor(&g.x, &m))
}

/// Whether `obj.__dict__` may not be the instance's own dict: a `__dict__` property or
/// a `__getattribute__` (as `threading.local` has) decides what it is.
fn dict_is_redefined(vm: &mut Vm, inst: &crate::object::class::Instance) -> bool {
    inst.class.hooks.getattribute || vm.user_dunder(&inst.class, "__dict__").is_some()
}

fn vars(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("vars", args, 0, 1)?;
    match args.first() {
        None => locals(vm, &[], &[]),
        // `vars(obj)` is `obj.__dict__`, which a class may redefine (a property, or a
        // `__getattribute__`, as `threading.local` does).
        Some(obj @ Value::Instance(inst)) => {
            if dict_is_redefined(vm, inst) {
                vm.getattr(obj, "__dict__")
            } else {
                Ok(Value::Dict(inst.dict.clone()))
            }
        }
        Some(Value::Class(c)) => Ok(Value::Dict(Arc::new(
            crate::object::dict::Dict::from_table(c.dict.table.read().clone()),
        ))),
        Some(Value::Module(m)) => Ok(vm.globals_dict(&m.globals.clone())),
        Some(_) => Err(PyErr::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

fn globals(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(g) = vm.frames.last().map(|f| f.globals().clone()) else {
        return Ok(Value::None);
    };
    Ok(vm.globals_dict(&g))
}

fn locals(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(frame) = vm.frames.last() else {
        return Ok(Value::None);
    };
    if let Some(ns) = &frame.namespace {
        return Ok(Value::Dict(ns.clone()));
    }
    if frame.code().flags & crate::bytecode::flags::MODULE != 0 {
        return globals(vm, &[], &[]);
    }
    let pairs: Vec<(String, Value)> = frame
        .code()
        .varnames
        .iter()
        .zip(frame.stack.iter())
        .filter(|(_, v)| !matches!(v, Value::Unbound))
        .map(|(n, v)| (n.clone(), v.clone()))
        .chain(
            frame
                .code()
                .cellvars
                .iter()
                .chain(frame.code().freevars.iter())
                .zip(frame.cells.iter())
                .map(|(n, c)| (n.clone(), c.get()))
                .filter(|(_, v)| !matches!(v, Value::Unbound)),
        )
        .collect();
    let d = Arc::new(crate::object::dict::Dict::new());
    for (n, v) in pairs {
        vm.dict_set(&d, Value::string(n), v)?;
    }
    Ok(Value::Dict(d))
}

/// What `dir()` adds for instances and classes defined in Python (beyond `object()`'s).
const USER_OBJECT_EXTRA: &[&str] = &["__dict__", "__module__", "__weakref__"];

fn object_attrs() -> impl Iterator<Item = String> {
    super::methods::OBJECT_DIR
        .iter()
        .chain(USER_OBJECT_EXTRA.iter())
        .map(|s| s.to_string())
}

fn dir(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    // A class's own `__dir__` decides, and the result is sorted (as `dir()` does).
    if let Some(obj @ Value::Instance(inst)) = args.first()
        && let Some(hook) = vm.user_dunder(&inst.class, "__dir__")
    {
        let listed = vm.call(&hook, std::slice::from_ref(obj))?;
        let mut items = vm.collect_iterable(&listed)?;
        crate::builtins::sort::sort_values(vm, &mut items, None, false)?;
        return Ok(Value::list(items));
    }
    let mut names: Vec<String> = match args.first() {
        None => {
            let d = locals(vm, &[], &[])?;
            vm.collect_iterable(&d)?
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        }
        Some(obj @ Value::Instance(inst)) => {
            let mut n = vm.instance_attr_names(inst);
            // Through a redefined `__dict__` (a property, `__getattribute__`), the
            // instance's own names are what that `__dict__` holds.
            if dict_is_redefined(vm, inst) {
                let raw: Vec<String> = inst
                    .dict
                    .table
                    .read()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(str::to_string))
                    .collect();
                n.retain(|name| !raw.contains(name));
                let shown = vm.getattr(obj, "__dict__")?;
                if matches!(shown, Value::Dict(_)) {
                    for k in vm.collect_iterable(&shown)? {
                        if let Some(s) = k.as_str() {
                            n.push(s.to_string());
                        }
                    }
                }
            }
            if inst.class.kind == TypeKind::User && inst.class.exc_base.is_none() {
                n.extend(object_attrs());
            }
            n
        }
        Some(Value::Class(c)) => {
            let mut n: Vec<String> = if c.kind == TypeKind::User {
                object_attrs().collect()
            } else {
                Vec::new()
            };
            for k in c.mro() {
                n.extend(
                    k.dict
                        .table
                        .read()
                        .keys()
                        .iter()
                        .filter_map(|v| v.as_str().map(str::to_string)),
                );
            }
            n
        }
        Some(Value::Module(m)) => m
            .globals
            .items()
            .iter()
            .map(|(n, _)| n.to_string())
            .collect(),
        Some(v) => super::methods::method_names(v),
    };
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn input(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let prompt = vm.str(p)?;
        vm.write_stdout(&prompt);
    }
    vm.interp.flush_stdout();
    let mut line = String::new();
    let n = crate::runtime::blocking(vm, crate::runtime::BlockingOp::Input, || {
        std::io::stdin().read_line(&mut line)
    });
    match n {
        Ok(0) => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(PyErr::new(ExcType::OSError, e.to_string())),
    }
}

fn format(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) => s
            .as_str()
            .ok_or_else(|| {
                PyErr::type_error(format!(
                    "format() argument 2 must be str, not {}",
                    type_name(s)
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    Ok(Value::string(vm.format_value_spec(&args[0], &spec)?))
}

/// The globals `eval`/`exec` run in: the given dict is not supported as a namespace, so
/// code runs in the caller's module globals (names of the calling function's locals are
/// not visible, a documented gilsim limitation).
fn eval_source(vm: &mut Vm, args: &[Value], name: &str, expression: bool) -> PyResult<Value> {
    check_count(name, args, 1, 3)?;
    let source = match &args[0] {
        Value::Str(s) => s.as_str().to_string(),
        Value::Other(o) if matches!(&**o, Other::Code(_)) => {
            return Err(PyErr::type_error(format!(
                "{name}() of code objects is not supported by gilsim"
            )));
        }
        other => {
            return Err(PyErr::type_error(format!(
                "{name}() arg 1 must be a string, bytes or code object, not {}",
                type_name(other)
            )));
        }
    };
    if args.len() > 1 && !args[1].is_none() && !matches!(args[1], Value::Dict(_)) {
        return Err(PyErr::type_error(format!(
            "{name}() globals must be a dict, not {}",
            type_name(&args[1])
        )));
    }
    let globals = match vm.frames.last() {
        Some(f) => f.globals().clone(),
        None => return Err(PyErr::runtime_error(format!("{name}(): no frame"))),
    };
    // Names bound in a globals dict argument are visible to the code.
    if let Some(Value::Dict(d)) = args.get(1) {
        let entries: Vec<(Value, Value)> = d
            .table
            .read()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        for (k, v) in entries {
            if let Some(k) = k.as_str()
                && k != "__builtins__"
            {
                globals.set(k, v);
            }
        }
    }
    let source = if expression {
        source.trim_start_matches([' ', '\t']).to_string()
    } else {
        source
    };
    vm.interp
        .sources
        .lock()
        .insert("<string>".into(), Arc::from(source.as_str()));
    let parsed = crate::parser::parse_module(&source).and_then(|m| {
        if expression {
            crate::compiler::compile_eval(&m, &source, "<string>", &globals)
        } else {
            crate::compiler::compile_module(&m, &source, "<string>", &globals)
        }
    });
    let code = match parsed {
        Ok(c) => c,
        Err(e) => {
            let kind = match e.type_name() {
                "IndentationError" => ExcType::IndentationError,
                "TabError" => ExcType::TabError,
                _ => ExcType::SyntaxError,
            };
            let (line, _) = e.line_and_col(&source);
            let exc = vm.new_exception(kind, vec![Value::string(e.msg.clone())]);
            let _ = vm.setattr(&exc, "lineno", Value::Int(line as i64));
            return Err(PyErr::Obj(exc));
        }
    };
    let r = vm.run_module_code(code, globals)?;
    Ok(if expression { r } else { Value::None })
}

fn eval(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    eval_source(vm, args, "eval", true)
}

fn exec(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    eval_source(vm, args, "exec", false)
}

fn exit(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Err(PyErr::with_args(ExcType::SystemExit, args.to_vec()))
}

/// `C.mro()`.
pub fn class_mro(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.mro().map(|k| Value::Class(k.clone())).collect(),
        )),
        _ => Err(PyErr::type_error("mro() needs a class")),
    }
}

/// `C.__subclasses__()`.
pub fn class_subclasses(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            c.subclasses
                .lock()
                .iter()
                .filter_map(|w| w.upgrade())
                .map(Value::Class)
                .collect(),
        )),
        _ => Err(PyErr::type_error("__subclasses__() needs a class")),
    }
}

// ---- generators ----

pub fn generator_method(name: &str) -> Option<(&'static str, NativeFn)> {
    Some(match name {
        "send" => ("send", gen_send),
        "__next__" => ("__next__", gen_next),
        "throw" => ("throw", gen_throw),
        "close" => ("close", gen_close),
        "__iter__" => ("__iter__", gen_iter),
        _ => return None,
    })
}

fn gen_of(args: &[Value]) -> PyResult<Arc<crate::vm::generator::Generator>> {
    match args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(PyErr::type_error(
            "descriptor requires a 'generator' object",
        )),
    }
}

fn resumed_to_result(vm: &mut Vm, r: Resumed) -> PyResult<Value> {
    let _ = vm;
    match r {
        Resumed::Yielded(v) => Ok(v),
        Resumed::Returned(v) => Err(PyErr::with_args(
            ExcType::StopIteration,
            if v.is_none() { vec![] } else { vec![v] },
        )),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = gen_of(args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let r = vm.resume_generator(&g, v)?;
    resumed_to_result(vm, r)
}

fn gen_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = gen_of(args)?;
    let r = vm.resume_generator(&g, Value::None)?;
    resumed_to_result(vm, r)
}

fn gen_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = gen_of(args)?;
    let exc = match (args.get(1), args.get(2)) {
        (Some(Value::Class(c)), Some(v)) if !v.is_none() => {
            if matches!(v, Value::Instance(_)) {
                v.clone()
            } else {
                vm.instantiate(c, smallvec::smallvec![v.clone()], &[])?
            }
        }
        (Some(v), _) => vm.make_raisable(v.clone())?,
        (None, _) => {
            return Err(PyErr::type_error(
                "throw expected at least 1 argument, got 0",
            ));
        }
    };
    let r = vm.throw_generator(&g, PyErr::Obj(exc))?;
    resumed_to_result(vm, r)
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let g = gen_of(args)?;
    vm.close_generator(&g)?;
    Ok(Value::None)
}

// ---- native iterators ----

pub fn iterator_method(name: &str) -> Option<(&'static str, NativeFn)> {
    Some(match name {
        "__next__" => ("__next__", iterator_next),
        "__iter__" => ("__iter__", gen_iter),
        _ => return None,
    })
}

fn iterator_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    match vm.iter_next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
    }
}

/// `d.keys().isdisjoint(iterable)`.
pub fn view_isdisjoint(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("isdisjoint", args, 2, 2)?;
    let mine = vm.collect_iterable(&args[0])?;
    let table = vm.make_set_table(mine)?;
    for item in vm.collect_iterable(&args[1])? {
        if vm.set_table_contains(&table, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

// ---- property ----

pub fn property_method(name: &str) -> Option<(&'static str, NativeFn)> {
    Some(match name {
        "setter" => ("setter", property_setter),
        "getter" => ("getter", property_getter),
        "deleter" => ("deleter", property_deleter),
        _ => return None,
    })
}

fn property_with(args: &[Value], which: usize) -> PyResult<Value> {
    let (Some(Value::Other(o)), Some(f)) = (args.first(), args.get(1)) else {
        return Err(PyErr::type_error("property method expects a function"));
    };
    let Other::Property { fget, fset, fdel } = &**o else {
        return Err(PyErr::type_error("not a property"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    parts[which] = f.clone();
    let [fget, fset, fdel] = parts;
    Ok(Value::Other(Arc::new(Other::Property { fget, fset, fdel })))
}

fn property_getter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(args, 0)
}

fn property_setter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(args, 1)
}

fn property_deleter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    property_with(args, 2)
}

// ---- files ----

fn open(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_count("open", args, 1, 3)?;
    let name = vm.str(&args[0])?;
    let mode = args
        .get(1)
        .cloned()
        .or_else(|| kwarg(kw, "mode").cloned())
        .map(|m| m.as_str().unwrap_or("r").to_string())
        .unwrap_or_else(|| "r".into());
    if mode.contains('b') {
        return Err(PyErr::value_error("gilsim: binary files are not supported"));
    }
    let mut opts = std::fs::OpenOptions::new();
    match mode.trim_end_matches('t') {
        "r" => opts.read(true),
        "w" => opts.write(true).create(true).truncate(true),
        "a" => opts.append(true).create(true),
        "x" => opts.write(true).create_new(true),
        "r+" => opts.read(true).write(true),
        "w+" => opts.read(true).write(true).create(true).truncate(true),
        "a+" => opts.read(true).append(true).create(true),
        _ => return Err(PyErr::value_error(format!("invalid mode: '{mode}'"))),
    };
    let file = opts.open(&name).map_err(|e| os_error(&e, &name))?;
    Ok(Value::Other(Arc::new(Other::File(
        parking_lot::Mutex::new(FileState {
            name,
            mode,
            file: Some(file),
            read_buf: None,
            read_pos: 0,
            closed: false,
        }),
    ))))
}

pub fn os_error(e: &std::io::Error, path: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0) as i64;
    let kind = match e.kind() {
        std::io::ErrorKind::NotFound => ExcType::FileNotFoundError,
        std::io::ErrorKind::PermissionDenied => ExcType::PermissionError,
        std::io::ErrorKind::AlreadyExists => ExcType::FileExistsError,
        _ if errno == 21 => ExcType::IsADirectoryError,
        _ if errno == 20 => ExcType::NotADirectoryError,
        _ => ExcType::OSError,
    };
    let msg = match errno {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        21 => "Is a directory".to_string(),
        20 => "Not a directory".to_string(),
        _ => e.to_string(),
    };
    PyErr::with_args(
        kind,
        vec![Value::Int(errno), Value::string(msg), Value::str(path)],
    )
}

pub fn file_method(name: &str) -> Option<(&'static str, NativeFn)> {
    Some(match name {
        "read" => ("read", file_read),
        "readline" => ("readline", file_readline),
        "readlines" => ("readlines", file_readlines_method),
        "write" => ("write", file_write),
        "writelines" => ("writelines", file_writelines),
        "close" => ("close", file_close),
        "flush" => ("flush", file_flush),
        "__enter__" => ("__enter__", file_enter),
        "__exit__" => ("__exit__", file_exit),
        "__iter__" => ("__iter__", file_enter),
        "__next__" => ("__next__", file_next),
        _ => return None,
    })
}

fn with_file<T>(v: &Value, f: impl FnOnce(&mut FileState) -> PyResult<T>) -> PyResult<T> {
    match v {
        Value::Other(o) => match &**o {
            Other::File(st) => {
                let mut st = st.lock();
                if st.closed {
                    return Err(PyErr::value_error("I/O operation on closed file."));
                }
                f(&mut st)
            }
            _ => Err(PyErr::type_error("not a file")),
        },
        _ => Err(PyErr::type_error("not a file")),
    }
}

fn ensure_read_buf(st: &mut FileState) -> PyResult<()> {
    use std::io::Read;
    if st.read_buf.is_none() {
        if !(st.mode.contains('r') || st.mode.contains('+')) {
            return Err(PyErr::new(ExcType::OSError, "not readable"));
        }
        let mut s = String::new();
        if let Some(f) = st.file.as_mut() {
            f.read_to_string(&mut s)
                .map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))?;
        }
        st.read_buf = Some(s);
        st.read_pos = 0;
    }
    Ok(())
}

fn file_read(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let n = match args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.to_index(v)?,
    };
    with_file(&args[0], |st| {
        ensure_read_buf(st)?;
        let buf = st.read_buf.as_deref().unwrap_or("");
        let rest = &buf[st.read_pos..];
        let take = if n < 0 {
            rest.len()
        } else {
            rest.char_indices()
                .nth(n as usize)
                .map_or(rest.len(), |(i, _)| i)
        };
        let out = rest[..take].to_string();
        st.read_pos += take;
        Ok(Value::string(out))
    })
}

fn next_line(st: &mut FileState) -> PyResult<Option<String>> {
    ensure_read_buf(st)?;
    let buf = st.read_buf.as_deref().unwrap_or("");
    let rest = &buf[st.read_pos..];
    if rest.is_empty() {
        return Ok(None);
    }
    let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
    let line = rest[..end].to_string();
    st.read_pos += end;
    Ok(Some(line))
}

fn file_readline(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_file(&args[0], |st| {
        Ok(Value::string(next_line(st)?.unwrap_or_default()))
    })
}

/// All remaining lines of a file (for iteration and readlines()).
pub fn file_readlines(_vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    if let Value::Other(o) = v
        && let Other::StdStream(_) = &**o
    {
        let mut lines = Vec::new();
        let stdin = std::io::stdin();
        let mut line = String::new();
        while std::io::BufRead::read_line(&mut stdin.lock(), &mut line).unwrap_or(0) > 0 {
            lines.push(Value::string(std::mem::take(&mut line)));
        }
        return Ok(lines);
    }
    with_file(v, |st| {
        let mut out = Vec::new();
        while let Some(l) = next_line(st)? {
            out.push(Value::string(l));
        }
        Ok(out)
    })
}

fn file_readlines_method(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::list(file_readlines(vm, &args[0])?))
}

fn file_next(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    with_file(&args[0], |st| match next_line(st)? {
        Some(l) => Ok(Value::string(l)),
        None => Err(PyErr::with_args(ExcType::StopIteration, vec![])),
    })
}

fn file_write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    use std::io::Write;
    check_count("write", args, 2, 2)?;
    let text = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(PyErr::type_error(format!(
                "write() argument must be str, not {}",
                type_name(other)
            )));
        }
    };
    let _ = vm;
    with_file(&args[0], |st| {
        if st.mode == "r" {
            return Err(PyErr::new(ExcType::OSError, "not writable"));
        }
        if let Some(f) = st.file.as_mut() {
            f.write_all(text.as_bytes())
                .map_err(|e| PyErr::new(ExcType::OSError, e.to_string()))?;
        }
        Ok(Value::Int(text.chars().count() as i64))
    })
}

fn file_writelines(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_count("writelines", args, 2, 2)?;
    for line in vm.collect_iterable(&args[1])? {
        file_write(vm, &[args[0].clone(), line], &[])?;
    }
    Ok(Value::None)
}

fn file_close(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if let Some(Value::Other(o)) = args.first()
        && let Other::File(st) = &**o
    {
        let mut st = st.lock();
        st.file = None;
        st.closed = true;
    }
    Ok(Value::None)
}

fn file_flush(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    use std::io::Write;
    with_file(&args[0], |st| {
        if let Some(f) = st.file.as_mut() {
            let _ = f.flush();
        }
        Ok(Value::None)
    })
}

fn file_enter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn file_exit(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    file_close(vm, &args[..1], &[])?;
    Ok(Value::Bool(false))
}
