//! A portal's small records kept for a time in its [`Database`]: one value (JSON) under a
//! random key, of one kind ("receipt"), maybe a signed-in citizen's, until it expires. What
//! a confirmation page or a payment step reads back on the next request, whichever process
//! serves it, instead of a process's memory.
//!
//! Bounded: a portal caps the records nobody owns (anyone can post the forms that make
//! them) with [`Records::unowned`] before keeping a new one; expired records are neither
//! read nor counted, and [`Records::purge`] deletes them.

use crate::database::{get, now_ms, Database, StoreError};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::time::Duration;

/// The records of one kind.
#[derive(Clone, Debug)]
pub struct Records {
    db: Database,
    kind: &'static str,
}

fn ms(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX / 4)
}

impl Records {
    /// The records of `kind` in `db`.
    pub fn new(db: Database, kind: &'static str) -> Records {
        Records { db, kind }
    }

    /// Keeps `value` under `id` for `lifetime` from now, `owner`'s (a subject) or
    /// nobody's; replaces what was under `id` (its owner stays).
    pub async fn put<T: Serialize + Sync>(
        &self,
        id: &str,
        owner: Option<&str>,
        value: &T,
        lifetime: Duration,
    ) -> Result<(), StoreError> {
        let json = serde_json::to_string(value).map_err(|e| StoreError(e.to_string()))?;
        sqlx::query(
            "INSERT INTO records (kind, id, owner, value, expires_at) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (kind, id) DO UPDATE SET value = $4, expires_at = $5",
        )
        .bind(self.kind)
        .bind(id)
        .bind(owner.map(str::to_string))
        .bind(json)
        .bind(now_ms() + ms(lifetime))
        .execute(self.db.pool())
        .await?;
        Ok(())
    }

    /// Replaces the value under `id` if it is kept and not expired (its time and owner
    /// stay); whether it was.
    pub async fn update<T: Serialize + Sync>(
        &self,
        id: &str,
        value: &T,
    ) -> Result<bool, StoreError> {
        let json = serde_json::to_string(value).map_err(|e| StoreError(e.to_string()))?;
        let done = sqlx::query(
            "UPDATE records SET value = $3 WHERE kind = $1 AND id = $2 AND expires_at > $4",
        )
        .bind(self.kind)
        .bind(id)
        .bind(json)
        .bind(now_ms())
        .execute(self.db.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The value under `id` and its owner, if kept and not expired.
    pub async fn get<T: DeserializeOwned>(
        &self,
        id: &str,
    ) -> Result<Option<(T, Option<String>)>, StoreError> {
        let row = sqlx::query(
            "SELECT value, owner FROM records WHERE kind = $1 AND id = $2 AND expires_at > $3",
        )
        .bind(self.kind)
        .bind(id)
        .bind(now_ms())
        .fetch_optional(self.db.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let value: T = serde_json::from_str(&get::<String>(&row, 0)?)
            .map_err(|e| StoreError(format!("a {} record does not read: {e}", self.kind)))?;
        Ok(Some((value, get(&row, 1)?)))
    }

    /// Deletes the record under `id`.
    pub async fn remove(&self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM records WHERE kind = $1 AND id = $2")
            .bind(self.kind)
            .bind(id)
            .execute(self.db.pool())
            .await?;
        Ok(())
    }

    /// How many records of this kind nobody owns are kept now.
    pub async fn unowned(&self) -> Result<u64, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) FROM records WHERE kind = $1 AND owner IS NULL AND expires_at > $2",
        )
        .bind(self.kind)
        .bind(now_ms())
        .fetch_one(self.db.pool())
        .await?;
        Ok(u64::try_from(get::<i64>(&row, 0)?).unwrap_or(0))
    }

    /// Deletes every expired record of this kind; how many.
    pub async fn purge(&self) -> Result<u64, StoreError> {
        let gone = sqlx::query("DELETE FROM records WHERE kind = $1 AND expires_at <= $2")
            .bind(self.kind)
            .bind(now_ms())
            .execute(self.db.pool())
            .await?;
        Ok(gone.rows_affected())
    }
}
