//! Expressions.

use std::sync::Arc;

use crate::ast::*;
use crate::bytecode::Op;
use crate::object::other::Other;
use crate::value::Value;

use super::symtable::{ScopeKind, node_key};
use super::{CompileResult, Compiler, NameAction, syntax_error};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> CompileResult<()> {
        let saved = self.unit().line;
        self.set_line(e.span);
        let r = self.expr_inner(e);
        self.unit().line = saved;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CompileResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.name_op(n, NameAction::Load),
            ExprKind::Constant(c) => {
                let v = constant_value(c);
                self.emit_const(v);
            }
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::List(items) => self.sequence_display(items, SeqKind::List)?,
            ExprKind::Tuple(items) => self.sequence_display(items, SeqKind::Tuple)?,
            ExprKind::Set(items) => self.sequence_display(items, SeqKind::Set)?,
            ExprKind::Dict(pairs) => {
                if pairs.iter().any(|(k, _)| k.is_none()) {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in pairs {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate);
                            }
                        }
                    }
                } else {
                    for (k, v) in pairs {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(pairs.len() as u32));
                }
            }
            ExprKind::Starred(_) => {
                return Err(syntax_error(
                    "can't use starred expression here".into(),
                    e.span,
                ));
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        let j = match op {
                            BoolOp::And => self.emit(Op::JumpIfFalseOrPop(0)),
                            BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(0)),
                        };
                        jumps.push(j);
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let jend = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(jend);
            }
            ExprKind::Lambda { params, body } => {
                self.check_debug_params(params, e.span)?;
                let scope_id = self.table.by_node[&node_key(e)];
                let qualname = self.child_qualname("<lambda>");
                let line = self.line_of(e.span.start);
                self.make_function(scope_id, "<lambda>", qualname, params, None, line, |c| {
                    c.expr(body)?;
                    c.emit(Op::Return);
                    Ok(())
                })?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.validate_keywords(keywords, e.span)?;
                self.call(func, args, keywords)?
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.name_idx(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::Generator, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, CompKind::Dict, generators, key, Some(value))?,
            ExprKind::Yield(v) => {
                self.check_yield_allowed(e.span)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.emit(Op::Yield);
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield_allowed(e.span)?;
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.emit_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::Dup);
                self.store_target(target)?;
            }
        }
        Ok(())
    }

    fn check_yield_allowed(&self, span: Span) -> CompileResult<()> {
        if self.scope().kind != ScopeKind::Function {
            return Err(syntax_error("'yield' outside function".into(), span));
        }
        Ok(())
    }

    fn sequence_display(&mut self, items: &'a [Expr], kind: SeqKind) -> CompileResult<()> {
        if kind == SeqKind::Set
            && items.len() > 2
            && let Some(table) = self.constant_frozenset(items)
        {
            // As CPython: BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE. The result
            // is a copy of the constant's table, which fixes the iteration order.
            self.emit(Op::BuildSet(0));
            self.emit_const(Value::FrozenSet(Arc::new(
                crate::object::set::Set::from_table(table),
            )));
            self.emit(Op::SetUpdate);
            return Ok(());
        }
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        self.emit(if kind == SeqKind::Set {
            Op::BuildSet(0)
        } else {
            Op::BuildList(0)
        });
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if kind == SeqKind::Set {
                        Op::SetUpdate
                    } else {
                        Op::ListExtend
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if kind == SeqKind::Set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CompileResult<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::Compare(ops[0]));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < ops.len() {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::Compare(*op));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::Compare(*op));
            }
        }
        let jend = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch(c);
        }
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch(jend);
        Ok(())
    }

    fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult<()> {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            || keywords.iter().any(|k| k.name.is_none());
        if !has_star
            && keywords.is_empty()
            && let ExprKind::Attribute { value, attr } = &func.kind
        {
            self.expr(value)?;
            for a in args {
                self.expr(a)?;
            }
            let i = self.name_idx(attr);
            self.set_line(func.span);
            self.emit(Op::CallMethod(i, args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        if !has_star {
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Op::Call(args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Value::str(k.name.as_deref().unwrap_or("")));
                }
                self.emit_const(Value::tuple(names));
                self.emit(Op::CallKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        self.emit(Op::BuildList(0));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::CallArgsExtend);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.emit_const(Value::None);
        } else {
            self.emit(Op::BuildMap(0));
            for k in keywords {
                match &k.name {
                    Some(n) => {
                        self.emit_const(Value::str(n));
                        self.expr(&k.value)?;
                        self.emit(Op::CallKwAdd);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::CallKwMerge);
                    }
                }
            }
        }
        self.emit(Op::CallEx);
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CompileResult<()> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    self.emit_const(Value::str(s));
                }
                FStringPart::Value {
                    expr,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(text) = debug_text {
                        self.emit_const(Value::str(text));
                        n += 1;
                    }
                    self.expr(expr)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        // `{x=}` defaults to repr unless a spec is given.
                        None if debug_text.is_some() && spec.is_none() => 2,
                        _ => 0,
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if !(parts.len() == 1 && matches!(parts[0], FStringPart::Literal(_))) {
            self.emit(Op::BuildString(n));
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        let scope_id = self.table.by_node[&node_key(e)];
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let has_closure = self.emit_closure(scope_id);
        let qualname = self.child_qualname(name);
        let line = self.line_of(e.span.start);
        self.push_unit(scope_id, name.to_string(), qualname, line);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Generator => {}
        }
        self.comprehension_loop(kind, generators, 0, elt, value)?;
        if kind == CompKind::Generator {
            self.emit_const(Value::None);
        }
        self.emit(Op::Return);
        let code = self.pop_unit();
        let ci = self.add_const(Value::Other(Arc::new(Other::Code(code))));
        self.emit(Op::MakeFunction(ci, if has_closure { 8 } else { 0 }));
        self.expr(&generators[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comprehension_loop(
        &mut self,
        kind: CompKind,
        generators: &'a [Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult<()> {
        let g = &generators[i];
        if i == 0 {
            let slot = self.local_slot(".0").unwrap_or(0);
            self.emit(Op::LoadFast(slot));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        let start = self.here();
        let fi = self.emit(Op::ForIter(0));
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.expr(cond)?;
            self.emit(Op::PopJumpIfFalse(start));
        }
        if i + 1 < generators.len() {
            self.comprehension_loop(kind, generators, i + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Generator => {
                    self.expr(elt)?;
                    self.emit(Op::Yield);
                    self.emit(Op::Pop);
                }
            }
        }
        self.emit(Op::Jump(start));
        self.patch(fi);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

/// The value of a constant expression CPython folds (literals and negated numbers).
fn folded_constant(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant(c) => Some(constant_value(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(Constant::Int(i)) => Some(i.checked_neg().map_or_else(
                || Value::from_bigint(-num_bigint::BigInt::from(*i)),
                Value::Int,
            )),
            ExprKind::Constant(Constant::Float(f)) => Some(Value::Float(-f)),
            _ => None,
        },
        _ => None,
    }
}

impl Compiler<'_> {
    /// The frozenset constant for a set display of constants, shared with any equal
    /// constant set already built in this module (as CPython's constant cache does).
    fn constant_frozenset(&mut self, items: &[Expr]) -> Option<crate::object::set::SetTable> {
        let mut keyed = Vec::with_capacity(items.len());
        for e in items {
            let v = folded_constant(e)?;
            let h = crate::vm::ops::const_hash(&v)?;
            keyed.push((h, v));
        }
        let eq = |a: &Value, b: &Value| crate::vm::dictops::fast_eq(a, b).unwrap_or(false);
        let table = crate::object::set::SetTable::frozenset_const(keyed, eq);
        for existing in &self.frozenset_consts {
            if existing.len() == table.len()
                && table
                    .iter()
                    .all(|(h, v)| existing.contains(h, |k| eq(k, v)))
            {
                return Some(existing.copy());
            }
        }
        self.frozenset_consts.push(table.copy());
        Some(table)
    }
}

pub(crate) fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::True => Value::Bool(true),
        Constant::False => Value::Bool(false),
        Constant::Ellipsis => Value::Other(Arc::new(Other::Ellipsis)),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => Value::from_bigint(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Str(s) => Value::str(s),
    }
}
