//! Expressions: precedence climbing (Pratt) for operators, plus atoms, displays,
//! comprehensions, calls, subscripts and lambdas.

use super::targets::{TargetsType, expr_name, invalid_target};
use super::{PResult, Parser, expr_depth};
use crate::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, Keyword, Param, Params, Span,
    UnaryOp,
};
use crate::lexer::{TokenKind as T, TokenValue};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

// Binding powers, lowest first.
const BP_OR: u8 = 1;
const BP_AND: u8 = 2;
const BP_NOT: u8 = 3;
const BP_CMP: u8 = 4;
const BP_BOR: u8 = 5;
const BP_BXOR: u8 = 6;
const BP_BAND: u8 = 7;
const BP_SHIFT: u8 = 8;
const BP_ARITH: u8 = 9;
const BP_TERM: u8 = 10;
const BP_UNARY: u8 = 11;

/// How deeply the "two expressions side by side" diagnostics may nest their re-parses.
const MAX_INVALID_DEPTH: u8 = 2;

/// Can a token start an expression (CPython's `expression` rule)?
pub(super) fn starts_expression(k: T) -> bool {
    matches!(
        k,
        T::Name
            | T::Int
            | T::Float
            | T::Imaginary
            | T::String
            | T::LParen
            | T::LBracket
            | T::LBrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::None
            | T::True
            | T::False
            | T::Ellipsis
            | T::Await
    )
}

/// Can a token start a `star_expression`?
pub(super) fn starts_star_expression(k: T) -> bool {
    k == T::Star || starts_expression(k)
}

fn binop_of(k: T) -> Option<(BinOp, u8)> {
    Some(match k {
        T::Vbar => (BinOp::BitOr, BP_BOR),
        T::Circumflex => (BinOp::BitXor, BP_BXOR),
        T::Amper => (BinOp::BitAnd, BP_BAND),
        T::LShift => (BinOp::LShift, BP_SHIFT),
        T::RShift => (BinOp::RShift, BP_SHIFT),
        T::Plus => (BinOp::Add, BP_ARITH),
        T::Minus => (BinOp::Sub, BP_ARITH),
        T::Star => (BinOp::Mul, BP_TERM),
        T::Slash => (BinOp::Div, BP_TERM),
        T::DoubleSlash => (BinOp::FloorDiv, BP_TERM),
        T::Percent => (BinOp::Mod, BP_TERM),
        T::At => (BinOp::MatMul, BP_TERM),
        _ => return None,
    })
}

/// A failure where CPython's parser would simply backtrack (as opposed to an error raised
/// by one of its `invalid_*` rules or by the tokenizer).
pub(super) fn is_soft_error(e: &SyntaxError) -> bool {
    let msg = e.msg.strip_prefix("f-string: ").unwrap_or(&e.msg);
    matches!(
        msg,
        "invalid syntax" | "unexpected indent" | "unexpected unindent"
    )
}

fn is_soft_keyword(name: &str) -> bool {
    matches!(name, "match" | "case" | "_")
}

impl Parser<'_> {
    // ----- star_expressions and friends -----

    /// `star_expressions`: a bare tuple when there are commas.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.cur_span().start;
        let first = self.star_expression()?;
        if self.peek() != T::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !starts_star_expression(self.peek()) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(Parser::mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    /// `star_expression`: `*bitwise_or` or an expression.
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            let star = self.bump();
            let v = self.binary(BP_BOR)?;
            let start = self.span_of(star).start;
            return Ok(Parser::mk(
                ExprKind::Starred(Box::new(v)),
                start,
                self.prev_end(),
            ));
        }
        self.expression()
    }

    /// `star_named_expression`: `*bitwise_or` or a named expression.
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            return self.star_expression();
        }
        self.named_expression()
    }

    /// `NAME := expression`.
    fn walrus(&mut self) -> PResult<Expr> {
        let name_idx = self.bump();
        self.bump(); // :=
        let value = self.expression()?;
        let s = self.span_of(name_idx);
        let target = Parser::mk(ExprKind::Name(self.name_at(name_idx)), s.start, s.end);
        Ok(Parser::mk(
            ExprKind::NamedExpr {
                target: Box::new(target),
                value: Box::new(value),
            },
            s.start,
            self.prev_end(),
        ))
    }

    /// `named_expression`, with CPython's `invalid_named_expression` diagnostics.
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Name && self.peek2() == T::ColonEqual {
            return self.walrus();
        }
        let start_pos = self.pos;
        let e = self.expression()?;
        if self.no_invalid == 0 && matches!(self.peek(), T::ColonEqual | T::Equal) {
            self.named_expression_checks(start_pos, &e)?;
        }
        Ok(e)
    }

    /// `e :=` or `e =` where a named expression was expected.
    #[inline(never)]
    fn named_expression_checks(&mut self, start_pos: usize, e: &Expr) -> PResult<()> {
        if self.peek() == T::ColonEqual {
            let colon_eq = self.pos;
            let rhs_ok = self
                .speculate(|p| {
                    p.pos = colon_eq + 1;
                    p.expression()
                })
                .is_some();
            if rhs_ok {
                return Err(self.err_span(
                    e.span,
                    format!("cannot use assignment expressions with {}", expr_name(e)),
                ));
            }
            return Ok(());
        }
        self.invalid_named_expression_eq(start_pos, e)
    }

    /// Was the expression starting at token `start_pos` wrapped in (redundant) parentheses?
    /// (A parenthesized group keeps the span of its contents.)
    pub(super) fn is_parenthesized(&self, start_pos: usize, e: &Expr) -> bool {
        self.span_of(start_pos).start != e.span.start
    }

    /// Does the token sequence after the `=` at `eq_idx` start with a `bitwise_or` that is
    /// not followed by `=` or `:=`?
    pub(super) fn simple_rhs_after(&mut self, eq_idx: usize) -> Option<Expr> {
        self.speculate(|p| {
            p.pos = eq_idx + 1;
            let b = p.binary(BP_BOR)?;
            match p.peek() {
                T::Equal | T::ColonEqual => Err(p.generic()),
                _ => Ok(b),
            }
        })
    }

    /// Checks CPython's `invalid_named_expression` alternatives for `e =` (the current token
    /// is the `=`).
    pub(super) fn invalid_named_expression_eq(
        &mut self,
        start_pos: usize,
        e: &Expr,
    ) -> PResult<()> {
        let eq_idx = self.pos;
        if self.toks[start_pos].kind == T::Name && matches!(e.kind, ExprKind::Name(_)) {
            if let Some(b) = self.simple_rhs_after(eq_idx) {
                return Err(self.err_range(
                    e.span.start,
                    b.span.end,
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                ));
            }
            return Ok(());
        }
        if self.is_bitwise_or_level(start_pos, e)
            && !self.excluded_from_eq_hint(start_pos, e)
            && self.simple_rhs_after(eq_idx).is_some()
        {
            return Err(self.err_span(
                e.span,
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    expr_name(e)
                ),
            ));
        }
        Ok(())
    }

    /// Could `e` (starting at token `start_pos`) have been parsed by CPython's `bitwise_or`?
    pub(super) fn is_bitwise_or_level(&self, start_pos: usize, e: &Expr) -> bool {
        self.is_parenthesized(start_pos, e)
            || !matches!(
                e.kind,
                ExprKind::Compare { .. }
                    | ExprKind::BoolOp { .. }
                    | ExprKind::UnaryOp {
                        op: UnaryOp::Not,
                        ..
                    }
                    | ExprKind::IfExp { .. }
                    | ExprKind::Lambda { .. }
                    | ExprKind::Starred(_)
                    | ExprKind::Tuple(_)
                    | ExprKind::NamedExpr { .. }
                    | ExprKind::Yield(_)
                    | ExprKind::YieldFrom(_)
            )
    }

    /// `!(list|tuple|genexp|'True'|'None'|'False')` in `invalid_named_expression`: does a
    /// list display, tuple or generator expression start at token `start_pos`?
    pub(super) fn excluded_from_eq_hint(&self, start_pos: usize, e: &Expr) -> bool {
        let start = self.span_of(start_pos).start;
        let mut atom = e;
        loop {
            atom = match &atom.kind {
                ExprKind::Attribute { value, .. }
                | ExprKind::Subscript { value, .. }
                | ExprKind::Call { func: value, .. }
                | ExprKind::BinOp { left: value, .. }
                | ExprKind::Compare { left: value, .. } => value,
                _ => break,
            };
        }
        match self.toks[start_pos].kind {
            T::LBracket => matches!(atom.kind, ExprKind::List(_)) && atom.span.start == start,
            T::LParen => {
                matches!(
                    atom.kind,
                    ExprKind::Tuple(_) | ExprKind::GeneratorExp { .. }
                ) && atom.span.start == start
            }
            T::True | T::None | T::False => true,
            _ => false,
        }
    }

    // ----- expression -----

    /// `expression`: conditional expressions, lambdas, and CPython's `invalid_expression` /
    /// `invalid_legacy_expression` diagnostics.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        let check_invalid = !std::mem::take(&mut self.skip_top_invalid);
        if self.peek() == T::Lambda {
            return self.lambdef();
        }
        let start_pos = self.pos;
        let d = self.binary(BP_OR)?;
        match self.peek() {
            T::If => self.conditional_rest(start_pos, d, check_invalid),
            k if check_invalid && self.no_invalid == 0 && starts_star_expression(k) => {
                self.invalid_expression(start_pos, &d)?;
                Ok(d)
            }
            _ => Ok(d),
        }
    }

    /// CPython's `expression_without_invalid`: no `invalid_expression` check at this level
    /// (nested rules still run theirs), and a failed conditional falls back to its
    /// disjunction.
    fn expression_without_invalid(&mut self) -> PResult<Expr> {
        self.skip_top_invalid = true;
        self.expression()
    }

    /// After `body` in `body if test else orelse`.
    #[inline(never)]
    fn conditional_rest(
        &mut self,
        start_pos: usize,
        d: Expr,
        check_invalid: bool,
    ) -> PResult<Expr> {
        let start = self.span_of(start_pos).start;
        if !check_invalid {
            // `expression_without_invalid`: a failed conditional leaves the disjunction.
            let before_if = self.pos;
            let rest = self.attempt(|p| {
                p.bump();
                let test = p.binary(BP_OR)?;
                p.expect(T::Else)?;
                p.enter()?;
                let orelse = p.expression();
                p.leave();
                Ok((test, orelse?))
            });
            return Ok(match rest {
                Some((test, orelse)) => self.if_exp(start, d, test, orelse),
                None => {
                    self.pos = before_if;
                    d
                }
            });
        }
        self.bump();
        let test = self.binary(BP_OR)?;
        if self.peek() != T::Else {
            if self.no_invalid == 0 && self.peek() != T::Colon {
                return Err(self.err_range(
                    d.span.start,
                    test.span.end,
                    "expected 'else' after 'if' expression",
                ));
            }
            return Err(self.generic());
        }
        self.bump();
        self.enter()?;
        let orelse = self.expression();
        self.leave();
        Ok(self.if_exp(start, d, test, orelse?))
    }

    fn if_exp(&self, start: u32, body: Expr, test: Expr, orelse: Expr) -> Expr {
        Parser::mk(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            start,
            self.prev_end(),
        )
    }

    /// Two expressions side by side: "Perhaps you forgot a comma?" inside brackets, or a
    /// Python 2 `print x` statement. Like CPython, the second expression is parsed (with
    /// nested diagnostics enabled) even outside brackets.
    #[inline(never)]
    fn invalid_expression(&mut self, start_pos: usize, d: &Expr) -> PResult<()> {
        // These diagnostics re-parse what follows, which may run them again: bound that
        // nesting so that `a b c d ...` stays linear and shallow.
        if self.invalid_depth >= MAX_INVALID_DEPTH {
            return Ok(());
        }
        self.invalid_depth += 1;
        let r = self.invalid_expression_inner(start_pos, d);
        self.invalid_depth -= 1;
        r
    }

    fn invalid_expression_inner(&mut self, start_pos: usize, d: &Expr) -> PResult<()> {
        let first = &self.toks[start_pos];
        let excluded = first.kind == T::Name
            && (is_soft_keyword(first.name())
                || self.toks.get(start_pos + 1).map(|t| t.kind) == Some(T::String));
        // `_PyPegen_check_legacy_stmt`: `print x` is reported below instead.
        let legacy = matches!(&d.kind, ExprKind::Name(n) if n == "print" || n == "exec");
        if !excluded && starts_expression(self.peek()) {
            let (pos, max_seen, rec, paren) = (self.pos, self.max_seen, self.rec, self.paren);
            let b = self.expression_without_invalid();
            self.max_seen = max_seen;
            self.rec = rec;
            self.paren = paren;
            match b {
                Ok(b) if self.paren > 0 && !legacy => {
                    return Err(self.err_range(
                        d.span.start,
                        b.span.end,
                        "invalid syntax. Perhaps you forgot a comma?",
                    ));
                }
                Err(e) if !is_soft_error(&e) => return Err(e),
                _ => self.pos = pos,
            }
        }
        // CPython's `invalid_legacy_expression`: `NAME !'(' star_expressions`, parsed with
        // nested diagnostics enabled; only `print` / `exec` make it an error by itself.
        let first = &self.toks[start_pos];
        if first.kind == T::Name && self.toks.get(start_pos + 1).map(|t| t.kind) != Some(T::LParen)
        {
            let name = first.name().to_string();
            let name_span = first.span;
            let (pos, max_seen, rec, paren) = (self.pos, self.max_seen, self.rec, self.paren);
            self.pos = start_pos + 1;
            let b = self.star_expressions();
            self.max_seen = max_seen;
            self.rec = rec;
            self.paren = paren;
            self.pos = pos;
            match b {
                Ok(b) if name == "print" || name == "exec" => {
                    return Err(self.err_range(
                        name_span.start,
                        b.span.end,
                        format!(
                            "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                        ),
                    ));
                }
                Err(e) if !is_soft_error(&e) => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }

    // ----- operators -----

    /// Parses a (possibly prefixed) operand followed by binary operators binding at least
    /// as tightly as `min_bp`. `binary(BP_OR)` is CPython's `disjunction`,
    /// `binary(BP_BOR)` its `bitwise_or`.
    pub(super) fn binary(&mut self, min_bp: u8) -> PResult<Expr> {
        let start = self.cur_span().start;
        let lhs = match self.peek() {
            T::Not if min_bp <= BP_NOT => self.unary_operand(start)?,
            T::Minus | T::Plus | T::Tilde => self.unary_operand(start)?,
            _ => {
                // `power: primary ['**' factor]`, `primary: atom (trailer)*`.
                let mut e = self.atom()?;
                if matches!(self.peek(), T::Dot | T::LParen | T::LBracket) {
                    e = self.postfix_loop(start, e)?;
                }
                if self.peek() == T::DoubleStar {
                    e = self.power_rest(start, e)?;
                }
                e
            }
        };
        if self.peek_is_binary_operator() {
            self.binary_loop(start, lhs, min_bp)
        } else {
            Ok(lhs)
        }
    }

    /// Could the current token continue an expression as a binary operator?
    fn peek_is_binary_operator(&mut self) -> bool {
        let k = self.peek();
        matches!(
            k,
            T::Or
                | T::And
                | T::Not
                | T::In
                | T::Is
                | T::EqEqual
                | T::NotEqual
                | T::Less
                | T::LessEqual
                | T::Greater
                | T::GreaterEqual
        ) || binop_of(k).is_some()
    }

    /// A prefix operator (`not`, `-`, `+`, `~`) and its operand.
    #[inline(never)]
    fn unary_operand(&mut self, start: u32) -> PResult<Expr> {
        let (op, bp) = match self.peek() {
            T::Not => (UnaryOp::Not, BP_NOT),
            T::Minus => (UnaryOp::Neg, BP_UNARY),
            T::Plus => (UnaryOp::Pos, BP_UNARY),
            _ => (UnaryOp::Invert, BP_UNARY),
        };
        self.bump();
        self.enter()?;
        let operand = self.binary(bp);
        self.leave();
        Ok(self.unary(start, op, operand?))
    }

    /// The binary-operator loop of [`Parser::binary`].
    #[inline(never)]
    fn binary_loop(&mut self, start: u32, lhs: Expr, min_bp: u8) -> PResult<Expr> {
        let mut lhs = lhs;
        let mut lhs_depth: Option<usize> = None;
        loop {
            let k = self.peek();
            match k {
                T::Or | T::And => {
                    let (bp, op) = if k == T::Or {
                        (BP_OR, BoolOp::Or)
                    } else {
                        (BP_AND, BoolOp::And)
                    };
                    if bp < min_bp {
                        break;
                    }
                    let mut values = vec![lhs];
                    while self.peek() == k {
                        let before = self.pos;
                        self.bump();
                        match self.soft(|p| p.binary(bp + 1))? {
                            Some(v) => values.push(v),
                            None => {
                                self.pos = before;
                                break;
                            }
                        }
                    }
                    if values.len() == 1 {
                        lhs = values.pop().unwrap_or_else(|| unreachable!());
                        break;
                    }
                    lhs = Parser::mk(ExprKind::BoolOp { op, values }, start, self.prev_end());
                    lhs_depth = None;
                }
                _ => {
                    if self.peek_cmp_op().is_some() {
                        if BP_CMP < min_bp {
                            break;
                        }
                        let mut ops = Vec::new();
                        let mut comparators = Vec::new();
                        while let Some((op, ntok)) = self.peek_cmp_op() {
                            let before = self.pos;
                            for _ in 0..ntok {
                                self.bump();
                            }
                            match self.soft(|p| p.binary(BP_CMP + 1))? {
                                Some(c) => {
                                    ops.push(op);
                                    comparators.push(c);
                                }
                                None => {
                                    self.pos = before;
                                    break;
                                }
                            }
                        }
                        if comparators.is_empty() {
                            break;
                        }
                        lhs = Parser::mk(
                            ExprKind::Compare {
                                left: Box::new(lhs),
                                ops,
                                comparators,
                            },
                            start,
                            self.prev_end(),
                        );
                        lhs_depth = None;
                        continue;
                    }
                    let Some((op, bp)) = binop_of(k) else { break };
                    if bp < min_bp {
                        break;
                    }
                    let before = self.pos;
                    self.bump();
                    let Some(rhs) = self.soft(|p| p.binary(bp + 1))? else {
                        self.pos = before;
                        break;
                    };
                    let ld = match lhs_depth {
                        Some(d) => d,
                        None => expr_depth(&lhs, super::MAX_TREE_DEPTH),
                    };
                    let rd = expr_depth(&rhs, super::MAX_TREE_DEPTH);
                    let depth = 1 + ld.max(rd);
                    let span = Span {
                        start,
                        end: self.prev_end(),
                    };
                    self.check_tree_depth(depth, span)?;
                    lhs = Expr {
                        kind: ExprKind::BinOp {
                            left: Box::new(lhs),
                            op,
                            right: Box::new(rhs),
                        },
                        span,
                    };
                    lhs_depth = Some(depth);
                }
            }
        }
        Ok(lhs)
    }

    /// Runs `f`; a soft failure (where CPython's PEG parser would backtrack) becomes
    /// `Ok(None)`, other errors propagate. The caller restores the position.
    fn soft<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<Option<T>> {
        let (rec, paren) = (self.rec, self.paren);
        match f(self) {
            Ok(v) => Ok(Some(v)),
            Err(e) if is_soft_error(&e) => {
                self.rec = rec;
                self.paren = paren;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn unary(&self, start: u32, op: UnaryOp, operand: Expr) -> Expr {
        Parser::mk(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            start,
            self.prev_end(),
        )
    }

    /// The comparison operator at the current position and how many tokens it spans.
    fn peek_cmp_op(&mut self) -> Option<(CmpOp, usize)> {
        Some(match self.peek() {
            T::EqEqual => (CmpOp::Eq, 1),
            T::NotEqual => (CmpOp::NotEq, 1),
            T::Less => (CmpOp::Lt, 1),
            T::LessEqual => (CmpOp::LtE, 1),
            T::Greater => (CmpOp::Gt, 1),
            T::GreaterEqual => (CmpOp::GtE, 1),
            T::In => (CmpOp::In, 1),
            T::Not if self.peek2() == T::In => (CmpOp::NotIn, 2),
            T::Is => {
                if self.peek2() == T::Not {
                    (CmpOp::IsNot, 2)
                } else {
                    (CmpOp::Is, 1)
                }
            }
            _ => return None,
        })
    }

    #[inline(never)]
    fn power_rest(&mut self, start: u32, base: Expr) -> PResult<Expr> {
        self.bump();
        self.enter()?;
        let rhs = self.binary(BP_UNARY);
        self.leave();
        let rhs = rhs?;
        Ok(Parser::mk(
            ExprKind::BinOp {
                left: Box::new(base),
                op: BinOp::Pow,
                right: Box::new(rhs),
            },
            start,
            self.prev_end(),
        ))
    }

    /// Attribute accesses, calls and subscripts after an atom.
    #[inline(never)]
    fn postfix_loop(&mut self, start: u32, e: Expr) -> PResult<Expr> {
        let mut e = e;
        let mut depth: Option<usize> = None;
        loop {
            let before = self.pos;
            let step = match self.peek() {
                T::Dot => self.attribute_step(e),
                T::LParen | T::LBracket => {
                    let key = self.memo_key();
                    if self.failed.contains(&key) {
                        Err(Box::new((self.generic(), e)))
                    } else {
                        self.enter()?;
                        let r = if self.peek() == T::LParen {
                            self.call_step(e)
                        } else {
                            self.subscript_step(e)
                        };
                        self.leave();
                        if let Err(b) = &r
                            && is_soft_error(&b.0)
                        {
                            self.failed.insert(key);
                        }
                        r
                    }
                }
                _ => break,
            };
            let (new, child_depth) = match step {
                Ok(x) => x,
                Err(boxed) => {
                    let (err, e) = *boxed;
                    // Like CPython's PEG parser, a call or subscript that does not parse
                    // leaves the primary before it, so that `a[]` can be diagnosed as two
                    // expressions side by side.
                    if is_soft_error(&err) {
                        self.pos = before;
                        return Ok(e);
                    }
                    return Err(err);
                }
            };
            e = Parser::mk(new, start, self.prev_end());
            let base_depth = match depth {
                Some(d) => d,
                None => match &e.kind {
                    ExprKind::Attribute { value, .. }
                    | ExprKind::Subscript { value, .. }
                    | ExprKind::Call { func: value, .. } => {
                        expr_depth(value, super::MAX_TREE_DEPTH)
                    }
                    _ => 0,
                },
            };
            let d = 1 + base_depth.max(child_depth);
            self.check_tree_depth(d, e.span)?;
            depth = Some(d);
        }
        Ok(e)
    }

    fn attribute_step(&mut self, e: Expr) -> PostfixStep {
        self.bump();
        match self.expect(T::Name) {
            Ok(name) => {
                let attr = self.name_at(name);
                Ok((
                    ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                    },
                    0,
                ))
            }
            Err(err) => Err(Box::new((err, e))),
        }
    }

    fn call_step(&mut self, e: Expr) -> PostfixStep {
        match self.call_args(true) {
            Ok((args, keywords, _)) => {
                let d = args
                    .iter()
                    .chain(keywords.iter().map(|k| &k.value))
                    .map(|a| expr_depth(a, super::MAX_TREE_DEPTH))
                    .max()
                    .unwrap_or(0);
                Ok((
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    },
                    d,
                ))
            }
            Err(err) => Err(Box::new((err, e))),
        }
    }

    fn subscript_step(&mut self, e: Expr) -> PostfixStep {
        self.bump();
        self.paren += 1;
        let index = self.slices();
        self.paren -= 1;
        match index.and_then(|i| self.expect(T::RBracket).map(|_| i)) {
            Ok(index) => {
                let d = expr_depth(&index, super::MAX_TREE_DEPTH);
                Ok((
                    ExprKind::Subscript {
                        value: Box::new(e),
                        index: Box::new(index),
                    },
                    d,
                ))
            }
            Err(err) => Err(Box::new((err, e))),
        }
    }

    /// Call arguments, from `(` to `)` inclusive. Returns positional args (possibly
    /// `Starred`), keywords, and the index of the closing parenthesis.
    /// `allow_genexp` is false for class bases, which cannot be a bare generator expression.
    pub(super) fn call_args(
        &mut self,
        allow_genexp: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>, usize)> {
        let open = self.bump();
        self.paren += 1;
        let r = self.call_args_inner(open, allow_genexp);
        self.paren -= 1;
        r
    }

    fn call_args_inner(
        &mut self,
        open: usize,
        allow_genexp: bool,
    ) -> PResult<(Vec<Expr>, Vec<Keyword>, usize)> {
        let mut args = CallArgs {
            args: Vec::new(),
            keywords: Vec::new(),
            seen_kw: false,
            seen_dstar: false,
        };
        loop {
            if self.peek() == T::RParen {
                break;
            }
            self.call_arg(&mut args, open, allow_genexp)?;
            if !self.eat(T::Comma) {
                break;
            }
        }
        let close = self.expect(T::RParen)?;
        Ok((args.args, args.keywords, close))
    }

    /// One call argument.
    fn call_arg(&mut self, a: &mut CallArgs, open: usize, allow_genexp: bool) -> PResult<()> {
        match self.peek() {
            T::Star => self.star_arg(a),
            T::DoubleStar => {
                let t = self.bump();
                let v = self.expression()?;
                let span = Span {
                    start: self.span_of(t).start,
                    end: self.prev_end(),
                };
                a.keywords.push(Keyword {
                    name: None,
                    value: v,
                    span,
                });
                a.seen_dstar = true;
                Ok(())
            }
            T::Name if self.peek2() == T::Equal => {
                let name_idx = self.bump();
                self.bump();
                let v = self.expression()?;
                let span = Span {
                    start: self.span_of(name_idx).start,
                    end: self.prev_end(),
                };
                a.keywords.push(Keyword {
                    name: Some(self.name_at(name_idx)),
                    value: v,
                    span,
                });
                a.seen_kw = true;
                Ok(())
            }
            T::True | T::False | T::None if self.peek2() == T::Equal && self.no_invalid == 0 => {
                let t = self.pos;
                let word = match self.toks[t].kind {
                    T::True => "True",
                    T::False => "False",
                    _ => "None",
                };
                Err(self.err_range(
                    self.span_of(t).start,
                    self.span_of(t + 1).end,
                    format!("cannot assign to {word}"),
                ))
            }
            _ => {
                let e = if self.peek() == T::Name && self.peek2() == T::ColonEqual {
                    self.walrus()?
                } else {
                    self.expression()?
                };
                self.positional_arg(a, e, open, allow_genexp)
            }
        }
    }

    /// `*iterable` in a call.
    #[inline(never)]
    fn star_arg(&mut self, a: &mut CallArgs) -> PResult<()> {
        let star = self.bump();
        if a.seen_dstar && self.no_invalid == 0 {
            return Err(self.err_at_token(
                star,
                SyntaxErrorKind::Syntax,
                "iterable argument unpacking follows keyword argument unpacking",
            ));
        }
        let v = self.expression()?;
        let (start, end) = (self.span_of(star).start, self.prev_end());
        if self.peek() == T::For
            && self.no_invalid == 0
            && self.speculate(|p| p.comp_for()).is_some()
        {
            return Err(self.err_range(
                start,
                end,
                "iterable unpacking cannot be used in comprehension",
            ));
        }
        a.args
            .push(Parser::mk(ExprKind::Starred(Box::new(v)), start, end));
        Ok(())
    }

    /// A positional argument `e` has been parsed: checks what follows it.
    #[inline(never)]
    fn positional_arg(
        &mut self,
        a: &mut CallArgs,
        e: Expr,
        open: usize,
        allow_genexp: bool,
    ) -> PResult<()> {
        match self.peek() {
            T::Equal if self.no_invalid == 0 => {
                let eq = self.span_of(self.pos);
                return Err(self.err_range(
                    e.span.start,
                    eq.end,
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                ));
            }
            T::For if allow_genexp => {
                let generators = self.comp_for()?;
                let first_arg = a.args.is_empty() && a.keywords.is_empty();
                let sole = first_arg && self.peek() == T::RParen;
                if first_arg && self.peek() != T::Comma && !sole {
                    return Err(self.generic());
                }
                if !sole {
                    let end = last_comprehension_item_end(&generators);
                    return Err(self.err_range(
                        e.span.start,
                        end,
                        "Generator expression must be parenthesized",
                    ));
                }
                let close = self.pos;
                let (start, end) = (self.span_of(open).start, self.span_of(close).end);
                a.args.push(Parser::mk(
                    ExprKind::GeneratorExp {
                        elt: Box::new(e),
                        generators,
                    },
                    start,
                    end,
                ));
                return Ok(());
            }
            _ => {}
        }
        if (a.seen_kw || a.seen_dstar) && self.no_invalid == 0 {
            return Err(self.err_last(if a.seen_dstar {
                "positional argument follows keyword argument unpacking"
            } else {
                "positional argument follows keyword argument"
            }));
        }
        a.args.push(e);
        Ok(())
    }

    /// The contents of `[...]` in a subscript.
    fn slices(&mut self) -> PResult<Expr> {
        let first = self.slice_item()?;
        if self.peek() != T::Comma {
            return Ok(first);
        }
        let start = first.span.start;
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.peek() == T::RBracket {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(Parser::mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            let star = self.bump();
            let v = self.expression()?;
            let (start, end) = (self.span_of(star).start, v.span.end);
            return Ok(Parser::mk(ExprKind::Starred(Box::new(v)), start, end));
        }
        let start = self.cur_span().start;
        let lower = if self.peek() != T::Colon {
            let e = self.named_expression()?;
            if self.peek() != T::Colon {
                return Ok(e);
            }
            Some(Box::new(e))
        } else {
            None
        };
        self.expect(T::Colon)?;
        let upper = if starts_expression(self.peek()) {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        let step = if self.eat(T::Colon) {
            if starts_expression(self.peek()) {
                Some(Box::new(self.expression()?))
            } else {
                None
            }
        } else {
            None
        };
        Ok(Parser::mk(
            ExprKind::Slice { lower, upper, step },
            start,
            self.prev_end(),
        ))
    }

    // ----- atoms -----

    fn atom(&mut self) -> PResult<Expr> {
        match self.peek() {
            T::LParen | T::LBracket | T::LBrace => {
                let key = self.memo_key();
                if self.failed.contains(&key) {
                    return Err(self.generic());
                }
                let r = self.bracket_atom();
                if let Err(e) = &r
                    && is_soft_error(e)
                {
                    self.failed.insert(key);
                }
                r
            }
            T::String => self.strings(),
            _ => self.simple_atom(),
        }
    }

    /// A parenthesized, bracketed or braced atom.
    fn bracket_atom(&mut self) -> PResult<Expr> {
        self.enter()?;
        let open = self.bump();
        let open_start = self.span_of(open).start;
        self.paren += 1;
        let r = match self.toks[open].kind {
            T::LParen => self.paren_contents(open_start, T::RParen),
            T::LBracket => self.list_display(open_start),
            _ => self.brace_display(open_start),
        };
        self.paren -= 1;
        self.leave();
        r
    }

    /// Names, numbers and keyword constants.
    #[inline(never)]
    fn simple_atom(&mut self) -> PResult<Expr> {
        let i = self.pos;
        let span = self.cur_span();
        let c = match self.peek() {
            T::Name => {
                self.bump();
                return Ok(Parser::mk(
                    ExprKind::Name(self.name_at(i)),
                    span.start,
                    span.end,
                ));
            }
            T::Int => match &self.toks[i].value {
                TokenValue::BigInt(b) => Constant::BigInt(b.clone()),
                TokenValue::Int(v) => Constant::Int(*v),
                _ => Constant::Int(0),
            },
            T::Float => match &self.toks[i].value {
                TokenValue::Float(v) => Constant::Float(*v),
                _ => Constant::Float(0.0),
            },
            T::Imaginary => {
                return Err(self.err_at_token(
                    i,
                    SyntaxErrorKind::Syntax,
                    "imaginary literals are not supported by gilsim",
                ));
            }
            T::None => Constant::None,
            T::True => Constant::True,
            T::False => Constant::False,
            T::Ellipsis => Constant::Ellipsis,
            _ => return Err(self.generic()),
        };
        self.bump();
        Ok(Parser::mk(ExprKind::Constant(c), span.start, span.end))
    }

    /// After `(`: an empty tuple, a parenthesized yield, a group, a tuple or a generator
    /// expression. `close` is `)` (or the end of an f-string replacement field).
    pub(super) fn paren_contents(&mut self, open_start: u32, close: T) -> PResult<Expr> {
        if matches!(self.peek(), T::Yield | T::DoubleStar) || self.peek() == close {
            return self.paren_special(open_start, close);
        }
        let first = if self.peek() == T::Star {
            self.star_expression()?
        } else {
            self.named_expression()?
        };
        self.paren_rest(open_start, close, first)
    }

    fn paren_closed(&mut self, close: T) -> PResult<u32> {
        let c = self.expect(close)?;
        Ok(if close == T::RParen {
            self.span_of(c).end
        } else {
            self.span_of(c).start
        })
    }

    /// `()`, `(yield ...)` and `(**x)`.
    #[inline(never)]
    fn paren_special(&mut self, open_start: u32, close: T) -> PResult<Expr> {
        match self.peek() {
            k if k == close => {
                let end = self.paren_closed(close)?;
                return Ok(Parser::mk(ExprKind::Tuple(Vec::new()), open_start, end));
            }
            T::Yield => {
                let y = self.yield_expr()?;
                self.paren_closed(close)?;
                return Ok(y);
            }
            T::DoubleStar if self.no_invalid == 0 => {
                let t = self.pos;
                let ok = self
                    .speculate(|p| {
                        p.bump();
                        p.expression()?;
                        p.expect(close)
                    })
                    .is_some();
                if ok {
                    return Err(self.err_at_token(
                        t,
                        SyntaxErrorKind::Syntax,
                        "cannot use double starred expression here",
                    ));
                }
                return Err(self.generic());
            }
            _ => {}
        }
        Err(self.generic())
    }

    /// A group, tuple or generator expression after its first element.
    #[inline(never)]
    fn paren_rest(&mut self, open_start: u32, close: T, first: Expr) -> PResult<Expr> {
        match self.peek() {
            T::For => {
                let generators = self.comp_for()?;
                if matches!(first.kind, ExprKind::Starred(_)) && self.no_invalid == 0 {
                    return Err(self.err_span(
                        first.span,
                        "iterable unpacking cannot be used in comprehension",
                    ));
                }
                let end = self.paren_closed(close)?;
                Ok(Parser::mk(
                    ExprKind::GeneratorExp {
                        elt: Box::new(first),
                        generators,
                    },
                    open_start,
                    end,
                ))
            }
            T::Comma => {
                let mut elts = vec![first];
                while self.eat(T::Comma) {
                    if self.peek() == close {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                let end = self.paren_closed(close)?;
                Ok(Parser::mk(ExprKind::Tuple(elts), open_start, end))
            }
            _ => {
                self.paren_closed(close)?;
                if matches!(first.kind, ExprKind::Starred(_)) && self.no_invalid == 0 {
                    return Err(self.err_span(first.span, "cannot use starred expression here"));
                }
                Ok(first)
            }
        }
    }

    /// After `[`.
    fn list_display(&mut self, open_start: u32) -> PResult<Expr> {
        if self.peek() == T::RBracket {
            let c = self.bump();
            return Ok(Parser::mk(
                ExprKind::List(Vec::new()),
                open_start,
                self.span_of(c).end,
            ));
        }
        let first = if self.peek() == T::Star {
            self.star_expression()?
        } else {
            self.named_expression()?
        };
        self.list_rest(open_start, first)
    }

    #[inline(never)]
    fn list_rest(&mut self, open_start: u32, first: Expr) -> PResult<Expr> {
        if self.peek() == T::For {
            let generators = self.comp_for()?;
            if matches!(first.kind, ExprKind::Starred(_)) && self.no_invalid == 0 {
                return Err(self.err_span(
                    first.span,
                    "iterable unpacking cannot be used in comprehension",
                ));
            }
            let c = self.expect(T::RBracket)?;
            return Ok(Parser::mk(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                open_start,
                self.span_of(c).end,
            ));
        }
        let elts = self.display_rest(first, T::RBracket)?;
        let c = self.expect(T::RBracket)?;
        Ok(Parser::mk(
            ExprKind::List(elts),
            open_start,
            self.span_of(c).end,
        ))
    }

    /// The remaining comma-separated elements of a list or set display.
    fn display_rest(&mut self, first: Expr, close: T) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        let mut last_comma = None;
        while self.peek() == T::Comma {
            last_comma = Some(self.bump());
            if self.peek() == close {
                break;
            }
            if self.peek() == T::For {
                break;
            }
            elts.push(self.star_named_expression()?);
            last_comma = None;
        }
        if self.peek() == T::For && self.no_invalid == 0 {
            // `[a, b for ...]`: CPython's invalid_comprehension.
            let first_start = elts[0].span.start;
            let end = match last_comma {
                Some(c) if elts.len() == 1 => self.span_of(c).end,
                _ => elts.last().map_or(first_start, |e| e.span.end),
            };
            if self.speculate(|p| p.comp_for()).is_some() {
                return Err(self.err_range(
                    first_start,
                    end,
                    "did you forget parentheses around the comprehension target?",
                ));
            }
        }
        Ok(elts)
    }

    /// After `{`: dict or set displays and comprehensions.
    fn brace_display(&mut self, open_start: u32) -> PResult<Expr> {
        if self.peek() == T::RBrace {
            let c = self.bump();
            return Ok(Parser::mk(
                ExprKind::Dict(Vec::new()),
                open_start,
                self.span_of(c).end,
            ));
        }
        if self.peek() == T::DoubleStar {
            let t = self.bump();
            let v = self.binary(BP_BOR)?;
            if self.peek() == T::For && self.no_invalid == 0 {
                return Err(self.err_at_token(
                    t,
                    SyntaxErrorKind::Syntax,
                    "dict unpacking cannot be used in dict comprehension",
                ));
            }
            return self.dict_rest(open_start, vec![(None, v)]);
        }
        let first = if self.peek() == T::Star {
            self.star_expression()?
        } else {
            self.named_expression()?
        };
        self.brace_rest(open_start, first)
    }

    #[inline(never)]
    fn brace_rest(&mut self, open_start: u32, first: Expr) -> PResult<Expr> {
        if self.peek() == T::Colon && !matches!(first.kind, ExprKind::Starred(_)) {
            let colon = self.bump();
            let value = self.dict_value(colon)?;
            if self.peek() == T::For {
                let generators = self.comp_for()?;
                let c = self.expect(T::RBrace)?;
                return Ok(Parser::mk(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    open_start,
                    self.span_of(c).end,
                ));
            }
            return self.dict_rest(open_start, vec![(Some(first), value)]);
        }
        if self.peek() == T::For {
            let generators = self.comp_for()?;
            if matches!(first.kind, ExprKind::Starred(_)) && self.no_invalid == 0 {
                return Err(self.err_span(
                    first.span,
                    "iterable unpacking cannot be used in comprehension",
                ));
            }
            let c = self.expect(T::RBrace)?;
            return Ok(Parser::mk(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                open_start,
                self.span_of(c).end,
            ));
        }
        let elts = self.display_rest(first, T::RBrace)?;
        let c = self.expect(T::RBrace)?;
        Ok(Parser::mk(
            ExprKind::Set(elts),
            open_start,
            self.span_of(c).end,
        ))
    }

    /// The value after `key:` in a dict display.
    fn dict_value(&mut self, colon: usize) -> PResult<Expr> {
        if self.no_invalid == 0 {
            match self.peek() {
                T::Star => {
                    let star = self.pos;
                    let s = self.span_of(star).start;
                    if let Some(v) = self.speculate(|p| {
                        p.bump();
                        p.binary(BP_BOR)
                    }) {
                        return Err(self.err_range(
                            s,
                            v.span.end,
                            "cannot use a starred expression in a dictionary value",
                        ));
                    }
                }
                T::RBrace | T::Comma => {
                    return Err(self.err_at_token(
                        colon,
                        SyntaxErrorKind::Syntax,
                        "expression expected after dictionary key and ':'",
                    ));
                }
                _ => {}
            }
        }
        self.expression()
    }

    fn dict_rest(
        &mut self,
        open_start: u32,
        mut items: Vec<(Option<Expr>, Expr)>,
    ) -> PResult<Expr> {
        while self.eat(T::Comma) {
            match self.peek() {
                T::RBrace => break,
                T::DoubleStar => {
                    self.bump();
                    let v = self.binary(BP_BOR)?;
                    items.push((None, v));
                }
                _ => {
                    let k = self.expression_without_invalid()?;
                    if self.peek() != T::Colon {
                        if self.no_invalid == 0 {
                            let e = k.span.end;
                            return Err(self.err_range(
                                e.saturating_sub(1),
                                e.saturating_sub(1),
                                "':' expected after dictionary key",
                            ));
                        }
                        return Err(self.generic());
                    }
                    let colon = self.bump();
                    let v = self.dict_value(colon)?;
                    items.push((Some(k), v));
                }
            }
        }
        let c = self.expect(T::RBrace)?;
        Ok(Parser::mk(
            ExprKind::Dict(items),
            open_start,
            self.span_of(c).end,
        ))
    }

    /// `for_if_clauses`.
    pub(super) fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while self.peek() == T::For {
            let for_tok = self.bump();
            let max_seen = self.max_seen;
            let target = self.target_list()?;
            if self.peek() != T::In || invalid_target(&target, TargetsType::For).is_some() {
                return Err(self.invalid_for_target(for_tok, max_seen));
            }
            self.bump();
            let iter = self.binary(BP_OR)?;
            let mut ifs = Vec::new();
            while self.peek() == T::If {
                self.bump();
                ifs.push(self.binary(BP_OR)?);
            }
            gens.push(Comprehension { target, iter, ifs });
        }
        Ok(gens)
    }

    /// CPython's `invalid_for_target`: `'for' star_expressions`, parsed again with the
    /// `invalid_*` checks enabled, reporting the first invalid target (or a generic error
    /// located where the regular parse stopped).
    pub(super) fn invalid_for_target(&mut self, for_tok: usize, max_seen: usize) -> SyntaxError {
        let generic_at = self.max_seen.max(max_seen);
        if self.no_invalid > 0 {
            return self.generic();
        }
        self.pos = for_tok + 1;
        match self.star_expressions() {
            Err(e) => e,
            Ok(e) => {
                if let Some(bad) = invalid_target(&e, TargetsType::For) {
                    return self.err_span(bad.span, format!("cannot assign to {}", expr_name(bad)));
                }
                self.max_seen = generic_at;
                self.generic()
            }
        }
    }

    /// `star_targets` as used by `for` loops and comprehensions: items are parsed at
    /// `bitwise_or` level so that `in` is not taken as a comparison.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let first = self.target_item()?;
        if self.peek() != T::Comma {
            return Ok(first);
        }
        let start = first.span.start;
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !starts_star_expression(self.peek()) {
                break;
            }
            elts.push(self.target_item()?);
        }
        Ok(Parser::mk(ExprKind::Tuple(elts), start, self.prev_end()))
    }

    /// A single `star_target`.
    pub(super) fn target_item(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            let star = self.bump();
            self.enter()?;
            let v = self.target_item();
            self.leave();
            let v = v?;
            let (start, end) = (self.span_of(star).start, v.span.end);
            return Ok(Parser::mk(ExprKind::Starred(Box::new(v)), start, end));
        }
        self.binary(BP_BOR)
    }

    /// `yield_expr`.
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        let start = self.span_of(kw).start;
        if self.eat(T::From) {
            let v = self.expression()?;
            let end = v.span.end;
            return Ok(Parser::mk(ExprKind::YieldFrom(Box::new(v)), start, end));
        }
        if starts_star_expression(self.peek()) {
            let v = self.star_expressions()?;
            let end = v.span.end;
            return Ok(Parser::mk(ExprKind::Yield(Some(Box::new(v))), start, end));
        }
        Ok(Parser::mk(
            ExprKind::Yield(None),
            start,
            self.span_of(kw).end,
        ))
    }

    /// `lambda [params]: body`.
    fn lambdef(&mut self) -> PResult<Expr> {
        let kw = self.bump();
        let params = self.params(true)?;
        self.expect(T::Colon)?;
        self.enter()?;
        let body = self.expression();
        self.leave();
        let body = body?;
        let (start, end) = (self.span_of(kw).start, body.span.end);
        Ok(Parser::mk(
            ExprKind::Lambda {
                params: Box::new(params),
                body: Box::new(body),
            },
            start,
            end,
        ))
    }

    // ----- parameters -----

    /// A parameter list, up to (not including) `)` for `def` or `:` for `lambda`.
    pub(super) fn params(&mut self, lambda: bool) -> PResult<Params> {
        let end_tok = if lambda { T::Colon } else { T::RParen };
        let mut p = Params::default();
        let mut seen_default = false;
        let mut star_seen = false;
        let mut seen_slash = false;
        let invalid_ok = self.no_invalid == 0;
        let here = |p: &Self, i: usize, msg: &str| p.err_at_token(i, SyntaxErrorKind::Syntax, msg);
        loop {
            let k = self.peek();
            if k == end_tok {
                break;
            }
            match k {
                T::Slash => {
                    let t = self.bump();
                    if invalid_ok {
                        if star_seen {
                            return Err(here(self, t, "/ must be ahead of *"));
                        }
                        if seen_slash {
                            return Err(here(self, t, "/ may appear only once"));
                        }
                        if p.args.is_empty() && self.peek() == T::Comma {
                            return Err(here(self, t, "at least one argument must precede /"));
                        }
                    }
                    if p.args.is_empty() || star_seen || seen_slash {
                        return Err(here(self, t, "invalid syntax"));
                    }
                    seen_slash = true;
                    p.posonlyargcount = p.args.len();
                }
                T::Star => {
                    let t = self.bump();
                    if star_seen && invalid_ok {
                        return Err(here(self, t, "* argument may appear only once"));
                    }
                    star_seen = true;
                    if self.peek() == T::Name {
                        let param = self.param(lambda)?;
                        if self.peek() == T::Equal && invalid_ok {
                            return Err(here(
                                self,
                                self.pos,
                                "var-positional argument cannot have default value",
                            ));
                        }
                        p.vararg = Some(param);
                    } else {
                        let next = self.peek();
                        let bare_end = next == end_tok
                            || (next == T::Comma
                                && matches!(self.peek2(), k2 if k2 == end_tok || k2 == T::DoubleStar));
                        if bare_end && invalid_ok {
                            return Err(here(self, t, "named arguments must follow bare *"));
                        }
                        if next != T::Comma {
                            return Err(self.generic());
                        }
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    let param = self.param(lambda)?;
                    if self.peek() == T::Equal && invalid_ok {
                        return Err(here(
                            self,
                            self.pos,
                            "var-keyword argument cannot have default value",
                        ));
                    }
                    p.kwarg = Some(param);
                    if self.eat(T::Comma)
                        && invalid_ok
                        && matches!(self.peek(), T::Name | T::Star | T::DoubleStar | T::Slash)
                    {
                        let i = self.pos;
                        let msg = "arguments cannot follow var-keyword argument";
                        if self.peek() == T::Name {
                            let param = self.param(lambda)?;
                            return Err(self.err_span(param.span, msg));
                        }
                        return Err(here(self, i, msg));
                    }
                    break;
                }
                T::Name => {
                    let mut param = self.param(lambda)?;
                    if self.peek() == T::Equal {
                        let eq = self.bump();
                        if invalid_ok
                            && matches!(self.peek(), k2 if k2 == T::Comma || k2 == end_tok)
                        {
                            return Err(here(self, eq, "expected default value expression"));
                        }
                        param.default = Some(self.expression()?);
                    }
                    if star_seen {
                        p.kwonly.push(param);
                    } else {
                        if param.default.is_some() {
                            seen_default = true;
                        } else if seen_default && invalid_ok {
                            return Err(self.err_span(
                                param.span,
                                "non-default argument follows default argument",
                            ));
                        }
                        p.args.push(param);
                    }
                }
                T::LParen if invalid_ok && !star_seen && !seen_default && !seen_slash => {
                    // `def f((a, b)):` -- CPython's invalid_parameters.
                    let open = self.pos;
                    let close = self.speculate(|p| {
                        p.bump();
                        loop {
                            p.param(lambda)?;
                            if !p.eat(T::Comma) || p.peek() == T::RParen {
                                break;
                            }
                        }
                        p.expect(T::RParen)
                    });
                    if let Some(close) = close {
                        let what = if lambda {
                            "Lambda expression"
                        } else {
                            "Function"
                        };
                        return Err(self.err_range(
                            self.span_of(open).start,
                            self.span_of(close).end,
                            format!("{what} parameters cannot be parenthesized"),
                        ));
                    }
                    return Err(self.generic());
                }
                _ => return Err(self.generic()),
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(p)
    }

    /// `NAME [':' annotation]`.
    fn param(&mut self, lambda: bool) -> PResult<Param> {
        let name_idx = self.expect(T::Name)?;
        let name_span = self.span_of(name_idx);
        let annotation = if !lambda && self.eat(T::Colon) {
            Some(self.expression()?)
        } else {
            None
        };
        let end = annotation.as_ref().map_or(name_span.end, |a| a.span.end);
        Ok(Param {
            name: self.name_at(name_idx),
            default: None,
            annotation,
            span: Span {
                start: name_span.start,
                end,
            },
        })
    }
}

/// The result of one postfix operation: the new node and the depth of its children
/// other than the base, or the error and the base to back out to.
type PostfixStep = Result<(ExprKind, usize), Box<(SyntaxError, Expr)>>;

/// Call arguments collected so far.
struct CallArgs {
    args: Vec<Expr>,
    keywords: Vec<Keyword>,
    seen_kw: bool,
    seen_dstar: bool,
}

/// End of the last `iter` or `if` of a comprehension (CPython's
/// `_PyPegen_get_last_comprehension_item`).
fn last_comprehension_item_end(gens: &[Comprehension]) -> u32 {
    match gens.last() {
        Some(g) => g.ifs.last().unwrap_or(&g.iter).span.end,
        None => 0,
    }
}
