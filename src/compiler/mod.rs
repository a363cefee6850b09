//! The compiler: AST -> bytecode, one `Code` object per function, class body, lambda,
//! comprehension and module.
//!
//! Scope analysis (`symtable`) runs first, so every name load/store is emitted in its final
//! form: fast local slot, closure cell, module global slot, or class namespace name.
//! Control flow through `finally`/`with`/handlers is compiled the way CPython does it: the
//! cleanup code is emitted inline on every exit path (`unwind_fblocks`).

mod expr;
mod stmt;
pub mod symtable;

use std::collections::HashMap;
use std::sync::Arc;

use crate::ast::{Module, Span};
use crate::bytecode::{Code, Op, flags};
use crate::object::module::Globals;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use crate::value::Value;
use symtable::{NameScope, ScopeKind, SymbolTable};

pub type CompileResult<T> = Result<T, SyntaxError>;

impl<'a> Compiler<'a> {
    /// A compiler positioned in a fresh module-level code unit.
    fn for_module(
        table: &'a symtable::SymbolTable,
        globals: &'a Globals,
        source: &str,
        filename: &str,
        lazy_annotations: bool,
    ) -> Compiler<'a> {
        let mut c = Compiler {
            table,
            globals,
            filename: Arc::from(filename),
            line_starts: line_starts(source),
            units: Vec::new(),
            frozenset_consts: Vec::new(),
            lazy_annotations,
        };
        c.push_unit(0, "<module>".into(), "<module>".into(), 1);
        c.unit().flags |= flags::MODULE;
        c
    }
}

/// Compile a parsed module whose globals live in `globals`.
pub fn compile_module(
    module: &Module,
    source: &str,
    filename: &str,
    globals: &Globals,
) -> CompileResult<Arc<Code>> {
    let table = symtable::build(module).map_err(|(msg, span)| syntax_error(msg, span))?;
    let lazy_annotations = module.body.iter().any(|s| {
        matches!(&s.kind, crate::ast::StmtKind::ImportFrom { module, names, .. } if module == "__future__" && names.iter().any(|a| a.name == "annotations"))
    });
    let mut c = Compiler::for_module(&table, globals, source, filename, lazy_annotations);
    let mut body = &module.body[..];
    if let Some(doc) = docstring(body) {
        // As CPython: a module docstring is stored as `__doc__` before anything runs.
        c.set_line(body[0].span);
        c.emit_const(Value::str(doc));
        c.name_op("__doc__", NameAction::Store);
        body = &body[1..];
    }
    c.stmts(body)?;
    c.emit_const(Value::None);
    c.emit(Op::Return);
    Ok(c.pop_unit())
}

/// Compile the source of `eval()`: a single expression whose value the code returns.
pub fn compile_eval(
    module: &Module,
    source: &str,
    filename: &str,
    globals: &Globals,
) -> CompileResult<Arc<Code>> {
    let expr = match module.body.as_slice() {
        [
            crate::ast::Stmt {
                kind: crate::ast::StmtKind::Expr(e),
                ..
            },
        ] => e,
        [first, ..] => return Err(syntax_error("invalid syntax".into(), first.span)),
        [] => return Err(syntax_error("invalid syntax".into(), Span::default())),
    };
    let table = symtable::build(module).map_err(|(msg, span)| syntax_error(msg, span))?;
    let mut c = Compiler::for_module(&table, globals, source, filename, false);
    c.expr(expr)?;
    c.emit(Op::Return);
    Ok(c.pop_unit())
}

/// The docstring of a body: its first statement, if that is a plain string literal.
pub(crate) fn docstring(body: &[crate::ast::Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        crate::ast::StmtKind::Expr(crate::ast::Expr {
            kind: crate::ast::ExprKind::Constant(crate::ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

pub(crate) fn syntax_error(msg: String, span: Span) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Syntax,
        msg,
        offset: span.start as usize,
        end_offset: Some(span.end as usize),
    }
}

fn line_starts(source: &str) -> Vec<u32> {
    let mut v = vec![0u32];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            v.push(i as u32 + 1);
        }
    }
    v
}

/// What an exit from the middle of a block (break/continue/return) must clean up.
#[derive(Clone)]
enum FBlock<'a> {
    /// A while loop: continue jumps to `start`; breaks are patched to the loop end.
    While { start: u32, breaks: Vec<usize> },
    /// A for loop: the iterator sits on the stack.
    For { start: u32, breaks: Vec<usize> },
    /// Inside `try:` with handlers: a SetupExcept block is active.
    TryExcept,
    /// Inside `try:` of a try/finally: run the finally body on the way out.
    TryFinally(&'a [crate::ast::Stmt]),
    /// Inside an except handler body: the handled exception must be popped.
    Handler,
    /// Inside the exception path of a finally body: the exception is on the stack too.
    FinallyHandler,
    /// Inside a with body: the exit method sits on the stack.
    With,
}

struct Unit<'a> {
    scope: usize,
    name: String,
    qualname: String,
    first_line: u32,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Value>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    argcount: usize,
    posonlyargcount: usize,
    kwonlyargcount: usize,
    flags: u32,
    docstring: Option<Value>,
    /// The class name private names (`__x`) are mangled with, inherited by nested scopes.
    private: Option<String>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    global_names: Vec<(u32, String)>,
}

pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    globals: &'a Globals,
    filename: Arc<str>,
    line_starts: Vec<u32>,
    units: Vec<Unit<'a>>,
    /// Frozenset constants built so far, so equal set displays share one table layout.
    frozenset_consts: Vec<crate::object::set::SetTable>,
    /// `from __future__ import annotations`: annotations are not evaluated.
    lazy_annotations: bool,
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("compiler unit")
    }

    fn scope(&self) -> &'a symtable::Scope {
        let id = self.units.last().map_or(0, |u| u.scope);
        &self.table.scopes[id]
    }

    fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn set_line(&mut self, span: Span) {
        let line = self.line_of(span.start);
        self.unit().line = line;
    }

    fn push_unit(&mut self, scope: usize, name: String, qualname: String, first_line: u32) {
        let s = &self.table.scopes[scope];
        let varnames = if s.kind == ScopeKind::Function {
            s.locals.clone()
        } else {
            Vec::new()
        };
        let cellvars = s.cells.clone();
        let freevars = s.frees.clone();
        let mut flags = 0;
        if s.is_generator {
            flags |= flags::GENERATOR;
        }
        if s.kind == ScopeKind::Class {
            flags |= flags::CLASS_BODY;
        }
        // A class body mangles with its own name; other scopes inherit the enclosing one's.
        let private = if s.kind == ScopeKind::Class {
            Some(name.clone())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        self.units.push(Unit {
            scope,
            name,
            qualname,
            first_line,
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            docstring: None,
            private,
            fblocks: Vec::new(),
            line: first_line,
            global_names: Vec::new(),
        });
    }

    fn pop_unit(&mut self) -> Arc<Code> {
        let mut u = self.units.pop().expect("compiler unit");
        fuse_superinstructions(&mut u.ops);
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                let params = u.argcount
                    + u.kwonlyargcount
                    + usize::from(u.flags & flags::VARARGS != 0)
                    + usize::from(u.flags & flags::VARKEYWORDS != 0);
                u.varnames
                    .iter()
                    .take(params)
                    .position(|v| v == name)
                    .map(|slot| (ci, slot))
            })
            .collect();
        Arc::new(Code {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            ops: u.ops,
            lines: u.lines,
            consts: u.consts,
            attr_hints: crate::bytecode::AttrHints::new(u.names.len()),
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_params,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            docstring: u.docstring,
            global_names: u.global_names,
        })
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.lines.push(u.line);
        u.ops.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().ops.len() as u32
    }

    /// Point the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        let u = self.unit();
        u.ops[at] = u.ops[at].with_target(target);
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    /// The index of `name` in the names table, mangled as CPython's `ADDOP_NAME` does.
    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        let mangled = mangle(u.private.as_deref(), name);
        let name: &str = &mangled;
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        // Interned per module, so attribute keys stored by one method and looked up by
        // another are the same string object (pointer-equal in dict probes).
        let interned = self.globals.intern(name);
        let u = self.unit();
        u.names.push(interned);
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// `name` mangled for the current unit.
    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        mangle(self.units.last().and_then(|u| u.private.as_deref()), name)
    }

    fn global_slot(&mut self, name: &str) -> u32 {
        let slot = self.globals.slot_for(name) as u32;
        let u = self.unit();
        if !u.global_names.iter().any(|(s, _)| *s == slot) {
            u.global_names.push((slot, name.to_string()));
        }
        slot
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.units.last()?;
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (u.cellvars.len() + i) as u32)
    }

    fn local_slot(&self, name: &str) -> Option<u32> {
        self.units
            .last()?
            .varnames
            .iter()
            .position(|v| v == name)
            .map(|i| i as u32)
    }

    fn in_function(&self) -> bool {
        self.scope().kind == ScopeKind::Function
    }

    /// Emit a load, store or delete of `name` according to its resolved scope.
    fn name_op(&mut self, name: &str, action: NameAction) {
        let mangled = self.mangle(name);
        let name: &str = &mangled;
        let scope = self.scope();
        let mut kind = scope.lookup(name);
        if scope.kind == ScopeKind::Class && name == "__class__" && action == NameAction::Load {
            kind = NameScope::ClassDeref;
        }
        let op = match kind {
            NameScope::Local => match self.local_slot(name) {
                Some(slot) => match action {
                    NameAction::Load => Op::LoadFast(slot),
                    NameAction::Store => Op::StoreFast(slot),
                    NameAction::Delete => Op::DeleteFast(slot),
                },
                None => self.global_op(name, action),
            },
            NameScope::Cell | NameScope::Free => match self.cell_index(name) {
                Some(i) => match action {
                    NameAction::Load => Op::LoadDeref(i),
                    NameAction::Store => Op::StoreDeref(i),
                    NameAction::Delete => Op::DeleteDeref(i),
                },
                None => self.global_op(name, action),
            },
            NameScope::Global => {
                if scope.kind == ScopeKind::Class && !scope.global_decl.contains(name) {
                    let i = self.name_idx(name);
                    match action {
                        NameAction::Load => Op::LoadName(i),
                        NameAction::Store => Op::StoreName(i),
                        NameAction::Delete => Op::DeleteName(i),
                    }
                } else {
                    self.global_op(name, action)
                }
            }
            NameScope::Name => {
                let i = self.name_idx(name);
                match action {
                    NameAction::Load => Op::LoadName(i),
                    NameAction::Store => Op::StoreName(i),
                    NameAction::Delete => Op::DeleteName(i),
                }
            }
            NameScope::ClassDeref => match (action, self.cell_index(name)) {
                (NameAction::Load, Some(i)) => Op::LoadClassDeref(i),
                _ => {
                    let i = self.name_idx(name);
                    match action {
                        NameAction::Load => Op::LoadName(i),
                        NameAction::Store => Op::StoreName(i),
                        NameAction::Delete => Op::DeleteName(i),
                    }
                }
            },
        };
        self.emit(op);
    }

    /// CPython's `forbidden_name`: `__debug__` cannot be bound or deleted.
    fn forbid_debug(&self, name: &str, span: Span, action: NameAction) -> CompileResult<()> {
        if name != "__debug__" {
            return Ok(());
        }
        match action {
            NameAction::Load => Ok(()),
            NameAction::Store => Err(syntax_error("cannot assign to __debug__".into(), span)),
            NameAction::Delete => Err(syntax_error("cannot delete __debug__".into(), span)),
        }
    }

    /// A store of `name` reported at `span` if it is forbidden.
    fn store_name_at(&mut self, name: &str, span: Span) -> CompileResult<()> {
        self.forbid_debug(name, span, NameAction::Store)?;
        self.name_op(name, NameAction::Store);
        Ok(())
    }

    /// CPython's `compiler_check_debug_args`, reported at the `def` or `lambda`.
    fn check_debug_params(&self, params: &crate::ast::Params, span: Span) -> CompileResult<()> {
        let all = params
            .args
            .iter()
            .chain(params.vararg.iter())
            .chain(params.kwonly.iter())
            .chain(params.kwarg.iter());
        for p in all {
            self.forbid_debug(&p.name, span, NameAction::Store)?;
        }
        Ok(())
    }

    /// CPython's `validate_keywords` for a call or class definition at `span`.
    fn validate_keywords(&self, keywords: &[crate::ast::Keyword], span: Span) -> CompileResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.name else { continue };
            self.forbid_debug(name, span, NameAction::Store)?;
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|o| o.name.as_ref() == Some(name))
            {
                return Err(syntax_error(
                    format!("keyword argument repeated: {name}"),
                    other.span,
                ));
            }
        }
        Ok(())
    }

    fn global_op(&mut self, name: &str, action: NameAction) -> Op {
        let slot = self.global_slot(name);
        match action {
            NameAction::Load => Op::LoadGlobal(slot),
            NameAction::Store => Op::StoreGlobal(slot),
            NameAction::Delete => Op::DeleteGlobal(slot),
        }
    }

    /// Push the closure cells an inner scope needs, as a tuple; returns whether any.
    fn emit_closure(&mut self, inner_scope: usize) -> bool {
        let frees = &self.table.scopes[inner_scope].frees;
        if frees.is_empty() {
            return false;
        }
        for name in frees {
            let i = self.cell_index(name).unwrap_or(0);
            self.emit(Op::LoadClosure(i));
        }
        self.emit(Op::BuildTuple(frees.len() as u32));
        true
    }
}

/// CPython's `_Py_Mangle`: inside class `private`, `__name` becomes `_private__name`
/// (leading underscores of the class name stripped), except dunder names, dotted names, or
/// when the class name is all underscores.
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> std::borrow::Cow<'n, str> {
    use std::borrow::Cow;
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// Peephole pass: superinstructions for common sequences (`LoadFast; LoadAttr` becomes
/// `LoadFastAttr; LoadAttr`, and so on). The original following instructions stay, so jump
/// targets and line numbers are unchanged, and each fused op can fall back to doing only
/// its first instruction (`Op::unfused`). Every position is fused from the original
/// sequence, so a jump into the middle of a fused group still runs correct code.
fn fuse_superinstructions(ops: &mut [Op]) {
    let orig = ops.to_vec();
    let small = |x: u32| u16::try_from(x).ok();
    // From the end, so a pair is not fused when its second instruction starts a
    // superinstruction of its own (which running the pair would skip).
    for i in (0..orig.len()).rev() {
        let first = orig[i];
        let second = orig.get(i + 1).copied();
        let third = orig.get(i + 2).copied();
        let next_fused = ops.get(i + 1).is_some_and(|&f| Some(f) != second);
        ops[i] = match (first, second, third) {
            (Op::LoadFast(l), Some(Op::LoadConst(k)), Some(Op::BinarySubscr)) => {
                Op::LoadFastSubscrConst(l, k)
            }
            (Op::LoadFast(a), Some(Op::LoadFast(b)), Some(Op::Binary(op) | Op::Inplace(op))) => {
                match (small(a), small(b)) {
                    (Some(a), Some(b)) => Op::FastFastBinary(a, b, op),
                    _ => Op::LoadFastLoadFast(a, b),
                }
            }
            (Op::LoadFast(a), Some(Op::LoadConst(k)), Some(Op::Binary(op) | Op::Inplace(op))) => {
                match (small(a), small(k)) {
                    (Some(a), Some(k)) => Op::FastConstBinary(a, k, op),
                    _ => Op::LoadFastLoadConst(a, k),
                }
            }
            (Op::LoadFast(l), Some(Op::LoadAttr(n)), _) => Op::LoadFastAttr(l, n),
            (Op::LoadFast(l), Some(Op::StoreAttr(n)), _) => Op::StoreFastAttr(l, n),
            (Op::LoadFast(a), Some(Op::LoadFast(b)), _) if !next_fused => {
                Op::LoadFastLoadFast(a, b)
            }
            (Op::LoadFast(a), Some(Op::LoadConst(k)), _) => Op::LoadFastLoadConst(a, k),
            (Op::Compare(c), Some(Op::PopJumpIfFalse(t)), _) => Op::CompareJumpIfFalse(c, t),
            (Op::Binary(b), Some(Op::StoreFast(x)), _) => Op::BinaryStoreFast(b, x),
            (Op::Inplace(b), Some(Op::StoreFast(x)), _) => Op::InplaceStoreFast(b, x),
            (op, _, _) => op,
        };
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameAction {
    Load,
    Store,
    Delete,
}
