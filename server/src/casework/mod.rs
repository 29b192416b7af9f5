//! A submitted dossier's life on the server: the case the one-stop desk works on (where it
//! stands, its agency, whose it is, when it is due) and every event of it, kept in the
//! portal's [`Database`]. What the statuses, actions and events are is data of
//! `dvc_procedure::casework`; this module keeps them.
//!
//! - A case is opened once per dossier when it is submitted ([`Cases::open`], however many
//!   posts race), with the "submitted" event.
//! - Every change is an event appended together with the case's new status, in one
//!   transaction, and only from the status the actor saw ([`Cases::record`]): two officers
//!   acting at once cannot both move it; the second is told it changed.
//! - Events are append-only: there is no call to change or delete one, and the database's
//!   own triggers refuse it (SQLite and PostgreSQL).
//! - The officer's queue ([`Cases::queue`]): one agency's cases, filtered by status,
//!   procedure and day received, sorted, a page at a time, with the count of each status.
//! - The citizen's list ([`Cases::of_owner`]) and the look-up by code with a second factor
//!   ([`Cases::look_up`]): the last four digits of the identification number or the phone
//!   given, kept only as a hash with the code.
//!
//! It must not draw pages (the components do) nor decide who may see a case (the routes do).
//!
//! ```
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! use dvc_procedure::casework::{Happened, Status};
//! use dvc_server::casework::{Cases, Opening, Recorded};
//! use dvc_server::database::Database;
//! let cases = Cases::new(Database::in_memory().await.unwrap());
//! let code = "000.00.12.H62-261205-0001";
//! cases.open(&Opening { code: code.into(), draft_id: "k7".into(), service: "dang-ky".into(),
//!     agency: "000.00.12.H62".into(), owner: Some("sub-1".into()), applicant: "Lò Văn Páo".into(),
//!     at: 1_764_900_000, factors: vec!["0027".into()] }).await.unwrap();
//! let accepted = Recorded::by_office(Happened::Accepted, "000.00.12.H62", "can-bo-1", 1_764_900_100);
//! assert!(cases.record(code, Status::Waiting, &accepted).await.unwrap());
//! assert!(!cases.record(code, Status::Waiting, &accepted).await.unwrap(), "moved already");
//! assert_eq!(cases.get(code).await.unwrap().unwrap().status, Status::Processing);
//! assert_eq!(cases.events(code).await.unwrap().len(), 2);
//! # });
//! ```

pub mod counter;
pub mod officers;
pub mod outbox;

use crate::database::{get, Database, StoreError};
use crate::forms::date_in_vietnam;
use dvc_procedure::casework::{Happened, Status};
use dvc_rules::date::Date;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;

/// Cases a page of the queue shows.
pub const PAGE_SIZE: usize = 20;

/// What opening a case needs, from the submitted dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// The dossier code, as written.
    pub code: String,
    pub draft_id: String,
    /// The procedure's slug.
    pub service: String,
    /// The agency code that decides it.
    pub agency: String,
    /// The signed-in citizen's subject (None: submitted without signing in).
    pub owner: Option<String>,
    /// The applicant's name, for the desk's queue.
    pub applicant: String,
    /// Seconds since 1970.
    pub at: u64,
    /// The look-up's second factors (each the last four digits of a number given).
    pub factors: Vec<String>,
}

/// A case as kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub code: String,
    pub draft_id: String,
    pub service: String,
    pub agency: String,
    pub owner: Option<String>,
    pub applicant: String,
    pub received_at: u64,
    pub status: Status,
    /// The result's due day (being processed) or the more papers' (more needed).
    pub due: Option<Date>,
    pub changed_at: u64,
}

impl Case {
    /// The day it was received, in Viet Nam.
    pub fn received_day(&self) -> Date {
        date_in_vietnam(self.received_at)
    }
}

/// What a case's answers are once the citizen has sent more: the copy they changed, and
/// the applicant's name and look-up factors read from it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answered {
    pub draft_id: String,
    pub applicant: String,
    /// Each the last four digits of a number given.
    pub factors: Vec<String>,
}

/// One event as kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    pub happened: Happened,
    /// Seconds since 1970.
    pub at: u64,
    /// The agency that acted; None: the citizen.
    pub office: Option<String>,
    /// The officer's account that acted (the desk's audit; never shown to the citizen).
    pub officer: Option<String>,
    pub reason: Option<String>,
    pub basis: Option<String>,
    pub due: Option<Date>,
    /// The answers and papers asked for or sent (the questions' names).
    pub items: Vec<String>,
}

impl Recorded {
    /// An event of the citizen's.
    pub fn by_citizen(happened: Happened, at: u64) -> Recorded {
        Recorded {
            happened,
            at,
            office: None,
            officer: None,
            reason: None,
            basis: None,
            due: None,
            items: Vec::new(),
        }
    }

    /// An event of `officer` of the agency `office`.
    pub fn by_office(happened: Happened, office: &str, officer: &str, at: u64) -> Recorded {
        Recorded {
            office: Some(office.into()),
            officer: Some(officer.into()),
            ..Recorded::by_citizen(happened, at)
        }
    }
}

/// How the queue is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// By the day received (the default: oldest first, as a desk works).
    #[default]
    Received,
    /// By the day due (no due day last).
    Due,
    /// By the applicant's name.
    Applicant,
}

impl Sort {
    pub fn slug(self) -> &'static str {
        match self {
            Sort::Received => "ngay-nhan",
            Sort::Due => "han",
            Sort::Applicant => "nguoi-nop",
        }
    }

    pub fn from_slug(s: &str) -> Option<Sort> {
        [Sort::Received, Sort::Due, Sort::Applicant]
            .into_iter()
            .find(|x| x.slug() == s)
    }
}

/// What the desk asks of the queue.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Any of these statuses (none: every status).
    pub statuses: Vec<Status>,
    /// One procedure (its slug).
    pub service: Option<String>,
    /// Received on or after, on or before (days in Viet Nam).
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub sort: Sort,
    pub descending: bool,
    /// From 1.
    pub page: usize,
}

/// Wrong look-ups of one code allowed in [`LOOK_UP_WINDOW`].
pub const LOOK_UP_MISSES: i64 = 10;
/// The window wrong look-ups of a code are counted in, and how long it is then refused.
pub const LOOK_UP_WINDOW: u64 = 3600;

/// What a look-up by code found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookedUp {
    Found(Case),
    /// No dossier has this code with these digits (one answer for both).
    NotFound,
    /// Too many wrong look-ups of this code: none until `until` (seconds since 1970).
    Locked {
        until: u64,
    },
}

/// One page of the queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueuePage {
    pub cases: Vec<Case>,
    /// How many match the whole query.
    pub total: usize,
    /// How many match each status, under the query's other filters.
    pub counts: Vec<(Status, usize)>,
}

/// A day as the store keeps it ("2026-12-05": sorts as text).
pub fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// A day kept by [`iso`].
pub fn from_iso(s: &str) -> Option<Date> {
    let mut parts = s.splitn(3, '-').map(|p| p.parse::<u16>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

/// What is kept of a second factor: the SHA-256 of the code and the digits.
fn factor_key(code: &str, digits: &str) -> String {
    Sha256::digest(format!("{code}|{digits}").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The last four digits of a number as given ("0912 345 678" → "5678"); None with fewer.
pub fn last_digits(number: &str) -> Option<String> {
    let digits: Vec<char> = number.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 4).then(|| digits[digits.len() - 4..].iter().collect())
}

/// A statement built here from the column list, numbered parameters and the sort's own
/// words: every value is bound, nothing a request sent is written into it.
fn safe(sql: String) -> sqlx::AssertSqlSafe<String> {
    sqlx::AssertSqlSafe(sql)
}

fn secs(t: u64) -> i64 {
    i64::try_from(t).unwrap_or(i64::MAX)
}

const CASE_COLUMNS: &str =
    "code, draft_id, service, agency, owner, applicant, received_at, status, due, changed_at";

fn read_case(row: &AnyRow) -> Result<Case, StoreError> {
    let status: String = get(row, 7)?;
    let due: Option<String> = get(row, 8)?;
    Ok(Case {
        code: get(row, 0)?,
        draft_id: get(row, 1)?,
        service: get(row, 2)?,
        agency: get(row, 3)?,
        owner: get(row, 4)?,
        applicant: get(row, 5)?,
        received_at: get::<i64>(row, 6)? as u64,
        status: Status::from_slug(&status)
            .ok_or_else(|| StoreError(format!("a case's status {status:?} is unknown")))?,
        due: due.as_deref().and_then(from_iso),
        changed_at: get::<i64>(row, 9)? as u64,
    })
}

fn read_event(row: &AnyRow) -> Result<Recorded, StoreError> {
    let happened: String = get(row, 0)?;
    let due: Option<String> = get(row, 6)?;
    let items: String = get(row, 7)?;
    Ok(Recorded {
        happened: Happened::from_slug(&happened)
            .ok_or_else(|| StoreError(format!("an event {happened:?} is unknown")))?,
        at: get::<i64>(row, 1)? as u64,
        office: get(row, 2)?,
        officer: get(row, 3)?,
        reason: get(row, 4)?,
        basis: get(row, 5)?,
        due: due.as_deref().and_then(from_iso),
        items: serde_json::from_str(&items)
            .map_err(|e| StoreError(format!("an event's items do not read: {e}")))?,
    })
}

/// The cases and their events, in the portal's database.
#[derive(Clone, Debug)]
pub struct Cases(Database);

impl Cases {
    pub fn new(db: Database) -> Cases {
        Cases(db)
    }

    fn pool(&self) -> &sqlx::AnyPool {
        self.0.pool()
    }

    /// Opens the case of a submitted dossier with its "submitted" event; true when this
    /// call opened it (once per code, whatever races).
    pub async fn open(&self, o: &Opening) -> Result<bool, StoreError> {
        self.open_with(o, &Recorded::by_citizen(Happened::Submitted, o.at))
            .await
    }

    /// Opens the case of a dossier an office submitted at its counter for the citizen
    /// ([`Happened::SubmittedAtCounter`], by `agency`, the officer `officer`); as
    /// [`Cases::open`].
    pub async fn open_at_counter(
        &self,
        o: &Opening,
        agency: &str,
        officer: &str,
    ) -> Result<bool, StoreError> {
        let event = Recorded::by_office(Happened::SubmittedAtCounter, agency, officer, o.at);
        self.open_with(o, &event).await
    }

    async fn open_with(&self, o: &Opening, submitted: &Recorded) -> Result<bool, StoreError> {
        let factors: Vec<String> = o.factors.iter().map(|d| factor_key(&o.code, d)).collect();
        let mut tx = self.pool().begin().await?;
        let opened = sqlx::query(
            "INSERT INTO cases (code, draft_id, service, agency, owner, applicant, received_at, received_day, status, due, changed_at, factors)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $7, $10) ON CONFLICT DO NOTHING",
        )
        .bind(&o.code)
        .bind(&o.draft_id)
        .bind(&o.service)
        .bind(&o.agency)
        .bind(o.owner.clone())
        .bind(&o.applicant)
        .bind(secs(o.at))
        .bind(iso(date_in_vietnam(o.at)))
        .bind(Status::Waiting.slug())
        .bind(factors.join(" "))
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if opened {
            append(&mut tx, &o.code, submitted).await?;
        }
        tx.commit().await?;
        Ok(opened)
    }

    /// The case with this code.
    pub async fn get(&self, code: &str) -> Result<Option<Case>, StoreError> {
        self.one_where("code", code).await
    }

    /// The case of the dossier whose answers are the draft `draft_id` (after more was sent,
    /// the copy sent).
    pub async fn of_draft(&self, draft_id: &str) -> Result<Option<Case>, StoreError> {
        self.one_where("draft_id", draft_id).await
    }

    /// The case whose `column` (one of this module's own names, never a request's) is
    /// `value`.
    async fn one_where(
        &self,
        column: &'static str,
        value: &str,
    ) -> Result<Option<Case>, StoreError> {
        let row = sqlx::query(safe(format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE {column} = $1"
        )))
        .bind(value)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read_case).transpose()
    }

    /// Every event of the case, oldest first.
    pub async fn events(&self, code: &str) -> Result<Vec<Recorded>, StoreError> {
        let rows = sqlx::query(
            "SELECT happened, at, office, officer, reason, basis, due, items FROM case_events WHERE code = $1 ORDER BY id",
        )
        .bind(code)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(read_event).collect()
    }

    /// Records `event` if the case still stands at `seen` (what the actor was shown): the
    /// case moves to the event's status (its due day set by the event, kept otherwise)
    /// and the event is appended, both or neither. False: the case had moved, or there is
    /// no such case.
    pub async fn record(
        &self,
        code: &str,
        seen: Status,
        event: &Recorded,
    ) -> Result<bool, StoreError> {
        self.move_case(
            "UPDATE cases SET status = $3, due = COALESCE($5, due), changed_at = $4 WHERE code = $1 AND status = $2",
            code,
            seen,
            vec![event.due.map(iso)],
            event,
        )
        .await
    }

    /// Records the citizen's answer to a request for more (`event`, "more sent") if the
    /// case still waits for it: the case's answers become those of `draft_id` (the copy
    /// the citizen changed, kept for good first), with the applicant's name and the
    /// look-up's factors read from them again, its status the event's, its due day
    /// cleared (the desk sets the next), and the event is appended, all or nothing. False:
    /// the case had moved (refused meanwhile, or sent from another tab), or there is none.
    pub async fn answered(
        &self,
        code: &str,
        now_is: &Answered,
        event: &Recorded,
    ) -> Result<bool, StoreError> {
        let factors: Vec<String> = now_is.factors.iter().map(|d| factor_key(code, d)).collect();
        self.move_case(
            "UPDATE cases SET status = $3, draft_id = $5, applicant = $6, factors = $7, due = NULL, changed_at = $4 WHERE code = $1 AND status = $2",
            code,
            Status::NeedsMore,
            vec![
                Some(now_is.draft_id.clone()),
                Some(now_is.applicant.clone()),
                Some(factors.join(" ")),
            ],
            event,
        )
        .await
    }

    /// Runs `update` (bound to the code, the status seen, the event's status, its time and
    /// `extra`, from `$5`) and appends `event` if it moved the case, in one transaction.
    async fn move_case(
        &self,
        update: &'static str,
        code: &str,
        seen: Status,
        extra: Vec<Option<String>>,
        event: &Recorded,
    ) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin().await?;
        let mut query = sqlx::query(update)
            .bind(code)
            .bind(seen.slug())
            .bind(event.happened.status().slug())
            .bind(secs(event.at));
        for value in extra {
            query = query.bind(value);
        }
        let moved = query.execute(&mut *tx).await?.rows_affected() == 1;
        if moved {
            append(&mut tx, code, event).await?;
        }
        tx.commit().await?;
        Ok(moved)
    }

    /// The cases of a signed-in citizen, newest first.
    pub async fn of_owner(&self, owner: &str) -> Result<Vec<Case>, StoreError> {
        let rows = sqlx::query(safe(format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE owner = $1 ORDER BY received_at DESC, code DESC"
        )))
        .bind(owner)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(read_case).collect()
    }

    /// The case with `code` if `digits` are the last four of a number given with it
    /// ([`LookedUp::Found`]); one answer for a wrong code and a wrong factor
    /// ([`LookedUp::NotFound`]), counted for the code as typed (across processes); past
    /// [`LOOK_UP_MISSES`] in [`LOOK_UP_WINDOW`], that code is not looked up until the
    /// window is over ([`LookedUp::Locked`]), whether or not a dossier has it.
    pub async fn look_up(
        &self,
        code: &str,
        digits: &str,
        now: u64,
    ) -> Result<LookedUp, StoreError> {
        let (code, digits) = (code.trim(), digits.trim());
        let key = factor_key(code, "");
        if let Some(until) = self.locked_until(&key, now).await? {
            return Ok(LookedUp::Locked { until });
        }
        let row = sqlx::query(safe(format!(
            "SELECT {CASE_COLUMNS}, factors FROM cases WHERE code = $1"
        )))
        .bind(code)
        .fetch_optional(self.pool())
        .await?;
        if let Some(row) = row {
            let factors: String = get(&row, 10)?;
            if factors.split(' ').any(|f| f == factor_key(code, digits)) {
                return read_case(&row).map(LookedUp::Found);
            }
        }
        self.miss(&key, now).await?;
        Ok(LookedUp::NotFound)
    }

    /// When `key` (a code as typed, hashed) may be tried again, if it missed
    /// [`LOOK_UP_MISSES`] times in [`LOOK_UP_WINDOW`] (across processes).
    async fn locked_until(&self, key: &str, now: u64) -> Result<Option<u64>, StoreError> {
        let window_start = secs(now.saturating_sub(LOOK_UP_WINDOW));
        let counted = sqlx::query("SELECT since, misses FROM look_up_misses WHERE code_key = $1")
            .bind(key)
            .fetch_optional(self.pool())
            .await?;
        if let Some(row) = counted {
            let (since, misses): (i64, i64) = (get(&row, 0)?, get(&row, 1)?);
            if since > window_start && misses >= LOOK_UP_MISSES {
                return Ok(Some((since as u64).saturating_add(LOOK_UP_WINDOW)));
            }
        }
        Ok(None)
    }

    /// One more miss of `key`: in one statement, a new window or one more in this one.
    /// Old windows go.
    async fn miss(&self, key: &str, now: u64) -> Result<(), StoreError> {
        let window_start = secs(now.saturating_sub(LOOK_UP_WINDOW));
        let mut tx = self.pool().begin().await?;
        sqlx::query("DELETE FROM look_up_misses WHERE since <= $1 AND code_key <> $2")
            .bind(window_start)
            .bind(key)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO look_up_misses (code_key, since, misses) VALUES ($1, $2, 1)
             ON CONFLICT (code_key) DO UPDATE SET
                misses = CASE WHEN look_up_misses.since <= $3 THEN 1 ELSE look_up_misses.misses + 1 END,
                since = CASE WHEN look_up_misses.since <= $3 THEN $2 ELSE look_up_misses.since END",
        )
        .bind(key)
        .bind(secs(now))
        .bind(window_start)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A page of `agency`'s queue.
    pub async fn queue(&self, agency: &str, q: &Query) -> Result<QueuePage, StoreError> {
        // The filters other than status, as SQL with numbered parameters.
        let mut filter = String::from("agency = $1");
        let mut binds: Vec<String> = vec![agency.to_string()];
        let mut param = |filter: &mut String, sql: &str, value: String| {
            binds.push(value);
            filter.push_str(&sql.replace('?', &format!("${}", binds.len())));
        };
        if let Some(s) = &q.service {
            param(&mut filter, " AND service = ?", s.clone());
        }
        if let Some(d) = q.from {
            param(&mut filter, " AND received_day >= ?", iso(d));
        }
        if let Some(d) = q.to {
            param(&mut filter, " AND received_day <= ?", iso(d));
        }
        let counts_sql =
            format!("SELECT status, COUNT(*) FROM cases WHERE {filter} GROUP BY status");
        let mut counted = sqlx::query(safe(counts_sql));
        for b in &binds {
            counted = counted.bind(b.clone());
        }
        let mut counts: Vec<(Status, usize)> = Status::ALL.iter().map(|s| (*s, 0)).collect();
        for row in counted.fetch_all(self.pool()).await? {
            let status: String = get(&row, 0)?;
            if let Some(c) = counts.iter_mut().find(|(s, _)| s.slug() == status) {
                c.1 = get::<i64>(&row, 1)? as usize;
            }
        }
        if !q.statuses.is_empty() {
            let first = binds.len() + 1;
            let marks: Vec<String> = (first..first + q.statuses.len())
                .map(|n| format!("${n}"))
                .collect();
            filter.push_str(&format!(" AND status IN ({})", marks.join(", ")));
            binds.extend(q.statuses.iter().map(|s| s.slug().to_string()));
        }
        let total: usize = counts
            .iter()
            .filter(|(s, _)| q.statuses.is_empty() || q.statuses.contains(s))
            .map(|(_, n)| n)
            .sum();
        let dir = if q.descending { "DESC" } else { "ASC" };
        let order = match q.sort {
            Sort::Received => format!("received_at {dir}, code {dir}"),
            // No due day last, whichever way.
            Sort::Due => {
                format!("CASE WHEN due IS NULL THEN 1 ELSE 0 END, due {dir}, received_at, code")
            }
            Sort::Applicant => format!("applicant {dir}, received_at, code"),
        };
        let page = q.page.max(1);
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM cases WHERE {filter} ORDER BY {order} LIMIT {PAGE_SIZE} OFFSET {}",
            (page - 1) * PAGE_SIZE
        );
        let mut listed = sqlx::query(safe(sql));
        for b in &binds {
            listed = listed.bind(b.clone());
        }
        let cases = listed
            .fetch_all(self.pool())
            .await?
            .iter()
            .map(read_case)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(QueuePage {
            cases,
            total,
            counts,
        })
    }
}

async fn append(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    code: &str,
    e: &Recorded,
) -> Result<(), StoreError> {
    let items = serde_json::to_string(&e.items).map_err(|e| StoreError(e.to_string()))?;
    sqlx::query(
        "INSERT INTO case_events (code, at, happened, office, officer, reason, basis, due, items) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(code)
    .bind(secs(e.at))
    .bind(e.happened.slug())
    .bind(e.office.clone())
    .bind(e.officer.clone())
    .bind(e.reason.clone())
    .bind(e.basis.clone())
    .bind(e.due.map(iso))
    .bind(items)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_keep_their_order_as_text_and_read_back() {
        let d = Date::new(2026, 3, 9).unwrap();
        assert_eq!(iso(d), "2026-03-09");
        assert_eq!(from_iso("2026-03-09"), Some(d));
        assert_eq!(from_iso("2026-02-30"), None);
        assert_eq!(from_iso("x"), None);
        assert!(iso(d) < iso(Date::new(2026, 10, 1).unwrap()));
    }

    #[test]
    fn a_factor_is_the_last_four_digits_and_is_kept_only_hashed() {
        assert_eq!(last_digits("0912 345 678").as_deref(), Some("5678"));
        assert_eq!(last_digits("001090100027").as_deref(), Some("0027"));
        assert_eq!(last_digits("12a"), None);
        let key = factor_key("000.00.12.H62-261205-0001", "0027");
        assert_eq!(key.len(), 64);
        assert!(!key.contains("0027"));
    }
}
