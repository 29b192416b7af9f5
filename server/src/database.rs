//! The one database a portal's processes share, and its schema.
//!
//! Every piece of a citizen's state the kit keeps (drafts and their files, dossier codes,
//! sessions and sign-ins under way, payment orders, receipts) lives here, never in a
//! process's memory, so any process can serve any request and a restart loses nothing.
//! Two back ends behind one code path (sqlx's `Any` driver, queries written once in the SQL
//! both understand, `$1` parameters):
//! - **SQLite** in a file, the embedded default (one server, or a demo): WAL, the file the
//!   server user's only (0600), deleted content overwritten (`secure_delete`), a writer
//!   waits for another rather than failing (`busy_timeout`); `:memory:` for tests.
//! - **PostgreSQL** for many processes: `postgres://…` (one setting, `DVC_DATABASE_URL`).
//!
//! The schema is versioned ([`migrations`]: one SQL file per step and back end, in
//! `server/migrations/`), applied when the database is opened; on PostgreSQL under an
//! advisory lock (sqlx's migrator), so several processes starting at once apply each step
//! once.
//!
//! ```
//! # tokio::runtime::Runtime::new().unwrap().block_on(async {
//! use dvc_server::database::{Backend, Database};
//! let db = Database::in_memory().await.unwrap(); // Database::connect("postgres://…") for many processes
//! assert_eq!(db.backend(), Backend::Sqlite);
//! # });
//! ```

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyPool, Executor};
use std::borrow::Cow;
use std::fmt;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The store could not be read or written (its message is for the server's log; the citizen
/// is told that their answers could not be saved and to try again).
#[derive(Debug)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "store: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError(e.to_string())
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError(format!("migration: {e}"))
    }
}

/// Which database a [`Database`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A pool of connections to the portal's database, its schema up to date. Cheap to clone
/// (one pool shared).
#[derive(Clone, Debug)]
pub struct Database {
    pool: AnyPool,
    backend: Backend,
}

/// One step of the schema: its number, name and the SQL of each back end.
struct Step {
    version: i64,
    name: &'static str,
    sqlite: &'static str,
    postgres: &'static str,
}

macro_rules! step {
    ($version:literal, $name:literal) => {
        Step {
            version: $version,
            name: $name,
            sqlite: include_str!(concat!("../migrations/sqlite/", $name, ".sql")),
            postgres: include_str!(concat!("../migrations/postgres/", $name, ".sql")),
        }
    };
}

/// Every step of the schema, in order. A step once released never changes (its checksum is
/// kept in `_sqlx_migrations`); a change is a new step.
const STEPS: &[Step] = &[
    step!(1, "0001_dossiers"),
    step!(2, "0002_sessions"),
    step!(3, "0003_payments"),
    step!(4, "0004_records"),
    step!(5, "0005_dossier_payments"),
    step!(6, "0006_cases"),
    step!(7, "0007_desk"),
    step!(8, "0008_look_up"),
    step!(9, "0009_counter"),
];

/// The migrations of `backend`, in order.
pub fn migrations(backend: Backend) -> Vec<Migration> {
    STEPS
        .iter()
        .map(|s| {
            let sql = match backend {
                Backend::Sqlite => s.sqlite,
                Backend::Postgres => s.postgres,
            };
            Migration::new(
                s.version,
                Cow::Borrowed(s.name),
                MigrationType::Simple,
                sqlx::SqlStr::from_static(sql),
                false,
            )
        })
        .collect()
}

impl Database {
    /// Connects to `url` (`postgres://…`, `sqlite://PATH`, `sqlite::memory:`) and brings the
    /// schema up to date. A SQLite file is created for the server's user only.
    pub async fn connect(url: &str) -> Result<Database, StoreError> {
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            if path == ":memory:" || path.is_empty() {
                return Database::in_memory().await;
            }
            let path = path.split('?').next().unwrap_or(path);
            return Database::sqlite(Path::new(path)).await;
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            sqlx::any::install_default_drivers();
            let pool = AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect(url)
                .await?;
            return Database::ready(pool, Backend::Postgres).await;
        }
        // The address itself is not repeated: it may hold a password.
        let scheme = url.split_once("://").map_or("", |(s, _)| s);
        Err(StoreError(format!(
            "a database address starting {scheme:?}: it must be postgres://… or sqlite://PATH"
        )))
    }

    /// The database `DVC_DATABASE_URL` names, or `default` when it is unset (a portal's
    /// one setting for where everything is kept).
    pub async fn from_env(default: &str) -> Result<Database, StoreError> {
        let url = std::env::var("DVC_DATABASE_URL")
            .ok()
            .filter(|u| !u.trim().is_empty());
        Database::connect(url.as_deref().unwrap_or(default)).await
    }

    /// The SQLite database in the file at `path` (created, 0600; made 0600 if it was not).
    pub async fn sqlite(path: &Path) -> Result<Database, StoreError> {
        owner_only(path)?;
        sqlx::any::install_default_drivers();
        let url = format!("sqlite://{}?mode=rwc", path.display());
        let pool = AnyPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000; PRAGMA secure_delete = ON; PRAGMA synchronous = NORMAL;",
                    )
                    .await?;
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        Database::ready(pool, Backend::Sqlite).await
    }

    /// A SQLite database in memory (tests): one connection, kept open, so it is one
    /// database.
    pub async fn in_memory() -> Result<Database, StoreError> {
        sqlx::any::install_default_drivers();
        let pool = AnyPoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute("PRAGMA secure_delete = ON;").await?;
                    Ok(())
                })
            })
            .connect("sqlite::memory:")
            .await?;
        Database::ready(pool, Backend::Sqlite).await
    }

    async fn ready(pool: AnyPool, backend: Backend) -> Result<Database, StoreError> {
        let migrator = Migrator::with_migrations(migrations(backend));
        migrator.run(&pool).await?;
        Ok(Database { pool, backend })
    }

    /// The connection pool (a portal's own tables may live beside the kit's).
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which back end this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Takes the job `name` for `every` if no process has it (the purge timer: whichever
    /// process comes first does it, the others skip it until then); whether this call took
    /// it.
    pub async fn take_job(&self, name: &str, every: Duration) -> Result<bool, StoreError> {
        let now = now_ms();
        let until = now + every.as_millis() as i64;
        let taken = sqlx::query(
            "INSERT INTO jobs (name, taken_until) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET taken_until = $2 WHERE jobs.taken_until <= $3",
        )
        .bind(name)
        .bind(until)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(taken.rows_affected() == 1)
    }
}

/// Milliseconds since 1970 (what the stores write as a time).
pub(crate) fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Reads column `i` of `row` as `T`.
pub(crate) fn get<'r, T>(row: &'r AnyRow, i: usize) -> Result<T, StoreError>
where
    T: sqlx::Decode<'r, sqlx::Any> + sqlx::Type<sqlx::Any>,
{
    use sqlx::Row;
    row.try_get(i).map_err(StoreError::from)
}

/// Creates `path` for its owner only (0600), or makes an existing file so.
fn owner_only(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let io = |e: std::io::Error| StoreError(format!("{}: {e}", path.display()));
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
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
