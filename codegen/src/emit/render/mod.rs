//! From items to text: which item goes in which module, the writing in pieces on every
//! core, and the two renderings (a directory of files, or one file).

pub mod files;
pub mod layout;
pub mod modules;
pub mod parallel;
