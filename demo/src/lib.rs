//! The dvc-ui demo site: the gallery of every component in every state, and the procedures
//! of `demo/procedures/` run by the kit's engine. Rendered on the server (feature `ssr`, binary `dvc-demo`, see
//! [`server`]); in the browser the kit's behaviour module (`dvc-enhance`) enhances what was
//! sent, and every page works before and without it. Built and served by `cargo xtask demo`.

// The demo's pages are deep view types.
#![recursion_limit = "256"]

pub mod app;
#[cfg(feature = "ssr")]
pub mod desk;
mod example;
#[cfg(feature = "ssr")]
pub mod identity;
pub mod language;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod payments;
#[cfg(feature = "ssr")]
pub mod procedures;
#[cfg(feature = "ssr")]
pub mod server;
#[cfg(feature = "ssr")]
pub mod shell;
#[cfg(feature = "ssr")]
pub mod themes;

/// How the demo writes and reads every cookie it sets (`DVC_SECURE_COOKIES=1`: over
/// HTTPS, `Secure` and `__Host-`), read once.
#[cfg(feature = "ssr")]
pub fn cookies() -> dvc_server::cookies::Cookies {
    static COOKIES: std::sync::OnceLock<dvc_server::cookies::Cookies> = std::sync::OnceLock::new();
    *COOKIES.get_or_init(dvc_server::cookies::Cookies::from_env)
}
