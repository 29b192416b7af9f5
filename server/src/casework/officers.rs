//! The one-stop desk's officers: their accounts (kept by the portal, passwords hashed with
//! argon2id), signing in with a password then a one-time code sent to their phone, and
//! their sessions at the desk. An officer is not a citizen: another table, another cookie,
//! another way in.
//!
//! - A wrong login and a wrong password get the same answer, after the same work (an
//!   unknown login is checked against a hash of its own).
//! - After [`MAX_FAILURES`] wrong passwords in a row the account is locked for [`LOCK`],
//!   counted in one statement (posts at once cannot slip past), and the officer is told
//!   until when. The lock ends by itself.
//! - The one-time code ([`CODE_LIFETIME`], [`MAX_CODE_TRIES`] tries, a new one after
//!   [`RESEND_AFTER`], within [`SIGN_IN_WINDOW`]) is kept only hashed;
//!   the session (kept by the SHA-256 of its cookie's random id) is an officer's only once
//!   the code is right, and ends after [`IDLE`] without a request or [`ABSOLUTE`] at most.
//!
//! ```
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! use dvc_server::casework::officers::{Confirmed, Officer, Officers};
//! use dvc_server::database::Database;
//! let officers = Officers::new(Database::in_memory().await.unwrap());
//! let me = Officer { login: "can-bo-1".into(), name: "Lò Thị Mai".into(), agency: "000.00.12.H62".into(), phone: "0912345678".into() };
//! officers.ensure(&me, "mật khẩu rất dài 1").await.unwrap();
//! assert!(officers.check("can-bo-1", "sai", 0).await.unwrap().is_err());
//! let found = officers.check("CAN-BO-1", "mật khẩu rất dài 1", 0).await.unwrap().unwrap();
//! let t = 1_800_000_000; // seconds since 1970
//! let (id, code) = officers.start(&found.login, t).await.unwrap();
//! assert_eq!(officers.confirm(&id, &code, t + 1).await.unwrap(), Confirmed::In(me.clone()));
//! assert_eq!(officers.officer(&id, t + 2).await.unwrap(), Some(me));
//! # });
//! ```

use crate::database::{get, Database, StoreError};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// Wrong passwords in a row before the account is locked.
pub const MAX_FAILURES: i64 = 5;
/// How long a locked account stays locked (seconds).
pub const LOCK: u64 = 15 * 60;
/// How long a one-time code may be used (seconds).
pub const CODE_LIFETIME: u64 = 5 * 60;
/// Wrong codes before the sign-in must start again.
pub const MAX_CODE_TRIES: i64 = 5;
/// How soon a new code may be asked for (seconds).
pub const RESEND_AFTER: u64 = 60;
/// How long a sign-in may wait for its code, new codes included (seconds).
pub const SIGN_IN_WINDOW: u64 = 15 * 60;
/// A desk session ends after this long without a request (seconds)...
pub const IDLE: u64 = 30 * 60;
/// ...or this long after signing in, however busy.
pub const ABSOLUTE: u64 = 12 * 3600;

/// An officer's account (never the password).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Officer {
    /// The name they sign in with (kept in lower case).
    pub login: String,
    pub name: String,
    /// The agency code whose dossiers they may see and act on.
    pub agency: String,
    /// Where their one-time codes are sent.
    pub phone: String,
}

/// What asking for a new code did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resent {
    /// A new code for the officer `login` (the old one no longer works).
    Sent { login: String, code: String },
    /// Too soon: wait this many seconds.
    Wait(u64),
    /// No sign-in under way: start again.
    Ended,
}

/// Why a password sign-in was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// The login or the password is wrong (never which).
    Wrong,
    /// Too many wrong passwords: locked until this time (seconds since 1970).
    Locked { until: u64 },
}

/// What a one-time code did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// Right: the session is the officer's.
    In(Officer),
    /// Wrong: this many tries are left.
    Wrong { left: i64 },
    /// The code has expired: a new one may be asked for.
    Expired,
    /// No sign-in under way (expired, used, too many tries): start again.
    Ended,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the database keeps of a random id or a code: its SHA-256.
fn key(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

fn secs(t: u64) -> i64 {
    i64::try_from(t).unwrap_or(i64::MAX)
}

/// argon2id with the crate's defaults (19 MiB, 2 passes: OWASP's minimum).
fn hasher() -> Argon2<'static> {
    Argon2::default()
}

fn hash(password: &str) -> Result<String, StoreError> {
    let random = key(&crate::identity::random_id());
    let salt = SaltString::encode_b64(&random.as_bytes()[..16])
        .map_err(|e| StoreError(format!("salt: {e}")))?;
    hasher()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError(format!("hash: {e}")))
}

fn verifies(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .is_ok_and(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash no password matches in practice, checked for an unknown login (the same work).
fn decoy() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash(&crate::identity::random_id()).unwrap_or_default())
}

/// Whether `password` is the one `stored` was made from (None: the decoy's), checked on a
/// blocking thread (argon2 takes tens of milliseconds on purpose).
async fn verify_off_thread(password: &str, stored: Option<String>) -> bool {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || match stored {
        Some(s) => verifies(&password, &s),
        None => verifies(&password, decoy()),
    })
    .await
    .unwrap_or(false)
}

/// Six digits from the system's randomness.
pub(crate) fn six_digits() -> String {
    let bytes = Sha256::digest(crate::identity::random_id().as_bytes());
    let n = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) % 1_000_000;
    format!("{n:06}")
}

/// The officers and their desk sessions, in the portal's database.
#[derive(Clone, Debug)]
pub struct Officers(Database);

impl Officers {
    pub fn new(db: Database) -> Officers {
        Officers(db)
    }

    fn pool(&self) -> &sqlx::AnyPool {
        self.0.pool()
    }

    /// Adds the officer, or sets their name, agency, phone and password (a portal's account
    /// tool; the demo's test officers). The lock and its count start again.
    pub async fn ensure(&self, o: &Officer, password: &str) -> Result<(), StoreError> {
        if password.chars().count() < 12 {
            return Err(StoreError(
                "an officer's password has 12 characters at least".into(),
            ));
        }
        let hashed = hash(password)?;
        sqlx::query(
            "INSERT INTO officers (login, name, agency, phone, password, failures, locked_until) VALUES ($1, $2, $3, $4, $5, 0, 0)
             ON CONFLICT (login) DO UPDATE SET name = $2, agency = $3, phone = $4, password = $5, failures = 0, locked_until = 0",
        )
        .bind(o.login.to_lowercase())
        .bind(&o.name)
        .bind(&o.agency)
        .bind(&o.phone)
        .bind(hashed)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn account(
        &self,
        login: &str,
    ) -> Result<Option<(Officer, String, i64, u64)>, StoreError> {
        let row = sqlx::query(
            "SELECT login, name, agency, phone, password, failures, locked_until FROM officers WHERE login = $1",
        )
        .bind(login.trim().to_lowercase())
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok((
                Officer {
                    login: get(&r, 0)?,
                    name: get(&r, 1)?,
                    agency: get(&r, 2)?,
                    phone: get(&r, 3)?,
                },
                get(&r, 4)?,
                get(&r, 5)?,
                get::<i64>(&r, 6)? as u64,
            ))
        })
        .transpose()
    }

    /// Checks a password at `now`: the officer, or why not.
    pub async fn check(
        &self,
        login: &str,
        password: &str,
        now: u64,
    ) -> Result<Result<Officer, Refused>, StoreError> {
        let Some((officer, stored, _, locked_until)) = self.account(login).await? else {
            let _ = verify_off_thread(password, None).await;
            return Ok(Err(Refused::Wrong));
        };
        if locked_until > now {
            return Ok(Err(Refused::Locked {
                until: locked_until,
            }));
        }
        if verify_off_thread(password, Some(stored)).await {
            sqlx::query("UPDATE officers SET failures = 0, locked_until = 0 WHERE login = $1")
                .bind(&officer.login)
                .execute(self.pool())
                .await?;
            return Ok(Ok(officer));
        }
        // A lock that has ended starts the count again; the count and the lock in one statement.
        let row = sqlx::query(
            "UPDATE officers SET
                failures = CASE WHEN locked_until > 0 AND locked_until <= $2 THEN 1 ELSE failures + 1 END,
                locked_until = CASE
                    WHEN locked_until > 0 AND locked_until <= $2 THEN 0
                    WHEN failures + 1 >= $3 THEN $4
                    ELSE locked_until END
             WHERE login = $1 RETURNING locked_until",
        )
        .bind(&officer.login)
        .bind(secs(now))
        .bind(MAX_FAILURES)
        .bind(secs(now + LOCK))
        .fetch_one(self.pool())
        .await?;
        let until = get::<i64>(&row, 0)? as u64;
        if until > now {
            crate::log::security("officer.locked", "");
            Ok(Err(Refused::Locked { until }))
        } else {
            Ok(Err(Refused::Wrong))
        }
    }

    /// Starts the sign-in of `login` (its password checked): the session's random id (the
    /// cookie's) and the one-time code to send to the officer's phone.
    pub async fn start(&self, login: &str, now: u64) -> Result<(String, String), StoreError> {
        let id = crate::identity::random_id();
        let code = six_digits();
        sqlx::query(
            "INSERT INTO desk_sessions (id, login, code, tries, signed_in, started_at, code_sent_at, ends_at) VALUES ($1, $2, $3, 0, 0, $4, $4, $5)",
        )
        .bind(key(&id))
        .bind(login)
        .bind(key(&format!("{id}|{code}")))
        .bind(secs(now))
        .bind(secs(now + SIGN_IN_WINDOW))
        .execute(self.pool())
        .await?;
        Ok((id, code))
    }

    /// The one-time code typed for the sign-in `id`.
    pub async fn confirm(&self, id: &str, code: &str, now: u64) -> Result<Confirmed, StoreError> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        // Right, unused, in time, tries left: the session is the officer's, in one statement.
        let row = sqlx::query(
            "UPDATE desk_sessions SET signed_in = 1, code = NULL, ends_at = $3
             WHERE id = $1 AND signed_in = 0 AND code = $2 AND tries < $4 AND ends_at > $5 AND code_sent_at > $6 RETURNING login",
        )
        .bind(key(id))
        .bind(key(&format!("{id}|{code}")))
        .bind(secs(now + IDLE))
        .bind(MAX_CODE_TRIES)
        .bind(secs(now))
        .bind(secs(now.saturating_sub(CODE_LIFETIME)))
        .fetch_optional(self.pool())
        .await?;
        if let Some(row) = row {
            let login: String = get(&row, 0)?;
            return Ok(match self.account(&login).await? {
                Some((officer, ..)) => Confirmed::In(officer),
                None => Confirmed::Ended,
            });
        }
        let row = sqlx::query(
            "UPDATE desk_sessions SET tries = tries + 1 WHERE id = $1 AND signed_in = 0 AND tries < $2 AND ends_at > $3 RETURNING tries, code_sent_at",
        )
        .bind(key(id))
        .bind(MAX_CODE_TRIES)
        .bind(secs(now))
        .fetch_optional(self.pool())
        .await?;
        Ok(match row {
            Some(r) => {
                let left = MAX_CODE_TRIES - get::<i64>(&r, 0)?;
                let sent = get::<i64>(&r, 1)? as u64;
                if left <= 0 {
                    Confirmed::Ended
                } else if sent + CODE_LIFETIME <= now {
                    Confirmed::Expired
                } else {
                    Confirmed::Wrong { left }
                }
            }
            None => Confirmed::Ended,
        })
    }

    /// A new code for the sign-in `id` (the last one sent [`RESEND_AFTER`] ago at least):
    /// its tries start again.
    pub async fn resend(&self, id: &str, now: u64) -> Result<Resent, StoreError> {
        let code = six_digits();
        let row = sqlx::query(
            "UPDATE desk_sessions SET code = $2, tries = 0, code_sent_at = $3
             WHERE id = $1 AND signed_in = 0 AND ends_at > $3 AND code_sent_at <= $4 RETURNING login",
        )
        .bind(key(id))
        .bind(key(&format!("{id}|{code}")))
        .bind(secs(now))
        .bind(secs(now.saturating_sub(RESEND_AFTER)))
        .fetch_optional(self.pool())
        .await?;
        if let Some(r) = row {
            return Ok(Resent::Sent {
                login: get(&r, 0)?,
                code,
            });
        }
        let row = sqlx::query(
            "SELECT code_sent_at FROM desk_sessions WHERE id = $1 AND signed_in = 0 AND ends_at > $2",
        )
        .bind(key(id))
        .bind(secs(now))
        .fetch_optional(self.pool())
        .await?;
        Ok(match row {
            Some(r) => Resent::Wait(
                (get::<i64>(&r, 0)? as u64 + RESEND_AFTER)
                    .saturating_sub(now)
                    .max(1),
            ),
            None => Resent::Ended,
        })
    }

    /// Whether `id` names a sign-in still waiting for its code.
    pub async fn waiting(&self, id: &str, now: u64) -> Result<bool, StoreError> {
        Ok(self.waiting_login(id, now).await?.is_some())
    }

    /// The account whose sign-in `id` waits for its code.
    pub async fn waiting_login(&self, id: &str, now: u64) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT login FROM desk_sessions WHERE id = $1 AND signed_in = 0 AND ends_at > $2",
        )
        .bind(key(id))
        .bind(secs(now))
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| get(&r, 0)).transpose()
    }

    /// The phone an officer's codes go to.
    pub async fn phone(&self, login: &str) -> Result<Option<String>, StoreError> {
        Ok(self.account(login).await?.map(|(o, ..)| o.phone))
    }

    /// The officer signed in as `id` at `now` (their session then lasts [`IDLE`] more, up
    /// to [`ABSOLUTE`] after signing in).
    pub async fn officer(&self, id: &str, now: u64) -> Result<Option<Officer>, StoreError> {
        let row = sqlx::query(
            "UPDATE desk_sessions SET ends_at = CASE WHEN started_at + $3 < $2 + $4 THEN started_at + $3 ELSE $2 + $4 END
             WHERE id = $1 AND signed_in = 1 AND ends_at > $2 RETURNING login",
        )
        .bind(key(id))
        .bind(secs(now))
        .bind(secs(ABSOLUTE))
        .bind(secs(IDLE))
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(r) => {
                let login: String = get(&r, 0)?;
                Ok(self.account(&login).await?.map(|(o, ..)| o))
            }
            None => Ok(None),
        }
    }

    /// Ends the session or sign-in `id`.
    pub async fn end(&self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM desk_sessions WHERE id = $1")
            .bind(key(id))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Deletes the sessions and sign-ins ended at `now`; how many.
    pub async fn purge(&self, now: u64) -> Result<u64, StoreError> {
        let gone = sqlx::query("DELETE FROM desk_sessions WHERE ends_at <= $1")
            .bind(secs(now))
            .execute(self.pool())
            .await?;
        Ok(gone.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_six_digits_and_a_password_is_kept_only_as_argon2id() {
        for _ in 0..20 {
            let c = six_digits();
            assert!(c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()), "{c}");
        }
        let h = hash("mật khẩu rất dài 1").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verifies("mật khẩu rất dài 1", &h));
        assert!(!verifies("mật khẩu rất dài 2", &h));
        assert!(!verifies("x", "not a hash"));
    }
}
