//! The format-spec mini-language of `format()`, `str.format` and f-strings, for the
//! built-in `bool`, `int`, `float` and `str` (CPython's `Python/formatter_unicode.c`).
//!
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{FloatFlags, double_to_string, float_repr};
use crate::value::Value;
use crate::vm::error::{ExcType, PyErr, PyResult};

/// Widths (and float precisions) above this raise MemoryError instead of trying to build a
/// string of that many characters.
pub const MAX_WIDTH: usize = 1 << 30;

/// A parsed format spec. `fill`, `align` and `ty` are `None` when not given: their defaults
/// depend on the type being formatted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, when given explicitly together with an alignment.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or space.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// `0` before the width: zero padding (only when no fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type (`d`, `x`, `f`, `s`, ...).
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character in effect: explicit fill, else `0` with the zero flag, else space.
    pub fn fill_char(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }
    /// The alignment in effect for a type whose default alignment is `default_align`.
    pub fn align_char(&self, default_align: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default_align == '>' => '=',
            None => default_align,
        }
    }
}

fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ValueError, msg)
}

fn memory_error() -> PyErr {
    PyErr::with_args(ExcType::MemoryError, Vec::new())
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Parse a spec (`format(obj, spec)` for an object whose type is unknown here).
/// Errors name the object type as 'object'; see [`parse_spec_typed`].
pub fn parse_spec(spec: &str) -> PyResult<FormatSpec> {
    parse_spec_typed(spec, "object")
}

/// Digits at `chars[*pos..]` as a Py_ssize_t; `None` when there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let d = d as u64;
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok(if *pos == start {
        None
    } else {
        Some(acc as usize)
    })
}

/// Parse a spec; `type_name` is used in the "Invalid format specifier" message.
/// The grouping/type compatibility is checked when formatting (it depends on the
/// default type of the object).
pub fn parse_spec_typed(spec: &str, type_name: &str) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec::default();
    if end >= 2 && is_align(chars[1]) {
        f.fill = Some(chars[0]);
        f.align = Some(chars[1]);
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if f.fill.is_none() && pos < end && chars[pos] == '0' {
        f.zero = true;
        pos += 1;
    }
    f.width = get_integer(&chars, &mut pos)?;
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        f.precision = get_integer(&chars, &mut pos)?;
        if f.precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < end {
        f.ty = Some(chars[pos]);
    }
    Ok(f)
}

fn code_repr(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

/// The grouping/type compatibility check CPython does at the end of parsing.
/// Returns the digit-group size for the separator (3, or 4 for `_` with b/o/x/X).
fn check_grouping(spec: &FormatSpec, default_ty: Option<char>) -> PyResult<usize> {
    let Some(sep) = spec.grouping else {
        return Ok(3);
    };
    match spec.ty.or(default_ty) {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
        Some(t) => Err(value_error(format!(
            "Cannot specify '{sep}' with {}.",
            code_repr(t)
        ))),
    }
}

fn unknown_code(t: char, type_name: &str) -> PyErr {
    value_error(format!(
        "Unknown format code {} for object of type '{type_name}'",
        code_repr(t)
    ))
}

/// Insert digit-group separators into `digits` (CPython's
/// `_PyUnicode_InsertThousandsGrouping`), left-padding with zeros up to `min_width`.
/// `group == 0` means no grouping (zero padding only).
fn group_digits(digits: &[u8], min_width: i64, group: usize, sep: char) -> String {
    let mut out: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut pos = digits.len();
    let mut use_sep = false;
    let emit = |out: &mut Vec<char>, use_sep: bool, n_chars: i64, n_zeros: i64, pos: &mut usize| {
        if use_sep {
            out.push(sep);
        }
        for _ in 0..n_chars {
            *pos -= 1;
            out.push(digits[*pos] as char);
        }
        for _ in 0..n_zeros {
            out.push('0');
        }
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut out, use_sep, n_chars, n_zeros, &mut pos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut out, use_sep, n_chars, n_zeros, &mut pos);
    }
    out.iter().rev().collect()
}

/// The pieces of a formatted number, laid out by [`layout_number`]:
/// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// ASCII digits subject to grouping and zero padding.
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`.
fn layout_number(
    p: &NumberParts,
    spec: &FormatSpec,
    group: usize,
    upper: bool,
) -> PyResult<String> {
    let fill = spec.fill_char();
    let align = spec.align_char('>');
    let width = spec.width.map_or(-1, |w| w as i64);
    if width > MAX_WIDTH as i64 {
        return Err(memory_error());
    }
    let sign = match spec.sign {
        Some('+') => Some(if p.negative { '-' } else { '+' }),
        Some(' ') => Some(if p.negative { '-' } else { ' ' }),
        _ => p.negative.then_some('-'),
    };
    let n_remainder = p.remainder.chars().count() as i64;
    let n_non_digit =
        sign.is_some() as i64 + p.prefix.len() as i64 + p.has_decimal as i64 + n_remainder;
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if p.digits.is_empty() {
        String::new()
    } else {
        let (g, sep) = match spec.grouping {
            Some(sep) if spec.ty != Some('n') => (group, sep),
            _ => (0, ','),
        };
        group_digits(p.digits.as_bytes(), min_width, g, sep)
    };
    let n_grouped = grouped.chars().count() as i64;
    let n_padding = (width - (n_non_digit + n_grouped)).max(0) as usize;
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, n_padding),
        '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
        '=' => (0, n_padding, 0),
        _ => (n_padding, 0, 0),
    };
    let mut out =
        String::with_capacity(width.max(0) as usize + grouped.len() + p.remainder.len() + 4);
    out.extend(std::iter::repeat_n(fill, lpad));
    if let Some(s) = sign {
        out.push(s);
    }
    if upper {
        out.push_str(&p.prefix.to_ascii_uppercase());
    } else {
        out.push_str(p.prefix);
    }
    out.extend(std::iter::repeat_n(fill, spad));
    if upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if p.has_decimal {
        out.push('.');
    }
    out.push_str(p.remainder);
    out.extend(std::iter::repeat_n(fill, rpad));
    Ok(out)
}

/// An int to format: the i64 fast path or a BigInt.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    /// Digits of the absolute value in `radix` (lowercase).
    pub fn abs_digits(self, radix: u32) -> String {
        match self {
            IntRef::Small(i) => {
                let u = i.unsigned_abs();
                match radix {
                    2 => format!("{u:b}"),
                    8 => format!("{u:o}"),
                    16 => format!("{u:x}"),
                    _ => u.to_string(),
                }
            }
            IntRef::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }
    /// `float(n)`, correctly rounded; OverflowError when out of range.
    pub fn to_f64(self) -> PyResult<f64> {
        let x = match self {
            IntRef::Small(i) => i as f64,
            IntRef::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
        };
        if x.is_finite() {
            Ok(x)
        } else {
            Err(PyErr::overflow("int too large to convert to float"))
        }
    }
}

/// `n` in `radix` (2..=36) with a `-` sign and no prefix, like Python's digits.
pub fn int_to_string_radix(n: &BigInt, radix: u32) -> String {
    let mut s = if n.sign() == Sign::Minus {
        "-".to_string()
    } else {
        String::new()
    };
    s.push_str(&n.magnitude().to_str_radix(radix));
    s
}

/// `bin()`/`oct()`/`hex()` style: sign, `0b`/`0o`/`0x` prefix, digits.
pub fn int_to_prefixed(n: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let sign = if n.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{}", n.magnitude().to_str_radix(radix))
}

/// `format(n, spec)` for an `int` (the spec already parsed).
pub fn format_int_spec(n: &BigInt, spec: &FormatSpec) -> PyResult<String> {
    match n.to_i64() {
        Some(i) => format_int_ref(IntRef::Small(i), spec, "int"),
        None => format_int_ref(IntRef::Big(n), spec, "int"),
    }
}

/// `format(n, spec)` for an int given as i64.
pub fn format_i64_spec(n: i64, spec: &FormatSpec) -> PyResult<String> {
    format_int_ref(IntRef::Small(n), spec, "int")
}

/// `format(n, spec)` for an int-like value; `type_name` ("int" or "bool") is used in errors.
pub fn format_int_ref(n: IntRef, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    let group = check_grouping(spec, Some('d'))?;
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float_typed(n.to_f64()?, spec, group);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = match n {
            IntRef::Small(i) => i,
            IntRef::Big(_) => {
                return Err(PyErr::overflow("Python int too large to convert to C long"));
            }
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err(PyErr::overflow("%c arg not in range(0x110000)"));
        }
        // Lone surrogates cannot live in a Rust string.
        let c = char::from_u32(x as u32).unwrap_or('\u{fffd}');
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            has_decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return layout_number(&parts, spec, group, false);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = n.abs_digits(radix);
    let parts = NumberParts {
        negative: n.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(&parts, spec, group, ty == 'X')
}

/// `format(x, spec)` for a `float` (the spec already parsed).
pub fn format_float_spec(x: f64, spec: &FormatSpec) -> PyResult<String> {
    format_float_named(x, spec, "float")
}

fn format_float_named(x: f64, spec: &FormatSpec, type_name: &str) -> PyResult<String> {
    let group = check_grouping(spec, None)?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_typed(x, spec, group)
        }
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// CPython's `format_float_internal` (type already validated).
fn format_float_typed(x: f64, spec: &FormatSpec, group: usize) -> PyResult<String> {
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(value_error("precision too big"));
        }
        if p > MAX_WIDTH {
            return Err(memory_error());
        }
    }
    let mut flags = FloatFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..FloatFlags::default()
    };
    let mut code = spec.ty.unwrap_or('\0');
    let mut default_precision = 6;
    let mut x = x;
    let mut add_pct = false;
    if code == '\0' {
        flags.add_dot_0 = true;
        code = 'r';
        default_precision = 0;
    }
    if code == 'n' {
        code = 'g';
    }
    if code == '%' {
        code = 'f';
        x *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut s = double_to_string(x, code, precision, flags);
    if add_pct {
        s.push('%');
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let n_digits = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout_number(&parts, spec, group, false)
}

/// `format(s, spec)` for a `str` (the spec already parsed).
pub fn format_str_spec(s: &str, spec: &FormatSpec) -> PyResult<String> {
    check_grouping(spec, Some('s'))?;
    let ty = spec.ty.unwrap_or('s');
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_char('<');
    if align == '=' {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    let mut text = s;
    if let Some(p) = spec.precision
        && len > p
    {
        len = p;
        let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
        text = &s[..cut];
    }
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(text.to_string());
    }
    if width > MAX_WIDTH {
        return Err(memory_error());
    }
    Ok(pad(text, width - len, align, spec.fill_char()))
}

/// Pad `text` with `total` fill characters according to `align` (`<`, `>` or `^`).
fn pad(text: &str, total: usize, align: char, fill: char) -> String {
    let (left, right) = match align {
        '>' => (total, 0),
        '^' => (total / 2, total - total / 2),
        _ => (0, total),
    };
    let mut out = String::with_capacity(text.len() + total * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(text);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `format(v, spec)` for the built-in bool, int, float and str; `Ok(None)` for any other
/// value (the VM calls `__format__` or `object.__format__` for those).
pub fn format_with_spec(v: &Value, spec: &str) -> PyResult<Option<String>> {
    Ok(Some(match v {
        Value::Bool(b) => {
            if spec.is_empty() {
                (if *b { "True" } else { "False" }).to_string()
            } else {
                format_int_ref(
                    IntRef::Small(*b as i64),
                    &parse_spec_typed(spec, "bool")?,
                    "bool",
                )?
            }
        }
        Value::Int(i) => {
            if spec.is_empty() {
                i.to_string()
            } else {
                format_int_ref(IntRef::Small(*i), &parse_spec_typed(spec, "int")?, "int")?
            }
        }
        Value::BigInt(b) => {
            if spec.is_empty() {
                b.to_string()
            } else {
                format_int_ref(IntRef::Big(b), &parse_spec_typed(spec, "int")?, "int")?
            }
        }
        Value::Float(x) => {
            if spec.is_empty() {
                float_repr(*x)
            } else {
                format_float_spec(*x, &parse_spec_typed(spec, "float")?)?
            }
        }
        Value::Str(s) => {
            if spec.is_empty() {
                s.as_str().to_string()
            } else {
                format_str_spec(s.as_str(), &parse_spec_typed(spec, "str")?)?
            }
        }
        _ => return Ok(None),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testhost::show;

    // (value, spec, format(value, spec)) from CPython 3.11; "!Kind: message" for errors.
    const INTS: &[(&str, &str, &str)] = &[
        ("0", "d", "0"),
        ("42", "", "42"),
        ("42", "5", "   42"),
        ("-42", "<6", "-42   "),
        ("42", "^7", "  42   "),
        ("42", "*=+8", "+*****42"),
        ("-42", "08", "-0000042"),
        ("1234567", ",", "1,234,567"),
        ("1234567", "_", "1_234_567"),
        ("1234", "08,", "0,001,234"),
        ("1234", "09,", "0,001,234"),
        ("-1234", "010,", "-0,001,234"),
        ("255", "x", "ff"),
        ("255", "#X", "0XFF"),
        ("-255", "#x", "-0xff"),
        ("255", "#o", "0o377"),
        ("5", "#b", "0b101"),
        ("255", "#_b", "0b1111_1111"),
        ("12345678", "_x", "bc_614e"),
        ("12345678", "_x", "bc_614e"),
        ("65", "c", "A"),
        ("128512", "c", "\u{1f600}"),
        ("65", ">3c", "  A"),
        ("97", "=5c", "    a"),
        ("1234567", "n", "1234567"),
        ("7", "+", "+7"),
        ("7", " ", " 7"),
        ("-7", " ", "-7"),
        ("7", "-", "7"),
        (
            "1000000000000000000000000000000",
            ",",
            "1,000,000,000,000,000,000,000,000,000,000",
        ),
        (
            "-1000000000000000000000000000000",
            "_x",
            "-c_9f2c_9cd0_4674_edea_4000_0000",
        ),
        (
            "18446744073709551616",
            "#b",
            "0b10000000000000000000000000000000000000000000000000000000000000000",
        ),
        ("5", ".2f", "5.00"),
        ("5", "%", "500.000000%"),
        ("123", "e", "1.230000e+02"),
        ("100000000000000000000", "g", "1e+20"),
        ("3", "010.3f", "000003.000"),
        (
            "1",
            ".2",
            "!ValueError: Precision not allowed in integer format specifier",
        ),
        (
            "1",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in integer format specifier",
        ),
        (
            "1",
            "+c",
            "!ValueError: Sign not allowed with integer format specifier 'c'",
        ),
        (
            "1",
            "#c",
            "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'",
        ),
        (
            "1",
            "q",
            "!ValueError: Unknown format code 'q' for object of type 'int'",
        ),
        ("1", ",x", "!ValueError: Cannot specify ',' with 'x'."),
        ("1", "_c", "!ValueError: Cannot specify '_' with 'c'."),
        ("1", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("1", ",_", "!ValueError: Cannot specify both ',' and '_'."),
        ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
        (
            "18446744073709551616",
            "c",
            "!OverflowError: Python int too large to convert to C long",
        ),
        (
            "1114112",
            "c",
            "!OverflowError: %c arg not in range(0x110000)",
        ),
        (
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
            "f",
            "!OverflowError: int too large to convert to float",
        ),
        (
            "1",
            "1111111111111111111111111",
            "!ValueError: Too many decimal digits in format string",
        ),
        (
            "1",
            "abc",
            "!ValueError: Invalid format specifier 'abc' for object of type 'int'",
        ),
        ("1", ".", "!ValueError: Format specifier missing precision"),
        ("0", "#x", "0x0"),
        ("0", "08_b", "000_0000"),
        ("-9223372036854775808", "x", "-8000000000000000"),
        ("9223372036854775807", ",", "9,223,372,036,854,775,807"),
        ("42", "\u{f8}^7", "\u{f8}\u{f8}42\u{f8}\u{f8}\u{f8}"),
        ("42", "0<5", "42000"),
        ("42", "0=5", "00042"),
        ("42", "00", "42"),
        ("42", "#010x", "0x0000002a"),
    ];

    const FLOATS: &[(u64, &str, &str)] = &[
        (0x3ff0000000000000, "", "1.0"),
        (0x3ff8000000000000, ".0f", "2"),
        (0x4004000000000000, ".0f", "2"),
        (0x3fc0000000000000, ".2f", "0.12"),
        (0x4341c37937e08000, "", "1e+16"),
        (0x4341c37937e08000, ".2", "1e+16"),
        (0x4024000000000000, ".2", "1e+01"),
        (0x4024000000000000, ".3", "10.0"),
        (0x0000000000000000, ".3", "0.0"),
        (0x4093480000000000, ".4", "1.234e+03"),
        (0x419d6f3454000000, ".3", "1.23e+08"),
        (0x3ff0000000000000, "#", "1.0"),
        (0x4341c37937e08000, "#", "1.e+16"),
        (0x3ff0000000000000, "#.0f", "1."),
        (0x3ff0000000000000, "#.0e", "1.e+00"),
        (0x0000000000000000, "#g", "0.00000"),
        (0x3ff0000000000000, "g", "1"),
        (0x3ee4f8b588e368f1, "g", "1e-05"),
        (0x3ee4f8b588e368f1, "", "1e-05"),
        (0x3f1a36e2eb1c432d, "", "0.0001"),
        (0x405edd2f1a9fbe77, "n", "123.456"),
        (0x3ff8000000000000, "%", "150.000000%"),
        (0x3fe0000000000000, ".0%", "50%"),
        (0x3fd0000000000000, ".1%", "25.0%"),
        (0x40934a0000000000, "010,.1f", "0,001,234.5"),
        (0xc0c81cd6c8b43958, "^+20,.2f", "     -12,345.68     "),
        (0x4132d687e4189375, "_.2f", "1_234_567.89"),
        (0x4132d687e4189375, ",e", "1.234568e+06"),
        (0x4132d687e4189375, ",g", "1.23457e+06"),
        (
            0x54b249ad2594c37d,
            ",.0f",
            "10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104",
        ),
        (0x3ff8000000000000, "0=+10", "+0000001.5"),
        (0xbff8000000000000, "010", "-0000001.5"),
        (0x3ff8000000000000, "+", "+1.5"),
        (0x3ff8000000000000, " ", " 1.5"),
        (0x7ff0000000000000, "010", "0000000inf"),
        (0xfff0000000000000, "+", "-inf"),
        (0x7ff8000000000000, "+", "+nan"),
        (0x7ff8000000000000, "E", "NAN"),
        (0x7ff0000000000000, "F", "INF"),
        (0xfff8000000000000, "", "nan"),
        (0x7ff0000000000000, ",", "inf"),
        (0x7ff8000000000000, ">6", "   nan"),
        (0x8000000000000000, "", "-0.0"),
        (0x8000000000000000, "z", "0.0"),
        (0x8000000000000000, "z.1f", "0.0"),
        (0xbf1a36e2eb1c432d, "z.2f", "0.00"),
        (0xbf1a36e2eb1c432d, ".2f", "-0.00"),
        (0xfff0000000000000, "z", "-inf"),
        (0xbddb7cdfd9d7bdbb, "z.3e", "-1.000e-10"),
        (0xbddb7cdfd9d7bdbb, "z.3g", "-1e-10"),
        (
            0x3ff0000000000000,
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'float'",
        ),
        (
            0x3ff0000000000000,
            "x",
            "!ValueError: Unknown format code 'x' for object of type 'float'",
        ),
        (
            0x3ff0000000000000,
            ".",
            "!ValueError: Format specifier missing precision",
        ),
        (
            0x3ff0000000000000,
            ",b",
            "!ValueError: Cannot specify ',' with 'b'.",
        ),
        (
            0x3ff0000000000000,
            ".1111111111111111111111111",
            "!ValueError: Too many decimal digits in format string",
        ),
        (
            0x3ff0000000000000,
            ".3000000000f",
            "!ValueError: precision too big",
        ),
        (0x400921f9f01b866e, ".3", "3.14"),
        (0x400921f9f01b866e, "10.3e", " 3.142e+00"),
        (0x400921f9f01b866e, "<10.2%", "314.16%   "),
        (0x3fe5555555555555, ".17g", "0.66666666666666663"),
        (0x3fe5555555555555, ".20f", "0.66666666666666662966"),
        (0x7ff0000000000000, ".2f", "inf"),
        (0x0000000000000001, ".3g", "4.94e-324"),
        (0x7fefffffffffffff, ".1e", "1.8e+308"),
        (0x40fe240000000000, ".6", "1.23456e+05"),
        (0x4132d68700000000, ".6", "1.23457e+06"),
        (0x40f869f800000000, ".5g", "1e+05"),
        (
            0x3fb999999999999a,
            ".30f",
            "0.100000000000000005551115123126",
        ),
    ];

    const STRS: &[(&str, &str, &str)] = &[
        ("abc", "", "abc"),
        ("abc", "5", "abc  "),
        ("abc", ">5", "  abc"),
        ("abc", "^8", "  abc   "),
        ("abc", "*^8.2", "***ab***"),
        ("abc", ".1", "a"),
        ("abc", ".0", ""),
        ("ab", "05", "ab000"),
        ("ab", "x<05", "abxxx"),
        (
            "\u{65e5}\u{672c}\u{8a9e}",
            "^7",
            "  \u{65e5}\u{672c}\u{8a9e}  ",
        ),
        ("\u{65e5}\u{672c}\u{8a9e}", ".2", "\u{65e5}\u{672c}"),
        ("\u{e9}", "*>3", "**\u{e9}"),
        (
            "a",
            "+",
            "!ValueError: Sign not allowed in string format specifier",
        ),
        (
            "a",
            " ",
            "!ValueError: Space not allowed in string format specifier",
        ),
        (
            "a",
            "z",
            "!ValueError: Negative zero coercion (z) not allowed in string format specifier",
        ),
        (
            "a",
            "#",
            "!ValueError: Alternate form (#) not allowed in string format specifier",
        ),
        (
            "a",
            "=5",
            "!ValueError: '=' alignment not allowed in string format specifier",
        ),
        ("a", ",", "!ValueError: Cannot specify ',' with 's'."),
        (
            "a",
            "d",
            "!ValueError: Unknown format code 'd' for object of type 'str'",
        ),
        ("a", "s", "a"),
        ("a", "10s", "a         "),
        ("abc", "<10.5s", "abc       "),
    ];

    #[test]
    fn ints_match_cpython() {
        for &(v, spec, want) in INTS {
            let n: BigInt = v.parse().expect("int literal");
            let got = show(parse_spec_typed(spec, "int").and_then(|s| format_int_spec(&n, &s)));
            assert_eq!(got, want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn floats_match_cpython() {
        for &(bits, spec, want) in FLOATS {
            let x = f64::from_bits(bits);
            let got = show(parse_spec_typed(spec, "float").and_then(|s| format_float_spec(x, &s)));
            assert_eq!(got, want, "format({x}, {spec:?})");
        }
    }

    #[test]
    fn strs_match_cpython() {
        for &(v, spec, want) in STRS {
            let got = show(parse_spec_typed(spec, "str").and_then(|s| format_str_spec(v, &s)));
            assert_eq!(got, want, "format({v:?}, {spec:?})");
        }
    }

    #[test]
    fn parse_fields() {
        let s = parse_spec("^+z#012,.3f").ok().expect("valid spec");
        assert_eq!(s.fill, None);
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, Some('+'));
        assert!(s.no_neg_zero && s.alternate && s.zero);
        assert_eq!(
            (s.width, s.grouping, s.precision, s.ty),
            (Some(12), Some(','), Some(3), Some('f'))
        );
        assert_eq!(parse_spec("").ok(), Some(FormatSpec::default()));
        // With an explicit fill, a leading 0 is part of the width.
        let s = parse_spec("*<012").ok().expect("valid spec");
        assert_eq!((s.fill, s.zero, s.width), (Some('*'), false, Some(12)));
        let huge = "9".repeat(20);
        assert_eq!(
            show(parse_spec(&huge).map(|_| String::new())),
            "!ValueError: Too many decimal digits in format string"
        );
        assert_eq!(
            show(format_i64_spec(
                1,
                &FormatSpec {
                    width: Some(1 << 40),
                    ..FormatSpec::default()
                }
            )),
            "!MemoryError: "
        );
    }

    #[test]
    fn values() {
        let f = |v: Value, spec: &str| match format_with_spec(&v, spec) {
            Ok(Some(s)) => s,
            Ok(None) => "<none>".to_string(),
            Err(e) => show(Err(e)),
        };
        assert_eq!(f(Value::Bool(true), ""), "True");
        assert_eq!(f(Value::Bool(true), "d"), "1");
        assert_eq!(f(Value::Bool(false), ">5"), "    0");
        assert_eq!(
            f(Value::Bool(true), "q"),
            "!ValueError: Unknown format code 'q' for object of type 'bool'"
        );
        assert_eq!(f(Value::Int(-5), "+05"), "-0005");
        assert_eq!(
            f(Value::from_bigint(BigInt::from(1u8) << 70), ","),
            "1,180,591,620,717,411,303,424"
        );
        assert_eq!(f(Value::Float(0.1), ""), "0.1");
        assert_eq!(f(Value::Float(2.0), ".3f"), "2.000");
        assert_eq!(f(Value::str("hi"), "^6"), "  hi  ");
        assert_eq!(f(Value::str("hi"), ""), "hi");
        assert_eq!(f(Value::None, ""), "<none>");
        assert_eq!(
            f(Value::Int(1), "abc"),
            "!ValueError: Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(int_to_string_radix(&BigInt::from(-255), 16), "-ff");
        assert_eq!(int_to_prefixed(&BigInt::from(-5), 2), "-0b101");
    }
}
