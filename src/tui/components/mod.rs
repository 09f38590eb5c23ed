//! Parts that screens and popups share, each with its own tests.

pub mod person_picker;
pub mod select_list;
pub mod text_area;
