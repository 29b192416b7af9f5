//! The server's log, with `tracing`: one access line per request (time, a request id,
//! method, route as the router matched it, status, duration, client address) and the
//! security events (`dvc::security`: sign-in succeeded or failed, sign-out, a submission,
//! a refused IPN, a refused cross-site post or oversized body, a rate-limited client),
//! each inside its request's span. Never a name, identification number, token, cookie,
//! draft id, query string or answer: routes are the router's templates
//! (`/thanh-toan/{reference}/trang-thai`), not the addresses asked for.

use crate::client::ClientAddr;
use axum::extract::MatchedPath;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;
use tracing::Instrument;

/// Writes the log to standard error, one JSON object a line, from the level `DVC_LOG`
/// names (`info`, the default: access lines and audit events; `warn`: the security events
/// and failures only; `error`; `off`). Set once; a second call changes nothing.
pub fn init() {
    let level = match std::env::var("DVC_LOG").ok().as_deref().map(str::trim) {
        Some("off") => return,
        Some("error") => tracing::Level::ERROR,
        Some("warn") => tracing::Level::WARN,
        Some("debug") => tracing::Level::DEBUG,
        _ => tracing::Level::INFO,
    };
    let _ = tracing_subscriber::fmt()
        .json()
        .with_max_level(level)
        .with_current_span(true)
        .with_span_list(false)
        .with_writer(std::io::stderr)
        .try_init();
}

/// A security event (`event`: a dotted name such as `sign_in.failed`; `detail`: what an
/// operator needs, never anything personal).
pub fn security(event: &str, detail: &str) {
    tracing::warn!(target: "dvc::security", event, detail);
}

/// Something that failed on the server (a store that could not be written, say), for an
/// operator; never anything personal in `detail`.
pub fn failure(event: &str, detail: &str) {
    tracing::error!(target: "dvc::server", event, detail);
}

/// Something that went as it should and an auditor wants to see (a sign-in, a dossier
/// submitted): at `info`, with the security events.
pub fn audit(event: &str, detail: &str) {
    tracing::info!(target: "dvc::security", event, detail);
}

static NEXT: AtomicU64 = AtomicU64::new(1);

/// A request id: this process's start time and a counter ("m3k2-17").
fn request_id() -> String {
    static PROCESS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    let process = *PROCESS.get_or_init(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as u64 % 1_000_000)
            .unwrap_or(0)
    });
    format!("{process:x}-{:x}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// The access log: a span per request (its id, method, route, client) around the
/// handler, and a line when it is answered.
pub async fn access(
    req: http::Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "-".into());
    let client = req
        .extensions()
        .get::<ClientAddr>()
        .map(|c| c.0.to_string())
        .unwrap_or_default();
    let span = tracing::info_span!(
        "request",
        id = %request_id(),
        method = %req.method(),
        route = %route,
        client = %client,
    );
    let started = Instant::now();
    let res = next.run(req).instrument(span.clone()).await;
    span.in_scope(|| {
        tracing::info!(
            target: "dvc::access",
            status = res.status().as_u16(),
            ms = started.elapsed().as_millis() as u64,
        )
    });
    res
}
