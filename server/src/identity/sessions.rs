//! Who is signed in, kept in the portal's database (so any process serves any request and
//! a restart signs nobody out): the sign-ins under way (each used once, for 10 minutes) and
//! the signed-in sessions (a new random id at each sign-in; ended by sign-out, after a quiet
//! time, 15 minutes by default, that each request renews, or 12 hours after the sign-in),
//! and the cookies that name them. The browser never holds a token: its cookies carry
//! random ids only, `HttpOnly`, `SameSite=Lax` (the provider's redirect back is a top-level
//! GET from another site, which `Strict` would strip), `Secure` with the `__Host-` prefix
//! when the portal is served over HTTPS. The database holds each id's SHA-256 only: its
//! rows sign nobody in.
//!
//! An ended session's row stays [`ENDED_MEMORY`] with its personal columns emptied (whose
//! it was, by subject only), so what a citizen typed after it ended can be kept for them
//! alone; [`Sessions::purge`] then deletes it, and expired sign-ins.
//!
//! Times are the server's clock in milliseconds, compared in the queries with values the
//! server passes (never the database's clock), so several processes agree to the clock's
//! precision.

use super::{random_id, Citizen, Pending};
use crate::cookies::Cookies;
use crate::database::{get, now_ms, Database, StoreError};
use axum::http::HeaderMap;
use sha2::{Digest, Sha256};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How long a sign-in may take at the provider before its return is refused.
pub const PENDING_LIFETIME: Duration = Duration::from_secs(10 * 60);
/// A session ends after this long without a request, unless configured otherwise.
pub const DEFAULT_IDLE: Duration = Duration::from_secs(15 * 60);
/// A session ends this long after the sign-in, however busy (OWASP ASVS 3.3.2), unless
/// configured otherwise.
pub const DEFAULT_ABSOLUTE: Duration = Duration::from_secs(12 * 3600);
/// Most sign-ins under way at once, unless configured otherwise: past it a new one is
/// refused (never another citizen's evicted), so a flood cannot fill the database nor push
/// out citizens at VNeID.
pub const MAX_PENDING: usize = 100_000;

/// How long the server remembers whose an ended session was (by its id only), so that
/// what a citizen typed after it ended can be kept for them alone.
pub const ENDED_MEMORY: Duration = Duration::from_secs(60 * 60);

/// The cookie naming a sign-in under way (`__Host-` before it over HTTPS).
pub const PENDING_COOKIE: &str = "dvc_signin";
/// The cookie naming a session (`__Host-` before it over HTTPS).
pub const SESSION_COOKIE: &str = "dvc_session";

/// Every sign-in under way and every session of the portal, in its database.
#[derive(Clone)]
pub struct Sessions {
    db: Database,
    idle: Duration,
    absolute: Duration,
    max_pending: usize,
    cookies: Cookies,
    /// Added to the clock (tests move time on instead of sleeping).
    skew: Arc<AtomicI64>,
}

fn ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX / 4)
}

/// What the database keeps for a random id: its SHA-256, in hex.
fn key(id: &str) -> String {
    Sha256::digest(id.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A store failure: logged; the request goes on as if nobody were signed in.
fn logged<T>(r: Result<T, StoreError>) -> Option<T> {
    r.map_err(|e| crate::log::failure("store.failed", &e.to_string()))
        .ok()
}

impl Sessions {
    /// Sessions in `db` that end after `idle` without a request; `secure`: the portal is
    /// served over HTTPS (cookies get `Secure` and the session cookie the `__Host-` prefix).
    pub fn new(db: Database, idle: Duration, secure: bool) -> Sessions {
        Sessions {
            db,
            idle,
            absolute: DEFAULT_ABSOLUTE,
            max_pending: MAX_PENDING,
            cookies: Cookies { https: secure },
            skew: Arc::default(),
        }
    }

    /// The same sessions, each ending `absolute` after its sign-in at the latest.
    pub fn with_absolute(mut self, absolute: Duration) -> Sessions {
        self.absolute = absolute;
        self
    }

    /// The same sessions, with at most `most` sign-ins under way at once.
    pub fn with_max_pending(mut self, most: usize) -> Sessions {
        self.max_pending = most;
        self
    }

    /// Moves this server's clock on by `by` (tests of expiry, without sleeping).
    #[doc(hidden)]
    pub fn advance_clock(&self, by: Duration) {
        self.skew.fetch_add(ms(by), Ordering::Relaxed);
    }

    fn now(&self) -> i64 {
        now_ms() + self.skew.load(Ordering::Relaxed)
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
    /// browser); returns the cookie that names it. None when the most sign-ins are under
    /// way (nobody else's is evicted: say "try again in a few minutes"), or the database
    /// failed.
    pub async fn keep_pending(&self, headers: &HeaderMap, pending: Pending) -> Option<String> {
        let now = self.now();
        let pool = self.db.pool();
        if let Some(old) = self.cookies.get(headers, PENDING_COOKIE) {
            logged(
                sqlx::query("DELETE FROM signins WHERE id = $1")
                    .bind(key(&old))
                    .execute(pool)
                    .await
                    .map_err(StoreError::from),
            )?;
        }
        let count = |now: i64| async move {
            let row = sqlx::query("SELECT COUNT(*) FROM signins WHERE expires_at > $1")
                .bind(now)
                .fetch_one(pool)
                .await?;
            get::<i64>(&row, 0)
        };
        let most = i64::try_from(self.max_pending).unwrap_or(i64::MAX);
        if logged(count(now).await)? >= most {
            return None;
        }
        let id = random_id();
        let json = logged(serde_json::to_string(&pending).map_err(|e| StoreError(e.to_string())))?;
        logged(
            sqlx::query("INSERT INTO signins (id, pending, expires_at) VALUES ($1, $2, $3)")
                .bind(key(&id))
                .bind(json)
                .bind(now + ms(PENDING_LIFETIME))
                .execute(pool)
                .await
                .map_err(StoreError::from),
        )?;
        Some(
            self.cookies
                .set(PENDING_COOKIE, &id, Some(PENDING_LIFETIME)),
        )
    }

    /// Takes (once, whichever process the browser comes back to) the sign-in this browser
    /// started, if still within its time, and the cookie that forgets it.
    pub async fn take_pending(&self, headers: &HeaderMap) -> (Option<Pending>, String) {
        let forget = self.cookies.clear(PENDING_COOKIE);
        let Some(id) = self.cookies.get(headers, PENDING_COOKIE) else {
            return (None, forget);
        };
        let taken = sqlx::query("DELETE FROM signins WHERE id = $1 RETURNING pending, expires_at")
            .bind(key(&id))
            .fetch_optional(self.db.pool())
            .await
            .map_err(StoreError::from);
        let pending = logged(taken).flatten().and_then(|row| {
            let expires: i64 = get(&row, 1).ok()?;
            let json: String = get(&row, 0).ok()?;
            (expires > self.now())
                .then(|| serde_json::from_str::<Pending>(&json).ok())
                .flatten()
        });
        (pending, forget)
    }

    /// When a session started now (or at `started`) ends if nothing renews it: after the
    /// quiet time, or at its absolute end if sooner.
    fn ends_at(&self, now: i64, started: i64) -> i64 {
        (now + ms(self.idle)).min(started + ms(self.absolute))
    }

    /// Starts a session for `citizen` under a new random id (any session this browser
    /// had ends: no session fixation); returns the cookie.
    pub async fn start(&self, headers: &HeaderMap, citizen: Citizen, id_token: String) -> String {
        let id = random_id();
        let now = self.now();
        let pool = self.db.pool();
        if let Some(old) = self.cookies.get(headers, SESSION_COOKIE) {
            logged(
                sqlx::query("DELETE FROM sessions WHERE id = $1")
                    .bind(key(&old))
                    .execute(pool)
                    .await
                    .map_err(StoreError::from),
            );
        }
        let json = serde_json::to_string(&citizen).unwrap_or_default();
        logged(
            sqlx::query(
                "INSERT INTO sessions (id, subject, citizen, id_token, started_at, ends_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(key(&id))
            .bind(&citizen.subject)
            .bind(json)
            .bind(id_token)
            .bind(now)
            .bind(self.ends_at(now, now))
            .execute(pool)
            .await
            .map_err(StoreError::from),
        );
        self.cookies.set(SESSION_COOKIE, &id, None)
    }

    /// The signed-in citizen of this request, if any: renews the session's quiet time.
    pub async fn citizen(&self, headers: &HeaderMap) -> Option<Citizen> {
        self.touch(headers).await.map(|(c, _)| c)
    }

    /// The citizen and the time left before the session ends, renewing its quiet time (a
    /// request is activity; the keep-alive is such a request): the whole quiet time, or
    /// less as the session's absolute end nears.
    pub async fn touch(&self, headers: &HeaderMap) -> Option<(Citizen, Duration)> {
        let id = self.cookies.get(headers, SESSION_COOKIE)?;
        let now = self.now();
        // One statement: renewed only while running, its new end returned.
        let row = sqlx::query(
            "UPDATE sessions SET ends_at = CASE WHEN started_at + $3 < $2 + $4 THEN started_at + $3 ELSE $2 + $4 END
             WHERE id = $1 AND ends_at > $2 RETURNING citizen, ends_at",
        )
        .bind(key(&id))
        .bind(now)
        .bind(ms(self.absolute))
        .bind(ms(self.idle))
        .fetch_optional(self.db.pool())
        .await
        .map_err(StoreError::from);
        let Some(row) = logged(row).flatten() else {
            // Ended meanwhile: nothing personal stays with it.
            self.forget_personal(&id, now).await;
            return None;
        };
        let citizen: Citizen = serde_json::from_str(&get::<String>(&row, 0).ok()?).ok()?;
        let ends: i64 = get(&row, 1).ok()?;
        Some((citizen, Duration::from_millis((ends - now).max(0) as u64)))
    }

    /// Empties the personal columns of the session `id` if it has ended.
    async fn forget_personal(&self, id: &str, now: i64) {
        logged(
            sqlx::query(
                "UPDATE sessions SET citizen = '', id_token = '' WHERE id = $1 AND ends_at <= $2 AND citizen <> ''",
            )
            .bind(key(id))
            .bind(now)
            .execute(self.db.pool())
            .await
            .map_err(StoreError::from),
        );
    }

    /// Ends this browser's session only if it has run out or has less than `grace` left
    /// (the page's clock said it ended: the two clocks differ by a request's time), with
    /// the cookie that clears it; None while it has longer to run. A link from another
    /// site to the "session ended" page cannot sign a citizen out.
    pub async fn end_if_ended(&self, headers: &HeaderMap, grace: Duration) -> Option<String> {
        let clear = self.cookies.clear(SESSION_COOKIE);
        let Some(id) = self.cookies.get(headers, SESSION_COOKIE) else {
            return Some(clear);
        };
        let now = self.now();
        let running = sqlx::query("SELECT 1 FROM sessions WHERE id = $1 AND ends_at > $2")
            .bind(key(&id))
            .bind(now + ms(grace))
            .fetch_optional(self.db.pool())
            .await
            .map_err(StoreError::from);
        if logged(running)?.is_some() {
            return None;
        }
        self.end_now(&id, now).await;
        Some(clear)
    }

    /// Ends the session `id` now if it runs, its personal columns emptied.
    async fn end_now(&self, id: &str, now: i64) {
        logged(
            sqlx::query(
                "UPDATE sessions SET ends_at = CASE WHEN ends_at > $2 THEN $2 ELSE ends_at END, citizen = '', id_token = '' WHERE id = $1",
            )
            .bind(key(id))
            .bind(now)
            .execute(self.db.pool())
            .await
            .map_err(StoreError::from),
        );
    }

    /// Whose session this browser's cookie named, if it ended (timed out or signed out)
    /// within [`ENDED_MEMORY`]: what was posted with it belongs to that citizen alone.
    pub async fn ended_subject(&self, headers: &HeaderMap) -> Option<String> {
        let id = self.cookies.get(headers, SESSION_COOKIE)?;
        let now = self.now();
        let row = sqlx::query(
            "SELECT subject FROM sessions WHERE id = $1 AND ends_at <= $2 AND ends_at > $3",
        )
        .bind(key(&id))
        .bind(now)
        .bind(now - ms(ENDED_MEMORY))
        .fetch_optional(self.db.pool())
        .await
        .map_err(StoreError::from);
        get(&logged(row).flatten()?, 0).ok()
    }

    /// Ends this browser's session: the ID token (for the provider's end-session request)
    /// if it was running, and the cookie that clears it.
    pub async fn end(&self, headers: &HeaderMap) -> (Option<String>, String) {
        let clear = self.cookies.clear(SESSION_COOKIE);
        let Some(id) = self.cookies.get(headers, SESSION_COOKIE) else {
            return (None, clear);
        };
        let now = self.now();
        let running = sqlx::query("SELECT id_token FROM sessions WHERE id = $1 AND ends_at > $2")
            .bind(key(&id))
            .bind(now)
            .fetch_optional(self.db.pool())
            .await
            .map_err(StoreError::from);
        let token = logged(running)
            .flatten()
            .and_then(|row| get::<String>(&row, 0).ok());
        self.end_now(&id, now).await;
        (token, clear)
    }

    /// Deletes for good the sign-ins past their time and the sessions ended more than
    /// [`ENDED_MEMORY`] ago, and empties the personal columns of every ended one; how many
    /// rows went.
    pub async fn purge(&self) -> Result<u64, StoreError> {
        let now = self.now();
        let pool = self.db.pool();
        let signins = sqlx::query("DELETE FROM signins WHERE expires_at <= $1")
            .bind(now)
            .execute(pool)
            .await?;
        sqlx::query(
            "UPDATE sessions SET citizen = '', id_token = '' WHERE ends_at <= $1 AND citizen <> ''",
        )
        .bind(now)
        .execute(pool)
        .await?;
        let sessions = sqlx::query("DELETE FROM sessions WHERE ends_at <= $1")
            .bind(now - ms(ENDED_MEMORY))
            .execute(pool)
            .await?;
        Ok(signins.rows_affected() + sessions.rows_affected())
    }
}

/// The value of the cookie `name` (its full name) in the request's `Cookie` headers.
pub use crate::cookies::cookie;
