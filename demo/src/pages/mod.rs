//! One module per demo page; each shows a component in every state.

pub mod button;
pub mod home;
pub mod layout;
pub mod not_found;
pub mod text_input;
