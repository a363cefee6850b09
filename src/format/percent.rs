//! printf-style formatting: `str % args` (CPython's `PyUnicode_Format`).

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::FormatHost;
use super::float_repr::{FloatFlags, double_to_string, float_repr};
use super::spec::{IntRef, MAX_WIDTH};
use crate::value::Value;
use crate::vm::error::{ExcType, PyErr, PyResult};

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// Where the next argument comes from: CPython's `args`/`arglen`/`argidx` triple.
struct Args<'a> {
    /// The items when `args` is a tuple (and no `%(key)` has replaced it).
    tuple: Option<&'a [Value]>,
    /// The single (non-tuple) argument, or the value found for the last `%(key)`.
    single: Value,
    arglen: i64,
    argidx: i64,
}

impl Args<'_> {
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            match self.tuple {
                Some(items) if self.arglen >= 0 => Ok(items[i as usize].clone()),
                _ => Ok(self.single.clone()),
            }
        } else {
            Err(PyErr::type_error("not enough arguments for format string"))
        }
    }
}

/// One conversion's parsed flags, width, precision and conversion character.
struct Conv {
    flags: u8,
    /// -1 when not given.
    width: i64,
    /// -1 when not given.
    prec: i64,
    ch: char,
    /// Whether the result is numeric (sign and zero padding apply).
    sign: bool,
}

/// `fmt % args`.
pub fn percent_format(host: &mut dyn FormatHost, fmt: &str, args: &Value) -> PyResult<String> {
    let bytes = fmt.as_bytes();
    let n = bytes.len();
    let mut out = String::with_capacity(n + 16);
    let mut st = match args {
        Value::Tuple(t) => Args {
            tuple: Some(&t.items),
            single: Value::None,
            arglen: t.items.len() as i64,
            argidx: 0,
        },
        _ => Args {
            tuple: None,
            single: args.clone(),
            arglen: -1,
            argidx: -2,
        },
    };
    let dict = match args {
        Value::Tuple(_) | Value::Str(_) => None,
        _ if host.is_mapping(args) => Some(args),
        _ => None,
    };
    let mut pos = 0;
    while pos < n {
        let Some(off) = bytes[pos..].iter().position(|&b| b == b'%') else {
            out.push_str(&fmt[pos..]);
            break;
        };
        out.push_str(&fmt[pos..pos + off]);
        pos += off + 1;
        if pos < n && bytes[pos] == b'%' {
            out.push('%');
            pos += 1;
            continue;
        }
        format_arg(host, fmt, &mut pos, &mut st, dict, &mut out)?;
        if dict.is_some() && st.argidx < st.arglen {
            return Err(PyErr::type_error(
                "not all arguments converted during string formatting",
            ));
        }
    }
    if st.argidx < st.arglen && dict.is_none() {
        return Err(PyErr::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// Parse and format one conversion; `*pos` is just after the `%`.
fn format_arg(
    host: &mut dyn FormatHost,
    fmt: &str,
    pos: &mut usize,
    st: &mut Args,
    dict: Option<&Value>,
    out: &mut String,
) -> PyResult<()> {
    let bytes = fmt.as_bytes();
    let n = bytes.len();
    let mut ch = '\0';
    // CPython's `fmtcnt < 0`: a read ran past the end. Once set, every later read fails.
    let mut exhausted = false;
    let read = |pos: &mut usize, ch: &mut char, exhausted: &mut bool| -> bool {
        if *exhausted || *pos >= n {
            *exhausted = true;
            return false;
        }
        let c = fmt[*pos..].chars().next().unwrap_or('\0');
        *pos += c.len_utf8();
        *ch = c;
        true
    };

    if *pos < n && bytes[*pos] == b'(' {
        let Some(mapping) = dict else {
            return Err(PyErr::type_error("format requires a mapping"));
        };
        *pos += 1;
        let keystart = *pos;
        let mut pcount = 1;
        while pcount > 0 && *pos < n {
            match bytes[*pos] {
                b')' => pcount -= 1,
                b'(' => pcount += 1,
                _ => {}
            }
            *pos += 1;
        }
        if pcount > 0 {
            return Err(PyErr::value_error("incomplete format key"));
        }
        ch = ')';
        let key = Value::str(&fmt[keystart..*pos - 1]);
        st.single = host.getitem(mapping, &key)?;
        st.tuple = None;
        st.arglen = -1;
        st.argidx = -2;
    }

    let mut flags = 0u8;
    while read(pos, &mut ch, &mut exhausted) {
        match ch {
            '-' => flags |= F_LJUST,
            '+' => flags |= F_SIGN,
            ' ' => flags |= F_BLANK,
            '#' => flags |= F_ALT,
            '0' => flags |= F_ZERO,
            _ => break,
        }
    }

    let mut width: i64 = -1;
    if ch == '*' {
        let v = st.next()?;
        let w = star_int(&v)?;
        let w = w
            .to_i64()
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))?;
        if w < 0 {
            flags |= F_LJUST;
        }
        width = w.checked_abs().unwrap_or(i64::MAX);
        read(pos, &mut ch, &mut exhausted);
    } else if ch.is_ascii_digit() {
        width = ch as i64 - '0' as i64;
        while read(pos, &mut ch, &mut exhausted) {
            let Some(d) = ch.to_digit(10) else { break };
            if width > (i64::MAX - d as i64) / 10 {
                return Err(PyErr::value_error("width too big"));
            }
            width = width * 10 + d as i64;
        }
    }

    let mut prec: i64 = -1;
    if ch == '.' {
        prec = 0;
        read(pos, &mut ch, &mut exhausted);
        if ch == '*' {
            let v = st.next()?;
            let p = star_int(&v)?;
            let p = p
                .to_i32()
                .ok_or_else(|| PyErr::overflow("Python int too large to convert to C int"))?;
            prec = p.max(0) as i64;
            read(pos, &mut ch, &mut exhausted);
        } else if ch.is_ascii_digit() {
            prec = ch as i64 - '0' as i64;
            while read(pos, &mut ch, &mut exhausted) {
                let Some(d) = ch.to_digit(10) else { break };
                if prec > (i32::MAX as i64 - d as i64) / 10 {
                    return Err(PyErr::value_error("precision too big"));
                }
                prec = prec * 10 + d as i64;
            }
        }
    }

    if !exhausted && matches!(ch, 'h' | 'l' | 'L') {
        read(pos, &mut ch, &mut exhausted);
    }
    if exhausted {
        return Err(PyErr::value_error("incomplete format"));
    }

    let mut conv = Conv {
        flags,
        width,
        prec,
        ch,
        sign: false,
    };
    let v = st.next()?;
    let text = match ch {
        's' | 'r' | 'a' => match (&v, ch) {
            (Value::Str(s), 's') => s.as_str().to_string(),
            (Value::Int(i), _) => i.to_string(),
            (Value::BigInt(b), _) => b.to_string(),
            (Value::Bool(b), _) => (if *b { "True" } else { "False" }).to_string(),
            (Value::Float(x), _) => float_repr(*x),
            (Value::None, _) => "None".to_string(),
            (_, 's') => host.str(&v)?,
            (_, 'r') => host.repr(&v)?,
            _ => host.ascii(&v)?,
        },
        'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
            conv.sign = true;
            format_long(host, &v, &conv)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            conv.sign = true;
            let x = to_f64(host, &v)?;
            let p = if prec < 0 { 6 } else { prec as usize };
            if p > MAX_WIDTH {
                return Err(PyErr::with_args(ExcType::MemoryError, Vec::new()));
            }
            let flags = FloatFlags {
                alt: flags & F_ALT != 0,
                ..FloatFlags::default()
            };
            double_to_string(x, ch, p, flags)
        }
        'c' => format_char(host, &v)?.to_string(),
        _ => {
            let index = fmt[..*pos].chars().count() - 1;
            let u = ch as u32;
            let shown = if (31..=126).contains(&u) { ch } else { '?' };
            return Err(PyErr::value_error(format!(
                "unsupported format character '{shown}' (0x{u:x}) at index {index}"
            )));
        }
    };
    output(&mut conv, &text, out)
}

/// The int behind a `*` width or precision.
fn star_int(v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        _ => Err(PyErr::type_error("* wants int")),
    }
}

/// Builtin values that are not numbers at all (CPython's `PyNumber_Check` is false).
fn is_non_number(v: &Value) -> bool {
    !matches!(
        v,
        Value::Int(_)
            | Value::BigInt(_)
            | Value::Bool(_)
            | Value::Float(_)
            | Value::Instance(_)
            | Value::Other(_)
    )
}

/// `%d`/`%x`/`%o`: sign, optional `0x`/`0o` prefix, digits zero-padded to the precision.
fn format_long(host: &mut dyn FormatHost, v: &Value, conv: &Conv) -> PyResult<String> {
    let ch = conv.ch;
    let wrongtype = |host: &mut dyn FormatHost| {
        let tn = host.type_name(v);
        let what = if matches!(ch, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        PyErr::type_error(format!("%{ch} format: {what}, not {tn}"))
    };
    let converted = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => v.clone(),
        Value::Float(x) => {
            if matches!(ch, 'o' | 'x' | 'X') {
                return Err(wrongtype(host));
            }
            Value::from_bigint(float_to_int(*x)?)
        }
        _ if is_non_number(v) => return Err(wrongtype(host)),
        _ => match host.to_int(v) {
            Ok(r) => r,
            Err(e) if e.lazy_kind() == Some(ExcType::TypeError) => return Err(wrongtype(host)),
            Err(e) => return Err(e),
        },
    };
    let n = match &converted {
        Value::Int(i) => IntRef::Small(*i),
        Value::Bool(b) => IntRef::Small(*b as i64),
        Value::BigInt(b) => IntRef::Big(b),
        _ => return Err(wrongtype(host)),
    };
    let (radix, prefix) = match ch {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = n.abs_digits(radix);
    let prec = conv.prec.max(0) as usize;
    if prec > MAX_WIDTH {
        return Err(PyErr::with_args(ExcType::MemoryError, Vec::new()));
    }
    let mut s = String::with_capacity(digits.len().max(prec) + 3);
    if n.is_negative() {
        s.push('-');
    }
    if conv.flags & F_ALT != 0 {
        s.push_str(prefix);
    }
    for _ in digits.len()..prec {
        s.push('0');
    }
    if ch == 'X' {
        s.push_str(&digits.to_ascii_uppercase());
    } else {
        s.push_str(&digits);
    }
    Ok(s)
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// `float(v)` as `%f` sees it (CPython's `PyFloat_AsDouble`).
fn to_f64(host: &mut dyn FormatHost, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(x) if x.is_finite() => Ok(x),
            _ => Err(PyErr::overflow("int too large to convert to float")),
        },
        Value::Instance(_) | Value::Other(_) => host.to_float(v),
        _ => {
            let tn = host.type_name(v);
            Err(PyErr::type_error(format!("must be real number, not {tn}")))
        }
    }
}

/// `%c`: a one-character str or an int code point.
fn format_char(host: &mut dyn FormatHost, v: &Value) -> PyResult<char> {
    let bad = || PyErr::type_error("%c requires int or char");
    let range = || PyErr::overflow("%c arg not in range(0x110000)");
    let code = match v {
        Value::Str(s) => {
            let mut it = s.as_str().chars();
            return match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(bad()),
            };
        }
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(range()),
        Value::Instance(_) | Value::Other(_) => match host.to_int(v) {
            Ok(Value::Int(i)) => i,
            Ok(Value::Bool(b)) => b as i64,
            Ok(Value::BigInt(_)) => return Err(range()),
            Ok(_) => return Err(bad()),
            Err(e) if e.lazy_kind() == Some(ExcType::TypeError) => return Err(bad()),
            Err(e) => return Err(e),
        },
        _ => return Err(bad()),
    };
    if !(0..=0x10ffff).contains(&code) {
        return Err(range());
    }
    // Lone surrogates cannot live in a Rust string.
    Ok(char::from_u32(code as u32).unwrap_or('\u{fffd}'))
}

/// Pad and sign one formatted piece (CPython's `unicode_format_arg_output`).
fn output(conv: &mut Conv, text: &str, out: &mut String) -> PyResult<()> {
    let fill = if conv.sign && conv.flags & F_ZERO != 0 {
        '0'
    } else {
        ' '
    };
    let mut len = text.chars().count() as i64;
    if matches!(conv.ch, 's' | 'r' | 'a') && conv.prec >= 0 && len > conv.prec {
        len = conv.prec;
    }
    let mut body = text;
    let mut signchar = None;
    if conv.sign {
        match text.chars().next() {
            Some(c @ ('-' | '+')) => {
                signchar = Some(c);
                len -= 1;
                body = &text[1..];
            }
            _ if conv.flags & F_SIGN != 0 => signchar = Some('+'),
            _ if conv.flags & F_BLANK != 0 => signchar = Some(' '),
            _ => conv.sign = false,
        }
    }
    let mut width = conv.width.max(len);
    if width > MAX_WIDTH as i64 {
        return Err(PyErr::with_args(ExcType::MemoryError, Vec::new()));
    }
    if let Some(s) = signchar {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = conv.flags & F_ALT != 0 && matches!(conv.ch, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && conv.flags & F_LJUST == 0 {
        out.extend(std::iter::repeat_n(fill, (width - len) as usize));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = signchar {
            out.push(s);
        }
        if alt_prefix {
            out.push_str(&body[..2]);
            body = &body[2..];
        }
    }
    if len > 0 {
        let end = body
            .char_indices()
            .nth(len as usize)
            .map_or(body.len(), |(i, _)| i);
        out.push_str(&body[..end]);
    }
    if width > len {
        out.extend(std::iter::repeat_n(' ', (width - len) as usize));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testhost::{MockHost, dict, show};

    fn fl(bits: u64) -> Value {
        Value::Float(f64::from_bits(bits))
    }
    fn big(s: &str) -> Value {
        Value::from_bigint(s.parse().expect("int literal"))
    }

    #[test]
    fn percent_matches_cpython() {
        // (format, args, fmt % args) from CPython 3.11; "!Kind: message" for errors.
        let cases: Vec<(&str, Value, &str)> = vec![
            ("%s", Value::Int(42), "42"),
            (
                "%s %s",
                Value::tuple(vec![Value::Int(1), Value::str("a")]),
                "1 a",
            ),
            ("%r", Value::tuple(vec![Value::str("a")]), "'a'"),
            ("%a", Value::tuple(vec![Value::str("\u{e9}")]), "'\\xe9'"),
            ("%5s|", Value::tuple(vec![Value::str("ab")]), "   ab|"),
            ("%-5s|", Value::tuple(vec![Value::str("ab")]), "ab   |"),
            ("%.1s", Value::tuple(vec![Value::str("ab")]), "a"),
            ("%5.2s|", Value::str("abc"), "   ab|"),
            ("%d", fl(0x400feb851eb851ec), "3"),
            ("%i", fl(0xc00feb851eb851ec), "-3"),
            ("%u", Value::Bool(true), "1"),
            ("%5d|", Value::Int(-42), "  -42|"),
            ("%-5d|", Value::Int(-42), "-42  |"),
            ("%05d", Value::Int(-42), "-0042"),
            ("%+d", Value::Int(5), "+5"),
            ("% d", Value::Int(5), " 5"),
            ("%.3d", Value::Int(-5), "-005"),
            ("%x", Value::Int(255), "ff"),
            ("%X", Value::Int(255), "FF"),
            ("%#x", Value::Int(255), "0xff"),
            ("%#X", Value::Int(255), "0XFF"),
            ("%#o", Value::Int(8), "0o10"),
            ("%#08o", Value::Int(8), "0o000010"),
            ("%#08x", Value::Int(8), "0x000008"),
            ("%+#010x", Value::Int(255), "+0x00000ff"),
            ("%-#8x|", Value::Int(255), "0xff    |"),
            ("%#8o|", Value::Int(8), "    0o10|"),
            ("%x", Value::Int(-255), "-ff"),
            ("%#.4x", Value::Int(-255), "-0x00ff"),
            (
                "%o",
                big("1180591620717411303424"),
                "200000000000000000000000",
            ),
            (
                "%d",
                big("-1180591620717411303424"),
                "-1180591620717411303424",
            ),
            ("%f", fl(0x3ff8000000000000), "1.500000"),
            ("%.2f", fl(0x4005666666666666), "2.67"),
            ("%e", fl(0x40c81cd6c8b43958), "1.234568e+04"),
            ("%E", fl(0x0000000000000000), "0.000000E+00"),
            ("%g", fl(0x3ee4f8b588e368f1), "1e-05"),
            ("%G", fl(0x4415af1d78b58c40), "1E+20"),
            ("%#g", fl(0x3ff0000000000000), "1.00000"),
            ("%10.3f|", fl(0xc00921f9f01b866e), "    -3.142|"),
            ("%-10.3e|", fl(0x400921f9f01b866e), "3.142e+00 |"),
            ("%010.2f", fl(0xc00921f9f01b866e), "-000003.14"),
            ("%+.0f", fl(0x4004000000000000), "+2"),
            ("%f", fl(0x7ff0000000000000), "inf"),
            ("%F", fl(0x7ff8000000000000), "NAN"),
            ("%08.2f", fl(0xfff0000000000000), "-0000inf"),
            (
                "%f",
                big("1180591620717411303424"),
                "1180591620717411303424.000000",
            ),
            ("%.2f", Value::Int(3), "3.00"),
            ("%c", Value::Int(65), "A"),
            ("%c", Value::str("\u{e9}"), "\u{e9}"),
            ("%5c|", Value::Int(65), "    A|"),
            ("%-3c|", Value::str("x"), "x  |"),
            ("%%", Value::tuple(vec![]), "%"),
            (
                "%5%",
                Value::tuple(vec![]),
                "!TypeError: not enough arguments for format string",
            ),
            ("100%%", Value::tuple(vec![]), "100%"),
            (
                "%*d|",
                Value::tuple(vec![Value::Int(5), Value::Int(42)]),
                "   42|",
            ),
            (
                "%-*d|",
                Value::tuple(vec![Value::Int(5), Value::Int(42)]),
                "42   |",
            ),
            (
                "%*d|",
                Value::tuple(vec![Value::Int(-5), Value::Int(42)]),
                "42   |",
            ),
            (
                "%.*f",
                Value::tuple(vec![Value::Int(2), fl(0x400921f9f01b866e)]),
                "3.14",
            ),
            (
                "%.*f",
                Value::tuple(vec![Value::Int(-3), fl(0x3ff8000000000000)]),
                "2",
            ),
            (
                "%*.*f|",
                Value::tuple(vec![Value::Int(8), Value::Int(2), fl(0x400921f9f01b866e)]),
                "    3.14|",
            ),
            (
                "%ld %hd %Lf",
                Value::tuple(vec![Value::Int(1), Value::Int(2), fl(0x4008000000000000)]),
                "1 2 3.000000",
            ),
            (
                "%(a)s-%(b)d",
                dict(vec![
                    (Value::str("a"), Value::str("x")),
                    (Value::str("b"), Value::Int(7)),
                ]),
                "x-7",
            ),
            (
                "%(a)s %(a)r",
                dict(vec![(Value::str("a"), Value::str("q"))]),
                "q 'q'",
            ),
            (
                "%(x y)s",
                dict(vec![(Value::str("x y"), Value::Int(1))]),
                "1",
            ),
            (
                "%(a(b))s",
                dict(vec![(Value::str("a(b)"), Value::Int(5))]),
                "5",
            ),
            (
                "%s",
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                "!TypeError: not all arguments converted during string formatting",
            ),
            (
                "%s",
                Value::tuple(vec![Value::tuple(vec![Value::Int(1), Value::Int(2)])]),
                "(1, 2)",
            ),
            ("abc", Value::list(vec![]), "abc"),
            ("abc", dict(vec![]), "abc"),
            (
                "%s",
                dict(vec![(Value::str("a"), Value::Int(1))]),
                "{'a': 1}",
            ),
            (
                "%s %s",
                Value::tuple(vec![Value::Int(1)]),
                "!TypeError: not enough arguments for format string",
            ),
            (
                "%s",
                Value::tuple(vec![Value::Int(1), Value::Int(2)]),
                "!TypeError: not all arguments converted during string formatting",
            ),
            (
                "abc",
                Value::Int(5),
                "!TypeError: not all arguments converted during string formatting",
            ),
            (
                "%d",
                Value::str("a"),
                "!TypeError: %d format: a real number is required, not str",
            ),
            (
                "%x",
                fl(0x3ff8000000000000),
                "!TypeError: %x format: an integer is required, not float",
            ),
            (
                "%o",
                Value::str("a"),
                "!TypeError: %o format: an integer is required, not str",
            ),
            (
                "%f",
                Value::str("a"),
                "!TypeError: must be real number, not str",
            ),
            (
                "%c",
                fl(0x3ff8000000000000),
                "!TypeError: %c requires int or char",
            ),
            (
                "%c",
                Value::str("ab"),
                "!TypeError: %c requires int or char",
            ),
            (
                "%c",
                Value::Int(1114112),
                "!OverflowError: %c arg not in range(0x110000)",
            ),
            (
                "%c",
                Value::Int(-1),
                "!OverflowError: %c arg not in range(0x110000)",
            ),
            (
                "%d",
                fl(0x7ff0000000000000),
                "!OverflowError: cannot convert float infinity to integer",
            ),
            (
                "%d",
                fl(0x7ff8000000000000),
                "!ValueError: cannot convert float NaN to integer",
            ),
            (
                "%z",
                Value::tuple(vec![Value::Int(1)]),
                "!ValueError: unsupported format character 'z' (0x7a) at index 1",
            ),
            (
                "%(a)%",
                dict(vec![(Value::str("a"), Value::Int(1))]),
                "!ValueError: unsupported format character '%' (0x25) at index 4",
            ),
            (
                "%z",
                Value::tuple(vec![]),
                "!TypeError: not enough arguments for format string",
            ),
            ("%", Value::tuple(vec![]), "!ValueError: incomplete format"),
            ("%5", Value::Int(1), "!ValueError: incomplete format"),
            ("%.", Value::Int(1), "!ValueError: incomplete format"),
            (
                "%(a",
                dict(vec![(Value::str("a"), Value::Int(1))]),
                "!ValueError: incomplete format key",
            ),
            (
                "%(a)s",
                Value::tuple(vec![Value::Int(1)]),
                "!TypeError: format requires a mapping",
            ),
            (
                "%(zz)s",
                dict(vec![(Value::str("a"), Value::Int(1))]),
                "!KeyError: 'zz'",
            ),
            (
                "%*d",
                Value::tuple(vec![Value::str("a"), Value::Int(1)]),
                "!TypeError: * wants int",
            ),
            (
                "%*d",
                Value::tuple(vec![big("1180591620717411303424"), Value::Int(1)]),
                "!OverflowError: Python int too large to convert to C ssize_t",
            ),
            (
                "%.*f",
                Value::tuple(vec![Value::Int(1099511627776), fl(0x3ff0000000000000)]),
                "!OverflowError: Python int too large to convert to C int",
            ),
            (
                "%99999999999999999999d",
                Value::Int(1),
                "!ValueError: width too big",
            ),
            (
                "%.999999999999f",
                fl(0x3ff0000000000000),
                "!ValueError: precision too big",
            ),
            (
                "%\u{e9}",
                Value::tuple(vec![Value::Int(1)]),
                "!ValueError: unsupported format character '?' (0xe9) at index 1",
            ),
            (
                "%\u{1}",
                Value::tuple(vec![Value::Int(1)]),
                "!ValueError: unsupported format character '?' (0x1) at index 1",
            ),
            (
                "%(a)s %s",
                dict(vec![(Value::str("a"), Value::Int(1))]),
                "!TypeError: not enough arguments for format string",
            ),
            ("%s", Value::None, "None"),
            ("%r", Value::None, "None"),
            ("%d", Value::Bool(false), "0"),
        ];
        for (fmt, args, want) in cases {
            assert_eq!(
                show(percent_format(&mut MockHost, fmt, &args)),
                want,
                "{fmt:?}"
            );
        }
    }

    #[test]
    fn huge_width_is_an_error() {
        let r = percent_format(
            &mut MockHost,
            "%*d",
            &Value::tuple(vec![Value::Int(1 << 40), Value::Int(1)]),
        );
        assert_eq!(show(r), "!MemoryError: ");
        assert_eq!(float_to_int(-2.5).ok(), Some(BigInt::from(-2)));
    }
}
