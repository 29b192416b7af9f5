//! M3 of the security review: posts are limited per client (behind the portal's proxy
//! too, each citizen their own bucket), with a 429 page that says when to try again.

mod common;
use axum::body::Body;
use axum::routing::get;
use axum::Router;
use common::from;
use dvc_server::client::Proxies;
use dvc_server::rate::Rate;
use dvc_server::security::{harden_with, Settings};
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
