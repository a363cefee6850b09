//! The value representation shared by the compiler, the VM and every builtin.
//!
//! `None`, `bool`, small `int` and `float` are immediates: they live inside the 16-byte
//! `Value` and arithmetic on them allocates nothing. Every other object is behind an `Arc`,
//! and mutable containers guard their contents with a `parking_lot` lock, so a `Value` can
//! be shared by OS threads soundly with or without a GIL (`Value: Send + Sync`).

use std::sync::Arc;

use num_bigint::BigInt;

use crate::object::class::{Class, Instance};
use crate::object::dict::Dict;
use crate::object::func::{BoundMethod, Builtin, Function};
use crate::object::iter::IterObj;
use crate::object::list::{List, Tuple};
use crate::object::module::Module;
use crate::object::other::Other;
use crate::object::range::Range;
use crate::object::set::Set;
use crate::object::str::PyStr;
use crate::vm::generator::Generator;

#[repr(u64)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// An int outside the i64 range. Always normalised: a BigInt never fits in i64.
    BigInt(Arc<BigInt>),
    Str(Arc<PyStr>),
    List(Arc<List>),
    Tuple(Arc<Tuple>),
    Dict(Arc<Dict>),
    Set(Arc<Set>),
    FrozenSet(Arc<Set>),
    Range(Arc<Range>),
    Function(Arc<Function>),
    BoundMethod(Arc<BoundMethod>),
    Builtin(Arc<Builtin>),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Module(Arc<Module>),
    Iter(Arc<IterObj>),
    Generator(Arc<Generator>),
    /// Rarer objects: property, staticmethod, classmethod, super, files, NotImplemented...
    Other(Arc<Other>),
    /// An empty local or global slot. Never visible to Python code.
    Unbound,
}

impl Clone for Value {
    /// Immediates are copied inline; only heap objects take the (out-of-line) reference
    /// count increment. The interpreter clones values on every local load.
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_immediate() {
            // SAFETY: an immediate (None, bool, int, float) owns no heap data and has no
            // drop glue, so a bitwise copy is an independent, valid `Value`. This only
            // reads through `&self`, so it is sound whatever other threads do.
            unsafe { std::ptr::read(self) }
        } else {
            self.clone_heap()
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        use Value::*;
        match self {
            None => None,
            Bool(b) => Bool(*b),
            Int(i) => Int(*i),
            Float(f) => Float(*f),
            BigInt(a) => BigInt(a.clone()),
            Str(a) => Str(a.clone()),
            List(a) => List(a.clone()),
            Tuple(a) => Tuple(a.clone()),
            Dict(a) => Dict(a.clone()),
            Set(a) => Set(a.clone()),
            FrozenSet(a) => FrozenSet(a.clone()),
            Range(a) => Range(a.clone()),
            Function(a) => Function(a.clone()),
            BoundMethod(a) => BoundMethod(a.clone()),
            Builtin(a) => Builtin(a.clone()),
            Class(a) => Class(a.clone()),
            Instance(a) => Instance(a.clone()),
            Module(a) => Module(a.clone()),
            Iter(a) => Iter(a.clone()),
            Generator(a) => Generator(a.clone()),
            Other(a) => Other(a.clone()),
            Unbound => Unbound,
        }
    }

    /// Drop a value, skipping the out-of-line drop glue for immediates (hot paths).
    #[inline(always)]
    pub fn release(self) {
        if self.is_immediate() || matches!(self, Value::Unbound) {
            std::mem::forget(self)
        } else {
            drop(self)
        }
    }

    /// None, bool, int or float: a value that owns no heap object.
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(
            self,
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        )
    }
}

// Values cross threads: the compiler proves it here rather than at some distant use site.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Value>();
};

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Arc::new(PyStr::new(s.to_string())))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Arc::new(PyStr::new(s)))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(Tuple::new(items)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(List::new(items)))
    }
    /// Build an int from a BigInt, demoting to the i64 fast path when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Arc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity, as Python's `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Unbound, Unbound) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; all our immediates compare by value.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, for identity and `id()`.
    pub fn heap_ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(a) => Arc::as_ptr(a) as *const u8 as usize,
            Str(a) => Arc::as_ptr(a) as *const u8 as usize,
            List(a) => Arc::as_ptr(a) as *const u8 as usize,
            Tuple(a) => Arc::as_ptr(a) as *const u8 as usize,
            Dict(a) => Arc::as_ptr(a) as *const u8 as usize,
            Set(a) | FrozenSet(a) => Arc::as_ptr(a) as *const u8 as usize,
            Range(a) => Arc::as_ptr(a) as *const u8 as usize,
            Function(a) => Arc::as_ptr(a) as *const u8 as usize,
            BoundMethod(a) => Arc::as_ptr(a) as *const u8 as usize,
            Builtin(a) => Arc::as_ptr(a) as *const u8 as usize,
            Class(a) => Arc::as_ptr(a) as *const u8 as usize,
            Instance(a) => Arc::as_ptr(a) as *const u8 as usize,
            Module(a) => Arc::as_ptr(a) as *const u8 as usize,
            Iter(a) => Arc::as_ptr(a) as *const u8 as usize,
            Generator(a) => Arc::as_ptr(a) as *const u8 as usize,
            Other(a) => Arc::as_ptr(a) as *const u8 as usize,
            None | Bool(_) | Int(_) | Float(_) | Unbound => return Option::None,
        })
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);
