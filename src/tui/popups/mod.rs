//! Popups: they stack over the screens and take keys first; Esc closes the top
//! one. One file each: the yes/no question that carries its command
//! (`confirm`), the help (`help`), the Ctrl+F lookup (`lookup`), a note read in
//! full (`note`) and the people behind a report's figure (`people`).

pub mod confirm;
pub mod help;
pub mod lookup;
pub mod note;
pub mod people;
