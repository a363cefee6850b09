//! The object model: one file per kind of heap object.

pub mod class;
pub mod dict;
pub mod func;
pub mod iter;
pub mod list;
pub mod module;
pub mod other;
pub mod range;
pub mod set;
pub mod str;
pub mod sync;
