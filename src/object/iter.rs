//! Native iterators. Their state is behind a mutex because an iterator, like any object,
//! may be shared by threads; steps that must run Python code release the lock first.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::object::dict::Dict;
use crate::object::list::{List, Tuple};
use crate::object::other::DictViewKind;
use crate::object::set::Set;
use crate::object::str::PyStr;
use crate::object::sync::object_locks_required;
use crate::value::Value;

pub struct IterObj {
    pub state: Mutex<IterState>,
    /// The position of range and list iterators (the hot `for` loops), kept in atomics so
    /// a step takes no lock. A step claims its position with a compare-and-swap, so threads
    /// sharing one iterator (without a GIL) each get distinct items, none twice.
    pub fast: FastIter,
}

pub enum FastIter {
    None,
    Range {
        next: AtomicI64,
        stop: i64,
        step: i64,
    },
    /// `index` is `usize::MAX` once exhausted (the iterator stays exhausted if the list
    /// grows later, as in CPython).
    List {
        list: Arc<List>,
        index: AtomicUsize,
    },
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        let fast = match &state {
            IterState::Range { next, stop, step } => FastIter::Range {
                next: AtomicI64::new(*next),
                stop: *stop,
                step: *step,
            },
            IterState::List { list, index } => FastIter::List {
                list: list.clone(),
                index: AtomicUsize::new(*index),
            },
            _ => FastIter::None,
        };
        IterObj {
            state: Mutex::new(state),
            fast,
        }
    }

    /// One step of a range or list iterator: `Some(None)` when exhausted, `None` for the
    /// other kinds (which step through `state`).
    #[inline]
    pub fn fast_next(&self) -> Option<Option<Value>> {
        match &self.fast {
            FastIter::None => None,
            FastIter::Range { next, stop, step } => {
                let mut n = next.load(Ordering::Relaxed);
                loop {
                    if !((*step > 0 && n < *stop) || (*step < 0 && n > *stop)) {
                        return Some(None);
                    }
                    if !object_locks_required() {
                        // The GIL orders every step: a plain store is enough.
                        next.store(n.wrapping_add(*step), Ordering::Relaxed);
                        return Some(Some(Value::Int(n)));
                    }
                    match next.compare_exchange_weak(
                        n,
                        n.wrapping_add(*step),
                        Ordering::Relaxed,
                        Ordering::Relaxed,
                    ) {
                        Ok(_) => return Some(Some(Value::Int(n))),
                        Err(current) => n = current,
                    }
                }
            }
            FastIter::List { list, index } => {
                let items = list.items.read();
                let mut i = index.load(Ordering::Relaxed);
                loop {
                    let claimed = if i < items.len() { i + 1 } else { usize::MAX };
                    if !object_locks_required() {
                        index.store(claimed, Ordering::Relaxed);
                        return Some(items.get(i).cloned());
                    }
                    match index.compare_exchange_weak(
                        i,
                        claimed,
                        Ordering::Relaxed,
                        Ordering::Relaxed,
                    ) {
                        Ok(_) => return Some(items.get(i).cloned()),
                        Err(current) => i = current,
                    }
                }
            }
        }
    }
}

pub enum IterState {
    List {
        list: Arc<List>,
        index: usize,
    },
    ListReversed {
        list: Arc<List>,
        index: usize,
    },
    Tuple {
        tuple: Arc<Tuple>,
        index: usize,
    },
    /// `byte_pos` indexes into the UTF-8 text.
    Str {
        s: Arc<PyStr>,
        byte_pos: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: Arc<Dict>,
        pos: usize,
        kind: DictViewKind,
        expected_len: usize,
    },
    Set {
        set: Arc<Set>,
        pos: usize,
        expected_len: usize,
    },
    /// Items precomputed into a vector (reversed(), sorted snapshots...).
    Vec {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    /// The old `__getitem__` protocol: obj[0], obj[1], ... until IndexError.
    SeqIndex {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}
