//! Statements.

use crate::ast::*;
use crate::bytecode::{Op, flags};
use crate::value::Value;

use super::symtable::node_key;
use super::{CompileResult, Compiler, FBlock, NameAction, syntax_error};

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> CompileResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CompileResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                // Module and class annotations are evaluated, as CPython does.
                if !self.in_function() && !self.lazy_annotations {
                    self.expr(annotation)?;
                    self.emit(Op::Pop);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let jend = self.emit(Op::Jump(0));
                    self.patch(jf);
                    self.stmts(orelse)?;
                    self.patch(jend);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.unit().fblocks.push(FBlock::While {
                    start,
                    breaks: Vec::new(),
                });
                self.stmts(body)?;
                // The back-edge belongs to the `while` line, as in CPython (where a Ctrl-C
                // in the loop is reported).
                self.set_line(s.span);
                self.emit(Op::Jump(start));
                let fb = self.unit().fblocks.pop();
                self.patch(jf);
                self.stmts(orelse)?;
                if let Some(FBlock::While { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch(b);
                    }
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.emit(Op::GetIter);
                let start = self.here();
                let fi = self.emit(Op::ForIter(0));
                self.unit().fblocks.push(FBlock::For {
                    start,
                    breaks: Vec::new(),
                });
                self.store_target(target)?;
                self.stmts(body)?;
                self.set_line(s.span);
                self.emit(Op::Jump(start));
                let fb = self.unit().fblocks.pop();
                self.patch(fi);
                self.stmts(orelse)?;
                if let Some(FBlock::For { breaks, .. }) = fb {
                    for b in breaks {
                        self.patch(b);
                    }
                }
            }
            StmtKind::Break => self.break_continue(s.span, true)?,
            StmtKind::Continue => self.break_continue(s.span, false)?,
            StmtKind::Pass => {}
            StmtKind::Return(value) => {
                if !self.in_function() {
                    return Err(syntax_error("'return' outside function".into(), s.span));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.unwind_fblocks(true, None)?;
                self.emit(Op::Return);
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfTrue(0));
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                self.emit(Op::RaiseAssert(u32::from(msg.is_some())));
                self.patch(j);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule itself.
                            for part in a.name.split('.').skip(1) {
                                let pi = self.name_idx(part);
                                self.emit(Op::LoadAttr(pi));
                            }
                            self.store_name_at(asname, s.span)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.store_name_at(top, s.span)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                star,
                level,
            } => {
                let full = format!("{}{}", ".".repeat(*level as usize), module);
                let i = self.name_idx(&full);
                self.emit(Op::ImportName(i));
                // ImportName of a dotted path yields the top package; walk down to the leaf.
                for part in module.split('.').skip(1) {
                    let pi = self.name_idx(part);
                    self.emit(Op::LoadAttr(pi));
                }
                if *star {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let ni = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom(ni));
                        let bound = a.asname.as_deref().unwrap_or(&a.name);
                        self.store_name_at(bound, s.span)?;
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody)?,
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
            }
            StmtKind::With { items, body } => self.with_stmt(items, body)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
        }
        Ok(())
    }

    fn break_continue(&mut self, span: Span, is_break: bool) -> CompileResult<()> {
        let has_loop = self
            .unit()
            .fblocks
            .iter()
            .any(|b| matches!(b, FBlock::While { .. } | FBlock::For { .. }));
        if !has_loop {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(syntax_error(msg.into(), span));
        }
        let loop_index = self.unwind_fblocks(false, Some(is_break))?;
        let Some(i) = loop_index else { return Ok(()) };
        if is_break {
            if matches!(self.unit().fblocks[i], FBlock::For { .. }) {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            match &mut self.unit().fblocks[i] {
                FBlock::While { breaks, .. } | FBlock::For { breaks, .. } => breaks.push(j),
                _ => {}
            }
        } else {
            let start = match &self.unit().fblocks[i] {
                FBlock::While { start, .. } | FBlock::For { start, .. } => *start,
                _ => 0,
            };
            self.emit(Op::Jump(start));
        }
        Ok(())
    }

    /// Emit the cleanup for leaving blocks: up to the innermost loop (for break/continue,
    /// `loop_exit` is Some) or all of them (for return, with the return value on TOS).
    /// Returns the index of the loop fblock for break/continue.
    fn unwind_fblocks(
        &mut self,
        returning: bool,
        loop_exit: Option<bool>,
    ) -> CompileResult<Option<usize>> {
        let blocks = self.unit().fblocks.clone();
        for i in (0..blocks.len()).rev() {
            match &blocks[i] {
                FBlock::While { .. } | FBlock::For { .. } if loop_exit.is_some() => {
                    return Ok(Some(i));
                }
                FBlock::While { .. } => {}
                FBlock::For { .. } => {
                    // Drop the iterator under the return value.
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                }
                FBlock::TryExcept => {
                    self.emit(Op::PopBlock);
                }
                FBlock::TryFinally(body) => {
                    self.emit(Op::PopBlock);
                    // The finally body runs with the blocks outside it.
                    let saved = std::mem::replace(&mut self.unit().fblocks, blocks[..i].to_vec());
                    self.stmts(body)?;
                    self.unit().fblocks = saved;
                }
                FBlock::Handler => {
                    self.emit(Op::PopExcept);
                }
                FBlock::FinallyHandler => {
                    self.emit(Op::PopExcept);
                    if returning {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                }
                FBlock::With => {
                    self.emit(Op::PopBlock);
                    if returning {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::WithExit);
                }
            }
        }
        Ok(None)
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CompileResult<()> {
        let setup_finally = if finalbody.is_empty() {
            None
        } else {
            let at = self.emit(Op::SetupFinally(0));
            self.unit().fblocks.push(FBlock::TryFinally(finalbody));
            Some(at)
        };
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            let setup = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::TryExcept);
            self.stmts(body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.stmts(orelse)?;
            let jend = self.emit(Op::Jump(0));
            self.patch(setup);
            let mut ends = vec![jend];
            for (hi, h) in handlers.iter().enumerate() {
                if h.typ.is_none() && hi + 1 < handlers.len() {
                    return Err(syntax_error(
                        "default 'except:' must be last".into(),
                        h.span,
                    ));
                }
                self.set_line(h.span);
                let next = match &h.typ {
                    Some(t) => {
                        self.emit(Op::Dup);
                        self.expr(t)?;
                        self.emit(Op::ExcMatch);
                        Some(self.emit(Op::PopJumpIfFalse(0)))
                    }
                    None => None,
                };
                match &h.name {
                    Some(n) => self.store_name_at(n, h.span)?,
                    None => {
                        self.emit(Op::Pop);
                    }
                }
                self.unit().fblocks.push(FBlock::Handler);
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.emit(Op::PopExcept);
                if let Some(n) = &h.name {
                    // `except E as e` unbinds e at the end of the handler, as CPython does.
                    self.emit_const(Value::None);
                    self.name_op(n, NameAction::Store);
                    self.name_op(n, NameAction::Delete);
                }
                ends.push(self.emit(Op::Jump(0)));
                if let Some(next) = next {
                    self.patch(next);
                }
            }
            self.emit(Op::Reraise);
            for e in ends {
                self.patch(e);
            }
        }
        if let Some(at) = setup_finally {
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            self.stmts(finalbody)?;
            let jend = self.emit(Op::Jump(0));
            self.patch(at);
            self.unit().fblocks.push(FBlock::FinallyHandler);
            self.stmts(finalbody)?;
            self.unit().fblocks.pop();
            self.emit(Op::Reraise);
            self.patch(jend);
        }
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CompileResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context)?;
        let setup = self.emit(Op::SetupWith(0));
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(rest, body)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::WithExit);
        let jend = self.emit(Op::Jump(0));
        self.patch(setup);
        let we = self.emit(Op::WithExcept(0));
        self.patch(jend);
        self.patch(we);
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CompileResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.forbid_debug(n, target.span, NameAction::Store)?;
                self.name_op(n, NameAction::Load);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.name_op(n, NameAction::Store);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::Dup2);
                self.emit(Op::BinarySubscr);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return Err(syntax_error(
                    "'expression' is an illegal expression for augmented assignment".into(),
                    target.span,
                ));
            }
        }
        Ok(())
    }

    pub(super) fn store_target(&mut self, t: &'a Expr) -> CompileResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name_at(n, t.span)?,
            ExprKind::Attribute { value, attr } => {
                self.forbid_debug(attr, t.span, NameAction::Store)?;
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items
                            .iter()
                            .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return Err(syntax_error(
                                "multiple starred expressions in assignment".into(),
                                t.span,
                            ));
                        }
                        let after = items.len() - si - 1;
                        self.emit(Op::UnpackEx(si as u32 | ((after as u32) << 16)));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(syntax_error(
                    "starred assignment target must be in a list or tuple".into(),
                    t.span,
                ));
            }
            _ => return Err(syntax_error("cannot assign to expression".into(), t.span)),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CompileResult<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.forbid_debug(n, t.span, NameAction::Delete)?;
                self.name_op(n, NameAction::Delete);
            }
            ExprKind::Attribute { value, attr } => {
                self.forbid_debug(attr, t.span, NameAction::Delete)?;
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return Err(syntax_error("cannot delete expression".into(), t.span)),
        }
        Ok(())
    }

    fn function_def(&mut self, f: &'a FunctionDef, span: Span) -> CompileResult<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.check_debug_params(&f.params, span)?;
        self.set_line(span);
        let scope_id = self.table.by_node[&node_key(f)];
        let qualname = self.child_qualname(&f.name);
        let first_line = self.line_of(span.start);
        self.make_function(
            scope_id,
            &f.name,
            qualname,
            &f.params,
            f.returns.as_ref(),
            first_line,
            |c| {
                let mut body = &f.body[..];
                if let Some(doc) = super::docstring(body) {
                    // The docstring is not executed; it becomes the function's `__doc__`.
                    c.unit().docstring = Some(Value::str(doc));
                    body = &body[1..];
                }
                c.stmts(body)?;
                c.emit_const(Value::None);
                c.emit(Op::Return);
                Ok(())
            },
        )?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name_at(&f.name, span)?;
        Ok(())
    }

    /// The qualified name of a function or class defined in the current unit.
    pub(super) fn child_qualname(&mut self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let s = &self.table.scopes[u.scope];
        match s.kind {
            super::ScopeKind::Module => name.to_string(),
            super::ScopeKind::Class => format!("{}.{}", u.qualname, name),
            super::ScopeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Compile defaults, the body (via `body`), closure, and emit MakeFunction.
    pub(super) fn make_function(
        &mut self,
        scope_id: usize,
        name: &str,
        qualname: String,
        params: &'a Params,
        returns: Option<&'a Expr>,
        first_line: u32,
        body: impl FnOnce(&mut Self) -> CompileResult<()>,
    ) -> CompileResult<()> {
        let mut make_flags = 0;
        let defaults: Vec<&Expr> = params
            .args
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            make_flags |= 1;
        }
        let kwdefaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                let name = self.mangle(&p.name).into_owned();
                self.emit_const(Value::str(&name));
                if let Some(d) = &p.default {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            make_flags |= 2;
        }
        if !self.lazy_annotations {
            // Annotations are evaluated when the function is defined (CPython without
            // `from __future__ import annotations`); gilsim discards their values.
            let annotations = params
                .args
                .iter()
                .chain(params.vararg.iter())
                .chain(params.kwonly.iter())
                .chain(params.kwarg.iter())
                .filter_map(|p| p.annotation.as_ref())
                .chain(returns);
            for a in annotations {
                self.expr(a)?;
                self.emit(Op::Pop);
            }
        }
        if self.emit_closure(scope_id) {
            make_flags |= 8;
        }
        self.push_unit(scope_id, name.to_string(), qualname, first_line);
        {
            let u = self.unit();
            u.argcount = params.args.len();
            u.posonlyargcount = params.posonlyargcount;
            u.kwonlyargcount = params.kwonly.len();
            if params.vararg.is_some() {
                u.flags |= flags::VARARGS;
            }
            if params.kwarg.is_some() {
                u.flags |= flags::VARKEYWORDS;
            }
        }
        body(self)?;
        let code = self.pop_unit();
        let ci = self.add_const(Value::Other(std::sync::Arc::new(
            crate::object::other::Other::Code(code),
        )));
        self.emit(Op::MakeFunction(ci, make_flags));
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> CompileResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        let scope_id = self.table.by_node[&node_key(c)];
        let qualname = self.child_qualname(&c.name);
        let has_closure = self.emit_closure(scope_id);
        let first_line = self.line_of(span.start);
        self.push_unit(scope_id, c.name.clone(), qualname.clone(), first_line);
        // Class bodies record their module and qualname, as CPython's do.
        let name_slot = self.global_slot("__name__");
        self.emit(Op::LoadGlobal(name_slot));
        let mi = self.name_idx("__module__");
        self.emit(Op::StoreName(mi));
        self.emit_const(Value::str(&qualname));
        let qi = self.name_idx("__qualname__");
        self.emit(Op::StoreName(qi));
        let mut body = &c.body[..];
        let doc = super::docstring(body);
        if let Some(doc) = doc {
            self.set_line(body[0].span);
            self.emit_const(Value::str(doc));
            let di = self.name_idx("__doc__");
            self.emit(Op::StoreName(di));
            body = &body[1..];
        }
        self.stmts(body)?;
        if doc.is_none() && !assigns_doc(&c.body) {
            // type() puts `__doc__ = None` in a namespace without one, so a class never
            // inherits its base's docstring.
            self.emit_const(Value::None);
            let di = self.name_idx("__doc__");
            self.emit(Op::StoreName(di));
        }
        if let Some(ci) = self.unit().cellvars.iter().position(|n| n == "__class__") {
            self.emit(Op::LoadClosure(ci as u32));
            let i = self.name_idx("__classcell__");
            self.emit(Op::StoreName(i));
        }
        self.emit_const(Value::None);
        self.emit(Op::Return);
        let code = self.pop_unit();
        let ci = self.add_const(Value::Other(std::sync::Arc::new(
            crate::object::other::Other::Code(code),
        )));
        self.emit(Op::MakeFunction(ci, if has_closure { 8 } else { 0 }));
        self.emit_const(Value::str(&c.name));
        self.validate_keywords(&c.keywords, span)?;
        let mut nbases = 0;
        for b in &c.bases {
            self.expr(b)?;
            nbases += 1;
        }
        self.emit(Op::BuildTuple(nbases));
        for k in &c.keywords {
            self.emit_const(Value::str(k.name.as_deref().unwrap_or("")));
            self.expr(&k.value)?;
        }
        self.emit(Op::BuildMap(c.keywords.len() as u32));
        self.emit(Op::BuildClass);
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name_at(&c.name, span)?;
        Ok(())
    }
}

/// Whether a class body binds `__doc__` itself (then no default `None` is stored).
fn assigns_doc(body: &[Stmt]) -> bool {
    let is_doc = |t: &Expr| matches!(&t.kind, ExprKind::Name(n) if n == "__doc__");
    body.iter().any(|s| match &s.kind {
        StmtKind::Assign { targets, .. } => targets.iter().any(is_doc),
        StmtKind::AnnAssign { target, .. } | StmtKind::AugAssign { target, .. } => is_doc(target),
        StmtKind::FunctionDef(f) => f.name == "__doc__",
        StmtKind::ClassDef(c) => c.name == "__doc__",
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => assigns_doc(body) || assigns_doc(orelse),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            assigns_doc(body)
                || handlers.iter().any(|h| assigns_doc(&h.body))
                || assigns_doc(orelse)
                || assigns_doc(finalbody)
        }
        StmtKind::With { body, .. } => assigns_doc(body),
        _ => false,
    })
}
