//! Per-client rate limits (`tower_governor`, a token bucket per client address): a client
//! may make `burst` requests at once, then one every `60 / per_minute` seconds. Past it the
//! answer is 429 with `Retry-After` and a page that says, in Vietnamese and English, when
//! to try again; the event is logged (`rate.limited`). Keyed by
//! [`crate::client::ClientAddr`], so behind the portal's proxy each citizen has their own
//! bucket ([`crate::client::Proxies`]).

use crate::client::{ClientAddr, UNKNOWN};
use axum::body::Body;
use axum::Router;
use http::{Method, Request, Response, StatusCode};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;
use tower_governor::governor::GovernorConfigBuilder;
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, GovernorLayer};

/// How many requests a client may make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    /// Requests a minute, on average (at least 1).
    pub per_minute: u32,
    /// Requests at once before the average applies (at least 1).
    pub burst: u32,
}

impl Rate {
    /// `per_minute` a minute, up to half as many at once.
    pub const fn per_minute(per_minute: u32) -> Rate {
        Rate {
            per_minute,
            burst: if per_minute / 2 > 0 {
                per_minute / 2
            } else {
                1
            },
        }
    }

    /// The rate in the setting `name` (requests a minute), else `default`; `0` or `off`
    /// turns the limit off (None). A value that is not a whole number is an error naming
    /// the setting.
    pub fn from_env(name: &str, default: Rate) -> Result<Option<Rate>, String> {
        match std::env::var(name).ok().as_deref().map(str::trim) {
            None | Some("") => Ok(Some(default)),
            Some("off") | Some("0") => Ok(None),
            Some(n) => n.parse().map(|n| Some(Rate::per_minute(n))).map_err(|_| {
                format!("{name}: {n:?} is not a number of requests a minute (or off)")
            }),
        }
    }
}

/// Posts (every state-changing method): 600 a minute per client, 300 at once. One
/// "client" may be a whole service centre behind one address (its kiosks and desks), each
/// citizen's typing saved every few seconds: the limit stops a flood, not a busy office.
pub const POSTS: Rate = Rate::per_minute(600);
/// Sign-in starts: 60 a minute per client, 30 at once (a service centre's citizens
/// signing in one after another stay well under it).
pub const SIGN_IN: Rate = Rate::per_minute(60);

#[derive(Clone)]
struct ClientKey;

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        let ip = req
            .extensions()
            .get::<ClientAddr>()
            .map(|c| c.0)
            .unwrap_or(UNKNOWN);
        Ok(bucket(ip))
    }
}

/// The bucket an address counts in: itself for IPv4; its /64 network for IPv6 (one
/// subscriber's line has a whole /64, so each of its addresses is not a new client).
pub fn bucket(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
        v4 => v4,
    }
}

/// The page answering a request past its limit (429).
pub const TOO_MANY_PAGE: &str = concat!(
    "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    "<title>Quá nhiều yêu cầu – Cổng dịch vụ công</title></head><body><main>",
    "<h1>Bạn đã gửi quá nhiều yêu cầu</h1>",
    "<p>Để bảo vệ cổng dịch vụ công, mỗi máy chỉ được gửi một số yêu cầu trong một phút. ",
    "Hãy đợi một phút rồi thử lại. Những gì bạn đã nhập trên trang trước vẫn còn khi bạn quay lại trang đó.</p>",
    "<div lang=\"en\"><h2>Too many requests</h2>",
    "<p>To protect the portal, each device may send only so many requests a minute. ",
    "Wait a minute, then try again. What you typed on the previous page is still there when you go back to it.</p></div>",
    "</main></body></html>\n"
);

/// `router` with every request (of `methods`, or all when empty) limited to `rate` per
/// client. A background task forgets idle clients every minute (bounded memory).
pub fn limit<S: Clone + Send + Sync + 'static>(
    router: Router<S>,
    rate: Rate,
    methods: &[Method],
) -> Router<S> {
    let mut builder = GovernorConfigBuilder::default().key_extractor(ClientKey);
    builder
        .per_nanosecond((60_000_000_000 / u64::from(rate.per_minute.max(1))).max(1))
        .burst_size(rate.burst.max(1));
    if !methods.is_empty() {
        builder.methods(methods.to_vec());
    }
    let Some(config) = builder.finish() else {
        return router;
    };
    let config = Arc::new(config);
    if let Ok(runtime) = tokio::runtime::Handle::try_current() {
        let limiter = config.limiter().clone();
        runtime.spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_secs(60));
            loop {
                tick.tick().await;
                limiter.retain_recent();
                limiter.shrink_to_fit();
            }
        });
    }
    router.layer(GovernorLayer::new(config).error_handler(too_many))
}

fn too_many(error: GovernorError) -> Response<Body> {
    let wait = match &error {
        GovernorError::TooManyRequests { wait_time, .. } => *wait_time,
        _ => 60,
    };
    crate::log::security("rate.limited", &format!("retry after {wait} s"));
    Response::builder()
        .status(StatusCode::TOO_MANY_REQUESTS)
        .header(http::header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(http::header::RETRY_AFTER, wait.max(1).to_string())
        .body(Body::from(TOO_MANY_PAGE))
        .unwrap_or_default()
}

/// The state-changing methods (what [`crate::security::harden_with`] limits as posts).
pub const STATE_CHANGING: [Method; 4] = [Method::POST, Method::PUT, Method::PATCH, Method::DELETE];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ipv6_line_is_one_client_and_ipv4_addresses_are_each_one() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let other: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(bucket(a), bucket(b));
        assert_ne!(bucket(a), bucket(other));
        let v4: IpAddr = "203.0.113.9".parse().unwrap();
        assert_eq!(bucket(v4), v4);
    }

    #[test]
    fn rates_as_settings_say_them() {
        assert_eq!(
            Rate::from_env("DVC_TEST_RATE_NEVER_SET", POSTS),
            Ok(Some(POSTS))
        );
        assert_eq!(Rate::per_minute(1).burst, 1);
        assert_eq!(Rate::per_minute(100_000).burst, 50_000);
    }
}
