//! Syntax errors raised by the lexer and parser, and their CPython-compatible rendering.
//!
//! A [`SyntaxError`] records a byte offset into the source (where CPython would put the caret)
//! and optionally the end of the offending range. [`format_syntax_error`] reproduces what
//! CPython 3.11 prints on stderr when a script fails to compile, e.g.
//!
//! ```text
//!   File "prog.py", line 1
//!     if x
//!         ^
//! SyntaxError: expected ':'
//! ```

use std::fmt;

/// Which Python exception class the error maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`
    Syntax,
    /// `IndentationError`
    Indentation,
    /// `TabError`
    Tab,
}

/// Offsets at or above this value do not point into the source: they encode "line
/// `offset - LINE_ONLY_BASE + 1`, no column" (CPython reports column 0 and prints no caret).
/// This is what CPython does for errors located at an INDENT, DEDENT or end-of-file token.
pub const LINE_ONLY_BASE: usize = usize::MAX / 2;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Byte offset of the caret into the source (see also [`LINE_ONLY_BASE`]).
    pub offset: usize,
    /// Byte offset just past the end of the highlighted range, if the error has a range.
    pub end_offset: Option<usize>,
}

impl SyntaxError {
    pub fn new(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        offset: usize,
        end_offset: Option<usize>,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            offset,
            end_offset,
        }
    }

    /// A plain `SyntaxError` with a single caret at `offset`.
    pub fn at(msg: impl Into<String>, offset: usize) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::Syntax, msg, offset, None)
    }

    /// A plain `SyntaxError` highlighting `start..end`.
    pub fn range(msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::Syntax, msg, start, Some(end))
    }

    /// An error located on a whole line (1-based) without a column: no caret is printed.
    pub fn on_line(kind: SyntaxErrorKind, msg: impl Into<String>, line: usize) -> SyntaxError {
        SyntaxError::new(kind, msg, LINE_ONLY_BASE + line.max(1) - 1, None)
    }

    /// The Python exception class name.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }

    /// The 1-based line and 1-based character column of the caret, like CPython's
    /// `SyntaxError.lineno` / `SyntaxError.offset`. The column is 0 for line-only errors.
    pub fn line_and_col(&self, source: &str) -> (usize, usize) {
        offset_to_line_col(source, self.offset)
    }

    /// 1-based line and column of the end of the highlighted range, if any.
    pub fn end_line_and_col(&self, source: &str) -> Option<(usize, usize)> {
        self.end_offset.map(|e| offset_to_line_col(source, e))
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}

/// Converts a byte offset into a 1-based (line, char column). Lines end at `\n`, `\r\n` or `\r`.
pub(crate) fn offset_to_line_col(source: &str, offset: usize) -> (usize, usize) {
    if offset >= LINE_ONLY_BASE {
        return (offset - LINE_ONLY_BASE + 1, 0);
    }
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let bytes = source.as_bytes();
    let mut line = 1;
    let mut line_start = 0;
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            b'\r' => {
                if i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                    if i + 1 == offset {
                        // Pointing at the `\n` of a `\r\n`: same place as the `\r`.
                        return (line, source[line_start..i].chars().count() + 1);
                    }
                    i += 1;
                }
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    (line, source[line_start..offset].chars().count() + 1)
}

/// The 1-based line of byte `pos`, except that a position just after a trailing line break at
/// the end of the text counts as being on the line the break terminates.
pub(crate) fn line_of_eof_position(source: &str, pos: usize) -> usize {
    let (line, _) = offset_to_line_col(source, pos);
    let bytes = source.as_bytes();
    if pos >= source.len() && line > 1 && matches!(bytes.last(), Some(b'\n') | Some(b'\r')) {
        line - 1
    } else {
        line
    }
}

/// Returns the text of 1-based line `line` (without its terminator) and whether it had one.
fn line_text(source: &str, line: usize) -> Option<(&str, bool)> {
    let bytes = source.as_bytes();
    let mut cur = 1;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' || b == b'\r' {
            if cur == line {
                return Some((&source[start..i], true));
            }
            if b == b'\r' && i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                i += 1;
            }
            cur += 1;
            start = i + 1;
        }
        i += 1;
    }
    if cur == line && start < bytes.len() {
        return Some((&source[start..], false));
    }
    None
}

/// Renders `err` exactly like CPython 3.11 prints an uncaught `SyntaxError` raised while
/// compiling the script `filename`. The result ends with a newline.
pub fn format_syntax_error(filename: &str, source: &str, err: &SyntaxError) -> String {
    let (line, col) = err.line_and_col(source);
    let mut out = format!("  File \"{}\", line {}\n", filename, line);
    if let Some((text, has_newline)) = line_text(source, line) {
        // A NUL byte ends the text CPython shows.
        let text = text.split('\0').next().unwrap_or("");
        let line_size = text.len() as isize + has_newline as isize;
        let offset = col as isize;
        let mut end_offset: isize = -1;
        if err.kind == SyntaxErrorKind::Syntax
            && let Some(e) = err.end_offset
            && e < LINE_ONLY_BASE
        {
            let (end_line, end_col) = offset_to_line_col(source, e);
            end_offset = end_col as isize;
            if end_line > line {
                end_offset = line_size;
            }
            if end_offset > line_size + 1 {
                end_offset = line_size + 1;
            }
        }
        print_error_text(&mut out, offset, end_offset, text);
    }
    out.push_str(err.type_name());
    out.push_str(": ");
    out.push_str(&err.msg);
    out.push('\n');
    out
}

/// A port of `print_error_text` from CPython's `Python/pythonrun.c`.
fn print_error_text(out: &mut String, offset: isize, end_offset: isize, text: &str) {
    let caret_repetitions = if end_offset > 0 && end_offset > offset {
        (end_offset - offset) as usize
    } else {
        1
    };
    let mut offset = offset - 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.len() - stripped.len()) as isize;
    let len = stripped.len() as isize;
    if offset > len {
        offset = len;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..caret_repetitions {
        out.push('^');
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_basic() {
        let src = "ab\ncd\r\nef\rg";
        assert_eq!(offset_to_line_col(src, 0), (1, 1));
        assert_eq!(offset_to_line_col(src, 2), (1, 3));
        assert_eq!(offset_to_line_col(src, 3), (2, 1));
        assert_eq!(offset_to_line_col(src, 5), (2, 3));
        assert_eq!(offset_to_line_col(src, 6), (2, 3));
        assert_eq!(offset_to_line_col(src, 7), (3, 1));
        assert_eq!(offset_to_line_col(src, 10), (4, 1));
        assert_eq!(offset_to_line_col("é€x", 5), (1, 3));
        let last_line = |s: &str| line_of_eof_position(s, s.len());
        assert_eq!(last_line("a\nb\n"), 2);
        assert_eq!(last_line("a\nb"), 2);
        assert_eq!(last_line("if 1:\n\n\n"), 3);
        assert_eq!(last_line(""), 1);
    }

    #[test]
    fn format_expected_colon() {
        let src = "if x\n  pass\n";
        let err = SyntaxError::range("expected ':'", 4, 4);
        assert_eq!(
            format_syntax_error("prog.py", src, &err),
            "  File \"prog.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"
        );
    }

    #[test]
    fn format_range_and_indent() {
        let src = "print \"x\"\n";
        let err = SyntaxError::range("Missing parentheses", 0, 9);
        assert_eq!(
            format_syntax_error("p.py", src, &err),
            "  File \"p.py\", line 1\n    print \"x\"\n    ^^^^^^^^^\nSyntaxError: Missing parentheses\n"
        );
        let src = "x = 1\n  y = 2\n";
        let err = SyntaxError::on_line(SyntaxErrorKind::Indentation, "unexpected indent", 2);
        assert_eq!(
            format_syntax_error("p.py", src, &err),
            "  File \"p.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"
        );
        // IndentationError never shows a range.
        let src = "if 1:\n\nx\n";
        let err = SyntaxError::new(SyntaxErrorKind::Indentation, "expected", 7, Some(8));
        assert_eq!(
            format_syntax_error("p.py", src, &err),
            "  File \"p.py\", line 3\n    x\n    ^\nIndentationError: expected\n"
        );
    }
}
