//! From items to text: the module tree, the rendering in pieces on every core, and the
//! formatting.

pub mod format;
pub mod layout;
pub mod modules;
pub mod parallel;
pub mod wrappers;
