//! Frames live on the heap, in the per-thread `Vm::frames` stack: a Python-to-Python call
//! pushes a frame and the dispatch loop carries on, without recursing on the Rust stack.

use std::sync::Arc;

use crate::bytecode::Code;
use crate::object::dict::Dict;
use crate::object::func::{Cell, Function};
use crate::object::module::Globals;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// try/except or try/finally: the handler catches every exception.
    Except,
    /// A `with` body.
    With,
    /// An exception handler is running: leaving it pops the frame's handled exception.
    Handler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Operand stack height (above the locals) to restore when the handler runs.
    pub depth: u32,
}

pub struct Frame {
    /// The function being run (module and class bodies run as functions too); its code
    /// and globals are reached through it, so a call costs one reference count.
    pub func: Arc<Function>,
    /// Index of the next instruction.
    pub ip: usize,
    /// Fast locals in `[0, nlocals)`, the operand stack above them.
    pub stack: Vec<Value>,
    /// Cell variables then free variables.
    pub cells: Vec<Arc<Cell>>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled by except/finally blocks of this frame, innermost last.
    pub exc_stack: Vec<Value>,
    /// The namespace of a class body (`LoadName`/`StoreName`).
    pub namespace: Option<Arc<Dict>>,
    /// Set when this frame runs `__init__` for a class call (`Point(1, 2)`): the new
    /// instance, which the call evaluates to once `__init__` returns None.
    pub init_instance: Option<Arc<crate::object::class::Instance>>,
}

impl Frame {
    /// A frame about to run `func` from its first instruction, with `stack` holding its
    /// locals (and nothing else of its own: no cells, blocks or handled exceptions yet).
    #[inline(always)]
    pub fn new(func: Arc<Function>, stack: Vec<Value>) -> Frame {
        Frame {
            func,
            ip: 0,
            stack,
            cells: Vec::new(),
            blocks: Vec::new(),
            exc_stack: Vec::new(),
            namespace: None,
            init_instance: None,
        }
    }

    #[inline]
    pub fn code(&self) -> &Arc<Code> {
        &self.func.code
    }
    #[inline]
    pub fn globals(&self) -> &Arc<Globals> {
        &self.func.globals
    }
    #[inline]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::None)
    }
    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::None)
    }
    /// The item `n` places below the top (0 is the top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        let len = self.stack.len();
        if n < len {
            &self.stack[len - 1 - n]
        } else {
            &Value::None
        }
    }
    /// Line of the instruction being executed.
    pub fn current_line(&self) -> u32 {
        self.func.code.line_at(self.ip.saturating_sub(1))
    }
    pub fn nlocals(&self) -> usize {
        self.func.code.nlocals()
    }
}

/// Move `src[from..]` to the end of `dst` (a call's arguments into the callee's locals):
/// one memcpy, no reference-count traffic.
#[inline(always)]
pub fn move_values(src: &mut Vec<Value>, from: usize, dst: &mut Vec<Value>) {
    let len = src.len();
    let from = from.min(len);
    let n = len - from;
    dst.reserve(n + 8);
    // SAFETY: the `n` values from `from` up are moved bitwise into spare capacity of `dst`
    // (reserved above), and `src` is shortened to `from` so it no longer owns them: each
    // value has exactly one owner throughout.
    unsafe {
        std::ptr::copy_nonoverlapping(src.as_ptr().add(from), dst.as_mut_ptr().add(dst.len()), n);
        src.set_len(from);
        dst.set_len(dst.len() + n);
    }
}
