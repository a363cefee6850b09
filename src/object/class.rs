//! Classes (user classes and the built-in types, which are classes too) and instances.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::object::dict::Dict;
use crate::object::str::PyStr;
use crate::value::Value;
use crate::vm::error::ExcType;

/// Which built-in type a class object stands for. User classes are `User`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    User,
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Generator,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    NotImplementedType,
    Ellipsis,
    File,
    DictView,
    Lock,
    RLock,
    /// A built-in exception class.
    Exception(ExcType),
}

pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub kind: TypeKind,
    pub bases: Vec<Arc<Class>>,
    /// The method resolution order without the class itself (which would make an Arc cycle).
    pub mro_tail: Vec<Arc<Class>>,
    /// The class namespace, keyed by str.
    pub dict: Arc<Dict>,
    /// The built-in exception class this class derives from, if any: instances carry
    /// exception state.
    pub exc_base: Option<ExcType>,
    /// Names bound to properties (data descriptors) in this class or an ancestor: instance
    /// reads of these must consult the class before the instance dict.
    pub property_names: Vec<String>,
    /// `__slots__` of this class and all its user-defined ancestors (None: instances
    /// accept any attribute).
    pub slots: Option<Vec<String>>,
    /// Which attribute hooks a user class in the MRO defines, fixed at class creation
    /// (checked on every attribute access, so kept out of the lookup caches).
    pub hooks: ClassHooks,
    /// The built-in type this class derives from (list, dict, str...), if any.
    pub builtin_base: Option<TypeKind>,
    /// Direct subclasses, for `__subclasses__()` (weak: a class does not keep its
    /// subclasses alive).
    pub subclasses: parking_lot::Mutex<Vec<std::sync::Weak<Class>>>,
    /// Memoised MRO lookups, valid while the interpreter's class epoch is unchanged.
    pub cache: crate::object::sync::ObjLock<LookupCache>,
}

#[derive(Clone, Copy, Default)]
pub struct ClassHooks {
    pub getattribute: bool,
    pub setattr: bool,
    pub new: bool,
}

/// Per-class memo of attribute lookups along the MRO. Keys are the addresses of the name
/// strings (a code object's interned names, or a static dunder name); the entry keeps the
/// name alive so the address cannot be reused while cached.
#[derive(Default)]
pub struct LookupCache {
    pub attrs: hashbrown::HashMap<usize, (Value, u64, Option<Value>)>,
    pub dunders: hashbrown::HashMap<usize, (u64, Option<Value>)>,
    pub statics: hashbrown::HashMap<usize, (u64, Option<Value>)>,
}

impl Class {
    /// Iterate the MRO: the class itself, then its ancestors.
    pub fn mro(self: &Arc<Class>) -> impl Iterator<Item = &Arc<Class>> {
        std::iter::once(self).chain(self.mro_tail.iter())
    }

    pub fn is_subclass_of(self: &Arc<Class>, other: &Arc<Class>) -> bool {
        self.mro().any(|c| Arc::ptr_eq(c, other))
    }

    pub fn is_exception_class(&self) -> bool {
        self.exc_base.is_some()
    }
}

/// State carried by every exception instance.
#[derive(Default)]
pub struct ExcState {
    pub args: Mutex<Vec<Value>>,
    /// (code object name, filename, line) frames, innermost last, as the exception unwound.
    pub traceback: Mutex<Vec<TracebackEntry>>,
    pub cause: Mutex<Option<Value>>,
    pub context: Mutex<Option<Value>>,
    pub suppress_context: Mutex<bool>,
    /// CPython's "Did you mean" hint, printed only in tracebacks.
    pub suggestion: Mutex<Option<String>>,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub filename: Arc<str>,
    pub func_name: Arc<str>,
    pub line: u32,
}

pub struct Instance {
    pub class: Arc<Class>,
    pub dict: Arc<Dict>,
    pub exc: Option<Box<ExcState>>,
    /// For instances of subclasses of built-in types (`class Stack(list)`): the built-in
    /// value the instance extends. Operations the class does not override act on it.
    pub payload: Option<Value>,
}

impl Instance {
    pub fn exc_state(&self) -> Option<&ExcState> {
        self.exc.as_deref()
    }
}

/// A str key for class and instance dicts.
pub fn name_key(name: &str) -> Value {
    Value::Str(Arc::new(PyStr::new(name.to_string())))
}
