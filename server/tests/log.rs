//! M13 of the security review: every request leaves one access line and the security
//! events a line each, with the route's template, a request id and the client, and
//! nothing personal: no cookie, query, payment reference or answer. One test in this file:
//! the log subscriber is this thread's, and tracing caches which events are wanted.

mod common;
use axum::body::Body;
use axum::routing::{get, post};
use axum::Router;
use common::from;
use dvc_server::forms::Posted;
use dvc_server::security::{harden_with, Settings};
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

fn app(settings: Settings) -> Router {
    harden_with(
        Router::new()
            .route(
                "/",
                get(|| async { "ok" }).post(|_: Posted| async { "saved" }),
            )
            .route("/dang-ky", post(|_: Posted| async { "saved" }))
            .route(
                "/thanh-toan/{reference}/trang-thai",
                get(|| async { "paid" }),
            ),
        settings,
    )
}

async fn status(app: &Router, req: http::Request<Body>) -> u16 {
    app.clone().oneshot(req).await.unwrap().status().as_u16()
}

/// What the log subscriber writes, kept for the test.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn every_request_is_logged_with_its_route_id_and_client_and_nothing_personal() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .with_current_span(true)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let app = app(Settings::default());
    let secret = "dvc_session=SESSIONSECRET123; dvc_draft=DRAFTSECRET456";
    status(
        &app,
        from(
            "203.0.113.9",
            http::Request::get(
                "/thanh-toan/000.00.12.H62-261204-0001-1-Ab3/trang-thai?code=OIDCCODE789",
            )
            .header("cookie", secret),
        ),
    )
    .await;
    // An accepted post with answers, from the site's own page.
    let answers = "full_name=Nguy%E1%BB%85n+Th%E1%BB%8B+Hoa&id_number=001090012345";
    let mut accepted = from(
        "203.0.113.9",
        http::Request::post("/dang-ky?tiep=%2Fbi-mat")
            .header("sec-fetch-site", "same-origin")
            .header("cookie", secret)
            .header("content-type", "application/x-www-form-urlencoded"),
    );
    *accepted.body_mut() = Body::from(answers);
    assert_eq!(app.clone().oneshot(accepted).await.unwrap().status(), 200);
    let mut post = from(
        "203.0.113.9",
        http::Request::post("/")
            .header("sec-fetch-site", "cross-site")
            .header("cookie", secret)
            .header("content-type", "application/x-www-form-urlencoded"),
    );
    *post.body_mut() = Body::from(answers);
    assert_eq!(app.clone().oneshot(post).await.unwrap().status(), 403);
    let log = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let access: Vec<&serde_json::Value> = lines
        .iter()
        .filter(|l| l["target"] == "dvc::access")
        .collect();
    assert_eq!(access.len(), 3, "{log}");
    assert_eq!(
        access[0]["span"]["route"],
        "/thanh-toan/{reference}/trang-thai"
    );
    assert_eq!(access[0]["span"]["client"], "203.0.113.9");
    assert_eq!(access[0]["fields"]["status"], 200);
    assert_ne!(
        access[0]["span"]["id"], access[1]["span"]["id"],
        "a request id each"
    );
    let refused = lines
        .iter()
        .find(|l| l["fields"]["event"] == "csrf.refused")
        .expect("the refused post is a security event");
    assert_eq!(
        refused["span"]["id"], access[2]["span"]["id"],
        "inside its request"
    );
    assert_eq!(access[1]["span"]["route"], "/dang-ky");
    for personal in [
        "SESSIONSECRET123",
        "DRAFTSECRET456",
        "OIDCCODE789",
        "bi-mat",
        "Hoa",
        "0001-1-Ab3",
        "Nguy",
        "001090012345",
    ] {
        assert!(!log.contains(personal), "{personal} in the log:\n{log}");
    }
}
