//! Python `set` / `frozenset` storage: a port of CPython 3.11's `Objects/setobject.c`
//! hash table, so that iteration order (and therefore `print`, `list(s)`, `s.pop()`...)
//! matches CPython exactly for keys whose hashes match CPython's.
//!
//! The table is open addressing with `mask + 1` slots (8 initially, `PySet_MINSIZE`),
//! probing `LINEAR_PROBES` (9) neighbouring slots before jumping with the perturbed
//! recurrence `i = (i * 5 + 1 + perturb) & mask; perturb >>= 5`. Removed keys leave a
//! dummy. `fill` counts active + dummy slots, `used` counts active ones.
//!
//! Hashes are Python's hashes (`hash(x)` as an i64) reinterpreted as `u64`; the caller
//! computes them. Equality may need to run Python code, so every operation that can
//! meet two distinct keys with equal hashes takes the comparison as a closure. The
//! closure is only ever called on a stored key whose hash equals the probe hash. Like
//! `PyObject_RichCompareBool`, it should answer `true` at once for identical objects.
//! Two-key closures (`FnMut(&Value, &Value) -> bool`) receive `(stored_key, probe_key)`,
//! the operand order of CPython's `PyObject_RichCompareBool(startkey, key, Py_EQ)`.
//!
//! How CPython builds sets (the VM must do the same to get the same orders):
//! * `{a, b, c}` with non-constant items, `BUILD_SET n`: `SetTable::new()` then `insert`
//!   each item left to right. Set comprehensions and `s.add(x)`: `insert`.
//! * `{1, 2, 3}` with more than two items, all constants: CPython compiles
//!   `BUILD_SET 0; LOAD_CONST frozenset(...); SET_UPDATE`. The constant is
//!   [`SetTable::frozenset_const`] (the compiler builds it twice, see there), and the
//!   runtime result is `constant.copy()`. CPython also shares one constant between
//!   all *equal* frozenset constants of a compilation unit (module), so
//!   `a = {17, 1, 33}; b = {1, 17, 33}` both print `{17, 1, 33}`: the compiler should keep
//!   the first constant built for each equal set. `x in {1, 2, 3}` and
//!   `for x in {1, 2, 3}` use the frozenset constant itself (no copy).
//! * `set(iterable)`, `s.update(iterable)`, `s |= t` (`set_update_internal`): from a set
//!   or frozenset: [`SetTable::merge_from`]; from an exact dict: [`SetTable::reserve_for_merge`]
//!   with the dict's length, then `insert` each key in dict order with the dict's stored
//!   hash; from anything else: `insert` each item in iteration order.
//! * `s.copy()`, `set(s)`, `frozenset(s)` (when `s` is not already an exact frozenset):
//!   [`SetTable::copy`] -- never `Clone`, which would keep the table size and so could
//!   give a different order.
//! * Binary operations on two sets: [`SetTable::union`], [`SetTable::intersection`],
//!   [`SetTable::difference`], [`SetTable::symmetric_difference`] and their `_update`
//!   forms. When both operands are the same object, CPython shortcuts (`s | s` and
//!   `s & s` are `s.copy()`, `s - s` and `s ^ s` are empty, `s -= s`/`s ^= s` clear);
//!   the VM must check identity first (it cannot borrow the table twice anyway).
//!   Operations with non-set operands are described on each method.

use crate::object::sync::ObjLock as RwLock;

use crate::value::Value;

/// `PySet_MINSIZE`.
const MIN_SIZE: usize = 8;
/// `LINEAR_PROBES`.
const LINEAR_PROBES: usize = 9;
/// `PERTURB_SHIFT`.
const PERTURB_SHIFT: u32 = 5;

pub struct Set {
    pub table: RwLock<SetTable>,
}

impl Set {
    pub fn new() -> Set {
        Set {
            table: RwLock::new(SetTable::new()),
        }
    }
    pub fn from_table(table: SetTable) -> Set {
        Set {
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

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

#[derive(Clone, Default)]
enum Slot {
    /// Never used since the last resize/clear (`key == NULL`).
    #[default]
    Empty,
    /// A removed key (`key == dummy`, `hash == -1`).
    Dummy,
    Active(u64, Value),
}

/// The hash table of a `set` or `frozenset` (`PySetObject` minus the object header).
///
/// `Clone` duplicates the table slot for slot (same size, same dummies); Python-level
/// copies must use [`SetTable::copy`] instead.
#[derive(Clone)]
pub struct SetTable {
    /// `mask + 1` slots, a power of two, at least `MIN_SIZE`.
    slots: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots (`len`).
    used: usize,
    /// Where `pop` starts searching (`so->finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable::new()
    }
}

/// The first slot index of a probe and the linear run length, as in all CPython loops.
#[inline]
fn linear_run(i: usize, mask: usize) -> usize {
    if i + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

#[inline]
fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// `set_insert_clean`: place a key known to be absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], hash: u64, key: Value) {
    let mask = slots.len() - 1;
    let mut perturb = hash;
    let mut i = hash as usize & mask;
    loop {
        let run = linear_run(i, mask);
        if let Some(slot) = slots[i..=i + run]
            .iter_mut()
            .find(|s| matches!(s, Slot::Empty))
        {
            *slot = Slot::Active(hash, key);
            return;
        }
        i = next_probe(i, &mut perturb, mask);
    }
}

/// The resize target CPython uses after an insertion fills the table
/// (`so->used>50000 ? so->used*2 : so->used*4`).
#[inline]
fn growth_target(used: usize) -> usize {
    if used > 50000 { used * 2 } else { used * 4 }
}

impl SetTable {
    /// An empty table of `PySet_MINSIZE` slots (`make_new_set` with no iterable).
    pub fn new() -> SetTable {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Number of slots (`mask + 1`); exposed for tests and `__sizeof__`-like uses.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Mirrors `set_lookkey`: the slot index holding a key with `hash` for which `eq`
    /// answers true.
    pub fn find(&self, hash: u64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        loop {
            for j in i..=i + linear_run(i, mask) {
                match &self.slots[j] {
                    Slot::Empty => return None,
                    Slot::Active(h, k) if *h == hash && eq(k) => return Some(j),
                    _ => {}
                }
            }
            i = next_probe(i, &mut perturb, mask);
        }
    }

    /// Mirrors `set_contains_entry`.
    pub fn contains(&self, hash: u64, eq: impl FnMut(&Value) -> bool) -> bool {
        self.find(hash, eq).is_some()
    }

    /// The live entry in slot `slot` (as returned by `find`), if any.
    pub fn get(&self, slot: usize) -> Option<(u64, &Value)> {
        match self.slots.get(slot) {
            Some(Slot::Active(h, k)) => Some((*h, k)),
            _ => None,
        }
    }

    /// Mirrors `set_add_entry`: insert `key` unless an equal key is present. Returns
    /// false (and drops `key`) if it was already present. May resize the table.
    pub fn insert(&mut self, hash: u64, key: Value, mut eq: impl FnMut(&Value) -> bool) -> bool {
        let mask = self.mask();
        let mut perturb = hash;
        let mut i = hash as usize & mask;
        // CPython keeps the *last* dummy met on the probe path.
        let mut freeslot = None;
        let unused = 'probe: loop {
            for j in i..=i + linear_run(i, mask) {
                match &self.slots[j] {
                    Slot::Empty => break 'probe j,
                    Slot::Active(h, k) => {
                        if *h == hash && eq(k) {
                            return false;
                        }
                    }
                    Slot::Dummy => freeslot = Some(j),
                }
            }
            i = next_probe(i, &mut perturb, mask);
        };
        if let Some(j) = freeslot {
            // found_unused_or_dummy with a dummy: reuse it, no resize check.
            self.slots[j] = Slot::Active(hash, key);
            self.used += 1;
            return true;
        }
        self.slots[unused] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= mask * 3 {
            self.resize(growth_target(self.used));
        }
        true
    }

    /// `set_add_entry` for a key known to differ from every stored key.
    fn insert_distinct(&mut self, hash: u64, key: Value) {
        self.insert(hash, key, |_| false);
    }

    /// Mirrors `set_table_resize`: rebuild into the smallest power-of-two table (at least
    /// 8 slots) larger than `minused`, dropping dummies, in old-table order.
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // Small table, no dummies: nothing to do.
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for slot in old {
            if let Slot::Active(h, k) = slot {
                insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }

    /// Mirrors `set_discard_entry`: remove and return the key equal to the probe. Leaves
    /// a dummy; never resizes. (`set.remove`, `set.discard`.)
    pub fn remove(&mut self, hash: u64, eq: impl FnMut(&Value) -> bool) -> Option<Value> {
        let j = self.find(hash, eq)?;
        match std::mem::replace(&mut self.slots[j], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                Some(k)
            }
            _ => unreachable!("find returned a non-active slot"),
        }
    }

    /// Mirrors `set_pop`: remove the first live entry at or after the finger (wrapping),
    /// and move the finger past it.
    pub fn pop(&mut self) -> Option<Value> {
        self.pop_entry().map(|(_, k)| k)
    }

    /// `pop`, also giving the stored hash.
    pub fn pop_entry(&mut self) -> Option<(u64, Value)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut j = self.finger & mask;
        while !matches!(self.slots[j], Slot::Active(..)) {
            j = if j == mask { 0 } else { j + 1 };
        }
        let Slot::Active(h, k) = std::mem::replace(&mut self.slots[j], Slot::Dummy) else {
            unreachable!()
        };
        self.used -= 1;
        self.finger = j + 1;
        Some((h, k))
    }

    /// Mirrors `set_clear_internal`: back to an empty 8-slot table. Like CPython, the
    /// `pop` finger is kept.
    pub fn clear(&mut self) {
        let finger = self.finger;
        *self = SetTable::new();
        self.finger = finger;
    }

    /// Live entries in table order (`set_next`, the order of `iter(s)`), with hashes.
    pub fn iter(&self) -> impl Iterator<Item = (u64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// The keys in iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|(_, k)| k.clone()).collect()
    }

    /// Mirrors `setiter_iternext` / `set_next`: the live entry at or after slot `pos`,
    /// returned as `(next_pos, hash, key)` where `next_pos` is the position to resume
    /// from. Start with `pos = 0`. (CPython raises "Set changed size during iteration"
    /// when `len` differs from the length when the iterator was created; the caller
    /// checks that.)
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, u64, &Value)> {
        while pos < self.slots.len() {
            if let Slot::Active(h, k) = &self.slots[pos] {
                return Some((pos + 1, *h, k));
            }
            pos += 1;
        }
        None
    }

    /// The presizing step of `set_merge` and of `set_update_internal` for an exact dict:
    /// before inserting `n` keys that are expected to be mostly new, do one big resize.
    /// For `s.update(d)` / `set(d)`: call with `d`'s length, then `insert` its keys in
    /// dict order with their stored hashes.
    pub fn reserve_for_merge(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Mirrors `set_merge`: add every key of `other` (a set or frozenset) into `self`.
    /// The caller must handle `other` being `self` (a no-op in CPython).
    pub fn merge_from(&mut self, other: &SetTable, mut eq: impl FnMut(&Value, &Value) -> bool) {
        if other.used == 0 {
            return;
        }
        self.reserve_for_merge(other.used);
        if self.fill == 0 && self.slots.len() == other.slots.len() && other.fill == other.used {
            // Same size, no dummies: copy slot for slot.
            for (dst, src) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Active(h, k) = src {
                    *dst = Slot::Active(*h, k.clone());
                }
            }
            self.fill = other.fill;
            self.used = other.used;
            return;
        }
        if self.fill == 0 {
            for (h, k) in other.iter() {
                insert_clean(&mut self.slots, h, k.clone());
            }
            self.fill = other.used;
            self.used = other.used;
            return;
        }
        for (h, k) in other.iter() {
            self.insert(h, k.clone(), |stored| eq(stored, k));
        }
    }

    /// Mirrors `set_copy` / `make_new_set(type, so)`: a new table built by `set_merge`
    /// into an empty one. Used by `s.copy()`, `set(s)`, `frozenset(s)`, and as the
    /// first step of union, difference and symmetric difference.
    pub fn copy(&self) -> SetTable {
        let mut t = SetTable::new();
        // Merging into an empty table never compares keys.
        t.merge_from(self, |_, _| false);
        t
    }

    /// The frozenset constant CPython 3.11's compiler stores for a set display of more
    /// than two constant items, given in source order (duplicates allowed). The
    /// compiler first builds `frozenset(tuple_of_items)`, then `merge_consts_recursive`
    /// rebuilds it as `frozenset(tuple(that_frozenset))`. The display `{1, 2, 3}` then
    /// evaluates to `constant.copy()` (`BUILD_SET 0; LOAD_CONST; SET_UPDATE`).
    pub fn frozenset_const(
        items: impl IntoIterator<Item = (u64, Value)>,
        mut eq: impl FnMut(&Value, &Value) -> bool,
    ) -> SetTable {
        let mut first = SetTable::new();
        for (h, k) in items {
            // The closure needs the probe key while `k` moves into the table.
            let probe = k.clone();
            first.insert(h, k, |stored| eq(stored, &probe));
        }
        let mut second = SetTable::new();
        for (h, k) in first.iter() {
            second.insert_distinct(h, k.clone());
        }
        second
    }

    /// Mirrors `set_or` / `set_union` with one other set: `self.copy()` then `set_merge`.
    /// For a non-set iterable in `s.union(it)`, do `copy()` then the `set_update_internal`
    /// steps described in the module documentation.
    pub fn union(&self, other: &SetTable, eq: impl FnMut(&Value, &Value) -> bool) -> SetTable {
        let mut t = self.copy();
        t.merge_from(other, eq);
        t
    }

    /// Mirrors `set_intersection` for a set operand: iterate the smaller of the two
    /// (`other` when sizes are equal), keep keys found in the larger.
    ///
    /// For a non-set iterable (`s.intersection(it)`): start from `SetTable::new()`; for
    /// each item of `it`, if `s` contains it, `insert` it, and stop as soon as the result
    /// is as long as `s`.
    pub fn intersection(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> bool,
    ) -> SetTable {
        let (big, small) = if other.used > self.used {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = SetTable::new();
        for (h, k) in small.iter() {
            if big.contains(h, |stored| eq(stored, k)) {
                result.insert_distinct(h, k.clone());
            }
        }
        result
    }

    /// Mirrors `set_intersection_update` (`s &= t`): `set_swap_bodies` with the
    /// intersection, which replaces the table but keeps `s`'s pop finger.
    pub fn intersection_update(
        &mut self,
        other: &SetTable,
        eq: impl FnMut(&Value, &Value) -> bool,
    ) {
        let finger = self.finger;
        *self = self.intersection(other, eq);
        self.finger = finger;
    }

    /// Mirrors `set_difference` for a set operand. If `self` is more than four times
    /// longer than `other`: copy `self` and discard `other`'s keys
    /// (`set_copy_and_difference`); otherwise build a new table from `self`'s keys
    /// missing from `other`.
    ///
    /// For an exact dict operand use the same rule with the dict's length: either
    /// `copy()`, `remove` each dict key, `purge_dummies_if_many()`; or
    /// [`SetTable::filtered`] keeping keys the dict lacks. For any other iterable always
    /// `copy()`, `remove` each item, `purge_dummies_if_many()`.
    pub fn difference(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> bool,
    ) -> SetTable {
        if (self.used >> 2) > other.used {
            let mut t = self.copy();
            t.difference_update(other, eq);
            return t;
        }
        self.filtered(|h, k| !other.contains(h, |stored| eq(stored, k)))
    }

    /// A new table of the keys for which `keep` answers true, inserted in `self`'s
    /// order (the loop of `set_difference`).
    pub fn filtered(&self, mut keep: impl FnMut(u64, &Value) -> bool) -> SetTable {
        let mut result = SetTable::new();
        for (h, k) in self.iter() {
            if keep(h, k) {
                result.insert_distinct(h, k.clone());
            }
        }
        result
    }

    /// Mirrors `set_difference_update_internal` for a set operand (`s -= t`,
    /// `s.difference_update(t)`): when `other` is more than 8 times longer, iterate
    /// `self & other` instead; discard each key; then `purge_dummies_if_many`.
    /// The caller handles `other` being `self` (that clears).
    pub fn difference_update(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> bool,
    ) {
        if (other.used >> 3) > self.used {
            let common = self.intersection(other, &mut eq);
            for (h, k) in common.iter() {
                self.remove(h, |stored| eq(stored, k));
            }
        } else {
            for (h, k) in other.iter() {
                self.remove(h, |stored| eq(stored, k));
            }
        }
        self.purge_dummies_if_many();
    }

    /// The end of `set_difference_update_internal`: if more than a quarter of the slots
    /// are dummies, resize them away. Call after removing the items of a non-set
    /// iterable in `difference_update`.
    pub fn purge_dummies_if_many(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(growth_target(self.used));
        }
    }

    /// Mirrors `set_symmetric_difference_update` for a set operand (`s ^= t`): for each
    /// key of `other` in order, discard it from `self` or, if absent, add it.
    ///
    /// For an exact dict: the same loop over the dict's keys in dict order (no
    /// presize). For other iterables: build `t` from the iterable first (as `set(it)`),
    /// then use this.
    pub fn symmetric_difference_update(
        &mut self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> bool,
    ) {
        for (h, k) in other.iter() {
            self.toggle(h, k.clone(), |stored| eq(stored, k));
        }
    }

    /// One step of `set_symmetric_difference_update`: discard the key if present,
    /// otherwise add it. Returns true if it was added.
    pub fn toggle(&mut self, hash: u64, key: Value, mut eq: impl FnMut(&Value) -> bool) -> bool {
        if self.remove(hash, &mut eq).is_some() {
            return false;
        }
        self.insert(hash, key, eq)
    }

    /// Mirrors `set_symmetric_difference` (`s ^ t`): copy `other` (CPython builds the
    /// result from the *right* operand), then toggle `self`'s keys into it.
    /// For a non-set iterable: build `set(it)` first, then toggle `self`'s keys into it.
    pub fn symmetric_difference(
        &self,
        other: &SetTable,
        mut eq: impl FnMut(&Value, &Value) -> bool,
    ) -> SetTable {
        let mut t = other.copy();
        t.symmetric_difference_update(self, &mut eq);
        t
    }

    /// Mirrors `frozenset_hash`: the hash of a frozenset (never -1 as i64).
    pub fn frozenset_hash(&self) -> u64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
        }
        let mut hash: u64 = 0;
        for (h, _) in self.iter() {
            hash ^= shuffle_bits(h);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            hash = 590923713;
        }
        hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Python's `hash()` of an int that fits in i64.
    fn h(x: i64) -> u64 {
        const M: i128 = (1 << 61) - 1;
        let v = x as i128;
        let r = v.abs() % M;
        let r = if v < 0 { -r } else { r };
        let r = if r == -1 { -2 } else { r };
        r as i64 as u64
    }

    fn int(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            _ => panic!("not an int"),
        }
    }

    fn eq2(a: &Value, b: &Value) -> bool {
        int(a) == int(b)
    }

    fn add(t: &mut SetTable, x: i64) -> bool {
        t.insert(h(x), Value::Int(x), |k| int(k) == x)
    }
    fn del(t: &mut SetTable, x: i64) -> bool {
        t.remove(h(x), |k| int(k) == x).is_some()
    }
    fn has(t: &SetTable, x: i64) -> bool {
        t.contains(h(x), |k| int(k) == x)
    }

    /// `set(list)` / set comprehension / `BUILD_SET`: add one by one.
    fn from_iter(xs: impl IntoIterator<Item = i64>) -> SetTable {
        let mut t = SetTable::new();
        for x in xs {
            add(&mut t, x);
        }
        t
    }

    /// A set display of constants, as CPython 3.11 compiles it (more than two items).
    fn literal(xs: &[i64]) -> SetTable {
        SetTable::frozenset_const(xs.iter().map(|&x| (h(x), Value::Int(x))), eq2).copy()
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter().map(|(_, k)| int(k)).collect()
    }

    // ---- Expected values below come from CPython 3.11.7 ----

    #[test]
    fn literal_small() {
        assert_eq!(order(&literal(&[3, 1, 2])), [1, 2, 3]);
        assert_eq!(order(&literal(&[17, 1, 33])), [17, 1, 33]);
        assert_eq!(order(&literal(&[1, 17, 33])), [1, 17, 33]);
        assert_eq!(order(&literal(&[8, 16, 0, 24])), [8, 16, 0, 24]);
    }

    #[test]
    fn literal_five_collisions() {
        assert_eq!(order(&literal(&[25, 17, 9, 1, 33])), [1, 33, 17, 9, 25]);
        assert_eq!(order(&literal(&[1, 9, 17, 25, 33])), [1, 33, 17, 9, 25]);
    }

    #[test]
    fn literal_bigger() {
        assert_eq!(
            order(&literal(&[100, 7, 64, 3, 99, 1000, 42, 8, 15])),
            [64, 3, 99, 100, 7, 1000, 8, 42, 15]
        );
        assert_eq!(
            order(&literal(&[5, 37, 69, 101, 133, 165, 197, 229, 261])),
            [5, 37, 69, 101, 133, 165, 197, 229, 261]
        );
    }

    #[test]
    fn literal_with_duplicates() {
        assert_eq!(order(&literal(&[1, 17, 33, 1])), [1, 17, 33]);
        assert_eq!(order(&literal(&[9, 9, 1, 1, 17])), [9, 1, 17]);
    }

    #[test]
    fn build_set_two_items() {
        // `{a, b}` with non-constants or two constants: BUILD_SET.
        assert_eq!(order(&from_iter([9, 1])), [9, 1]);
        assert_eq!(order(&from_iter([1, 9])), [1, 9]);
    }

    #[test]
    fn set_of_list() {
        assert_eq!(order(&from_iter([10, 5, 33, 1])), [33, 10, 5, 1]);
        assert_eq!(order(&from_iter([1, 9, 17, 25, 33])), [1, 33, 9, 17, 25]);
        assert_eq!(order(&from_iter([25, 17, 9, 1, 33])), [1, 33, 9, 17, 25]);
    }

    #[test]
    fn comprehension_mod() {
        let t = from_iter((0..30).map(|x| x * 7 % 50));
        assert_eq!(
            order(&t),
            [
                0, 3, 4, 5, 6, 7, 11, 12, 13, 14, 18, 19, 20, 21, 25, 26, 27, 28, 32, 33, 34, 35,
                39, 40, 41, 42, 46, 47, 48, 49
            ]
        );
    }

    #[test]
    fn comprehension_squares() {
        let t = from_iter((0..20).map(|x| x * x));
        assert_eq!(
            order(&t),
            [
                0, 1, 256, 4, 9, 16, 144, 25, 289, 36, 169, 49, 64, 196, 324, 81, 225, 100, 361,
                121
            ]
        );
    }

    #[test]
    fn negative_ints() {
        let t = from_iter([-1, -2, 3, -5, 7, -8, 0]);
        assert_eq!(order(&t), [0, 3, 7, -2, -8, -5, -1]);
        assert_eq!(order(&literal(&[-1, -2, -3, 4])), [4, -3, -1, -2]);
    }

    #[test]
    fn big_ints_near_modulus() {
        let m: i64 = (1 << 61) - 1;
        let t = from_iter([m, m + 1, 1, 0, -m, i64::MAX, i64::MIN]);
        assert_eq!(
            order(&t),
            [
                2305843009213693951,
                2305843009213693952,
                -2305843009213693951,
                1,
                0,
                9223372036854775807,
                -9223372036854775808
            ]
        );
    }

    #[test]
    fn adds_and_removes() {
        let mut t = from_iter(0..10);
        for x in [3, 5, 7] {
            assert!(del(&mut t, x));
        }
        assert!(!del(&mut t, 100));
        for x in [23, 15, 100] {
            assert!(add(&mut t, x));
        }
        assert!(!add(&mut t, 23));
        assert_eq!(order(&t), [0, 1, 2, 4, 6, 100, 8, 9, 15, 23]);
        assert!(has(&t, 100) && !has(&t, 5));
        assert_eq!(t.len(), 10);
    }

    #[test]
    fn dummy_reuse_takes_last_dummy() {
        // Keys 1, 9, 17 share a probe chain; remove 1 and 9, then add 25.
        let mut t = from_iter([1, 9, 17]);
        del(&mut t, 1);
        del(&mut t, 9);
        add(&mut t, 25);
        assert_eq!(order(&t), [25, 17]);
    }

    #[test]
    fn removal_then_growth() {
        let mut t = SetTable::new();
        for i in 0..50 {
            add(&mut t, i * 3);
            if i % 3 == 0 {
                del(&mut t, i);
            }
        }
        assert_eq!(
            order(&t),
            [
                129, 132, 135, 138, 141, 144, 147, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84,
                87, 90, 93, 96, 99, 102, 105, 108, 111, 114, 117, 120, 123, 126
            ]
        );
    }

    #[test]
    fn pop_sequence() {
        let mut t = from_iter([5, 3, 9, 1, 17, 40]);
        let mut popped = vec![];
        for _ in 0..3 {
            popped.push(int(&t.pop().unwrap()));
        }
        assert_eq!(popped, [1, 3, 5]);
        add(&mut t, 2);
        add(&mut t, 0);
        assert_eq!(order(&t), [0, 2, 40, 9, 17]);
        let mut rest = vec![];
        while let Some(v) = t.pop() {
            rest.push(int(&v));
        }
        assert_eq!(rest, [40, 9, 17, 0, 2]);
        assert!(t.pop().is_none());
    }

    #[test]
    fn pop_finger_wraps_and_survives_clear() {
        let mut t = from_iter([6, 7, 1]);
        assert_eq!(int(&t.pop().unwrap()), 1);
        assert_eq!(int(&t.pop().unwrap()), 6);
        assert_eq!(int(&t.pop().unwrap()), 7);
        t.clear();
        add(&mut t, 2);
        add(&mut t, 10);
        add(&mut t, 30);
        // finger is 8 & 7 == 0 after popping slot 7
        assert_eq!(int(&t.pop().unwrap()), 2);
        assert_eq!(int(&t.pop().unwrap()), 10);
    }

    #[test]
    fn large_set_1000() {
        let t = from_iter((0..1000).map(|i| (i * 7919) % 10007));
        let o = order(&t);
        assert_eq!(o.len(), 1000);
        assert_eq!(
            &o[..10],
            [0, 2049, 4099, 6148, 8198, 9, 2059, 4108, 6158, 8207]
        );
        assert_eq!(
            &o[990..],
            [6119, 8169, 2030, 4079, 6129, 8178, 2039, 4089, 6138, 8188]
        );
        assert_eq!(o.iter().sum::<i64>(), 5007061);
        let checksum = o.iter().enumerate().fold(0i64, |a, (i, &x)| {
            (a * 31 + x * (i as i64 + 1)) % 1_000_000_007
        });
        assert_eq!(checksum, 666658172);
        assert_eq!(t.capacity(), 2048);
    }

    #[test]
    fn large_set_range_with_removals() {
        let mut t = from_iter(0..1000);
        for i in (0..1000).step_by(3) {
            del(&mut t, i);
        }
        for i in 1000..1100 {
            add(&mut t, i * 37);
        }
        let o = order(&t);
        assert_eq!(o.len(), 766);
        assert_eq!(&o[..12], [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17]);
        assert_eq!(
            &o[o.len() - 8..],
            [38628, 38665, 38702, 38739, 38776, 38813, 38850, 38887]
        );
        let checksum = o.iter().enumerate().fold(0i64, |a, (i, &x)| {
            (a * 31 + x * (i as i64 + 1)) % 1_000_000_007
        });
        assert_eq!(checksum, 141318959);
    }

    #[test]
    fn copy_changes_table_size() {
        // s has 32 slots; set(s) presizes to 16.
        let s = from_iter([1, 9, 17, 25, 33]);
        assert_eq!(order(&s), [1, 33, 9, 17, 25]);
        let c = s.copy();
        assert_eq!(order(&c), [1, 33, 17, 9, 25]);
        assert_eq!(order(&c.copy()), [1, 33, 17, 9, 25]);
    }

    #[test]
    fn union_ops() {
        let a = from_iter([1, 2, 3, 40]);
        let b = from_iter([3, 4, 5, 17, 33]);
        assert_eq!(order(&a.union(&b, eq2)), [1, 2, 3, 33, 4, 5, 40, 17]);
        assert_eq!(order(&b.union(&a, eq2)), [33, 1, 3, 4, 5, 2, 40, 17]);
        let c = from_iter(0..20);
        let d = from_iter((0..20).map(|x| x * 5));
        assert_eq!(
            order(&c.union(&d, eq2)),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 25, 30,
                35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95
            ]
        );
    }

    #[test]
    fn update_from_set_and_dict() {
        let mut a = from_iter([7, 15]);
        a.merge_from(&from_iter([23, 31, 39, 47]), eq2);
        assert_eq!(order(&a), [23, 39, 7, 31, 47, 15]);
        // set(dict) presizes: set({k: 0 for k in [9, 1, 17, 25, 33, 41]})
        let mut d = SetTable::new();
        d.reserve_for_merge(6);
        for x in [9, 1, 17, 25, 33, 41] {
            add(&mut d, x);
        }
        assert_eq!(order(&d), [1, 17, 33, 9, 25, 41]);
    }

    #[test]
    fn intersection_ops() {
        let a = from_iter(0..20);
        let b = from_iter((0..20).map(|x| x * 3));
        assert_eq!(order(&a.intersection(&b, eq2)), [0, 3, 6, 9, 12, 15, 18]);
        let c = from_iter([33, 1, 65, 2, 97]);
        let d = from_iter([97, 65, 33, 1, 2, 3]);
        assert_eq!(order(&c.intersection(&d, eq2)), [65, 2, 97, 1, 33]);
        assert_eq!(order(&d.intersection(&c, eq2)), [65, 2, 97, 1, 33]);
        let mut e = from_iter([33, 1, 65, 2, 97, 8]);
        e.intersection_update(&from_iter([97, 65, 33, 1]), eq2);
        assert_eq!(order(&e), [65, 33, 97, 1]);
    }

    #[test]
    fn difference_ops() {
        let a = from_iter(0..20);
        let b = from_iter((0..20).map(|x| x * 3));
        assert_eq!(
            order(&a.difference(&b, eq2)),
            [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19]
        );
        assert_eq!(
            order(&b.difference(&a, eq2)),
            [33, 36, 39, 42, 45, 48, 51, 21, 54, 24, 57, 27, 30]
        );
        // len(a) >> 2 > len(other): copy-and-discard path keeps a's table.
        let small = from_iter([5, 6]);
        assert_eq!(
            order(&a.difference(&small, eq2)),
            [
                0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19
            ]
        );
        let e = from_iter([1, 9, 17, 25, 33, 41, 49, 57, 65]);
        assert_eq!(
            order(&e.difference(&from_iter([9, 17]), eq2)),
            [65, 1, 33, 41, 49, 25, 57]
        );
    }

    #[test]
    fn difference_update_ops() {
        let mut a = from_iter(0..40);
        a.difference_update(&from_iter(0..30), eq2);
        assert_eq!(order(&a), [30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
        let mut b = from_iter([1, 2, 3]);
        b.difference_update(&from_iter(0..100), eq2);
        assert!(b.is_empty());
        let mut c = from_iter([3, 1000, 2000, 11]);
        c.difference_update(&from_iter((0..100).map(|x| x * 3)), eq2);
        assert_eq!(order(&c), [1000, 11, 2000]);
    }

    #[test]
    fn symmetric_difference_ops() {
        let a = from_iter([1, 2, 3, 4, 40]);
        let b = from_iter([3, 4, 5, 6, 17, 33]);
        assert_eq!(
            order(&a.symmetric_difference(&b, eq2)),
            [33, 1, 2, 5, 6, 40, 17]
        );
        assert_eq!(
            order(&b.symmetric_difference(&a, eq2)),
            [1, 2, 17, 33, 5, 6, 40]
        );
        let mut c = from_iter(0..10);
        c.symmetric_difference_update(&from_iter((5..15).map(|x| x * 2)), eq2);
        assert_eq!(
            order(&c),
            [
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28
            ]
        );
    }

    #[test]
    fn iteration_by_position() {
        let t = from_iter([10, 5, 33, 1]);
        let mut pos = 0;
        let mut seen = vec![];
        while let Some((next, hash, k)) = t.next_from(pos) {
            assert_eq!(hash, h(int(k)));
            seen.push(int(k));
            pos = next;
        }
        assert_eq!(seen, order(&t));
        assert_eq!(t.keys().len(), 4);
    }

    #[test]
    fn frozenset_hashes() {
        let empty = SetTable::new();
        assert_eq!(empty.frozenset_hash() as i64, 133146708735736);
        assert_eq!(
            from_iter([1, 2, 3]).frozenset_hash() as i64,
            -272375401224217160
        );
        assert_eq!(
            from_iter([-1, 0, 1 << 40]).frozenset_hash() as i64,
            -6036769559949963560
        );
        let mut t = from_iter(0..50);
        for i in 0..45 {
            del(&mut t, i);
        }
        assert_eq!(t.frozenset_hash() as i64, 1779060744276690590);
    }

    #[test]
    fn clear_resets() {
        let mut t = from_iter(0..100);
        t.clear();
        assert!(t.is_empty());
        assert_eq!(t.capacity(), 8);
        add(&mut t, 9);
        add(&mut t, 1);
        assert_eq!(order(&t), [9, 1]);
    }

    #[test]
    fn find_and_get() {
        let t = from_iter([4, 12, 20]);
        // CPython: list(set([4, 12, 20])) == [20, 4, 12]; 20 probes 4 -> 5 -> 2.
        assert_eq!(order(&t), [20, 4, 12]);
        let slot = t.find(h(20), |k| int(k) == 20).unwrap();
        assert_eq!(slot, 2);
        assert_eq!(int(t.get(slot).unwrap().1), 20);
        assert!(t.find(h(28), |k| int(k) == 28).is_none());
    }

    #[test]
    fn toggle_and_set_wrapper() {
        let s = Set::new();
        {
            let mut t = s.table.write();
            assert!(t.toggle(h(5), Value::Int(5), |k| int(k) == 5));
            assert!(!t.toggle(h(5), Value::Int(5), |k| int(k) == 5));
            assert!(t.toggle(h(13), Value::Int(13), |k| int(k) == 13));
        }
        assert_eq!(s.len(), 1);
        assert!(!s.is_empty());
    }
}
