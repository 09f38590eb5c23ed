//! Writers for people and other programs: printable documents (text and HTML).

pub mod documents;
