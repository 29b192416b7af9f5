//! The dvc-ui demo site: the gallery of every component in every state, and a complete
//! example service. Rendered on the server (feature `ssr`, binary `dvc-demo`, see
//! [`server`]) and hydrated in the browser (feature `hydrate`, [`hydrate`]); every page
//! works before and without its WebAssembly. Built and served by `cargo xtask demo`.

// The demo's pages are deep view types.
#![recursion_limit = "256"]

pub mod app;
#[cfg(feature = "ssr")]
pub mod drafts;
mod example;
#[cfg(feature = "ssr")]
pub mod identity;
pub mod language;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod payments;
#[cfg(feature = "ssr")]
pub mod server;
pub mod service;
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

/// The browser's entry point, called by `boot.js` once the page has loaded: hydrates the
/// server-rendered navigation and main content (`#app`); the chrome around it is static.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    use wasm_bindgen::JsCast;
    let Some(root) = leptos::prelude::document().get_element_by_id("app") else {
        return;
    };
    // A bundle hydrates its own pages; on any other (a page of text and links, signed in)
    // it only starts the chrome's clock.
    let (_, path) = language::split(&app::current_path());
    if app::Bundle::hydrates() && app::page(&path).is_some() {
        leptos::mount::hydrate_from(root.unchecked_into(), app::App).forget();
    }
    // The chrome is static: its skip link and its session-timeout warning (signed-in pages)
    // are started here.
    dvc_ui::layout::enhance_skip_links();
    dvc_ui::identity::enhance_session_timeout();
}
