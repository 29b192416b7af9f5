//! M3 and M13 of the security review: posts are limited per client (behind the portal's
//! proxy too, each citizen their own bucket), with a 429 page that says when to try again;
//! every request leaves one access line and the security events a line each, with the
//! route's template, a request id and the client, and nothing personal.

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::routing::get;
use axum::Router;
use dvc_server::client::Proxies;
use dvc_server::rate::Rate;
use dvc_server::security::{harden_with, Settings};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

fn app(settings: Settings) -> Router {
    harden_with(
        Router::new()
            .route("/", get(|| async { "ok" }).post(|| async { "saved" }))
            .route(
                "/thanh-toan/{reference}/trang-thai",
                get(|| async { "paid" }),
            ),
        settings,
    )
}

fn from(peer: &str, req: http::request::Builder) -> http::Request<Body> {
    let mut req = req.body(Body::empty()).unwrap();
    req.extensions_mut().insert(ConnectInfo(
        format!("{peer}:40000").parse::<SocketAddr>().unwrap(),
    ));
    req
}

async fn status(app: &Router, req: http::Request<Body>) -> (u16, http::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let (parts, body) = res.into_parts();
    let body = http_body_util::BodyExt::collect(body)
        .await
        .unwrap()
        .to_bytes();
    (
        parts.status.as_u16(),
        parts.headers,
        String::from_utf8_lossy(&body).into_owned(),
    )
}

#[tokio::test]
async fn posts_past_the_limit_are_refused_per_client_and_say_when_to_try_again() {
    let app = app(Settings {
        posts: Some(Rate {
            per_minute: 6,
            burst: 3,
        }),
        proxies: Proxies::new(vec!["10.0.0.5".parse().unwrap()]),
        ..Settings::default()
    });
    for _ in 0..3 {
        assert_eq!(
            status(&app, from("203.0.113.9", http::Request::post("/")))
                .await
                .0,
            200
        );
    }
    let (code, headers, page) = status(&app, from("203.0.113.9", http::Request::post("/"))).await;
    assert_eq!(code, 429);
    assert!(
        headers["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= 1
    );
    assert!(page.contains("Bạn đã gửi quá nhiều yêu cầu") && page.contains("Too many requests"));
    // Reading is not limited; another client has its own bucket.
    assert_eq!(
        status(&app, from("203.0.113.9", http::Request::get("/")))
            .await
            .0,
        200
    );
    assert_eq!(
        status(&app, from("198.51.100.7", http::Request::post("/")))
            .await
            .0,
        200
    );
    // Behind the portal's proxy, each citizen is the address it forwarded…
    let via = |client: &str| {
        from(
            "10.0.0.5",
            http::Request::post("/").header("x-forwarded-for", client),
        )
    };
    for _ in 0..3 {
        assert_eq!(status(&app, via("192.0.2.1")).await.0, 200);
    }
    assert_eq!(status(&app, via("192.0.2.1")).await.0, 429);
    assert_eq!(status(&app, via("192.0.2.2")).await.0, 200);
    // …but a client cannot pick its bucket by writing the header itself.
    let forged = from(
        "203.0.113.9",
        http::Request::post("/").header("x-forwarded-for", "192.0.2.3"),
    );
    assert_eq!(status(&app, forged).await.0, 429);
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
    let mut post = from(
        "203.0.113.9",
        http::Request::post("/")
            .header("sec-fetch-site", "cross-site")
            .header("cookie", secret)
            .header("content-type", "application/x-www-form-urlencoded"),
    );
    *post.body_mut() =
        Body::from("full_name=Nguy%E1%BB%85n+Th%E1%BB%8B+Hoa&id_number=001090012345");
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
    assert_eq!(access.len(), 2, "{log}");
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
        refused["span"]["id"], access[1]["span"]["id"],
        "inside its request"
    );
    for personal in [
        "SESSIONSECRET123",
        "DRAFTSECRET456",
        "OIDCCODE789",
        "0001-1-Ab3",
        "Nguy",
        "001090012345",
    ] {
        assert!(!log.contains(personal), "{personal} in the log:\n{log}");
    }
}
