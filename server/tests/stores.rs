//! The stores' suite, run against every back end a portal may choose: SQLite (in memory,
//! and in a file shared by two pools as two processes share it) and PostgreSQL when
//! `DVC_TEST_POSTGRES` names a server (`cargo xtask test` starts one from Debian's
//! packages and sets it; each test gets a database of its own).

use dvc_rules::date::Date;
use dvc_server::database::{Backend, Database};
use dvc_server::dossiers::{DossierStore, Draft, SqlDossiers, DRAFT_LIFETIME};
use std::collections::HashSet;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

/// The PostgreSQL server to test against (`postgres://user@host:port/db`), if any.
fn postgres_server() -> Option<String> {
    std::env::var("DVC_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A new, empty PostgreSQL database on the test server: its address.
async fn fresh_postgres() -> Option<String> {
    static N: AtomicU32 = AtomicU32::new(0);
    let server = postgres_server()?;
    let name = format!(
        "dvc_test_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(&server)
        .await
        .unwrap_or_else(|e| panic!("DVC_TEST_POSTGRES={server}: {e}"));
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name}"
    )))
    .execute(&admin)
    .await
    .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .unwrap();
    admin.close().await;
    let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
    Some(format!("{base}/{name}"))
}

/// A SQLite file of its own under the system's temporary folder.
fn fresh_sqlite_file(what: &str) -> std::path::PathBuf {
    static N: AtomicU32 = AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "dvc-stores-{}-{what}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("dvc.sqlite")
}

/// One empty database of each back end.
async fn databases() -> Vec<Database> {
    let mut all = vec![Database::in_memory().await.unwrap()];
    match fresh_postgres().await {
        Some(url) => all.push(Database::connect(&url).await.unwrap()),
        None => eprintln!(
            "PostgreSQL not tested here: DVC_TEST_POSTGRES is not set (cargo xtask test sets it)"
        ),
    }
    all
}

/// Each back end's address, for tests that open it twice (two processes).
async fn shared_addresses(what: &str) -> Vec<String> {
    let mut all = vec![format!("sqlite://{}", fresh_sqlite_file(what).display())];
    all.extend(fresh_postgres().await);
    all
}

/// Two stores on one database, each with its own pool: two server processes sharing it.
async fn two_processes(url: &str) -> [Arc<SqlDossiers>; 2] {
    let a = Database::connect(url).await.unwrap();
    let b = Database::connect(url).await.unwrap();
    [Arc::new(SqlDossiers::new(a)), Arc::new(SqlDossiers::new(b))]
}

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

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_thousand_concurrent_submissions_from_two_processes_get_every_number_once() {
    for url in shared_addresses("codes").await {
        let stores = two_processes(&url).await;
        let tasks: Vec<_> = (0..1_000)
            .map(|i| {
                let store = stores[i % 2].clone();
                tokio::spawn(async move {
                    let id = format!("d-{i}");
                    store.save_draft(&draft(&id)).await.unwrap();
                    store
                        .submit(&id, "000.00.12.H62", day())
                        .await
                        .unwrap()
                        .unwrap()
                        .sequence
                })
            })
            .collect();
        let mut numbers = Vec::new();
        for t in tasks {
            numbers.push(t.await.unwrap());
        }
        let distinct: HashSet<u32> = numbers.iter().copied().collect();
        assert_eq!(numbers.len(), 1_000, "{url}");
        assert_eq!(
            distinct,
            (1..=1_000).collect::<HashSet<u32>>(),
            "no number twice, none skipped: {url}"
        );
        // Reopening runs no migration twice and finds everything.
        let again = SqlDossiers::new(Database::connect(&url).await.unwrap());
        assert_eq!(
            again
                .submit("d-0", "000.00.12.H62", day())
                .await
                .unwrap()
                .unwrap()
                .sequence,
            numbers[0]
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_dossier_submitted_from_many_posts_at_once_gets_one_code_given_once() {
    for url in shared_addresses("once").await {
        let stores = two_processes(&url).await;
        stores[0].save_draft(&draft("a")).await.unwrap();
        let tasks: Vec<_> = (0..20)
            .map(|i| {
                let store = stores[i % 2].clone();
                tokio::spawn(async move {
                    store
                        .submit_once("a", "000.00.12.H62", day())
                        .await
                        .unwrap()
                        .unwrap()
                })
            })
            .collect();
        let mut given = Vec::new();
        for t in tasks {
            given.push(t.await.unwrap());
        }
        assert_eq!(given.iter().filter(|(_, fresh)| *fresh).count(), 1, "{url}");
        assert!(given.iter().all(|(c, _)| c.sequence == 1), "{url}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_more_files_than_the_question_takes_even_from_two_posts_at_once() {
    for url in shared_addresses("files").await {
        let stores = two_processes(&url).await;
        stores[0].save_draft(&draft("a")).await.unwrap();
        let tasks: Vec<_> = (0..8)
            .map(|i| {
                let store = stores[i % 2].clone();
                tokio::spawn(async move {
                    store
                        .add_file("a", "proof", &format!("{i}.pdf"), b"%PDF-1.7", 3)
                        .await
                        .unwrap()
                        .is_some()
                })
            })
            .collect();
        let mut added = 0;
        for t in tasks {
            added += usize::from(t.await.unwrap());
        }
        assert_eq!(added, 3, "{url}");
        assert_eq!(stores[1].files("a", "proof").await.unwrap().len(), 3);
        assert_eq!(
            stores[0]
                .add_file("a", "proof", "x.pdf", b"%PDF", 3)
                .await
                .unwrap(),
            None
        );
    }
}

#[cfg(unix)]
#[tokio::test]
async fn the_sqlite_file_is_its_owners_only_and_deleted_answers_are_overwritten() {
    use std::os::unix::fs::PermissionsExt;
    let path = fresh_sqlite_file("mode");
    // An existing file left world-readable is made the owner's only.
    std::fs::write(&path, b"").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let db = Database::sqlite(&path).await.unwrap();
    assert_eq!(db.backend(), Backend::Sqlite);
    SqlDossiers::new(db.clone())
        .save_draft(&draft("a"))
        .await
        .unwrap();
    for end in ["", "-wal", "-shm"] {
        let p = std::path::PathBuf::from(format!("{}{end}", path.display()));
        if p.exists() {
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}: {mode:o}", p.display());
        }
    }
    let row = sqlx::query("PRAGMA secure_delete")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let on: i64 = sqlx::Row::try_get(&row, 0).unwrap();
    assert_eq!(on, 1);
}

#[tokio::test]
async fn the_purge_is_done_by_one_process_at_a_time() {
    for url in shared_addresses("jobs").await {
        let a = Database::connect(&url).await.unwrap();
        let b = Database::connect(&url).await.unwrap();
        let every = std::time::Duration::from_secs(60);
        assert!(a.take_job("purge", every).await.unwrap(), "{url}");
        assert!(!b.take_job("purge", every).await.unwrap(), "taken: {url}");
        assert!(!a.take_job("purge", every).await.unwrap());
        assert!(
            b.take_job("another", every).await.unwrap(),
            "each job its own"
        );
        let soon = std::time::Duration::from_millis(0);
        assert!(a.take_job("soon", soon).await.unwrap());
        assert!(
            b.take_job("soon", soon).await.unwrap(),
            "its time is up: any process may take it"
        );
    }
}

#[tokio::test]
async fn a_database_is_named_by_its_address() {
    let e = Database::connect("mysql://dvc:secret@db/dvc")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("postgres://"), "{e}");
    assert!(!e.to_string().contains("secret"), "never the password: {e}");
    let db = Database::connect("sqlite::memory:").await.unwrap();
    assert_eq!(db.backend(), Backend::Sqlite);
}

#[tokio::test]
async fn a_citizens_newest_draft_is_found_by_owner_and_the_first_owner_stays() {
    for db in databases().await {
        let store = SqlDossiers::new(db);
        let mine = |id: &str, at: u64| Draft {
            owner: Some("an".into()),
            claimant: None,
            updated_at: at,
            expires_at: at + 100,
            ..draft(id)
        };
        store.save_draft(&mine("old", 1_000)).await.unwrap();
        store.save_draft(&mine("new", 1_050)).await.unwrap();
        store
            .save_draft(&Draft {
                owner: Some("binh".into()),
                updated_at: 1_060,
                ..draft("other")
            })
            .await
            .unwrap();
        store
            .save_draft(&Draft {
                updated_at: 1_070,
                ..draft("nobody")
            })
            .await
            .unwrap();
        assert_eq!(
            store
                .latest_of("an", "dang-ky-thuong-tru", 1_060)
                .await
                .unwrap()
                .map(|d| d.id),
            Some("new".into())
        );
        assert_eq!(
            store
                .latest_of("an", "another-service", 1_060)
                .await
                .unwrap(),
            None
        );
        assert_eq!(
            store
                .latest_of("nobody", "dang-ky-thuong-tru", 1_060)
                .await
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
            .await
            .unwrap();
        store
            .save_draft(&Draft {
                owner: Some("binh".into()),
                updated_at: 1_090,
                expires_at: 1_200,
                ..draft("new")
            })
            .await
            .unwrap();
        assert_eq!(
            store
                .draft("new", 1_100)
                .await
                .unwrap()
                .and_then(|d| d.owner),
            Some("an".into())
        );
        assert_eq!(
            store
                .latest_of("binh", "dang-ky-thuong-tru", 1_100)
                .await
                .unwrap()
                .map(|d| d.id),
            Some("other".into())
        );
        // Two saved in the same second: the later saved is the newest.
        store.save_draft(&mine("same-1", 1_095)).await.unwrap();
        store.save_draft(&mine("same-2", 1_095)).await.unwrap();
        store.save_draft(&mine("same-1", 1_095)).await.unwrap();
        assert_eq!(
            store
                .latest_of("an", "dang-ky-thuong-tru", 1_096)
                .await
                .unwrap()
                .map(|d| d.id),
            Some("same-2".into()),
            "saving again is not a new draft"
        );
        // Expired: no longer found; submitted: still found (it shows its code).
        assert_eq!(
            store
                .latest_of("an", "dang-ky-thuong-tru", 1_200)
                .await
                .unwrap(),
            None
        );
        store.submit("old", "000.00.12.H62", day()).await.unwrap();
        assert_eq!(
            store
                .latest_of("an", "dang-ky-thuong-tru", 1_200)
                .await
                .unwrap()
                .map(|d| d.id),
            Some("old".into())
        );
    }
}

#[tokio::test]
async fn a_draft_comes_back_as_saved_until_it_expires() {
    for db in databases().await {
        let store = SqlDossiers::new(db);
        store.save_draft(&draft("a")).await.unwrap();
        assert_eq!(
            store.draft("a", 2_000).await.unwrap(),
            Some(draft("a")),
            "every answer, markup and line breaks as typed"
        );
        let later = Draft {
            answers: vec![("full_name".into(), "Nguyễn Thị Hoà Bình".into())],
            updated_at: 3_000,
            ..draft("a")
        };
        store.save_draft(&later).await.unwrap();
        assert_eq!(store.draft("a", 3_001).await.unwrap(), Some(later.clone()));
        assert_eq!(store.draft("b", 3_001).await.unwrap(), None);
        let gone = later.expires_at;
        assert_eq!(
            store.draft("a", gone).await.unwrap(),
            None,
            "expired: never shown again"
        );
        assert_eq!(store.purge_expired(gone).await.unwrap(), 1);
        assert_eq!(store.purge_expired(gone).await.unwrap(), 0);
    }
}

#[tokio::test]
async fn files_are_kept_with_their_draft_until_it_is_purged() {
    for db in databases().await {
        let store = SqlDossiers::new(db);
        assert_eq!(
            store
                .add_file("a", "proof", "so-do.pdf", b"%PDF-1.7", 10)
                .await
                .unwrap(),
            None,
            "no draft yet"
        );
        store.save_draft(&draft("a")).await.unwrap();
        store.save_draft(&draft("b")).await.unwrap();
        let first = store
            .add_file("a", "proof", "sổ đỏ.pdf", b"%PDF-1.7 one", 10)
            .await
            .unwrap()
            .unwrap();
        let second = store
            .add_file("a", "proof", "sổ đỏ.pdf", b"%PDF-1.7 two!", 10)
            .await
            .unwrap()
            .unwrap();
        store
            .add_file("a", "photo", "anh.jpg", &[0xff, 0xd8, 0xff], 10)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            store.files("a", "proof").await.unwrap(),
            vec![first.clone(), second.clone()],
            "two files with one name stay two"
        );
        assert_eq!(second.bytes, 13);
        assert_eq!(
            store.file("a", first.id).await.unwrap(),
            Some(("sổ đỏ.pdf".to_string(), b"%PDF-1.7 one".to_vec()))
        );
        assert_eq!(
            store.file("b", first.id).await.unwrap(),
            None,
            "another draft's file is not reachable"
        );
        assert!(!store.remove_file("b", first.id).await.unwrap());
        assert!(
            store.remove_file("a", first.id).await.unwrap(),
            "removes that one file, not every file of that name"
        );
        assert_eq!(
            store.files("a", "proof").await.unwrap(),
            vec![second.clone()]
        );
        store.submit("a", "000.00.12.H62", day()).await.unwrap();
        assert!(
            !store.remove_file("a", second.id).await.unwrap(),
            "a submitted dossier's files stay as sent"
        );
        assert_eq!(
            store
                .add_file("a", "proof", "late.pdf", b"%PDF", 10)
                .await
                .unwrap(),
            None
        );
        store
            .add_file("b", "proof", "b.pdf", b"%PDF", 10)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(store.purge_expired(u64::MAX / 2).await.unwrap(), 1);
        assert_eq!(
            store.files("b", "proof").await.unwrap(),
            vec![],
            "purged with its draft"
        );
        assert_eq!(
            store.files("a", "proof").await.unwrap().len(),
            1,
            "the submitted dossier keeps its file"
        );
    }
}

#[tokio::test]
async fn submitting_twice_gives_the_same_code_and_a_submitted_draft_no_longer_changes() {
    for db in databases().await {
        let store = SqlDossiers::new(db);
        for id in ["a", "b"] {
            store.save_draft(&draft(id)).await.unwrap();
        }
        assert_eq!(
            store.submitted("a").await.unwrap(),
            None,
            "asking does not submit"
        );
        let first = store
            .submit("a", "000.00.12.H62", day())
            .await
            .unwrap()
            .unwrap();
        assert_eq!(first.to_string(), "000.00.12.H62-201105-0001");
        assert_eq!(store.submitted("a").await.unwrap(), Some(first.clone()));
        assert_eq!(
            store.submit("a", "000.00.12.H62", day()).await.unwrap(),
            Some(first.clone()),
            "a replayed submit"
        );
        assert_eq!(
            store
                .submit("b", "000.00.12.H62", day())
                .await
                .unwrap()
                .unwrap()
                .sequence,
            2
        );
        let next_day = Date::new(2020, 11, 6).unwrap();
        store.save_draft(&draft("c")).await.unwrap();
        assert_eq!(
            store
                .submit("c", "000.00.12.H62", next_day)
                .await
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
            .await
            .unwrap();
        assert_eq!(
            store.draft("a", 2_000).await.unwrap().unwrap().step,
            "/dia-chi",
            "submitted: kept as sent"
        );
        assert_eq!(
            store.purge_expired(u64::MAX / 2).await.unwrap(),
            0,
            "a submitted dossier is not a draft to purge"
        );
        assert_eq!(
            store
                .submit("nobody", "000.00.12.H62", day())
                .await
                .unwrap(),
            None
        );
        assert!(
            store.submit("b", "H62", day()).await.is_err(),
            "not an agency code"
        );
    }
}

#[tokio::test]
async fn an_unowned_draft_keeps_its_claimant_until_an_owner_takes_it() {
    for db in databases().await {
        let store = SqlDossiers::new(db);
        let mut pending = draft("p");
        pending.claimant = Some("an".into());
        store.save_draft(&pending).await.unwrap();
        assert_eq!(store.unowned(1_000).await.unwrap(), 1);
        assert_eq!(
            store
                .unclaimed_for("an", "dang-ky-thuong-tru", 1_000)
                .await
                .unwrap()
                .map(|d| d.id),
            Some("p".into())
        );
        assert_eq!(
            store
                .unclaimed_for("binh", "dang-ky-thuong-tru", 1_000)
                .await
                .unwrap(),
            None
        );
        // Saved again without a claimant: the first one stays.
        pending.claimant = None;
        store.save_draft(&pending).await.unwrap();
        assert_eq!(
            store
                .draft("p", 1_000)
                .await
                .unwrap()
                .unwrap()
                .claimant
                .as_deref(),
            Some("an")
        );
        pending.owner = Some("an".into());
        store.save_draft(&pending).await.unwrap();
        let claimed = store.draft("p", 1_000).await.unwrap().unwrap();
        assert_eq!(claimed.owner.as_deref(), Some("an"));
        assert_eq!(store.unowned(1_000).await.unwrap(), 0);
        assert_eq!(
            store.unowned(u64::MAX / 2).await.unwrap(),
            0,
            "expired ones are not counted"
        );
    }
}

mod sessions {
    use super::databases;
    use axum::http::{header, HeaderMap};
    use dvc_server::identity::provider::Pending;
    use dvc_server::identity::sessions::{DEFAULT_ABSOLUTE, DEFAULT_IDLE, ENDED_MEMORY};
    use dvc_server::identity::{Citizen, Level, Sessions};
    use std::time::Duration;

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

    /// The id a cookie carries.
    fn id(c: &str) -> String {
        c.split(';')
            .next()
            .unwrap()
            .split_once('=')
            .unwrap()
            .1
            .to_string()
    }

    #[tokio::test]
    async fn cookies_are_http_only_lax_and_secure_with_the_host_prefix_over_https() {
        for db in databases().await {
            let s = Sessions::new(db.clone(), DEFAULT_IDLE, true);
            let c = s.start(&HeaderMap::new(), citizen(), "t".into()).await;
            assert!(c.starts_with("__Host-dvc_session="), "{c}");
            for part in ["Path=/", "HttpOnly", "SameSite=Lax", "Secure"] {
                assert!(c.contains(part), "{c} lacks {part}");
            }
            assert!(!c.contains("Domain"), "__Host- cookies have no Domain: {c}");
            let plain = Sessions::new(db.clone(), DEFAULT_IDLE, false);
            let p = plain.start(&HeaderMap::new(), citizen(), "t".into()).await;
            assert!(
                p.starts_with("dvc_session=") && p.contains("HttpOnly") && !p.contains("Secure"),
                "{p}"
            );
            // 128 random bits, URL-safe: 22 characters, and never the same twice.
            assert_eq!(id(&p).len(), 22);
            let again = plain.start(&HeaderMap::new(), citizen(), "t".into()).await;
            assert_ne!(id(&p), id(&again));
            assert_eq!(plain.absolute(), DEFAULT_ABSOLUTE);
        }
    }

    #[tokio::test]
    async fn the_database_holds_no_session_id_nor_a_sign_in_id() {
        for db in databases().await {
            let s = Sessions::new(db.clone(), DEFAULT_IDLE, false);
            let c = s.start(&HeaderMap::new(), citizen(), "t".into()).await;
            let p = s
                .keep_pending(&HeaderMap::new(), Pending::for_tests(Level::Two, "/ve"))
                .await
                .unwrap();
            for (table, cookie) in [("sessions", &c), ("signins", &p)] {
                let query = match table {
                    "sessions" => "SELECT id FROM sessions",
                    _ => "SELECT id FROM signins",
                };
                let rows = sqlx::query(query).fetch_all(db.pool()).await.unwrap();
                let kept: Vec<String> = rows
                    .iter()
                    .map(|r| sqlx::Row::try_get(r, 0).unwrap())
                    .collect();
                assert_eq!(kept.len(), 1);
                assert_ne!(kept[0], id(cookie), "{table}: only the id's hash");
                assert_eq!(kept[0].len(), 64);
            }
        }
    }

    #[tokio::test]
    async fn a_sign_in_gets_a_new_session_id_and_the_old_one_ends() {
        for db in databases().await {
            let s = Sessions::new(db, DEFAULT_IDLE, false);
            let first = s.start(&HeaderMap::new(), citizen(), "t1".into()).await;
            let second = s.start(&with_cookie(&first), citizen(), "t2".into()).await;
            assert_ne!(id(&first), id(&second));
            assert_eq!(
                s.citizen(&with_cookie(&first)).await,
                None,
                "the old id no longer signs anyone in"
            );
            assert_eq!(
                s.citizen(&with_cookie(&second)).await.map(|c| c.name),
                Some("Nguyễn Văn An".into())
            );
        }
    }

    #[tokio::test]
    async fn sign_out_ends_the_session_and_gives_its_token_once() {
        for db in databases().await {
            let s = Sessions::new(db, DEFAULT_IDLE, false);
            let c = s
                .start(&HeaderMap::new(), citizen(), "the-id-token".into())
                .await;
            let (token, clear) = s.end(&with_cookie(&c)).await;
            assert_eq!(token.as_deref(), Some("the-id-token"));
            assert!(clear.contains("Max-Age=0"));
            assert_eq!(s.citizen(&with_cookie(&c)).await, None);
            assert_eq!(s.end(&with_cookie(&c)).await.0, None);
        }
    }

    #[tokio::test]
    async fn a_session_started_on_one_process_is_known_to_another_and_ended_there() {
        for url in super::shared_addresses("sessions").await {
            let one = Sessions::new(
                dvc_server::database::Database::connect(&url).await.unwrap(),
                DEFAULT_IDLE,
                false,
            );
            let two = Sessions::new(
                dvc_server::database::Database::connect(&url).await.unwrap(),
                DEFAULT_IDLE,
                false,
            );
            let p = one
                .keep_pending(&HeaderMap::new(), Pending::for_tests(Level::Two, "/ve"))
                .await
                .unwrap();
            let (taken, _) = two.take_pending(&with_cookie(&p)).await;
            assert_eq!(taken.map(|p| p.return_to), Some("/ve".into()), "{url}");
            assert!(one.take_pending(&with_cookie(&p)).await.0.is_none(), "once");
            let c = two.start(&HeaderMap::new(), citizen(), "t".into()).await;
            assert_eq!(
                one.citizen(&with_cookie(&c)).await,
                Some(citizen()),
                "{url}"
            );
            one.end(&with_cookie(&c)).await;
            assert_eq!(two.citizen(&with_cookie(&c)).await, None, "{url}");
            assert_eq!(
                two.ended_subject(&with_cookie(&c)).await.as_deref(),
                Some("an")
            );
        }
    }

    #[tokio::test]
    async fn a_quiet_session_ends_and_activity_renews_it() {
        for db in databases().await {
            let s = Sessions::new(db, Duration::from_secs(60), false);
            let c = s.start(&HeaderMap::new(), citizen(), "t".into()).await;
            s.advance_clock(Duration::from_secs(50));
            assert!(s.citizen(&with_cookie(&c)).await.is_some(), "renewed");
            s.advance_clock(Duration::from_secs(50));
            assert!(
                s.citizen(&with_cookie(&c)).await.is_some(),
                "50 s after the last request"
            );
            s.advance_clock(Duration::from_secs(61));
            assert_eq!(s.citizen(&with_cookie(&c)).await, None);
        }
    }

    #[tokio::test]
    async fn a_pending_sign_in_is_taken_once_within_its_time() {
        for db in databases().await {
            let s = Sessions::new(db, DEFAULT_IDLE, false);
            let c = s
                .keep_pending(&HeaderMap::new(), Pending::for_tests(Level::Two, "/ve"))
                .await
                .unwrap();
            assert!(c.contains("HttpOnly") && c.contains("Max-Age=600"), "{c}");
            let (taken, forget) = s.take_pending(&with_cookie(&c)).await;
            assert_eq!(taken.map(|p| p.return_to), Some("/ve".into()));
            assert!(forget.contains("Max-Age=0"));
            assert!(
                s.take_pending(&with_cookie(&c)).await.0.is_none(),
                "a replayed return finds nothing"
            );
            assert!(s.take_pending(&HeaderMap::new()).await.0.is_none());
            let late = s
                .keep_pending(&HeaderMap::new(), Pending::for_tests(Level::Two, "/ve"))
                .await
                .unwrap();
            s.advance_clock(Duration::from_secs(601));
            assert!(
                s.take_pending(&with_cookie(&late)).await.0.is_none(),
                "too late"
            );
        }
    }

    #[tokio::test]
    async fn the_ended_page_ends_only_a_session_that_has_run_out() {
        for db in databases().await {
            let s = Sessions::new(db, Duration::from_secs(60), false);
            let c = s.start(&HeaderMap::new(), citizen(), "t".into()).await;
            // Followed from a link at once: still running, not ended.
            assert_eq!(
                s.end_if_ended(&with_cookie(&c), Duration::from_secs(5))
                    .await,
                None
            );
            assert!(s.citizen(&with_cookie(&c)).await.is_some());
            // The page's clock ran out (within the grace of the server's).
            s.advance_clock(Duration::from_secs(58));
            let clear = s
                .end_if_ended(&with_cookie(&c), Duration::from_secs(5))
                .await
                .unwrap();
            assert!(clear.contains("Max-Age=0"));
            assert_eq!(s.citizen(&with_cookie(&c)).await, None);
            assert!(s
                .end_if_ended(&HeaderMap::new(), Duration::ZERO)
                .await
                .is_some());
        }
    }

    #[tokio::test]
    async fn a_busy_session_still_ends_at_its_absolute_limit_and_says_so_before() {
        for db in databases().await {
            let s = Sessions::new(db, Duration::from_secs(60), false)
                .with_absolute(Duration::from_secs(100));
            let c = s.start(&HeaderMap::new(), citizen(), "t".into()).await;
            s.advance_clock(Duration::from_secs(50));
            let (_, left) = s.touch(&with_cookie(&c)).await.unwrap();
            assert!(
                left <= Duration::from_secs(50),
                "the time left says the end nears: {left:?}"
            );
            s.advance_clock(Duration::from_secs(40));
            assert!(
                s.touch(&with_cookie(&c)).await.is_some(),
                "renewed meanwhile"
            );
            s.advance_clock(Duration::from_secs(11));
            assert_eq!(
                s.citizen(&with_cookie(&c)).await,
                None,
                "ended at 100 s however busy"
            );
        }
    }

    #[tokio::test]
    async fn one_sign_in_under_way_per_browser_and_a_full_table_evicts_nobody() {
        for db in databases().await {
            let s = Sessions::new(db, DEFAULT_IDLE, false).with_max_pending(5);
            let first = s
                .keep_pending(&HeaderMap::new(), Pending::for_tests(Level::Two, "/a"))
                .await
                .unwrap();
            // The same browser starting again replaces its own.
            let second = s
                .keep_pending(&with_cookie(&first), Pending::for_tests(Level::Two, "/b"))
                .await
                .unwrap();
            assert!(s.take_pending(&with_cookie(&first)).await.0.is_none());
            // A flood fills the table: new starts are refused, the citizen's stays.
            for _ in 0..4 {
                s.keep_pending(&HeaderMap::new(), Pending::for_tests(Level::One, "/"))
                    .await
                    .unwrap();
            }
            assert_eq!(
                s.keep_pending(&HeaderMap::new(), Pending::for_tests(Level::Two, "/c"))
                    .await,
                None
            );
            assert_eq!(
                s.take_pending(&with_cookie(&second))
                    .await
                    .0
                    .map(|p| p.return_to),
                Some("/b".into()),
                "a citizen at VNeID during the flood still comes back"
            );
            // Expired ones do not count.
            s.advance_clock(Duration::from_secs(601));
            assert!(s
                .keep_pending(&HeaderMap::new(), Pending::for_tests(Level::Two, "/d"))
                .await
                .is_some());
        }
    }

    #[tokio::test]
    async fn whose_ended_session_a_cookie_named_is_remembered_for_an_hour_then_purged() {
        for db in databases().await {
            let s = Sessions::new(db.clone(), Duration::from_secs(60), false);
            let c = s.start(&HeaderMap::new(), citizen(), "t".into()).await;
            assert_eq!(
                s.ended_subject(&with_cookie(&c)).await,
                None,
                "still running"
            );
            s.advance_clock(Duration::from_secs(61));
            assert_eq!(s.citizen(&with_cookie(&c)).await, None);
            assert_eq!(
                s.ended_subject(&with_cookie(&c)).await.as_deref(),
                Some("an")
            );
            let signed_out = s.start(&HeaderMap::new(), citizen(), "t".into()).await;
            s.end(&with_cookie(&signed_out)).await;
            assert_eq!(
                s.ended_subject(&with_cookie(&signed_out)).await.as_deref(),
                Some("an")
            );
            assert_eq!(s.ended_subject(&HeaderMap::new()).await, None);
            // Nothing personal stays with an ended session, and after an hour nothing.
            s.purge().await.unwrap();
            let row =
                sqlx::query("SELECT COUNT(*) FROM sessions WHERE citizen <> '' OR id_token <> ''")
                    .fetch_one(db.pool())
                    .await
                    .unwrap();
            assert_eq!(sqlx::Row::try_get::<i64, _>(&row, 0).unwrap(), 0);
            s.advance_clock(ENDED_MEMORY);
            assert_eq!(s.ended_subject(&with_cookie(&c)).await, None);
            assert_eq!(s.purge().await.unwrap(), 2);
        }
    }
}

mod orders {
    use dvc_server::database::Database;
    use dvc_server::vnpay::{Orders, PaymentStatus, Settlement, SqlOrders};
    use std::sync::Arc;

    fn paid(no: &str) -> Settlement {
        Settlement {
            transaction_no: no.into(),
            bank_code: "NCB".into(),
            pay_date: "20261205101500".into(),
            ..Settlement::to(PaymentStatus::Paid)
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn an_order_is_settled_once_whichever_process_each_notification_reaches() {
        for url in super::shared_addresses("orders").await {
            let a = Arc::new(SqlOrders::new(Database::connect(&url).await.unwrap()));
            let b = Arc::new(SqlOrders::new(Database::connect(&url).await.unwrap()));
            let opened = a.open("HS0001-1-x", 150_000).await.unwrap();
            assert_eq!(opened.status, PaymentStatus::Pending);
            assert_eq!(
                b.open("HS0001-1-x", 999).await.unwrap().amount,
                150_000,
                "opening again keeps the order"
            );
            let tasks: Vec<_> = (0..10)
                .map(|i| {
                    let store = if i % 2 == 0 { a.clone() } else { b.clone() };
                    tokio::spawn(async move {
                        store
                            .settle("HS0001-1-x", paid(&format!("T{i}")))
                            .await
                            .unwrap()
                    })
                })
                .collect();
            let mut settled = 0;
            for t in tasks {
                settled += usize::from(t.await.unwrap());
            }
            assert_eq!(settled, 1, "{url}");
            let order = b.find("HS0001-1-x").await.unwrap().unwrap();
            assert_eq!(order.status, PaymentStatus::Paid);
            let s = order.settlement.unwrap();
            assert!(s.transaction_no.starts_with('T') && !s.late, "{s:?}");
            assert!(
                !a.settle_late("HS0001-1-x", paid("L")).await.unwrap(),
                "not closed"
            );
            // Closed, then paid late: recorded once, flagged.
            a.open("HS0002-1-y", 50_000).await.unwrap();
            assert!(a
                .settle("HS0002-1-y", Settlement::to(PaymentStatus::Expired))
                .await
                .unwrap());
            let late = Settlement {
                late: true,
                ..paid("L1")
            };
            assert!(b.settle_late("HS0002-1-y", late.clone()).await.unwrap());
            assert!(!a.settle_late("HS0002-1-y", late).await.unwrap());
            assert!(
                a.find("HS0002-1-y")
                    .await
                    .unwrap()
                    .unwrap()
                    .settlement
                    .unwrap()
                    .late
            );
            assert_eq!(a.find("nothing").await.unwrap(), None);
            assert_eq!(
                b.purge(std::time::Duration::from_secs(3600)).await.unwrap(),
                0
            );
            assert_eq!(b.purge(std::time::Duration::ZERO).await.unwrap(), 2);
        }
    }
}

#[tokio::test]
async fn a_record_is_read_back_until_it_expires_and_the_unowned_are_counted() {
    use dvc_server::records::Records;
    use std::time::Duration;
    for db in databases().await {
        let receipts = Records::new(db.clone(), "receipt");
        let other = Records::new(db, "other");
        let value = vec![("Họ và tên".to_string(), "Lò Thị Mai".to_string())];
        receipts
            .put("a", None, &value, Duration::from_secs(60))
            .await
            .unwrap();
        receipts
            .put("b", Some("an"), &value, Duration::from_secs(60))
            .await
            .unwrap();
        receipts
            .put("gone", None, &value, Duration::ZERO)
            .await
            .unwrap();
        let (got, owner) = receipts
            .get::<Vec<(String, String)>>("a")
            .await
            .unwrap()
            .unwrap();
        assert_eq!((got, owner), (value.clone(), None));
        assert_eq!(
            receipts
                .get::<Vec<(String, String)>>("b")
                .await
                .unwrap()
                .unwrap()
                .1
                .as_deref(),
            Some("an")
        );
        assert!(
            other
                .get::<Vec<(String, String)>>("a")
                .await
                .unwrap()
                .is_none(),
            "each kind its own"
        );
        assert!(
            receipts
                .get::<Vec<(String, String)>>("gone")
                .await
                .unwrap()
                .is_none(),
            "expired"
        );
        assert_eq!(receipts.unowned().await.unwrap(), 1);
        let changed = vec![("Họ và tên".to_string(), "Lò Thị Mai Anh".to_string())];
        assert!(receipts.update("a", &changed).await.unwrap());
        assert!(!receipts.update("gone", &changed).await.unwrap());
        assert_eq!(
            receipts
                .get::<Vec<(String, String)>>("a")
                .await
                .unwrap()
                .unwrap()
                .0,
            changed
        );
        receipts.remove("a").await.unwrap();
        assert!(receipts
            .get::<Vec<(String, String)>>("a")
            .await
            .unwrap()
            .is_none());
        assert_eq!(receipts.purge().await.unwrap(), 1, "the expired one");
    }
}

/// A dossier's fee (`procedures::payments`), on each back end as two processes see it.
mod dossier_payments {
    use dvc_procedure::screen::PayState;
    use dvc_server::database::Database;
    use dvc_server::procedures::payments::{Method, Payments, PAY_WITHIN_SECONDS};
    use dvc_server::vnpay::{Orders, PaymentStatus, Settlement};

    const NOW: u64 = 1_764_000_000;

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn many_posts_on_two_processes_start_one_payment_and_a_new_one_only_after_it_ends() {
        for url in super::shared_addresses("dossier-payments").await {
            let a = Payments::new(Database::connect(&url).await.unwrap());
            let b = Payments::new(Database::connect(&url).await.unwrap());
            let code = "000.00.12.H26-261205-0001";
            let tasks: Vec<_> = (0..12)
                .map(|i| {
                    let p = if i % 2 == 0 { a.clone() } else { b.clone() };
                    let method = if i % 3 == 0 {
                        Method::Gateway
                    } else {
                        Method::VietQr
                    };
                    tokio::spawn(async move {
                        p.start("d1", code, 24_000, method, "An", NOW)
                            .await
                            .unwrap()
                            .txn_ref
                    })
                })
                .collect();
            let mut refs = Vec::new();
            for t in tasks {
                refs.push(t.await.unwrap());
            }
            refs.dedup();
            assert_eq!(refs.len(), 1, "{url}: one payment, {refs:?}");
            assert!(
                refs[0].starts_with("0000012H26-261205-0001-1-"),
                "{}",
                refs[0]
            );
            let order = a.orders().find(&refs[0]).await.unwrap().unwrap();
            assert_eq!(
                (order.amount, order.status),
                (24_000, PaymentStatus::Pending)
            );

            // Pending past its time: expired, the order with it, and the next start is new.
            let later = NOW + PAY_WITHIN_SECONDS + 1;
            let seen = b.current("d1", later).await.unwrap().unwrap();
            assert_eq!(seen.state, PayState::Expired);
            assert_eq!(
                a.orders().find(&refs[0]).await.unwrap().unwrap().status,
                PaymentStatus::Expired
            );
            let second = a
                .start("d1", code, 24_000, Method::Gateway, "An", later)
                .await
                .unwrap();
            assert_eq!((second.attempts, second.state), (2, PayState::Pending));
            // Paid on the gateway (its IPN reaches the other process): copied with the
            // dossier, and a start finds it paid.
            let mut paid = Settlement::to(PaymentStatus::Paid);
            paid.transaction_no = "14422574".into();
            assert!(b.orders().settle(&second.txn_ref, paid).await.unwrap());
            let now = a.current("d1", later).await.unwrap().unwrap();
            assert_eq!(
                (now.state, now.transaction_no.as_str()),
                (PayState::Paid, "14422574")
            );
            let again = b
                .start("d1", code, 24_000, Method::VietQr, "An", later)
                .await
                .unwrap();
            assert_eq!(
                (again.txn_ref, again.state),
                (second.txn_ref.clone(), PayState::Paid)
            );
            // The receipt outlives the order (deleted after its week).
            a.orders().purge(std::time::Duration::ZERO).await.unwrap();
            let kept = b
                .current("d1", later + 30 * 24 * 3600)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(
                (kept.state, kept.transaction_no.as_str()),
                (PayState::Paid, "14422574")
            );
        }
    }
}

mod cases {
    use super::*;
    use dvc_procedure::casework::{Happened, Status};
    use dvc_server::casework::{iso, Cases, Opening, Query, Recorded, Sort, PAGE_SIZE};

    const AGENCY: &str = "000.00.12.H62";

    fn opening(code: &str, owner: Option<&str>) -> Opening {
        Opening {
            code: code.into(),
            draft_id: format!("draft-{code}"),
            service: "dang-ky-thuong-tru".into(),
            agency: AGENCY.into(),
            owner: owner.map(String::from),
            applicant: "Lò Văn Páo".into(),
            at: 1_764_900_000,
            factors: vec!["0027".into(), "5678".into()],
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_dossier_reopened_for_more_is_copied_once_kept_for_good_once_and_sent_once() {
        for url in shared_addresses("more").await {
            let [one, two] = two_processes(&url).await;
            let (a, b) = (
                Cases::new(Database::connect(&url).await.unwrap()),
                Cases::new(Database::connect(&url).await.unwrap()),
            );
            one.save_draft(&draft("submitted")).await.unwrap();
            one.add_file("submitted", "giay-to", "so-do.pdf", b"%PDF-1 old", 3)
                .await
                .unwrap()
                .unwrap();
            let code = one
                .submit("submitted", AGENCY, day())
                .await
                .unwrap()
                .unwrap();
            let opening = Opening {
                code: code.to_string(),
                draft_id: "submitted".into(),
                ..opening(&code.to_string(), Some("sub-1"))
            };
            a.open(&opening).await.unwrap();
            let asked = Recorded {
                items: vec!["giay-to".into()],
                ..Recorded::by_office(Happened::MoreAsked, AGENCY, "can-bo-1", 1_764_900_100)
            };
            assert!(a
                .record(&opening.code, Status::Waiting, &asked)
                .await
                .unwrap());
            // Six pages open it at once, from two processes: one copy, its files once.
            let made = futures_util::future::join_all((0..6).map(|i| {
                let s = if i % 2 == 0 { one.clone() } else { two.clone() };
                async move {
                    s.reopen("submitted", "copy", "bo-sung:x", 2_000, 9_000_000)
                        .await
                        .unwrap()
                }
            }))
            .await;
            assert_eq!(made.iter().filter(|m| **m).count(), 1, "{url}");
            let copy = two.draft("copy", 2_000).await.unwrap().unwrap();
            assert_eq!(copy.answers, draft("submitted").answers);
            assert_eq!(copy.owner.as_deref(), Some("bo-sung:x"));
            let files = two.files("copy", "giay-to").await.unwrap();
            assert_eq!(files.len(), 1, "{url}");
            assert_eq!(
                two.file("copy", files[0].id).await.unwrap().unwrap().1,
                b"%PDF-1 old"
            );
            assert!(
                !one.reopen("nobody", "copy-2", "x", 2_000, 9_000_000)
                    .await
                    .unwrap(),
                "only a submitted dossier"
            );
            // Expired unsent: made again, its files once; not before.
            one.add_file("copy", "giay-to", "x.pdf", b"x", 3)
                .await
                .unwrap()
                .unwrap();
            assert!(!two
                .reopen("submitted", "copy", "bo-sung:x", 8_999_999, 18_000_000)
                .await
                .unwrap());
            assert!(
                two.reopen("submitted", "copy", "bo-sung:x", 9_000_000, 18_000_000)
                    .await
                    .unwrap(),
                "{url}"
            );
            assert!(!one
                .reopen("submitted", "copy", "bo-sung:x", 9_000_001, 18_000_000)
                .await
                .unwrap());
            assert_eq!(
                two.files("copy", "giay-to").await.unwrap().len(),
                1,
                "{url}"
            );
            assert!(two.draft("copy", 9_000_001).await.unwrap().is_some());
            // Changed: the submitted dossier is not.
            let mut changed = copy.clone();
            changed.answers[0].1 = "Nguyễn Thị Hoa".into();
            one.save_draft(&changed).await.unwrap();
            one.add_file("copy", "giay-to", "so-do-ro.pdf", b"%PDF-1 new", 3)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(
                one.draft("submitted", 2_000)
                    .await
                    .unwrap()
                    .unwrap()
                    .answers,
                draft("submitted").answers
            );
            assert_eq!(one.files("submitted", "giay-to").await.unwrap().len(), 1);
            // Kept for good once, whichever process; then nothing changes it.
            let (x, y) = tokio::join!(one.seal("copy", &code), two.seal("copy", &code));
            assert!(x.unwrap() ^ y.unwrap(), "{url}");
            let mut late = changed.clone();
            late.answers[0].1 = "Người Khác".into();
            one.save_draft(&late).await.unwrap();
            assert_eq!(
                two.draft("copy", u64::MAX / 2)
                    .await
                    .unwrap()
                    .unwrap()
                    .answers,
                changed.answers,
                "kept for good, never expiring"
            );
            assert_eq!(
                one.add_file("copy", "giay-to", "x.pdf", b"x", 3)
                    .await
                    .unwrap(),
                None
            );
            assert_eq!(one.purge_expired(u64::MAX / 2).await.unwrap(), 0);
            // Sent once from two processes: the case names the copy, waits for the desk again.
            let sent = Recorded {
                items: vec!["giay-to".into()],
                ..Recorded::by_citizen(Happened::MoreSent, 1_764_900_200)
            };
            let now_is = dvc_server::casework::Answered {
                draft_id: "copy".into(),
                applicant: "Nguyễn Thị Hoa".into(),
                factors: vec!["4321".into()],
            };
            let (x, y) = tokio::join!(
                a.answered(&opening.code, &now_is, &sent),
                b.answered(&opening.code, &now_is, &sent)
            );
            assert!(x.unwrap() ^ y.unwrap(), "{url}");
            let case = b.get(&opening.code).await.unwrap().unwrap();
            assert_eq!(
                (case.status, case.draft_id.as_str(), case.due),
                (Status::Waiting, "copy", None)
            );
            assert_eq!(case.applicant, "Nguyễn Thị Hoa", "the name as sent");
            assert!(
                matches!(
                    a.look_up(&opening.code, "4321", 1_764_900_300)
                        .await
                        .unwrap(),
                    dvc_server::casework::LookedUp::Found(_)
                ),
                "the number as sent is the look-up's factor"
            );
            assert_eq!(
                a.look_up(&opening.code, "0027", 1_764_900_300)
                    .await
                    .unwrap(),
                dvc_server::casework::LookedUp::NotFound
            );
            let events = a.events(&opening.code).await.unwrap();
            assert_eq!(
                events.iter().map(|e| e.happened).collect::<Vec<_>>(),
                [Happened::Submitted, Happened::MoreAsked, Happened::MoreSent]
            );
            assert!(
                !a.answered(&opening.code, &now_is, &sent).await.unwrap(),
                "not waiting for more any more"
            );
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_case_opens_once_and_moves_once_whatever_races_from_two_processes() {
        for url in shared_addresses("cases").await {
            let a = Cases::new(Database::connect(&url).await.unwrap());
            let b = Cases::new(Database::connect(&url).await.unwrap());
            let code = "000.00.12.H62-261205-0001";
            let opened = futures_util::future::join_all((0..8).map(|i| {
                let c = if i % 2 == 0 { a.clone() } else { b.clone() };
                async move { c.open(&opening(code, Some("sub-1"))).await.unwrap() }
            }))
            .await;
            assert_eq!(opened.iter().filter(|o| **o).count(), 1, "{url}");
            // Two officers act on what each saw (waiting): one moves it, the other is told.
            let accept = Recorded {
                due: Date::new(2026, 12, 12),
                ..Recorded::by_office(Happened::Accepted, AGENCY, "can-bo-1", 1_764_900_100)
            };
            let refuse = Recorded {
                reason: Some("Thiếu giấy tờ".into()),
                basis: Some("Điều 22 Luật Cư trú".into()),
                ..Recorded::by_office(Happened::Refused, AGENCY, "can-bo-2", 1_764_900_100)
            };
            let (x, y) = tokio::join!(
                a.record(code, Status::Waiting, &accept),
                b.record(code, Status::Waiting, &refuse)
            );
            assert!(x.unwrap() ^ y.unwrap(), "exactly one moved it ({url})");
            let events = a.events(code).await.unwrap();
            assert_eq!(events.len(), 2);
            assert_eq!(events[0].happened, Happened::Submitted);
            assert_eq!(events[0].office, None, "the citizen's");
            let case = b.get(code).await.unwrap().unwrap();
            assert_eq!(case.status, events[1].happened.status());
            assert_eq!(case.owner.as_deref(), Some("sub-1"));
            assert_eq!(
                a.of_draft(&case.draft_id).await.unwrap().map(|c| c.code),
                Some(code.to_string())
            );
        }
    }

    #[tokio::test]
    async fn the_event_log_refuses_any_change_or_deletion() {
        for db in databases().await {
            let cases = Cases::new(db.clone());
            let code = "000.00.12.H62-261205-0002";
            cases.open(&opening(code, None)).await.unwrap();
            for sql in [
                "UPDATE case_events SET reason = 'x'",
                "UPDATE case_events SET happened = 'tra-ket-qua' WHERE code = '000.00.12.H62-261205-0002'",
                "DELETE FROM case_events",
            ] {
                let refused = sqlx::query(sql).execute(db.pool()).await;
                assert!(refused.is_err(), "{sql} on {:?}", db.backend());
                assert!(
                    refused.unwrap_err().to_string().contains("append-only"),
                    "the database says why"
                );
            }
            if db.backend() == Backend::Postgres {
                assert!(sqlx::query("TRUNCATE case_events")
                    .execute(db.pool())
                    .await
                    .is_err());
            }
            assert_eq!(cases.events(code).await.unwrap().len(), 1);
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_case_is_found_by_its_code_and_a_factor_the_same_for_any_wrong_one() {
        use dvc_server::casework::{LookedUp, LOOK_UP_MISSES, LOOK_UP_WINDOW};
        for url in shared_addresses("look-up").await {
            let cases = Cases::new(Database::connect(&url).await.unwrap());
            let other = Cases::new(Database::connect(&url).await.unwrap());
            let code = "000.00.12.H62-261205-0003";
            let t = 1_764_900_000;
            cases.open(&opening(code, Some("sub-9"))).await.unwrap();
            let found = |l: LookedUp| matches!(l, LookedUp::Found(c) if c.code == code);
            for right in ["0027", "5678", " 5678 "] {
                assert!(
                    found(cases.look_up(code, right, t).await.unwrap()),
                    "{right}"
                );
            }
            assert!(found(
                cases.look_up(&format!(" {code}"), "0027", t).await.unwrap()
            ));
            let nobody = "000.00.12.H62-261205-0004";
            for (c, f) in [(code, "0028"), (code, ""), (nobody, "0027")] {
                assert_eq!(
                    cases.look_up(c, f, t).await.unwrap(),
                    LookedUp::NotFound,
                    "{c} {f}"
                );
            }
            assert_eq!(cases.of_owner("sub-9").await.unwrap().len(), 1);
            assert!(cases.of_owner("sub-8").await.unwrap().is_empty());
            // Wrong digits counted for the code, from both processes: past the most, the
            // code is refused until the hour is over, the right digits too; a code nobody
            // has the same (nothing tells which codes exist); another code is not.
            for n in 2..LOOK_UP_MISSES {
                let by = if n % 2 == 0 { &cases } else { &other };
                assert_eq!(
                    by.look_up(code, "1111", t + n as u64).await.unwrap(),
                    LookedUp::NotFound
                );
            }
            for c in [code, nobody] {
                for _ in 0..LOOK_UP_MISSES {
                    let _ = other.look_up(c, "2222", t + 100).await.unwrap();
                }
                assert_eq!(
                    cases.look_up(c, "0027", t + 200).await.unwrap(),
                    LookedUp::Locked {
                        until: t + LOOK_UP_WINDOW
                    },
                    "{c}"
                );
            }
            assert_eq!(
                cases
                    .look_up("000.00.12.H62-261205-0005", "0027", t + 200)
                    .await
                    .unwrap(),
                LookedUp::NotFound
            );
            assert!(
                found(
                    cases
                        .look_up(code, "0027", t + LOOK_UP_WINDOW + 1)
                        .await
                        .unwrap()
                ),
                "the hour is over"
            );
        }
    }

    /// Ten thousand cases (and a thousand of another agency), written in a few statements.
    async fn ten_thousand(db: &Database) {
        let statuses = [
            Status::Waiting,
            Status::Processing,
            Status::NeedsMore,
            Status::Done,
        ];
        let mut tx = db.pool().begin().await.unwrap();
        for chunk in 0..22 {
            let mut values = Vec::new();
            for i in chunk * 500..(chunk + 1) * 500 {
                let agency = if i < 10_000 { AGENCY } else { "000.00.13.H62" };
                // Received one a minute from 01/12/2026 00:00 in Viet Nam (one day: 1,440).
                let at = 1_796_058_000 + 60 * i as i64;
                let day = iso(dvc_server::forms::date_in_vietnam(at as u64));
                let status = statuses[i % 4].slug();
                let service = if i % 5 == 0 {
                    "thong-bao-luu-tru"
                } else {
                    "dang-ky-thuong-tru"
                };
                let due = if i % 4 == 1 {
                    format!("'2026-12-{:02}'", 10 + i % 17)
                } else {
                    "NULL".into()
                };
                values.push(format!(
                    "('C{i:05}', 'd{i}', '{service}', '{agency}', NULL, 'Người {:05}', {at}, '{day}', '{status}', {due}, {at}, '')",
                    (i * 7919) % 10_000
                ));
            }
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO cases (code, draft_id, service, agency, owner, applicant, received_at, received_day, status, due, changed_at, factors) VALUES {}",
                values.join(", ")
            )))
            .execute(&mut *tx)
            .await
            .unwrap();
        }
        tx.commit().await.unwrap();
    }

    #[tokio::test]
    async fn the_queue_filters_sorts_and_pages_ten_thousand_cases_of_one_agency() {
        for db in databases().await {
            ten_thousand(&db).await;
            let cases = Cases::new(db.clone());
            let all = cases.queue(AGENCY, &Query::default()).await.unwrap();
            assert_eq!(all.total, 10_000, "the other agency's are not there");
            assert_eq!(all.cases.len(), PAGE_SIZE);
            assert_eq!(all.cases[0].code, "C00000", "oldest first");
            assert_eq!(
                all.counts
                    .iter()
                    .find(|(s, _)| *s == Status::Waiting)
                    .unwrap()
                    .1,
                2_500
            );
            let last = cases
                .queue(
                    AGENCY,
                    &Query {
                        page: 500,
                        descending: true,
                        ..Query::default()
                    },
                )
                .await
                .unwrap();
            assert_eq!(last.cases.len(), PAGE_SIZE);
            assert_eq!(
                last.cases.last().unwrap().code,
                "C00000",
                "newest first, to the end"
            );
            let past = cases
                .queue(
                    AGENCY,
                    &Query {
                        page: 501,
                        ..Query::default()
                    },
                )
                .await
                .unwrap();
            assert!(past.cases.is_empty());
            // Two statuses, one procedure, received on 02/12/2026 only.
            let q = Query {
                statuses: vec![Status::Waiting, Status::NeedsMore],
                service: Some("thong-bao-luu-tru".into()),
                from: Date::new(2026, 12, 2),
                to: Date::new(2026, 12, 2),
                ..Query::default()
            };
            let some = cases.queue(AGENCY, &q).await.unwrap();
            // Minutes 1,440..2,879; every fifth is the other procedure; of those, statuses
            // cycle by four: i % 20 in {0, 10} (waiting, needs more).
            let expected = (1_440..2_880)
                .filter(|i| i % 20 == 0 || i % 20 == 10)
                .count();
            assert_eq!(some.total, expected);
            assert!(some.cases.iter().all(|c| c.service == "thong-bao-luu-tru"
                && matches!(c.status, Status::Waiting | Status::NeedsMore)
                && c.received_day() == Date::new(2026, 12, 2).unwrap()));
            let counted: usize = some.counts.iter().map(|(_, n)| n).sum();
            assert_eq!(counted, 1_440 / 5, "counts ignore the status filter");
            // By due day: the earliest first, none without one before the end.
            let due = cases
                .queue(
                    AGENCY,
                    &Query {
                        sort: Sort::Due,
                        statuses: vec![Status::Processing],
                        ..Query::default()
                    },
                )
                .await
                .unwrap();
            let days: Vec<_> = due.cases.iter().map(|c| c.due.unwrap()).collect();
            assert!(days.windows(2).all(|w| w[0] <= w[1]));
            assert_eq!(days[0], Date::new(2026, 12, 10).unwrap());
            let named = cases
                .queue(
                    AGENCY,
                    &Query {
                        sort: Sort::Applicant,
                        ..Query::default()
                    },
                )
                .await
                .unwrap();
            assert_eq!(named.cases[0].applicant, "Người 00000");
            assert!(named
                .cases
                .windows(2)
                .all(|w| w[0].applicant <= w[1].applicant));
        }
    }
}

mod desk {
    use super::*;
    use dvc_server::casework::officers::{Confirmed, Officer, Officers, Refused, Resent, LOCK};
    use dvc_server::casework::outbox::{Channel, Outbox};

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn wrong_passwords_at_once_from_two_processes_lock_the_account_and_a_code_signs_in_once()
    {
        for url in shared_addresses("desk").await {
            let a = Officers::new(Database::connect(&url).await.unwrap());
            let b = Officers::new(Database::connect(&url).await.unwrap());
            let me = Officer {
                login: "001090000001".into(),
                name: "Cán bộ".into(),
                agency: "000.00.12.H62".into(),
                phone: "0900000001".into(),
            };
            a.ensure(&me, "mật khẩu thử nghiệm dài").await.unwrap();
            let t = 1_800_000_000;
            let tries = futures_util::future::join_all((0..8).map(|i| {
                let o = if i % 2 == 0 { a.clone() } else { b.clone() };
                async move { o.check("001090000001", "sai", t).await.unwrap() }
            }))
            .await;
            assert!(tries.iter().all(|r| r.is_err()));
            assert_eq!(
                a.check("001090000001", "mật khẩu thử nghiệm dài", t + 1)
                    .await
                    .unwrap(),
                Err(Refused::Locked { until: t + LOCK }),
                "{url}"
            );
            // The lock ends by itself.
            assert_eq!(
                b.check("001090000001", "mật khẩu thử nghiệm dài", t + LOCK)
                    .await
                    .unwrap(),
                Ok(me.clone())
            );
            // One code, two posts at once from two processes: one session.
            let (id, code) = a.start(&me.login, t + LOCK).await.unwrap();
            let (x, y) = tokio::join!(
                a.confirm(&id, &code, t + LOCK + 1),
                b.confirm(&id, &code, t + LOCK + 1)
            );
            let ins = [x.unwrap(), y.unwrap()]
                .into_iter()
                .filter(|c| matches!(c, Confirmed::In(_)))
                .count();
            assert_eq!(ins, 1, "{url}");
            assert_eq!(
                b.officer(&id, t + LOCK + 2).await.unwrap(),
                Some(me.clone())
            );
            // A new code only after a minute; an old one never works again.
            let (id, first) = a.start(&me.login, t).await.unwrap();
            assert!(matches!(
                a.resend(&id, t + 10).await.unwrap(),
                Resent::Wait(50)
            ));
            let Resent::Sent { code: second, .. } = b.resend(&id, t + 60).await.unwrap() else {
                panic!()
            };
            if first != second {
                assert!(matches!(
                    a.confirm(&id, &first, t + 61).await.unwrap(),
                    Confirmed::Wrong { .. }
                ));
            }
            assert!(matches!(
                a.confirm(&id, &second, t + 61 + 300).await.unwrap(),
                Confirmed::Expired | Confirmed::Ended
            ));
            a.end(&id).await.unwrap();
            assert!(!a.waiting(&id, t + 62).await.unwrap());
            // The outbox: each message sent once, whichever process takes it.
            let (oa, ob) = (
                Outbox::new(Database::connect(&url).await.unwrap()),
                Outbox::new(Database::connect(&url).await.unwrap()),
            );
            oa.put("0900000001", Channel::Sms, "x", None, t)
                .await
                .unwrap();
            let m = ob.unsent(10).await.unwrap().remove(0);
            let (x, y) = tokio::join!(oa.sent(m.id, t), ob.sent(m.id, t));
            assert!(x.unwrap() ^ y.unwrap());
        }
    }
}

mod counter {
    use super::*;
    use dvc_server::casework::counter::{Took, CODE_LIFETIME, TAKEN_LIFETIME};
    use dvc_server::casework::{Cases, LOOK_UP_MISSES};
    use dvc_server::identity::{Citizen, Level};

    fn citizen() -> Citizen {
        Citizen {
            subject: "sub-7".into(),
            name: "Lò Thị Mai".into(),
            id_number: Some("011190000123".into()),
            birth_date: Some("1990-01-02".into()),
            level: Level::Two,
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_hand_off_code_is_taken_once_from_two_processes_in_time_and_by_its_office_only() {
        let t = 1_796_442_000;
        for url in shared_addresses("counter").await {
            let a = Cases::new(Database::connect(&url).await.unwrap());
            let b = Cases::new(Database::connect(&url).await.unwrap());
            let code = a
                .hand_off("draft-1", "dang-ky", &citizen(), t)
                .await
                .unwrap();
            assert_eq!(code.len(), 6);
            assert!(code.chars().all(|c| c.is_ascii_digit()));
            // Two desks type it at once, one in each process: one takes it.
            let spaced = format!("{} {}", &code[..3], &code[3..]);
            let (x, y) = tokio::join!(
                a.take_hand_off(&code, "000.00.12.H26", "can-bo-1", t + 5),
                b.take_hand_off(&spaced, "000.00.99.H26", "can-bo-2", t + 5),
            );
            let (x, y) = (x.unwrap(), y.unwrap());
            let (taken, other) = match (&x, &y) {
                (Took::Taken(h), Took::Used) => (h.clone(), "000.00.99.H26"),
                (Took::Used, Took::Taken(h)) => (h.clone(), "000.00.12.H26"),
                _ => panic!("{x:?} {y:?}"),
            };
            assert_eq!(taken.citizen, citizen());
            assert_eq!(taken.draft_id, "draft-1");
            let agency = &taken.taken.as_ref().unwrap().1;
            // A third try, later: used.
            assert_eq!(
                a.take_hand_off(&code, agency, "can-bo-1", t + 6)
                    .await
                    .unwrap(),
                Took::Used
            );
            // Its office works on it for the working day; the other office never.
            assert!(b.handed(&taken.id, agency, t + 60).await.unwrap().is_some());
            assert!(b.handed(&taken.id, other, t + 60).await.unwrap().is_none());
            assert!(b
                .handed(&taken.id, agency, t + 5 + TAKEN_LIFETIME)
                .await
                .unwrap()
                .is_none());
            let last = b.last_taken("draft-1").await.unwrap().unwrap();
            assert_eq!(last.taken.unwrap().0, t + 5);

            // Late: a code typed once its ten minutes are over.
            let late = a
                .hand_off("draft-2", "dang-ky", &citizen(), t)
                .await
                .unwrap();
            assert_eq!(
                b.take_hand_off(&late, "000.00.12.H26", "can-bo-1", t + CODE_LIFETIME)
                    .await
                    .unwrap(),
                Took::Late
            );
            // A new code replaces the draft's earlier one, not yet taken.
            let first = a
                .hand_off("draft-3", "dang-ky", &citizen(), t)
                .await
                .unwrap();
            let second = a
                .hand_off("draft-3", "dang-ky", &citizen(), t + 1)
                .await
                .unwrap();
            if first != second {
                assert_eq!(
                    b.take_hand_off(&first, "000.00.12.H26", "can-bo-3", t + 2)
                        .await
                        .unwrap(),
                    Took::Unknown
                );
            }
            assert!(matches!(
                b.take_hand_off(&second, "000.00.12.H26", "can-bo-3", t + 2)
                    .await
                    .unwrap(),
                Took::Taken(_)
            ));
            assert!(b.last_taken("draft-2").await.unwrap().is_none());
        }
    }

    #[tokio::test]
    async fn wrong_codes_are_counted_per_officer_across_processes_then_refused_for_the_hour() {
        let t = 1_796_442_000;
        for url in shared_addresses("counter-misses").await {
            let a = Cases::new(Database::connect(&url).await.unwrap());
            let b = Cases::new(Database::connect(&url).await.unwrap());
            let code = a
                .hand_off("draft-9", "dang-ky", &citizen(), t)
                .await
                .unwrap();
            let wrong = if code == "000000" { "000001" } else { "000000" };
            for i in 0..LOOK_UP_MISSES {
                let desk = if i % 2 == 0 { &a } else { &b };
                assert_eq!(
                    desk.take_hand_off(wrong, "000.00.12.H26", "can-bo-1", t + 1)
                        .await
                        .unwrap(),
                    Took::Unknown
                );
            }
            // Even the right code waits now, for this officer; another takes it.
            assert!(matches!(
                a.take_hand_off(&code, "000.00.12.H26", "can-bo-1", t + 2)
                    .await
                    .unwrap(),
                Took::Locked { .. }
            ));
            assert!(matches!(
                b.take_hand_off(&code, "000.00.12.H26", "can-bo-2", t + 2)
                    .await
                    .unwrap(),
                Took::Taken(_)
            ));
        }
    }
}
