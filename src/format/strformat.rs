//! `str.format` and `str.format_map` (CPython's `Objects/stringlib/unicode_format.h`).

use super::FormatHost;
use super::spec::{format_str_spec, format_with_spec, parse_spec_typed};
use crate::value::Value;
use crate::vm::error::{PyErr, PyResult};

/// Where named fields come from.
enum Kwargs<'a> {
    /// `str.format(**kwargs)`: keyword arguments as (str key, value) pairs.
    Pairs(&'a [(Value, Value)]),
    /// `str.format_map(mapping)`: looked up with `mapping[key]`.
    Map(&'a Value),
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct AutoNumber {
    state: AutoState,
    next: usize,
}

struct Ctx<'a> {
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    auto: AutoNumber,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    host: &mut dyn FormatHost,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Value, Value)],
) -> PyResult<String> {
    let mut ctx = Ctx {
        args: Some(args),
        kwargs: Kwargs::Pairs(kwargs),
        auto: AutoNumber {
            state: AutoState::Init,
            next: 0,
        },
    };
    build_string(host, fmt, &mut ctx, 2)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(host: &mut dyn FormatHost, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut ctx = Ctx {
        args: None,
        kwargs: Kwargs::Map(mapping),
        auto: AutoNumber {
            state: AutoState::Init,
            next: 0,
        },
    };
    build_string(host, fmt, &mut ctx, 2)
}

fn build_string(host: &mut dyn FormatHost, s: &str, ctx: &mut Ctx, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return Err(PyErr::value_error("Max string recursion exceeded"));
    }
    let b = s.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n + 16);
    let mut pos = 0;
    while pos < n {
        // Literal text up to the first '{' or '}'.
        let start = pos;
        let mut c = 0u8;
        let mut markup = false;
        while pos < n {
            c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= n;
        let mut len = pos - start;
        if markup && c == b'}' && (at_end || b[pos] != b'}') {
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if markup && at_end && c == b'{' {
            return Err(PyErr::value_error(
                "Single '{' encountered in format string",
            ));
        }
        if !at_end {
            if b[pos] == c {
                // An escaped brace: keep one, no field follows.
                pos += 1;
                markup = false;
            } else {
                len -= 1;
            }
        }
        out.push_str(&s[start..start + len]);
        if !markup {
            continue;
        }
        let field = parse_field(s, &mut pos)?;
        output_markup(host, s, &field, ctx, depth, &mut out)?;
    }
    Ok(out)
}

/// A replacement field: byte ranges into the format string.
struct Field {
    name: (usize, usize),
    conversion: Option<char>,
    spec: (usize, usize),
    spec_needs_expanding: bool,
}

/// Parse `name[!conv][:spec]}` starting just after the `{`.
fn parse_field(s: &str, pos: &mut usize) -> PyResult<Field> {
    let b = s.as_bytes();
    let n = b.len();
    let name_start = *pos;
    let mut c = 0u8;
    let mut terminated = false;
    while *pos < n {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(PyErr::value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < n && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => {
                terminated = true;
                break;
            }
            _ => {}
        }
    }
    let name = (name_start, if terminated { *pos - 1 } else { *pos });
    let mut field = Field {
        name,
        conversion: None,
        spec: (*pos, *pos),
        spec_needs_expanding: false,
    };
    if terminated && (c == b'!' || c == b':') {
        if c == b'!' {
            if *pos >= n {
                return Err(PyErr::value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            let conv = s[*pos..].chars().next().unwrap_or('\0');
            *pos += conv.len_utf8();
            field.conversion = Some(conv);
            if *pos < n {
                let c2 = b[*pos];
                *pos += 1;
                if c2 == b'}' {
                    field.spec = (*pos, *pos);
                    return Ok(field);
                }
                if c2 != b':' {
                    return Err(PyErr::value_error(
                        "expected ':' after conversion specifier",
                    ));
                }
            }
        }
        let spec_start = *pos;
        let mut count = 1;
        while *pos < n {
            let c = b[*pos];
            *pos += 1;
            match c {
                b'{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                b'}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = (spec_start, *pos - 1);
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(PyErr::value_error("unmatched '{' in format spec"));
    }
    if !(terminated && c == b'}') {
        return Err(PyErr::value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// Digits as an index; `None` if empty or not all digits.
fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let mut acc: u64 = 0;
    for d in s.bytes().map(|c| (c - b'0') as u64) {
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(PyErr::value_error(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc as usize))
}

fn output_markup(
    host: &mut dyn FormatHost,
    s: &str,
    field: &Field,
    ctx: &mut Ctx,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let obj = get_field_object(host, &s[field.name.0..field.name.1], ctx)?;
    let spec_text = &s[field.spec.0..field.spec.1];
    // Conversion first, then the (possibly nested) spec, as CPython does.
    let converted = match field.conversion {
        None => None,
        Some('r') => Some(host.repr(&obj)?),
        Some('s') => Some(host.str(&obj)?),
        Some('a') => Some(host.ascii(&obj)?),
        Some(c) => {
            let u = c as u32;
            let msg = if u > 32 && u < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{u:x}")
            };
            return Err(PyErr::value_error(msg));
        }
    };
    let spec_owned;
    let spec: &str = if field.spec_needs_expanding {
        spec_owned = build_string(host, spec_text, ctx, depth - 1)?;
        &spec_owned
    } else {
        spec_text
    };
    match converted {
        Some(text) => {
            if spec.is_empty() {
                out.push_str(&text);
            } else {
                out.push_str(&format_str_spec(&text, &parse_spec_typed(spec, "str")?)?);
            }
        }
        None => match format_with_spec(&obj, spec)? {
            Some(text) => out.push_str(&text),
            None => out.push_str(&host.format(&obj, spec)?),
        },
    }
    Ok(())
}

fn get_field_object(host: &mut dyn FormatHost, name: &str, ctx: &mut Ctx) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = get_integer(first)?;
    let is_empty = first.is_empty();
    let numeric = is_empty || index.is_some();
    if ctx.auto.state == AutoState::Init && numeric {
        ctx.auto.state = if is_empty {
            AutoState::Auto
        } else {
            AutoState::Manual
        };
    }
    if numeric {
        if ctx.auto.state == AutoState::Manual && is_empty {
            return Err(PyErr::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if ctx.auto.state != AutoState::Manual && !is_empty {
            return Err(PyErr::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    if is_empty {
        index = Some(ctx.auto.next);
        ctx.auto.next += 1;
    }
    let mut obj = match index {
        None => {
            let key = Value::str(first);
            match &ctx.kwargs {
                Kwargs::Pairs(pairs) => match pairs.iter().find(|(k, _)| k.as_str() == Some(first))
                {
                    Some((_, v)) => v.clone(),
                    None => return Err(PyErr::key_error(key)),
                },
                Kwargs::Map(m) => host.getitem(m, &key)?,
            }
        }
        Some(i) => match ctx.args {
            None => {
                return Err(PyErr::value_error(
                    "Format string contains positional fields",
                ));
            }
            Some(args) => match args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(PyErr::index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )));
                }
            },
        },
    };
    // The rest: `.attr` and `[key]` parts, resolved one at a time.
    let rest = &name[first_end..];
    let rb = rest.as_bytes();
    let mut p = 0;
    while p < rb.len() {
        let c = rb[p];
        p += 1;
        match c {
            b'.' => {
                let start = p;
                while p < rb.len() && rb[p] != b'.' && rb[p] != b'[' {
                    p += 1;
                }
                let attr = &rest[start..p];
                if attr.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                obj = host.getattr(&obj, attr)?;
            }
            b'[' => {
                let start = p;
                while p < rb.len() && rb[p] != b']' {
                    p += 1;
                }
                if p >= rb.len() {
                    return Err(PyErr::value_error("Missing ']' in format string"));
                }
                let key = &rest[start..p];
                p += 1;
                let idx = get_integer(key)?;
                if key.is_empty() {
                    return Err(PyErr::value_error("Empty attribute in format string"));
                }
                let key = match idx {
                    Some(i) => Value::Int(i as i64),
                    None => Value::str(key),
                };
                obj = host.getitem(&obj, &key)?;
            }
            _ => {
                return Err(PyErr::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
    }
    Ok(obj)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testhost::{MockHost, dict, show};

    fn fl(bits: u64) -> Value {
        Value::Float(f64::from_bits(bits))
    }

    #[test]
    fn str_format_matches_cpython() {
        // (format, args, kwargs, fmt.format(*args, **kwargs)) from CPython 3.11.
        #[allow(clippy::type_complexity)]
        let cases: Vec<(&str, Vec<Value>, Vec<(Value, Value)>, &str)> = vec![
            ("{}", vec![Value::Int(1)], vec![], "1"),
            ("{} {}", vec![Value::Int(1), Value::str("a")], vec![], "1 a"),
            (
                "{1}{0}",
                vec![Value::str("a"), Value::str("b")],
                vec![],
                "ba",
            ),
            ("{x}", vec![], vec![(Value::str("x"), Value::Int(5))], "5"),
            (
                "{x!r}",
                vec![],
                vec![(Value::str("x"), Value::str("s"))],
                "'s'",
            ),
            ("{!a}", vec![Value::str("\u{e9}")], vec![], "'\\xe9'"),
            ("{!s:>5}", vec![Value::Int(1)], vec![], "    1"),
            (
                "{0[1]}",
                vec![Value::tuple(vec![Value::Int(1), Value::Int(2)])],
                vec![],
                "2",
            ),
            (
                "{0[a]}",
                vec![dict(vec![(Value::str("a"), Value::Int(9))])],
                vec![],
                "9",
            ),
            (
                "{d[k]}",
                vec![],
                vec![(
                    Value::str("d"),
                    dict(vec![(Value::str("k"), Value::str("v"))]),
                )],
                "v",
            ),
            (
                "{d[0]}",
                vec![],
                vec![(
                    Value::str("d"),
                    dict(vec![(Value::Int(0), Value::str("zero"))]),
                )],
                "zero",
            ),
            ("{0.real}", vec![Value::Int(7)], vec![], "7"),
            ("{0.real.real}", vec![Value::Int(7)], vec![], "7"),
            ("{:{}}", vec![Value::Int(1), Value::Int(5)], vec![], "    1"),
            (
                "{:{}.{}f}",
                vec![fl(0x400921f9f01b866e), Value::Int(10), Value::Int(3)],
                vec![],
                "     3.142",
            ),
            (
                "{:{w}.{p}f}",
                vec![fl(0x4004000000000000)],
                vec![
                    (Value::str("w"), Value::Int(8)),
                    (Value::str("p"), Value::Int(2)),
                ],
                "    2.50",
            ),
            (
                "{0:{1}{2}}",
                vec![fl(0x3ff8000000000000), Value::str(">"), Value::str("9")],
                vec![],
                "      1.5",
            ),
            ("{{}} {{{}}}", vec![Value::Int(1)], vec![], "{} {1}"),
            (
                "{:>8,.2f}",
                vec![fl(0x40934a0000000000)],
                vec![],
                "1,234.50",
            ),
            (
                "{:x} {:#b}",
                vec![Value::Int(255), Value::Int(5)],
                vec![],
                "ff 0b101",
            ),
            ("{:%}", vec![fl(0x3fd0000000000000)], vec![], "25.000000%"),
            ("{:s}", vec![Value::str("ab")], vec![], "ab"),
            ("{!r:^9}", vec![Value::str("ab")], vec![], "  'ab'   "),
            ("{}", vec![Value::None], vec![], "None"),
            ("{}", vec![Value::Bool(true)], vec![], "True"),
            ("{:d}", vec![Value::Bool(true)], vec![], "1"),
            ("{}", vec![fl(0x4341c37937e08000)], vec![], "1e+16"),
            ("{0}{0}", vec![Value::str("x")], vec![], "xx"),
            (
                "\u{e9}{}\u{fc}",
                vec![Value::str("\u{df}")],
                vec![],
                "\u{e9}\u{df}\u{fc}",
            ),
            (
                "{[}]}",
                vec![dict(vec![(Value::str("}"), Value::Int(1))])],
                vec![],
                "1",
            ),
            (
                "{",
                vec![],
                vec![],
                "!ValueError: Single '{' encountered in format string",
            ),
            (
                "}",
                vec![],
                vec![],
                "!ValueError: Single '}' encountered in format string",
            ),
            (
                "a}b",
                vec![],
                vec![],
                "!ValueError: Single '}' encountered in format string",
            ),
            (
                "{0!}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: unmatched '{' in format spec",
            ),
            (
                "{0!x}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: Unknown conversion specifier x",
            ),
            (
                "{0!rr}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: expected ':' after conversion specifier",
            ),
            (
                "{0:{1:{2}}}",
                vec![Value::Int(1), Value::Int(2), Value::Int(3)],
                vec![],
                "!ValueError: Max string recursion exceeded",
            ),
            (
                "{a.}",
                vec![],
                vec![(Value::str("a"), Value::Int(1))],
                "!ValueError: Empty attribute in format string",
            ),
            (
                "{0[}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: expected '}' before end of string",
            ),
            ("{0]x}", vec![Value::Int(1)], vec![], "!KeyError: '0]x'"),
            (
                "{0[0]x}",
                vec![Value::list(vec![Value::Int(1)])],
                vec![],
                "!ValueError: Only '.' or '[' may follow ']' in format field specifier",
            ),
            (
                "{}{0}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: cannot switch from automatic field numbering to manual field specification",
            ),
            (
                "{0}{}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: cannot switch from manual field specification to automatic field numbering",
            ),
            (
                "{x",
                vec![],
                vec![(Value::str("x"), Value::Int(1))],
                "!ValueError: expected '}' before end of string",
            ),
            (
                "{:{}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: unmatched '{' in format spec",
            ),
            (
                "{1}",
                vec![Value::Int(1)],
                vec![],
                "!IndexError: Replacement index 1 out of range for positional args tuple",
            ),
            ("{a}", vec![Value::Int(1)], vec![], "!KeyError: 'a'"),
            (
                "{:d}",
                vec![Value::str("a")],
                vec![],
                "!ValueError: Unknown format code 'd' for object of type 'str'",
            ),
            (
                "{9999999999999999999999999}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: Too many decimal digits in format string",
            ),
            (
                "{0[]}",
                vec![Value::tuple(vec![Value::Int(1)])],
                vec![],
                "!ValueError: Empty attribute in format string",
            ),
            (
                "{0.}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: Empty attribute in format string",
            ),
            (
                "{0!",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: end of string while looking for conversion specifier",
            ),
            (
                "{a{}",
                vec![Value::Int(1)],
                vec![],
                "!ValueError: unexpected '{' in field name",
            ),
            (
                "{0[0}",
                vec![Value::tuple(vec![Value::Int(1)])],
                vec![],
                "!ValueError: expected '}' before end of string",
            ),
        ];
        for (fmt, args, kwargs, want) in cases {
            assert_eq!(
                show(str_format(&mut MockHost, fmt, &args, &kwargs)),
                want,
                "{fmt:?}"
            );
        }
    }

    #[test]
    fn format_map() {
        let m = dict(vec![(Value::str("a"), Value::Int(1))]);
        assert_eq!(
            show(str_format_map(&mut MockHost, "{a}-{a:03}", &m)),
            "1-001"
        );
        assert_eq!(
            show(str_format_map(&mut MockHost, "{b}", &m)),
            "!KeyError: 'b'"
        );
        assert_eq!(
            show(str_format_map(&mut MockHost, "{0}", &m)),
            "!ValueError: Format string contains positional fields"
        );
    }
}
