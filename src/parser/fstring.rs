//! String literal concatenation and f-strings, ported from CPython 3.11's
//! `Parser/string_parser.c` (`fstring_find_literal`, `fstring_find_expr`, ...).
//!
//! The expression inside a replacement field is tokenized and parsed again from the original
//! source text, so its spans point into the file.

use super::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprKind, FStringPart};
use crate::lexer::{self, StrLit, TokenKind as T, TokenValue};
use crate::syntax_error::SyntaxErrorKind;

/// Maximum bracket nesting inside a replacement field (CPython's `MAXLEVEL`).
const MAX_FSTRING_NESTING: usize = 200;

fn push_literal(parts: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

impl Parser<'_> {
    /// One or more adjacent string tokens: a `Constant::Str`, or an `FString` if any of
    /// them is an f-string.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let first = self.pos;
        let mut last = first;
        while self.peek() == T::String {
            last = self.bump();
        }
        // `self.peek()` above fetched the token after the strings: CPython reports string
        // errors there.
        let start = self.span_of(first).start;
        let end = self.span_of(last).end;
        let lits: Vec<StrLit> = (first..=last)
            .map(|i| match &self.toks[i].value {
                TokenValue::Str(s) => (**s).clone(),
                _ => unreachable!("string token without a value"),
            })
            .collect();
        for (i, lit) in (first..=last).zip(&lits) {
            if lit.bytes {
                return Err(self.err_at_token(
                    i,
                    SyntaxErrorKind::Syntax,
                    "bytes literals are not supported by gilsim",
                ));
            }
        }
        if !lits.iter().any(|l| l.fstring) {
            let mut s = String::new();
            for lit in &lits {
                match &lit.value {
                    Ok(v) => s.push_str(v),
                    Err(m) => return Err(self.err_last(m.clone())),
                }
            }
            return Ok(Parser::mk(ExprKind::Constant(Constant::Str(s)), start, end));
        }
        let mut parts = Vec::new();
        for lit in &lits {
            if lit.fstring {
                let mut s = lit.body.start as usize;
                self.fstring_parse(&mut s, lit.body.end as usize, lit.raw, 0, &mut parts)?;
            } else {
                match &lit.value {
                    Ok(v) => push_literal(&mut parts, v.clone()),
                    Err(m) => return Err(self.err_last(m.clone())),
                }
            }
        }
        Ok(Parser::mk(ExprKind::FString(parts), start, end))
    }

    fn fstring_parse(
        &mut self,
        s: &mut usize,
        end: usize,
        raw: bool,
        recurse_lvl: u32,
        parts: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let b = self.src.as_bytes();
        loop {
            let (literal, doubled) = self.fstring_find_literal(s, end, raw, recurse_lvl)?;
            if let Some(l) = literal {
                push_literal(parts, l);
            }
            if doubled {
                continue;
            }
            if *s >= end || b[*s] == b'}' {
                break;
            }
            let part = self.fstring_find_expr(s, end, raw, recurse_lvl)?;
            parts.push(part);
        }
        if recurse_lvl == 0 && *s + 1 < end {
            return Err(self.err_last("f-string: unexpected end of string"));
        }
        if recurse_lvl != 0 && (*s >= end || b[*s] != b'}') {
            return Err(self.err_last("f-string: expecting '}'"));
        }
        Ok(())
    }

    /// Returns the literal text up to the next `{` / `}` and whether a doubled brace was
    /// consumed (in which case scanning continues after it).
    fn fstring_find_literal(
        &mut self,
        s: &mut usize,
        end: usize,
        raw: bool,
        recurse_lvl: u32,
    ) -> PResult<(Option<String>, bool)> {
        let b = self.src.as_bytes();
        let literal_start = *s;
        let mut i = *s;
        let mut doubled = false;
        let lit_end;
        loop {
            if i >= end {
                lit_end = i;
                *s = i;
                break;
            }
            let mut ch = b[i];
            i += 1;
            if !raw && ch == b'\\' && i < end {
                ch = b[i];
                i += 1;
                if ch == b'N' {
                    if i < end && {
                        let c = b[i];
                        i += 1;
                        c == b'{'
                    } {
                        while i < end && {
                            let c = b[i];
                            i += 1;
                            c != b'}'
                        } {}
                    }
                    continue;
                }
            }
            if ch == b'{' || ch == b'}' {
                if recurse_lvl == 0 {
                    if i < end && b[i] == ch {
                        lit_end = i;
                        *s = i + 1;
                        doubled = true;
                        break;
                    }
                    if ch == b'}' {
                        *s = i - 1;
                        return Err(self.err_last("f-string: single '}' is not allowed"));
                    }
                }
                i -= 1;
                lit_end = i;
                *s = i;
                break;
            }
        }
        if lit_end <= literal_start {
            return Ok((None, doubled));
        }
        // Keep slicing on char boundaries (an escaped multi-byte char may be split above).
        let mut le = lit_end;
        while !self.src.is_char_boundary(le) {
            le += 1;
        }
        let text = &self.src[literal_start..le];
        let value = if raw {
            lexer::normalize_newlines(text)
        } else {
            match lexer::decode_escapes(text) {
                Ok(v) => v,
                Err(m) => return Err(self.err_last(m)),
            }
        };
        Ok((Some(value), doubled))
    }

    /// Parses a replacement field starting at the `{` at `*s`.
    fn fstring_find_expr(
        &mut self,
        s: &mut usize,
        end: usize,
        raw: bool,
        recurse_lvl: u32,
    ) -> PResult<FStringPart> {
        let b = self.src.as_bytes();
        if recurse_lvl >= 2 {
            return Err(self.err_last("f-string: expressions nested too deeply"));
        }
        *s += 1;
        let expr_start = *s;
        let mut quote_char = 0u8;
        let mut string_type = 0;
        let mut stack: Vec<u8> = Vec::new();
        while *s < end {
            let ch = b[*s];
            if ch == b'\\' {
                return Err(self.err_last("f-string expression part cannot include a backslash"));
            }
            if quote_char != 0 {
                if ch == quote_char {
                    if string_type == 3 {
                        if *s + 2 < end && b[*s + 1] == ch && b[*s + 2] == ch {
                            *s += 3;
                            string_type = 0;
                            quote_char = 0;
                            continue;
                        }
                    } else {
                        *s += 1;
                        string_type = 0;
                        quote_char = 0;
                        continue;
                    }
                }
                *s += 1;
                continue;
            } else if ch == b'\'' || ch == b'"' {
                if *s + 2 < end && b[*s + 1] == ch && b[*s + 2] == ch {
                    string_type = 3;
                    *s += 2;
                } else {
                    string_type = 1;
                }
                quote_char = ch;
            } else if matches!(ch, b'[' | b'{' | b'(') {
                if stack.len() >= MAX_FSTRING_NESTING {
                    return Err(self.err_last("f-string: too many nested parenthesis"));
                }
                stack.push(ch);
            } else if ch == b'#' {
                return Err(self.err_last("f-string expression part cannot include '#'"));
            } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
                if *s + 1 < end {
                    let next = b[*s + 1];
                    if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *s += 2;
                        continue;
                    }
                }
                if ch == b'>' || ch == b'<' {
                    *s += 1;
                    continue;
                }
                break;
            } else if matches!(ch, b']' | b'}' | b')') {
                let Some(open) = stack.pop() else {
                    return Err(self.err_last(format!("f-string: unmatched '{}'", ch as char)));
                };
                let matching = matches!((open, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    return Err(self.err_last(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, open as char
                    )));
                }
            }
            *s += 1;
        }
        let expr_end = *s;
        if quote_char != 0 {
            return Err(self.err_last("f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.err_last(format!("f-string: unmatched '{}'", open as char)));
        }
        let expecting = |p: &Self| p.err_last("f-string: expecting '}'");
        if *s >= end {
            return Err(expecting(self));
        }
        let expr = self.fstring_compile_expr(expr_start, expr_end)?;

        let mut debug_text = None;
        if b[*s] == b'=' {
            *s += 1;
            while *s < end && matches!(b[*s], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                *s += 1;
            }
            if *s >= end {
                return Err(expecting(self));
            }
            debug_text = Some(lexer::normalize_newlines(&self.src[expr_start..*s]));
        }
        let mut conversion = None;
        if b[*s] == b'!' {
            *s += 1;
            if *s >= end {
                return Err(expecting(self));
            }
            let c = self.src[*s..].chars().next().unwrap_or('\0');
            *s += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.err_last(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
            conversion = Some(c);
        }
        let mut spec = None;
        if *s < end && b[*s] == b':' {
            *s += 1;
            if *s >= end {
                return Err(expecting(self));
            }
            let mut sp = Vec::new();
            self.fstring_parse(s, end, raw, recurse_lvl + 1, &mut sp)?;
            spec = Some(sp);
        }
        if *s >= end || b[*s] != b'}' {
            return Err(expecting(self));
        }
        *s += 1;
        if debug_text.is_some() && spec.is_none() && conversion.is_none() {
            conversion = Some('r');
        }
        Ok(FStringPart::Value {
            expr: Box::new(expr),
            conversion,
            spec,
            debug_text,
        })
    }

    /// Parses `src[start..end]` as if it were wrapped in parentheses.
    fn fstring_compile_expr(&mut self, start: usize, end: usize) -> PResult<Expr> {
        let b = self.src.as_bytes();
        if b[start..end]
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            let next = b.get(end).copied().unwrap_or(0);
            if matches!(next, b'!' | b':' | b'=') {
                return Err(self.err_last(format!(
                    "f-string: expression required before '{}'",
                    next as char
                )));
            }
            return Err(self.err_last("f-string: empty expression not allowed"));
        }
        let lexed = lexer::lex_in_parens(self.src, start, end)?;
        let mut sub = Parser::new(self.src, lexed.tokens, true, self.rec);
        let r = sub.paren_contents(start as u32, T::EndMarker);
        r.map_err(|e| sub.finalize_error(e, lexed.deferred, lexed.immediate))
    }
}
