//! The demo's pages, grouped by kind of component (several pages per module); each page
//! shows a component in every state.

pub mod bench;
pub mod button;
pub mod choices;
pub mod home;
pub mod layout;
pub mod more;
pub mod not_found;
pub mod register;
pub mod text_input;
pub mod text_more;
pub mod vn;
