//! A hand-written recursive-descent parser (Pratt parsing for binary operators) producing
//! [`crate::ast::Module`].
//!
//! Error reporting follows CPython 3.11's PEG parser closely:
//! * generic "invalid syntax" errors point at the furthest token the parser looked at (CPython
//!   reports the last token its first pass fetched);
//! * the common "invalid_*" grammar rules (missing colon, forgotten comma, bad assignment
//!   targets, legacy `print`...) are reproduced with CPython's messages and ranges;
//! * tokenizer errors are merged in with CPython's priorities (see [`crate::lexer`]).
//!
//! Nesting is bounded -- at most [`MAX_RECURSION`] nested expression levels, long operator
//! and trailer chains limited to an AST depth of [`MAX_TREE_DEPTH`] -- and the parser runs on
//! its own thread with a large stack, so no input can overflow the stack, whatever the
//! caller's stack size. Deeper input is a `SyntaxError` ("too many levels of nesting").

mod expr;
mod fstring;
mod stmt;
mod targets;

#[cfg(test)]
mod tests;

use std::collections::HashSet;

use crate::ast::{self, Expr, ExprKind, Span};
use crate::lexer::{self, Deferred, Token, TokenKind};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind, offset_to_line_col};

/// Maximum nesting of recursive expression constructs (parentheses, unary operators,
/// conditional expressions, lambdas...).
pub const MAX_RECURSION: u32 = 400;
/// Maximum depth of an expression tree (long left-associative chains such as `a+b+c+...`
/// or `a.b.c...` count one level per operator).
pub const MAX_TREE_DEPTH: usize = 1000;

type PResult<T> = Result<T, SyntaxError>;

/// Stack size of the thread the parser runs on: far more than the nesting limits need
/// (a few MiB even in debug builds), so parsing never depends on the caller's stack.
const PARSER_STACK_BYTES: usize = 64 << 20;

/// Parses a whole module.
pub fn parse_module(source: &str) -> Result<ast::Module, SyntaxError> {
    on_parser_stack(|| parse_module_here(source))
}

/// Parses a single expression (with optional surrounding newlines), e.g. for `eval()`.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    on_parser_stack(|| parse_expression_here(source))
}

fn parse_module_here(source: &str) -> Result<ast::Module, SyntaxError> {
    let lexed = lexer::lex(source)?;
    let mut p = Parser::new(source, lexed.tokens, false, 0);
    match p.file() {
        Ok(m) => Ok(m),
        Err(e) => Err(p.finalize_error(e, lexed.deferred, lexed.immediate)),
    }
}

fn parse_expression_here(source: &str) -> Result<Expr, SyntaxError> {
    let lexed = lexer::lex(source)?;
    let mut p = Parser::new(source, lexed.tokens, false, 0);
    let res = (|| {
        let e = p.star_expressions()?;
        while p.peek() == TokenKind::Newline {
            p.bump();
        }
        if p.peek() != TokenKind::EndMarker {
            return Err(p.generic());
        }
        Ok(e)
    })();
    res.map_err(|e| p.finalize_error(e, lexed.deferred, lexed.immediate))
}

/// Runs `f` on a scoped thread with a [`PARSER_STACK_BYTES`] stack (or inline if no thread
/// can be started). Panics propagate.
fn on_parser_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let slot = std::sync::Mutex::new(Some(f));
    let take =
        |slot: &std::sync::Mutex<Option<_>>| slot.lock().unwrap_or_else(|e| e.into_inner()).take();
    let joined = std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .name("gilsim-parser".into())
            .stack_size(PARSER_STACK_BYTES)
            .spawn_scoped(s, || take(&slot).map(|f| f()));
        handle.ok().map(|h| h.join())
    });
    match joined {
        Some(Ok(Some(v))) => v,
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        _ => match take(&slot) {
            Some(f) => f(),
            None => unreachable!("parser closure already ran"),
        },
    }
}

pub(crate) struct Parser<'s> {
    src: &'s str,
    toks: Vec<Token>,
    pos: usize,
    /// Furthest token index examined so far.
    max_seen: usize,
    /// Furthest token index examined, including speculative parses (CPython's `p->fill`
    /// after both passes), used to decide whether an unclosed bracket is reported.
    max_fetched: usize,
    /// Index of the trailing `Error` token standing for a deferred tokenizer error.
    err_tok: Option<usize>,
    /// Whether the parser ever looked at the `Error` token.
    hit_err_tok: bool,
    /// Current recursion depth (see [`MAX_RECURSION`]).
    rec: u32,
    /// Bracket nesting level (CPython's `tok->level`), used by the "forgot a comma" check.
    paren: u32,
    /// Non-zero while parsing speculatively: CPython's `invalid_*` rules are disabled.
    no_invalid: u32,
    /// Parsing an f-string replacement field: errors are prefixed with "f-string: ".
    fstring: bool,
    /// Statement nesting (blocks and `elif` links), bounded by [`MAX_TREE_DEPTH`].
    stmt_depth: usize,
    /// Makes the next [`Parser::expression`] call skip its `invalid_expression` check.
    skip_top_invalid: bool,
    /// Nesting of `invalid_expression` re-parses (see `MAX_INVALID_DEPTH`).
    invalid_depth: u8,
    /// Bracketed constructs known to fail (softly) when parsed in a given mode, like the
    /// memoization of CPython's PEG parser: keeps error diagnostics from re-parsing them.
    failed: HashSet<MemoKey>,
}

/// Token index, speculative mode, `invalid_depth` and bracket level.
type MemoKey = (usize, bool, u8, u32);

impl<'s> Parser<'s> {
    fn new(src: &'s str, toks: Vec<Token>, fstring: bool, rec: u32) -> Parser<'s> {
        let err_tok = match toks.last() {
            Some(t) if t.kind == TokenKind::Error => Some(toks.len() - 1),
            _ => None,
        };
        Parser {
            src,
            toks,
            pos: 0,
            max_seen: 0,
            max_fetched: 0,
            err_tok,
            hit_err_tok: false,
            rec,
            paren: fstring as u32,
            no_invalid: 0,
            fstring,
            stmt_depth: 0,
            skip_top_invalid: false,
            invalid_depth: 0,
            failed: HashSet::new(),
        }
    }

    /// Applies CPython's priorities between a parse error and tokenizer errors.
    fn finalize_error(
        &self,
        e: SyntaxError,
        deferred: Option<Deferred>,
        immediate: Option<SyntaxError>,
    ) -> SyntaxError {
        if let Some(imm) = immediate {
            // CPython re-tokenizes the rest of the file after a failed parse, and a tokenizer
            // error found that way replaces the parse error -- except for a generic error at
            // an INDENT/DEDENT token ("unexpected indent"), which is raised without that check.
            let at_indent = !self.hit_err_tok
                && e.kind == SyntaxErrorKind::Indentation
                && matches!(e.msg.as_str(), "unexpected indent" | "unexpected unindent");
            return if at_indent { e } else { imm };
        }
        if let Some(d) = deferred {
            if self.hit_err_tok {
                return d.error;
            }
            if let Some(paren_line) = d.unclosed_paren_line {
                let t = &self.toks[self.max_fetched.min(self.toks.len() - 1)];
                let line = self.line_of_token(t);
                if line > paren_line {
                    return d.error;
                }
            }
        }
        e
    }

    fn line_of_token(&self, t: &Token) -> usize {
        let start = t.span.start as usize;
        if start >= self.src.len() {
            lexer::eof_line(self.src)
        } else {
            offset_to_line_col(self.src, start).0
        }
    }

    // ----- token access -----

    fn kind_at(&mut self, i: usize) -> TokenKind {
        let i = i.min(self.toks.len() - 1);
        if i > self.max_fetched {
            self.max_fetched = i;
        }
        if i > self.max_seen {
            self.max_seen = i;
        }
        if self.err_tok == Some(i) {
            self.hit_err_tok = true;
        }
        self.toks[i].kind
    }

    fn peek(&mut self) -> TokenKind {
        self.kind_at(self.pos)
    }

    fn peek2(&mut self) -> TokenKind {
        self.kind_at(self.pos + 1)
    }

    /// Consumes the current token and returns its index.
    fn bump(&mut self) -> usize {
        let i = self.pos;
        self.kind_at(i);
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        i
    }

    fn eat(&mut self, k: TokenKind) -> bool {
        if self.peek() == k {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, k: TokenKind) -> PResult<usize> {
        if self.peek() == k {
            Ok(self.bump())
        } else {
            Err(self.generic())
        }
    }

    /// Expects a forced token (`&&':'` in CPython's grammar): "expected ':'" at the current
    /// token otherwise.
    fn expect_forced(&mut self, k: TokenKind, text: &str) -> PResult<usize> {
        if self.peek() == k {
            Ok(self.bump())
        } else {
            Err(self.err_at_token(
                self.pos,
                SyntaxErrorKind::Syntax,
                format!("expected '{text}'"),
            ))
        }
    }

    fn span_of(&self, i: usize) -> Span {
        self.toks[i.min(self.toks.len() - 1)].span
    }

    fn cur_span(&self) -> Span {
        self.span_of(self.pos)
    }

    /// End offset of the last consumed token.
    fn prev_end(&self) -> u32 {
        if self.pos == 0 {
            0
        } else {
            self.toks[self.pos - 1].span.end
        }
    }

    fn name_at(&self, i: usize) -> String {
        self.toks[i].name().to_string()
    }

    // ----- errors -----

    fn msg(&self, m: impl Into<String>) -> String {
        let m = m.into();
        if self.fstring {
            format!("f-string: {m}")
        } else {
            m
        }
    }

    /// An error located at token `i` (CPython's `RAISE_*_KNOWN_LOCATION(token)`).
    fn err_at_token(&self, i: usize, kind: SyntaxErrorKind, msg: impl Into<String>) -> SyntaxError {
        let t = &self.toks[i.min(self.toks.len() - 1)];
        let msg = self.msg(msg);
        match t.kind {
            TokenKind::Indent | TokenKind::Dedent | TokenKind::EndMarker | TokenKind::Error
                if !self.fstring =>
            {
                SyntaxError::on_line(kind, msg, self.line_of_token(t))
            }
            _ => SyntaxError::new(kind, msg, t.span.start as usize, Some(t.span.end as usize)),
        }
    }

    /// CPython's `RAISE_SYNTAX_ERROR`: located at the last token fetched.
    fn err_last(&self, msg: impl Into<String>) -> SyntaxError {
        self.err_at_token(self.max_seen, SyntaxErrorKind::Syntax, msg)
    }

    fn err_span(&self, span: Span, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::range(self.msg(msg), span.start as usize, span.end as usize)
    }

    fn err_range(&self, start: u32, end: u32, msg: impl Into<String>) -> SyntaxError {
        SyntaxError::range(self.msg(msg), start as usize, end as usize)
    }

    /// The generic error: "invalid syntax" at the furthest token examined.
    fn generic(&self) -> SyntaxError {
        let i = self.max_seen.min(self.toks.len() - 1);
        match self.toks[i].kind {
            TokenKind::Indent => {
                self.err_at_token(i, SyntaxErrorKind::Indentation, "unexpected indent")
            }
            TokenKind::Dedent => {
                self.err_at_token(i, SyntaxErrorKind::Indentation, "unexpected unindent")
            }
            _ => self.err_at_token(i, SyntaxErrorKind::Syntax, "invalid syntax"),
        }
    }

    // ----- nesting limits -----

    fn enter(&mut self) -> PResult<()> {
        self.rec += 1;
        if self.rec > MAX_RECURSION {
            self.rec -= 1;
            return Err(self.err_at_token(
                self.pos,
                SyntaxErrorKind::Syntax,
                "too many levels of nesting",
            ));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.rec -= 1;
    }

    fn check_tree_depth(&self, depth: usize, span: Span) -> PResult<()> {
        if depth > MAX_TREE_DEPTH {
            Err(self.err_span(span, "too many levels of nesting"))
        } else {
            Ok(())
        }
    }

    /// Runs `f` speculatively and returns its result (`None` on failure); the position is
    /// always restored. The "furthest token" marker is restored and CPython's `invalid_*`
    /// checks are disabled meanwhile.
    fn speculate<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        let pos = self.pos;
        let r = self.attempt(f);
        self.pos = pos;
        r
    }

    /// Like [`Parser::speculate`], but on success the tokens consumed by `f` stay consumed.
    fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> Option<T> {
        let (pos, max_seen, rec, paren) = (self.pos, self.max_seen, self.rec, self.paren);
        self.no_invalid += 1;
        let r = f(self);
        self.no_invalid -= 1;
        self.max_seen = max_seen;
        self.rec = rec;
        self.paren = paren;
        match r {
            Ok(v) => Some(v),
            Err(_) => {
                self.pos = pos;
                None
            }
        }
    }

    fn memo_key(&self) -> MemoKey {
        (
            self.pos,
            self.no_invalid > 0,
            self.invalid_depth,
            self.paren,
        )
    }

    fn mk(kind: ExprKind, start: u32, end: u32) -> Expr {
        Expr {
            kind,
            span: Span { start, end },
        }
    }

    // ----- module -----

    fn file(&mut self) -> PResult<ast::Module> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                TokenKind::EndMarker => break,
                TokenKind::Newline => {
                    self.bump();
                }
                _ => self.statement(&mut body)?,
            }
        }
        Ok(ast::Module { body })
    }
}

/// The depth of an expression tree, computed iteratively; stops counting above `cap`.
pub(crate) fn expr_depth(e: &Expr, cap: usize) -> usize {
    let mut max = 0;
    let mut stack: Vec<(&Expr, usize)> = vec![(e, 1)];
    while let Some((e, d)) = stack.pop() {
        if d > max {
            max = d;
            if max > cap {
                return max;
            }
        }
        for_each_child(e, &mut |c| stack.push((c, d + 1)));
    }
    max
}

/// Calls `f` on each direct sub-expression of `e`.
pub(crate) fn for_each_child<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    fn params<'a>(p: &'a ast::Params, f: &mut dyn FnMut(&'a Expr)) {
        for a in p
            .args
            .iter()
            .chain(p.vararg.iter())
            .chain(p.kwonly.iter())
            .chain(p.kwarg.iter())
        {
            if let Some(d) = &a.default {
                f(d);
            }
            if let Some(d) = &a.annotation {
                f(d);
            }
        }
    }
    fn fparts<'a>(parts: &'a [ast::FStringPart], f: &mut dyn FnMut(&'a Expr)) {
        for p in parts {
            if let ast::FStringPart::Value { expr, spec, .. } = p {
                f(expr);
                if let Some(s) = spec {
                    fparts(s, f);
                }
            }
        }
    }
    fn gens<'a>(g: &'a [ast::Comprehension], f: &mut dyn FnMut(&'a Expr)) {
        for c in g {
            f(&c.target);
            f(&c.iter);
            for i in &c.ifs {
                f(i);
            }
        }
    }
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => fparts(parts, f),
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().for_each(f),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::Starred(v) => f(v),
        ExprKind::BinOp { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::UnaryOp { operand, .. } => f(operand),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(f),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            f(left);
            comparators.iter().for_each(f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::Lambda { params: p, body } => {
            params(p, f);
            f(body);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            f(func);
            args.iter().for_each(&mut *f);
            for k in keywords {
                f(&k.value);
            }
        }
        ExprKind::Attribute { value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                f(x);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt);
            gens(generators, f);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            f(key);
            f(value);
            gens(generators, f);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v);
            }
        }
        ExprKind::YieldFrom(v) => f(v),
        ExprKind::NamedExpr { target, value } => {
            f(target);
            f(value);
        }
    }
}
