//! The one-stop desk's queue over 10,000 dossiers of one agency (and 1,000 of another), for
//! `cargo xtask bench`: each database named on the command line (`sqlite://…`,
//! `postgres://…`) is filled through the kit's own calls (`Cases::open`, `Cases::record`:
//! a transaction each, as submissions and officers make them), then each of the desk's
//! usual views is asked 30 times (after 3 unmeasured). Prints one JSON line: per database
//! and view, the median and 95th percentile in milliseconds, and the budget.
//!
//! `cargo run --release -p dvc-server --example queue-bench -- sqlite:///tmp/q.sqlite`

use dvc_procedure::casework::{Happened, Status};
use dvc_rules::date::Date;
use dvc_server::casework::{Cases, Opening, Query, Recorded, Sort};
use dvc_server::database::Database;
use std::time::Instant;

/// The budget of one page of the queue, 95th percentile (the database's share of a page
/// the desk waits for).
const BUDGET_MS: f64 = 50.0;
const AGENCY: &str = "000.00.12.H62";
const DOSSIERS: usize = 10_000;
const ELSEWHERE: usize = 1_000;
const RUNS: usize = 30;

#[tokio::main]
async fn main() {
    let mut report = Vec::new();
    for url in std::env::args().skip(1) {
        let db = match Database::connect(&url).await {
            Ok(db) => db,
            Err(e) => {
                eprintln!("queue-bench: {url}: {e}");
                std::process::exit(1);
            }
        };
        let cases = Cases::new(db);
        let filled = Instant::now();
        fill(&cases).await;
        let fill_s = filled.elapsed().as_secs_f64();
        let kind = url.split(':').next().unwrap_or("").to_string();
        for (view, query) in views() {
            let mut times = Vec::new();
            let mut total = 0;
            for run in 0..RUNS + 3 {
                let t = Instant::now();
                let page = cases.queue(AGENCY, &query).await.expect("the queue");
                if run >= 3 {
                    times.push(t.elapsed().as_secs_f64() * 1000.0);
                }
                total = page.total;
            }
            times.sort_by(f64::total_cmp);
            let at = |q: f64| times[((times.len() as f64 - 1.0) * q).round() as usize];
            report.push(serde_json::json!({
                "database": kind,
                "view": view,
                "matching": total,
                "p50_ms": (at(0.5) * 100.0).round() / 100.0,
                "p95_ms": (at(0.95) * 100.0).round() / 100.0,
                "budget_ms": BUDGET_MS,
                "within": at(0.95) <= BUDGET_MS,
                "fill_s": (fill_s * 10.0).round() / 10.0,
            }));
        }
    }
    println!("{}", serde_json::Value::Array(report));
}

/// The desk's usual views: what a desk opens, a filtered list, a deep page, a sort.
fn views() -> Vec<(&'static str, Query)> {
    vec![
        ("all, oldest first, page 1", Query::default()),
        (
            "waiting, one procedure, received 02–08/12",
            Query {
                statuses: vec![Status::Waiting],
                service: Some("dang-ky-thuong-tru".into()),
                from: Date::new(2026, 12, 2),
                to: Date::new(2026, 12, 8),
                ..Query::default()
            },
        ),
        (
            "by applicant, descending, page 250",
            Query {
                sort: Sort::Applicant,
                descending: true,
                page: 250,
                ..Query::default()
            },
        ),
        (
            "being processed, by due day",
            Query {
                statuses: vec![Status::Processing],
                sort: Sort::Due,
                ..Query::default()
            },
        ),
    ]
}

/// 10,000 dossiers of the agency and 1,000 of another, received ten minutes apart from
/// 01/12/2026, two procedures, a quarter each still waiting, being processed (with a due
/// day), waiting for more, and with a result.
async fn fill(cases: &Cases) {
    for i in 0..DOSSIERS + ELSEWHERE {
        let agency = if i < DOSSIERS {
            AGENCY
        } else {
            "000.00.13.H62"
        };
        let at = 1_796_058_000 + 600 * i as u64;
        let code = format!("{agency}-2612{:02}-{:04}", 1 + i / 1000, i % 1000 + 1);
        let opening = Opening {
            code: code.clone(),
            draft_id: format!("d{i}"),
            service: if i % 5 == 0 {
                "thong-bao-luu-tru"
            } else {
                "dang-ky-thuong-tru"
            }
            .into(),
            agency: agency.into(),
            owner: None,
            applicant: format!("Người nộp {:05}", (i * 7919) % DOSSIERS),
            at,
            factors: vec![format!("{:04}", i % 10_000)],
        };
        cases.open(&opening).await.expect("a case opens");
        let by = |happened| Recorded::by_office(happened, agency, "can-bo-1", at + 60);
        match i % 4 {
            1 => {
                let accepted = Recorded {
                    due: Date::new(2026, 12, 10 + (i % 17) as u8),
                    ..by(Happened::Accepted)
                };
                cases
                    .record(&code, Status::Waiting, &accepted)
                    .await
                    .expect("moved");
            }
            2 => {
                let asked = Recorded {
                    reason: Some("Ảnh mờ".into()),
                    items: vec!["giay-to".into()],
                    due: Date::new(2026, 12, 20),
                    ..by(Happened::MoreAsked)
                };
                cases
                    .record(&code, Status::Waiting, &asked)
                    .await
                    .expect("moved");
            }
            3 => {
                let accepted = Recorded {
                    due: Date::new(2026, 12, 12),
                    ..by(Happened::Accepted)
                };
                cases
                    .record(&code, Status::Waiting, &accepted)
                    .await
                    .expect("moved");
                cases
                    .record(&code, Status::Processing, &by(Happened::ResultReady))
                    .await
                    .expect("moved");
            }
            _ => {}
        }
    }
}
