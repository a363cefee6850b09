//! The `os` module (process info, environment, a few file-system calls) and `os.path`
//! with CPython's `posixpath` semantics.

use std::sync::Arc;

use super::{Params, arg_str, bind, new_module, one_arg, os_error};
use crate::native_fns;
use crate::object::dict::Dict;
use crate::object::func::Kwargs;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::{PyErr, PyResult};
use crate::vm::types::type_name;

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let environ = Arc::new(Dict::new());
    for (k, v) in std::env::vars_os() {
        let k = k.to_string_lossy().into_owned();
        let v = v.to_string_lossy().into_owned();
        vm.dict_set(&environ, Value::string(k), Value::string(v))?;
    }
    let mut items: Vec<(&str, Value)> = vec![
        ("name", Value::str("posix")),
        ("sep", Value::str("/")),
        ("altsep", Value::None),
        ("extsep", Value::str(".")),
        ("pathsep", Value::str(":")),
        ("linesep", Value::str("\n")),
        ("curdir", Value::str(".")),
        ("pardir", Value::str("..")),
        ("devnull", Value::str("/dev/null")),
        ("environ", Value::Dict(environ)),
        ("path", make_path_module(vm)?),
    ];
    items.extend(native_fns![
        "getpid" => os_getpid,
        "getppid" => os_getppid,
        "cpu_count" => os_cpu_count,
        "getcwd" => os_getcwd,
        "chdir" => os_chdir,
        "getenv" => os_getenv,
        "listdir" => os_listdir,
        "remove" => os_remove,
        "unlink" => os_unlink,
        "mkdir" => os_mkdir,
        "makedirs" => os_makedirs,
        "rmdir" => os_rmdir,
        "rename" => os_rename,
        "replace" => os_replace,
        "_exit" => os_exit,
    ]);
    Ok(new_module("os", items))
}

pub fn make_path_module(_vm: &mut Vm) -> PyResult<Value> {
    let mut items: Vec<(&str, Value)> = vec![
        ("sep", Value::str("/")),
        ("altsep", Value::None),
        ("extsep", Value::str(".")),
        ("pathsep", Value::str(":")),
        ("curdir", Value::str(".")),
        ("pardir", Value::str("..")),
        ("devnull", Value::str("/dev/null")),
    ];
    items.extend(native_fns![
        "join" => path_join,
        "exists" => path_exists,
        "isfile" => path_isfile,
        "isdir" => path_isdir,
        "islink" => path_islink,
        "isabs" => path_isabs,
        "basename" => path_basename,
        "dirname" => path_dirname,
        "abspath" => path_abspath,
        "normpath" => path_normpath,
        "realpath" => path_realpath,
        "relpath" => path_relpath,
        "split" => path_split,
        "splitext" => path_splitext,
        "getsize" => path_getsize,
        "getmtime" => path_getmtime,
        "expanduser" => path_expanduser,
    ]);
    Ok(new_module("posixpath", items))
}

// ------------------------------------------------------------------ posixpath (pure)

/// `posixpath.join`: an absolute component discards everything before it.
pub fn join<S: AsRef<str>>(a: &str, rest: &[S]) -> String {
    let mut path = a.to_string();
    for b in rest {
        let b = b.as_ref();
        if b.starts_with('/') {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    path
}

/// `posixpath.split`: `(head, tail)`, trailing slashes stripped from head unless it is
/// all slashes.
pub fn split(p: &str) -> (String, String) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.bytes().any(|b| b != b'/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

pub fn basename(p: &str) -> String {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    p[i..].to_string()
}

pub fn dirname(p: &str) -> String {
    split(p).0
}

/// `posixpath.splitext`: leading dots of the last component don't start an extension.
pub fn splitext(p: &str) -> (String, String) {
    let sep_index = p.rfind('/').map(|i| i as isize).unwrap_or(-1);
    let dot_index = p.rfind('.').map(|i| i as isize).unwrap_or(-1);
    if dot_index > sep_index {
        let mut filename_index = sep_index + 1;
        while filename_index < dot_index {
            if p.as_bytes()[filename_index as usize] != b'.' {
                let d = dot_index as usize;
                return (p[..d].to_string(), p[d..].to_string());
            }
            filename_index += 1;
        }
    }
    (p.to_string(), String::new())
}

/// `posixpath.normpath`.
pub fn normpath(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let mut initial_slashes = if path.starts_with('/') { 1 } else { 0 };
    if initial_slashes == 1 && path.starts_with("//") && !path.starts_with("///") {
        initial_slashes = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial_slashes == 0 && comps.is_empty()) || comps.last() == Some(&"..")
        {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let mut out = "/".repeat(initial_slashes);
    out.push_str(&comps.join("/"));
    if out.is_empty() { ".".to_string() } else { out }
}

pub fn isabs(p: &str) -> bool {
    p.starts_with('/')
}

fn cwd_string() -> PyResult<String> {
    std::env::current_dir()
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| os_error(&e, None, None))
}

pub fn abspath(p: &str) -> PyResult<String> {
    if isabs(p) {
        return Ok(normpath(p));
    }
    Ok(normpath(&join(&cwd_string()?, &[p])))
}

/// `posixpath.expanduser` for `~` and `~/...` (`~user` is left alone).
pub fn expanduser(p: &str) -> String {
    if !p.starts_with('~') {
        return p.to_string();
    }
    let i = p[1..].find('/').map_or(p.len(), |i| i + 1);
    if i != 1 {
        return p.to_string();
    }
    let Some(home) = std::env::var_os("HOME") else {
        return p.to_string();
    };
    let home = home.to_string_lossy();
    let home = home.trim_end_matches('/');
    let out = format!("{home}{}", &p[i..]);
    if out.is_empty() { "/".to_string() } else { out }
}

pub fn relpath(path: &str, start: &str) -> PyResult<String> {
    if path.is_empty() {
        return Err(PyErr::value_error("no path specified"));
    }
    let start_abs = abspath(start)?;
    let path_abs = abspath(path)?;
    let start_list: Vec<&str> = start_abs.split('/').filter(|x| !x.is_empty()).collect();
    let path_list: Vec<&str> = path_abs.split('/').filter(|x| !x.is_empty()).collect();
    let i = start_list
        .iter()
        .zip(path_list.iter())
        .take_while(|(a, b)| a == b)
        .count();
    let mut rel: Vec<&str> = vec![".."; start_list.len() - i];
    rel.extend_from_slice(&path_list[i..]);
    if rel.is_empty() {
        return Ok(".".to_string());
    }
    Ok(join(rel[0], &rel[1..]))
}

// ------------------------------------------------------------------ argument helpers

/// `os.fspath`-style argument of the `os.path` functions.
fn fspath(v: &Value) -> PyResult<&str> {
    arg_str(v, |t| {
        format!("expected str, bytes or os.PathLike object, not {t}")
    })
}

/// A path argument of an `os` function (`path_converter`).
fn os_path_arg<'a>(func: &str, v: &'a Value) -> PyResult<&'a str> {
    arg_str(v, |t| {
        format!("{func}: path should be string, bytes or os.PathLike, not {t}")
    })
}

fn str_result(s: String) -> PyResult<Value> {
    Ok(Value::string(s))
}

fn pair(a: String, b: String) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::string(a), Value::string(b)]))
}

/// `os.stat(path)` as `genericpath` uses it: str paths, or ints as file descriptors.
fn stat(v: &Value, follow: bool) -> PyResult<std::io::Result<std::fs::Metadata>> {
    let path = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Int(fd) => format!("/proc/self/fd/{fd}"),
        Value::Bool(b) => format!("/proc/self/fd/{}", *b as i64),
        _ => {
            return Err(PyErr::type_error(format!(
                "stat: path should be string, bytes, os.PathLike or integer, not {}",
                type_name(v)
            )));
        }
    };
    if path.contains('\0') {
        return Ok(Err(std::io::Error::from(std::io::ErrorKind::InvalidInput)));
    }
    Ok(if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    })
}

// ------------------------------------------------------------------ os.path functions

fn path_join(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_kwargs("join", kw)?;
    let Some(first) = args.first() else {
        return Err(PyErr::type_error(
            "join() missing 1 required positional argument: 'a'",
        ));
    };
    let a = fspath(first)?;
    let mut rest = Vec::with_capacity(args.len() - 1);
    for v in &args[1..] {
        rest.push(arg_str(v, |t| {
            format!("join() argument must be str, bytes, or os.PathLike object, not '{t}'")
        })?);
    }
    str_result(join(a, &rest))
}

fn path_exists(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_arg("exists", args, kw)?;
    Ok(Value::Bool(stat(p, true)?.is_ok()))
}

fn path_isfile(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_arg("isfile", args, kw)?;
    Ok(Value::Bool(
        stat(p, true)?.map(|m| m.is_file()).unwrap_or(false),
    ))
}

fn path_isdir(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_arg("isdir", args, kw)?;
    Ok(Value::Bool(
        stat(p, true)?.map(|m| m.is_dir()).unwrap_or(false),
    ))
}

fn path_islink(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_arg("islink", args, kw)?;
    Ok(Value::Bool(
        stat(p, false)?
            .map(|m| m.file_type().is_symlink())
            .unwrap_or(false),
    ))
}

fn path_isabs(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("isabs", args, kw)?)?;
    Ok(Value::Bool(isabs(p)))
}

fn path_basename(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("basename", args, kw)?)?;
    str_result(basename(p))
}

fn path_dirname(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("dirname", args, kw)?)?;
    str_result(dirname(p))
}

fn path_abspath(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("abspath", args, kw)?)?;
    str_result(abspath(p)?)
}

fn path_normpath(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("normpath", args, kw)?)?;
    str_result(normpath(p))
}

fn path_realpath(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("realpath", args, kw)?)?;
    let abs = abspath(p)?;
    match std::fs::canonicalize(&abs) {
        Ok(real) => str_result(real.to_string_lossy().into_owned()),
        Err(_) => str_result(abs),
    }
}

fn path_relpath(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "relpath",
        names: &["path", "start"],
        required: 1,
        kwonly: &[],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let path = fspath(b[0].as_ref().unwrap())?;
    let start = match &b[1] {
        Some(v) if !v.is_none() => fspath(v)?,
        _ => ".",
    };
    str_result(relpath(path, start)?)
}

fn path_split(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("split", args, kw)?)?;
    let (a, b) = split(p);
    pair(a, b)
}

fn path_splitext(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("splitext", args, kw)?)?;
    let (a, b) = splitext(p);
    pair(a, b)
}

fn path_expanduser(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = fspath(one_arg("expanduser", args, kw)?)?;
    str_result(expanduser(p))
}

fn path_getsize(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_arg("getsize", args, kw)?;
    let name = p.as_str().map(str::to_string);
    match stat(p, true)? {
        Ok(m) => Ok(Value::Int(m.len() as i64)),
        Err(e) => Err(os_error(&e, name.as_deref(), None)),
    }
}

fn path_getmtime(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = one_arg("getmtime", args, kw)?;
    let name = p.as_str().map(str::to_string);
    let m = stat(p, true)?.map_err(|e| os_error(&e, name.as_deref(), None))?;
    let t = m
        .modified()
        .map_err(|e| os_error(&e, name.as_deref(), None))?;
    let secs = match t.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    };
    Ok(Value::Float(secs))
}

// ------------------------------------------------------------------ os functions

fn os_getpid(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_args("getpid", args, kw)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn os_getppid(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_args("getppid", args, kw)?;
    #[cfg(unix)]
    let ppid = std::os::unix::process::parent_id() as i64;
    #[cfg(not(unix))]
    let ppid = 0;
    Ok(Value::Int(ppid))
}

#[cfg(target_os = "linux")]
fn online_cpus() -> Option<i64> {
    unsafe extern "C" {
        fn sysconf(name: i32) -> std::ffi::c_long;
    }
    const SC_NPROCESSORS_ONLN: i32 = 84;
    // SAFETY: sysconf only reads system configuration.
    let n = unsafe { sysconf(SC_NPROCESSORS_ONLN) } as i64;
    if n >= 1 { Some(n) } else { None }
}

#[cfg(not(target_os = "linux"))]
fn online_cpus() -> Option<i64> {
    None
}

fn os_cpu_count(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_args("cpu_count", args, kw)?;
    let n = online_cpus().or_else(|| {
        std::thread::available_parallelism()
            .ok()
            .map(|n| n.get() as i64)
    });
    Ok(n.map_or(Value::None, Value::Int))
}

fn os_getcwd(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_args("getcwd", args, kw)?;
    str_result(cwd_string()?)
}

fn os_chdir(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = os_path_arg("chdir", one_arg("chdir", args, kw)?)?;
    std::env::set_current_dir(p).map_err(|e| os_error(&e, Some(p), None))?;
    Ok(Value::None)
}

fn os_getenv(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "getenv",
        names: &["key", "default"],
        required: 1,
        kwonly: &[],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let key = arg_str(b[0].as_ref().unwrap(), |t| format!("str expected, not {t}"))?;
    let default = b[1].clone().unwrap_or(Value::None);
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return Ok(default);
    }
    Ok(match std::env::var_os(key) {
        Some(v) => Value::string(v.to_string_lossy().into_owned()),
        None => default,
    })
}

fn os_listdir(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "listdir",
        names: &["path"],
        required: 0,
        kwonly: &[],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let path = match &b[0] {
        None | Some(Value::None) => ".",
        Some(v) => arg_str(v, |t| {
            format!("listdir: path should be string, bytes, os.PathLike, integer or None, not {t}")
        })?,
    };
    let rd = std::fs::read_dir(path).map_err(|e| os_error(&e, Some(path), None))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| os_error(&e, Some(path), None))?;
        names.push(Value::string(
            entry.file_name().to_string_lossy().into_owned(),
        ));
    }
    Ok(Value::list(names))
}

fn remove_file(func: &str, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: func,
        names: &["path"],
        required: 1,
        kwonly: &["dir_fd"],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let path = os_path_arg(func, b[0].as_ref().unwrap())?;
    std::fs::remove_file(path).map_err(|e| os_error(&e, Some(path), None))?;
    Ok(Value::None)
}

fn os_remove(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    remove_file("remove", args, kw)
}

fn os_unlink(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    remove_file("unlink", args, kw)
}

fn mkdir_with_mode(path: &str, mode: u32) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    builder.create(path)
}

fn mode_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<u32> {
    match v {
        None => Ok(0o777),
        Some(v) => Ok(super::arg_i64(vm, v)? as u32),
    }
}

fn os_mkdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "mkdir",
        names: &["path", "mode"],
        required: 1,
        kwonly: &["dir_fd"],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let path = os_path_arg("mkdir", b[0].as_ref().unwrap())?;
    let mode = mode_arg(vm, &b[1])?;
    mkdir_with_mode(path, mode).map_err(|e| os_error(&e, Some(path), None))?;
    Ok(Value::None)
}

/// `os.makedirs`, as `Lib/os.py` writes it.
fn makedirs(name: &str, mode: u32, exist_ok: bool) -> PyResult<()> {
    let (mut head, mut tail) = split(name);
    if tail.is_empty() {
        (head, tail) = split(&head);
    }
    if !head.is_empty() && !tail.is_empty() && std::fs::metadata(&head).is_err() {
        match makedirs(&head, 0o777, exist_ok) {
            Ok(()) => {}
            Err(e) if e.lazy_kind() == Some(crate::vm::error::ExcType::FileExistsError) => {}
            Err(e) => return Err(e),
        }
        if tail == "." {
            return Ok(());
        }
    }
    if let Err(e) = mkdir_with_mode(name, mode)
        && (!exist_ok || !std::fs::metadata(name).map(|m| m.is_dir()).unwrap_or(false))
    {
        return Err(os_error(&e, Some(name), None));
    }
    Ok(())
}

fn os_makedirs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "makedirs",
        names: &["name", "mode", "exist_ok"],
        required: 1,
        kwonly: &[],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let name = fspath(b[0].as_ref().unwrap())?;
    let mode = mode_arg(vm, &b[1])?;
    let exist_ok = match &b[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    makedirs(name, mode, exist_ok)?;
    Ok(Value::None)
}

fn os_rmdir(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "rmdir",
        names: &["path"],
        required: 1,
        kwonly: &["dir_fd"],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let path = os_path_arg("rmdir", b[0].as_ref().unwrap())?;
    std::fs::remove_dir(path).map_err(|e| os_error(&e, Some(path), None))?;
    Ok(Value::None)
}

fn rename(func: &str, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: func,
        names: &["src", "dst"],
        required: 2,
        kwonly: &["src_dir_fd", "dst_dir_fd"],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let src = os_path_arg(func, b[0].as_ref().unwrap())?;
    let dst = os_path_arg(func, b[1].as_ref().unwrap())?;
    std::fs::rename(src, dst).map_err(|e| os_error(&e, Some(src), Some(dst)))?;
    Ok(Value::None)
}

fn os_rename(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    rename("rename", args, kw)
}

fn os_replace(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    rename("replace", args, kw)
}

/// `os._exit(n)`: exit at once, without flushing Python-level buffers (as CPython).
fn os_exit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let p = Params {
        qualname: "_exit",
        names: &["status"],
        required: 1,
        kwonly: &[],
        self_offset: 0,
    };
    let b = bind(&p, args, kw)?;
    let status = super::arg_i64(vm, b[0].as_ref().unwrap())?;
    std::process::exit(status as i32);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_like_posixpath() {
        assert_eq!(join("a", &["b", "c.txt"]), "a/b/c.txt");
        assert_eq!(join("dir/", &["file"]), "dir/file");
        assert_eq!(join("/abs", &["x"]), "/abs/x");
        assert_eq!(join("a", &["/b", "c"]), "/b/c");
        assert_eq!(join("a", &[""]), "a/");
        assert_eq!(join("", &["a"]), "a");
        assert_eq!(join::<&str>("a", &[]), "a");
    }

    #[test]
    fn split_and_friends() {
        assert_eq!(split("/a/b/"), ("/a/b".into(), "".into()));
        assert_eq!(split("//a"), ("//".into(), "a".into()));
        assert_eq!(split("a"), ("".into(), "a".into()));
        assert_eq!(split("a//b"), ("a".into(), "b".into()));
        assert_eq!(dirname("/a/b/"), "/a/b");
        assert_eq!(dirname("//a"), "//");
        assert_eq!(basename("/path/to/file.py"), "file.py");
        assert_eq!(basename("dir/"), "");
    }

    #[test]
    fn splitext_like_posixpath() {
        assert_eq!(splitext("a.b.c"), ("a.b".into(), ".c".into()));
        assert_eq!(splitext(".bashrc"), (".bashrc".into(), "".into()));
        assert_eq!(splitext("a/.b.c"), ("a/.b".into(), ".c".into()));
        assert_eq!(splitext("..."), ("...".into(), "".into()));
        assert_eq!(splitext("a.d/b"), ("a.d/b".into(), "".into()));
        assert_eq!(splitext("x.tar.gz"), ("x.tar".into(), ".gz".into()));
    }

    #[test]
    fn normpath_like_posixpath() {
        assert_eq!(normpath(""), ".");
        assert_eq!(normpath("a/../../b"), "../b");
        assert_eq!(normpath("/a/../../b"), "/b");
        assert_eq!(normpath("//a//b/./c/.."), "//a/b");
        assert_eq!(normpath("///a"), "/a");
        assert_eq!(normpath("a/./"), "a");
        assert_eq!(normpath("/"), "/");
    }
}
