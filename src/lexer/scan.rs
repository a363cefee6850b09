//! Hand-written scanners for numbers and string literals, ported from CPython 3.11's
//! `Parser/tokenizer.c` (so that error messages and caret positions match), and the escape
//! sequence decoder from `Parser/string_parser.c` / `unicodeescape`.

use crate::syntax_error::SyntaxError;

/// What kind of number literal was scanned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NumKind {
    /// Decimal integer (`radix` 10) or `0x`/`0o`/`0b` integer.
    Int {
        radix: u32,
    },
    Float,
    Imaginary,
}

/// Scans a number starting at `start` (a digit, or a `.` followed by a digit).
/// Returns the end offset and kind. Errors are CPython's tokenizer errors, with the
/// caret on the last character consumed (CPython's `tok->cur - 1`).
pub(super) fn scan_number(src: &[u8], start: usize) -> Result<(usize, NumKind), SyntaxError> {
    let mut s = NumScanner { src, cur: start };
    s.scan().map(|kind| (s.cur, kind))
}

struct NumScanner<'a> {
    src: &'a [u8],
    cur: usize,
}

const EOF: u8 = 0;

fn is_potential_identifier_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl NumScanner<'_> {
    fn nextc(&mut self) -> u8 {
        if self.cur < self.src.len() {
            let c = self.src[self.cur];
            self.cur += 1;
            c
        } else {
            // Like CPython's EOF, reading past the end still advances (backup undoes it).
            self.cur += 1;
            EOF
        }
    }

    fn backup(&mut self) {
        self.cur -= 1;
    }

    /// CPython's `syntaxerror()`: the caret goes on the character before `cur`.
    fn error(&self, msg: impl Into<String>) -> SyntaxError {
        let pos = self.cur.saturating_sub(1).min(self.src.len());
        SyntaxError::at(msg, pos)
    }

    fn lookahead(&mut self, test: &[u8]) -> bool {
        let save = self.cur;
        let mut res = false;
        let mut i = 0;
        loop {
            let c = self.nextc();
            if i == test.len() {
                res = !is_potential_identifier_char(c);
                break;
            } else if c == test[i] {
                i += 1;
                continue;
            }
            break;
        }
        self.cur = save;
        res
    }

    /// `c` has just been read (so `cur` is past it).
    fn verify_end_of_number(&mut self, c: u8, kind: &str) -> Result<(), SyntaxError> {
        let r = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => {
                let c2 = self.nextc();
                self.backup();
                matches!(c2, b'f' | b'n' | b's')
            }
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if r {
            // CPython emits a SyntaxWarning here; the number simply ends.
            return Ok(());
        }
        if is_potential_identifier_char(c) {
            self.backup();
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// Returns the first character after the digits, already consumed; 0-able on error.
    fn decimal_tail(&mut self) -> Result<u8, SyntaxError> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !c.is_ascii_digit() {
                    break;
                }
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    fn scan(&mut self) -> Result<NumKind, SyntaxError> {
        let mut c = self.nextc();
        if c == b'.' {
            // `.5`: the caller guarantees a digit follows.
            c = self.nextc();
            return self.fraction(c);
        }
        if c == b'0' {
            c = self.nextc();
            if c == b'x' || c == b'X' {
                c = self.nextc();
                loop {
                    if c == b'_' {
                        c = self.nextc();
                    }
                    if !c.is_ascii_hexdigit() {
                        self.backup();
                        return Err(self.error("invalid hexadecimal literal"));
                    }
                    loop {
                        c = self.nextc();
                        if !c.is_ascii_hexdigit() {
                            break;
                        }
                    }
                    if c != b'_' {
                        break;
                    }
                }
                self.verify_end_of_number(c, "hexadecimal")?;
                self.backup();
                return Ok(NumKind::Int { radix: 16 });
            } else if c == b'o' || c == b'O' {
                c = self.nextc();
                loop {
                    if c == b'_' {
                        c = self.nextc();
                    }
                    if !(b'0'..b'8').contains(&c) {
                        if c.is_ascii_digit() {
                            return Err(self
                                .error(format!("invalid digit '{}' in octal literal", c as char)));
                        }
                        self.backup();
                        return Err(self.error("invalid octal literal"));
                    }
                    loop {
                        c = self.nextc();
                        if !(b'0'..b'8').contains(&c) {
                            break;
                        }
                    }
                    if c != b'_' {
                        break;
                    }
                }
                if c.is_ascii_digit() {
                    return Err(
                        self.error(format!("invalid digit '{}' in octal literal", c as char))
                    );
                }
                self.verify_end_of_number(c, "octal")?;
                self.backup();
                return Ok(NumKind::Int { radix: 8 });
            } else if c == b'b' || c == b'B' {
                c = self.nextc();
                loop {
                    if c == b'_' {
                        c = self.nextc();
                    }
                    if c != b'0' && c != b'1' {
                        if c.is_ascii_digit() {
                            return Err(self.error(format!(
                                "invalid digit '{}' in binary literal",
                                c as char
                            )));
                        }
                        self.backup();
                        return Err(self.error("invalid binary literal"));
                    }
                    loop {
                        c = self.nextc();
                        if c != b'0' && c != b'1' {
                            break;
                        }
                    }
                    if c != b'_' {
                        break;
                    }
                }
                if c.is_ascii_digit() {
                    return Err(
                        self.error(format!("invalid digit '{}' in binary literal", c as char))
                    );
                }
                self.verify_end_of_number(c, "binary")?;
                self.backup();
                return Ok(NumKind::Int { radix: 2 });
            } else {
                let mut nonzero = false;
                let start = self.cur - 2; // position of the leading '0'
                loop {
                    if c == b'_' {
                        c = self.nextc();
                        if !c.is_ascii_digit() {
                            self.backup();
                            return Err(self.error("invalid decimal literal"));
                        }
                    }
                    if c != b'0' {
                        break;
                    }
                    c = self.nextc();
                }
                let zeros_end = self.cur - 1;
                if c.is_ascii_digit() {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if c == b'.' {
                    c = self.nextc();
                    return self.fraction(c);
                } else if c == b'e' || c == b'E' {
                    return self.exponent(c, NumKind::Int { radix: 10 });
                } else if c == b'j' || c == b'J' {
                    return self.imaginary();
                } else if nonzero {
                    self.backup();
                    return Err(SyntaxError::range(
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers",
                        start,
                        zeros_end.max(start + 1),
                    ));
                }
                self.verify_end_of_number(c, "decimal")?;
                self.backup();
                return Ok(NumKind::Int { radix: 10 });
            }
        }
        // Decimal
        c = self.decimal_tail()?;
        if c == b'.' {
            c = self.nextc();
            return self.fraction(c);
        }
        if c == b'e' || c == b'E' {
            return self.exponent(c, NumKind::Int { radix: 10 });
        }
        if c == b'j' || c == b'J' {
            return self.imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup();
        Ok(NumKind::Int { radix: 10 })
    }

    /// After the `.`; `c` is the first character after it (consumed).
    fn fraction(&mut self, mut c: u8) -> Result<NumKind, SyntaxError> {
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        if c == b'e' || c == b'E' {
            return self.exponent(c, NumKind::Float);
        }
        if c == b'j' || c == b'J' {
            return self.imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup();
        Ok(NumKind::Float)
    }

    /// `e` is the consumed `e`/`E`.
    fn exponent(&mut self, e: u8, prior: NumKind) -> Result<NumKind, SyntaxError> {
        let mut c = self.nextc();
        if c == b'+' || c == b'-' {
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal"));
            }
        } else if !c.is_ascii_digit() {
            self.backup();
            self.verify_end_of_number(e, "decimal")?;
            // `1else`: the number ends before the `e`.
            self.backup();
            return Ok(prior);
        }
        c = self.decimal_tail()?;
        if c == b'j' || c == b'J' {
            return self.imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup();
        Ok(NumKind::Float)
    }

    fn imaginary(&mut self) -> Result<NumKind, SyntaxError> {
        let c = self.nextc();
        self.verify_end_of_number(c, "imaginary")?;
        self.backup();
        Ok(NumKind::Imaginary)
    }
}

/// Information about a string literal's prefix.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

pub(super) fn parse_prefix(p: &str) -> Prefix {
    let mut out = Prefix::default();
    for c in p.chars() {
        match c {
            'r' | 'R' => out.raw = true,
            'b' | 'B' => out.bytes = true,
            'f' | 'F' => out.fstring = true,
            _ => {}
        }
    }
    out
}

/// Result of scanning a string literal body.
pub(super) struct ScannedString {
    /// Offset just past the closing quote(s).
    pub end: usize,
    pub body_start: usize,
    pub body_end: usize,
}

/// Scans a string whose opening quote is at `quote_pos` (`token_start` is where the prefix
/// starts). Reports CPython's unterminated-string errors.
pub(super) fn scan_string(
    source: &str,
    token_start: usize,
    quote_pos: usize,
) -> Result<ScannedString, SyntaxError> {
    let src = source.as_bytes();
    let quote = src[quote_pos];
    let mut i = quote_pos + 1;
    let mut quote_size = 1;
    if i + 1 < src.len() && src[i] == quote && src[i + 1] == quote {
        quote_size = 3;
        i += 2;
    }
    let body_start = i;
    let mut end_quote_size = 0;
    while end_quote_size != quote_size {
        if i >= src.len() || (quote_size == 1 && (src[i] == b'\n' || src[i] == b'\r')) {
            let line = crate::syntax_error::line_of_eof_position(source, i);
            let msg = if quote_size == 3 {
                format!("unterminated triple-quoted string literal (detected at line {line})")
            } else {
                format!("unterminated string literal (detected at line {line})")
            };
            return Err(SyntaxError::range(msg, token_start, token_start));
        }
        let c = src[i];
        i += 1;
        if c == quote {
            end_quote_size += 1;
        } else {
            end_quote_size = 0;
            if c == b'\\' && i < src.len() {
                // Skip the escaped character (a `\r\n` pair counts as one).
                if src[i] == b'\r' && i + 1 < src.len() && src[i + 1] == b'\n' {
                    i += 2;
                } else {
                    i += 1;
                }
            }
        }
    }
    // Keep `i` on a char boundary (an escaped non-ASCII char is skipped byte-wise above, and
    // the scan continues over its continuation bytes, which are never quotes).
    Ok(ScannedString {
        end: i,
        body_start,
        body_end: i - quote_size,
    })
}

/// Normalizes line endings (`\r\n` and `\r` become `\n`), as CPython reads source files.
pub(crate) fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// Decodes the backslash escapes of a non-raw string body (or f-string literal part),
/// returning CPython's `(unicode error) ...` message on failure.
pub(crate) fn decode_escapes(body: &str) -> Result<String, String> {
    if !body.contains('\\') && !body.contains('\r') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let b = body.as_bytes();
    // `tpos` tracks the position in CPython's intermediate buffer, where each non-ASCII
    // character has been rewritten as a 10-byte `\UXXXXXXXX` escape.
    let mut tpos = 0usize;
    let mut i = 0;
    let err = |start: usize, end: usize, msg: &str| -> String {
        if end <= start + 1 {
            format!(
                "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {msg}"
            )
        } else {
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {msg}",
                start,
                end - 1
            )
        }
    };
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += 1;
            if i < b.len() && b[i] == b'\n' {
                i += 1;
            }
            tpos += 1;
            continue;
        }
        if c != b'\\' {
            let ch = body[i..].chars().next().unwrap_or('\u{fffd}');
            out.push(ch);
            i += ch.len_utf8();
            tpos += if ch.is_ascii() { 1 } else { 10 };
            continue;
        }
        let start = tpos;
        i += 1;
        tpos += 1;
        if i >= b.len() {
            out.push('\\');
            break;
        }
        let n = b[i];
        if n >= 0x80 {
            // A backslash before a non-ASCII char is kept literally.
            out.push('\\');
            tpos += 5;
            continue;
        }
        i += 1;
        tpos += 1;
        match n {
            b'\n' => {}
            b'\r' => {
                if i < b.len() && b[i] == b'\n' {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (n - b'0') as u32;
                for _ in 0..2 {
                    if i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                        v = v * 8 + (b[i] - b'0') as u32;
                        i += 1;
                        tpos += 1;
                    } else {
                        break;
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, msg) = match n {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    let d = if i < b.len() {
                        (b[i] as char).to_digit(16)
                    } else {
                        None
                    };
                    match d {
                        Some(d) => {
                            v = v.wrapping_mul(16).wrapping_add(d);
                            i += 1;
                            tpos += 1;
                        }
                        None => return Err(err(start, tpos, msg)),
                    }
                }
                if v > 0x10FFFF {
                    return Err(err(start, tpos, "illegal Unicode character"));
                }
                // Lone surrogates cannot be represented in a Rust string.
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if i >= b.len() || b[i] != b'{' {
                    return Err(err(start, tpos, malformed));
                }
                i += 1;
                tpos += 1;
                let name_start = i;
                let mut name_tlen = 0;
                while i < b.len() && b[i] != b'}' {
                    let ch = body[i..].chars().next().unwrap_or('\u{fffd}');
                    i += ch.len_utf8();
                    name_tlen += if ch.is_ascii() { 1 } else { 10 };
                }
                if i >= b.len() {
                    return Err(err(start, tpos + name_tlen, malformed));
                }
                if i == name_start {
                    return Err(err(start, tpos, malformed));
                }
                let name = &body[name_start..i];
                i += 1;
                tpos += name_tlen + 1;
                match lookup_unicode_name(name) {
                    Some(ch) => out.push(ch),
                    None => return Err(err(start, tpos, "unknown Unicode character name")),
                }
            }
            other => {
                // Unknown escape: kept verbatim (CPython only warns).
                out.push('\\');
                out.push(other as char);
            }
        }
    }
    Ok(out)
}

/// A tiny subset of the Unicode name database for `\N{...}`.
fn lookup_unicode_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    let c = match upper.as_str() {
        "NULL" => '\0',
        "SPACE" => ' ',
        "NO-BREAK SPACE" => '\u{a0}',
        "LINE FEED" | "NEW LINE" => '\n',
        "CARRIAGE RETURN" => '\r',
        "CHARACTER TABULATION" | "TAB" => '\t',
        "BULLET" => '\u{2022}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "DEGREE SIGN" => '\u{b0}',
        "EURO SIGN" => '\u{20ac}',
        "POUND SIGN" => '\u{a3}',
        "COPYRIGHT SIGN" => '\u{a9}',
        "GREEK SMALL LETTER ALPHA" => '\u{3b1}',
        "GREEK SMALL LETTER BETA" => '\u{3b2}',
        "GREEK SMALL LETTER PI" => '\u{3c0}',
        "GREEK CAPITAL LETTER DELTA" => '\u{394}',
        "LATIN SMALL LETTER E WITH ACUTE" => '\u{e9}',
        "SNOWMAN" => '\u{2603}',
        "BLACK STAR" => '\u{2605}',
        "CHECK MARK" => '\u{2713}',
        "RIGHTWARDS ARROW" => '\u{2192}',
        "LEFTWARDS ARROW" => '\u{2190}',
        "INFINITY" => '\u{221e}',
        "MULTIPLICATION SIGN" => '\u{d7}',
        "DIVISION SIGN" => '\u{f7}',
        "PLUS-MINUS SIGN" => '\u{b1}',
        "ZERO WIDTH SPACE" => '\u{200b}',
        "REPLACEMENT CHARACTER" => '\u{fffd}',
        _ => {
            let hex = upper.strip_prefix("CJK UNIFIED IDEOGRAPH-")?;
            return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
        }
    };
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Result<(usize, NumKind), SyntaxError> {
        scan_number(s.as_bytes(), 0)
    }

    #[test]
    fn numbers() {
        assert_eq!(num("123 ").unwrap(), (3, NumKind::Int { radix: 10 }));
        assert_eq!(num("1_000").unwrap(), (5, NumKind::Int { radix: 10 }));
        assert_eq!(num("0x_ff+").unwrap(), (5, NumKind::Int { radix: 16 }));
        assert_eq!(num("0o17").unwrap(), (4, NumKind::Int { radix: 8 }));
        assert_eq!(num("0b101").unwrap(), (5, NumKind::Int { radix: 2 }));
        assert_eq!(num("1.5").unwrap(), (3, NumKind::Float));
        assert_eq!(num("5.").unwrap(), (2, NumKind::Float));
        assert_eq!(num(".5").unwrap(), (2, NumKind::Float));
        assert_eq!(num("1e10").unwrap(), (4, NumKind::Float));
        assert_eq!(num("1E-3").unwrap(), (4, NumKind::Float));
        assert_eq!(num("1_000.5").unwrap(), (7, NumKind::Float));
        assert_eq!(num("00").unwrap(), (2, NumKind::Int { radix: 10 }));
        assert_eq!(num("0.0").unwrap(), (3, NumKind::Float));
        assert_eq!(num("3j").unwrap(), (2, NumKind::Imaginary));
        assert_eq!(num("1if").unwrap(), (1, NumKind::Int { radix: 10 }));
        assert_eq!(num("1else").unwrap(), (1, NumKind::Int { radix: 10 }));
        assert_eq!(num("1abc").unwrap_err().msg, "invalid decimal literal");
        assert_eq!(num("1abc").unwrap_err().offset, 0);
        assert_eq!(num("1__0").unwrap_err().offset, 1);
        assert_eq!(num("0x").unwrap_err().msg, "invalid hexadecimal literal");
        assert_eq!(
            num("0b12").unwrap_err().msg,
            "invalid digit '2' in binary literal"
        );
        assert_eq!(
            num("0o8").unwrap_err().msg,
            "invalid digit '8' in octal literal"
        );
        assert!(num("012").unwrap_err().msg.starts_with("leading zeros"));
        assert_eq!(num("1e").unwrap_err().offset, 0);
        assert_eq!(num("1_").unwrap_err().offset, 1);
    }

    #[test]
    fn escapes() {
        assert_eq!(
            decode_escapes(r"a\nb\t\\\'\x41\u00e9\U0001F600\101\0").unwrap(),
            "a\nb\t\\'Aé😀A\0"
        );
        assert_eq!(decode_escapes(r"\d\q").unwrap(), r"\d\q");
        assert_eq!(decode_escapes("a\\\nb").unwrap(), "ab");
        assert_eq!(decode_escapes("a\r\nb").unwrap(), "a\nb");
        assert_eq!(decode_escapes(r"\777").unwrap(), "\u{1ff}");
        assert_eq!(
            decode_escapes(r"\x4").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
        );
        assert_eq!(
            decode_escapes(r"ab\u12").unwrap_err(),
            "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-5: truncated \\uXXXX escape"
        );
        assert!(
            decode_escapes(r"é\x4")
                .unwrap_err()
                .contains("position 10-12")
        );
        assert!(
            decode_escapes(r"\U00110000")
                .unwrap_err()
                .contains("0-9: illegal Unicode")
        );
        assert!(
            decode_escapes(r"\N")
                .unwrap_err()
                .contains("0-1: malformed")
        );
        assert!(
            decode_escapes(r"\N{")
                .unwrap_err()
                .contains("0-2: malformed")
        );
        assert!(
            decode_escapes(r"\N{DASH}")
                .unwrap_err()
                .contains("0-7: unknown Unicode")
        );
        assert_eq!(decode_escapes(r"\N{EM DASH}").unwrap(), "\u{2014}");
    }
}
