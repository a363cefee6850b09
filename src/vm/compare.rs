//! Comparisons: `==`, ordering, `is`, `in`, with rich-comparison dunders and their
//! reflections, following CPython's `do_richcompare`.

use std::cmp::Ordering;
use std::sync::Arc;

use num_bigint::BigInt;

use crate::ast::CmpOp;
use crate::object::other::Other;
use crate::value::Value;

use super::Vm;
use super::error::{PyErr, PyResult};
use super::numeric::{Num, as_num};
use super::types::type_name;

/// Immediates and strings, without a VM. `None` when the general path is needed.
#[inline]
pub fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let ord = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => return Some(float_cmp(op, *x, *y)),
        (Value::Int(x), Value::Float(y)) => return Some(float_cmp_int(op, *x, *y)),
        (Value::Float(x), Value::Int(y)) => return Some(float_cmp_int(swap(op), *y, *x)),
        (Value::Str(x), Value::Str(y)) => {
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                let eq = Arc::ptr_eq(x, y) || x.as_str() == y.as_str();
                return Some(eq == (op == CmpOp::Eq));
            }
            x.as_str().cmp(y.as_str())
        }
        _ => {
            return match op {
                CmpOp::Is => Some(a.is(b)),
                CmpOp::IsNot => Some(!a.is(b)),
                _ => None,
            };
        }
    };
    ord_result(op, ord)
}

fn ord_result(op: CmpOp, ord: Ordering) -> Option<bool> {
    Some(match op {
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::NotEq => ord != Ordering::Equal,
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::GtE => ord != Ordering::Less,
        CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => return None,
    })
}

fn swap(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::GtE => CmpOp::LtE,
        o => o,
    }
}

fn float_cmp(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        _ => false,
    }
}

/// Exact int-vs-float comparison (an i64 may not convert to f64 exactly).
fn float_cmp_int(op: CmpOp, x: i64, y: f64) -> bool {
    if y.is_nan() {
        return op == CmpOp::NotEq;
    }
    let ord = if y >= 9.3e18 {
        Ordering::Less
    } else if y <= -9.3e18 {
        Ordering::Greater
    } else {
        let fl = y.floor();
        match (x as i128).cmp(&(fl as i128)) {
            Ordering::Equal => {
                if y > fl {
                    Ordering::Less
                } else {
                    Ordering::Equal
                }
            }
            o => o,
        }
    };
    ord_result(op, ord).unwrap_or(false)
}

fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(f), other) | (other, Num::Float(f)) => {
            if f.is_nan() {
                return None;
            }
            let flipped = matches!(a, Num::Float(_));
            let ord = if f.is_infinite() {
                if *f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            } else {
                let big = match other {
                    Num::Int(i) => BigInt::from(*i),
                    Num::Big(b) => (**b).clone(),
                    Num::Float(_) => return None,
                };
                let fl = f.floor();
                let fb = BigInt::from(fl as i128);
                let fb = if fl.abs() >= 1.7e38 {
                    num_bigint::BigInt::from(0) + float_to_big(fl)
                } else {
                    fb
                };
                match big.cmp(&fb) {
                    Ordering::Equal if *f > fl => Ordering::Less,
                    o => o,
                }
            };
            Some(if flipped { ord.reverse() } else { ord })
        }
        _ => {
            let x = super::numeric::to_big(a);
            let y = super::numeric::to_big(b);
            Some(x.cmp(&y))
        }
    }
}

fn float_to_big(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

impl Vm {
    pub fn compare_op(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpOp::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            _ => self.rich_compare(op, a, b),
        }
    }

    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_compare(CmpOp::Eq, a, b) {
            return Ok(r);
        }
        let v = self.rich_compare(CmpOp::Eq, a, b)?;
        self.truthy(&v)
    }

    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_compare(CmpOp::Lt, a, b) {
            return Ok(r);
        }
        let v = self.rich_compare(CmpOp::Lt, a, b)?;
        self.truthy(&v)
    }

    /// `a > b` as a bool (what `max` asks of each new item against the best so far).
    pub fn gt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_compare(CmpOp::Gt, a, b) {
            return Ok(r);
        }
        let v = self.rich_compare(CmpOp::Gt, a, b)?;
        self.truthy(&v)
    }

    /// `a op b` for ==, !=, <, <=, >, >=.
    pub fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let (name, rname) = dunder_names(op);
            let plain = |vm: &mut Vm, v: &Value, n: &'static str| {
                let p = vm.plain_payload(v, n)?;
                if op == CmpOp::NotEq {
                    vm.plain_payload(v, "__eq__").map(|_| p)
                } else {
                    Some(p)
                }
            };
            let a2 = plain(self, a, name);
            let b2 = plain(self, b, rname);
            if a2.is_some() || b2.is_some() {
                return self.rich_compare(op, a2.as_ref().unwrap_or(a), b2.as_ref().unwrap_or(b));
            }
        }
        // User-defined comparisons first: the reflected operand's method wins if its class
        // is a subclass of the left operand's (as CPython does).
        let a_user = matches!(a, Value::Instance(_));
        let b_user = matches!(b, Value::Instance(_));
        if a_user || b_user {
            let (name, reflected) = dunder_names(op);
            let mut try_reflected_first = false;
            if let (Value::Instance(ia), Value::Instance(ib)) = (a, b) {
                try_reflected_first =
                    !Arc::ptr_eq(&ia.class, &ib.class) && ib.class.is_subclass_of(&ia.class);
            }
            let order: [(bool, &Value, &Value, &str); 2] = if try_reflected_first {
                [(b_user, b, a, reflected), (a_user, a, b, name)]
            } else {
                [(a_user, a, b, name), (b_user, b, a, reflected)]
            };
            for (is_user, x, y, method) in order {
                if !is_user {
                    continue;
                }
                let Value::Instance(inst) = x else { continue };
                if let Some(m) = self.user_dunder(&inst.class, method) {
                    let r = self.call(&m, &[x.clone(), y.clone()])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                } else if op == CmpOp::NotEq && self.user_dunder(&inst.class, "__eq__").is_some() {
                    // object.__ne__ inverts __eq__.
                    let m = self
                        .user_dunder(&inst.class, "__eq__")
                        .unwrap_or(Value::None);
                    let r = self.call(&m, &[x.clone(), y.clone()])?;
                    if !is_not_implemented(&r) {
                        return Ok(Value::Bool(!self.truthy(&r)?));
                    }
                } else if inst.class.is_exception_class()
                    || inst.class.kind != crate::object::class::TypeKind::User
                {
                    continue;
                }
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
                _ => Err(not_supported(op, a, b)),
            };
        }
        if let Some(r) = fast_compare(op, a, b) {
            return Ok(Value::Bool(r));
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            let ord = num_cmp(&x, &y);
            return Ok(Value::Bool(match ord {
                Some(o) => ord_result(op, o).unwrap_or(false),
                None => op == CmpOp::NotEq,
            }));
        }
        let ord = match (a, b) {
            (Value::List(x), Value::List(y)) => {
                let (xs, ys) = (x.snapshot(), y.snapshot());
                self.seq_compare(op, &xs, &ys)?
            }
            (Value::Tuple(x), Value::Tuple(y)) => {
                let (xs, ys) = (x.items.to_vec(), y.items.to_vec());
                self.seq_compare(op, &xs, &ys)?
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let eq = self.dict_eq(x, y)?;
                return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
            }
            (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) => {
                return Ok(Value::Bool(self.set_compare(op, x, y)?));
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
                let (lx, ly) = (x.len(), y.len());
                let eq =
                    lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
                return Ok(Value::Bool(eq == (op == CmpOp::Eq)));
            }
            // dict.keys() / dict.items() views compare like sets (with sets or views).
            _ if is_set_view(a) || is_set_view(b) => {
                let is_setlike =
                    |v: &Value| is_set_view(v) || matches!(v, Value::Set(_) | Value::FrozenSet(_));
                if !(is_setlike(a) && is_setlike(b)) {
                    return match op {
                        CmpOp::Eq => Ok(Value::Bool(false)),
                        CmpOp::NotEq => Ok(Value::Bool(true)),
                        _ => Err(not_supported(op, a, b)),
                    };
                }
                let a_items = self.collect_iterable(a)?;
                let b_items = self.collect_iterable(b)?;
                let sa = Arc::new(crate::object::set::Set::from_table(
                    self.make_set_table(a_items)?,
                ));
                let sb = Arc::new(crate::object::set::Set::from_table(
                    self.make_set_table(b_items)?,
                ));
                return Ok(Value::Bool(self.set_compare(op, &sa, &sb)?));
            }
            _ => None,
        };
        match ord {
            Some(r) => Ok(Value::Bool(r)),
            None => match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
                _ => Err(not_supported(op, a, b)),
            },
        }
    }

    /// Lexicographic comparison of sequences (list/tuple).
    fn seq_compare(&mut self, op: CmpOp, xs: &[Value], ys: &[Value]) -> PyResult<Option<bool>> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq) && xs.len() != ys.len() {
            return Ok(Some(op == CmpOp::NotEq));
        }
        for (x, y) in xs.iter().zip(ys) {
            if x.is(y) {
                continue;
            }
            if !self.eq(x, y)? {
                return match op {
                    CmpOp::Eq => Ok(Some(false)),
                    CmpOp::NotEq => Ok(Some(true)),
                    _ => {
                        let v = self.rich_compare(op, x, y)?;
                        Ok(Some(self.truthy(&v)?))
                    }
                };
            }
        }
        Ok(ord_result(op, xs.len().cmp(&ys.len())))
    }

    fn dict_eq(
        &mut self,
        x: &Arc<crate::object::dict::Dict>,
        y: &Arc<crate::object::dict::Dict>,
    ) -> PyResult<bool> {
        if Arc::ptr_eq(x, y) {
            return Ok(true);
        }
        let entries: Vec<(Value, Value)> = x
            .table
            .read()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect();
        if entries.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in entries {
            match self.dict_get(y, &k)? {
                Some(w) => {
                    if !v.is(&w) && !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(
        &mut self,
        op: CmpOp,
        x: &Arc<crate::object::set::Set>,
        y: &Arc<crate::object::set::Set>,
    ) -> PyResult<bool> {
        let a = x.table.read().clone();
        let b = y.table.read().clone();
        let (la, lb) = (a.len(), b.len());
        Ok(match op {
            CmpOp::Eq => la == lb && self.set_table_subset(&a, &b)?,
            CmpOp::NotEq => !(la == lb && self.set_table_subset(&a, &b)?),
            CmpOp::LtE => la <= lb && self.set_table_subset(&a, &b)?,
            CmpOp::Lt => la < lb && self.set_table_subset(&a, &b)?,
            CmpOp::GtE => la >= lb && self.set_table_subset(&b, &a)?,
            CmpOp::Gt => la > lb && self.set_table_subset(&b, &a)?,
            _ => false,
        })
    }
}

fn is_set_view(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::DictView { kind: crate::object::other::DictViewKind::Keys | crate::object::other::DictViewKind::Items, .. }))
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Other(o) if matches!(&**o, Other::NotImplemented))
}

fn dunder_names(op: CmpOp) -> (&'static str, &'static str) {
    match op {
        CmpOp::Eq => ("__eq__", "__eq__"),
        CmpOp::NotEq => ("__ne__", "__ne__"),
        CmpOp::Lt => ("__lt__", "__gt__"),
        CmpOp::LtE => ("__le__", "__ge__"),
        CmpOp::Gt => ("__gt__", "__lt__"),
        CmpOp::GtE => ("__ge__", "__le__"),
        _ => ("__eq__", "__eq__"),
    }
}

pub fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        _ => "?",
    }
}

fn not_supported(op: CmpOp, a: &Value, b: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        cmp_symbol(op),
        type_name(a),
        type_name(b)
    ))
}

/// Int and float ordering and equality for the dispatch loop's fast path (`None`: take the
/// general path).
#[inline(always)]
pub fn quick_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            Some(match op {
                CmpOp::Eq => x == y,
                CmpOp::NotEq => x != y,
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                CmpOp::GtE => x >= y,
                _ => return None,
            })
        }
        (Value::Float(x), Value::Float(y)) => match op {
            CmpOp::Eq | CmpOp::NotEq | CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
                Some(float_cmp(op, *x, *y))
            }
            _ => None,
        },
        _ => None,
    }
}
