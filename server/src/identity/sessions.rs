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
/// A session ends this long after the sign-in, however busy (OWASP ASVS 3.3.2), unless
/// configured otherwise.
pub const DEFAULT_ABSOLUTE: Duration = Duration::from_secs(12 * 3600);
/// Most sign-ins under way at once: past it a new one is refused (never another
/// citizen's evicted), so a flood cannot fill memory nor push out citizens at VNeID.
pub const MAX_PENDING: usize = 100_000;

/// How long the server remembers whose an ended session was (by its id only), so that
/// what a citizen typed after it ended can be kept for them alone.
pub const ENDED_MEMORY: Duration = Duration::from_secs(60 * 60);
/// Most ended sessions remembered at once (past it, a newly ended one is not: what is
/// typed after it ends is then not kept, never given to someone else).
const MAX_ENDED: usize = 100_000;

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
    started: Instant,
}

impl Session {
    /// The time left: to the end of the quiet time, or of the whole session if sooner.
    fn left(&self, idle: Duration, absolute: Duration) -> Duration {
        let quiet = idle.saturating_sub(self.last_seen.elapsed());
        quiet.min(absolute.saturating_sub(self.started.elapsed()))
    }
}

/// Every sign-in under way and every session of this server.
#[derive(Clone)]
pub struct Sessions {
    pending: Arc<Mutex<HashMap<String, (Instant, Pending)>>>,
    signed_in: Arc<Mutex<HashMap<String, Session>>>,
    /// Sessions that ended (timed out or signed out): id → (subject, when).
    ended: Arc<Mutex<HashMap<String, (String, Instant)>>>,
    idle: Duration,
    absolute: Duration,
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
            ended: Arc::default(),
            idle,
            absolute: DEFAULT_ABSOLUTE,
            cookies: Cookies { https: secure },
        }
    }

    /// The same sessions, each ending `absolute` after its sign-in at the latest.
    pub fn with_absolute(mut self, absolute: Duration) -> Sessions {
        self.absolute = absolute;
        self
    }

    /// How long a session lasts at most, however busy.
    pub fn absolute(&self) -> Duration {
        self.absolute
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

    /// Keeps a sign-in under way, in place of the one this browser had started (one per
    /// browser); returns the cookie that names it. None when [`MAX_PENDING`] sign-ins are
    /// under way: nobody else's is evicted (say "try again in a few minutes").
    pub fn keep_pending(&self, headers: &HeaderMap, pending: Pending) -> Option<String> {
        let id = random_id();
        let mut all = self.pending.lock().ok()?;
        if let Some(old) = self.cookies.get(headers, PENDING_COOKIE) {
            all.remove(&old);
        }
        if all.len() >= MAX_PENDING {
            // Only when full: forget the expired (one pass), then refuse if still full.
            all.retain(|_, (at, _)| at.elapsed() < PENDING_LIFETIME);
            if all.len() >= MAX_PENDING {
                return None;
            }
        }
        all.insert(id.clone(), (Instant::now(), pending));
        Some(
            self.cookies
                .set(PENDING_COOKIE, &id, Some(PENDING_LIFETIME)),
        )
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
            let (idle, absolute) = (self.idle, self.absolute);
            let gone: Vec<(String, String)> = all
                .iter()
                .filter(|(_, s)| s.left(idle, absolute).is_zero())
                .map(|(id, s)| (id.clone(), s.citizen.subject.clone()))
                .collect();
            for (id, subject) in gone {
                all.remove(&id);
                self.remember_ended(id, subject);
            }
            all.insert(
                id.clone(),
                Session {
                    citizen,
                    id_token,
                    last_seen: Instant::now(),
                    started: Instant::now(),
                },
            );
        }
        self.cookies.set(SESSION_COOKIE, &id, None)
    }

    /// The signed-in citizen of this request, if any: renews the session's quiet time.
    pub fn citizen(&self, headers: &HeaderMap) -> Option<Citizen> {
        self.touch(headers).map(|(c, _)| c)
    }

    /// The citizen and the time left before the session ends, renewing its quiet time (a
    /// request is activity; the keep-alive is such a request): the whole quiet time, or
    /// less as the session's absolute end nears.
    pub fn touch(&self, headers: &HeaderMap) -> Option<(Citizen, Duration)> {
        let id = self.cookies.get(headers, SESSION_COOKIE)?;
        let mut all = self.signed_in.lock().ok()?;
        let session = all.get_mut(&id)?;
        if session.left(self.idle, self.absolute).is_zero() {
            if let Some(gone) = all.remove(&id) {
                self.remember_ended(id, gone.citizen.subject);
            }
            return None;
        }
        session.last_seen = Instant::now();
        Some((
            session.citizen.clone(),
            session.left(self.idle, self.absolute),
        ))
    }

    /// Ends this browser's session only if it has run out or has less than `grace` left
    /// (the page's clock said it ended: the two clocks differ by a request's time), with
    /// the cookie that clears it; None while it has longer to run. A link from another
    /// site to the "session ended" page cannot sign a citizen out.
    pub fn end_if_ended(&self, headers: &HeaderMap, grace: Duration) -> Option<String> {
        let clear = self.cookies.clear(SESSION_COOKIE);
        let Some(id) = self.cookies.get(headers, SESSION_COOKIE) else {
            return Some(clear);
        };
        let mut all = self.signed_in.lock().ok()?;
        let running = all
            .get(&id)
            .is_some_and(|s| s.left(self.idle, self.absolute) > grace);
        if running {
            return None;
        }
        if let Some(gone) = all.remove(&id) {
            self.remember_ended(id, gone.citizen.subject);
        }
        Some(clear)
    }

    /// Whose session this browser's cookie named, if it ended (timed out or signed out)
    /// within [`ENDED_MEMORY`]: what was posted with it belongs to that citizen alone.
    pub fn ended_subject(&self, headers: &HeaderMap) -> Option<String> {
        let id = self.cookies.get(headers, SESSION_COOKIE)?;
        let ended = self.ended.lock().ok()?;
        ended
            .get(&id)
            .filter(|(_, at)| at.elapsed() < ENDED_MEMORY)
            .map(|(subject, _)| subject.clone())
    }

    fn remember_ended(&self, id: String, subject: String) {
        if let Ok(mut ended) = self.ended.lock() {
            if ended.len() >= MAX_ENDED {
                ended.retain(|_, (_, at)| at.elapsed() < ENDED_MEMORY);
            }
            if ended.len() < MAX_ENDED {
                ended.insert(id, (subject, Instant::now()));
            }
        }
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
        if let Some(s) = &ended {
            self.remember_ended(id, s.citizen.subject.clone());
        }
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
        let c = s.keep_pending(&HeaderMap::new(), pending).unwrap();
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

    #[test]
    fn the_ended_page_ends_only_a_session_that_has_run_out() {
        let s = Sessions::new(Duration::from_millis(400), false);
        let c = s.start(&HeaderMap::new(), citizen(), "t".into());
        // Followed from a link at once: still running, not ended.
        assert_eq!(
            s.end_if_ended(&with_cookie(&c), Duration::from_millis(50)),
            None
        );
        assert!(s.citizen(&with_cookie(&c)).is_some());
        // The page's clock ran out (within the grace of the server's).
        let clear = s
            .end_if_ended(&with_cookie(&c), Duration::from_secs(1))
            .unwrap();
        assert!(clear.contains("Max-Age=0"));
        assert_eq!(s.citizen(&with_cookie(&c)), None);
        assert!(s.end_if_ended(&HeaderMap::new(), Duration::ZERO).is_some());
    }

    #[test]
    fn a_busy_session_still_ends_at_its_absolute_limit_and_says_so_before() {
        let s =
            Sessions::new(Duration::from_secs(60), false).with_absolute(Duration::from_millis(300));
        let c = s.start(&HeaderMap::new(), citizen(), "t".into());
        let (_, left) = s.touch(&with_cookie(&c)).unwrap();
        assert!(
            left <= Duration::from_millis(300),
            "the time left says the end nears: {left:?}"
        );
        std::thread::sleep(Duration::from_millis(150));
        assert!(
            s.touch(&with_cookie(&c)).is_some(),
            "renewed by activity meanwhile"
        );
        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(
            s.citizen(&with_cookie(&c)),
            None,
            "ended at 300 ms however busy"
        );
        assert_eq!(Sessions::default().absolute(), DEFAULT_ABSOLUTE);
    }

    #[test]
    fn one_sign_in_under_way_per_browser_and_a_full_table_evicts_nobody() {
        let s = Sessions::default();
        let first = s
            .keep_pending(&HeaderMap::new(), P::for_tests(Level::Two, "/a"))
            .unwrap();
        // The same browser starting again replaces its own.
        let second = s
            .keep_pending(&with_cookie(&first), P::for_tests(Level::Two, "/b"))
            .unwrap();
        assert!(s.take_pending(&with_cookie(&first)).0.is_none());
        assert_eq!(s.pending.lock().unwrap().len(), 1);
        // A flood fills the table: new starts are refused, the citizen's stays.
        {
            let mut all = s.pending.lock().unwrap();
            for i in 0..MAX_PENDING {
                all.insert(
                    format!("flood{i}"),
                    (Instant::now(), P::for_tests(Level::One, "/")),
                );
            }
        }
        assert_eq!(
            s.keep_pending(&HeaderMap::new(), P::for_tests(Level::Two, "/c")),
            None
        );
        assert_eq!(
            s.take_pending(&with_cookie(&second)).0.map(|p| p.return_to),
            Some("/b".into()),
            "a citizen at VNeID during the flood still comes back"
        );
    }

    #[test]
    fn whose_ended_session_a_cookie_named_is_remembered_for_an_hour() {
        let s = Sessions::new(Duration::from_millis(30), false);
        let c = s.start(&HeaderMap::new(), citizen(), "t".into());
        assert_eq!(s.ended_subject(&with_cookie(&c)), None, "still running");
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(s.citizen(&with_cookie(&c)), None);
        assert_eq!(s.ended_subject(&with_cookie(&c)).as_deref(), Some("an"));
        let signed_out = Sessions::default();
        let c = signed_out.start(&HeaderMap::new(), citizen(), "t".into());
        signed_out.end(&with_cookie(&c));
        assert_eq!(
            signed_out.ended_subject(&with_cookie(&c)).as_deref(),
            Some("an")
        );
        assert_eq!(signed_out.ended_subject(&HeaderMap::new()), None);
    }
}
