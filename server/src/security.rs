//! Security headers, request limits and response compression for every response of a
//! dvc-ui portal. The
//! Content-Security-Policy is defined here once: no inline script or style, no other origin,
//! WebAssembly allowed to compile, no framing, forms posting only to the portal itself.

use axum::extract::DefaultBodyLimit;
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

/// The kit's Content-Security-Policy. `'wasm-unsafe-eval'` lets the page compile its own
/// WebAssembly; nothing else is relaxed.
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
/// ("https://sandbox.vnpayment.vn"); anything else leaves the policy as it is.
pub fn allow_forms_to(response: &mut axum::response::Response, origin: &str) {
    let Some(policy) = csp_with_form_action(origin) else {
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
    let rest = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))?;
    let bare = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c));
    bare.then(|| {
        CSP.replace(
            "form-action 'self'",
            &format!("form-action 'self' {origin}"),
        )
    })
}

/// Every header [`harden`] sets, with its value (for tests and documentation).
pub const HEADERS: &[(&str, &str)] = &[
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("referrer-policy", "no-referrer"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(), geolocation=(), payment=()",
    ),
];

/// The largest request body a portal accepts by default: 25 MB (a few scanned documents).
pub const MAX_BODY_BYTES: usize = 25 * 1000 * 1000;

/// How long one request may take before the server answers 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// Adds the security headers (unless a handler set its own), a body limit of
/// [`MAX_BODY_BYTES`], a [`REQUEST_TIMEOUT`], and brotli or gzip for what the browser accepts
/// (rendered pages: a form with the 3,321-commune list is 248 KB of HTML, 34 KB gzipped;
/// files already precompressed are sent as they are) to every route of `router`.
pub fn harden<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    let mut router = router
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
    // Pages hold answers: never stored by a shared cache.
    router.layer(SetResponseHeaderLayer::if_not_present(
        header::CACHE_CONTROL,
        HeaderValue::from_static("no-store"),
    ))
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
