//! gilsim: a bytecode interpreter for a Python subset, built to show and measure what a
//! global interpreter lock does to threads. See ARCHITECTURE.md for the data flow:
//! source -> lexer -> parser -> AST -> compiler -> bytecode -> VM (+ runtime, builtins).

// Argument binders index parallel slices by position, and a few internal signatures are
// wide on purpose (the compiler's function builder, the generator's boxed frame).
#![allow(
    clippy::needless_range_loop,
    clippy::too_many_arguments,
    clippy::type_complexity,
    clippy::boxed_local,
    clippy::collapsible_if
)]

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compiler;
pub mod dis;
pub mod format;
pub mod lexer;
pub mod measure;
pub mod modules;
pub mod object;
pub mod parser;
pub mod run;
pub mod runtime;
pub mod scale;
pub mod syntax_error;
pub mod timeline;
pub mod value;
pub mod vm;
