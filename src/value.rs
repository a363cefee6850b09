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
        // Raise the count, then copy the two words as they are: the copy is one 16-byte
        // store, which the caller's 16-byte load of the result can forward from (building
        // a new enum would store tag and payload separately and stall that load).
        match self {
            None | Bool(_) | Int(_) | Float(_) | Unbound => {}
            BigInt(a) => std::mem::forget(a.clone()),
            Str(a) => std::mem::forget(a.clone()),
            List(a) => std::mem::forget(a.clone()),
            Tuple(a) => std::mem::forget(a.clone()),
            Dict(a) => std::mem::forget(a.clone()),
            Set(a) | FrozenSet(a) => std::mem::forget(a.clone()),
            Range(a) => std::mem::forget(a.clone()),
            Function(a) => std::mem::forget(a.clone()),
            BoundMethod(a) => std::mem::forget(a.clone()),
            Builtin(a) => std::mem::forget(a.clone()),
            Class(a) => std::mem::forget(a.clone()),
            Instance(a) => std::mem::forget(a.clone()),
            Module(a) => std::mem::forget(a.clone()),
            Iter(a) => std::mem::forget(a.clone()),
            Generator(a) => std::mem::forget(a.clone()),
            Other(a) => std::mem::forget(a.clone()),
        }
        // SAFETY: the object's reference count was raised above for this second owner
        // (immediates own nothing), so the bitwise copy is an independent `Value`.
        unsafe { std::ptr::read(self) }
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

/// An int or float result as the two machine words of its `Value` (the `repr(u64)` tag,
/// then the payload), for the interpreter's arithmetic fast paths.
///
/// Why: a `Value` built by two 8-byte stores and copied soon after by one 16-byte load
/// (how LLVM moves 16-byte values) defeats the CPU's store-to-load forwarding, a stall
/// of a dozen cycles on every float operation. Storing the result as one 16-byte write
/// keeps every later copy forwardable.
#[derive(Clone, Copy)]
pub struct RawNumber {
    tag: u64,
    bits: u64,
}

const fn tag_of(v: Value) -> u64 {
    // SAFETY: `Value` is `repr(u64)`: its first word is the discriminant, and an int or
    // float has no drop glue, so forgetting it by transmuting is fine.
    unsafe { std::mem::transmute::<Value, [u64; 2]>(v)[0] }
}
const INT_TAG: u64 = tag_of(Value::Int(0));
const FLOAT_TAG: u64 = tag_of(Value::Float(0.0));

impl RawNumber {
    #[inline(always)]
    pub fn int(i: i64) -> RawNumber {
        RawNumber {
            tag: INT_TAG,
            bits: i as u64,
        }
    }
    #[inline(always)]
    pub fn float(f: f64) -> RawNumber {
        RawNumber {
            tag: FLOAT_TAG,
            bits: f.to_bits(),
        }
    }
    pub fn into_value(self) -> Value {
        if self.tag == INT_TAG {
            Value::Int(self.bits as i64)
        } else {
            Value::Float(f64::from_bits(self.bits))
        }
    }
    /// Write over `dst` in one 16-byte store, returning the value it held.
    #[inline(always)]
    pub fn replace(self, dst: &mut Value) -> Value {
        let dst: *mut Value = dst;
        // SAFETY: `dst` is a valid, exclusive `Value`; its old value is moved out before
        // the slot is overwritten with the words of a valid int or float `Value`
        // (`repr(u64)` fixes that layout).
        unsafe {
            let old = std::ptr::read(dst);
            self.store(dst);
            old
        }
    }
    /// Push onto a value stack in one 16-byte store.
    #[inline(always)]
    pub fn push(self, stack: &mut Vec<Value>) {
        stack.reserve(1);
        let len = stack.len();
        // SAFETY: capacity for one more value was reserved; the slot is written with the
        // words of a valid `Value` before the length covers it.
        unsafe {
            self.store(stack.as_mut_ptr().add(len));
            stack.set_len(len + 1);
        }
    }
    /// # Safety
    /// `dst` must be valid for a 16-byte write; whatever it held is overwritten.
    #[inline(always)]
    unsafe fn store(self, dst: *mut Value) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: SSE2 is part of x86-64; the caller guarantees `dst`.
        unsafe {
            use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
            _mm_storeu_si128(
                dst as *mut __m128i,
                _mm_set_epi64x(self.bits as i64, self.tag as i64),
            );
        }
        #[cfg(not(target_arch = "x86_64"))]
        // SAFETY: as above.
        unsafe {
            std::ptr::write(dst as *mut [u64; 2], [self.tag, self.bits]);
        }
    }
}

#[cfg(test)]
mod raw_number_tests {
    use super::*;

    #[test]
    fn raw_numbers_are_the_values_they_stand_for() {
        let mut slot = Value::str("old");
        let old = RawNumber::float(-2.5).replace(&mut slot);
        assert!(matches!(old, Value::Str(_)));
        assert!(matches!(slot, Value::Float(f) if f == -2.5));
        let mut stack = vec![Value::None];
        RawNumber::int(i64::MIN).push(&mut stack);
        assert!(matches!(stack[1], Value::Int(i64::MIN)));
        assert!(matches!(RawNumber::int(7).into_value(), Value::Int(7)));
    }
}
