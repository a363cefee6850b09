//! The bytecode: one `Op` per instruction, with its operand inline (Lua-style fixed-size
//! instructions), and the code object that holds a function's instructions and constants.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::value::Value;

/// Jump targets and operand indices are u32.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    Pop,
    /// Duplicate the top of stack.
    Dup,
    /// Duplicate the top two items: a b -> a b a b.
    Dup2,
    /// a b -> b a
    Rot2,
    /// a b c -> c a b
    Rot3,
    /// a b c d -> d a b c
    Rot4,

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Load a cell or free variable (index into cellvars ++ freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself, to build a closure.
    LoadClosure(u32),
    /// Module globals by slot; unbound slots fall back to builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Class-body names (a dict namespace), falling back to globals then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    /// In a class body: a free variable of the enclosing function, unless the class
    /// namespace defines the name.
    LoadClassDeref(u32),

    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,

    Unary(UnaryOp),
    Binary(BinOp),
    /// Augmented assignment: `__iadd__` and friends, falling back to the binary operator.
    Inplace(BinOp),
    Compare(CmpOp),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// Pops 2n items: key, value pairs.
    BuildMap(u32),
    /// Pops 2 or 3 items (lower, upper[, step]).
    BuildSlice(u32),
    /// Concatenate n str items (f-strings).
    BuildString(u32),
    /// Comprehension helpers: append TOS to the container `depth` items down.
    ListAppend(u32),
    SetAdd(u32),
    /// Pops key and value (value on top).
    MapAdd(u32),
    /// list.extend(TOS) on the list below it (star unpacking in displays).
    ListExtend,
    SetUpdate,
    DictUpdate,
    ListToTuple,
    /// f-string `{x!c:spec}`: flags bit 0-1 = conversion (0 none, 1 str, 2 repr, 3 ascii),
    /// bit 2 = a spec string is on top of the value.
    FormatValue(u32),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// Keep TOS and jump if it is falsy, else pop it (`and`).
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    GetIter,
    /// Next item of the iterator on TOS, or pop the iterator and jump when exhausted.
    ForIter(u32),

    /// func arg1..argN -> result.
    Call(u32),
    /// func arg1..argN kwnames-tuple -> result; the last len(kwnames) args are keywords.
    CallKw(u32),
    /// func args-tuple kwargs-dict-or-None -> result (`f(*a, **k)`).
    CallEx,
    /// Building `f(*a)`'s argument list: extend the list below TOS with the iterable TOS.
    CallArgsExtend,
    /// Building `f(k=v)` keywords for CallEx: key value -> added to the dict, which must not
    /// have the key yet.
    CallKwAdd,
    /// Building `f(**m)` keywords for CallEx: merge mapping TOS into the dict below it,
    /// rejecting repeated keys.
    CallKwMerge,
    /// obj arg1..argN -> obj.name(args), without building a bound method.
    CallMethod(u32, u32),
    /// Superinstruction for `local.name` (LoadFast + LoadAttr, which stays in place as the
    /// next instruction): reads a plain instance attribute straight from the local and skips
    /// the LoadAttr; otherwise it acts as the LoadFast alone.
    LoadFastAttr(u32, u32),
    /// Superinstruction for `local.name = TOS` (LoadFast + StoreAttr, likewise).
    StoreFastAttr(u32, u32),
    /// Superinstruction for `local[const]` (LoadFast + LoadConst + BinarySubscr): indexes a
    /// list or tuple local in place and skips the two instructions; otherwise acts as the
    /// LoadFast alone.
    LoadFastSubscrConst(u32, u32),
    /// Superinstructions made by the compiler's peephole pass. Like the ones above, each
    /// stands for itself and the instructions after it, which stay in place: the fused op
    /// skips them when its fast case applies, and otherwise does only what its first
    /// instruction does (`Op::unfused`), so jump targets never move.
    ///
    /// `LoadFast a; LoadFast b`.
    LoadFastLoadFast(u32, u32),
    /// `LoadFast a; LoadConst k`.
    LoadFastLoadConst(u32, u32),
    /// `LoadFast a; LoadFast b; Binary|Inplace op` on ints and floats.
    FastFastBinary(u16, u16, BinOp),
    /// `LoadFast a; LoadConst k; Binary|Inplace op` on ints and floats.
    FastConstBinary(u16, u16, BinOp),
    /// `Compare c; PopJumpIfFalse t` on ints and floats, jumping forward.
    CompareJumpIfFalse(CmpOp, u32),
    /// `Binary op; StoreFast x` on ints and floats.
    BinaryStoreFast(BinOp, u32),
    /// `Inplace op; StoreFast x` on ints and floats.
    InplaceStoreFast(BinOp, u32),
    /// Build a function: TOS is the code constant index operand; flags say what is below
    /// it: 1 defaults tuple, 2 kwdefaults dict, 8 closure tuple.
    MakeFunction(u32, u32),
    /// body-function name bases-tuple kwargs-dict -> class.
    BuildClass,
    Return,
    Yield,
    /// Delegate to the sub-iterator below TOS (TOS is the value to send).
    YieldFrom,
    /// Turn TOS into the iterator `yield from` delegates to.
    GetYieldFromIter,

    UnpackSequence(u32),
    /// before | (after << 16).
    UnpackEx(u32),

    /// Push an exception handler block (a handler catching everything).
    SetupExcept(u32),
    /// Like SetupExcept, for try/finally (the handler runs the finally body then re-raises).
    SetupFinally(u32),
    /// Enter a context manager: cm -> exit-method enter-result, pushing a handler block.
    SetupWith(u32),
    PopBlock,
    /// Leave an exception handler: drop the exception being handled.
    PopExcept,
    /// TOS exception, TOS1 class or tuple -> pop the class, push bool.
    ExcMatch,
    /// Re-raise the exception on TOS (end of a finally or unmatched handler).
    Reraise,
    /// 0: bare `raise`; 1: `raise exc`; 2: `raise exc from cause`.
    Raise(u32),
    /// Exception path of `with`: exit-method exc -> calls exit; on a true result the
    /// exception is swallowed and execution jumps to the target.
    WithExcept(u32),
    /// Normal exit of `with`: exit-method -> calls exit(None, None, None).
    WithExit,
    /// Raise AssertionError (with the message on TOS if the operand is 1).
    RaiseAssert(u32),

    /// `import name` (dotted) -> module object (for `import a.b` this is the top package).
    ImportName(u32),
    /// module -> module attr (keeps the module on the stack).
    ImportFrom(u32),
    /// module -> (binds every public name into the current namespace).
    ImportStar,
}

impl Op {
    /// What a superinstruction does when its fast case does not apply: its first
    /// instruction alone. Other instructions are returned unchanged.
    pub fn unfused(self) -> Op {
        use Op::*;
        match self {
            LoadFastAttr(a, _)
            | StoreFastAttr(a, _)
            | LoadFastSubscrConst(a, _)
            | LoadFastLoadFast(a, _)
            | LoadFastLoadConst(a, _) => LoadFast(a),
            FastFastBinary(a, _, _) | FastConstBinary(a, _, _) => LoadFast(a as u32),
            CompareJumpIfFalse(c, _) => Compare(c),
            BinaryStoreFast(b, _) => Binary(b),
            InplaceStoreFast(b, _) => Inplace(b),
            op => op,
        }
    }

    /// The jump target, if this instruction jumps (used by the compiler to patch).
    pub fn jump_target(&self) -> Option<u32> {
        use Op::*;
        match *self {
            Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
            | JumpIfTrueOrPop(t) | ForIter(t) | SetupExcept(t) | SetupFinally(t) | SetupWith(t)
            | WithExcept(t) => Some(t),
            _ => None,
        }
    }

    pub fn with_target(self, target: u32) -> Op {
        use Op::*;
        match self {
            Jump(_) => Jump(target),
            PopJumpIfFalse(_) => PopJumpIfFalse(target),
            PopJumpIfTrue(_) => PopJumpIfTrue(target),
            JumpIfFalseOrPop(_) => JumpIfFalseOrPop(target),
            JumpIfTrueOrPop(_) => JumpIfTrueOrPop(target),
            ForIter(_) => ForIter(target),
            SetupExcept(_) => SetupExcept(target),
            SetupFinally(_) => SetupFinally(target),
            SetupWith(_) => SetupWith(target),
            WithExcept(_) => WithExcept(target),
            other => other,
        }
    }
}

pub mod flags {
    pub const VARARGS: u32 = 1;
    pub const VARKEYWORDS: u32 = 2;
    pub const GENERATOR: u32 = 4;
    /// Code for a class body: names live in a namespace dict.
    pub const CLASS_BODY: u32 = 8;
    pub const MODULE: u32 = 16;
}

/// A compiled function, lambda, comprehension, class body or module.
pub struct Code {
    pub name: String,
    pub qualname: String,
    pub filename: Arc<str>,
    pub first_line: u32,
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Attribute and namespace names, as str values (hashes cached).
    pub names: Vec<Value>,
    /// Names of fast locals; parameters come first.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter, the parameter's local slot.
    pub cell_params: Vec<(usize, usize)>,
    /// Positional parameters, the positional-only ones included.
    pub argcount: usize,
    /// How many of the first `argcount` parameters are positional-only.
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    /// The function's docstring (a str), if its body starts with a string literal.
    pub docstring: Option<Value>,
    /// Global slot names of the module this code was compiled for (for `dis`).
    pub global_names: Vec<(u32, String)>,
    /// Per attribute name: where it was last found in an instance dict.
    pub attr_hints: AttrHints,
}

/// One hint per entry of `Code::names`: the position in an instance `__dict__` at which
/// that attribute was last found. Instances of a class set their attributes in the same
/// order (in `__init__`), so `self.x` is almost always at the same position; checking
/// that one entry's key pointer replaces a scan of the dict (CPython 3.11 specialises
/// `LOAD_ATTR_INSTANCE_VALUE` with a cached index for the same reason). A hint is only
/// ever checked, never trusted, so relaxed atomics (plain loads and stores) suffice when
/// threads share the code.
pub struct AttrHints(Box<[AtomicU8]>);

impl AttrHints {
    pub fn new(names: usize) -> AttrHints {
        AttrHints((0..names).map(|_| AtomicU8::new(0)).collect())
    }
    #[inline]
    pub fn get(&self, name: usize) -> usize {
        self.0
            .get(name)
            .map_or(0, |h| h.load(Ordering::Relaxed) as usize)
    }
    #[inline]
    pub fn set(&self, name: usize, pos: usize) {
        if let (Some(h), Ok(pos)) = (self.0.get(name), u8::try_from(pos)) {
            h.store(pos, Ordering::Relaxed);
        }
    }
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    pub fn is_generator(&self) -> bool {
        self.flags & flags::GENERATOR != 0
    }
    pub fn has_varargs(&self) -> bool {
        self.flags & flags::VARARGS != 0
    }
    pub fn has_varkw(&self) -> bool {
        self.flags & flags::VARKEYWORDS != 0
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }
}
