//! Modules and their global namespaces.
//!
//! Globals live in numbered slots: the compiler resolves each global name of a module to a
//! slot index once, so `LOAD_GLOBAL` is an indexed load instead of a dict lookup. Names that
//! are not (yet) defined fall back to the builtins, cached per slot.

use std::collections::HashMap;
use std::sync::Arc;

use crate::object::sync::ObjLock as RwLock;

use crate::value::Value;

#[derive(Default)]
pub struct Globals {
    index: RwLock<HashMap<String, usize>>,
    names: RwLock<Vec<Arc<str>>>,
    slots: RwLock<Vec<Value>>,
    /// The builtin found for a slot whose global is unbound (builtins never change).
    builtin_cache: RwLock<Vec<Option<Value>>>,
    /// Attribute and namespace names used by this module's code, shared by all its code
    /// objects.
    interned: RwLock<HashMap<String, Value>>,
}

impl Globals {
    pub fn new() -> Globals {
        Globals::default()
    }

    /// The slot for `name`, created (unbound) if new.
    pub fn slot_for(&self, name: &str) -> usize {
        if let Some(&i) = self.index.read().get(name) {
            return i;
        }
        let mut index = self.index.write();
        if let Some(&i) = index.get(name) {
            return i;
        }
        let mut names = self.names.write();
        let i = names.len();
        names.push(Arc::from(name));
        index.insert(name.to_string(), i);
        self.slots.write().push(Value::Unbound);
        self.builtin_cache.write().push(None);
        i
    }

    pub fn lookup_slot(&self, name: &str) -> Option<usize> {
        self.index.read().get(name).copied()
    }

    #[inline]
    pub fn get_slot(&self, slot: usize) -> Value {
        match self.slots.read().get(slot) {
            Some(v) => v.clone(),
            None => Value::Unbound,
        }
    }

    #[inline]
    pub fn set_slot(&self, slot: usize, value: Value) {
        if let Some(s) = self.slots.write().get_mut(slot) {
            *s = value;
        }
    }

    /// The module's shared str object for an identifier.
    pub fn intern(&self, name: &str) -> Value {
        if let Some(v) = self.interned.read().get(name) {
            return v.clone();
        }
        self.interned
            .write()
            .entry(name.to_string())
            .or_insert_with(|| Value::str(name))
            .clone()
    }

    /// Unbind every global (interpreter shutdown), dropping the values in definition order.
    /// The values bound now (for shutdown, which closes suspended generators first).
    pub fn bound_values(&self) -> Vec<Value> {
        self.slots
            .read()
            .iter()
            .filter(|v| !matches!(v, Value::Unbound))
            .cloned()
            .collect()
    }

    pub fn clear_all(&self) {
        let old: Vec<Value> = self
            .slots
            .write()
            .iter_mut()
            .map(|s| std::mem::replace(s, Value::Unbound))
            .collect();
        drop(old);
    }

    /// Store into a slot, returning the previous value.
    pub fn replace_slot(&self, slot: usize, value: Value) -> Value {
        match self.slots.write().get_mut(slot) {
            Some(s) => std::mem::replace(s, value),
            None => Value::Unbound,
        }
    }

    pub fn cached_builtin(&self, slot: usize) -> Option<Value> {
        self.builtin_cache.read().get(slot).cloned().flatten()
    }
    pub fn cache_builtin(&self, slot: usize, value: Value) {
        if let Some(s) = self.builtin_cache.write().get_mut(slot) {
            *s = Some(value);
        }
    }

    pub fn slot_name(&self, slot: usize) -> Arc<str> {
        self.names
            .read()
            .get(slot)
            .cloned()
            .unwrap_or_else(|| Arc::from("?"))
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        let slot = self.lookup_slot(name)?;
        match self.get_slot(slot) {
            Value::Unbound => None,
            v => Some(v),
        }
    }

    pub fn set(&self, name: &str, value: Value) {
        let slot = self.slot_for(name);
        self.set_slot(slot, value);
    }

    /// Bound names and values, in definition order.
    pub fn items(&self) -> Vec<(Arc<str>, Value)> {
        let names = self.names.read();
        let slots = self.slots.read();
        names
            .iter()
            .zip(slots.iter())
            .filter(|(_, v)| !matches!(v, Value::Unbound))
            .map(|(n, v)| (n.clone(), v.clone()))
            .collect()
    }
}

pub struct Module {
    pub name: String,
    pub file: Option<String>,
    pub globals: Arc<Globals>,
}
