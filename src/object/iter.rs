//! Native iterators. Their state is behind a mutex because an iterator, like any object,
//! may be shared by threads; steps that must run Python code release the lock first.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::object::dict::Dict;
use crate::object::list::{List, Tuple};
use crate::object::other::DictViewKind;
use crate::object::set::Set;
use crate::object::str::PyStr;
use crate::value::Value;

pub struct IterObj {
    pub state: Mutex<IterState>,
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        IterObj {
            state: Mutex::new(state),
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
