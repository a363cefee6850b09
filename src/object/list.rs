//! Python `list` (mutable, lock-guarded) and `tuple` (immutable).

use crate::object::sync::ObjLock as RwLock;

use crate::value::Value;

pub struct List {
    pub items: RwLock<Vec<Value>>,
}

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List {
            items: RwLock::new(items),
        }
    }
    /// A snapshot of the items, so callers can run Python code without holding the lock.
    pub fn snapshot(&self) -> Vec<Value> {
        self.items.read().clone()
    }
    pub fn len(&self) -> usize {
        self.items.read().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Drop for List {
    /// Items are released last first, as CPython's list_dealloc does (visible through
    /// generator finalisers).
    fn drop(&mut self) {
        std::mem::take(self.items.get_mut())
            .into_iter()
            .rev()
            .for_each(drop);
    }
}

pub struct Tuple {
    pub items: Box<[Value]>,
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Tuple {
        Tuple {
            items: items.into_boxed_slice(),
        }
    }
}
