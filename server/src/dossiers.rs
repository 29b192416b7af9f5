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
//! [`DossierStore`] is the store's contract (a portal may put it in its own database);
//! [`SqliteDossiers`] keeps it in an embedded SQLite file (rusqlite, SQLite bundled), with
//! its schema migrated on open. Drafts expire ([`DRAFT_LIFETIME`], 30 days by default) and
//! are then neither returned nor kept, nor their files. Files a citizen attaches are kept
//! with the draft ([`DossierStore::add_file`]), so a reload or a return days later never asks
//! for them again. Submitting twice (a double click, two tabs, a replayed
//! post) returns the same code. A draft started by a signed-in citizen belongs to them
//! ([`Draft::owner`]): [`DossierStore::latest_of`] finds it again after sign-out and
//! sign-in, in any browser.
//!
//! ```
//! use dvc_rules::date::Date;
//! use dvc_server::dossiers::{Draft, DossierStore, SqliteDossiers, DRAFT_LIFETIME};
//!
//! let store = SqliteDossiers::in_memory().unwrap(); // SqliteDossiers::open(path) on disk
//! let answers = vec![("full_name".to_string(), "Lò Văn Páo".to_string())];
//! let draft = Draft { id: "k7f3q9".into(), service: "dang-ky".into(), answers, step: "/dia-chi".into(), updated_at: 0, expires_at: DRAFT_LIFETIME.as_secs(), owner: None, claimant: None };
//! store.save_draft(&draft).unwrap();
//! let code = store.submit("k7f3q9", "000.00.12.H62", Date::new(2026, 11, 24).unwrap()).unwrap().unwrap();
//! assert_eq!(code.to_string(), "000.00.12.H62-261124-0001");
//! ```

use dvc_rules::date::Date;
use dvc_rules::Locale;
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use std::fmt;
use std::path::Path;
use std::sync::Mutex;
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
    /// Random and unguessable (it is the citizen's key to the draft).
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

/// The store could not be read or written (its message is for the server's log; the citizen
/// is told that their answers could not be saved and to try again).
#[derive(Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dossier store: {}", self.0)
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError(e.to_string())
    }
}

/// Where drafts and dossier codes are kept.
pub trait DossierStore: Send + Sync {
    /// Saves `draft` (replacing the one with its id), unless that draft was submitted.
    fn save_draft(&self, draft: &Draft) -> Result<(), StoreError>;
    /// The draft with `id`, if kept and not expired at `now`.
    fn draft(&self, id: &str, now: u64) -> Result<Option<Draft>, StoreError>;
    /// Submits the draft `id` to `agency` on `day`: its code, the same one every time it is
    /// asked again. None when there is no such draft.
    fn submit(&self, id: &str, agency: &str, day: Date) -> Result<Option<DossierCode>, StoreError> {
        Ok(self.submit_once(id, agency, day)?.map(|(code, _)| code))
    }
    /// The same, saying whether this call gave the code (true once per dossier, however
    /// many posts race to submit it): what hands the dossier on does it once.
    fn submit_once(
        &self,
        id: &str,
        agency: &str,
        day: Date,
    ) -> Result<Option<(DossierCode, bool)>, StoreError>;
    /// The code of the draft `id` if it was submitted (asking never submits it).
    fn submitted(&self, id: &str) -> Result<Option<DossierCode>, StoreError>;
    /// Deletes every unsubmitted draft expired at `now`, with its files; how many drafts.
    fn purge_expired(&self, now: u64) -> Result<usize, StoreError>;
    /// How many unsubmitted drafts nobody owns are kept at `now` (what sessions that ended
    /// left, waiting to be claimed): a portal caps them so anonymous posts cannot fill it.
    fn unowned(&self, now: u64) -> Result<usize, StoreError>;
    /// The newest unsubmitted draft of `service` that nobody owns yet and that was kept
    /// for `claimant` (not expired at `now`): what they typed after their session ended,
    /// for their next sign-in, in any browser.
    fn unclaimed_for(
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
    fn add_file(
        &self,
        draft: &str,
        question: &str,
        name: &str,
        bytes: &[u8],
        most: usize,
    ) -> Result<Option<KeptFile>, StoreError>;
    /// The files kept for `question` of `draft`, in the order they were attached.
    fn files(&self, draft: &str, question: &str) -> Result<Vec<KeptFile>, StoreError>;
    /// A kept file's name and content (to pass the dossier on to the agency).
    fn file(&self, draft: &str, file: i64) -> Result<Option<(String, Vec<u8>)>, StoreError>;
    /// Removes a kept file of an unsubmitted draft; whether there was one.
    fn remove_file(&self, draft: &str, file: i64) -> Result<bool, StoreError>;
    /// The newest draft of `service` that belongs to `owner` (submitted or not, not
    /// expired at `now`): where a citizen who signs in again comes back to.
    fn latest_of(&self, owner: &str, service: &str, now: u64) -> Result<Option<Draft>, StoreError>;
}

/// A file kept with a draft: its number (to remove it), name and size in bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptFile {
    pub id: i64,
    pub name: String,
    pub bytes: u64,
}

/// The schema, one step per version (`PRAGMA user_version` counts the steps applied).
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        service TEXT NOT NULL,
        answers TEXT NOT NULL,
        step TEXT NOT NULL,
        updated_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        code TEXT
    );
    CREATE INDEX drafts_expiry ON drafts (expires_at) WHERE code IS NULL;
    CREATE TABLE sequences (
        agency TEXT NOT NULL,
        day TEXT NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (agency, day)
    );",
    "CREATE TABLE draft_files (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        draft_id TEXT NOT NULL,
        question TEXT NOT NULL,
        name TEXT NOT NULL,
        content BLOB NOT NULL
    );
    CREATE INDEX draft_files_by_draft ON draft_files (draft_id, question);",
    "ALTER TABLE drafts ADD COLUMN owner TEXT;
    CREATE INDEX drafts_by_owner ON drafts (owner, service, updated_at) WHERE owner IS NOT NULL;",
    "ALTER TABLE drafts ADD COLUMN claimant TEXT;
    CREATE INDEX drafts_unowned ON drafts (expires_at) WHERE owner IS NULL AND code IS NULL;",
];

const DRAFT_COLUMNS: &str = "id, service, answers, step, updated_at, expires_at, owner, claimant";

/// A draft's row as read (its answers still JSON).
type DraftRow = (
    String,
    String,
    String,
    String,
    i64,
    i64,
    Option<String>,
    Option<String>,
);

fn draft_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DraftRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ))
}

fn read_draft(
    (id, service, answers, step, updated_at, expires_at, owner, claimant): DraftRow,
) -> Result<Draft, StoreError> {
    let answers = serde_json::from_str(&answers)
        .map_err(|e| StoreError(format!("a draft's answers do not read: {e}")))?;
    Ok(Draft {
        id,
        service,
        answers,
        step,
        updated_at: updated_at as u64,
        expires_at: expires_at as u64,
        owner,
        claimant,
    })
}

/// Creates `path` for its owner only (0600), or makes an existing file so.
fn owner_only(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let io = |e: std::io::Error| StoreError(format!("{}: {e}", path.display()));
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .mode(0o600)
            .open(path)
            .map_err(io)?;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(io)?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Drafts and codes in an SQLite database.
pub struct SqliteDossiers(Mutex<Connection>);

impl SqliteDossiers {
    /// Opens (or creates) the database at `path` and brings its schema up to date. The
    /// file is readable and writable by the server's own user only (0600, set again on
    /// an existing file; SQLite gives its `-wal` and `-shm` files the same), and deleted
    /// content is overwritten with zeros (`secure_delete`), not left in free pages.
    pub fn open(path: &Path) -> Result<SqliteDossiers, StoreError> {
        owner_only(path)?;
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        SqliteDossiers::ready(conn)
    }

    /// A database in memory (tests, a demo).
    pub fn in_memory() -> Result<SqliteDossiers, StoreError> {
        SqliteDossiers::ready(Connection::open_in_memory()?)
    }

    fn ready(mut conn: Connection) -> Result<SqliteDossiers, StoreError> {
        conn.pragma_update(None, "secure_delete", "ON")?;
        // Another process holding the write lock: wait for it rather than fail.
        conn.busy_timeout(Duration::from_secs(10))?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let done: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, step) in MIGRATIONS.iter().enumerate().skip(done.max(0) as usize) {
            tx.execute_batch(step)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
        }
        tx.commit()?;
        Ok(SqliteDossiers(Mutex::new(conn)))
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl DossierStore for SqliteDossiers {
    fn save_draft(&self, d: &Draft) -> Result<(), StoreError> {
        let answers = serde_json::to_string(&d.answers).map_err(|e| StoreError(e.to_string()))?;
        self.conn().execute(
            "INSERT INTO drafts (id, service, answers, step, updated_at, expires_at, owner, claimant) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (id) DO UPDATE SET service = ?2, answers = ?3, step = ?4, updated_at = ?5, expires_at = ?6, owner = COALESCE(owner, ?7),
                claimant = CASE WHEN owner IS NULL THEN COALESCE(claimant, ?8) ELSE claimant END
             WHERE code IS NULL",
            params![d.id, d.service, answers, d.step, d.updated_at as i64, d.expires_at as i64, d.owner, d.claimant],
        )?;
        Ok(())
    }

    fn draft(&self, id: &str, now: u64) -> Result<Option<Draft>, StoreError> {
        let conn = self.conn();
        let row = conn
            .query_row(
                &format!("SELECT {DRAFT_COLUMNS} FROM drafts WHERE id = ?1 AND (code IS NOT NULL OR expires_at > ?2)"),
                params![id, now as i64],
                draft_row,
            )
            .optional()?;
        row.map(read_draft).transpose()
    }

    fn latest_of(&self, owner: &str, service: &str, now: u64) -> Result<Option<Draft>, StoreError> {
        let conn = self.conn();
        let row = conn
            .query_row(
                &format!(
                    "SELECT {DRAFT_COLUMNS} FROM drafts WHERE owner = ?1 AND service = ?2 AND (code IS NOT NULL OR expires_at > ?3)
                     ORDER BY updated_at DESC, rowid DESC LIMIT 1"
                ),
                params![owner, service, now as i64],
                draft_row,
            )
            .optional()?;
        row.map(read_draft).transpose()
    }

    fn submit_once(
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
        let mut conn = self.conn();
        // IMMEDIATE: the write lock first, so no other process takes the same number.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let kept: Option<Option<String>> = tx
            .query_row("SELECT code FROM drafts WHERE id = ?1", params![id], |r| {
                r.get(0)
            })
            .optional()?;
        let code = match kept {
            None => None,
            Some(Some(code)) => Some((
                DossierCode::parse(&code)
                    .map_err(|p| StoreError(format!("stored code {code:?}: {p:?}")))?,
                false,
            )),
            Some(None) => {
                let key = format!("{:04}-{:02}-{:02}", day.year, day.month, day.day);
                let sequence: u32 = tx.query_row(
                    "INSERT INTO sequences (agency, day, last) VALUES (?1, ?2, 1)
                     ON CONFLICT (agency, day) DO UPDATE SET last = last + 1 RETURNING last",
                    params![agency, key],
                    |r| r.get(0),
                )?;
                let code = DossierCode {
                    agency: agency.to_string(),
                    day,
                    sequence,
                };
                tx.execute(
                    "UPDATE drafts SET code = ?2 WHERE id = ?1",
                    params![id, code.to_string()],
                )?;
                Some((code, true))
            }
        };
        tx.commit()?;
        Ok(code)
    }

    fn purge_expired(&self, now: u64) -> Result<usize, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "DELETE FROM draft_files WHERE draft_id IN (SELECT id FROM drafts WHERE code IS NULL AND expires_at <= ?1)",
            params![now as i64],
        )?;
        let gone = tx.execute(
            "DELETE FROM drafts WHERE code IS NULL AND expires_at <= ?1",
            params![now as i64],
        )?;
        tx.commit()?;
        Ok(gone)
    }

    fn unclaimed_for(
        &self,
        claimant: &str,
        service: &str,
        now: u64,
    ) -> Result<Option<Draft>, StoreError> {
        let conn = self.conn();
        let row = conn
            .query_row(
                &format!(
                    "SELECT {DRAFT_COLUMNS} FROM drafts WHERE owner IS NULL AND claimant = ?1 AND service = ?2
                     AND code IS NULL AND expires_at > ?3 ORDER BY updated_at DESC, rowid DESC LIMIT 1"
                ),
                params![claimant, service, now as i64],
                draft_row,
            )
            .optional()?;
        row.map(read_draft).transpose()
    }

    fn unowned(&self, now: u64) -> Result<usize, StoreError> {
        let n: i64 = self.conn().query_row(
            "SELECT COUNT(*) FROM drafts WHERE owner IS NULL AND code IS NULL AND expires_at > ?1",
            params![now as i64],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    fn submitted(&self, id: &str) -> Result<Option<DossierCode>, StoreError> {
        let code: Option<Option<String>> = self
            .conn()
            .query_row("SELECT code FROM drafts WHERE id = ?1", params![id], |r| {
                r.get(0)
            })
            .optional()?;
        code.flatten()
            .map(|c| {
                DossierCode::parse(&c).map_err(|p| StoreError(format!("stored code {c:?}: {p:?}")))
            })
            .transpose()
    }

    fn add_file(
        &self,
        draft: &str,
        question: &str,
        name: &str,
        bytes: &[u8],
        most: usize,
    ) -> Result<Option<KeptFile>, StoreError> {
        let conn = self.conn();
        let added = conn.execute(
            "INSERT INTO draft_files (draft_id, question, name, content)
             SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM drafts WHERE id = ?1 AND code IS NULL)
               AND (SELECT COUNT(*) FROM draft_files WHERE draft_id = ?1 AND question = ?2) < ?5",
            params![draft, question, name, bytes, most as i64],
        )?;
        Ok((added == 1).then(|| KeptFile {
            id: conn.last_insert_rowid(),
            name: name.to_string(),
            bytes: bytes.len() as u64,
        }))
    }

    fn files(&self, draft: &str, question: &str) -> Result<Vec<KeptFile>, StoreError> {
        let conn = self.conn();
        let mut query = conn.prepare("SELECT id, name, length(content) FROM draft_files WHERE draft_id = ?1 AND question = ?2 ORDER BY id")?;
        let rows = query.query_map(params![draft, question], |r| {
            Ok(KeptFile {
                id: r.get(0)?,
                name: r.get(1)?,
                bytes: r.get::<_, i64>(2)? as u64,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    fn file(&self, draft: &str, file: i64) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT name, content FROM draft_files WHERE draft_id = ?1 AND id = ?2",
                params![draft, file],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?)
    }

    fn remove_file(&self, draft: &str, file: i64) -> Result<bool, StoreError> {
        let gone = self.conn().execute(
            "DELETE FROM draft_files WHERE draft_id = ?1 AND id = ?2 AND EXISTS (SELECT 1 FROM drafts WHERE id = ?1 AND code IS NULL)",
            params![draft, file],
        )?;
        Ok(gone == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::sync::Arc;

    fn day() -> Date {
        Date::new(2020, 11, 5).unwrap()
    }

    fn draft(id: &str) -> Draft {
        Draft {
            id: id.into(),
            service: "dang-ky-thuong-tru".into(),
            answers: vec![
                ("full_name".into(), "Nguyễn Thị Hoà".into()),
                ("note".into(), "<b>a\nb</b>".into()),
            ],
            step: "/dia-chi".into(),
            updated_at: 1_000,
            expires_at: 1_000 + DRAFT_LIFETIME.as_secs(),
            owner: None,
            claimant: None,
        }
    }

    #[test]
    fn a_citizens_newest_draft_is_found_by_owner_and_the_first_owner_stays() {
        let store = SqliteDossiers::in_memory().unwrap();
        let mine = |id: &str, at: u64| Draft {
            owner: Some("an".into()),
            claimant: None,
            updated_at: at,
            expires_at: at + 100,
            ..draft(id)
        };
        store.save_draft(&mine("old", 1_000)).unwrap();
        store.save_draft(&mine("new", 1_050)).unwrap();
        store
            .save_draft(&Draft {
                owner: Some("binh".into()),
                updated_at: 1_060,
                ..draft("other")
            })
            .unwrap();
        store
            .save_draft(&Draft {
                updated_at: 1_070,
                ..draft("nobody")
            })
            .unwrap();
        assert_eq!(
            store
                .latest_of("an", "dang-ky-thuong-tru", 1_060)
                .unwrap()
                .map(|d| d.id),
            Some("new".into())
        );
        assert_eq!(
            store.latest_of("an", "another-service", 1_060).unwrap(),
            None
        );
        assert_eq!(
            store
                .latest_of("nobody", "dang-ky-thuong-tru", 1_060)
                .unwrap(),
            None
        );
        // Saved again without an owner (a post after the session ended) or by another: still An's.
        store
            .save_draft(&Draft {
                owner: None,
                updated_at: 1_080,
                expires_at: 1_200,
                ..draft("new")
            })
            .unwrap();
        store
            .save_draft(&Draft {
                owner: Some("binh".into()),
                updated_at: 1_090,
                expires_at: 1_200,
                ..draft("new")
            })
            .unwrap();
        assert_eq!(
            store.draft("new", 1_100).unwrap().and_then(|d| d.owner),
            Some("an".into())
        );
        assert_eq!(
            store
                .latest_of("binh", "dang-ky-thuong-tru", 1_100)
                .unwrap()
                .map(|d| d.id),
            Some("other".into())
        );
        // Expired: no longer found; submitted: still found (it shows its code).
        assert_eq!(
            store.latest_of("an", "dang-ky-thuong-tru", 1_200).unwrap(),
            None
        );
        store.submit("old", "000.00.12.H62", day()).unwrap();
        assert_eq!(
            store
                .latest_of("an", "dang-ky-thuong-tru", 1_200)
                .unwrap()
                .map(|d| d.id),
            Some("old".into())
        );
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
    fn a_draft_comes_back_as_saved_until_it_expires() {
        let store = SqliteDossiers::in_memory().unwrap();
        store.save_draft(&draft("a")).unwrap();
        assert_eq!(
            store.draft("a", 2_000).unwrap(),
            Some(draft("a")),
            "every answer, markup and line breaks as typed"
        );
        let later = Draft {
            answers: vec![("full_name".into(), "Nguyễn Thị Hoà Bình".into())],
            updated_at: 3_000,
            ..draft("a")
        };
        store.save_draft(&later).unwrap();
        assert_eq!(store.draft("a", 3_001).unwrap(), Some(later.clone()));
        assert_eq!(store.draft("b", 3_001).unwrap(), None);
        let gone = later.expires_at;
        assert_eq!(
            store.draft("a", gone).unwrap(),
            None,
            "expired: never shown again"
        );
        assert_eq!(store.purge_expired(gone).unwrap(), 1);
        assert_eq!(store.purge_expired(gone).unwrap(), 0);
    }

    #[test]
    fn files_are_kept_with_their_draft_until_it_is_purged() {
        let store = SqliteDossiers::in_memory().unwrap();
        assert_eq!(
            store
                .add_file("a", "proof", "so-do.pdf", b"%PDF-1.7", 10)
                .unwrap(),
            None,
            "no draft yet"
        );
        store.save_draft(&draft("a")).unwrap();
        store.save_draft(&draft("b")).unwrap();
        let first = store
            .add_file("a", "proof", "sổ đỏ.pdf", b"%PDF-1.7 one", 10)
            .unwrap()
            .unwrap();
        let second = store
            .add_file("a", "proof", "sổ đỏ.pdf", b"%PDF-1.7 two!", 10)
            .unwrap()
            .unwrap();
        store
            .add_file("a", "photo", "anh.jpg", &[0xff, 0xd8, 0xff], 10)
            .unwrap()
            .unwrap();
        assert_eq!(
            store.files("a", "proof").unwrap(),
            vec![first.clone(), second.clone()],
            "two files with one name stay two"
        );
        assert_eq!(second.bytes, 13);
        assert_eq!(
            store.file("a", first.id).unwrap(),
            Some(("sổ đỏ.pdf".to_string(), b"%PDF-1.7 one".to_vec()))
        );
        assert_eq!(
            store.file("b", first.id).unwrap(),
            None,
            "another draft's file is not reachable"
        );
        assert!(!store.remove_file("b", first.id).unwrap());
        assert!(
            store.remove_file("a", first.id).unwrap(),
            "removes that one file, not every file of that name"
        );
        assert_eq!(store.files("a", "proof").unwrap(), vec![second.clone()]);
        store.submit("a", "000.00.12.H62", day()).unwrap();
        assert!(
            !store.remove_file("a", second.id).unwrap(),
            "a submitted dossier's files stay as sent"
        );
        assert_eq!(
            store
                .add_file("a", "proof", "late.pdf", b"%PDF", 10)
                .unwrap(),
            None
        );
        store
            .add_file("b", "proof", "b.pdf", b"%PDF", 10)
            .unwrap()
            .unwrap();
        assert_eq!(store.purge_expired(u64::MAX / 2).unwrap(), 1);
        assert_eq!(
            store.files("b", "proof").unwrap(),
            vec![],
            "purged with its draft"
        );
        assert_eq!(
            store.files("a", "proof").unwrap().len(),
            1,
            "the submitted dossier keeps its file"
        );
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

    #[test]
    fn submitting_twice_gives_the_same_code_and_a_submitted_draft_no_longer_changes() {
        let store = SqliteDossiers::in_memory().unwrap();
        for id in ["a", "b"] {
            store.save_draft(&draft(id)).unwrap();
        }
        assert_eq!(
            store.submitted("a").unwrap(),
            None,
            "asking does not submit"
        );
        let first = store.submit("a", "000.00.12.H62", day()).unwrap().unwrap();
        assert_eq!(first.to_string(), "000.00.12.H62-201105-0001");
        assert_eq!(store.submitted("a").unwrap(), Some(first.clone()));
        assert_eq!(
            store.submit("a", "000.00.12.H62", day()).unwrap(),
            Some(first.clone()),
            "a replayed submit"
        );
        assert_eq!(
            store
                .submit("b", "000.00.12.H62", day())
                .unwrap()
                .unwrap()
                .sequence,
            2
        );
        let next_day = Date::new(2020, 11, 6).unwrap();
        store.save_draft(&draft("c")).unwrap();
        assert_eq!(
            store
                .submit("c", "000.00.12.H62", next_day)
                .unwrap()
                .unwrap()
                .to_string(),
            "000.00.12.H62-201106-0001",
            "each day starts at 0001"
        );
        store
            .save_draft(&Draft {
                step: "/changed".into(),
                ..draft("a")
            })
            .unwrap();
        assert_eq!(
            store.draft("a", 2_000).unwrap().unwrap().step,
            "/dia-chi",
            "submitted: kept as sent"
        );
        assert_eq!(
            store.purge_expired(u64::MAX / 2).unwrap(),
            0,
            "a submitted dossier is not a draft to purge"
        );
        assert_eq!(
            store.submit("nobody", "000.00.12.H62", day()).unwrap(),
            None
        );
        assert!(
            store.submit("b", "H62", day()).is_err(),
            "not an agency code"
        );
    }

    #[test]
    fn a_thousand_concurrent_submissions_from_two_processes_get_every_number_once() {
        let dir = std::env::temp_dir().join(format!("dvc-dossiers-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("dossiers.sqlite");
        let _ = std::fs::remove_file(&file);
        // Two connections to one file: two server processes sharing the database.
        let stores: Vec<Arc<SqliteDossiers>> = (0..2)
            .map(|_| Arc::new(SqliteDossiers::open(&file).unwrap()))
            .collect();
        let per_thread = 125;
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let store = stores[t % 2].clone();
                std::thread::spawn(move || {
                    (0..per_thread)
                        .map(|i| {
                            let id = format!("{t}-{i}");
                            store.save_draft(&draft(&id)).unwrap();
                            store
                                .submit(&id, "000.00.12.H62", day())
                                .unwrap()
                                .unwrap()
                                .sequence
                        })
                        .collect::<Vec<u32>>()
                })
            })
            .collect();
        let numbers: Vec<u32> = threads
            .into_iter()
            .flat_map(|t| t.join().unwrap())
            .collect();
        let distinct: HashSet<u32> = numbers.iter().copied().collect();
        assert_eq!(numbers.len(), 1_000);
        assert_eq!(
            distinct,
            (1..=1_000).collect::<HashSet<u32>>(),
            "no number twice, none skipped"
        );
        // Reopening runs no migration twice and finds everything.
        let again = SqliteDossiers::open(&file).unwrap();
        assert_eq!(
            again
                .submit("0-0", "000.00.12.H62", day())
                .unwrap()
                .unwrap()
                .sequence,
            numbers[0]
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn the_database_file_is_its_owners_only_and_deleted_answers_are_overwritten() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("dvc-mode-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("drafts.sqlite");
        let _ = std::fs::remove_file(&path);
        // An existing file left world-readable is made the owner's only.
        std::fs::write(&path, b"").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let store = SqliteDossiers::open(&path).unwrap();
        store.save_draft(&draft("a")).unwrap();
        for file in ["drafts.sqlite", "drafts.sqlite-wal", "drafts.sqlite-shm"] {
            let p = dir.join(file);
            if p.exists() {
                let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
                assert_eq!(mode, 0o600, "{file}: {mode:o}");
            }
        }
        let on: i64 = store
            .conn()
            .query_row("PRAGMA secure_delete", [], |r| r.get(0))
            .unwrap();
        assert_eq!(on, 1);
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_unowned_draft_keeps_its_claimant_until_an_owner_takes_it() {
        let store = SqliteDossiers::in_memory().unwrap();
        let mut pending = draft("p");
        pending.claimant = Some("an".into());
        store.save_draft(&pending).unwrap();
        assert_eq!(store.unowned(1_000).unwrap(), 1);
        assert_eq!(
            store
                .unclaimed_for("an", "dang-ky-thuong-tru", 1_000)
                .unwrap()
                .map(|d| d.id),
            Some("p".into())
        );
        assert_eq!(
            store
                .unclaimed_for("binh", "dang-ky-thuong-tru", 1_000)
                .unwrap(),
            None
        );
        // Saved again without a claimant: the first one stays.
        pending.claimant = None;
        store.save_draft(&pending).unwrap();
        assert_eq!(
            store
                .draft("p", 1_000)
                .unwrap()
                .unwrap()
                .claimant
                .as_deref(),
            Some("an")
        );
        pending.owner = Some("an".into());
        store.save_draft(&pending).unwrap();
        let claimed = store.draft("p", 1_000).unwrap().unwrap();
        assert_eq!(claimed.owner.as_deref(), Some("an"));
        assert_eq!(store.unowned(1_000).unwrap(), 0);
        assert_eq!(
            store.unowned(u64::MAX / 2).unwrap(),
            0,
            "expired ones are not counted"
        );
    }

    #[test]
    fn no_more_files_than_the_question_takes_even_from_two_posts_at_once() {
        let store = std::sync::Arc::new(SqliteDossiers::in_memory().unwrap());
        store.save_draft(&draft("a")).unwrap();
        let added: usize = std::thread::scope(|s| {
            let all: Vec<_> = (0..8)
                .map(|i| {
                    let store = store.clone();
                    s.spawn(move || {
                        store
                            .add_file("a", "proof", &format!("{i}.pdf"), b"%PDF-1.7", 3)
                            .unwrap()
                            .is_some()
                    })
                })
                .collect();
            all.into_iter()
                .map(|h| usize::from(h.join().unwrap()))
                .sum()
        });
        assert_eq!(added, 3);
        assert_eq!(store.files("a", "proof").unwrap().len(), 3);
        assert_eq!(
            store.add_file("a", "proof", "x.pdf", b"%PDF", 3).unwrap(),
            None
        );
    }
}
