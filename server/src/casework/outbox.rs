//! The outbox: every message the portal owes someone (a citizen told their dossier needs
//! more papers, an officer's one-time code), as a row a portal's e-mail or SMS sender reads
//! ([`Outbox::unsent`]), sends and marks sent ([`Outbox::sent`]), once, whichever of its
//! processes takes it. The kit writes the rows; sending is the portal's (its SMS gateway,
//! its mail server).
//!
//! ```
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! use dvc_server::casework::outbox::{Channel, Outbox};
//! use dvc_server::database::Database;
//! let outbox = Outbox::new(Database::in_memory().await.unwrap());
//! outbox.put("0912345678", Channel::Sms, "Hồ sơ … cần bổ sung", None, 0).await.unwrap();
//! let waiting = outbox.unsent(10).await.unwrap();
//! assert!(outbox.sent(waiting[0].id, 1).await.unwrap());
//! assert!(!outbox.sent(waiting[0].id, 2).await.unwrap(), "once");
//! assert!(outbox.unsent(10).await.unwrap().is_empty());
//! # });
//! ```

use crate::database::{get, Database, StoreError};

/// How a message goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Sms,
    Email,
}

impl Channel {
    pub fn slug(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Email => "email",
        }
    }

    fn from_slug(s: &str) -> Channel {
        if s == "email" {
            Channel::Email
        } else {
            Channel::Sms
        }
    }
}

/// One message of the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: i64,
    /// A phone number or an e-mail address.
    pub to: String,
    pub channel: Channel,
    pub text: String,
    /// The dossier it is about, if any.
    pub dossier: Option<String>,
    pub created_at: u64,
    pub sent_at: Option<u64>,
}

/// The outbox, in the portal's database.
#[derive(Clone, Debug)]
pub struct Outbox(Database);

fn read(r: &sqlx::any::AnyRow) -> Result<Message, StoreError> {
    Ok(Message {
        id: get(r, 0)?,
        to: get(r, 1)?,
        channel: Channel::from_slug(&get::<String>(r, 2)?),
        text: get(r, 3)?,
        dossier: get(r, 4)?,
        created_at: get::<i64>(r, 5)? as u64,
        sent_at: get::<Option<i64>>(r, 6)?.map(|t| t as u64),
    })
}

const COLUMNS: &str = "id, recipient, channel, body, dossier, created_at, sent_at";

impl Outbox {
    pub fn new(db: Database) -> Outbox {
        Outbox(db)
    }

    /// Puts a message in the outbox.
    pub async fn put(
        &self,
        to: &str,
        channel: Channel,
        text: &str,
        dossier: Option<&str>,
        now: u64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO outbox (recipient, channel, body, dossier, created_at, sent_at) VALUES ($1, $2, $3, $4, $5, NULL)",
        )
        .bind(to)
        .bind(channel.slug())
        .bind(text)
        .bind(dossier.map(String::from))
        .bind(i64::try_from(now).unwrap_or(i64::MAX))
        .execute(self.0.pool())
        .await?;
        Ok(())
    }

    /// The oldest `most` messages not yet sent.
    pub async fn unsent(&self, most: usize) -> Result<Vec<Message>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT {most}"
        )))
        .fetch_all(self.0.pool())
        .await?;
        rows.iter().map(read).collect()
    }

    /// The newest `most` messages, sent or not (the demo's page for designers).
    pub async fn newest(&self, most: usize) -> Result<Vec<Message>, StoreError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT {most}"
        )))
        .fetch_all(self.0.pool())
        .await?;
        rows.iter().map(read).collect()
    }

    /// Marks message `id` sent at `now`; false when it was already (another sender took it).
    pub async fn sent(&self, id: i64, now: u64) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE outbox SET sent_at = $2 WHERE id = $1 AND sent_at IS NULL")
            .bind(id)
            .bind(i64::try_from(now).unwrap_or(i64::MAX))
            .execute(self.0.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }
}
