//! dvc-server: what a provincial portal adds to its axum server to serve dvc-ui pages.
//!
//! Owns the server half of the kit, on axum 0.8 and tower-http:
//! - [`forms`]: posted forms, urlencoded or `multipart/form-data`, decoded within limits and
//!   checked with the same [`FieldSpec`](dvc_rules::form::FieldSpec)s the browser runs,
//!   files included (type by name and by first bytes, size, count);
//! - [`security`]: the strict Content-Security-Policy (one definition) and the other
//!   security headers on every response, request limits and timeouts;
//! - [`cookies`]: every cookie written one hardened way (`__Host-`, `Secure` over HTTPS);
//! - [`assets`]: static files with content-hashed names, `Cache-Control: immutable`, and
//!   brotli / gzip negotiated from precompressed files;
//! - [`client`]: the client's address (behind trusted proxies) and the public origin;
//! - [`rate`]: per-client rate limits (`tower_governor`), 429 with a page that says when;
//! - [`log`]: the access log and security events (`tracing`), nothing personal;
//! - [`page`]: a page Leptos rendered made valid HTML and fit for the CSP;
//! - [`redirect`]: whether a return address a request names is a path of this site;
//! - [`serve`]: binding, graceful shutdown;
//! - [`vnpay`]: the VNPAY payment gateway's contract (payment URL, IPN checked and settled once);
//! - [`database`]: the one database a portal's processes share (SQLite embedded, PostgreSQL
//!   for many processes), its versioned schema;
//! - [`records`]: a portal's small records kept for a time (a confirmation), in the database;
//! - [`dossiers`]: dossier codes in the national format and the drafts store;
//! - [`procedures`]: the procedure engine's server half for every procedure file (load and
//!   check the files, a post of a question page applied to the draft, check answers, submit);
//! - [`casework`]: a submitted dossier's life (its case at the one-stop desk, its events,
//!   append-only), the officer's queue and the citizen's list;
//! - [`identity`]: sign-in with the national identity provider (OpenID Connect relying
//!   party, tokens on the server) and the signed-in sessions.
//!
//! It must not render components (that is `dvc-ui`, through `leptos_axum`) nor hold rules
//! (that is `dvc-rules`).
//!
//! ```no_run
//! use axum::{routing::get, Router};
//! # async fn run() -> std::io::Result<()> {
//! let app = Router::new().route("/", get(|| async { "Xin chào" }));
//! let app = dvc_server::security::harden(app);
//! dvc_server::serve::run(app, "127.0.0.1:8080".parse().unwrap()).await
//! # }
//! ```

pub mod assets;
pub mod casework;
pub mod client;
pub mod cookies;
pub mod database;
pub mod dossiers;
pub mod forms;
pub mod identity;
pub mod log;
pub mod page;
pub mod procedures;
pub mod rate;
pub mod records;
pub mod redirect;
pub mod security;
pub mod serve;
pub mod vnpay;

/// The attribute a portal puts on its `impl` of the kit's async traits (`Portal`,
/// `DossierStore`), so it need not depend on `async-trait` itself.
pub use async_trait::async_trait;
