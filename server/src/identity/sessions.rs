//! Who is signed in, kept on the server: the sign-ins under way (each used once, for 10
//! minutes) and the signed-in sessions (a new random id at each sign-in; ended by
//! sign-out, or after a quiet time, 15 minutes by default, that each request renews), and
//! the cookies that name them. The browser never holds a token: its cookies carry random
//! ids only, `HttpOnly`, `SameSite=Lax` (the provider's redirect back is a top-level GET
//! from another site, which `Strict` would strip), `Secure` with the `__Host-` prefix when
//! the portal is served over HTTPS.
//!
//! In memory: one server process. A portal with several processes keeps the same records
//! in its shared store.

use super::{random_id, Citizen, Pending};
use crate::cookies::Cookies;
use axum::http::HeaderMap;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long a sign-in may take at the provider before its return is refused.
pub const PENDING_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// A session ends after this long without a request, unless configured otherwise.
pub const DEFAULT_IDLE: Duration = Duration::from_secs(15 * 60);
/// Most sign-ins under way at once (the oldest go first): a flood cannot fill memory.
const MAX_PENDING: usize = 10_000;

/// The cookie naming a sign-in under way (`__Host-` before it over HTTPS).
pub const PENDING_COOKIE: &str = "dvc_signin";
/// The cookie naming a session (`__Host-` before it over HTTPS).
pub const SESSION_COOKIE: &str = "dvc_session";

/// A signed-in citizen's session.
#[derive(Clone, Debug)]
pub struct Session {
    pub citizen: Citizen,
    /// The raw ID token, for the provider's end-session request only.
    id_token: String,
    last_seen: Instant,
}

/// Every sign-in under way and every session of this server.
#[derive(Clone)]
pub struct Sessions {
    pending: Arc<Mutex<HashMap<String, (Instant, Pending)>>>,
    signed_in: Arc<Mutex<HashMap<String, Session>>>,
    idle: Duration,
    cookies: Cookies,
}

impl Default for Sessions {
    fn default() -> Self {
        Sessions::new(DEFAULT_IDLE, false)
    }
}

impl Sessions {
    /// Sessions that end after `idle` without a request; `secure`: the portal is served
    /// over HTTPS (cookies get `Secure` and the session cookie the `__Host-` prefix).
    pub fn new(idle: Duration, secure: bool) -> Sessions {
        Sessions {
            pending: Arc::default(),
            signed_in: Arc::default(),
            idle,
            cookies: Cookies { https: secure },
        }
    }

    /// How long a quiet session lasts.
    pub fn idle(&self) -> Duration {
        self.idle
    }

    /// The session cookie's name: `__Host-dvc_session` over HTTPS, `dvc_session` otherwise.
    pub fn cookie_name(&self) -> String {
        self.cookies.name(SESSION_COOKIE)
    }

    /// How this server writes its cookies.
    pub fn cookies(&self) -> Cookies {
        self.cookies
    }

    /// Keeps a sign-in under way; returns the cookie that names it.
    pub fn keep_pending(&self, pending: Pending) -> String {
        let id = random_id();
        if let Ok(mut all) = self.pending.lock() {
            all.retain(|_, (at, _)| at.elapsed() < PENDING_LIFETIME);
            if all.len() >= MAX_PENDING {
                if let Some(oldest) = all
                    .iter()
                    .min_by_key(|(_, (at, _))| *at)
                    .map(|(k, _)| k.clone())
                {
                    all.remove(&oldest);
                }
            }
            all.insert(id.clone(), (Instant::now(), pending));
        }
        self.cookies
            .set(PENDING_COOKIE, &id, Some(PENDING_LIFETIME))
    }

    /// Takes (once) the sign-in this browser started, if still within its time, and the
    /// cookie that forgets it.
    pub fn take_pending(&self, headers: &HeaderMap) -> (Option<Pending>, String) {
        let forget = self.cookies.clear(PENDING_COOKIE);
        let Some(id) = self.cookies.get(headers, PENDING_COOKIE) else {
            return (None, forget);
        };
        let taken = self.pending.lock().ok().and_then(|mut all| all.remove(&id));
        (
            taken
                .filter(|(at, _)| at.elapsed() < PENDING_LIFETIME)
                .map(|(_, p)| p),
            forget,
        )
    }

    /// Starts a session for `citizen` under a new random id (any session this browser
    /// had ends: no session fixation); returns the cookie.
    pub fn start(&self, headers: &HeaderMap, citizen: Citizen, id_token: String) -> String {
        let id = random_id();
        if let Ok(mut all) = self.signed_in.lock() {
            if let Some(old) = self.cookies.get(headers, SESSION_COOKIE) {
                all.remove(&old);
            }
            let idle = self.idle;
            all.retain(|_, s| s.last_seen.elapsed() < idle);
            all.insert(
                id.clone(),
                Session {
                    citizen,
                    id_token,
                    last_seen: Instant::now(),
                },
            );
        }
        self.cookies.set(SESSION_COOKIE, &id, None)
    }

    /// The signed-in citizen of this request, if any: renews the session's quiet time.
    pub fn citizen(&self, headers: &HeaderMap) -> Option<Citizen> {
        self.touch(headers).map(|(c, _)| c)
    }

    /// The citizen and the time left before the session ends, renewing it (a request is
    /// activity; the keep-alive is such a request).
    pub fn touch(&self, headers: &HeaderMap) -> Option<(Citizen, Duration)> {
        let id = self.cookies.get(headers, SESSION_COOKIE)?;
        let mut all = self.signed_in.lock().ok()?;
        let session = all.get_mut(&id)?;
        if session.last_seen.elapsed() >= self.idle {
            all.remove(&id);
            return None;
        }
        session.last_seen = Instant::now();
        Some((session.citizen.clone(), self.idle))
    }

    /// Ends this browser's session: the ID token (for the provider's end-session request)
    /// if there was one, and the cookie that clears it.
    pub fn end(&self, headers: &HeaderMap) -> (Option<String>, String) {
        let clear = self.cookies.clear(SESSION_COOKIE);
        let Some(id) = self.cookies.get(headers, SESSION_COOKIE) else {
            return (None, clear);
        };
        let ended = self
            .signed_in
            .lock()
            .ok()
            .and_then(|mut all| all.remove(&id));
        (ended.map(|s| s.id_token), clear)
    }
}

/// The value of the cookie `name` (its full name) in the request's `Cookie` headers.
pub use crate::cookies::cookie;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::{Level, Pending as P};
    use axum::http::header;

    fn citizen() -> Citizen {
        Citizen {
            subject: "an".into(),
            name: "Nguyễn Văn An".into(),
            id_number: Some("001090012345".into()),
            birth_date: None,
            level: Level::Two,
        }
    }

    fn with_cookie(set_cookie: &str) -> HeaderMap {
        let pair = set_cookie.split(';').next().unwrap();
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, pair.parse().unwrap());
        h
    }

    #[test]
    fn cookies_are_http_only_lax_and_secure_with_the_host_prefix_over_https() {
        let s = Sessions::new(DEFAULT_IDLE, true);
        let c = s.start(&HeaderMap::new(), citizen(), "t".into());
        assert!(c.starts_with("__Host-dvc_session="), "{c}");
        for part in ["Path=/", "HttpOnly", "SameSite=Lax", "Secure"] {
            assert!(c.contains(part), "{c} lacks {part}");
        }
        assert!(!c.contains("Domain"), "__Host- cookies have no Domain: {c}");
        let plain =
            Sessions::new(DEFAULT_IDLE, false).start(&HeaderMap::new(), citizen(), "t".into());
        assert!(
            plain.starts_with("dvc_session=")
                && plain.contains("HttpOnly")
                && !plain.contains("Secure"),
            "{plain}"
        );
        // 128 random bits, URL-safe: 22 characters, and never the same twice.
        let id = |c: &str| {
            c.split(';')
                .next()
                .unwrap()
                .split_once('=')
                .unwrap()
                .1
                .to_string()
        };
        assert_eq!(id(&plain).len(), 22);
        assert_ne!(
            id(&plain),
            id(&Sessions::default().start(&HeaderMap::new(), citizen(), "t".into()))
        );
    }

    #[test]
    fn a_sign_in_gets_a_new_session_id_and_the_old_one_ends() {
        let s = Sessions::default();
        let first = s.start(&HeaderMap::new(), citizen(), "t1".into());
        let second = s.start(&with_cookie(&first), citizen(), "t2".into());
        assert_ne!(first.split(';').next(), second.split(';').next());
        assert_eq!(
            s.citizen(&with_cookie(&first)),
            None,
            "the old id no longer signs anyone in"
        );
        assert_eq!(
            s.citizen(&with_cookie(&second)).map(|c| c.name),
            Some("Nguyễn Văn An".into())
        );
    }

    #[test]
    fn sign_out_ends_the_session_and_gives_its_token_once() {
        let s = Sessions::default();
        let c = s.start(&HeaderMap::new(), citizen(), "the-id-token".into());
        let (token, clear) = s.end(&with_cookie(&c));
        assert_eq!(token.as_deref(), Some("the-id-token"));
        assert!(clear.contains("Max-Age=0"));
        assert_eq!(s.citizen(&with_cookie(&c)), None);
        assert_eq!(s.end(&with_cookie(&c)).0, None);
    }

    #[test]
    fn a_quiet_session_ends() {
        let s = Sessions::new(Duration::from_millis(30), false);
        let c = s.start(&HeaderMap::new(), citizen(), "t".into());
        assert!(s.citizen(&with_cookie(&c)).is_some());
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(s.citizen(&with_cookie(&c)), None);
    }

    #[test]
    fn a_pending_sign_in_is_taken_once() {
        let s = Sessions::default();
        let pending = P::for_tests(Level::Two, "/ve");
        let c = s.keep_pending(pending);
        assert!(c.contains("HttpOnly") && c.contains("Max-Age=600"), "{c}");
        let (taken, forget) = s.take_pending(&with_cookie(&c));
        assert_eq!(taken.map(|p| p.return_to), Some("/ve".into()));
        assert!(forget.contains("Max-Age=0"));
        assert!(
            s.take_pending(&with_cookie(&c)).0.is_none(),
            "a replayed return finds nothing"
        );
        assert!(s.take_pending(&HeaderMap::new()).0.is_none());
    }
}
