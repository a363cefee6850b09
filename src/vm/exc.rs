//! Exceptions: creating and matching them, unwinding the frame stack to a handler, and
//! printing tracebacks the way CPython does.

use std::sync::Arc;

use crate::object::class::{ExcState, Instance, TracebackEntry, TypeKind};
use crate::object::dict::Dict;
use crate::value::Value;

use super::Vm;
use super::error::{ExcType, PyErr, PyResult};
use super::frame::{Block, BlockKind};

impl Vm {
    pub fn new_exception(&mut self, kind: ExcType, args: Vec<Value>) -> Value {
        let class = self.interp.exc_class(kind).clone();
        Value::Instance(Arc::new(Instance {
            class,
            dict: Arc::new(Dict::new()),
            payload: None,
            exc: Some(Box::new(ExcState {
                args: parking_lot::Mutex::new(args),
                ..Default::default()
            })),
        }))
    }

    /// Turn an error into the exception object Python code sees.
    pub fn materialize(&mut self, err: PyErr) -> Value {
        match err {
            PyErr::Obj(v) => v,
            PyErr::New(b) => {
                let (kind, args) = *b;
                self.new_exception(kind, args)
            }
        }
    }

    /// Does the error's class derive from `kind`?
    pub fn error_is(&self, err: &PyErr, kind: ExcType) -> bool {
        match err {
            PyErr::New(b) => {
                let mut k = Some(b.0);
                while let Some(c) = k {
                    if c == kind {
                        return true;
                    }
                    k = c.base();
                }
                false
            }
            PyErr::Obj(Value::Instance(inst)) => {
                inst.class.is_subclass_of(self.interp.exc_class(kind))
            }
            PyErr::Obj(_) => false,
        }
    }

    pub fn exception_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Tuple(t) => {
                for c in t.items.iter() {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Class(c) if c.is_exception_class() => Ok(match exc {
                Value::Instance(inst) => inst.class.is_subclass_of(c),
                _ => false,
            }),
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `raise X`: X may be an exception class (instantiated with no arguments) or instance.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Class(c) if c.is_exception_class() => {
                self.instantiate(&c.clone(), Default::default(), &[])
            }
            Value::Instance(inst) if inst.exc.is_some() => Ok(v),
            _ => Err(PyErr::type_error(
                "exceptions must derive from BaseException",
            )),
        }
    }

    /// The exception being handled (innermost except/finally block of any frame).
    pub fn current_handled_exception(&self) -> Option<Value> {
        self.frames
            .iter()
            .rev()
            .find_map(|f| f.exc_stack.last().cloned())
    }

    pub fn exc_state<'a>(&self, exc: &'a Value) -> Option<&'a ExcState> {
        match exc {
            Value::Instance(inst) => inst.exc_state(),
            _ => None,
        }
    }

    pub fn set_cause(&mut self, exc: &Value, cause: Value) {
        if let Some(st) = self.exc_state(exc) {
            *st.cause.lock() = Some(cause);
            *st.suppress_context.lock() = true;
        }
    }

    pub fn set_suggestion(&mut self, exc: &Value, s: String) {
        if let Some(st) = self.exc_state(exc) {
            *st.suggestion.lock() = Some(s);
        }
    }

    pub fn exception_args(&self, exc: &Value) -> Vec<Value> {
        self.exc_state(exc)
            .map(|st| st.args.lock().clone())
            .unwrap_or_default()
    }

    pub fn set_exception_args(&mut self, exc: &Value, args: Vec<Value>) {
        if let Some(st) = self.exc_state(exc) {
            *st.args.lock() = args;
        }
    }

    fn push_traceback(&mut self, exc: &Value) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let entry = TracebackEntry {
            filename: frame.code().filename.clone(),
            func_name: Arc::from(frame.code().name.as_str()),
            line: frame.current_line(),
        };
        if let Some(st) = self.exc_state(exc) {
            st.traceback.lock().push(entry);
        }
    }

    /// Find a handler for `err`, starting at the top frame and popping frames down to
    /// `base`. `Ok(())` means a handler was found and the loop can resume.
    pub fn unwind(&mut self, err: PyErr, base: usize) -> PyResult<()> {
        let exc = self.materialize(err);
        let reraise = std::mem::take(&mut self.reraising);
        if !reraise {
            if let Some(current) = self.current_handled_exception()
                && !current.is(&exc)
                && let Some(st) = self.exc_state(&exc)
            {
                let mut ctx = st.context.lock();
                if ctx.is_none() {
                    *ctx = Some(current);
                }
            }
            self.push_traceback(&exc);
        }
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(PyErr::Obj(exc));
            };
            while let Some(block) = frame.blocks.pop() {
                match block.kind {
                    BlockKind::Handler => {
                        frame.exc_stack.pop();
                    }
                    BlockKind::Except | BlockKind::With => {
                        let keep = frame.nlocals() + block.depth as usize;
                        frame.stack.truncate(keep);
                        frame.blocks.push(Block {
                            kind: BlockKind::Handler,
                            handler: 0,
                            depth: block.depth,
                        });
                        frame.exc_stack.push(exc.clone());
                        frame.push(exc);
                        frame.ip = block.handler as usize;
                        return Ok(());
                    }
                }
            }
            let done = self.frames.len() - 1 <= base;
            if let Some(f) = self.frames.pop() {
                self.recycle_stack(f.stack);
            }
            if done {
                return Err(PyErr::Obj(exc));
            }
            self.push_traceback(&exc);
        }
    }

    /// `str(exc)` for exception instances.
    pub fn exception_str(&mut self, exc: &Value) -> PyResult<String> {
        let args = self.exception_args(exc);
        let kind = match exc {
            Value::Instance(inst) => inst.class.mro().find_map(|c| match c.kind {
                TypeKind::Exception(k) => Some(k),
                _ => None,
            }),
            _ => None,
        };
        if kind.is_some_and(|k| k == ExcType::KeyError) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        if kind.is_some_and(is_os_error)
            && args.len() >= 2
            && let Value::Int(errno) = &args[0]
        {
            let msg = self.str(&args[1])?;
            return Ok(match args.get(2) {
                Some(f) => format!("[Errno {errno}] {msg}: {}", self.repr(f)?),
                None => format!("[Errno {errno}] {msg}"),
            });
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    pub fn exception_repr(&mut self, exc: &Value) -> PyResult<String> {
        let name = match exc {
            Value::Instance(inst) => inst.class.name.clone(),
            _ => "Exception".into(),
        };
        let args = self.exception_args(exc);
        if args.len() == 1 {
            return Ok(format!("{name}({})", self.repr(&args[0])?));
        }
        let inner = self.repr(&Value::tuple(args))?;
        let inner = inner
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim_end_matches(',');
        Ok(format!("{name}({inner})"))
    }

    /// The full traceback text for an uncaught exception, with chained causes.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        self.format_exception_chain(exc, &mut out, 0);
        out
    }

    fn format_exception_chain(&mut self, exc: &Value, out: &mut String, depth: usize) {
        if depth < 32
            && let Some(st) = self.exc_state(exc)
        {
            let cause = st.cause.lock().clone();
            let context = st.context.lock().clone();
            let suppress = *st.suppress_context.lock();
            if let Some(c) = cause {
                self.format_exception_chain(&c, out, depth + 1);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let (Some(c), false) = (context, suppress) {
                self.format_exception_chain(&c, out, depth + 1);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let entries: Vec<TracebackEntry> = self
            .exc_state(exc)
            .map(|st| st.traceback.lock().clone())
            .unwrap_or_default();
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            // As CPython: after three identical consecutive entries, summarise the rest.
            let mut previous: Option<(&str, u32, &str)> = None;
            let mut repeats = 0usize;
            let flush = |out: &mut String, repeats: usize| {
                if repeats > 3 {
                    let more = repeats - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {more} more time{}]\n",
                        if more == 1 { "" } else { "s" }
                    ));
                }
            };
            for e in entries.iter().rev() {
                let key = (&*e.filename, e.line, &*e.func_name);
                if previous == Some(key) {
                    repeats += 1;
                    if repeats > 3 {
                        continue;
                    }
                } else {
                    flush(out, repeats);
                    previous = Some(key);
                    repeats = 1;
                }
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    e.filename, e.line, e.func_name
                ));
                if let Some(line) = self.source_line(&e.filename, e.line) {
                    let trimmed = line.trim();
                    if !trimmed.is_empty() {
                        out.push_str(&format!("    {trimmed}\n"));
                    }
                }
            }
            flush(out, repeats);
        }
        out.push_str(&self.exception_last_line(exc));
        out.push('\n');
    }

    /// `KeyError: 'b'` — the last line of a traceback.
    pub fn exception_last_line(&mut self, exc: &Value) -> String {
        let (name, module) = match exc {
            Value::Instance(inst) => (inst.class.qualname.clone(), inst.class.module.clone()),
            _ => ("Exception".to_string(), "builtins".to_string()),
        };
        let full = if module == "builtins" || module == "__main__" {
            name
        } else {
            format!("{module}.{name}")
        };
        let msg = match self.str(exc) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut line = if msg.is_empty() {
            full
        } else {
            format!("{full}: {msg}")
        };
        if let Some(s) = self
            .exc_state(exc)
            .and_then(|st| st.suggestion.lock().clone())
        {
            line.push_str(&format!(". Did you mean: '{s}'?"));
        }
        line
    }

    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let sources = self.interp.sources.lock();
        let src = sources.get(filename)?;
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }
}

fn is_os_error(k: ExcType) -> bool {
    let mut c = Some(k);
    while let Some(x) = c {
        if x == ExcType::OSError {
            return true;
        }
        c = x.base();
    }
    false
}

/// CPython's suggestion algorithm (Python/suggestions.c): the candidate with the smallest
/// Levenshtein distance (moves cost 2, case changes 1) within a length-scaled limit.
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    const MOVE_COST: usize = 2;
    const MAX_CANDIDATES: usize = 750;
    const MAX_STRING_SIZE: usize = 40;
    if candidates.len() > MAX_CANDIDATES || name.len() > MAX_STRING_SIZE {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_distance = usize::MAX;
    for c in candidates {
        if c == name || c.len() > MAX_STRING_SIZE {
            continue;
        }
        let max_distance =
            ((name.len() + c.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), c.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(c);
            best_distance = d;
        }
    }
    best.cloned()
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        1
    } else {
        2
    }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    // Strip the common prefix and suffix, as CPython does.
    let mut a = a;
    let mut b = b;
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * 2;
    }
    if a.len().abs_diff(b.len()) * 2 > max_cost {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * 2).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * 2;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = buffer[ai];
            let insert_delete = result.min(distance) + 2;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn suggestions_match_cpython() {
        let c = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            suggest("valuez", &c(&["values", "print"])),
            Some("values".into())
        );
        assert_eq!(suggest("lenn", &c(&["len", "print"])), Some("len".into()));
        assert_eq!(suggest("zzzz", &c(&["len", "print"])), None);
    }
}
