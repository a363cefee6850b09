//! `import`: built-in modules, and sibling `.py` files compiled and run on first import.

use std::sync::Arc;

use crate::bytecode::Code;
use crate::object::dict::Dict;
use crate::object::module::{Globals, Module};
use crate::value::Value;

use super::Vm;
use super::error::{ExcType, PyErr, PyResult};
use super::frame::Frame;

impl Vm {
    /// `import a.b.c` evaluates to the top-level package `a` (after importing all parts).
    pub fn import_module_value(&mut self, name: &str) -> PyResult<Value> {
        let name = name.trim_start_matches('.');
        let parts: Vec<&str> = name.split('.').collect();
        let top = self.import_one(parts[0])?;
        let mut parent = top.clone();
        for i in 1..parts.len() {
            let full = parts[..=i].join(".");
            let m = match self.getattr(&parent, parts[i]) {
                Ok(v @ Value::Module(_)) => v,
                _ => {
                    let m = self.import_one(&full)?;
                    self.setattr(&parent, parts[i], m.clone())?;
                    m
                }
            };
            parent = m;
        }
        Ok(top)
    }

    fn import_one(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.interp.modules.lock().get(name) {
            return Ok(m.clone());
        }
        if let Some(m) = crate::modules::builtin_module(self, name) {
            let m = m?;
            self.interp
                .modules
                .lock()
                .insert(name.to_string(), m.clone());
            return Ok(m);
        }
        let (source, display, file) = match crate::modules::python_module_source(name) {
            // Standard modules written in Python are compiled from the binary itself.
            Some(src) => (src.to_string(), format!("<gilsim {name}>"), None),
            None => {
                let rel = name.replace('.', "/");
                let dir = self.interp.main_dir.clone();
                let candidates = [
                    dir.join(format!("{rel}.py")),
                    dir.join(&rel).join("__init__.py"),
                ];
                let Some(path) = candidates.iter().find(|p| p.is_file()) else {
                    let err = self.new_exception(
                        ExcType::ModuleNotFoundError,
                        vec![Value::string(format!("No module named '{name}'"))],
                    );
                    return Err(PyErr::Obj(err));
                };
                let display = path.to_string_lossy().to_string();
                let source = std::fs::read_to_string(path).map_err(|e| {
                    PyErr::new(ExcType::ImportError, format!("cannot read {display}: {e}"))
                })?;
                (source, display.clone(), Some(display))
            }
        };
        let globals = Arc::new(Globals::new());
        globals.set("__name__", Value::str(name));
        if let Some(f) = &file {
            globals.set("__file__", Value::str(f));
        }
        let code = self.compile_source(&source, &display, &globals)?;
        let module = Value::Module(Arc::new(Module {
            name: name.to_string(),
            file,
            globals: globals.clone(),
        }));
        self.interp
            .modules
            .lock()
            .insert(name.to_string(), module.clone());
        if let Err(e) = self.run_module_code(code, globals) {
            self.interp.modules.lock().remove(name);
            return Err(e);
        }
        Ok(module)
    }

    /// Compile source, turning a syntax error into a Python SyntaxError exception.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        globals: &Globals,
    ) -> PyResult<Arc<Code>> {
        self.interp
            .sources
            .lock()
            .insert(filename.to_string(), Arc::from(source));
        let result = crate::parser::parse_module(source)
            .and_then(|m| crate::compiler::compile_module(&m, source, filename, globals));
        result.map_err(|e| {
            let kind = match e.type_name() {
                "IndentationError" => ExcType::IndentationError,
                "TabError" => ExcType::TabError,
                _ => ExcType::SyntaxError,
            };
            let (line, _) = e.line_and_col(source);
            let exc = self.new_exception(kind, vec![Value::string(e.msg.clone())]);
            if let Some(st) = self.exc_state(&exc) {
                st.traceback
                    .lock()
                    .push(crate::object::class::TracebackEntry {
                        filename: Arc::from(filename),
                        func_name: Arc::from("<module>"),
                        line: line as u32,
                    });
            }
            let _ = self.setattr(&exc, "msg", Value::string(e.msg.clone()));
            let _ = self.setattr(&exc, "lineno", Value::Int(line as i64));
            let _ = self.setattr(&exc, "filename", Value::str(filename));
            PyErr::Obj(exc)
        })
    }

    /// Run a module's top-level code in its globals.
    pub fn run_module_code(&mut self, code: Arc<Code>, globals: Arc<Globals>) -> PyResult<Value> {
        self.check_recursion()?;
        let mut stack = self.take_stack(16);
        stack.resize(code.nlocals(), Value::Unbound);
        let Value::Function(func) =
            self.make_function(code, globals, Value::None, Value::None, Value::None)
        else {
            return Err(PyErr::new(ExcType::SystemError, "module function"));
        };
        self.frames.push(Frame::new(func, stack));
        self.run_nested()
    }

    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        let key = name.as_str().unwrap_or("");
        match self.getattr_value(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.error_is(&e, ExcType::AttributeError) => {
                if let Value::Module(m) = module {
                    let sub = format!("{}.{key}", m.name);
                    if let Ok(v) = self.import_one(&sub) {
                        return Ok(v);
                    }
                    let location = m.file.clone().unwrap_or_else(|| "unknown location".into());
                    return Err(PyErr::new(
                        ExcType::ImportError,
                        format!("cannot import name '{key}' from '{}' ({location})", m.name),
                    ));
                }
                Err(e)
            }
            Err(e) => Err(e),
        }
    }

    /// `from m import *` into the current namespace.
    pub fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let Value::Module(m) = module else {
            return Ok(());
        };
        let all = m.globals.get("__all__");
        let names: Vec<(String, Value)> = match all {
            Some(list) => {
                let mut v = Vec::new();
                for n in self.collect_iterable(&list)? {
                    let s = n.as_str().unwrap_or("").to_string();
                    let val = self.getattr(module, &s)?;
                    v.push((s, val));
                }
                v
            }
            None => m
                .globals
                .items()
                .into_iter()
                .filter(|(n, _)| !n.starts_with('_'))
                .map(|(n, v)| (n.to_string(), v))
                .collect(),
        };
        let Some(frame) = self.frames.last() else {
            return Ok(());
        };
        let (ns, globals) = (frame.namespace.clone(), frame.globals().clone());
        for (n, v) in names {
            match &ns {
                Some(d) => self.dict_set(d, Value::string(n), v)?,
                None => globals.set(&n, v),
            }
        }
        Ok(())
    }

    /// A dict snapshot of a module's globals (`globals()`, `module.__dict__`).
    pub fn globals_dict(&mut self, globals: &Globals) -> Value {
        let d = Arc::new(Dict::new());
        for (k, v) in globals.items() {
            let _ = self.dict_set(&d, Value::str(&k), v);
        }
        Value::Dict(d)
    }
}
