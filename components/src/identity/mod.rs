//! Identity: how a citizen signs in (`SignInChooser`: the national electronic identity
//! first, then the portal's own account, and what a procedure's level needs), the
//! portal's own account (`AccountSignIn`), who is
//! signed in (`SignedIn`: the name and a sign-out button, in the header of every page),
//! the one-time code sent by text message (`OtpInput`), and the warning before a quiet
//! session ends (`SessionTimeout`).
//! Markup and words only: the OpenID Connect exchange, the session and its cookie are
//! `dvc_server::identity`'s, on the server.

pub(crate) mod account_sign_in;
pub(crate) mod otp_input;
pub(crate) mod session_timeout;
pub(crate) mod sign_in_chooser;
pub(crate) mod signed_in;

pub use account_sign_in::AccountSignIn;
pub use otp_input::{OtpInput, RESEND};
pub use session_timeout::{renewed, SessionTimeout, RENEWED};
pub use sign_in_chooser::SignInChooser;
pub use signed_in::SignedIn;
