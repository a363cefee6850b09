//! Errors as Rust sees them: a Python exception on its way up the stack.
//!
//! Native code raises built-in exceptions without a VM at hand (`PyErr::new`); the VM turns
//! such a lazy error into a real exception instance when Python code needs to see it.

use crate::value::Value;

/// The built-in exception classes, with their place in the hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExcType {
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    ArithmeticError,
    FloatingPointError,
    OverflowError,
    ZeroDivisionError,
    AssertionError,
    AttributeError,
    BufferError,
    EOFError,
    ImportError,
    ModuleNotFoundError,
    LookupError,
    IndexError,
    KeyError,
    MemoryError,
    NameError,
    UnboundLocalError,
    OSError,
    BlockingIOError,
    ChildProcessError,
    ConnectionError,
    BrokenPipeError,
    FileExistsError,
    FileNotFoundError,
    InterruptedError,
    IsADirectoryError,
    NotADirectoryError,
    PermissionError,
    ProcessLookupError,
    TimeoutError,
    ReferenceError,
    RuntimeError,
    NotImplementedError,
    RecursionError,
    SyntaxError,
    IndentationError,
    TabError,
    SystemError,
    TypeError,
    ValueError,
    UnicodeError,
    Warning,
    UserWarning,
    DeprecationWarning,
    RuntimeWarning,
}

impl ExcType {
    pub const ALL: &'static [ExcType] = &[
        ExcType::BaseException,
        ExcType::SystemExit,
        ExcType::KeyboardInterrupt,
        ExcType::GeneratorExit,
        ExcType::Exception,
        ExcType::StopIteration,
        ExcType::ArithmeticError,
        ExcType::FloatingPointError,
        ExcType::OverflowError,
        ExcType::ZeroDivisionError,
        ExcType::AssertionError,
        ExcType::AttributeError,
        ExcType::BufferError,
        ExcType::EOFError,
        ExcType::ImportError,
        ExcType::ModuleNotFoundError,
        ExcType::LookupError,
        ExcType::IndexError,
        ExcType::KeyError,
        ExcType::MemoryError,
        ExcType::NameError,
        ExcType::UnboundLocalError,
        ExcType::OSError,
        ExcType::BlockingIOError,
        ExcType::ChildProcessError,
        ExcType::ConnectionError,
        ExcType::BrokenPipeError,
        ExcType::FileExistsError,
        ExcType::FileNotFoundError,
        ExcType::InterruptedError,
        ExcType::IsADirectoryError,
        ExcType::NotADirectoryError,
        ExcType::PermissionError,
        ExcType::ProcessLookupError,
        ExcType::TimeoutError,
        ExcType::ReferenceError,
        ExcType::RuntimeError,
        ExcType::NotImplementedError,
        ExcType::RecursionError,
        ExcType::SyntaxError,
        ExcType::IndentationError,
        ExcType::TabError,
        ExcType::SystemError,
        ExcType::TypeError,
        ExcType::ValueError,
        ExcType::UnicodeError,
        ExcType::Warning,
        ExcType::UserWarning,
        ExcType::DeprecationWarning,
        ExcType::RuntimeWarning,
    ];

    pub fn name(self) -> &'static str {
        use ExcType::*;
        match self {
            BaseException => "BaseException",
            SystemExit => "SystemExit",
            KeyboardInterrupt => "KeyboardInterrupt",
            GeneratorExit => "GeneratorExit",
            Exception => "Exception",
            StopIteration => "StopIteration",
            ArithmeticError => "ArithmeticError",
            FloatingPointError => "FloatingPointError",
            OverflowError => "OverflowError",
            ZeroDivisionError => "ZeroDivisionError",
            AssertionError => "AssertionError",
            AttributeError => "AttributeError",
            BufferError => "BufferError",
            EOFError => "EOFError",
            ImportError => "ImportError",
            ModuleNotFoundError => "ModuleNotFoundError",
            LookupError => "LookupError",
            IndexError => "IndexError",
            KeyError => "KeyError",
            MemoryError => "MemoryError",
            NameError => "NameError",
            UnboundLocalError => "UnboundLocalError",
            OSError => "OSError",
            BlockingIOError => "BlockingIOError",
            ChildProcessError => "ChildProcessError",
            ConnectionError => "ConnectionError",
            BrokenPipeError => "BrokenPipeError",
            FileExistsError => "FileExistsError",
            FileNotFoundError => "FileNotFoundError",
            InterruptedError => "InterruptedError",
            IsADirectoryError => "IsADirectoryError",
            NotADirectoryError => "NotADirectoryError",
            PermissionError => "PermissionError",
            ProcessLookupError => "ProcessLookupError",
            TimeoutError => "TimeoutError",
            ReferenceError => "ReferenceError",
            RuntimeError => "RuntimeError",
            NotImplementedError => "NotImplementedError",
            RecursionError => "RecursionError",
            SyntaxError => "SyntaxError",
            IndentationError => "IndentationError",
            TabError => "TabError",
            SystemError => "SystemError",
            TypeError => "TypeError",
            ValueError => "ValueError",
            UnicodeError => "UnicodeError",
            Warning => "Warning",
            UserWarning => "UserWarning",
            DeprecationWarning => "DeprecationWarning",
            RuntimeWarning => "RuntimeWarning",
        }
    }

    /// The direct base class; `None` for BaseException.
    pub fn base(self) -> Option<ExcType> {
        use ExcType::*;
        Some(match self {
            BaseException => return None,
            SystemExit | KeyboardInterrupt | GeneratorExit | Exception => BaseException,
            StopIteration | ArithmeticError | AssertionError | AttributeError | BufferError
            | EOFError | ImportError | LookupError | MemoryError | NameError | OSError
            | ReferenceError | RuntimeError | SyntaxError | SystemError | TypeError
            | ValueError | Warning => Exception,
            FloatingPointError | OverflowError | ZeroDivisionError => ArithmeticError,
            ModuleNotFoundError => ImportError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            BlockingIOError | ChildProcessError | ConnectionError | FileExistsError
            | FileNotFoundError | InterruptedError | IsADirectoryError | NotADirectoryError
            | PermissionError | ProcessLookupError | TimeoutError => OSError,
            BrokenPipeError => ConnectionError,
            NotImplementedError | RecursionError => RuntimeError,
            IndentationError => SyntaxError,
            TabError => IndentationError,
            UnicodeError => ValueError,
            UserWarning | DeprecationWarning | RuntimeWarning => Warning,
        })
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A raised Python exception.
pub enum PyErr {
    /// A built-in exception with these args, not yet turned into an object.
    New(Box<(ExcType, Vec<Value>)>),
    /// An exception instance (a `Value::Instance` whose class derives from BaseException).
    Obj(Value),
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(kind: ExcType, msg: impl Into<String>) -> PyErr {
        PyErr::New(Box::new((kind, vec![Value::string(msg.into())])))
    }
    pub fn with_args(kind: ExcType, args: Vec<Value>) -> PyErr {
        PyErr::New(Box::new((kind, args)))
    }
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::TypeError, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::ValueError, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::IndexError, msg)
    }
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(ExcType::KeyError, vec![key])
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::ZeroDivisionError, msg)
    }
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::OverflowError, msg)
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::AttributeError, msg)
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(ExcType::RuntimeError, msg)
    }

    /// The built-in kind if this error was raised lazily (cheap check without a VM).
    pub fn lazy_kind(&self) -> Option<ExcType> {
        match self {
            PyErr::New(b) => Some(b.0),
            PyErr::Obj(_) => None,
        }
    }
}
