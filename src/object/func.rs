//! Callables: Python functions, closure cells, bound methods and native builtins.

use std::sync::Arc;

use parking_lot::RwLock;

use crate::bytecode::Code;
use crate::object::dict::Dict;
use crate::object::module::Globals;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::error::PyResult;

/// A function defined in Python.
pub struct Function {
    pub code: Arc<Code>,
    pub globals: Arc<Globals>,
    /// Defaults for the last `defaults.len()` positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults for keyword-only parameters, by name.
    pub kwdefaults: Vec<(String, Value)>,
    /// Cells captured from enclosing scopes, in `code.freevars` order.
    pub closure: Vec<Arc<Cell>>,
    pub name: RwLock<String>,
    pub qualname: RwLock<String>,
    /// Attributes set on the function object (`f.calls = 0`), created on first use.
    pub attrs: RwLock<Option<Arc<Dict>>>,
}

impl Function {
    #[inline]
    pub fn code(&self) -> &Arc<Code> {
        &self.code
    }
    #[inline]
    pub fn globals(&self) -> &Arc<Globals> {
        &self.globals
    }
}

/// A variable shared between a scope and the closures that capture it.
pub struct Cell {
    pub value: crate::object::sync::ObjLock<Value>,
}

impl Cell {
    pub fn new(value: Value) -> Cell {
        Cell {
            value: crate::object::sync::ObjLock::new(value),
        }
    }
    pub fn get(&self) -> Value {
        self.value.lock().clone()
    }
    pub fn set(&self, value: Value) {
        *self.value.lock() = value;
    }
}

/// `obj.method` where `method` is a function found on the class.
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

/// Keyword arguments as a native function receives them: `(name, value)` with `name` a str.
pub type Kwargs<'a> = &'a [(Value, Value)];

/// A native function. For methods, `args[0]` is the receiver.
pub type NativeFn = fn(&mut Vm, &[Value], Kwargs) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver of a bound native method (`"abc".upper`), prepended to the arguments.
    pub receiver: Option<Value>,
    /// For methods: the type name shown in reprs (`<built-in method upper of str object>`).
    pub owner: Option<&'static str>,
}

impl Builtin {
    pub fn new(name: &'static str, func: NativeFn) -> Builtin {
        Builtin {
            name,
            func,
            receiver: None,
            owner: None,
        }
    }
}
