//! Python `dict`: an insertion-ordered hash table (like CPython's compact dict).
//!
//! `entries` keeps insertion order; `index` maps hashes to positions in `entries`.
//! Equality may need to run Python code (`__eq__`), so lookups take the comparison as a
//! closure and the VM layer (`vm::dictops`) decides how to compare.

use crate::object::sync::ObjLock as RwLock;

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
                ..DictTable::default()
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

/// Tables of at most this many entries have no index (a scan is cheaper than hashing).
const SMALL: usize = 8;
/// An index slot never used since the index was built (`DKIX_EMPTY`).
const EMPTY: u32 = u32::MAX;
/// An index slot whose entry was removed (`DKIX_DUMMY`).
const DUMMY: u32 = u32::MAX - 1;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

/// The storage of a dict, laid out like CPython's compact dict: `entries` in insertion
/// order (removed entries leave `None` until the next compaction) and `index`, an open
/// addressing table of positions in `entries` probed with CPython's recurrence. Python's
/// int hashes are the ints themselves, so (as in CPython) consecutive int keys land in
/// consecutive index slots, which keeps big int-keyed dicts cache friendly.
///
/// Small tables (at most `SMALL` entries, such as instance dicts) have no index at all:
/// lookups scan the entries, comparing stored hashes first. Invariant: an empty `index`
/// implies `entries.len() <= SMALL`; a non-empty one maps every live entry.
#[derive(Clone, Default)]
pub struct DictTable {
    entries: Vec<Option<Entry>>,
    /// `EMPTY`, `DUMMY` or a position in `entries`; a power of two long, or empty.
    index: Vec<u32>,
    /// Index slots that are not `EMPTY` (live + dummy).
    fill: usize,
    len: usize,
}

/// Entries an index of `size` slots may hold (CPython's `USABLE_FRACTION`).
#[inline]
fn usable(size: usize) -> usize {
    size * 2 / 3
}

/// The slot after `i` in CPython's open-addressing probe order (`dictobject.c`): the
/// high bits of the hash join in through `perturb` until it runs out.
#[inline(always)]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(*perturb as usize)
        .wrapping_add(1))
        & mask
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Position of the entry whose key has `hash` and satisfies `eq`.
    #[inline]
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        if self.index.is_empty() {
            return self
                .entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == hash && eq(&e.key)));
        }
        let mask = self.index.len() - 1;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let ix = self.index[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY
                && let Some(Some(e)) = self.entries.get(ix as usize)
                && e.hash == hash
                && eq(&e.key)
            {
                return Some(ix as usize);
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// The index slot holding entry position `pos` (whose hash is `hash`).
    fn slot_of(&self, hash: u64, pos: usize) -> Option<usize> {
        let mask = self.index.len().checked_sub(1)?;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            match self.index[i] {
                EMPTY => return None,
                ix if ix as usize == pos => return Some(i),
                _ => {}
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Put position `pos` into the first free (empty or dummy) slot of its probe sequence.
    #[inline]
    fn index_insert(&mut self, hash: u64, pos: usize) {
        let mask = self.index.len() - 1;
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            let ix = self.index[i];
            if ix == EMPTY || ix == DUMMY {
                if ix == EMPTY {
                    self.fill += 1;
                }
                self.index[i] = pos as u32;
                return;
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Rebuild the index for the current entries (none if they are few enough to scan).
    fn rebuild_index(&mut self) {
        self.fill = 0;
        let n = self.entries.len();
        if n <= SMALL {
            self.index = Vec::new();
            return;
        }
        assert!(n < DUMMY as usize, "dict too large");
        // Room for three times the entries (CPython's GROWTH_RATE), so an index rebuild
        // happens only after the table has doubled.
        let size = (n * 3).next_power_of_two();
        self.index.clear();
        self.index.resize(size, EMPTY);
        for pos in 0..n {
            if let Some(e) = &self.entries[pos] {
                let h = e.hash;
                self.index_insert(h, pos);
            }
        }
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
            .take(if self.entries.len() <= SMALL { SMALL } else { 0 })
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

    #[inline]
    pub fn entry_at(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    #[inline]
    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Append a key known to be absent.
    #[inline]
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let pos = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        self.len += 1;
        if self.index.is_empty() {
            if pos >= SMALL {
                self.rebuild_index();
            }
        } else if self.fill >= usable(self.index.len()) {
            self.rebuild_index();
        } else {
            self.index_insert(hash, pos);
        }
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries.get_mut(pos)?.take()?;
        if let Some(slot) = self.slot_of(entry.hash, pos) {
            self.index[slot] = DUMMY;
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
        // Trailing holes are cheap to drop and keep popitem O(1) amortised. Their index
        // slots are dummies already, and `fill` still counts them.
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        e
    }

    fn compact(&mut self) {
        self.entries.retain(|e| e.is_some());
        self.rebuild_index();
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
