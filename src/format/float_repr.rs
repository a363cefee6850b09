//! Float to text, the way CPython's `PyOS_double_to_string` does it.
//!
//! Rust's formatter already produces the right digits: `{:e}` gives the shortest digits that
//! round-trip (CPython's `repr` mode 0), and `{:.*}` / `{:.*e}` are correctly rounded with
//! round-half-even on the exact binary value (dtoa modes 3 and 2). We only take the digit
//! string and the decimal-point position from Rust and lay them out with CPython's rules
//! (`format_float_short` in `Python/pystrtod.c`).

/// Layout options for [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// Always write a sign (`+` for non-negative numbers).
    pub sign: bool,
    /// Add `.0` to a result that would otherwise look like an integer (`repr`, `format(x, '.3')`).
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and, for `g`, trailing zeros.
    pub alt: bool,
    /// Coerce a negative zero result to positive zero (the `z` option of PEP 682).
    pub no_neg_0: bool,
}

/// `repr(x)` / `str(x)` for a Python float.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        },
    )
}

/// `'%.{prec}f' % x`: fixed notation with `prec` digits after the point.
pub fn format_float_fixed(x: f64, prec: usize) -> String {
    double_to_string(x, 'f', prec, FloatFlags::default())
}

/// `'%.{prec}e' % x` (or `E` when `upper`): one digit, the point, `prec` digits, exponent.
pub fn format_float_exp(x: f64, prec: usize, upper: bool) -> String {
    double_to_string(
        x,
        if upper { 'E' } else { 'e' },
        prec,
        FloatFlags::default(),
    )
}

/// `'%.{prec}g' % x` (or `G` when `upper`; `#` when `alt`).
pub fn format_float_general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let flags = FloatFlags {
        alt,
        ..FloatFlags::default()
    };
    double_to_string(x, if upper { 'G' } else { 'g' }, prec, flags)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` is repr: shortest digits, `precision` ignored);
/// any other code is treated as `r`. The result starts with `-` for negative numbers
/// (never for a NaN), or `+` when `flags.sign`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if x.is_nan() {
        // CPython ignores the sign of a NaN.
        if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "NAN" } else { "nan" });
        return out;
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        if negative {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(if upper { "INF" } else { "inf" });
        return out;
    }
    let a = x.abs();
    // Digits (no leading or trailing zeros; "0" for zero) and the decimal point position:
    // the value is 0.DIGITS * 10**decpt.
    let mut precision = precision as i64;
    let (digits, decpt) = match code {
        'e' => {
            precision += 1;
            digits_significant(a, precision as usize)
        }
        'f' => digits_fixed(a, precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            digits_significant(a, precision as usize)
        }
        _ => digits_shortest(a),
    };
    let digits = digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;

    if flags.no_neg_0 && negative && (digits_len == 0 || digits == b"0") {
        negative = false;
    }

    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }

    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        // Digits are ASCII.
        out.extend(d.iter().map(|&b| b as char));
    };
    // Zero padding on the left of the digit string.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the decimal point if it falls inside them.
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, digits);
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// Split Rust's `{:e}`-style output "d.ddde±x" (of a non-negative finite number) into
/// digits without trailing zeros and the decimal point position.
fn split_exp_form(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits.bytes().all(|b| b == b'0') {
        return ("0".to_string(), 1);
    }
    (digits, exp + 1)
}

/// Shortest round-tripping digits (dtoa mode 0).
fn digits_shortest(a: f64) -> (String, i64) {
    if a == 0.0 {
        return ("0".to_string(), 1);
    }
    let s = format!("{a:e}");
    // Rust picks *a* shortest string; when two strings of that length round-trip (an
    // exact tie such as ...98.125 -> ...98.12 or ...98.13), dtoa picks the one closest to
    // the exact value, breaking ties to even: that is the correctly rounded one.
    let n = s
        .split('e')
        .next()
        .map_or(1, |m| m.bytes().filter(u8::is_ascii_digit).count());
    let rounded = format!("{:.*e}", n.saturating_sub(1), a);
    if rounded != s && rounded.parse::<f64>() == Ok(a) {
        return split_exp_form(&rounded);
    }
    split_exp_form(&s)
}

/// `n >= 1` significant digits, correctly rounded (dtoa mode 2).
fn digits_significant(a: f64, n: usize) -> (String, i64) {
    if a == 0.0 {
        return ("0".to_string(), 1);
    }
    split_exp_form(&format!("{:.*e}", n.saturating_sub(1), a))
}

/// Digits rounded to `n` places after the point (dtoa mode 3). A value that rounds to zero
/// gives no digits and `decpt == -n`, as dtoa does.
fn digits_fixed(a: f64, n: usize) -> (String, i64) {
    if a == 0.0 {
        return ("0".to_string(), 1);
    }
    // Fast path: a * 10**n rounds to an integer N below 2**52. 10**n is exact (n <= 15),
    // so the exact product is within a quarter of N and N is the correctly rounded
    // result: its digits are the answer, no decimal expansion needed.
    if n <= 15 {
        let t = a * 10f64.powi(n as i32);
        if t.fract() == 0.0 && t < 4_503_599_627_370_496.0 {
            let big = t as u64;
            if big == 0 {
                return (String::new(), -(n as i64));
            }
            let s = big.to_string();
            let decpt = s.len() as i64 - n as i64;
            return (s.trim_end_matches('0').to_string(), decpt);
        }
    }
    let s = format!("{:.*}", n, a);
    let (int_part, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let mut decpt = int_part.len() as i64;
    let all: String = int_part.chars().chain(frac.chars()).collect();
    let trimmed_start = all.trim_start_matches('0');
    decpt -= (all.len() - trimmed_start.len()) as i64;
    let digits = trimmed_start.trim_end_matches('0');
    if digits.is_empty() {
        return (String::new(), -(n as i64));
    }
    (digits.to_string(), decpt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(bits: u64) -> f64 {
        f64::from_bits(bits)
    }

    // (float bits, repr(x)) from CPython 3.11.
    const REPR: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0x4059000000000000, "100.0"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x3fb999999999999a, "0.1"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x3e8421f5f40d8376, "1.5e-07"),
        (0x7e6ddd4baa009303, "1e+301"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x0000000000000001, "5e-324"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0xfff8000000000000, "nan"),
        (0x4351c37937e08001, "2.0000000000000004e+16"),
        (0x4341c37937e08001, "1.0000000000000002e+16"),
        (0x4340000000000000, "9007199254740992.0"),
        (0xc05edd2f1a9fbe77, "-123.456"),
        (0x400921fb54442d18, "3.141592653589793"),
        (0x3ff199999999999a, "1.1"),
        (0x3eb0c6f7a0b5ed8d, "1e-06"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x3c9cd2b297d889bc, "1e-16"),
        (0x42d6bcc41e900000, "100000000000000.0"),
        (0x4202a05f20000000, "10000000000.0"),
        (0x4415af1d78b58c40, "1e+20"),
        (0x3fe0000000000000, "0.5"),
        (0xc00c000000000000, "-3.5"),
        (0x3ff0000000000001, "1.0000000000000002"),
        (0x3fefffffffffffff, "0.9999999999999999"),
        (0x42de8f1354088c88, "134399413723698.12"),
        (0xc2d13a9000ee17e8, "-75772887021663.62"),
        (0x43058e3f0143bbd2, "758421970777978.2"),
        (0x3fe3333333333334, "0.6000000000000001"),
        (0x3ddb7cdfd9d7bdbb, "1e-10"),
        (0x49b58b82c0e0bb00, "1.23e+47"),
        (0x3efa36e2eb1c432d, "2.5e-05"),
        (0x4023000000000000, "9.5"),
        (0x3fd5555555555555, "0.3333333333333333"),
    ];

    #[test]
    fn repr_matches_cpython() {
        for &(bits, want) in REPR {
            assert_eq!(float_repr(f(bits)), want, "bits {bits:#x}");
        }
    }

    // (x, code, precision, alt, expected) from CPython's '%' formatting.
    const FMT: &[(f64, char, usize, bool, &str)] = &[
        (0.125, 'f', 2, false, "0.12"),
        (0.375, 'f', 2, false, "0.38"),
        (2.5, 'f', 0, false, "2"),
        (0.5, 'f', 0, false, "0"),
        (1.5, 'f', 0, false, "2"),
        (1.0, 'f', 0, true, "1."),
        (0.0004, 'f', 2, false, "0.00"),
        (-0.0004, 'f', 2, false, "-0.00"),
        (123.456, 'f', 6, false, "123.456000"),
        (1e22, 'f', 1, false, "10000000000000000000000.0"),
        (12345.678, 'e', 6, false, "1.234568e+04"),
        (12345.678, 'E', 2, false, "1.23E+04"),
        (1.0, 'e', 0, false, "1e+00"),
        (1.0, 'e', 0, true, "1.e+00"),
        (9.99, 'e', 1, false, "1.0e+01"),
        (1e-300, 'e', 3, false, "1.000e-300"),
        (0.0, 'e', 3, false, "0.000e+00"),
        (1.0, 'g', 6, false, "1"),
        (1.0, 'g', 6, true, "1.00000"),
        (1e-5, 'g', 6, false, "1e-05"),
        (0.0001, 'g', 6, false, "0.0001"),
        (123456.0, 'g', 6, false, "123456"),
        (1234567.0, 'g', 6, false, "1.23457e+06"),
        (1234567.0, 'G', 3, false, "1.23E+06"),
        (0.0, 'g', 6, true, "0.00000"),
        (0.0, 'g', 0, false, "0"),
        (99999.5, 'g', 5, false, "1e+05"),
        (1.5, 'g', 0, false, "2"),
        (f64::INFINITY, 'F', 2, false, "INF"),
        (f64::NEG_INFINITY, 'e', 2, false, "-inf"),
        (f64::NAN, 'G', 2, false, "NAN"),
    ];

    #[test]
    fn helpers_match_cpython() {
        for &(x, code, prec, alt, want) in FMT {
            let flags = FloatFlags {
                alt,
                ..FloatFlags::default()
            };
            assert_eq!(
                double_to_string(x, code, prec, flags),
                want,
                "{x} {code} {prec}"
            );
        }
        assert_eq!(format_float_fixed(1.23456, 3), "1.235");
        assert_eq!(format_float_exp(1.23456, 3, true), "1.235E+00");
        assert_eq!(format_float_general(1.23456, 3, false, false), "1.23");
        assert_eq!(format_float_general(1e100, 3, false, true), "1.00e+100");
    }
}
