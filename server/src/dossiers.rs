//! Dossiers on the server: their codes (mã hồ sơ) in the national format, and the store
//! that keeps each citizen's draft answers until they submit, then gives the submitted
//! dossier its code once.
//!
//! A code is `<agency>-<YYMMDD>-<NNNN>` (Circular 01/2018/TT-VPCP), e.g.
//! `000.00.12.H62-201105-0004`: the receiving agency's code in the national list of
//! agency codes (four parts: `ddd.dd.dd.Ldd`), the day it was received (Viet Nam time), and
//! that agency's sequence number for that day, from 0001. The sequence is taken inside one
//! database transaction, so concurrent submissions, from threads or from several server
//! processes sharing the database, never get the same number or skip one.
//!
//! [`DossierStore`] is the store's contract (async; a portal may put it in its own
//! database); [`SqlDossiers`] keeps it in the portal's [`Database`] (SQLite or
//! PostgreSQL, one code path). Drafts expire ([`DRAFT_LIFETIME`], 30 days by default) and
//! are then neither returned nor kept, nor their files. Files a citizen attaches are kept
//! with the draft ([`DossierStore::add_file`]), so a reload or a return days later never asks
//! for them again. Submitting twice (a double click, two tabs, a replayed
//! post) returns the same code. A draft started by a signed-in citizen belongs to them
//! ([`Draft::owner`]): [`DossierStore::latest_of`] finds it again after sign-out and
//! sign-in, in any browser.
//!
//! ```
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! use dvc_rules::date::Date;
//! use dvc_server::database::Database;
//! use dvc_server::dossiers::{Draft, DossierStore, SqlDossiers, DRAFT_LIFETIME};
//!
//! // Database::connect("postgres://…") for many processes, Database::sqlite(path) on disk
//! let store = SqlDossiers::new(Database::in_memory().await.unwrap());
//! let answers = vec![("full_name".to_string(), "Lò Văn Páo".to_string())];
//! let draft = Draft { id: "k7f3q9".into(), service: "dang-ky".into(), answers, step: "/dia-chi".into(), updated_at: 0, expires_at: DRAFT_LIFETIME.as_secs(), owner: None, claimant: None };
//! store.save_draft(&draft).await.unwrap();
//! let code = store.submit("k7f3q9", "000.00.12.H62", Date::new(2026, 11, 24).unwrap()).await.unwrap().unwrap();
//! assert_eq!(code.to_string(), "000.00.12.H62-261124-0001");
//! # });
//! ```

use crate::database::{get, Database};
use async_trait::async_trait;
use dvc_rules::date::Date;
use dvc_rules::Locale;
use sqlx::any::AnyRow;
use std::fmt;
use std::time::Duration;

/// How long a draft is kept after its last change, unless the portal says otherwise.
pub const DRAFT_LIFETIME: Duration = Duration::from_secs(30 * 24 * 3600);

/// A dossier code: the agency, the day received, the day's sequence number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DossierCode {
    pub agency: String,
    pub day: Date,
    pub sequence: u32,
}

/// Why a text is not a dossier code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not three parts joined by "-".
    Shape,
    /// The first part is not an agency code (`ddd.dd.dd.Ldd`).
    Agency,
    /// The second part is not a real day written YYMMDD.
    Day,
    /// The third part is not a number from 0001 (four digits at least).
    Sequence,
}

impl CodeProblem {
    /// What to tell the citizen, in `locale`.
    pub fn message(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (CodeProblem::Shape, Locale::Vi) => "Mã hồ sơ gồm ba phần nối bằng dấu gạch ngang, ví dụ 000.00.12.H62-201105-0004",
            (CodeProblem::Shape, Locale::En) => "A dossier code has three parts joined by hyphens, for example 000.00.12.H62-201105-0004",
            (CodeProblem::Agency, Locale::Vi) => "Phần đầu của mã hồ sơ phải là mã cơ quan, ví dụ 000.00.12.H62",
            (CodeProblem::Agency, Locale::En) => "The first part of a dossier code must be an agency code, for example 000.00.12.H62",
            (CodeProblem::Day, Locale::Vi) => "Phần giữa của mã hồ sơ phải là ngày nhận hồ sơ, viết năm tháng ngày, ví dụ 201105",
            (CodeProblem::Day, Locale::En) => "The middle part of a dossier code must be the day received, as year month day, for example 201105",
            (CodeProblem::Sequence, Locale::Vi) => "Phần cuối của mã hồ sơ phải là số thứ tự có bốn chữ số, ví dụ 0004",
            (CodeProblem::Sequence, Locale::En) => "The last part of a dossier code must be a four-digit number, for example 0004",
        }
    }
}

/// Whether `code` is an agency code of the national list: `ddd.dd.dd.Ldd` (e.g.
/// "000.00.12.H62": the unit, its parents, and the ministry or province, H62 for a province).
pub fn is_agency_code(code: &str) -> bool {
    let parts: Vec<&str> = code.split('.').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    parts.len() == 4
        && digits(parts[0], 3)
        && digits(parts[1], 2)
        && digits(parts[2], 2)
        && parts[3].len() == 3
        && parts[3].as_bytes()[0].is_ascii_uppercase()
        && digits(&parts[3][1..], 2)
}

impl DossierCode {
    /// Reads a code as written ("000.00.12.H62-201105-0004"; spaces around it ignored).
    pub fn parse(text: &str) -> Result<DossierCode, CodeProblem> {
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [agency, day, sequence] = parts.as_slice() else {
            return Err(CodeProblem::Shape);
        };
        if !is_agency_code(agency) {
            return Err(CodeProblem::Agency);
        }
        let number = |s: &str| s.parse::<u32>().ok();
        if day.len() != 6 || !day.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CodeProblem::Day);
        }
        let (yy, mm, dd) = (number(&day[0..2]), number(&day[2..4]), number(&day[4..6]));
        let day = match (yy, mm, dd) {
            (Some(y), Some(m), Some(d)) => {
                Date::new(2000 + y as u16, m as u8, d as u8).ok_or(CodeProblem::Day)?
            }
            _ => return Err(CodeProblem::Day),
        };
        if sequence.len() < 4 || !sequence.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CodeProblem::Sequence);
        }
        let sequence = number(sequence)
            .filter(|n| *n > 0)
            .ok_or(CodeProblem::Sequence)?;
        Ok(DossierCode {
            agency: agency.to_string(),
            day,
            sequence,
        })
    }
}

impl fmt::Display for DossierCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let yy = self.day.year % 100;
        write!(
            f,
            "{}-{yy:02}{:02}{:02}-{:04}",
            self.agency, self.day.month, self.day.day, self.sequence
        )
    }
}

/// A citizen's answers so far to one service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// Random and unguessable (it is the citizen's key to the draft); a copy answering a
    /// request for more is named after its dossier instead ([`DossierStore::reopen`]: its
    /// id is never given to a browser, the dossier's owner is checked on every page).
    pub id: String,
    /// Which service ("dang-ky-thuong-tru").
    pub service: String,
    /// Every answer, as posted (passwords and one-time codes never: see [`without`]).
    pub answers: Vec<(String, String)>,
    /// Where the citizen was (the page to bring them back to).
    pub step: String,
    /// Seconds since 1970: last change, and when the draft is deleted.
    pub updated_at: u64,
    pub expires_at: u64,
    /// The signed-in citizen it belongs to (the identity provider's subject), if any. The
    /// first owner stays: saving with another or none never changes it.
    pub owner: Option<String>,
    /// For a draft nobody owns yet (what was typed after a session ended): the citizen
    /// whose session it was, when known. Only that citizen may claim it by signing in;
    /// None: the next sign-in in the browser that holds it may.
    pub claimant: Option<String>,
}

/// `answers` without the named ones (the password and one-time-code fields of the page).
pub fn without(answers: &[(String, String)], never_kept: &[&str]) -> Vec<(String, String)> {
    answers
        .iter()
        .filter(|(name, _)| !never_kept.contains(&name.as_str()))
        .cloned()
        .collect()
}

pub use crate::database::StoreError;

/// Where drafts and dossier codes are kept.
#[async_trait]
pub trait DossierStore: Send + Sync {
    /// Saves `draft` (replacing the one with its id), unless that draft was submitted.
    async fn save_draft(&self, draft: &Draft) -> Result<(), StoreError>;
    /// The draft with `id`, if kept and not expired at `now`.
    async fn draft(&self, id: &str, now: u64) -> Result<Option<Draft>, StoreError>;
    /// Submits the draft `id` to `agency` on `day`: its code, the same one every time it is
    /// asked again. None when there is no such draft.
    async fn submit(
        &self,
        id: &str,
        agency: &str,
        day: Date,
    ) -> Result<Option<DossierCode>, StoreError> {
        Ok(self
            .submit_once(id, agency, day)
            .await?
            .map(|(code, _)| code))
    }
    /// The same, saying whether this call gave the code (true once per dossier, however
    /// many posts race to submit it): what hands the dossier on does it once.
    async fn submit_once(
        &self,
        id: &str,
        agency: &str,
        day: Date,
    ) -> Result<Option<(DossierCode, bool)>, StoreError>;
    /// The code of the draft `id` if it was submitted (asking never submits it).
    async fn submitted(&self, id: &str) -> Result<Option<DossierCode>, StoreError>;
    /// Deletes every unsubmitted draft expired at `now`, with its files; how many drafts.
    async fn purge_expired(&self, now: u64) -> Result<usize, StoreError>;
    /// How many unsubmitted drafts nobody owns are kept at `now` (what sessions that ended
    /// left, waiting to be claimed): a portal caps them so anonymous posts cannot fill it.
    async fn unowned(&self, now: u64) -> Result<usize, StoreError>;
    /// The newest unsubmitted draft of `service` that nobody owns yet and that was kept
    /// for `claimant` (not expired at `now`): what they typed after their session ended,
    /// for their next sign-in, in any browser.
    async fn unclaimed_for(
        &self,
        claimant: &str,
        service: &str,
        now: u64,
    ) -> Result<Option<Draft>, StoreError>;
    /// Keeps a file the citizen attached to `question` of the unsubmitted draft `draft`
    /// (saved first), so it is never uploaded again; None when there is no such draft.
    /// At most `most` files are kept for one question: the count is checked in the same
    /// statement that adds (two posts at once cannot both add the last one); None when the
    /// question already has `most`.
    async fn add_file(
        &self,
        draft: &str,
        question: &str,
        name: &str,
        bytes: &[u8],
        most: usize,
    ) -> Result<Option<KeptFile>, StoreError>;
    /// The files kept for `question` of `draft`, in the order they were attached.
    async fn files(&self, draft: &str, question: &str) -> Result<Vec<KeptFile>, StoreError>;
    /// A kept file's name and content (to pass the dossier on to the agency).
    async fn file(&self, draft: &str, file: i64) -> Result<Option<(String, Vec<u8>)>, StoreError>;
    /// Removes a kept file of an unsubmitted draft; whether there was one.
    async fn remove_file(&self, draft: &str, file: i64) -> Result<bool, StoreError>;
    /// The newest draft of `service` that belongs to `owner` (submitted or not, not
    /// expired at `now`): where a citizen who signs in again comes back to.
    async fn latest_of(
        &self,
        owner: &str,
        service: &str,
        now: u64,
    ) -> Result<Option<Draft>, StoreError>;
    /// A copy of the submitted dossier `from` (its answers and files) as the unsubmitted
    /// draft `to`, owned by `owner`, kept until `expires_at`: what a citizen answers a
    /// request for more papers in, the dossier itself staying as submitted. Made once:
    /// false when `to` exists already (or `from` does not), whatever races; made again
    /// when `to` expired unsent (its changes gone with it, as a draft's).
    async fn reopen(
        &self,
        from: &str,
        to: &str,
        owner: &str,
        now: u64,
        expires_at: u64,
    ) -> Result<bool, StoreError>;
    /// Keeps the unsubmitted draft `id` for good as the dossier `code` already has (the
    /// more papers sent for it): never changed again, nor purged. False when it was kept
    /// already (or there is no such draft): once, whatever races.
    async fn seal(&self, id: &str, code: &DossierCode) -> Result<bool, StoreError>;
}

/// A file kept with a draft: its number (to remove it), name and size in bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptFile {
    pub id: i64,
    pub name: String,
    pub bytes: u64,
}

/// Drafts and codes in the portal's [`Database`] (SQLite or PostgreSQL).
#[derive(Clone, Debug)]
pub struct SqlDossiers(Database);

impl SqlDossiers {
    /// The store in `db` (its schema is brought up to date when `db` is opened).
    pub fn new(db: Database) -> SqlDossiers {
        SqlDossiers(db)
    }

    fn pool(&self) -> &sqlx::AnyPool {
        self.0.pool()
    }
}

fn read_draft(row: &AnyRow) -> Result<Draft, StoreError> {
    let answers: String = get(row, 2)?;
    let answers = serde_json::from_str(&answers)
        .map_err(|e| StoreError(format!("a draft's answers do not read: {e}")))?;
    Ok(Draft {
        id: get(row, 0)?,
        service: get(row, 1)?,
        answers,
        step: get(row, 3)?,
        updated_at: get::<i64>(row, 4)? as u64,
        expires_at: get::<i64>(row, 5)? as u64,
        owner: get(row, 6)?,
        claimant: get(row, 7)?,
    })
}

fn read_code(code: Option<String>) -> Result<Option<DossierCode>, StoreError> {
    code.map(|c| {
        DossierCode::parse(&c).map_err(|p| StoreError(format!("stored code {c:?}: {p:?}")))
    })
    .transpose()
}

/// A time in seconds as the database keeps it (past `i64::MAX`: the end of time).
fn secs(t: u64) -> i64 {
    i64::try_from(t).unwrap_or(i64::MAX)
}

#[async_trait]
impl DossierStore for SqlDossiers {
    async fn save_draft(&self, d: &Draft) -> Result<(), StoreError> {
        let answers = serde_json::to_string(&d.answers).map_err(|e| StoreError(e.to_string()))?;
        sqlx::query(
            "INSERT INTO drafts (id, service, answers, step, updated_at, expires_at, owner, claimant) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (id) DO UPDATE SET service = $2, answers = $3, step = $4, updated_at = $5, expires_at = $6,
                owner = COALESCE(drafts.owner, $7),
                claimant = CASE WHEN drafts.owner IS NULL THEN COALESCE(drafts.claimant, $8) ELSE drafts.claimant END
             WHERE drafts.code IS NULL",
        )
        .bind(&d.id)
        .bind(&d.service)
        .bind(answers)
        .bind(&d.step)
        .bind(secs(d.updated_at))
        .bind(secs(d.expires_at))
        .bind(d.owner.clone())
        .bind(d.claimant.clone())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn draft(&self, id: &str, now: u64) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query(
            "SELECT id, service, answers, step, updated_at, expires_at, owner, claimant FROM drafts
             WHERE id = $1 AND (code IS NOT NULL OR expires_at > $2)",
        )
        .bind(id)
        .bind(secs(now))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_draft).transpose()
    }

    async fn latest_of(
        &self,
        owner: &str,
        service: &str,
        now: u64,
    ) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query(
            "SELECT id, service, answers, step, updated_at, expires_at, owner, claimant FROM drafts
             WHERE owner = $1 AND service = $2 AND (code IS NOT NULL OR expires_at > $3)
             ORDER BY updated_at DESC, seq DESC LIMIT 1",
        )
        .bind(owner)
        .bind(service)
        .bind(secs(now))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_draft).transpose()
    }

    async fn submit_once(
        &self,
        id: &str,
        agency: &str,
        day: Date,
    ) -> Result<Option<(DossierCode, bool)>, StoreError> {
        if !is_agency_code(agency) {
            return Err(StoreError(format!(
                "{agency:?} is not an agency code (ddd.dd.dd.Ldd)"
            )));
        }
        let mut tx = self.pool().begin().await?;
        // A write first: SQLite takes its write lock now (waiting for another writer, never
        // failing half-way), PostgreSQL locks this draft's row, so two posts submitting
        // it at once, from any process, give it one code.
        let kept = sqlx::query("UPDATE drafts SET code = code WHERE id = $1 RETURNING code")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        let code = match kept {
            None => None,
            Some(row) => match read_code(get(&row, 0)?)? {
                Some(code) => Some((code, false)),
                None => {
                    let key = format!("{:04}-{:02}-{:02}", day.year, day.month, day.day);
                    // One statement: the day's row is created or its number taken and
                    // raised under its lock.
                    let row = sqlx::query(
                        "INSERT INTO sequences (agency, day, last) VALUES ($1, $2, 1)
                         ON CONFLICT (agency, day) DO UPDATE SET last = sequences.last + 1 RETURNING last",
                    )
                    .bind(agency)
                    .bind(key)
                    .fetch_one(&mut *tx)
                    .await?;
                    let sequence = u32::try_from(get::<i64>(&row, 0)?)
                        .map_err(|e| StoreError(e.to_string()))?;
                    let code = DossierCode {
                        agency: agency.to_string(),
                        day,
                        sequence,
                    };
                    sqlx::query("UPDATE drafts SET code = $2 WHERE id = $1")
                        .bind(id)
                        .bind(code.to_string())
                        .execute(&mut *tx)
                        .await?;
                    Some((code, true))
                }
            },
        };
        tx.commit().await?;
        Ok(code)
    }

    async fn purge_expired(&self, now: u64) -> Result<usize, StoreError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "DELETE FROM draft_files WHERE draft_id IN (SELECT id FROM drafts WHERE code IS NULL AND expires_at <= $1)",
        )
        .bind(secs(now))
        .execute(&mut *tx)
        .await?;
        let gone = sqlx::query("DELETE FROM drafts WHERE code IS NULL AND expires_at <= $1")
            .bind(secs(now))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(gone.rows_affected() as usize)
    }

    async fn unclaimed_for(
        &self,
        claimant: &str,
        service: &str,
        now: u64,
    ) -> Result<Option<Draft>, StoreError> {
        let row = sqlx::query(
            "SELECT id, service, answers, step, updated_at, expires_at, owner, claimant FROM drafts
             WHERE owner IS NULL AND claimant = $1 AND service = $2 AND code IS NULL AND expires_at > $3
             ORDER BY updated_at DESC, seq DESC LIMIT 1",
        )
        .bind(claimant)
        .bind(service)
        .bind(secs(now))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_draft).transpose()
    }

    async fn unowned(&self, now: u64) -> Result<usize, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM drafts WHERE owner IS NULL AND code IS NULL AND expires_at > $1",
        )
        .bind(secs(now))
        .fetch_one(self.pool())
        .await?;
        Ok(get::<i64>(&row, 0)? as usize)
    }

    async fn submitted(&self, id: &str) -> Result<Option<DossierCode>, StoreError> {
        let row = sqlx::query("SELECT code FROM drafts WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        match row {
            Some(row) => read_code(get(&row, 0)?),
            None => Ok(None),
        }
    }

    async fn add_file(
        &self,
        draft: &str,
        question: &str,
        name: &str,
        bytes: &[u8],
        most: usize,
    ) -> Result<Option<KeptFile>, StoreError> {
        let mut tx = self.pool().begin().await?;
        // The draft's row locked first (SQLite: the write lock), so the count below is
        // the one the insert follows, even with two posts at once from two processes.
        let open = sqlx::query("UPDATE drafts SET code = code WHERE id = $1 AND code IS NULL")
            .bind(draft)
            .execute(&mut *tx)
            .await?;
        if open.rows_affected() != 1 {
            return Ok(None);
        }
        let added = sqlx::query(
            "INSERT INTO draft_files (draft_id, question, name, content)
             SELECT $1, $2, $3, $4 WHERE (SELECT COUNT(*) FROM draft_files WHERE draft_id = $1 AND question = $2) < $5
             RETURNING id",
        )
        .bind(draft)
        .bind(question)
        .bind(name)
        .bind(bytes.to_vec())
        .bind(i64::try_from(most).unwrap_or(i64::MAX))
        .fetch_optional(&mut *tx)
        .await?;
        let kept = match added {
            Some(row) => Some(KeptFile {
                id: get(&row, 0)?,
                name: name.to_string(),
                bytes: bytes.len() as u64,
            }),
            None => None,
        };
        tx.commit().await?;
        Ok(kept)
    }

    async fn files(&self, draft: &str, question: &str) -> Result<Vec<KeptFile>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, name, CAST(length(content) AS BIGINT) FROM draft_files WHERE draft_id = $1 AND question = $2 ORDER BY id",
        )
        .bind(draft)
        .bind(question)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(KeptFile {
                    id: get(r, 0)?,
                    name: get(r, 1)?,
                    bytes: get::<i64>(r, 2)? as u64,
                })
            })
            .collect()
    }

    async fn file(&self, draft: &str, file: i64) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        let row =
            sqlx::query("SELECT name, content FROM draft_files WHERE draft_id = $1 AND id = $2")
                .bind(draft)
                .bind(file)
                .fetch_optional(self.pool())
                .await?;
        match row {
            Some(r) => Ok(Some((get(&r, 0)?, get(&r, 1)?))),
            None => Ok(None),
        }
    }

    async fn remove_file(&self, draft: &str, file: i64) -> Result<bool, StoreError> {
        let gone = sqlx::query(
            "DELETE FROM draft_files WHERE draft_id = $1 AND id = $2 AND EXISTS (SELECT 1 FROM drafts WHERE id = $1 AND code IS NULL)",
        )
        .bind(draft)
        .bind(file)
        .execute(self.pool())
        .await?;
        Ok(gone.rows_affected() == 1)
    }

    async fn reopen(
        &self,
        from: &str,
        to: &str,
        owner: &str,
        now: u64,
        expires_at: u64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin().await?;
        let made = sqlx::query(
            "INSERT INTO drafts (id, service, answers, step, updated_at, expires_at, owner, claimant)
             SELECT $2, service, answers, '', $4, $5, $3, NULL FROM drafts WHERE id = $1 AND code IS NOT NULL
             ON CONFLICT (id) DO UPDATE SET answers = excluded.answers, step = '', updated_at = $4, expires_at = $5
             WHERE drafts.code IS NULL AND drafts.expires_at <= $4",
        )
        .bind(from)
        .bind(to)
        .bind(owner)
        .bind(secs(now))
        .bind(secs(expires_at))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if made {
            sqlx::query("DELETE FROM draft_files WHERE draft_id = $1")
                .bind(to)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO draft_files (draft_id, question, name, content)
                 SELECT $2, question, name, content FROM draft_files WHERE draft_id = $1 ORDER BY id",
            )
            .bind(from)
            .bind(to)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(made)
    }

    async fn seal(&self, id: &str, code: &DossierCode) -> Result<bool, StoreError> {
        let sealed = sqlx::query("UPDATE drafts SET code = $2 WHERE id = $1 AND code IS NULL")
            .bind(id)
            .bind(code.to_string())
            .execute(self.pool())
            .await?;
        Ok(sealed.rows_affected() == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::new(2020, 11, 5).unwrap()
    }

    #[test]
    fn a_code_reads_back_as_written_and_each_defect_is_named() {
        let code = DossierCode::parse("000.00.12.H62-201105-0004").unwrap();
        assert_eq!(
            code,
            DossierCode {
                agency: "000.00.12.H62".into(),
                day: day(),
                sequence: 4
            }
        );
        assert_eq!(code.to_string(), "000.00.12.H62-201105-0004");
        assert_eq!(
            DossierCode {
                sequence: 12_345,
                ..code.clone()
            }
            .to_string(),
            "000.00.12.H62-201105-12345",
            "past 9999 the number grows"
        );
        for (text, problem) in [
            ("000.00.12.H62201105-0004", CodeProblem::Shape),
            ("000.00.12.H62-201105-0004-1", CodeProblem::Shape),
            ("00.00.12.H62-201105-0004", CodeProblem::Agency),
            ("000.00.12.62-201105-0004", CodeProblem::Agency),
            ("000.00.12.H62-201131-0004", CodeProblem::Day),
            ("000.00.12.H62-2011-0004", CodeProblem::Day),
            ("000.00.12.H62-201105-004", CodeProblem::Sequence),
            ("000.00.12.H62-201105-0000", CodeProblem::Sequence),
            ("000.00.12.H62-201105-00a4", CodeProblem::Sequence),
        ] {
            assert_eq!(DossierCode::parse(text), Err(problem), "{text}");
            assert!(
                !problem.message(Locale::Vi).is_empty() && !problem.message(Locale::En).is_empty()
            );
        }
    }

    #[test]
    fn secrets_are_left_out_before_saving() {
        let posted = vec![
            ("password".to_string(), "hunter2".to_string()),
            ("otp".into(), "123456".into()),
            ("phone".into(), "0912345678".into()),
        ];
        assert_eq!(
            without(&posted, &["password", "otp"]),
            vec![("phone".to_string(), "0912345678".to_string())]
        );
    }
}
