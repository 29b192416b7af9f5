//! Identity sign-in on the server (backend-for-frontend): the portal is an OpenID Connect
//! relying party of the national identity provider (VNeID-style: authorization code with
//! PKCE, `acr_values` naming the level the procedure needs). Tokens stay on the server; the
//! browser holds one `HttpOnly` session cookie.
//!
//! - [`provider`]: the provider as configured (discovery and its keys, cached), the
//!   address a sign-in starts at, and the checks when the citizen comes back
//!   (`state`, the code exchanged with the PKCE verifier, the ID token's issuer, audience,
//!   expiry, nonce, signature and `acr`, then userinfo for the same subject), each failure
//!   named by [`Failure`]; the provider's end-session address;
//! - [`sessions`]: sign-ins under way (one use, 10 minutes) and signed-in sessions (a new
//!   random id at each sign-in, ended by sign-out or after a quiet time), in the portal's
//!   database (any process serves any request), and their cookies.
//!
//! The OpenID Connect protocol itself is the `openidconnect` crate's (no hand-written JWT
//! checks). What a page shows is the portal's: see the demo's `/dang-nhap` pages.
//!
//! ```no_run
//! use dvc_server::database::Database;
//! use dvc_server::identity::{Level, Provider, ProviderConfig, Sessions};
//! # async fn run() {
//! let db = Database::connect("postgres://dvc@db.internal/dvc").await.expect("the database");
//! let sessions = Sessions::new(db, std::time::Duration::from_secs(15 * 60), true);
//! let provider = Provider::new(ProviderConfig::from_env().expect("DVC_OIDC_ISSUER and the client"))
//!     .expect("an https:// issuer");
//! let (go_to, pending) = provider.begin(Level::Two, "https://dichvucong.example.vn/dang-nhap/vneid/ket-qua", "/").await.expect("reachable");
//! // Keep `pending` server-side under a cookie (Sessions::keep_pending), redirect to `go_to`;
//! // on the way back: provider.finish(pending, &query_pairs).await → Citizen or Failure.
//! # let _ = (go_to, pending, sessions);
//! # }
//! ```

pub mod provider;
pub mod sessions;

pub use provider::{Pending, Provider, ProviderConfig};
pub use sessions::Sessions;

/// The level of a citizen's electronic identity account (Decree 69/2024/NĐ-CP): level 1
/// has the identity data and some features; level 2 was registered in person and may do
/// every procedure. Ordered: `One < Two`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Level {
    One,
    Two,
}

impl Level {
    /// The number said to the citizen ("mức 2").
    pub fn number(self) -> u8 {
        match self {
            Level::One => 1,
            Level::Two => 2,
        }
    }
}

/// Who signed in, from the provider's checked ID token and userinfo.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Citizen {
    /// The provider's stable identifier for this citizen (`sub`).
    pub subject: String,
    /// Full name, as the identity record has it (NFC).
    pub name: String,
    /// The 12-digit personal identification number, when the provider gives it.
    pub id_number: Option<String>,
    /// Date of birth as `YYYY-MM-DD`, when given.
    pub birth_date: Option<String>,
    /// The level the provider vouched for (`acr`).
    pub level: Level,
}

/// Why a sign-in did not finish. Each has its own page in the portal with a way back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// The citizen cancelled at the provider (`access_denied`).
    Cancelled,
    /// The sign-in this browser started is unknown, used or expired, or `state` differs.
    StateMismatch,
    /// The provider refused the code: expired or already used.
    CodeRejected,
    /// The provider could not be reached (discovery, keys, token or userinfo).
    Unreachable,
    /// The provider vouched for a lower level than the procedure needs.
    LevelTooLow,
    /// The provider's answer did not pass the checks (ID token, issuer, subject) or was an
    /// error of its own.
    Refused,
}

impl Failure {
    pub const ALL: [Failure; 6] = [
        Failure::Cancelled,
        Failure::StateMismatch,
        Failure::CodeRejected,
        Failure::Unreachable,
        Failure::LevelTooLow,
        Failure::Refused,
    ];

    /// The last part of the failure page's address (`/dang-nhap/<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Failure::Cancelled => "da-huy",
            Failure::StateMismatch => "het-phien",
            Failure::CodeRejected => "ma-het-han",
            Failure::Unreachable => "khong-ket-noi",
            Failure::LevelTooLow => "muc-chua-du",
            Failure::Refused => "khong-xac-minh",
        }
    }
}

/// A random, URL-safe 128-bit identifier (session ids, sign-in ids).
pub(crate) fn random_id() -> String {
    openidconnect::CsrfToken::new_random_len(16)
        .secret()
        .clone()
}
