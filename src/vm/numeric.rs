//! Arithmetic on int (i64 fast path, BigInt on overflow), bool and float, with CPython's
//! semantics: floor division and modulo round toward negative infinity, `**` with a
//! negative exponent gives a float, and the error messages match.

use std::sync::Arc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::value::{RawNumber, Value};

use super::error::{PyErr, PyResult};

/// A numeric operand, borrowed from a Value.
#[derive(Clone)]
pub enum Num {
    Int(i64),
    Big(Arc<BigInt>),
    Float(f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::BigInt(b) => Some(Num::Big(b.clone())),
        _ => None,
    }
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (**b).clone(),
        Num::Float(f) => BigInt::from(*f as i64),
    }
}

/// int -> float, with CPython's OverflowError for huge ints.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::overflow("int too large to convert to float")),
    }
}

pub fn num_to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(b),
        Num::Float(f) => Ok(*f),
    }
}

/// The interpreter's hot path: both operands are immediates. `None` means "not handled
/// here" (strings, containers, instances...).
#[inline]
pub fn fast_binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    // The common cases that cannot fail or overflow; the rest (overflow into big ints,
    // division by zero, powers...) take the general int and float paths.
    if let Some(v) = quick_binary(op, a, b) {
        return Some(Ok(v));
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(int_binary(op, &Num::Int(*x), &Num::Int(*y))),
        (Value::Float(x), Value::Float(y)) => Some(float_binary(op, *x, *y)),
        // Bitwise ops between int and float fail; the general path names both types.
        (Value::Float(x), Value::Int(y)) if !is_bitwise(op) => {
            Some(float_binary(op, *x, *y as f64))
        }
        (Value::Int(x), Value::Float(y)) if !is_bitwise(op) => {
            Some(float_binary(op, *x as f64, *y))
        }
        _ => None,
    }
}

fn is_bitwise(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor
    )
}

/// Arithmetic between any two numeric values (bool, int, bigint, float).
pub fn numeric_binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::Bool(p & q))),
            BinOp::BitOr => return Some(Ok(Value::Bool(p | q))),
            BinOp::BitXor => return Some(Ok(Value::Bool(p ^ q))),
            _ => {}
        }
    }
    let x = as_num(a)?;
    let y = as_num(b)?;
    if matches!(op, BinOp::MatMul) {
        return None;
    }
    Some(match (&x, &y) {
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            if is_bitwise(op) {
                return None;
            }
            match (num_to_f64(&x), num_to_f64(&y)) {
                (Ok(fx), Ok(fy)) => float_binary(op, fx, fy),
                (Err(e), _) | (_, Err(e)) => Err(e),
            }
        }
        _ => int_binary(op, &x, &y),
    })
}

pub fn float_binary(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op_symbol(op)
            )));
        }
    }))
}

/// CPython's float divmod (Objects/floatobject.c float_divmod).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0_f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0_f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(PyErr::value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

pub fn int_binary(op: BinOp, x: &Num, y: &Num) -> PyResult<Value> {
    if let (Num::Int(a), Num::Int(b)) = (x, y) {
        let (a, b) = (*a, *b);
        let small = match op {
            BinOp::Add => a.checked_add(b),
            BinOp::Sub => a.checked_sub(b),
            BinOp::Mul => a.checked_mul(b),
            BinOp::FloorDiv => {
                if b == 0 {
                    return Err(PyErr::zero_division("integer division or modulo by zero"));
                }
                a.checked_div(b).map(|q| {
                    if (a % b != 0) && ((a < 0) != (b < 0)) {
                        q - 1
                    } else {
                        q
                    }
                })
            }
            BinOp::Mod => {
                if b == 0 {
                    return Err(PyErr::zero_division("integer modulo by zero"));
                }
                a.checked_rem(b).map(|r| {
                    if r != 0 && ((r < 0) != (b < 0)) {
                        r + b
                    } else {
                        r
                    }
                })
            }
            BinOp::Div => {
                if b == 0 {
                    return Err(PyErr::zero_division("division by zero"));
                }
                if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(a as f64 / b as f64));
                }
                return big_truediv(&BigInt::from(a), &BigInt::from(b));
            }
            BinOp::Pow => {
                if b < 0 {
                    if a == 0 {
                        return Err(PyErr::zero_division(
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::Float((a as f64).powf(b as f64)));
                }
                if b <= u32::MAX as i64 {
                    a.checked_pow(b as u32)
                } else {
                    None
                }
            }
            BinOp::LShift => {
                if b < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                if a == 0 {
                    Some(0)
                } else if b < 63 && (a.unsigned_abs() < (1u64 << (62 - b))) {
                    Some(a << b)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if b < 0 {
                    return Err(PyErr::value_error("negative shift count"));
                }
                Some(if b >= 64 {
                    if a < 0 { -1 } else { 0 }
                } else {
                    a >> b
                })
            }
            BinOp::BitAnd => Some(a & b),
            BinOp::BitOr => Some(a | b),
            BinOp::BitXor => Some(a ^ b),
            BinOp::MatMul => return Err(unsupported(op, "int", "int")),
        };
        if let Some(r) = small {
            return Ok(Value::Int(r));
        }
    }
    let a = to_big(x);
    let b = to_big(y);
    Ok(Value::from_bigint(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            a.div_floor(&b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            a.mod_floor(&b)
        }
        BinOp::Div => {
            if b.is_zero() {
                return Err(PyErr::zero_division("division by zero"));
            }
            return big_truediv(&a, &b);
        }
        BinOp::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return Err(PyErr::zero_division(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                return float_pow(big_to_f64(&a)?, big_to_f64(&b)?);
            }
            let Some(e) = b.to_u32() else {
                if a.is_zero() || a == BigInt::from(1) {
                    return Ok(Value::from_bigint(a));
                }
                if a == BigInt::from(-1) {
                    return Ok(Value::Int(if b.is_even() { 1 } else { -1 }));
                }
                return Err(PyErr::new(super::error::ExcType::MemoryError, ""));
            };
            if a.bits() as u128 * e as u128 > 64 * 1024 * 1024 * 8 {
                return Err(PyErr::new(super::error::ExcType::MemoryError, ""));
            }
            num_traits::Pow::pow(&a, e)
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            let Some(s) = b.to_usize() else {
                return Err(PyErr::overflow("too many digits in integer"));
            };
            if s > 1 << 32 {
                return Err(PyErr::overflow("too many digits in integer"));
            }
            a << s
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => {
                    // BigInt's >> rounds toward negative infinity like Python.
                    a >> s
                }
                None => BigInt::from(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::MatMul => return Err(unsupported(op, "int", "int")),
    }))
}

/// int / int, correctly rounded (round-half-even, subnormals included) as CPython's
/// long_true_divide does: a quotient with two or three bits beyond the 53 that are kept,
/// a sticky bit for any remainder, then one rounding step and an exact scaling.
fn big_truediv(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let negative = a.is_negative() != b.is_negative();
    let signed = |f: f64| Value::Float(if negative { -f } else { f });
    if a.is_zero() {
        // 0 / -n is -0.0, as the float division would give.
        return Ok(signed(0.0));
    }
    if let (Some(x), Some(y)) = (a.to_f64(), b.to_f64())
        && x.abs() < 9.007_199_254_740_992e15
        && y.abs() < 9.007_199_254_740_992e15
    {
        // Both exact as floats: one correctly rounded float division.
        return Ok(Value::Float(x / y));
    }
    let overflow = || PyErr::overflow("integer division result too large for a float");
    let (a, b) = (a.magnitude(), b.magnitude());
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return Err(overflow());
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        a << (-shift) as usize
    } else {
        let x = a >> shift as usize;
        inexact = (&x << shift as usize) != *a;
        x
    };
    let (q, r) = x.div_rem(b);
    inexact |= !r.is_zero();
    // q < 2^(MANT_DIG + 3), so it fits in a u64.
    let q = q.to_u64().unwrap_or(u64::MAX);
    let q_bits = 64 - q.leading_zeros() as i64;
    let extra_bits = q_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let mut low = q | inexact as u64;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    let dx = (low & !(2 * mask - 1)) as f64;
    if shift + q_bits >= MAX_EXP && (shift + q_bits > MAX_EXP || dx == 2f64.powi(q_bits as i32)) {
        return Err(overflow());
    }
    // dx * 2^shift is exact; two steps keep the intermediate a normal float.
    let half = (shift / 2) as i32;
    Ok(signed(
        dx * 2f64.powi(half) * 2f64.powi(shift as i32 - half),
    ))
}

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::MatMul => "@",
    }
}

pub fn unsupported(op: BinOp, a: &str, b: &str) -> PyErr {
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{a}' and '{b}'",
        op_symbol(op)
    ))
}

/// Python's hash of an int (modulo 2**61 - 1, with -1 mapped to -2).
pub fn hash_i64(x: i64) -> i64 {
    const P: i128 = (1i128 << 61) - 1;
    let v = x as i128;
    let mut h = (v.abs() % P) as i64;
    if v < 0 {
        h = -h;
    }
    if h == -1 { -2 } else { h }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let m = (b.abs() % &p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 { -2 } else { h }
}

/// Python's hash of a float (Python/pyhash.c _Py_HashDouble): integral floats hash like
/// the equal int.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    const BITS: i32 = 61;
    const MODULUS: u64 = (1u64 << BITS) - 1;
    let (mut m, mut e) = frexp(v.abs());
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = x as i64 * sign;
    if h == -1 { -2 } else { h }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// Int and float arithmetic that cannot fail and allocates nothing, for the dispatch loop's
/// fast path. `None` means "take the general path" (other types, overflow, division by
/// zero and the operators handled elsewhere).
#[inline(always)]
pub fn quick_binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    quick_binary_raw(op, a, b).map(RawNumber::into_value)
}

/// `quick_binary`, with the result as raw words the loop stores in one write.
#[inline(always)]
pub fn quick_binary_raw(op: BinOp, a: &Value, b: &Value) -> Option<RawNumber> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            match op {
                BinOp::Add => x.checked_add(y).map(RawNumber::int),
                BinOp::Sub => x.checked_sub(y).map(RawNumber::int),
                BinOp::Mul => x.checked_mul(y).map(RawNumber::int),
                BinOp::BitAnd => Some(RawNumber::int(x & y)),
                BinOp::BitOr => Some(RawNumber::int(x | y)),
                BinOp::BitXor => Some(RawNumber::int(x ^ y)),
                BinOp::FloorDiv if y > 0 => Some(RawNumber::int(x.div_euclid(y))),
                BinOp::Mod if y > 0 => Some(RawNumber::int(x.rem_euclid(y))),
                _ => None,
            }
        }
        (Value::Float(x), Value::Float(y)) => quick_float(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => quick_float(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => quick_float(op, *x as f64, *y),
        _ => None,
    }
}

#[inline(always)]
fn quick_float(op: BinOp, x: f64, y: f64) -> Option<RawNumber> {
    match op {
        BinOp::Add => Some(RawNumber::float(x + y)),
        BinOp::Sub => Some(RawNumber::float(x - y)),
        BinOp::Mul => Some(RawNumber::float(x * y)),
        BinOp::Div if y != 0.0 => Some(RawNumber::float(x / y)),
        _ => None,
    }
}
