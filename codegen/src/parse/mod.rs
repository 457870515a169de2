//! Syntax: `.tl` text to [`ast::File`].

pub mod ast;
