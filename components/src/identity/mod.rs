//! Identity: how a citizen signs in (`SignInChooser`: the national electronic identity
//! first, then the portal's own account, and what a procedure's level needs) and who is
//! signed in (`SignedIn`: the name and a sign-out button, in the header of every page).
//! Markup and words only: the OpenID Connect exchange, the session and its cookie are
//! `dvc_server::identity`'s, on the server.

pub(crate) mod sign_in_chooser;
pub(crate) mod signed_in;

pub use sign_in_chooser::SignInChooser;
pub use signed_in::SignedIn;
