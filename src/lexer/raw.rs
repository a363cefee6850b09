//! The logos-generated scanner for the context-free part of Python's tokens.
//!
//! Numbers and strings are only *started* here (their first characters); the wrapper in
//! `mod.rs` finishes them by hand (see `scan.rs`), because CPython's rules for them (error
//! positions, escapes, unterminated literals) do not fit regular expressions.

use logos::Logos;

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Raw {
    #[regex(r"[ \t\x0c]+")]
    Space,
    #[regex(r"#[^\r\n]*", allow_greedy = true)]
    Comment,
    #[regex(r"\r\n|\n|\r")]
    Newline,
    #[regex(r"\\(\r\n|\n|\r)")]
    LineContinuation,
    #[token("\\")]
    Backslash,

    /// An identifier or keyword. Non-ASCII characters are accepted here and validated by the
    /// wrapper, which reports CPython's "invalid character" errors.
    #[regex(r"[A-Za-z_\x{80}-\x{10FFFF}][A-Za-z0-9_\x{80}-\x{10FFFF}]*")]
    Name,
    /// First digit of a number.
    #[regex(r"[0-9]")]
    Digit,
    /// `.` followed by a digit: a float such as `.5`.
    #[regex(r"\.[0-9]")]
    DotDigit,
    /// A string prefix (possibly empty) and its opening quote.
    #[regex(r#"([bBrRuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?["']"#)]
    StringStart,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Vbar,
    #[token("^")]
    Circumflex,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

/// Matches a valid Python identifier (`XID_Start XID_Continue*`, `_` allowed first).
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IdentCheck {
    #[regex(r"[_\p{XID_Start}]\p{XID_Continue}*")]
    Ident,
}

/// Matches one character that Python's `str.isprintable()` rejects.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NonPrintable {
    #[regex(r"[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]")]
    Char,
}

/// The length in bytes of the longest valid identifier prefix of `s`.
pub(super) fn valid_identifier_prefix(s: &str) -> usize {
    let mut lex = IdentCheck::lexer(s);
    match lex.next() {
        Some(Ok(IdentCheck::Ident)) if lex.span().start == 0 => lex.span().end,
        _ => 0,
    }
}

/// Python's `str.isprintable()` for one character (the space is printable).
pub(super) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    let mut lex = NonPrintable::lexer(s);
    !matches!(lex.next(), Some(Ok(NonPrintable::Char)))
}
