//! The demo's own pages: the home page, the generic component page (from each component's
//! named examples), the example service, its confirmation and its payment step, sign-in, "not found", and the bench's
//! page.

pub mod bench;
pub mod component;
pub mod home;
pub mod not_found;
pub mod payment;
pub mod register;
pub mod sign_in;
