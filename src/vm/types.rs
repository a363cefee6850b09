//! The built-in types as class objects, and `type(x)` for every value.

use std::sync::Arc;

use crate::object::class::{Class, TypeKind};
use crate::object::dict::Dict;
use crate::object::other::Other;
use crate::value::Value;
use crate::vm::error::ExcType;

pub struct Types {
    pub object: Arc<Class>,
    pub type_: Arc<Class>,
    pub none: Arc<Class>,
    pub bool_: Arc<Class>,
    pub int: Arc<Class>,
    pub float: Arc<Class>,
    pub str_: Arc<Class>,
    pub list: Arc<Class>,
    pub tuple: Arc<Class>,
    pub dict: Arc<Class>,
    pub set: Arc<Class>,
    pub frozenset: Arc<Class>,
    pub range: Arc<Class>,
    pub function: Arc<Class>,
    pub builtin_function: Arc<Class>,
    pub method: Arc<Class>,
    pub module: Arc<Class>,
    pub generator: Arc<Class>,
    pub iterator: Arc<Class>,
    pub property: Arc<Class>,
    pub staticmethod: Arc<Class>,
    pub classmethod: Arc<Class>,
    pub super_: Arc<Class>,
    pub not_implemented: Arc<Class>,
    pub ellipsis: Arc<Class>,
    pub file: Arc<Class>,
    pub dict_keys: Arc<Class>,
    pub dict_values: Arc<Class>,
    pub dict_items: Arc<Class>,
    pub code: Arc<Class>,
    pub slice: Arc<Class>,
    pub cell: Arc<Class>,
    pub lock: Arc<Class>,
    pub rlock: Arc<Class>,
    /// Indexed by `ExcType::index()`.
    pub exceptions: Vec<Arc<Class>>,
    /// The native iterator types, by name (`list_iterator`, `zip`, ...).
    pub iterators: Vec<(&'static str, Arc<Class>)>,
}

const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "reversed",
    "enumerate",
    "zip",
    "map",
    "filter",
    "iterator",
    "callable_iterator",
];

pub fn make_class(
    name: &str,
    kind: TypeKind,
    bases: Vec<Arc<Class>>,
    exc_base: Option<ExcType>,
) -> Arc<Class> {
    let mut mro_tail: Vec<Arc<Class>> = Vec::new();
    for b in &bases {
        for c in b.mro() {
            if !mro_tail.iter().any(|m| Arc::ptr_eq(m, c)) {
                mro_tail.push(c.clone());
            }
        }
    }
    Arc::new(Class {
        name: name.to_string(),
        qualname: name.to_string(),
        module: "builtins".to_string(),
        kind,
        bases,
        mro_tail,
        dict: Arc::new(Dict::new()),
        exc_base,
        property_names: Vec::new(),
        // A bare `object()` (and the other plain built-in object types) has no `__dict__`:
        // setting an attribute on it is an AttributeError, as empty `__slots__` make it.
        // Subclasses are unaffected: their slots come from their user-defined classes.
        slots: (kind == TypeKind::Object).then(Vec::new),
        hooks: Default::default(),
        builtin_base: None,
        subclasses: Default::default(),
        cache: Default::default(),
    })
}

/// A type of the `_thread` module.
fn thread_class(name: &str, kind: TypeKind, object: &Arc<Class>) -> Arc<Class> {
    let mut class = Arc::into_inner(make_class(name, kind, vec![object.clone()], None))
        .expect("a new class has one owner");
    class.module = "_thread".to_string();
    Arc::new(class)
}

impl Types {
    pub fn new() -> Types {
        let object = make_class("object", TypeKind::Object, vec![], None);
        let mk = |name: &str, kind: TypeKind| make_class(name, kind, vec![object.clone()], None);
        let int = mk("int", TypeKind::Int);
        let bool_ = make_class("bool", TypeKind::Bool, vec![int.clone()], None);
        let mut exceptions: Vec<Arc<Class>> = Vec::new();
        for &kind in ExcType::ALL {
            let bases = match kind.base() {
                Some(b) => vec![exceptions[b.index()].clone()],
                None => vec![object.clone()],
            };
            exceptions.push(make_class(
                kind.name(),
                TypeKind::Exception(kind),
                bases,
                Some(kind),
            ));
        }
        Types {
            type_: mk("type", TypeKind::Type),
            none: mk("NoneType", TypeKind::NoneType),
            bool_,
            int,
            float: mk("float", TypeKind::Float),
            str_: mk("str", TypeKind::Str),
            list: mk("list", TypeKind::List),
            tuple: mk("tuple", TypeKind::Tuple),
            dict: mk("dict", TypeKind::Dict),
            set: mk("set", TypeKind::Set),
            frozenset: mk("frozenset", TypeKind::FrozenSet),
            range: mk("range", TypeKind::Range),
            function: mk("function", TypeKind::Function),
            builtin_function: mk("builtin_function_or_method", TypeKind::BuiltinFunction),
            method: mk("method", TypeKind::Method),
            module: mk("module", TypeKind::Module),
            generator: mk("generator", TypeKind::Generator),
            iterator: mk("iterator", TypeKind::Iterator),
            property: mk("property", TypeKind::Property),
            staticmethod: mk("staticmethod", TypeKind::StaticMethod),
            classmethod: mk("classmethod", TypeKind::ClassMethod),
            super_: mk("super", TypeKind::Super),
            not_implemented: mk("NotImplementedType", TypeKind::NotImplementedType),
            ellipsis: mk("ellipsis", TypeKind::Ellipsis),
            file: mk("TextIOWrapper", TypeKind::File),
            lock: thread_class("lock", TypeKind::Lock, &object),
            rlock: thread_class("RLock", TypeKind::RLock, &object),
            dict_keys: mk("dict_keys", TypeKind::DictView),
            dict_values: mk("dict_values", TypeKind::DictView),
            dict_items: mk("dict_items", TypeKind::DictView),
            code: mk("code", TypeKind::Object),
            slice: mk("slice", TypeKind::Object),
            cell: mk("cell", TypeKind::Object),
            exceptions,
            iterators: ITERATOR_TYPES
                .iter()
                .map(|n| (*n, mk(n, TypeKind::Iterator)))
                .collect(),
            object,
        }
    }

    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Arc<Class> {
        use crate::object::other::DictViewKind;
        match v {
            Value::None | Value::Unbound => self.none.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::List(_) => self.list.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::Dict(_) => self.dict.clone(),
            Value::Set(_) => self.set.clone(),
            Value::FrozenSet(_) => self.frozenset.clone(),
            Value::Range(_) => self.range.clone(),
            Value::Function(_) => self.function.clone(),
            Value::BoundMethod(_) => self.method.clone(),
            Value::Builtin(_) => self.builtin_function.clone(),
            Value::Class(_) => self.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => self.module.clone(),
            Value::Iter(it) => {
                let name = iter_type_name(it);
                self.iterators
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map_or_else(|| self.iterator.clone(), |(_, c)| c.clone())
            }
            Value::Generator(_) => self.generator.clone(),
            Value::Other(o) => match &**o {
                Other::Property { .. } => self.property.clone(),
                Other::StaticMethod(_) => self.staticmethod.clone(),
                Other::ClassMethod(_) => self.classmethod.clone(),
                Other::Super { .. } => self.super_.clone(),
                Other::NotImplemented => self.not_implemented.clone(),
                Other::Ellipsis => self.ellipsis.clone(),
                Other::DictView { kind, .. } => match kind {
                    DictViewKind::Keys => self.dict_keys.clone(),
                    DictViewKind::Values => self.dict_values.clone(),
                    DictViewKind::Items => self.dict_items.clone(),
                },
                Other::File(_) | Other::StdStream(_) => self.file.clone(),
                Other::Code(_) => self.code.clone(),
                Other::Cell(_) => self.cell.clone(),
                Other::Slice { .. } => self.slice.clone(),
                Other::Lock(_) => self.lock.clone(),
                Other::RLock(_) => self.rlock.clone(),
            },
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// The type name used in error messages (`'int' object is not callable`).
pub fn type_name(v: &Value) -> String {
    match v {
        Value::None | Value::Unbound => "NoneType".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) | Value::BigInt(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Str(_) => "str".into(),
        Value::List(_) => "list".into(),
        Value::Tuple(_) => "tuple".into(),
        Value::Dict(_) => "dict".into(),
        Value::Set(_) => "set".into(),
        Value::FrozenSet(_) => "frozenset".into(),
        Value::Range(_) => "range".into(),
        Value::Function(_) => "function".into(),
        Value::BoundMethod(_) => "method".into(),
        Value::Builtin(_) => "builtin_function_or_method".into(),
        Value::Class(_) => "type".into(),
        Value::Instance(i) => i.class.name.clone(),
        Value::Module(_) => "module".into(),
        Value::Iter(it) => iter_type_name(it).into(),
        Value::Generator(_) => "generator".into(),
        Value::Other(o) => match &**o {
            Other::Property { .. } => "property".into(),
            Other::StaticMethod(_) => "staticmethod".into(),
            Other::ClassMethod(_) => "classmethod".into(),
            Other::Super { .. } => "super".into(),
            Other::NotImplemented => "NotImplementedType".into(),
            Other::Ellipsis => "ellipsis".into(),
            Other::DictView { kind, .. } => match kind {
                crate::object::other::DictViewKind::Keys => "dict_keys".into(),
                crate::object::other::DictViewKind::Values => "dict_values".into(),
                crate::object::other::DictViewKind::Items => "dict_items".into(),
            },
            Other::File(_) | Other::StdStream(_) => "_io.TextIOWrapper".into(),
            Other::Code(_) => "code".into(),
            Other::Cell(_) => "cell".into(),
            Other::Slice { .. } => "slice".into(),
            Other::Lock(_) => "_thread.lock".into(),
            Other::RLock(_) => "_thread.RLock".into(),
        },
    }
}

fn iter_type_name(it: &crate::object::iter::IterObj) -> &'static str {
    use crate::object::iter::IterState::*;
    match &*it.state.lock() {
        List { .. } => "list_iterator",
        ListReversed { .. } => "list_reverseiterator",
        Tuple { .. } => "tuple_iterator",
        Str { .. } => "str_ascii_iterator",
        Range { .. } => "range_iterator",
        Dict { kind, .. } => match kind {
            crate::object::other::DictViewKind::Keys => "dict_keyiterator",
            crate::object::other::DictViewKind::Values => "dict_valueiterator",
            crate::object::other::DictViewKind::Items => "dict_itemiterator",
        },
        Set { .. } => "set_iterator",
        Vec { .. } => "reversed",
        Enumerate { .. } => "enumerate",
        Zip { .. } => "zip",
        Map { .. } => "map",
        Filter { .. } => "filter",
        SeqIndex { .. } => "iterator",
        Callable { .. } => "callable_iterator",
        Exhausted => "iterator",
    }
}
