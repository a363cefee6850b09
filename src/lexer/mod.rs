//! Tokenizer for the Python 3.11 subset understood by gilsim.
//!
//! A logos-generated scanner ([`raw::Raw`]) recognises the context-free tokens; the wrapper
//! here adds what Python's grammar needs on top (in the spirit of starlark-rust's lexer):
//! NEWLINE / INDENT / DEDENT tokens, newlines ignored inside brackets, backslash
//! continuations, blank and comment-only lines, and CPython-compatible errors.
//!
//! Errors come in two flavours, mirroring CPython, whose parser pulls tokens lazily:
//! * *immediate* errors (invalid characters, unterminated strings, bad numbers, unmatched
//!   brackets...) always win over parse errors, because CPython re-tokenizes the whole file
//!   after a parse failure to look for them;
//! * *deferred* errors (inconsistent dedent, tabs/spaces mix, EOF inside brackets or after a
//!   backslash...) are only reported if the parser actually reaches them.

mod raw;
mod scan;

use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

use crate::ast::Span;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind, line_of_eof_position};
use raw::Raw;
use scan::NumKind;

pub(crate) use scan::{decode_escapes, normalize_newlines};

/// Maximum nesting of brackets (CPython's `MAXLEVEL`).
const MAX_PAREN_LEVEL: usize = 200;
/// Maximum number of indentation levels (CPython's `MAXINDENT`).
const MAX_INDENT: usize = 100;
const TAB_SIZE: usize = 8;

/// The kind of a token. Tokens with a payload (names, numbers, strings) carry it in
/// [`Token::value`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Name,
    /// An integer (`value` is [`TokenValue::Int`] or [`TokenValue::BigInt`]).
    Int,
    Float,
    /// An imaginary literal such as `1j` (not supported by gilsim: the parser rejects it).
    Imaginary,
    String,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A character that is no token at all, such as `$`, `?` or `!` (CPython's parser
    /// reports "invalid syntax" at it).
    Unknown,
    /// Stands for a deferred tokenizer error (never returned by [`tokenize`]).
    Error,

    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    // Operators and delimiters.
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    Vbar,
    Circumflex,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    RArrow,
    Ellipsis,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    RShiftEqual,
    LShiftEqual,
    DoubleStarEqual,
}

impl TokenKind {
    /// Keywords and soft keywords are looked up by their text.
    pub fn keyword(s: &str) -> Option<TokenKind> {
        use TokenKind::*;
        Some(match s {
            "False" => False,
            "None" => None,
            "True" => True,
            "and" => And,
            "as" => As,
            "assert" => Assert,
            "async" => Async,
            "await" => Await,
            "break" => Break,
            "class" => Class,
            "continue" => Continue,
            "def" => Def,
            "del" => Del,
            "elif" => Elif,
            "else" => Else,
            "except" => Except,
            "finally" => Finally,
            "for" => For,
            "from" => From,
            "global" => Global,
            "if" => If,
            "import" => Import,
            "in" => In,
            "is" => Is,
            "lambda" => Lambda,
            "nonlocal" => Nonlocal,
            "not" => Not,
            "or" => Or,
            "pass" => Pass,
            "raise" => Raise,
            "return" => Return,
            "try" => Try,
            "while" => While,
            "with" => With,
            "yield" => Yield,
            _ => return Option::None,
        })
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (TokenKind::False as u8) && (self as u8) <= (TokenKind::Yield as u8)
    }
}

/// A decoded string literal token.
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// Byte range of the text between the quotes.
    pub body: Span,
    /// The decoded value of a plain (non-f, non-bytes) string, or CPython's
    /// `(unicode error) ...` message if an escape sequence is invalid.
    pub value: Result<String, String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TokenValue {
    None,
    Name(String),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Str(Box<StrLit>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub value: TokenValue,
    /// Byte span in the source. NEWLINE, INDENT, DEDENT and ENDMARKER are zero-width.
    pub span: Span,
}

impl Token {
    pub fn name(&self) -> &str {
        match &self.value {
            TokenValue::Name(n) => n,
            _ => "",
        }
    }
}

/// Splits `source` into tokens, ending with [`TokenKind::EndMarker`]. Any tokenizer error
/// (including the ones CPython only reports when its parser reaches them) is returned.
pub fn tokenize(source: &str) -> Result<Vec<Token>, SyntaxError> {
    let lexed = lex(source)?;
    if let Some(e) = lexed.immediate {
        return Err(e);
    }
    match lexed.deferred {
        Some(d) => Err(d.error),
        None => Ok(lexed.tokens),
    }
}

/// A tokenizer error that CPython only raises once the parser fetches the offending token.
#[derive(Clone, Debug)]
pub(crate) struct Deferred {
    pub error: SyntaxError,
    /// For an end of file inside brackets: the line of the innermost open bracket.
    pub unclosed_paren_line: Option<usize>,
}

#[derive(Clone, Debug)]
pub(crate) struct Lexed {
    /// Ends with `EndMarker`, or with an `Error` token when an error is set.
    pub tokens: Vec<Token>,
    pub deferred: Option<Deferred>,
    /// An error CPython's tokenizer raises as soon as it meets it. It wins over parse errors
    /// (CPython re-tokenizes the file after a parse failure), except over "unexpected indent".
    pub immediate: Option<SyntaxError>,
}

/// Tokenizes a whole file. Only a NUL byte makes this fail outright; other tokenizer errors
/// are returned in [`Lexed`] with the tokens before them.
pub(crate) fn lex(source: &str) -> Result<Lexed, SyntaxError> {
    if let Some(pos) = source.find('\0') {
        let line = crate::syntax_error::offset_to_line_col(source, pos).0;
        return Err(SyntaxError::on_line(
            SyntaxErrorKind::Syntax,
            "source code cannot contain null bytes",
            line,
        ));
    }
    let start = if source.starts_with('\u{feff}') { 3 } else { 0 };
    Lexer::new(source, start, source.len(), false).run()
}

/// Tokenizes `source[start..end]` as the inside of brackets (used for f-string
/// replacement fields). Spans stay relative to the whole `source`.
pub(crate) fn lex_in_parens(source: &str, start: usize, end: usize) -> Result<Lexed, SyntaxError> {
    Lexer::new(source, start, end, true).run()
}

struct Lexer<'s> {
    src: &'s str,
    /// Current absolute position.
    pos: usize,
    /// End of the region being tokenized.
    end: usize,
    tokens: Vec<Token>,
    /// Indentation stack: (column with tabs to 8, column with tabs as 1).
    indents: Vec<(usize, usize)>,
    /// Open brackets: (char, offset).
    parens: Vec<(u8, usize)>,
    at_bol: bool,
    /// Inside an f-string replacement field: an implicit open bracket, no NEWLINE tokens.
    fstring_expr: bool,
    /// A comment at the very end of the input (where the implicit NEWLINE starts).
    eof_comment: Option<usize>,
}

enum Step {
    Continue,
    Eof,
    Deferred(Deferred),
}

impl<'s> Lexer<'s> {
    fn new(src: &'s str, start: usize, end: usize, fstring_expr: bool) -> Lexer<'s> {
        Lexer {
            src,
            pos: start,
            end,
            tokens: Vec::with_capacity((end - start) / 3 + 4),
            indents: vec![(0, 0)],
            parens: Vec::new(),
            at_bol: !fstring_expr,
            fstring_expr,
            eof_comment: None,
        }
    }

    fn push(&mut self, kind: TokenKind, value: TokenValue, start: usize, end: usize) {
        self.tokens.push(Token {
            kind,
            value,
            span: Span::new(start, end),
        });
    }

    fn deferred_error(&mut self, d: Deferred) -> Lexed {
        let p = self.pos.min(self.end);
        self.push(TokenKind::Error, TokenValue::None, p, p);
        Lexed {
            tokens: std::mem::take(&mut self.tokens),
            deferred: Some(d),
            immediate: None,
        }
    }

    fn line_at(&self, pos: usize) -> usize {
        crate::syntax_error::offset_to_line_col(self.src, pos).0
    }

    /// Offset of the line break ending the line that contains `pos` (or the end of input).
    fn end_of_line(&self, pos: usize) -> usize {
        let b = self.src.as_bytes();
        let mut i = pos;
        while i < self.end && b[i] != b'\n' && b[i] != b'\r' {
            i += 1;
        }
        i
    }

    fn run(mut self) -> Result<Lexed, SyntaxError> {
        match self.run_inner() {
            Ok(lexed) => Ok(lexed),
            Err(e) => {
                let p = self.pos.min(self.end);
                self.push(TokenKind::Error, TokenValue::None, p, p);
                Ok(Lexed {
                    tokens: self.tokens,
                    deferred: None,
                    immediate: Some(e),
                })
            }
        }
    }

    fn run_inner(&mut self) -> Result<Lexed, SyntaxError> {
        loop {
            if self.at_bol && self.parens.is_empty() {
                match self.indentation()? {
                    Step::Continue => {}
                    Step::Eof => break,
                    Step::Deferred(d) => return Ok(self.deferred_error(d)),
                }
            }
            match self.next_tokens()? {
                Step::Continue => {}
                Step::Eof => break,
                Step::Deferred(d) => return Ok(self.deferred_error(d)),
            }
        }
        // End of input.
        let end = self.end;
        if self.fstring_expr {
            self.push(TokenKind::EndMarker, TokenValue::None, end, end);
            return Ok(Lexed {
                tokens: std::mem::take(&mut self.tokens),
                deferred: None,
                immediate: None,
            });
        }
        if let Some(&(c, pos)) = self.parens.last() {
            let line = self.line_at(pos);
            let d = Deferred {
                error: SyntaxError::at(format!("'{}' was never closed", c as char), pos),
                unclosed_paren_line: Some(line),
            };
            self.pos = end;
            return Ok(self.deferred_error(d));
        }
        if let Some(last) = self.tokens.last()
            && !matches!(
                last.kind,
                TokenKind::Newline | TokenKind::Dedent | TokenKind::Indent
            )
        {
            let start = self.eof_comment.unwrap_or(end);
            self.push(TokenKind::Newline, TokenValue::None, start, end);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(TokenKind::Dedent, TokenValue::None, end, end);
        }
        self.push(TokenKind::EndMarker, TokenValue::None, end, end);
        Ok(Lexed {
            tokens: std::mem::take(&mut self.tokens),
            deferred: None,
            immediate: None,
        })
    }

    /// Processes indentation at the beginning of a line, skipping blank lines.
    fn indentation(&mut self) -> Result<Step, SyntaxError> {
        let b = self.src.as_bytes();
        loop {
            let mut line_start = self.pos;
            let mut col = 0;
            let mut altcol = 0;
            let mut cont_line_col = 0;
            let mut i = self.pos;
            while i < self.end {
                match b[i] {
                    b' ' => {
                        col += 1;
                        altcol += 1;
                    }
                    b'\t' => {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        altcol += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        altcol = 0;
                    }
                    b'\\' => {
                        // A backslash continuation inside the indentation: the column of
                        // the first one decides the indentation of what follows.
                        let nl = i + 1;
                        let nl_len = match b.get(nl) {
                            Some(b'\r') if b.get(nl + 1) == Some(&b'\n') => 2,
                            Some(b'\n') | Some(b'\r') => 1,
                            _ => 0,
                        };
                        if nl_len == 0 || nl >= self.end {
                            self.pos = nl;
                            let error = if nl >= self.end {
                                SyntaxError::on_line(
                                    SyntaxErrorKind::Syntax,
                                    "unexpected EOF while parsing",
                                    self.line_at(i),
                                )
                            } else {
                                SyntaxError::at(
                                    "unexpected character after line continuation character",
                                    nl,
                                )
                            };
                            return Ok(Step::Deferred(Deferred {
                                error,
                                unclosed_paren_line: None,
                            }));
                        }
                        if cont_line_col == 0 {
                            cont_line_col = col;
                        }
                        i = nl + nl_len;
                        if i >= self.end {
                            self.pos = i;
                            return Ok(Step::Deferred(Deferred {
                                error: SyntaxError::on_line(
                                    SyntaxErrorKind::Syntax,
                                    "unexpected EOF while parsing",
                                    self.line_at(nl),
                                ),
                                unclosed_paren_line: None,
                            }));
                        }
                        line_start = i;
                        continue;
                    }
                    _ => break,
                }
                i += 1;
            }
            if cont_line_col != 0 {
                col = cont_line_col;
                altcol = cont_line_col;
            }
            if i >= self.end {
                self.pos = i;
                return Ok(Step::Eof);
            }
            match b[i] {
                b'#' | b'\n' | b'\r' => {
                    // Blank or comment-only line: skip it entirely.
                    let mut j = self.end_of_line(i);
                    if j < self.end {
                        if b[j] == b'\r' && j + 1 < self.end && b[j + 1] == b'\n' {
                            j += 1;
                        }
                        j += 1;
                    }
                    self.pos = j;
                    continue;
                }
                _ => {}
            }
            self.pos = i;
            self.at_bol = false;
            let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if col == top_col {
                if altcol != top_alt {
                    return Ok(Step::Deferred(self.tab_error(line_start)));
                }
            } else if col > top_col {
                if self.indents.len() >= MAX_INDENT {
                    let eol = self.end_of_line(i);
                    return Ok(Step::Deferred(Deferred {
                        error: SyntaxError::new(
                            SyntaxErrorKind::Indentation,
                            "too many levels of indentation",
                            eol,
                            None,
                        ),
                        unclosed_paren_line: None,
                    }));
                }
                if altcol <= top_alt {
                    return Ok(Step::Deferred(self.tab_error(line_start)));
                }
                self.indents.push((col, altcol));
                self.push(TokenKind::Indent, TokenValue::None, i, i);
            } else {
                let mut dedents = 0;
                while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].0 {
                    self.indents.pop();
                    dedents += 1;
                }
                let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
                if col != top_col {
                    let eol = self.end_of_line(i);
                    return Ok(Step::Deferred(Deferred {
                        error: SyntaxError::new(
                            SyntaxErrorKind::Indentation,
                            "unindent does not match any outer indentation level",
                            eol,
                            None,
                        ),
                        unclosed_paren_line: None,
                    }));
                }
                if altcol != top_alt {
                    return Ok(Step::Deferred(self.tab_error(line_start)));
                }
                for _ in 0..dedents {
                    self.push(TokenKind::Dedent, TokenValue::None, i, i);
                }
            }
            return Ok(Step::Continue);
        }
    }

    fn tab_error(&self, line_start: usize) -> Deferred {
        Deferred {
            error: SyntaxError::new(
                SyntaxErrorKind::Tab,
                "inconsistent use of tabs and spaces in indentation",
                line_start,
                None,
            ),
            unclosed_paren_line: None,
        }
    }

    /// Lexes tokens until the end of a logical line (or input).
    fn next_tokens(&mut self) -> Result<Step, SyntaxError> {
        let base = self.pos;
        let mut lex = Raw::lexer(&self.src[base..self.end]);
        // Start of a comment ending the line: CPython's NEWLINE token starts there.
        let mut comment_start: Option<usize> = None;
        loop {
            let Some(res) = lex.next() else {
                self.pos = self.end;
                self.eof_comment = comment_start;
                return Ok(Step::Eof);
            };
            let span = lex.span();
            let (start, end) = (base + span.start, base + span.end);
            let raw = match res {
                Ok(raw) => raw,
                Err(()) => {
                    self.unknown_char(start)?;
                    continue;
                }
            };
            use TokenKind as T;
            let kind = match raw {
                Raw::Space => continue,
                Raw::Comment => {
                    comment_start = Some(start);
                    continue;
                }
                Raw::Newline => {
                    if self.parens.is_empty() && !self.fstring_expr {
                        if let Some(last) = self.tokens.last()
                            && !matches!(last.kind, T::Newline | T::Indent | T::Dedent)
                        {
                            self.push(
                                T::Newline,
                                TokenValue::None,
                                comment_start.unwrap_or(start),
                                start,
                            );
                        }
                        self.pos = end;
                        self.at_bol = true;
                        return Ok(Step::Continue);
                    }
                    comment_start = None;
                    continue;
                }
                Raw::LineContinuation => {
                    if end >= self.end && !self.fstring_expr {
                        self.pos = end;
                        return Ok(Step::Deferred(self.eof_after_backslash(start + 1)));
                    }
                    continue;
                }
                Raw::Backslash => {
                    self.pos = end;
                    if end >= self.end {
                        return Ok(Step::Deferred(self.eof_after_backslash(end)));
                    }
                    return Ok(Step::Deferred(Deferred {
                        error: SyntaxError::at(
                            "unexpected character after line continuation character",
                            end,
                        ),
                        unclosed_paren_line: None,
                    }));
                }
                Raw::Name => {
                    let text = &self.src[start..end];
                    if !text.is_ascii() {
                        verify_identifier(text, start)?;
                    }
                    match TokenKind::keyword(text) {
                        Some(k) => self.push(k, TokenValue::None, start, end),
                        None => self.push(T::Name, TokenValue::Name(text.to_string()), start, end),
                    }
                    continue;
                }
                Raw::Digit | Raw::DotDigit => {
                    let (num_end, kind) =
                        scan::scan_number(&self.src.as_bytes()[..self.end], start)?;
                    self.push_number(start, num_end, kind);
                    lex.bump(num_end - end);
                    continue;
                }
                Raw::StringStart => {
                    let quote_pos = end - 1;
                    let s = scan::scan_string(&self.src[..self.end], start, quote_pos)?;
                    let prefix = scan::parse_prefix(&self.src[start..quote_pos]);
                    let body = &self.src[s.body_start..s.body_end];
                    let value = if prefix.fstring || prefix.bytes {
                        Ok(String::new())
                    } else if prefix.raw {
                        Ok(normalize_newlines(body))
                    } else {
                        decode_escapes(body)
                    };
                    let lit = StrLit {
                        raw: prefix.raw,
                        bytes: prefix.bytes,
                        fstring: prefix.fstring,
                        body: Span::new(s.body_start, s.body_end),
                        value,
                    };
                    self.push(T::String, TokenValue::Str(Box::new(lit)), start, s.end);
                    lex.bump(s.end - end);
                    continue;
                }
                Raw::LParen | Raw::LBracket | Raw::LBrace => {
                    let level = self.parens.len() + self.fstring_expr as usize;
                    if level >= MAX_PAREN_LEVEL {
                        return Err(SyntaxError::at("too many nested parentheses", start));
                    }
                    let c = self.src.as_bytes()[start];
                    self.parens.push((c, start));
                    match raw {
                        Raw::LParen => T::LParen,
                        Raw::LBracket => T::LBracket,
                        _ => T::LBrace,
                    }
                }
                Raw::RParen | Raw::RBracket | Raw::RBrace => {
                    let c = self.src.as_bytes()[start];
                    let Some((open, open_pos)) = self.parens.pop() else {
                        return Err(SyntaxError::at(format!("unmatched '{}'", c as char), start));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let open_line = self.line_at(open_pos);
                        let msg = if open_line != self.line_at(start) {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                c as char, open as char, open_line
                            )
                        } else {
                            format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                c as char, open as char
                            )
                        };
                        return Err(SyntaxError::at(msg, start));
                    }
                    match raw {
                        Raw::RParen => T::RParen,
                        Raw::RBracket => T::RBracket,
                        _ => T::RBrace,
                    }
                }
                Raw::Plus => T::Plus,
                Raw::Minus => T::Minus,
                Raw::Star => T::Star,
                Raw::DoubleStar => T::DoubleStar,
                Raw::Slash => T::Slash,
                Raw::DoubleSlash => T::DoubleSlash,
                Raw::Percent => T::Percent,
                Raw::At => T::At,
                Raw::LShift => T::LShift,
                Raw::RShift => T::RShift,
                Raw::Amper => T::Amper,
                Raw::Vbar => T::Vbar,
                Raw::Circumflex => T::Circumflex,
                Raw::Tilde => T::Tilde,
                Raw::ColonEqual => T::ColonEqual,
                Raw::Less => T::Less,
                Raw::Greater => T::Greater,
                Raw::LessEqual => T::LessEqual,
                Raw::GreaterEqual => T::GreaterEqual,
                Raw::EqEqual => T::EqEqual,
                Raw::NotEqual => T::NotEqual,
                Raw::Comma => T::Comma,
                Raw::Colon => T::Colon,
                Raw::Dot => T::Dot,
                Raw::Semi => T::Semi,
                Raw::Equal => T::Equal,
                Raw::RArrow => T::RArrow,
                Raw::Ellipsis => T::Ellipsis,
                Raw::PlusEqual => T::PlusEqual,
                Raw::MinusEqual => T::MinusEqual,
                Raw::StarEqual => T::StarEqual,
                Raw::SlashEqual => T::SlashEqual,
                Raw::DoubleSlashEqual => T::DoubleSlashEqual,
                Raw::PercentEqual => T::PercentEqual,
                Raw::AtEqual => T::AtEqual,
                Raw::AmperEqual => T::AmperEqual,
                Raw::VbarEqual => T::VbarEqual,
                Raw::CircumflexEqual => T::CircumflexEqual,
                Raw::RShiftEqual => T::RShiftEqual,
                Raw::LShiftEqual => T::LShiftEqual,
                Raw::DoubleStarEqual => T::DoubleStarEqual,
            };
            self.push(kind, TokenValue::None, start, end);
        }
    }

    fn eof_after_backslash(&self, pos: usize) -> Deferred {
        if let Some(&(c, p)) = self.parens.last() {
            return Deferred {
                error: SyntaxError::at(format!("'{}' was never closed", c as char), p),
                unclosed_paren_line: Some(self.line_at(p)),
            };
        }
        Deferred {
            error: SyntaxError::at("unexpected EOF while parsing", pos),
            unclosed_paren_line: None,
        }
    }

    /// A character logos does not recognise (only ASCII can get here).
    fn unknown_char(&mut self, start: usize) -> Result<(), SyntaxError> {
        let c = self.src[start..].chars().next().unwrap_or('\0');
        let len = c.len_utf8();
        if raw::is_printable(c) {
            self.push(TokenKind::Unknown, TokenValue::None, start, start + len);
            Ok(())
        } else {
            Err(SyntaxError::at(
                format!("invalid non-printable character U+{:04X}", c as u32),
                start,
            ))
        }
    }

    fn push_number(&mut self, start: usize, end: usize, kind: NumKind) {
        let text: String = self.src[start..end].chars().filter(|&c| c != '_').collect();
        match kind {
            NumKind::Int { radix } => {
                let digits = if radix == 10 { &text[..] } else { &text[2..] };
                let value = match i64::from_str_radix(digits, radix) {
                    Ok(v) => TokenValue::Int(v),
                    Err(_) => match BigInt::from_str_radix(digits, radix) {
                        Ok(v) => TokenValue::BigInt(v),
                        Err(_) => TokenValue::Int(0),
                    },
                };
                self.push(TokenKind::Int, value, start, end);
            }
            NumKind::Float => {
                let v = text.parse::<f64>().unwrap_or(f64::NAN);
                self.push(TokenKind::Float, TokenValue::Float(v), start, end);
            }
            NumKind::Imaginary => {
                self.push(TokenKind::Imaginary, TokenValue::None, start, end);
            }
        }
    }
}

/// CPython's `verify_identifier`: reports the first character that cannot be part of an
/// identifier.
fn verify_identifier(text: &str, start: usize) -> Result<(), SyntaxError> {
    let valid = raw::valid_identifier_prefix(text);
    if valid >= text.len() {
        return Ok(());
    }
    let c = text[valid..].chars().next().unwrap_or('\0');
    let msg = if raw::is_printable(c) {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    };
    Err(SyntaxError::at(msg, start + valid))
}

/// The line of an end-of-file position, as CPython counts it.
pub(crate) fn eof_line(source: &str) -> usize {
    line_of_eof_position(source, source.len())
}

#[cfg(test)]
mod tests;
