//! Tokenizer tests, mostly about NEWLINE / INDENT / DEDENT generation and the errors
//! CPython reports for indentation.

use super::*;
use crate::syntax_error::{SyntaxErrorKind, format_syntax_error};

use TokenKind as T;

fn kinds(src: &str) -> Vec<TokenKind> {
    tokenize(src)
        .unwrap_or_else(|e| panic!("{src:?}: {e}"))
        .iter()
        .map(|t| t.kind)
        .collect()
}

fn err(src: &str) -> SyntaxError {
    match tokenize(src) {
        Ok(toks) => panic!(
            "{src:?} tokenized: {:?}",
            toks.iter().map(|t| t.kind).collect::<Vec<_>>()
        ),
        Err(e) => e,
    }
}

#[test]
fn simple_line() {
    assert_eq!(
        kinds("x = 1\n"),
        vec![T::Name, T::Equal, T::Int, T::Newline, T::EndMarker]
    );
}

#[test]
fn indent_dedent_sequence() {
    let src = "if a:\n    b\n    c\nd\n";
    assert_eq!(
        kinds(src),
        vec![
            T::If,
            T::Name,
            T::Colon,
            T::Newline,
            T::Indent,
            T::Name,
            T::Newline,
            T::Name,
            T::Newline,
            T::Dedent,
            T::Name,
            T::Newline,
            T::EndMarker,
        ]
    );
}

#[test]
fn multiple_dedents() {
    let src = "if a:\n  if b:\n    if c:\n      x\ny\n";
    let k = kinds(src);
    let dedents = k.iter().filter(|&&t| t == T::Dedent).count();
    let indents = k.iter().filter(|&&t| t == T::Indent).count();
    assert_eq!((indents, dedents), (3, 3));
    // All three DEDENTs come right before `y`.
    let y = k.iter().rposition(|&t| t == T::Name).unwrap();
    assert_eq!(&k[y - 3..y], &[T::Dedent, T::Dedent, T::Dedent]);
}

#[test]
fn partial_dedent() {
    let src = "if a:\n  if b:\n    x\n  y\nz\n";
    let k = kinds(src);
    assert_eq!(
        k,
        vec![
            T::If,
            T::Name,
            T::Colon,
            T::Newline,
            T::Indent,
            T::If,
            T::Name,
            T::Colon,
            T::Newline,
            T::Indent,
            T::Name,
            T::Newline,
            T::Dedent,
            T::Name,
            T::Newline,
            T::Dedent,
            T::Name,
            T::Newline,
            T::EndMarker,
        ]
    );
}

#[test]
fn dedent_to_mismatched_level() {
    let src = "if x:\n    a\n  b\n";
    let e = err(src);
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
    assert_eq!(e.msg, "unindent does not match any outer indentation level");
    assert_eq!(e.line_and_col(src), (3, 4));
    assert_eq!(
        format_syntax_error("p.py", src, &e),
        "  File \"p.py\", line 3\n    b\n     ^\n\
         IndentationError: unindent does not match any outer indentation level\n"
    );
}

#[test]
fn tabs_vs_spaces() {
    // 8 spaces and a tab have the same column but different "alternate" columns.
    let e = err("if x:\n\ty\n        z\n");
    assert_eq!(e.kind, SyntaxErrorKind::Tab);
    assert_eq!(e.msg, "inconsistent use of tabs and spaces in indentation");
    let e = err("if 1:\n        x\n\ty\n");
    assert_eq!(e.kind, SyntaxErrorKind::Tab);
    // Consistent tabs are fine; a tab counts as 8 columns.
    assert_eq!(
        kinds("if 1:\n\tx\n\ty\n")
            .iter()
            .filter(|&&t| t == T::Indent)
            .count(),
        1
    );
    let src = "if x:\n\ty\n        z\n";
    assert_eq!(
        format_syntax_error("p.py", src, &err(src)),
        "  File \"p.py\", line 3\n    z\nTabError: inconsistent use of tabs and spaces in indentation\n"
    );
}

#[test]
fn blank_and_comment_lines_in_blocks() {
    let src = "if a:\n    b\n\n  # comment at another column\n        \n    c\n# end\nd\n";
    assert_eq!(
        kinds(src),
        vec![
            T::If,
            T::Name,
            T::Colon,
            T::Newline,
            T::Indent,
            T::Name,
            T::Newline,
            T::Name,
            T::Newline,
            T::Dedent,
            T::Name,
            T::Newline,
            T::EndMarker,
        ]
    );
}

#[test]
fn brackets_span_lines() {
    let src = "x = (1,\n  2,\n      3)\ny = [\n]\n";
    assert_eq!(
        kinds(src),
        vec![
            T::Name,
            T::Equal,
            T::LParen,
            T::Int,
            T::Comma,
            T::Int,
            T::Comma,
            T::Int,
            T::RParen,
            T::Newline,
            T::Name,
            T::Equal,
            T::LBracket,
            T::RBracket,
            T::Newline,
            T::EndMarker,
        ]
    );
    // Indentation inside brackets is irrelevant, even when it would not match.
    assert!(tokenize("if a:\n    f(1,\n  2)\n    g\n").is_ok());
}

#[test]
fn continuation_lines() {
    let src = "x = 1 + \\\n    2\ny = 3\n";
    assert_eq!(
        kinds(src),
        vec![
            T::Name,
            T::Equal,
            T::Int,
            T::Plus,
            T::Int,
            T::Newline,
            T::Name,
            T::Equal,
            T::Int,
            T::Newline,
            T::EndMarker,
        ]
    );
    let e = err("x = 1 + \\ 2\n");
    assert_eq!(
        e.msg,
        "unexpected character after line continuation character"
    );
    assert_eq!(e.offset, 9);
    let e = err("x = 1 +\\\n");
    assert_eq!(e.msg, "unexpected EOF while parsing");
    assert_eq!(e.line_and_col("x = 1 +\\\n"), (1, 9));
}

#[test]
fn eof_dedents_and_missing_newline() {
    let src = "def f():\n    if x:\n        return 1";
    let k = kinds(src);
    assert_eq!(
        &k[k.len() - 4..],
        &[T::Newline, T::Dedent, T::Dedent, T::EndMarker]
    );
    // The implicit NEWLINE sits at the end of the input.
    let toks = tokenize("x").unwrap();
    assert_eq!(toks[1].kind, T::Newline);
    assert_eq!(toks[1].span, Span::new(1, 1));
    assert_eq!(kinds(""), vec![T::EndMarker]);
    assert_eq!(kinds("\n\n  \n# c"), vec![T::EndMarker]);
}

#[test]
fn crlf_line_endings() {
    let src = "if a:\r\n    b = 'x'\r\nc\r\n";
    assert_eq!(
        kinds(src),
        vec![
            T::If,
            T::Name,
            T::Colon,
            T::Newline,
            T::Indent,
            T::Name,
            T::Equal,
            T::String,
            T::Newline,
            T::Dedent,
            T::Name,
            T::Newline,
            T::EndMarker,
        ]
    );
    let toks = tokenize("s = '''a\r\nb'''\r\n").unwrap();
    match &toks[2].value {
        TokenValue::Str(s) => assert_eq!(s.value.as_deref(), Ok("a\nb")),
        v => panic!("{v:?}"),
    }
}

#[test]
fn unexpected_indent_is_not_a_tokenizer_error() {
    // The tokenizer emits INDENT; the parser reports "unexpected indent".
    assert_eq!(kinds("x\n  y\n")[2], T::Indent);
}

#[test]
fn too_deep_indentation() {
    let mut src = String::new();
    for i in 0..101 {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(101));
    src.push_str("pass\n");
    let e = err(&src);
    assert_eq!(e.msg, "too many levels of indentation");
    assert_eq!(e.kind, SyntaxErrorKind::Indentation);
}

#[test]
fn keywords_operators_and_names() {
    let src = "lambda x: x ** 2 // 3 -> y := z @ w ... != <> é_1 match";
    let k = kinds(src);
    assert_eq!(
        k,
        vec![
            T::Lambda,
            T::Name,
            T::Colon,
            T::Name,
            T::DoubleStar,
            T::Int,
            T::DoubleSlash,
            T::Int,
            T::RArrow,
            T::Name,
            T::ColonEqual,
            T::Name,
            T::At,
            T::Name,
            T::Ellipsis,
            T::NotEqual,
            T::Less,
            T::Greater,
            T::Name,
            T::Name,
            T::Newline,
            T::EndMarker,
        ]
    );
    let k = kinds("a **= b //= c >>= d <<= e @= f");
    assert!(k.contains(&T::DoubleStarEqual) && k.contains(&T::DoubleSlashEqual));
    assert!(k.contains(&T::RShiftEqual) && k.contains(&T::LShiftEqual) && k.contains(&T::AtEqual));
}

#[test]
fn numbers() {
    let toks =
        tokenize("1_000 0x_ff 0o17 0b101 9223372036854775808 1.5 .5 5. 1e10 1_000.5").unwrap();
    let vals: Vec<&TokenValue> = toks.iter().map(|t| &t.value).collect();
    assert_eq!(vals[0], &TokenValue::Int(1000));
    assert_eq!(vals[1], &TokenValue::Int(255));
    assert_eq!(vals[2], &TokenValue::Int(15));
    assert_eq!(vals[3], &TokenValue::Int(5));
    assert_eq!(
        vals[4],
        &TokenValue::BigInt("9223372036854775808".parse().unwrap())
    );
    assert_eq!(vals[5], &TokenValue::Float(1.5));
    assert_eq!(vals[6], &TokenValue::Float(0.5));
    assert_eq!(vals[7], &TokenValue::Float(5.0));
    assert_eq!(vals[8], &TokenValue::Float(1e10));
    assert_eq!(vals[9], &TokenValue::Float(1000.5));
    assert_eq!(kinds("3j")[0], T::Imaginary);
    assert_eq!(err("x = 1abc").msg, "invalid decimal literal");
    assert_eq!(err("x = 0b12").msg, "invalid digit '2' in binary literal");
    assert!(
        err("x = 012")
            .msg
            .starts_with("leading zeros in decimal integer literals")
    );
}

#[test]
fn strings() {
    let value = |src: &str| match &tokenize(src).unwrap()[0].value {
        TokenValue::Str(s) => s.value.clone(),
        v => panic!("{v:?}"),
    };
    assert_eq!(
        value(r#""a\tb\n\\\'\"\x41\u00e9\U0001F600\101\0""#),
        Ok("a\tb\n\\'\"Aé😀A\0".into())
    );
    assert_eq!(value(r"'\d\q'"), Ok(r"\d\q".into()));
    assert_eq!(value(r"r'\n\''"), Ok(r"\n\'".into()));
    assert_eq!(value("'a\\\nb'"), Ok("ab".into()));
    assert_eq!(value("'''x\ny'''"), Ok("x\ny".into()));
    assert_eq!(value(r"'\a\b\f\v\r'"), Ok("\x07\x08\x0c\x0b\r".into()));
    assert!(
        value(r"'\x4'")
            .unwrap_err()
            .contains("truncated \\xXX escape")
    );
    for prefix in [
        "", "r", "u", "f", "rf", "fr", "R", "F", "Rf", "fR", "U", "b", "br", "Rb",
    ] {
        let src = format!("{prefix}'x'");
        let toks = tokenize(&src).unwrap();
        assert_eq!(toks.len(), 3, "{src}");
        let TokenValue::Str(s) = &toks[0].value else {
            panic!()
        };
        let lower = prefix.to_ascii_lowercase();
        assert_eq!(s.fstring, lower.contains('f'), "{src}");
        assert_eq!(s.raw, lower.contains('r'), "{src}");
        assert_eq!(s.bytes, lower.contains('b'), "{src}");
    }
    let e = err("x = 'abc\n");
    assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
    assert_eq!(e.offset, 4);
    let e = err("x = '''abc\n\ny");
    assert_eq!(
        e.msg,
        "unterminated triple-quoted string literal (detected at line 3)"
    );
}

#[test]
fn bracket_errors() {
    let e = err("x = [1, 2)\n");
    assert_eq!(
        e.msg,
        "closing parenthesis ')' does not match opening parenthesis '['"
    );
    assert_eq!(e.offset, 9);
    let e = err("x = [1,\n2}\n");
    assert_eq!(
        e.msg,
        "closing parenthesis '}' does not match opening parenthesis '[' on line 1"
    );
    assert_eq!(err("x = )\n").msg, "unmatched ')'");
    assert_eq!(err("x = (1,\n2\n").msg, "'(' was never closed");
    let deep = "(".repeat(201);
    assert_eq!(err(&deep).msg, "too many nested parentheses");
}

#[test]
fn invalid_characters() {
    let e = err("a = 1 € 2\n");
    assert_eq!(e.msg, "invalid character '€' (U+20AC)");
    assert_eq!(e.offset, 6);
    assert_eq!(
        err("x = \u{1}\n").msg,
        "invalid non-printable character U+0001"
    );
    assert_eq!(
        err("x\u{a0}= 1\n").msg,
        "invalid non-printable character U+00A0"
    );
    assert_eq!(kinds("a $ b")[1], T::Unknown);
    assert_eq!(kinds("é = 1")[0], T::Name);
    assert_eq!(kinds("\u{feff}x = 1")[0], T::Name);
    assert_eq!(err("x = \0").msg, "source code cannot contain null bytes");
}

#[test]
fn newline_token_after_comment_starts_at_the_comment() {
    let toks = tokenize("x # hi\n").unwrap();
    assert_eq!(toks[1].kind, T::Newline);
    assert_eq!(toks[1].span, Span::new(2, 6));
}
