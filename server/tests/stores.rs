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
    let e = Database::connect("mysql://x").await.unwrap_err();
    assert!(e.to_string().contains("postgres://"), "{e}");
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
