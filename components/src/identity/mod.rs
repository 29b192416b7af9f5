//! Identity: how a citizen signs in (`SignInChooser`: the national electronic identity
//! first, then the portal's own account, and what a procedure's level needs), the
//! portal's own account (`AccountSignIn`), who is
//! signed in (`SignedIn`: the name and a sign-out button, in the header of every page),
//! the one-time code sent by text message (`OtpInput`), and the warning before a quiet
//! session ends (`SessionTimeout`).
//! Markup and words only: the OpenID Connect exchange, the session and its cookie are
//! `dvc_server::identity`'s, on the server.

#[cfg(feature = "markup")]
pub(crate) mod account_sign_in;
#[cfg(feature = "markup")]
pub(crate) mod otp_input;
pub(crate) mod session_timeout;
#[cfg(feature = "markup")]
pub(crate) mod sign_in_chooser;
#[cfg(feature = "markup")]
pub(crate) mod signed_in;

pub use self::session_timeout::{renewed, RENEWED};
#[cfg(feature = "markup")]
pub use self::{
    account_sign_in::AccountSignIn,
    otp_input::{OtpInput, RESEND},
    session_timeout::SessionTimeout,
    sign_in_chooser::SignInChooser,
    signed_in::SignedIn,
};
