//! Security headers, request limits and response compression for every response of a
//! dvc-ui portal. The
//! Content-Security-Policy is defined here once: no inline script or style, no other origin,
//! WebAssembly allowed to compile, no framing, forms posting only to the portal itself.

use crate::client::{client_addr, ClientAddr, Proxies};
use crate::rate::{self, Rate};
use axum::extract::DefaultBodyLimit;
use axum::response::IntoResponse;
use axum::Router;
use http::header::{self, HeaderName, HeaderValue};
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// Every directive of the policy but `frame-ancestors` (one definition for [`CSP`] and
/// [`CSP_FRAMED_BY_SELF`]).
macro_rules! csp_without_framing {
    () => {
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; "
    };
}

/// The kit's Content-Security-Policy. `'wasm-unsafe-eval'` lets a portal's own Leptos app
/// compile its WebAssembly (the kit's behaviour module is plain JavaScript and needs
/// none); nothing else is relaxed.
pub const CSP: &str = concat!(csp_without_framing!(), "frame-ancestors 'none'");

/// The same policy for a page that the portal's own pages may show in a frame (e.g. a
/// design preview at phone and desktop widths); other sites still cannot frame it.
pub const CSP_FRAMED_BY_SELF: &str = concat!(csp_without_framing!(), "frame-ancestors 'self'");

/// Lets pages of the same origin (only) show `response` in a frame: sets
/// [`CSP_FRAMED_BY_SELF`] and `X-Frame-Options: SAMEORIGIN`, which [`harden`] then keeps.
pub fn framed_by_self(response: &mut axum::response::Response) {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP_FRAMED_BY_SELF),
    );
    headers.insert(
        header::X_FRAME_OPTIONS,
        HeaderValue::from_static("SAMEORIGIN"),
    );
}

/// Lets the forms of one page post to (or be redirected to) `origin` as well as this site,
/// e.g. the fee page whose choice redirects to the payment gateway: browsers check a form
/// post's redirects against `form-action` too. `origin` must be a bare origin
/// (`https://sandbox.vnpayment.vn`); anything else leaves the policy as it is.
/// Called again for another origin (the sign-out's identity provider and the fee page's
/// gateway on one page), each is added: the page's forms may go to all of them.
pub fn allow_forms_to(response: &mut axum::response::Response, origin: &str) {
    let current = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or(CSP)
        .to_string();
    let Some(policy) = policy_with_form_action(&current, origin) else {
        return;
    };
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
}

/// [`CSP`] with `origin` added to `form-action`; None when `origin` is not a bare
/// http(s) origin.
pub fn csp_with_form_action(origin: &str) -> Option<String> {
    policy_with_form_action(CSP, origin)
}

/// `policy` with `origin` added to its `form-action` (once); None when `origin` is not a
/// bare http(s) origin.
fn policy_with_form_action(policy: &str, origin: &str) -> Option<String> {
    if !crate::client::is_bare_origin(origin) {
        return None;
    }
    let directives: Vec<String> = policy
        .split("; ")
        .map(|d| match d.strip_prefix("form-action ") {
            Some(sources) if !sources.split(' ').any(|s| s == origin) => {
                format!("form-action {sources} {origin}")
            }
            _ => d.to_string(),
        })
        .collect();
    Some(directives.join("; "))
}

/// Every header [`harden`] sets, with its value (for tests and documentation).
pub const HEADERS: &[(&str, &str)] = &[
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
];

/// The largest request body a portal accepts by default: 25 MB (a few scanned documents).
pub const MAX_BODY_BYTES: usize = 25 * 1000 * 1000;

/// How long one request may take before the server answers 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// How the portal is reached, for what [`harden_with`] adds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The portal is served over HTTPS (behind its TLS proxy): responses carry
    /// `Strict-Transport-Security` ([`HSTS`]) and the policy `upgrade-insecure-requests`.
    pub https: bool,
    /// The portal's own reverse proxies, whose `X-Forwarded-For` names the client.
    pub proxies: Proxies,
    /// The limit on state-changing requests per client ([`rate::POSTS`] by default);
    /// None: no limit.
    pub posts: Option<Rate>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            https: false,
            proxies: Proxies::default(),
            posts: Some(rate::POSTS),
        }
    }
}

impl Settings {
    /// From the environment: `DVC_SECURE_COOKIES=1` (the portal is served over HTTPS),
    /// `DVC_TRUSTED_PROXIES` (its proxies' addresses), `DVC_RATE_POSTS` (posts a minute per
    /// client; `off` for none), and `DVC_PUBLIC_ORIGIN` checked. An error names the setting
    /// that does not read.
    pub fn from_env() -> Result<Settings, String> {
        if let Ok(origin) = std::env::var("DVC_PUBLIC_ORIGIN") {
            if !crate::client::is_bare_origin(origin.trim().trim_end_matches('/')) {
                return Err(format!(
                    "DVC_PUBLIC_ORIGIN: {origin:?} is not an origin (write it as https://dichvucong.tinh.gov.vn)"
                ));
            }
        }
        Ok(Settings {
            https: std::env::var("DVC_SECURE_COOKIES").is_ok_and(|v| v == "1"),
            proxies: Proxies::from_env()?,
            posts: Rate::from_env("DVC_RATE_POSTS", rate::POSTS)?,
        })
    }
}

/// `Strict-Transport-Security` over HTTPS: two years, subdomains included (a province's
/// portal and its sibling hosts are all HTTPS).
pub const HSTS: &str = "max-age=63072000; includeSubDomains";

/// [`harden_with`] for a portal served over plain HTTP (tests, the local demo).
pub fn harden<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    harden_with(router, Settings::default())
}

/// Adds to every route of `router`: the security headers (unless a handler set its own;
/// over HTTPS also [`HSTS`] and `upgrade-insecure-requests`), the refusal of a
/// state-changing request another site sent ([`is_cross_site`], answered 403 with
/// [`CROSS_SITE_PAGE`]), a body limit of [`MAX_BODY_BYTES`], a [`REQUEST_TIMEOUT`], and
/// brotli or gzip for what the browser accepts (files already precompressed are sent as
/// they are).
pub fn harden_with<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    settings: Settings,
) -> Router<S> {
    let mut router = match settings.posts {
        Some(posts) => rate::limit(router, posts, &rate::STATE_CHANGING),
        None => router,
    };
    router = router
        .layer(axum::middleware::from_fn(refuse_cross_site))
        .layer(CompressionLayer::new().br(true).gzip(true))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(
            http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    for (name, value) in HEADERS {
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        ));
    }
    if settings.https {
        router = router
            .layer(SetResponseHeaderLayer::overriding(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static(HSTS),
            ))
            .layer(axum::middleware::map_response(upgrade_insecure_requests));
    }
    // Pages hold answers: never stored by a shared cache.
    router
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(axum::middleware::from_fn(crate::log::access))
        .layer(axum::middleware::from_fn_with_state(
            settings.proxies,
            with_client,
        ))
}

/// Puts the client's address ([`ClientAddr`]) on the request, for the limits and the log.
async fn with_client(
    axum::extract::State(proxies): axum::extract::State<Proxies>,
    mut req: http::Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let ip = client_addr(&req, &proxies).unwrap_or(crate::client::UNKNOWN);
    req.extensions_mut().insert(ClientAddr(ip));
    next.run(req).await
}

/// Adds `upgrade-insecure-requests` to whatever policy the response carries.
async fn upgrade_insecure_requests(mut res: axum::response::Response) -> axum::response::Response {
    let policy = res
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .unwrap_or(CSP)
        .to_string();
    if !policy.contains("upgrade-insecure-requests") {
        if let Ok(v) = HeaderValue::from_str(&format!("{policy}; upgrade-insecure-requests")) {
            res.headers_mut().insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    res
}

/// Whether `req` changes state (any method but GET, HEAD, OPTIONS, TRACE) and the browser
/// says another site sent it: `Sec-Fetch-Site` is `cross-site` or `same-site` (a sibling
/// host such as `dangky.tinh.gov.vn` is another site for a portal's answers); or, from a
/// browser that sends no `Sec-Fetch-Site`, its `Origin` is `null` or names a host other
/// than the request's `Host`. A request with neither header (not from a browser's page:
/// a gateway's server, a test client) is not refused here.
pub fn is_cross_site(req: &http::Request<axum::body::Body>) -> bool {
    use http::Method;
    if matches!(
        *req.method(),
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    ) {
        return false;
    }
    let headers = req.headers();
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.as_bytes(), b"same-origin" | b"none");
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    match (origin_host, text("host")) {
        (Some(o), Some(host)) => !o.eq_ignore_ascii_case(host),
        _ => true,
    }
}

/// The page answering a refused cross-site request (403), in Vietnamese and English.
pub const CROSS_SITE_PAGE: &str = concat!(
    "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    "<title>Không gửi được từ trang khác – Cổng dịch vụ công</title></head><body><main>",
    "<h1>Không gửi được từ trang khác</h1>",
    "<p>Biểu mẫu này chỉ nhận dữ liệu gửi từ chính trang của cổng dịch vụ công. ",
    "Dữ liệu vừa gửi đến từ một trang khác nên đã không được lưu.</p>",
    "<p>Hãy mở lại trang của cổng dịch vụ công, rồi nhập và gửi lại. ",
    "Nếu bạn không định gửi gì, bạn không cần làm gì thêm.</p>",
    "<p><a href=\"/\">Về trang chủ</a></p>",
    "<div lang=\"en\"><h2>Not sent from this site</h2>",
    "<p>This form only accepts what is sent from the public-service portal's own pages. ",
    "What was just sent came from another site, so it was not saved.</p>",
    "<p>Open the portal's page again, then fill it in and send it again. ",
    "If you did not mean to send anything, you need not do anything.</p>",
    "<p><a href=\"/\">Go to the home page</a></p></div>",
    "</main></body></html>\n"
);

async fn refuse_cross_site(
    req: http::Request<axum::body::Body>,
    next: axum::middleware::Next,
) -> axum::response::Response {
    if is_cross_site(&req) {
        crate::log::security("csrf.refused", "a state-changing request another site sent");
        return (
            http::StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            CROSS_SITE_PAGE,
        )
            .into_response();
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use axum::routing::get;
    use tower::ServiceExt;

    #[tokio::test]
    async fn every_response_carries_the_headers() {
        let app = harden(Router::new().route("/", get(|| async { "ok" })));
        for path in ["/", "/khong-co"] {
            let res = app
                .clone()
                .oneshot(http::Request::get(path).body(Body::empty()).unwrap())
                .await
                .unwrap();
            for (name, value) in HEADERS {
                assert_eq!(
                    res.headers().get(*name).and_then(|v| v.to_str().ok()),
                    Some(*value),
                    "{name} on {path}"
                );
            }
        }
    }

    #[tokio::test]
    async fn a_page_framed_by_its_own_site_differs_from_the_policy_only_there() {
        async fn framed() -> axum::response::Response {
            let mut res = axum::response::IntoResponse::into_response("ok");
            framed_by_self(&mut res);
            res
        }
        let app = harden(Router::new().route("/", get(framed)));
        let res = app
            .oneshot(http::Request::get("/").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.headers()["content-security-policy"], CSP_FRAMED_BY_SELF);
        assert_eq!(res.headers()["x-frame-options"], "SAMEORIGIN");
        assert_eq!(
            CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
            CSP_FRAMED_BY_SELF
        );
    }

    #[test]
    fn a_page_may_post_to_the_provider_and_the_gateway_both() {
        let mut res = axum::response::IntoResponse::into_response("ok");
        allow_forms_to(&mut res, "http://127.0.0.1:3990");
        allow_forms_to(&mut res, "https://sandbox.vnpayment.vn");
        allow_forms_to(&mut res, "https://sandbox.vnpayment.vn");
        assert_eq!(
            res.headers()["content-security-policy"],
            CSP.replace(
                "form-action 'self';",
                "form-action 'self' http://127.0.0.1:3990 https://sandbox.vnpayment.vn;"
            )
            .as_str()
        );
    }

    #[test]
    fn a_page_may_post_to_one_more_origin_and_nothing_else_changes() {
        let policy = csp_with_form_action("https://sandbox.vnpayment.vn").unwrap();
        assert_eq!(
            policy,
            CSP.replace(
                "form-action 'self';",
                "form-action 'self' https://sandbox.vnpayment.vn;"
            )
        );
        for bad in [
            "sandbox.vnpayment.vn",
            "https://",
            "https://a.vn; script-src *",
            "https://a.vn/path",
            "javascript:alert(1)",
            "https://a.vn\r\nx: y",
        ] {
            assert_eq!(csp_with_form_action(bad), None, "{bad:?}");
        }
    }

    #[tokio::test]
    async fn pages_are_compressed_for_browsers_that_accept_it() {
        let page = "<p>Xin chào</p>".repeat(200);
        let app = harden(Router::new().route(
            "/",
            get(move || async move { axum::response::Html(page.clone()) }),
        ));
        let req = |enc: &str| {
            http::Request::get("/")
                .header(http::header::ACCEPT_ENCODING, enc)
                .body(Body::empty())
                .unwrap()
        };
        let br = app.clone().oneshot(req("gzip, deflate, br")).await.unwrap();
        assert_eq!(br.headers()[http::header::CONTENT_ENCODING], "br");
        let plain = app.oneshot(req("identity")).await.unwrap();
        assert!(plain
            .headers()
            .get(http::header::CONTENT_ENCODING)
            .is_none());
    }

    async fn status_of(app: &Router, req: http::request::Builder) -> http::StatusCode {
        app.clone()
            .oneshot(req.body(Body::empty()).unwrap())
            .await
            .unwrap()
            .status()
    }

    #[tokio::test]
    async fn a_post_another_site_sent_is_refused_and_said_so() {
        let app =
            harden(Router::new().route("/", get(|| async { "ok" }).post(|| async { "saved" })));
        let post = || http::Request::post("/").header("host", "dvc.tinh.gov.vn");
        for (name, value) in [
            ("sec-fetch-site", "cross-site"),
            ("sec-fetch-site", "same-site"),
            ("origin", "https://evil.example"),
            ("origin", "null"),
            ("origin", "https://dvc.tinh.gov.vn.evil.example"),
        ] {
            let status = status_of(&app, post().header(name, value)).await;
            assert_eq!(status, http::StatusCode::FORBIDDEN, "{name}: {value}");
        }
        // Sec-Fetch-Site wins over an Origin that looks right.
        let both = post()
            .header("sec-fetch-site", "cross-site")
            .header("origin", "https://dvc.tinh.gov.vn");
        assert_eq!(status_of(&app, both).await, http::StatusCode::FORBIDDEN);
        let res = app
            .clone()
            .oneshot(
                post()
                    .header("sec-fetch-site", "cross-site")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        let page = http_body_util::BodyExt::collect(res.into_body())
            .await
            .unwrap()
            .to_bytes();
        let page = String::from_utf8(page.to_vec()).unwrap();
        assert!(
            page.contains("Không gửi được từ trang khác")
                && page.contains("Not sent from this site")
        );
        for ok in [
            post().header("sec-fetch-site", "same-origin"),
            post().header("sec-fetch-site", "none"),
            post().header("origin", "https://dvc.tinh.gov.vn"),
            post().header("origin", "http://DVC.tinh.gov.vn"),
            post(),
            http::Request::get("/").header("sec-fetch-site", "cross-site"),
        ] {
            assert_eq!(status_of(&app, ok).await, http::StatusCode::OK);
        }
    }

    #[tokio::test]
    async fn over_https_browsers_are_told_to_stay_on_https() {
        let app = |https| {
            harden_with(
                Router::new().route("/", get(|| async { "ok" })),
                Settings {
                    https,
                    ..Settings::default()
                },
            )
        };
        let res = app(true)
            .oneshot(http::Request::get("/").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.headers()["strict-transport-security"], HSTS);
        let csp = res.headers()["content-security-policy"].to_str().unwrap();
        assert_eq!(csp, format!("{CSP}; upgrade-insecure-requests"));
        let res = app(false)
            .oneshot(http::Request::get("/").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert!(res.headers().get("strict-transport-security").is_none());
        assert_eq!(res.headers()["content-security-policy"], CSP);
        assert_eq!(res.headers()["cross-origin-resource-policy"], "same-origin");
    }

    #[test]
    fn the_policy_allows_no_inline_code_and_no_other_origin() {
        for directive in [
            "script-src 'self' 'wasm-unsafe-eval'",
            "style-src 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
            "object-src 'none'",
        ] {
            assert!(CSP.split("; ").any(|d| d == directive), "{directive}");
        }
        assert!(!CSP.contains("unsafe-inline") && !CSP.contains("http") && !CSP.contains('*'));
    }
}
