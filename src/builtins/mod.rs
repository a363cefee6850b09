//! Builtin functions, the constructors of built-in types, and their methods.

pub mod args;
pub mod core;
pub mod dict_methods;
pub mod dunders;
pub mod list_methods;
pub mod methods;
pub mod misc_methods;
pub mod set_methods;
pub mod sort;
pub mod str_methods;
pub mod types;
