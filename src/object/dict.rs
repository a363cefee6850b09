//! Python `dict`: an insertion-ordered hash table (like CPython's compact dict).
//!
//! `entries` keeps insertion order; `index` maps hashes to positions in `entries`.
//! Equality may need to run Python code (`__eq__`), so lookups take the comparison as a
//! closure and the VM layer (`vm::dictops`) decides how to compare.

use crate::object::sync::ObjLock as RwLock;
use hashbrown::HashTable;

use crate::value::Value;

pub struct Dict {
    pub table: RwLock<DictTable>,
}

impl Dict {
    pub fn new() -> Dict {
        Dict {
            table: RwLock::new(DictTable::default()),
        }
    }
    /// A dict with room for `n` keys before it reallocates (instance dicts).
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            table: RwLock::new(DictTable {
                entries: Vec::with_capacity(n),
                index: HashTable::with_capacity(n),
                len: 0,
            }),
        }
    }

    pub fn from_table(table: DictTable) -> Dict {
        Dict {
            table: RwLock::new(table),
        }
    }
    pub fn len(&self) -> usize {
        self.table.read().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Default for Dict {
    fn default() -> Self {
        Dict::new()
    }
}

/// Python's int hashes are the ints themselves; hashbrown takes its control bits from the
/// top of the hash, so spread the bits before indexing (the stored hash stays Python's).
#[inline]
fn spread(h: u64) -> u64 {
    let h = h.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 29)
}

#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    len: usize,
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Position of the entry whose key has `hash` and satisfies `eq`.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let entries = &self.entries;
        self.index
            .find(spread(hash), |&i| match &entries[i] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .copied()
    }

    /// Set `key` (a str, compared without Python code) to `value`; returns the old value.
    pub fn set_str_key(
        &mut self,
        key: &std::sync::Arc<crate::object::str::PyStr>,
        value: Value,
    ) -> Option<Value> {
        let pos = self
            .entries
            .iter()
            .take(if self.entries.len() <= 8 { 8 } else { 0 })
            .position(|e| matches!(e, Some(Entry { key: Value::Str(k), .. }) if std::sync::Arc::ptr_eq(k, key)));
        let pos = pos.or_else(|| {
            self.find(key.hash(), |k| match k {
                Value::Str(o) => std::sync::Arc::ptr_eq(o, key) || o.as_str() == key.as_str(),
                _ => false,
            })
        });
        match pos {
            Some(p) => match self.entries.get_mut(p) {
                Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
                _ => None,
            },
            None => {
                self.insert_new(key.hash(), Value::Str(key.clone()), value);
                None
            }
        }
    }

    /// For tables of at most 8 slots: the value whose key is this very str object.
    #[inline]
    pub fn find_small_by_ptr(
        &self,
        key: &std::sync::Arc<crate::object::str::PyStr>,
    ) -> Option<Value> {
        if self.entries.len() > 8 {
            return None;
        }
        self.entries
            .iter()
            .flatten()
            .find(|e| matches!(&e.key, Value::Str(k) if std::sync::Arc::ptr_eq(k, key)))
            .map(|e| e.value.clone())
    }

    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Append a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(spread(hash), pos, |&i| {
            entries[i].as_ref().map_or(0, |e| spread(e.hash))
        });
        self.len += 1;
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(pos)?.take()?;
        if let Ok(slot) = self.index.find_entry(spread(entry.hash), |&i| i == pos) {
            slot.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry)
    }

    /// Remove and return the most recently inserted entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.remove_at(pos);
        // Trailing holes are cheap to drop and keep popitem O(1) amortised.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        e
    }

    fn compact(&mut self) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.index.clear();
        self.len = 0;
        for e in live {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    pub fn clear(&mut self) {
        *self = DictTable::default();
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The live entry at or after position `pos`, and the position after it (for iterators
    /// that must survive mutation between steps).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos + 1, e));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }
}

/// Instance attributes by position (see `bytecode::AttrHints`): the VM checks a hinted
/// position first and falls back to a search that reports the position to remember.
impl DictTable {
    /// The value at `pos` if that entry's key is this very str object.
    #[inline]
    pub fn value_at_if_key(
        &self,
        pos: usize,
        key: &std::sync::Arc<crate::object::str::PyStr>,
    ) -> Option<&Value> {
        match self.entries.get(pos) {
            Some(Some(Entry {
                key: Value::Str(k),
                value,
                ..
            })) if std::sync::Arc::ptr_eq(k, key) => Some(value),
            _ => None,
        }
    }

    /// Position of the str key `key` (the same object, or equal text).
    pub fn position_of_str(
        &self,
        key: &std::sync::Arc<crate::object::str::PyStr>,
    ) -> Option<usize> {
        let same = |k: &Value| match k {
            Value::Str(o) => std::sync::Arc::ptr_eq(o, key) || o.as_str() == key.as_str(),
            _ => false,
        };
        let hash = key.hash();
        if self.entries.len() <= 8 {
            // A scan of the stored hashes answers a miss (a method name looked up on an
            // instance) without probing the index.
            return self
                .entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash && same(&e.key)));
        }
        self.find(hash, same)
    }

    /// Whether the str key `key` is present.
    #[inline]
    pub fn has_str_key(&self, key: &std::sync::Arc<crate::object::str::PyStr>) -> bool {
        self.position_of_str(key).is_some()
    }

    /// Entry slots used, holes included: a new key goes at this position.
    pub fn slots_len(&self) -> usize {
        self.entries.len()
    }

    /// Replace the value of the live entry at `pos`, returning the old one.
    pub fn replace_value_at(&mut self, pos: usize, value: Value) -> Option<Value> {
        match self.entries.get_mut(pos) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }
}
