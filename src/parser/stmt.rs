//! Statements.

use super::expr::{starts_expression, starts_star_expression};
use super::targets::{TargetsType, expr_name, invalid_target, is_single_target};
use super::{PResult, Parser};
use crate::ast::{
    Alias, BinOp, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Span, Stmt, StmtKind,
    WithItem,
};
use crate::lexer::TokenKind as T;
use crate::syntax_error::SyntaxErrorKind;

fn aug_op(k: T) -> Option<BinOp> {
    Some(match k {
        T::PlusEqual => BinOp::Add,
        T::MinusEqual => BinOp::Sub,
        T::StarEqual => BinOp::Mul,
        T::SlashEqual => BinOp::Div,
        T::DoubleSlashEqual => BinOp::FloorDiv,
        T::PercentEqual => BinOp::Mod,
        T::DoubleStarEqual => BinOp::Pow,
        T::LShiftEqual => BinOp::LShift,
        T::RShiftEqual => BinOp::RShift,
        T::VbarEqual => BinOp::BitOr,
        T::CircumflexEqual => BinOp::BitXor,
        T::AmperEqual => BinOp::BitAnd,
        T::AtEqual => BinOp::MatMul,
        _ => return None,
    })
}

fn stmt(kind: StmtKind, start: u32, end: u32) -> Stmt {
    Stmt {
        kind,
        span: Span { start, end },
    }
}

fn body_end(body: &[Stmt], default: u32) -> u32 {
    body.last().map_or(default, |s| s.span.end)
}

impl Parser<'_> {
    /// One statement (a compound statement, or a line of simple statements) into `out`.
    pub(super) fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.peek() {
            T::Def => out.push(self.funcdef(Vec::new())?),
            T::Class => out.push(self.classdef(Vec::new())?),
            T::At => out.push(self.decorated()?),
            T::If => out.push(self.if_stmt()?),
            T::While => out.push(self.while_stmt()?),
            T::For => out.push(self.for_stmt()?),
            T::Try => out.push(self.try_stmt()?),
            T::With => out.push(self.with_stmt()?),
            T::Indent => return Err(self.generic()),
            _ => self.simple_stmts(out)?,
        }
        Ok(())
    }

    /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            out.push(self.simple_stmt()?);
            if self.eat(T::Semi) {
                if self.peek() == T::Newline {
                    break;
                }
                continue;
            }
            break;
        }
        if self.peek() != T::Newline {
            return Err(self.generic());
        }
        self.bump();
        Ok(())
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.cur_span().start;
        let kind = match self.peek() {
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                StmtKind::Continue
            }
            T::Return => {
                self.bump();
                let v = if starts_star_expression(self.peek()) {
                    Some(self.star_expressions()?)
                } else {
                    None
                };
                StmtKind::Return(v)
            }
            T::Raise => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if starts_expression(self.peek()) {
                    exc = Some(self.expression()?);
                    if self.eat(T::From) {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            k @ (T::Global | T::Nonlocal) => {
                self.bump();
                let mut names = Vec::new();
                loop {
                    let n = self.expect(T::Name)?;
                    names.push(self.name_at(n));
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                if k == T::Global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            T::Del => self.del_stmt()?,
            T::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            T::Import => self.import_name()?,
            T::From => self.import_from()?,
            _ => return self.expr_or_assign(),
        };
        Ok(stmt(kind, start, self.prev_end()))
    }

    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            if !starts_star_expression(self.peek()) {
                return Err(self.generic());
            }
            targets.push(self.star_expression()?);
            if !self.eat(T::Comma) || !starts_star_expression(self.peek()) {
                break;
            }
        }
        for t in &targets {
            if let Some(bad) = invalid_target(t, TargetsType::Del)
                && self.no_invalid == 0
            {
                return Err(self.err_span(bad.span, format!("cannot delete {}", expr_name(bad))));
            }
        }
        Ok(StmtKind::Delete(targets))
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let first = self.expect(T::Name)?;
        let mut name = self.name_at(first);
        while self.peek() == T::Dot {
            self.bump();
            let n = self.expect(T::Name)?;
            name.push('.');
            name.push_str(self.toks[n].name());
        }
        Ok(name)
    }

    fn import_name(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.cur_span().start;
            let name = self.dotted_name()?;
            let asname = if self.eat(T::As) {
                let n = self.expect(T::Name)?;
                Some(self.name_at(n))
            } else {
                None
            };
            names.push(Alias {
                name,
                asname,
                span: Span {
                    start,
                    end: self.prev_end(),
                },
            });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import(names))
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.peek() == T::Name || level == 0 {
            self.dotted_name()?
        } else {
            String::new()
        };
        self.expect(T::Import)?;
        if self.peek() == T::Star {
            self.bump();
            return Ok(StmtKind::ImportFrom {
                module,
                names: Vec::new(),
                star: true,
                level,
            });
        }
        let mut names = Vec::new();
        let parenthesized = self.eat(T::LParen);
        if parenthesized {
            self.paren += 1;
        }
        let r = (|| -> PResult<()> {
            loop {
                let n = self.expect(T::Name)?;
                let start = self.span_of(n).start;
                let asname = if self.eat(T::As) {
                    let a = self.expect(T::Name)?;
                    Some(self.name_at(a))
                } else {
                    None
                };
                names.push(Alias {
                    name: self.name_at(n),
                    asname,
                    span: Span {
                        start,
                        end: self.prev_end(),
                    },
                });
                if !self.eat(T::Comma) {
                    break;
                }
                if parenthesized && self.peek() == T::RParen {
                    break;
                }
                if !parenthesized && self.peek() == T::Newline && self.no_invalid == 0 {
                    return Err(
                        self.err_last("trailing comma not allowed without surrounding parentheses")
                    );
                }
            }
            if parenthesized {
                self.expect(T::RParen)?;
            }
            Ok(())
        })();
        if parenthesized {
            self.paren -= 1;
        }
        r?;
        Ok(StmtKind::ImportFrom {
            module,
            names,
            star: false,
            level,
        })
    }

    /// Expression statements and all assignment forms.
    fn expr_or_assign(&mut self) -> PResult<Stmt> {
        let start_pos = self.pos;
        let first = self.rhs()?;
        let start = first.span.start;
        match self.peek() {
            T::Colon => self.annotated(start_pos, first),
            T::Equal => {
                let mut targets = Vec::new();
                let mut cur = first;
                let mut cur_start = start_pos;
                let value;
                loop {
                    // `cur` is followed by '=': CPython reports an invalid target as soon
                    // as it sees that '=', whatever follows.
                    self.check_assign_target(start_pos, cur_start, &cur, targets.is_empty())?;
                    targets.push(cur);
                    self.bump(); // '='
                    let rhs_start = self.pos;
                    let rhs = self.rhs()?;
                    if self.peek() == T::Equal {
                        cur = rhs;
                        cur_start = rhs_start;
                        continue;
                    }
                    value = rhs;
                    break;
                }
                let end = value.span.end;
                Ok(stmt(StmtKind::Assign { targets, value }, start, end))
            }
            k => {
                if let Some(op) = aug_op(k) {
                    if !is_single_target(&first) {
                        // CPython's first pass stops at the operator; the second pass
                        // reports the target if the right-hand side parses.
                        let op_tok = self.pos;
                        let rhs_ok = self.no_invalid == 0
                            && self
                                .speculate(|p| {
                                    p.pos = op_tok + 1;
                                    p.rhs()
                                })
                                .is_some();
                        if !rhs_ok {
                            return Err(self.generic());
                        }
                    }
                    self.bump();
                    let value = self.rhs()?;
                    if !is_single_target(&first) && self.no_invalid == 0 {
                        return Err(self.err_span(
                            first.span,
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                expr_name(&first)
                            ),
                        ));
                    }
                    let end = value.span.end;
                    return Ok(stmt(
                        StmtKind::AugAssign {
                            target: first,
                            op,
                            value,
                        },
                        start,
                        end,
                    ));
                }
                if self.no_invalid == 0
                    && starts_expression(k)
                    && matches!(&first.kind, ExprKind::Tuple(e) if e.first().is_some_and(|f| f.span.start == first.span.start))
                {
                    self.invalid_assignment_tail()?;
                }
                let end = first.span.end;
                Ok(stmt(StmtKind::Expr(first), start, end))
            }
        }
    }

    /// CPython's `invalid_assignment` alternative `star_named_expression ','
    /// star_named_expressions* ':' expression` keeps parsing elements after a bare tuple
    /// (even without a comma), with the `invalid_named_expression` checks enabled.
    #[inline(never)]
    fn invalid_assignment_tail(&mut self) -> PResult<()> {
        let (pos, max_seen) = (self.pos, self.max_seen);
        let mut r = Ok(());
        while starts_star_expression(self.peek()) {
            match self.star_named_expression() {
                Ok(_) => {
                    if !self.eat(T::Comma) && !starts_star_expression(self.peek()) {
                        break;
                    }
                }
                Err(e) => {
                    if !super::expr::is_soft_error(&e) {
                        r = Err(e);
                    }
                    break;
                }
            }
        }
        self.pos = pos;
        self.max_seen = max_seen;
        r
    }

    /// `yield_expr | star_expressions`.
    fn rhs(&mut self) -> PResult<Expr> {
        if self.peek() == T::Yield {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    /// Validates an assignment target `t` (starting at token `start_pos`) followed by the
    /// `=` at the current position.
    fn check_assign_target(
        &mut self,
        stmt_start: usize,
        start_pos: usize,
        t: &Expr,
        is_first: bool,
    ) -> PResult<()> {
        if self.no_invalid > 0 {
            return Ok(());
        }
        if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_))
            && !self.is_parenthesized(start_pos, t)
        {
            return Err(self.err_span(t.span, "assignment to yield expression not possible"));
        }
        let Some(bad) = invalid_target(t, TargetsType::Star) else {
            return Ok(());
        };
        let eq = self.pos;
        // CPython's second pass tries `invalid_assignment`'s `star_named_expression ','
        // star_named_expressions*` before the invalid target: its elements' `x = y` hints
        // (`a, f() = 1, 2`, `x = a, f() = 1`) win.
        self.pos = stmt_start;
        let r = self.invalid_assignment_tail();
        self.pos = eq;
        r?;
        if is_first
            && self.is_bitwise_or_level(start_pos, t)
            && !self.excluded_from_eq_hint(start_pos, t)
            && self.simple_rhs_after(eq).is_some()
        {
            return Err(self.err_span(
                t.span,
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(t)
                ),
            ));
        }
        Err(self.err_span(bad.span, format!("cannot assign to {}", expr_name(bad))))
    }

    fn annotated(&mut self, start_pos: usize, target: Expr) -> PResult<Stmt> {
        if !is_single_target(&target) {
            // Not an annotation in the regular grammar: only CPython's invalid_assignment
            // rules (which need `':' expression`) can give a better message.
            let colon = self.pos;
            if self.no_invalid > 0
                || self
                    .speculate(|p| {
                        p.pos = colon + 1;
                        p.expression()
                    })
                    .is_none()
            {
                return Err(self.generic());
            }
        }
        self.bump(); // ':'
        let annotation = self.expression()?;
        if !is_single_target(&target) && self.no_invalid == 0 {
            let parenthesized = self.is_parenthesized(start_pos, &target)
                || self.toks[start_pos].kind == T::LParen
                    && matches!(&target.kind, ExprKind::Tuple(e) if e.first().is_none_or(|f| f.span.start != target.span.start));
            let err = match &target.kind {
                ExprKind::Tuple(elts) if !parenthesized && !elts.is_empty() => self.err_span(
                    elts[0].span,
                    "only single target (not tuple) can be annotated",
                ),
                ExprKind::Tuple(_) => self.err_span(
                    target.span,
                    "only single target (not tuple) can be annotated",
                ),
                ExprKind::List(_) => self.err_span(
                    target.span,
                    "only single target (not list) can be annotated",
                ),
                _ => self.err_span(target.span, "illegal target for annotation"),
            };
            return Err(err);
        }
        let value = if self.eat(T::Equal) {
            Some(self.rhs()?)
        } else {
            None
        };
        let start = target.span.start;
        let end = value.as_ref().map_or(annotation.span.end, |v| v.span.end);
        Ok(stmt(
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            },
            start,
            end,
        ))
    }

    // ----- compound statements -----

    /// The `:` ending a header whose grammar has a `NEWLINE` -> "expected ':'" rule.
    fn header_colon(&mut self) -> PResult<()> {
        match self.peek() {
            T::Colon => {
                self.bump();
                Ok(())
            }
            T::Newline if self.no_invalid == 0 => Err(self.err_last("expected ':'")),
            _ => Err(self.generic()),
        }
    }

    /// A block after `:`; `what` and the keyword token `kw` describe it for
    /// "expected an indented block after ..." errors.
    fn block(&mut self, what: &str, kw: usize) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.peek() != T::Newline {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if self.peek() != T::Indent {
            let line = self.line_of_token(&self.toks[kw]);
            return Err(self.err_at_token(
                self.pos,
                SyntaxErrorKind::Indentation,
                format!("expected an indented block after {what} on line {line}"),
            ));
        }
        self.bump();
        self.stmt_depth += 1;
        if self.stmt_depth > super::MAX_TREE_DEPTH {
            return Err(self.err_at_token(
                self.pos,
                SyntaxErrorKind::Syntax,
                "too many levels of nesting",
            ));
        }
        let r = (|| {
            loop {
                match self.peek() {
                    T::Dedent => {
                        self.bump();
                        break;
                    }
                    T::EndMarker => break,
                    _ => self.statement(&mut body)?,
                }
            }
            Ok(())
        })();
        self.stmt_depth -= 1;
        r.map(|_| body)
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let kw = self.bump();
        self.expect_forced(T::Colon, ":")?;
        self.block("'else' statement", kw)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        // `if` / `elif` clauses are collected iteratively, then folded into nested `If`s.
        let mut clauses: Vec<(u32, Expr, Vec<Stmt>)> = Vec::new();
        let mut orelse = Vec::new();
        let depth0 = self.stmt_depth;
        let r = (|| -> PResult<()> {
            loop {
                let kw = self.bump();
                let what = if self.toks[kw].kind == T::If {
                    "'if' statement"
                } else {
                    "'elif' statement"
                };
                let test = self.named_expression()?;
                self.header_colon()?;
                let body = self.block(what, kw)?;
                clauses.push((self.span_of(kw).start, test, body));
                match self.peek() {
                    T::Elif => {
                        self.stmt_depth += 1;
                        if self.stmt_depth > super::MAX_TREE_DEPTH {
                            return Err(self.err_at_token(
                                self.pos,
                                SyntaxErrorKind::Syntax,
                                "too many levels of nesting",
                            ));
                        }
                    }
                    T::Else => {
                        orelse = self.else_block()?;
                        break;
                    }
                    _ => break,
                }
            }
            Ok(())
        })();
        self.stmt_depth = depth0;
        r?;
        let mut result: Option<Stmt> = None;
        while let Some((start, test, body)) = clauses.pop() {
            let tail = match result.take() {
                Some(s) => vec![s],
                None => std::mem::take(&mut orelse),
            };
            let end = body_end(&tail, body_end(&body, test.span.end));
            result = Some(stmt(
                StmtKind::If {
                    test,
                    body,
                    orelse: tail,
                },
                start,
                end,
            ));
        }
        result.ok_or_else(|| self.generic())
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block("'while' statement", kw)?;
        let orelse = if self.peek() == T::Else {
            self.else_block()?
        } else {
            Vec::new()
        };
        let start = self.span_of(kw).start;
        let end = body_end(&orelse, body_end(&body, test.span.end));
        Ok(stmt(StmtKind::While { test, body, orelse }, start, end))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let max_seen = self.max_seen;
        let target = self.target_list()?;
        if self.peek() != T::In || invalid_target(&target, TargetsType::For).is_some() {
            return Err(self.invalid_for_target(kw, max_seen));
        }
        self.bump();
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let body = self.block("'for' statement", kw)?;
        let orelse = if self.peek() == T::Else {
            self.else_block()?
        } else {
            Vec::new()
        };
        let start = self.span_of(kw).start;
        let end = body_end(&orelse, body_end(&body, iter.span.end));
        Ok(stmt(
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            },
            start,
            end,
        ))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.expect_forced(T::Colon, ":")?;
        let body = self.block("'try' statement", kw)?;
        if !matches!(self.peek(), T::Except | T::Finally) {
            return Err(self.err_last("expected 'except' or 'finally' block"));
        }
        let mut handlers = Vec::new();
        while self.peek() == T::Except {
            let ekw = self.bump();
            let mut typ = None;
            let mut name = None;
            match self.peek() {
                T::Colon => {}
                T::Newline if self.no_invalid == 0 => return Err(self.err_last("expected ':'")),
                _ => {
                    let e = self.expression()?;
                    if self.peek() == T::Comma && self.no_invalid == 0 {
                        let rest = self.speculate(|p| {
                            p.bump();
                            let mut last = p.expression()?;
                            while p.eat(T::Comma) {
                                if !starts_expression(p.peek()) {
                                    break;
                                }
                                last = p.expression()?;
                            }
                            Ok(p.prev_end().max(last.span.end))
                        });
                        if let Some(end) = rest {
                            return Err(self.err_range(
                                e.span.start,
                                end,
                                "multiple exception types must be parenthesized",
                            ));
                        }
                    }
                    typ = Some(e);
                    if self.eat(T::As) {
                        let n = self.expect(T::Name)?;
                        name = Some(self.name_at(n));
                    }
                }
            }
            self.header_colon()?;
            let hbody = self.block("'except' statement", ekw)?;
            let start = self.span_of(ekw).start;
            let end = body_end(&hbody, start);
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                span: Span { start, end },
            });
        }
        let orelse = if self.peek() == T::Else && !handlers.is_empty() {
            self.else_block()?
        } else {
            Vec::new()
        };
        let finalbody = if self.peek() == T::Finally {
            let fkw = self.bump();
            self.expect_forced(T::Colon, ":")?;
            self.block("'finally' statement", fkw)?
        } else {
            Vec::new()
        };
        let start = self.span_of(kw).start;
        let mut end = body_end(&body, start);
        if let Some(h) = handlers.last() {
            end = h.span.end;
        }
        end = body_end(&orelse, end);
        end = body_end(&finalbody, end);
        Ok(stmt(
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            start,
            end,
        ))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let target = if self.eat(T::As) {
            let t = self.target_item()?;
            if let Some(bad) = invalid_target(&t, TargetsType::Star)
                && self.no_invalid == 0
            {
                return Err(self.err_span(bad.span, format!("cannot assign to {}", expr_name(bad))));
            }
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let mut items = None;
        if self.peek() == T::LParen {
            // `with (a as b, c as d):` -- falls back to a parenthesized expression.
            items = self.attempt(|p| {
                p.bump();
                p.paren += 1;
                let mut items = Vec::new();
                loop {
                    items.push(p.with_item()?);
                    if !p.eat(T::Comma) || p.peek() == T::RParen {
                        break;
                    }
                }
                p.expect(T::RParen)?;
                p.paren -= 1;
                if p.peek() != T::Colon {
                    return Err(p.generic());
                }
                Ok(items)
            });
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                items
            }
        };
        self.header_colon()?;
        let body = self.block("'with' statement", kw)?;
        let start = self.span_of(kw).start;
        let end = body_end(&body, start);
        Ok(stmt(StmtKind::With { items, body }, start, end))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.peek() == T::At {
            self.bump();
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        match self.peek() {
            T::Def => self.funcdef(decorators),
            T::Class => self.classdef(decorators),
            _ => Err(self.generic()),
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.bump();
        let name_idx = self.expect(T::Name)?;
        self.expect_forced(T::LParen, "(")?;
        self.paren += 1;
        let params = self.params(false);
        let close = params.and_then(|p| self.expect(T::RParen).map(|_| p));
        self.paren -= 1;
        let params = close?;
        let returns = if self.peek() == T::RArrow {
            if !starts_expression(self.peek2()) {
                return Err(self.err_at_token(self.pos, SyntaxErrorKind::Syntax, "expected ':'"));
            }
            self.bump();
            Some(self.expression()?)
        } else {
            None
        };
        self.expect_forced(T::Colon, ":")?;
        let body = self.block("function definition", kw)?;
        let start = self.span_of(kw).start;
        let end = body_end(&body, start);
        let def = FunctionDef {
            name: self.name_at(name_idx),
            params,
            body,
            decorators,
            returns,
        };
        Ok(stmt(StmtKind::FunctionDef(Box::new(def)), start, end))
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.bump();
        let name_idx = self.expect(T::Name)?;
        let (bases, keywords) = if self.peek() == T::LParen {
            let (args, keywords, _) = self.call_args(false)?;
            (args, keywords)
        } else {
            (Vec::new(), Vec::new())
        };
        self.header_colon()?;
        let body = self.block("class definition", kw)?;
        let start = self.span_of(kw).start;
        let end = body_end(&body, start);
        let def = ClassDef {
            name: self.name_at(name_idx),
            bases,
            keywords,
            body,
            decorators,
        };
        Ok(stmt(StmtKind::ClassDef(Box::new(def)), start, end))
    }
}
