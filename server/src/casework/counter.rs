//! Drafts handed to an officer at a one-stop counter. A signed-in citizen makes a short
//! code for their draft ([`Cases::hand_off`]: six digits, one use, [`CODE_LIFETIME`]; a new
//! code replaces the draft's earlier one); the officer in front of them types it
//! ([`Cases::take_hand_off`]), which works once, whichever process answers, and only in
//! time. The hand-off then stands for the citizen at that office ([`Cases::handed`]): what
//! their identity vouched for, so the officer's pages vouch the same, for
//! [`TAKEN_LIFETIME`]. The citizen's page says which office opened the draft, and when
//! ([`Cases::last_taken`]).
//!
//! Only the code's SHA-256 is kept. Wrong codes are counted per officer
//! ([`super::LOOK_UP_MISSES`] an hour, as the look-up counts a code's), so no desk can
//! guess its way into drafts.

use super::officers::six_digits;
use super::{factor_key, safe, secs, Cases};
use crate::database::{get, StoreError};
use crate::identity::{Citizen, Level};
use sqlx::any::AnyRow;

/// How long a code may be taken, in seconds.
pub const CODE_LIFETIME: u64 = 600;
/// How long the office may work on a draft it took, in seconds (a working day).
pub const TAKEN_LIFETIME: u64 = 8 * 3600;
/// How long a code no one took, or a hand-off done with, is kept (to say "late", to show
/// the citizen who opened their draft), in seconds.
const KEPT: u64 = 30 * 24 * 3600;

/// A draft handed over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandOff {
    /// Its own random id (the officer's pages' address; never the code).
    pub id: String,
    pub draft_id: String,
    /// The procedure's slug.
    pub service: String,
    /// The citizen it stands for, as their identity said when they made the code.
    pub citizen: Citizen,
    pub made_at: u64,
    pub expires_at: u64,
    /// When it was taken, by which agency and officer's account.
    pub taken: Option<(u64, String, String)>,
}

/// What typing a code did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Took {
    /// This officer has the draft now.
    Taken(HandOff),
    /// The code was taken already (by this or another desk).
    Used,
    /// The code's time is over (the citizen makes a new one).
    Late,
    /// No such code (or one the citizen replaced).
    Unknown,
    /// Too many wrong codes from this officer: not until then.
    Locked { until: u64 },
}

const COLUMNS: &str = "id, draft_id, service, subject, name, id_number, birth_date, level, made_at, expires_at, taken_at, agency, officer";

fn read(row: &AnyRow) -> Result<HandOff, StoreError> {
    let level: i64 = get(row, 7)?;
    let taken_at: Option<i64> = get(row, 10)?;
    let agency: Option<String> = get(row, 11)?;
    let officer: Option<String> = get(row, 12)?;
    Ok(HandOff {
        id: get(row, 0)?,
        draft_id: get(row, 1)?,
        service: get(row, 2)?,
        citizen: Citizen {
            subject: get(row, 3)?,
            name: get(row, 4)?,
            id_number: get(row, 5)?,
            birth_date: get(row, 6)?,
            level: if level >= 2 { Level::Two } else { Level::One },
        },
        made_at: get::<i64>(row, 8)? as u64,
        expires_at: get::<i64>(row, 9)? as u64,
        taken: match (taken_at, agency, officer) {
            (Some(t), Some(a), Some(o)) => Some((t as u64, a, o)),
            _ => None,
        },
    })
}

/// The kept form of a code as typed: its digits only ("482 913" is "482913").
fn code_key(code: &str) -> Option<String> {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| factor_key("tai-quay", &digits))
}

/// Whether `code` is written as a code is: six digits, spaces allowed.
pub fn well_formed(code: &str) -> bool {
    code_key(code).is_some()
}

/// A code spaced for reading aloud ("482 913").
pub fn spaced(code: &str) -> String {
    match code.get(..3).zip(code.get(3..)) {
        Some((a, b)) if code.len() == 6 => format!("{a} {b}"),
        _ => code.to_string(),
    }
}

impl Cases {
    /// A new code handing `citizen`'s draft `draft_id` of procedure `service` to an
    /// officer, from `now` for [`CODE_LIFETIME`]; the draft's codes not yet taken stop
    /// working. Returns the code (shown once, never kept).
    pub async fn hand_off(
        &self,
        draft_id: &str,
        service: &str,
        citizen: &Citizen,
        now: u64,
    ) -> Result<String, StoreError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "DELETE FROM hand_offs WHERE (draft_id = $1 AND taken_at IS NULL) OR made_at < $2",
        )
        .bind(draft_id)
        .bind(secs(now.saturating_sub(KEPT)))
        .execute(&mut *tx)
        .await?;
        // A code no other kept hand-off has, so that one typed finds one draft.
        let mut code = six_digits();
        for _ in 0..20 {
            let key = code_key(&code).unwrap_or_default();
            let clash = sqlx::query("SELECT id FROM hand_offs WHERE code_key = $1")
                .bind(&key)
                .fetch_optional(&mut *tx)
                .await?;
            if clash.is_none() {
                break;
            }
            code = six_digits();
        }
        sqlx::query(safe(format!(
            "INSERT INTO hand_offs ({COLUMNS}, code_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL, NULL, $11)"
        )))
        .bind(crate::identity::random_id())
        .bind(draft_id)
        .bind(service)
        .bind(&citizen.subject)
        .bind(&citizen.name)
        .bind(citizen.id_number.clone())
        .bind(citizen.birth_date.clone())
        .bind(i64::from(citizen.level.number()))
        .bind(secs(now))
        .bind(secs(now.saturating_add(CODE_LIFETIME)))
        .bind(code_key(&code).unwrap_or_default())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(code)
    }

    /// The officer `officer` of `agency` types `code`: the draft is theirs if the code is
    /// known, not taken and in time; once, whatever races. A code not known counts as a
    /// miss of this officer's.
    pub async fn take_hand_off(
        &self,
        code: &str,
        agency: &str,
        officer: &str,
        now: u64,
    ) -> Result<Took, StoreError> {
        let misses = factor_key("tai-quay-can-bo", officer);
        if let Some(until) = self.locked_until(&misses, now).await? {
            return Ok(Took::Locked { until });
        }
        let Some(key) = code_key(code) else {
            self.miss(&misses, now).await?;
            return Ok(Took::Unknown);
        };
        let row = sqlx::query(safe(format!(
            "SELECT {COLUMNS} FROM hand_offs WHERE code_key = $1 ORDER BY made_at DESC"
        )))
        .bind(&key)
        .fetch_optional(self.pool())
        .await?;
        let Some(found) = row.as_ref().map(read).transpose()? else {
            self.miss(&misses, now).await?;
            return Ok(Took::Unknown);
        };
        if found.taken.is_some() {
            return Ok(Took::Used);
        }
        if found.expires_at <= now {
            return Ok(Took::Late);
        }
        let took = sqlx::query(
            "UPDATE hand_offs SET taken_at = $2, agency = $3, officer = $4 WHERE id = $1 AND taken_at IS NULL",
        )
        .bind(&found.id)
        .bind(secs(now))
        .bind(agency)
        .bind(officer)
        .execute(self.pool())
        .await?
        .rows_affected()
            == 1;
        if !took {
            return Ok(Took::Used);
        }
        Ok(Took::Taken(HandOff {
            taken: Some((now, agency.into(), officer.into())),
            ..found
        }))
    }

    /// The hand-off `id` while `agency`, which took it, may work on it (taken less than
    /// [`TAKEN_LIFETIME`] ago).
    pub async fn handed(
        &self,
        id: &str,
        agency: &str,
        now: u64,
    ) -> Result<Option<HandOff>, StoreError> {
        let row = sqlx::query(safe(format!(
            "SELECT {COLUMNS} FROM hand_offs WHERE id = $1 AND agency = $2 AND taken_at > $3"
        )))
        .bind(id)
        .bind(agency)
        .bind(secs(now.saturating_sub(TAKEN_LIFETIME)))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read).transpose()
    }

    /// The latest hand-off of draft `draft_id` an office took, if any.
    pub async fn last_taken(&self, draft_id: &str) -> Result<Option<HandOff>, StoreError> {
        let row = sqlx::query(safe(format!(
            "SELECT {COLUMNS} FROM hand_offs WHERE draft_id = $1 AND taken_at IS NOT NULL ORDER BY taken_at DESC"
        )))
        .bind(draft_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(read).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_six_digits_spaces_allowed_and_is_read_aloud_in_threes() {
        assert!(well_formed("482913"));
        assert!(well_formed(" 482 913 "));
        assert!(!well_formed("48291"));
        assert!(!well_formed("48291a"));
        assert!(!well_formed("٤٨٢٩١٣"), "only ASCII digits");
        assert_eq!(code_key("482 913"), code_key("482913"));
        assert_ne!(code_key("482913"), code_key("482914"));
        assert_eq!(spaced("482913"), "482 913");
        assert_eq!(spaced("ưư91"), "ưư91", "never cut inside a letter");
    }
}
