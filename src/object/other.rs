//! The rarer built-in objects, kept out of `Value` to keep it small.

use std::sync::Arc;

use parking_lot::Mutex;

use crate::object::class::Class;
use crate::object::dict::Dict;
use crate::value::Value;

pub enum Other {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super()` bound to `obj`, looking up after `class` in obj's MRO.
    Super {
        class: Arc<Class>,
        obj: Value,
    },
    NotImplemented,
    Ellipsis,
    DictView {
        dict: Arc<Dict>,
        kind: DictViewKind,
    },
    File(Mutex<FileState>),
    /// A closure cell (only on the stack while a closure is built).
    Cell(Arc<crate::object::func::Cell>),
    /// `slice(start, stop, step)`.
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    /// A code object (a constant of the enclosing code).
    Code(Arc<crate::bytecode::Code>),
    /// sys.stdout / sys.stderr.
    StdStream(StdStream),
    /// `_thread.lock` (`threading.Lock`).
    Lock(Arc<crate::runtime::locks::PyLock>),
    /// `_thread.RLock` (`threading.RLock`).
    RLock(Arc<crate::runtime::locks::PyLock>),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StdStream {
    Stdout,
    Stderr,
    Stdin,
}

pub struct FileState {
    pub name: String,
    pub mode: String,
    pub file: Option<std::fs::File>,
    /// Read side: the whole decoded remainder is loaded lazily on first read.
    pub read_buf: Option<String>,
    pub read_pos: usize,
    pub closed: bool,
}
