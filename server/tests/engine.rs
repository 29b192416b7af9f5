//! The procedure engine's addresses, driven as a browser drives them (posts, redirects,
//! the draft cookie), on the demo's birth-extract file and the test file that uses every
//! answer kind: the route (no page skipped, back along the route taken, a change from
//! check answers returning there), answers kept on a failed post, "Lưu và tiếp tục sau"
//! and autosave, signing in at the file's level, prefill for "myself" only, the
//! declaration, one dossier code however often it is submitted.

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use dvc_procedure::casework::{CasePage, DeskPage};
use dvc_procedure::screen::Screen;
use dvc_rules::Locale;
use dvc_server::casework::officers::{Officer, Officers};
use dvc_server::casework::outbox::Outbox;
use dvc_server::casework::Cases;
use dvc_server::database::Database;
use dvc_server::dossiers::SqlDossiers;
use dvc_server::identity::{Citizen, Level};
use dvc_server::procedures::engine::{CaseDrawn, DeskDrawn, Drawn, Engine, Portal, Said};
use dvc_server::procedures::payments::{Payee, Payments};
use dvc_server::procedures::Procedures;
use dvc_server::vnpay::{signature, Merchant, SANDBOX_PAY_URL};
use std::path::Path;
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

const BASE: &str = "/thu-tuc/cap-ban-sao-trich-luc-khai-sinh";

/// A portal that keeps what it was asked to draw, with whoever the test signs in.
#[derive(Default)]
struct TestPortal {
    citizen: Mutex<Option<Citizen>>,
    drawn: Mutex<Option<(Screen, String, Option<&'static str>)>>,
    ended: Mutex<Option<String>>,
    submitted: Mutex<Vec<String>>,
    /// The portal names no account for the agency: fees are paid at the office.
    no_payee: Mutex<bool>,
    /// The portal's records allow this many copies a year (its own check).
    max_copies: Mutex<Option<u64>>,
    /// The portal's records exempt this citizen from the fee (its own fee rule).
    exempt: Mutex<bool>,
    /// The last page of a dossier's life drawn.
    cased: Mutex<Option<CasePage>>,
    /// The last page of the desk drawn.
    desked: Mutex<Option<DeskPage>>,
    /// The last procedure page's `counter` and `on_behalf`.
    counter: Mutex<(bool, Option<String>)>,
}

#[dvc_server::async_trait]
impl Portal for TestPortal {
    async fn citizen(&self, _: &HeaderMap) -> Option<Citizen> {
        self.citizen.lock().unwrap().clone()
    }
    fn sign_in(&self, back: &str, level: Level, _: Locale) -> String {
        format!("/dang-nhap?muc={}&tiep={back}", level.number())
    }
    async fn page(&self, page: Drawn) -> Response {
        *self.counter.lock().unwrap() = (page.counter, page.on_behalf);
        *self.drawn.lock().unwrap() = Some((page.screen, page.path, page.form));
        "drawn".into_response()
    }
    async fn ended_subject(&self, _: &HeaderMap) -> Option<String> {
        self.ended.lock().unwrap().clone()
    }
    async fn case_page(&self, page: CaseDrawn) -> Response {
        *self.cased.lock().unwrap() = Some(page.screen);
        "drawn".into_response()
    }
    async fn desk_page(&self, page: DeskDrawn) -> Response {
        *self.desked.lock().unwrap() = Some(page.page);
        "drawn".into_response()
    }
    fn office(&self, agency: &str, _: Locale) -> String {
        format!("Bộ phận Một cửa {agency}")
    }
    fn agency_of(&self, level: &str, code: &str) -> Option<String> {
        (level == "commune" && code.len() == 5).then(|| "000.00.12.H26".to_string())
    }
    fn submitted(
        &self,
        _: &dvc_procedure::ProcedureFile,
        _: &dvc_server::dossiers::Draft,
        code: &dvc_server::dossiers::DossierCode,
    ) {
        self.submitted.lock().unwrap().push(code.to_string());
    }
    fn check(
        &self,
        _: &dvc_procedure::ProcedureFile,
        page: &str,
        answers: &[(String, String)],
    ) -> Vec<Said> {
        let copies = answers
            .iter()
            .find(|(n, _)| n == "so-ban")
            .and_then(|(_, v)| v.parse::<u64>().ok());
        match (*self.max_copies.lock().unwrap(), copies) {
            (Some(most), Some(n)) if page == "so-ban" && n > most => vec![Said {
                answer: "so-ban".into(),
                vi: format!("Năm nay bạn chỉ còn được cấp {most} bản sao"),
                en: format!("You may have only {most} more copies this year"),
            }],
            _ => Vec::new(),
        }
    }
    fn fees(
        &self,
        _: &dvc_procedure::ProcedureFile,
        _: &[(String, String)],
        fees: Vec<dvc_procedure::route::FeeLine>,
        _: Locale,
    ) -> Vec<dvc_procedure::route::FeeLine> {
        if *self.exempt.lock().unwrap() {
            Vec::new()
        } else {
            fees
        }
    }
    fn payee(&self, agency: &str) -> Option<Payee> {
        (agency == "000.00.12.H26" && !*self.no_payee.lock().unwrap()).then(|| Payee {
            bank_bin: "970418".into(),
            bank_name: "BIDV".into(),
            account_number: "12010000000000".into(),
            account_holder: "VAN PHONG UBND XA".into(),
        })
    }
}

struct Browser {
    app: Router,
    portal: Arc<TestPortal>,
    cookie: Option<String>,
    payments: Payments,
    cases: Cases,
    officers: Officers,
    outbox: Outbox,
}

fn citizen(level: Level) -> Citizen {
    Citizen {
        subject: "sub-1".into(),
        name: "Nguyễn Văn An".into(),
        id_number: Some("001099012345".into()),
        birth_date: Some("1990-03-07".into()),
        level,
    }
}

async fn browser(dir: &str) -> Browser {
    let procedures = Procedures::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)).unwrap();
    let portal = Arc::new(TestPortal::default());
    let db = Database::in_memory().await.unwrap();
    let store = Arc::new(SqlDossiers::new(db.clone()));
    let payments = Payments::new(db.clone()).with_gateway(merchant(), "VNPAY");
    let cases = Cases::new(db.clone());
    let (officers, outbox) = (Officers::new(db.clone()), Outbox::new(db));
    let engine = Engine::new(procedures, store, portal.clone())
        .with_payments(payments.clone())
        .with_cases(cases.clone())
        .unwrap()
        .with_desk(officers.clone(), outbox.clone());
    Browser {
        app: engine.router(),
        portal,
        cookie: None,
        payments,
        cases,
        officers,
        outbox,
    }
}

/// What a request led to: a redirect's target, or the screen drawn.
#[derive(Debug)]
enum Got {
    To(String),
    Drew(Screen, StatusCode),
    Case(CasePage, StatusCode),
    Desk(DeskPage, StatusCode),
    Status(StatusCode),
}

impl Browser {
    async fn send(&mut self, req: Request<Body>) -> Got {
        let mut req = req;
        if let Some(c) = &self.cookie {
            req.headers_mut().insert(header::COOKIE, c.parse().unwrap());
        }
        *self.portal.drawn.lock().unwrap() = None;
        let res = self.app.clone().oneshot(req).await.unwrap();
        if let Some(set) = res.headers().get(header::SET_COOKIE) {
            let pair = set.to_str().unwrap().split(';').next().unwrap().to_string();
            self.cookie = Some(pair);
        }
        let status = res.status();
        if status == StatusCode::SEE_OTHER {
            return Got::To(
                res.headers()[header::LOCATION]
                    .to_str()
                    .unwrap()
                    .to_string(),
            );
        }
        if let Some(page) = self.portal.cased.lock().unwrap().take() {
            return Got::Case(page, status);
        }
        if let Some(page) = self.portal.desked.lock().unwrap().take() {
            return Got::Desk(page, status);
        }
        match self.portal.drawn.lock().unwrap().take() {
            Some((screen, _, _)) => Got::Drew(screen, status),
            None => Got::Status(status),
        }
    }

    async fn get(&mut self, at: &str) -> Got {
        self.send(Request::get(at).body(Body::empty()).unwrap())
            .await
    }

    async fn post(&mut self, at: &str, form: &str, pairs: &[(&str, &str)]) -> Got {
        let mut body = format!("dvc_form={form}");
        for (n, v) in pairs {
            body.push_str(&format!("&{}={}", enc(n), enc(v)));
        }
        self.send(
            Request::post(at)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    /// A multipart post (files attached), as a browser sends a form with a file box.
    async fn post_files(
        &mut self,
        at: &str,
        form: &str,
        pairs: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Got {
        let boundary = "dvcBoundary7MA4YWxk";
        let mut body: Vec<u8> = Vec::new();
        let mut part = |head: String, content: &[u8]| {
            body.extend_from_slice(format!("--{boundary}\r\n{head}\r\n\r\n").as_bytes());
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        };
        part(
            "Content-Disposition: form-data; name=\"dvc_form\"".into(),
            form.as_bytes(),
        );
        for (n, v) in pairs {
            part(
                format!("Content-Disposition: form-data; name=\"{n}\""),
                v.as_bytes(),
            );
        }
        for (field, name, bytes) in files {
            part(
                format!("Content-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream"),
                bytes,
            );
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.send(
            Request::post(at)
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }

    async fn answer(&mut self, page: &str, pairs: &[(&str, &str)]) -> Got {
        self.answer_at(BASE, page, pairs).await
    }

    async fn answer_at(&mut self, base: &str, page: &str, pairs: &[(&str, &str)]) -> Got {
        self.post(&format!("{base}/{page}"), "question", pairs)
            .await
    }
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn to(page: &str) -> Got {
    Got::To(format!("{BASE}/{page}"))
}

fn same(a: &Got, b: &Got) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

/// A commune of the 2025 map (its code, and its province's).
fn a_commune() -> (String, String) {
    let p = &dvc_rules::divisions::provinces()[0];
    let c = dvc_rules::divisions::communes_of(p.code)
        .next()
        .unwrap()
        .code
        .to_string();
    (p.code.to_string(), c)
}

#[tokio::test]
async fn a_citizen_signs_in_at_the_files_level_answers_along_the_route_and_submits_once() {
    let mut b = browser("../demo/procedures").await;
    // The start page is anyone's; "Bắt đầu" signs in first, at level 2, back to the first question.
    let Got::Drew(
        Screen::Start {
            begin,
            resume,
            sent,
        },
        StatusCode::OK,
    ) = b.get(BASE).await
    else {
        panic!("start page")
    };
    assert_eq!(begin, format!("/dang-nhap?muc=2&tiep={BASE}/cho-ai"));
    assert!(resume.is_none() && sent.is_none());
    // A page opened without the sign-in says what is needed, with the way in and back here.
    let sign_in = Screen::SignIn {
        href: format!("/dang-nhap?muc=2&tiep={BASE}/so-ban?quay-ve=kiem-tra"),
        level: 2,
    };
    let got = b.get(&format!("{BASE}/so-ban?quay-ve=kiem-tra")).await;
    assert!(
        same(&got, &Got::Drew(sign_in.clone(), StatusCode::OK)),
        "{got:?}"
    );
    // Level 1 is not enough; a post without the sign-in goes to sign in.
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::One));
    let got = b.get(&format!("{BASE}/so-ban?quay-ve=kiem-tra")).await;
    assert!(same(&got, &Got::Drew(sign_in, StatusCode::OK)), "{got:?}");
    // (The page again, which says so: the way in is a page of this site, which a script's
    // `fetch` can follow.)
    let got = b.answer("cho-ai", &[("cho-ai", "con")]).await;
    assert!(same(&got, &to("cho-ai")), "{got:?}");
    let got = b.get(&format!("{BASE}/cho-ai")).await;
    assert!(
        matches!(&got, Got::Drew(Screen::SignIn { href, .. }, _) if *href == format!("/dang-nhap?muc=2&tiep={BASE}/cho-ai")),
        "{got:?}"
    );
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));

    // What was posted at level 1 was kept for them, and is theirs once at level 2. No page
    // is skipped: a later question sends the citizen to the first one still to answer.
    assert!(same(&b.get(&format!("{BASE}/so-ban")).await, &to("ho-ten")));
    // A post with a problem: the page again, the problem named, what was posted kept.
    let Got::Drew(
        Screen::Question {
            problems,
            values,
            back,
            ..
        },
        StatusCode::OK,
    ) = b.answer("cho-ai", &[("cho-ai", "ai-do")]).await
    else {
        panic!("the page again")
    };
    assert_eq!(problems[0].name, "cho-ai");
    assert!(values.contains(&("cho-ai".into(), "ai-do".into())));
    assert_eq!(back, BASE);
    assert!(same(
        &b.answer("cho-ai", &[("cho-ai", "ban-than")]).await,
        &to("ho-ten")
    ));
    // For myself: the name and date of birth are the identity's, shown read-only; what is
    // posted there changes nothing.
    let Got::Drew(Screen::Question { vouched, back, .. }, _) =
        b.get(&format!("{BASE}/ho-ten")).await
    else {
        panic!()
    };
    assert_eq!(vouched.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(back, format!("{BASE}/cho-ai"));
    assert!(same(
        &b.answer("ho-ten", &[("ho-ten", "Someone Else")]).await,
        &to("ngay-sinh")
    ));
    let Got::Drew(Screen::Question { vouched, .. }, _) = b.get(&format!("{BASE}/ngay-sinh")).await
    else {
        panic!()
    };
    assert_eq!(vouched.as_deref(), Some("07/03/1990"));
    assert!(same(
        &b.answer(
            "ngay-sinh",
            &[
                ("ngay-sinh-day", "7"),
                ("ngay-sinh-month", "3"),
                ("ngay-sinh-year", "1990")
            ]
        )
        .await,
        &to("noi-dang-ky")
    ));
    let (province, commune) = a_commune();
    assert!(same(
        &b.answer(
            "noi-dang-ky",
            &[
                ("noi-dang-ky_province", &province),
                ("noi-dang-ky_commune", &commune)
            ]
        )
        .await,
        &to("so-ban")
    ));
    // A whole number out of its range is refused with the file's limits.
    let Got::Drew(Screen::Question { problems, .. }, _) =
        b.answer("so-ban", &[("so-ban", "11")]).await
    else {
        panic!()
    };
    assert_eq!(problems[0].name, "so-ban");
    assert!(same(
        &b.answer("so-ban", &[("so-ban", "3")]).await,
        &to("nhan-ket-qua")
    ));
    // Collecting at the desk: no delivery address asked; the note is optional.
    assert!(same(
        &b.answer("nhan-ket-qua", &[("nhan-ket-qua", "tai-noi-nop")])
            .await,
        &to("ghi-chu")
    ));
    let got = b.get(&format!("{BASE}/dia-chi-nhan")).await;
    assert!(same(&got, &to("ghi-chu")), "off the route: {got:?}");
    let Got::Drew(Screen::Question { back, .. }, _) = b.get(&format!("{BASE}/ghi-chu")).await
    else {
        panic!()
    };
    assert_eq!(
        back,
        format!("{BASE}/nhan-ket-qua"),
        "back along the route taken"
    );
    assert!(same(
        &b.answer("ghi-chu", &[("ghi-chu", "")]).await,
        &to("kiem-tra")
    ));

    // Check answers: every answer in words, the fee from the answers.
    let Got::Drew(
        Screen::CheckAnswers {
            rows,
            fees,
            missing,
            vouched,
            back,
            ..
        },
        _,
    ) = b.get(&format!("{BASE}/kiem-tra")).await
    else {
        panic!()
    };
    assert!(missing.is_none());
    assert_eq!(
        vouched,
        ["ho-ten", "ngay-sinh"],
        "no change link for what VNeID gave"
    );
    assert_eq!(back, format!("{BASE}/ghi-chu"));
    assert_eq!(
        rows.iter().find(|r| r.page == "so-ban").unwrap().answer,
        "3"
    );
    assert_eq!(
        rows.iter().find(|r| r.page == "ho-ten").unwrap().answer,
        "Nguyễn Văn An"
    );
    assert_eq!(fees.iter().map(|f| f.amount).sum::<u64>(), 24_000);
    // A change from check answers that asks a new question goes there, then back.
    let Got::Drew(Screen::Question { back, action, .. }, _) = b
        .get(&format!("{BASE}/nhan-ket-qua?quay-ve=kiem-tra"))
        .await
    else {
        panic!()
    };
    assert_eq!(back, format!("{BASE}/kiem-tra"));
    assert_eq!(action, format!("{BASE}/nhan-ket-qua?quay-ve=kiem-tra"));
    let got = b
        .post(&action, "question", &[("nhan-ket-qua", "buu-dien")])
        .await;
    assert!(
        same(
            &got,
            &Got::To(format!("{BASE}/dia-chi-nhan?quay-ve=kiem-tra"))
        ),
        "{got:?}"
    );
    let got = b
        .post(
            &format!("{BASE}/dia-chi-nhan?quay-ve=kiem-tra"),
            "question",
            &[
                ("dia-chi-nhan_street", "12 Lê Lợi"),
                ("dia-chi-nhan_province", &province),
                ("dia-chi-nhan_commune", &commune),
            ],
        )
        .await;
    assert!(same(&got, &to("kiem-tra")), "{got:?}");
    let Got::Drew(Screen::CheckAnswers { fees, .. }, _) = b.get(&format!("{BASE}/kiem-tra")).await
    else {
        panic!()
    };
    assert_eq!(
        fees.iter().map(|f| f.amount).sum::<u64>(),
        24_000 + 25_000,
        "postage added"
    );
    // Back to the desk: the delivery address is dropped and read back no more.
    b.post(
        &format!("{BASE}/nhan-ket-qua?quay-ve=kiem-tra"),
        "question",
        &[("nhan-ket-qua", "tai-noi-nop")],
    )
    .await;
    let Got::Drew(Screen::CheckAnswers { rows, fees, .. }, _) =
        b.get(&format!("{BASE}/kiem-tra")).await
    else {
        panic!()
    };
    assert!(rows.iter().all(|r| r.page != "dia-chi-nhan"));
    assert_eq!(fees.iter().map(|f| f.amount).sum::<u64>(), 24_000);

    // The declaration must be ticked.
    let Got::Drew(Screen::CheckAnswers { problems, .. }, StatusCode::OK) =
        b.post(&format!("{BASE}/kiem-tra"), "check", &[]).await
    else {
        panic!()
    };
    assert_eq!(problems[0].name, "declaration");
    assert!(same(
        &b.post(
            &format!("{BASE}/kiem-tra"),
            "check",
            &[("declaration", "yes")]
        )
        .await,
        &to("da-nop")
    ));
    let Got::Drew(Screen::Sent { code, .. }, _) = b.get(&format!("{BASE}/da-nop")).await else {
        panic!()
    };
    assert!(code.starts_with("000.00.12.H26-"), "{code}");
    // A second submit (a double press, a replayed post) finds the same dossier.
    assert!(same(
        &b.post(
            &format!("{BASE}/kiem-tra"),
            "check",
            &[("declaration", "yes")]
        )
        .await,
        &to("da-nop")
    ));
    assert_eq!(*b.portal.submitted.lock().unwrap(), vec![code.clone()]);
    // A submitted dossier changes no more: its pages lead to the confirmation.
    assert!(same(&b.get(&format!("{BASE}/so-ban")).await, &to("da-nop")));
    let Got::Drew(Screen::Start { sent, .. }, _) = b.get(BASE).await else {
        panic!()
    };
    assert_eq!(sent, Some(code));
    // "Bắt đầu một hồ sơ mới": a fresh draft, from the first question.
    assert!(same(&b.post(BASE, "new-dossier", &[]).await, &to("cho-ai")));
    let Got::Drew(Screen::Question { values, .. }, _) = b.get(&format!("{BASE}/cho-ai")).await
    else {
        panic!()
    };
    assert!(values.is_empty());
}

#[tokio::test]
async fn prefill_is_for_myself_only_and_a_draft_is_the_signed_in_citizens_in_any_browser() {
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    b.answer("cho-ai", &[("cho-ai", "con")]).await;
    let Got::Drew(
        Screen::Question {
            values, answers, ..
        },
        _,
    ) = b.get(&format!("{BASE}/ho-ten")).await
    else {
        panic!()
    };
    assert!(
        !values.iter().any(|(n, _)| n == "ho-ten"),
        "not the parent's name for the child"
    );
    assert!(answers.contains(&("cho-ai".into(), "con".into())));
    // For myself the identity answers; back to "my child", its answer goes (not kept as if
    // typed for the child).
    b.answer("cho-ai", &[("cho-ai", "ban-than")]).await;
    let Got::Drew(Screen::Question { vouched, .. }, _) = b.get(&format!("{BASE}/ho-ten")).await
    else {
        panic!()
    };
    assert!(vouched.is_some());
    b.answer("cho-ai", &[("cho-ai", "con")]).await;
    let Got::Drew(
        Screen::Question {
            values, vouched, ..
        },
        _,
    ) = b.get(&format!("{BASE}/ho-ten")).await
    else {
        panic!()
    };
    assert!(
        vouched.is_none() && !values.iter().any(|(n, _)| n == "ho-ten"),
        "{values:?}"
    );
    // Another browser (no cookie), the same citizen: the same draft.
    b.cookie = None;
    let Got::Drew(Screen::Start { resume, .. }, _) = b.get(BASE).await else {
        panic!()
    };
    assert_eq!(resume.map(|r| r.0), Some(format!("{BASE}/ho-ten")));
    // Someone else signed in on this browser sees none of it.
    b.portal.citizen.lock().unwrap().as_mut().unwrap().subject = "sub-2".into();
    let Got::Drew(Screen::Start { resume, .. }, _) = b.get(BASE).await else {
        panic!()
    };
    assert!(resume.is_none());
}

#[tokio::test]
async fn save_and_come_back_and_autosave_keep_answers_as_typed_without_checking() {
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    b.answer("cho-ai", &[("cho-ai", "con")]).await;
    // Typing: kept in the background, nothing checked (a half-typed name is not refused).
    let got = b
        .answer(
            "ho-ten",
            &[("ho-ten", "Trần Thị"), ("dvc_action", "autosave")],
        )
        .await;
    assert!(same(&got, &Got::Status(StatusCode::NO_CONTENT)), "{got:?}");
    let Got::Drew(Screen::Question { values, .. }, _) = b.get(&format!("{BASE}/ho-ten")).await
    else {
        panic!()
    };
    assert!(values.contains(&("ho-ten".into(), "Trần Thị".into())));
    // "Lưu và tiếp tục sau": kept as typed (even wrong), then the saved page.
    let got = b
        .answer(
            "ho-ten",
            &[("ho-ten", "Trần Thị B@"), ("dvc_action", "save")],
        )
        .await;
    assert!(same(&got, &to("da-luu")), "{got:?}");
    let Got::Drew(Screen::Saved { resume, expires }, _) = b.get(&format!("{BASE}/da-luu")).await
    else {
        panic!()
    };
    assert_eq!(
        resume,
        format!("{BASE}/ho-ten"),
        "the question still to answer"
    );
    assert!(expires.matches('/').count() == 2, "{expires}");
    // The language switch carries the answers to the other language, unchecked.
    let got = b
        .post(
            &format!("/en{BASE}/ho-ten"),
            "question",
            &[("ho-ten", "Trần"), ("dvc_language", "en")],
        )
        .await;
    let Got::Drew(
        Screen::Question {
            values,
            problems,
            back,
            ..
        },
        _,
    ) = got
    else {
        panic!("{got:?}")
    };
    assert!(problems.is_empty() && values.contains(&("ho-ten".into(), "Trần".into())));
    assert_eq!(
        back,
        format!("/en{BASE}/cho-ai"),
        "addresses in the page's language"
    );
}

#[tokio::test]
async fn a_procedure_without_sign_in_keeps_one_browsers_draft_under_one_random_cookie() {
    let mut b = browser("tests/procedures").await;
    let procedures =
        Procedures::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/procedures")).unwrap();
    let file = procedures.all().next().unwrap().clone();
    assert_eq!(file.procedure.sign_in, 0);
    let base = format!("/thu-tuc/{}", file.procedure.slug);
    let first = &file.pages[0].id;
    let Got::Drew(Screen::Start { begin, .. }, _) = b.get(&base).await else {
        panic!()
    };
    assert_eq!(begin, format!("{base}/{first}"));
    let Got::Drew(Screen::Question { .. }, _) = b.get(&begin).await else {
        panic!("no sign-in asked")
    };
    // A post with problems keeps nothing; "save" keeps what was typed under the cookie.
    let got = b
        .post(
            &begin,
            "question",
            &[(first.as_str(), "x"), ("dvc_action", "save")],
        )
        .await;
    assert!(same(&got, &Got::To(format!("{base}/da-luu"))), "{got:?}");
    let cookie = b.cookie.clone().expect("a cookie");
    assert!(
        cookie.starts_with("dvc_thu_tuc=") && cookie.len() > "dvc_thu_tuc=".len() + 16,
        "{cookie}"
    );
    let Got::Drew(Screen::Question { values, .. }, _) = b.get(&begin).await else {
        panic!()
    };
    assert!(values.contains(&(first.clone(), "x".into())));
    // Another browser has nothing.
    b.cookie = None;
    let Got::Drew(Screen::Question { values, .. }, _) = b.get(&begin).await else {
        panic!()
    };
    assert!(values.is_empty());
    // An unknown procedure or page is not found.
    assert!(same(
        &b.get("/thu-tuc/khong-co").await,
        &Got::Status(StatusCode::NOT_FOUND)
    ));
    assert!(same(
        &b.get(&format!("{base}/khong-co")).await,
        &Got::Status(StatusCode::NOT_FOUND)
    ));
}

#[tokio::test]
async fn a_repeating_group_adds_changes_and_removes_items_without_javascript() {
    const STAY: &str = "/thu-tuc/thong-bao-luu-tru";
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let (province, commune) = a_commune();
    let at = |p: &str| Got::To(format!("{STAY}/{p}"));
    let got = b
        .post(
            &format!("{STAY}/noi-luu-tru"),
            "question",
            &[
                ("noi-luu-tru_street", "Số 1"),
                ("noi-luu-tru_province", &province),
                ("noi-luu-tru_commune", &commune),
            ],
        )
        .await;
    assert!(same(&got, &at("khach")), "{got:?}");
    // No guest yet: the list is the first guest's page.
    assert!(same(
        &b.get(&format!("{STAY}/khach")).await,
        &at("khach/them")
    ));
    let Got::Drew(Screen::Question { item, back, .. }, _) =
        b.get(&format!("{STAY}/khach/them")).await
    else {
        panic!()
    };
    assert!(item);
    assert_eq!(back, format!("{STAY}/noi-luu-tru"));
    // An item is checked against the file's questions for one guest.
    let got = b
        .post(
            &format!("{STAY}/khach/them"),
            "question",
            &[("ho-ten", "An")],
        )
        .await;
    let Got::Drew(
        Screen::Question {
            problems, values, ..
        },
        StatusCode::OK,
    ) = got
    else {
        panic!("{got:?}")
    };
    assert!(
        problems.iter().any(|p| p.name == "ngay-sinh"),
        "{problems:?}"
    );
    assert!(values.contains(&("ho-ten".into(), "An".into())));
    let guest = |name: &'static str| {
        [
            ("ho-ten", name),
            ("ngay-sinh-day", "1"),
            ("ngay-sinh-month", "2"),
            ("ngay-sinh-year", "1990"),
        ]
    };
    assert!(same(
        &b.post(
            &format!("{STAY}/khach/them"),
            "question",
            &guest("Nguyễn An")
        )
        .await,
        &at("khach")
    ));
    let Got::Drew(
        Screen::GroupList {
            items,
            can_add,
            needs_more,
            back,
            ..
        },
        _,
    ) = b.get(&format!("{STAY}/khach")).await
    else {
        panic!()
    };
    assert_eq!((items.len(), can_add, needs_more), (1, true, false));
    assert_eq!(items[0].question, "Khách 1");
    assert_eq!(items[0].answer, "Nguyễn An, 01/02/1990");
    assert_eq!(items[0].page, "khach/1");
    assert_eq!(back, format!("{STAY}/noi-luu-tru"));
    // "Add another?" must be answered.
    let Got::Drew(Screen::GroupList { problems, .. }, _) =
        b.post(&format!("{STAY}/khach"), "group", &[]).await
    else {
        panic!()
    };
    assert_eq!(problems[0].name, "them-nua");
    assert!(same(
        &b.post(&format!("{STAY}/khach"), "group", &[("them-nua", "co")])
            .await,
        &at("khach/them")
    ));
    b.post(
        &format!("{STAY}/khach/them"),
        "question",
        &guest("Trần Bình"),
    )
    .await;
    // Change the first, remove it: the second becomes the first.
    let Got::Drew(Screen::Question { values, back, .. }, _) =
        b.get(&format!("{STAY}/khach/1")).await
    else {
        panic!()
    };
    assert!(
        values.contains(&("ho-ten".into(), "Nguyễn An".into())),
        "{values:?}"
    );
    assert_eq!(back, format!("{STAY}/khach"));
    assert!(same(
        &b.post(&format!("{STAY}/khach/1"), "question", &guest("Nguyễn Ân"))
            .await,
        &at("khach")
    ));
    assert!(same(
        &b.get(&format!("{STAY}/khach/3")).await,
        &Got::Status(StatusCode::NOT_FOUND)
    ));
    assert!(same(
        &b.post(
            &format!("{STAY}/khach"),
            "group-items",
            &[("dvc_action", "remove-1")]
        )
        .await,
        &at("khach")
    ));
    let Got::Drew(Screen::GroupList { items, .. }, _) = b.get(&format!("{STAY}/khach")).await
    else {
        panic!()
    };
    assert_eq!(
        items.iter().map(|r| r.answer.as_str()).collect::<Vec<_>>(),
        ["Trần Bình, 01/02/1990"]
    );
    // Done: on along the route.
    assert!(same(
        &b.post(&format!("{STAY}/khach"), "group", &[("them-nua", "khong")])
            .await,
        &at("tu-ngay")
    ));
    b.answer_at(
        STAY,
        "tu-ngay",
        &[
            ("tu-ngay-day", "5"),
            ("tu-ngay-month", "12"),
            ("tu-ngay-year", "2026"),
        ],
    )
    .await;
    b.answer_at(STAY, "so-dem", &[("so-dem", "2")]).await;
    let got = b
        .answer_at(
            STAY,
            "ly-do",
            &[("ly-do", "khac"), ("ly-do-khac", "Chữa bệnh")],
        )
        .await;
    assert!(same(&got, &at("kiem-tra")), "{got:?}");
    let Got::Drew(Screen::CheckAnswers { rows, missing, .. }, _) =
        b.get(&format!("{STAY}/kiem-tra")).await
    else {
        panic!()
    };
    assert!(missing.is_none());
    assert!(
        rows.iter()
            .any(|r| r.page == "khach/1" && r.question == "Khách 1"),
        "{rows:?}"
    );
    // An item changed from check answers comes back there through the list.
    let got = b
        .post(
            &format!("{STAY}/khach/1?quay-ve=kiem-tra"),
            "question",
            &guest("Trần Bính"),
        )
        .await;
    assert!(
        same(&got, &Got::To(format!("{STAY}/khach?quay-ve=kiem-tra"))),
        "{got:?}"
    );
    let got = b
        .post(
            &format!("{STAY}/khach?quay-ve=kiem-tra"),
            "group",
            &[("them-nua", "khong")],
        )
        .await;
    assert!(same(&got, &at("kiem-tra")), "{got:?}");
    // Removing the last guest leaves too few: the list asks for one, and check answers
    // cannot submit.
    b.post(
        &format!("{STAY}/khach"),
        "group-items",
        &[("dvc_action", "remove-1")],
    )
    .await;
    let Got::Drew(Screen::CheckAnswers { missing, .. }, _) =
        b.get(&format!("{STAY}/kiem-tra")).await
    else {
        panic!()
    };
    assert_eq!(missing, Some(format!("{STAY}/khach")));
    assert!(same(
        &b.post(
            &format!("{STAY}/kiem-tra"),
            "check",
            &[("declaration", "yes")]
        )
        .await,
        &at("khach")
    ));
}

#[tokio::test]
async fn what_is_typed_after_the_session_ended_is_kept_for_that_citizen_alone() {
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    b.answer("cho-ai", &[("cho-ai", "con")]).await;
    // The session ends (the citizen was away); they press "Tiếp tục" on the name.
    *b.portal.citizen.lock().unwrap() = None;
    *b.portal.ended.lock().unwrap() = Some("sub-1".into());
    let got = b.answer("ho-ten", &[("ho-ten", "Phạm Bé Na")]).await;
    assert!(same(&got, &to("ho-ten")), "{got:?}");
    let got = b.get(&format!("{BASE}/ho-ten")).await;
    assert!(
        matches!(&got, Got::Drew(Screen::SignIn { href, .. }, _) if *href == format!("/dang-nhap?muc=2&tiep={BASE}/ho-ten")),
        "{got:?}"
    );
    // Typing in the background then is kept too, quietly.
    let got = b
        .answer(
            "ho-ten",
            &[("ho-ten", "Phạm Bé Nana"), ("dvc_action", "autosave")],
        )
        .await;
    assert!(same(&got, &Got::Status(StatusCode::NO_CONTENT)), "{got:?}");
    // Someone else signing in on this computer does not get it.
    let mut other = citizen(Level::Two);
    other.subject = "sub-2".into();
    *b.portal.citizen.lock().unwrap() = Some(other);
    let got = b.get(&format!("{BASE}/ho-ten")).await;
    assert!(same(&got, &to("cho-ai")), "{got:?}");
    // The citizen whose session it was finds it where they were.
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let Got::Drew(Screen::Question { values, .. }, _) = b.get(&format!("{BASE}/ho-ten")).await
    else {
        panic!()
    };
    assert!(
        values.contains(&("ho-ten".into(), "Phạm Bé Nana".into())),
        "{values:?}"
    );
    assert!(values.contains(&("cho-ai".into(), "con".into())));
    // Claimed once: the browser's copy is gone.
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let got = b.answer("ho-ten", &[("ho-ten", "Phạm Bé Na")]).await;
    assert!(same(&got, &to("ngay-sinh")), "{got:?}");
    let Got::Drew(Screen::Question { values, .. }, _) = b.get(&format!("{BASE}/ho-ten")).await
    else {
        panic!()
    };
    assert!(
        values.contains(&("ho-ten".into(), "Phạm Bé Na".into())),
        "{values:?}"
    );
}

#[tokio::test]
async fn a_files_question_keeps_its_files_on_the_server_checked_by_their_bytes() {
    const PDF: &[u8] = b"%PDF-1.7 test\n%%EOF\n";
    const PNG_AS_PDF: &[u8] = b"\x89PNG\r\n\x1a\n0000";
    let mut b = browser("tests/procedures").await;
    let base = "/thu-tuc/gop-y";
    let at = |p: &str| Got::To(format!("{base}/{p}"));
    let got = b
        .answer_at(base, "noi-dung", &[("noi-dung", "Trang web chậm")])
        .await;
    assert!(same(&got, &at("tep")), "{got:?}");
    // No file: the question is not optional.
    let Got::Drew(Screen::Question { problems, kept, .. }, _) = b
        .post_files(&format!("{base}/tep"), "question", &[], &[])
        .await
    else {
        panic!()
    };
    assert_eq!(problems[0].name, "tep");
    assert!(kept.is_empty());
    // A file whose bytes are not what its name says is refused, and nothing is kept.
    let Got::Drew(Screen::Question { problems, .. }, _) = b
        .post_files(
            &format!("{base}/tep"),
            "question",
            &[],
            &[("tep", "anh.pdf", PNG_AS_PDF)],
        )
        .await
    else {
        panic!()
    };
    assert_eq!(problems[0].name, "tep");
    let got = b
        .post_files(
            &format!("{base}/tep"),
            "question",
            &[],
            &[("tep", "don.pdf", PDF)],
        )
        .await;
    assert!(same(&got, &at("thu-dien-tu")), "{got:?}");
    let Got::Drew(Screen::Question { kept, .. }, _) = b.get(&format!("{base}/tep")).await else {
        panic!()
    };
    assert_eq!(
        kept.iter()
            .map(|f| (f.name.as_str(), f.bytes))
            .collect::<Vec<_>>(),
        [("don.pdf", PDF.len() as u64)]
    );
    // One kept: room for one more; two more are too many, none is fine.
    let Got::Drew(Screen::Question { problems, .. }, _) = b
        .post_files(
            &format!("{base}/tep"),
            "question",
            &[],
            &[("tep", "a.pdf", PDF), ("tep", "b.pdf", PDF)],
        )
        .await
    else {
        panic!()
    };
    assert_eq!(problems[0].name, "tep");
    assert!(same(
        &b.post_files(&format!("{base}/tep"), "question", &[], &[])
            .await,
        &at("thu-dien-tu")
    ));
    // Check answers reads back the kept file by name.
    b.answer_at(base, "thu-dien-tu", &[("thu-dien-tu", "")])
        .await;
    let Got::Drew(Screen::CheckAnswers { rows, .. }, _) = b.get(&format!("{base}/kiem-tra")).await
    else {
        panic!()
    };
    assert_eq!(
        rows.iter()
            .find(|r| r.page == "tep")
            .map(|r| r.answer.as_str()),
        Some("don.pdf")
    );
    // "Xoá": the file goes, and the question is unanswered again.
    let id = kept[0].id;
    let got = b
        .post(
            &format!("{base}/tep"),
            "kept-files",
            &[("dvc_action", &format!("remove-{id}"))],
        )
        .await;
    assert!(same(&got, &at("tep")), "{got:?}");
    let Got::Drew(Screen::Question { kept, .. }, _) = b.get(&format!("{base}/tep")).await else {
        panic!()
    };
    assert!(kept.is_empty());
    let Got::Drew(Screen::CheckAnswers { missing, .. }, _) =
        b.get(&format!("{base}/kiem-tra")).await
    else {
        panic!()
    };
    assert_eq!(missing, Some(format!("{base}/tep")));
}

#[tokio::test]
async fn nothing_is_kept_for_a_visitor_nobody_knows_and_nothing_unchecked_is_submitted() {
    let mut b = browser("../demo/procedures").await;
    // No session, none that ended: a post keeps nothing (a flood stores no rows).
    let got = b
        .answer("cho-ai", &[("cho-ai", "con"), ("dvc_action", "autosave")])
        .await;
    assert!(
        same(&got, &Got::Status(StatusCode::UNAUTHORIZED)),
        "{got:?}"
    );
    assert!(b.cookie.is_none(), "no key handed out for nothing");
    // A citizen saves a wrong date ("Lưu và tiếp tục sau" keeps it as typed), then goes on
    // to check answers by hand: the submit sends them to the date, nothing is submitted.
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    b.answer("cho-ai", &[("cho-ai", "con")]).await;
    b.answer("ho-ten", &[("ho-ten", "Phạm Bé Na")]).await;
    let got = b
        .answer(
            "ngay-sinh",
            &[
                ("ngay-sinh-day", "31"),
                ("ngay-sinh-month", "2"),
                ("ngay-sinh-year", "2020"),
                ("dvc_action", "save"),
            ],
        )
        .await;
    assert!(same(&got, &to("da-luu")), "{got:?}");
    let (province, commune) = a_commune();
    // The pages after it, answered by posting to them (the route lets the citizen on, as
    // the date is answered).
    for (page, pairs) in [
        (
            "noi-dang-ky",
            vec![
                ("noi-dang-ky_province", province.as_str()),
                ("noi-dang-ky_commune", commune.as_str()),
            ],
        ),
        ("so-ban", vec![("so-ban", "1")]),
        ("nhan-ket-qua", vec![("nhan-ket-qua", "tai-noi-nop")]),
        ("ghi-chu", vec![("ghi-chu", "")]),
    ] {
        let got = b.answer(page, &pairs).await;
        assert!(matches!(got, Got::To(_)), "{page}: {got:?}");
    }
    let got = b
        .post(
            &format!("{BASE}/kiem-tra"),
            "check",
            &[("declaration", "yes")],
        )
        .await;
    assert!(
        same(&got, &Got::To(format!("{BASE}/ngay-sinh?quay-ve=kiem-tra"))),
        "{got:?}"
    );
    assert!(b.portal.submitted.lock().unwrap().is_empty());
}

const SECRET: &str = "SECRETKEYFORTESTS";

fn merchant() -> Merchant {
    Merchant::sandbox("DVCTEST1", SECRET)
}

/// What the gateway's signed notification says of payment `txn_ref`: paid ("00") or not.
fn notification(txn_ref: &str, amount: u64, code: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = [
        ("vnp_TmnCode", "DVCTEST1".to_string()),
        ("vnp_Amount", (amount * 100).to_string()),
        ("vnp_BankCode", "NCB".into()),
        ("vnp_ResponseCode", code.into()),
        ("vnp_TransactionStatus", code.into()),
        ("vnp_TransactionNo", "14422574".into()),
        ("vnp_TxnRef", txn_ref.into()),
        ("vnp_PayDate", "20261205103000".into()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    pairs.sort();
    let hash = signature(SECRET, &pairs);
    pairs.push(("vnp_SecureHash".into(), hash));
    pairs
}

impl Browser {
    /// The text a GET answers with, and its status.
    async fn text(&mut self, at: &str) -> (StatusCode, String) {
        let mut req = Request::get(at).body(Body::empty()).unwrap();
        if let Some(c) = &self.cookie {
            req.headers_mut().insert(header::COOKIE, c.parse().unwrap());
        }
        let res = self.app.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 20)
            .await
            .unwrap();
        (status, String::from_utf8_lossy(&bytes).into_owned())
    }

    /// The birth extract for myself, 3 copies collected at the desk, submitted: its code.
    async fn submitted_birth_extract(&mut self) -> String {
        let (province, commune) = a_commune();
        let answers: [(&str, Vec<(&str, &str)>); 7] = [
            ("cho-ai", vec![("cho-ai", "ban-than")]),
            ("ho-ten", vec![]),
            ("ngay-sinh", vec![]),
            (
                "noi-dang-ky",
                vec![
                    ("noi-dang-ky_province", &province),
                    ("noi-dang-ky_commune", &commune),
                ],
            ),
            ("so-ban", vec![("so-ban", "3")]),
            ("nhan-ket-qua", vec![("nhan-ket-qua", "tai-noi-nop")]),
            ("ghi-chu", vec![("ghi-chu", "")]),
        ];
        for (page, pairs) in answers {
            let got = self.answer(page, &pairs).await;
            assert!(matches!(got, Got::To(_)), "{page}: {got:?}");
        }
        let got = self
            .post(
                &format!("{BASE}/kiem-tra"),
                "check",
                &[("declaration", "yes")],
            )
            .await;
        assert!(same(&got, &to("da-nop")), "{got:?}");
        let Got::Drew(Screen::Sent { code, .. }, _) = self.get(&format!("{BASE}/da-nop")).await
        else {
            panic!("sent")
        };
        code
    }

    async fn choose(&mut self, method: &str) -> Got {
        self.post(
            &format!("{BASE}/nop-phi"),
            "pay",
            &[("payment_method", method)],
        )
        .await
    }
}

/// The gateway reference in the address the citizen is sent to.
fn txn_ref_in(got: &Got) -> String {
    let Got::To(url) = got else {
        panic!("to the gateway: {got:?}")
    };
    assert!(url.starts_with(SANDBOX_PAY_URL), "{url}");
    dvc_server::forms::query_pairs(url.split_once('?').unwrap().1)
        .into_iter()
        .find(|(n, _)| n == "vnp_TxnRef")
        .unwrap()
        .1
}

#[tokio::test]
async fn a_submitted_dossiers_fee_is_paid_once_by_vietqr_or_the_gateway_and_gives_a_receipt() {
    use dvc_procedure::screen::{FeeStep, PayState};
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    // Nothing submitted yet: nothing to pay, no state to ask for.
    assert!(matches!(
        b.get(&format!("{BASE}/nop-phi")).await,
        Got::Drew(Screen::NothingSent, _)
    ));
    assert_eq!(
        b.text(&format!("{BASE}/thanh-toan/trang-thai")).await.0,
        StatusCode::NOT_FOUND
    );
    let code = b.submitted_birth_extract().await;
    let Got::Drew(Screen::Sent { fee, fees, .. }, _) = b.get(&format!("{BASE}/da-nop")).await
    else {
        panic!()
    };
    assert_eq!(
        (fee, fees.iter().map(|f| f.amount).sum::<u64>()),
        (FeeStep::Due, 24_000)
    );
    // The fee page: what is owed, VietQR and the gateway offered, nothing chosen.
    let Got::Drew(
        Screen::Pay {
            fees,
            gateway,
            earlier,
            problems,
            ..
        },
        _,
    ) = b.get(&format!("{BASE}/nop-phi")).await
    else {
        panic!()
    };
    assert_eq!(fees.len(), 1);
    assert_eq!(gateway.as_deref(), Some("VNPAY"));
    assert!(earlier.is_none() && problems.is_empty());
    // No choice, or one the portal does not offer: the page again, the problem named.
    for method in ["", "the-bank-next-door"] {
        let Got::Drew(Screen::Pay { problems, .. }, StatusCode::OK) = b.choose(method).await else {
            panic!()
        };
        assert_eq!(problems[0].name, "payment_method");
    }
    assert_eq!(
        b.text(&format!("{BASE}/thanh-toan/trang-thai")).await.0,
        StatusCode::NOT_FOUND,
        "none started"
    );
    // VietQR: the transfer page, the amount and the dossier code in the code.
    assert!(same(&b.choose("vietqr").await, &to("chuyen-khoan")));
    let Got::Drew(
        Screen::Transfer {
            transfer,
            state,
            account_holder,
            ..
        },
        _,
    ) = b.get(&format!("{BASE}/chuyen-khoan")).await
    else {
        panic!()
    };
    assert_eq!(
        (
            transfer.amount,
            transfer.purpose.as_str(),
            state,
            account_holder.as_str()
        ),
        (
            Some(24_000),
            code.as_str(),
            PayState::Pending,
            "VAN PHONG UBND XA"
        )
    );
    assert_eq!(
        b.text(&format!("{BASE}/thanh-toan/trang-thai")).await,
        (StatusCode::OK, "pending".into())
    );
    // The gateway instead, pressed twice at once: one payment, the one started already.
    let mut other = Browser {
        app: b.app.clone(),
        portal: b.portal.clone(),
        cookie: b.cookie.clone(),
        payments: b.payments.clone(),
        cases: b.cases.clone(),
        officers: b.officers.clone(),
        outbox: b.outbox.clone(),
    };
    let (one, two) = tokio::join!(b.choose("gateway"), other.choose("gateway"));
    let txn_ref = txn_ref_in(&one);
    assert_eq!(txn_ref, txn_ref_in(&two));
    assert!(
        txn_ref.starts_with(&format!("{}-1-", code.replace('.', ""))),
        "{txn_ref}"
    );
    // The gateway's return proves nothing: checked, then dropped from the address.
    let forged: Vec<String> = notification(&txn_ref, 24_000, "00")
        .into_iter()
        .map(|(n, v)| {
            if n == "vnp_SecureHash" {
                format!("{n}={}", "ab".repeat(64))
            } else {
                format!("{n}={v}")
            }
        })
        .collect();
    let got = b
        .get(&format!("{BASE}/thanh-toan?{}", forged.join("&")))
        .await;
    assert!(
        same(&got, &to("thanh-toan?tra-ve=chua-xac-minh")),
        "{got:?}"
    );
    let Got::Drew(
        Screen::Payment {
            state,
            return_refused,
            ..
        },
        _,
    ) = b
        .get(&format!("{BASE}/thanh-toan?tra-ve=chua-xac-minh"))
        .await
    else {
        panic!()
    };
    assert_eq!(
        (state, return_refused),
        (PayState::Pending, true),
        "not paid, whatever the address says"
    );
    // The signed notification settles it, once.
    let orders = b.payments.orders();
    let answer = merchant()
        .answer_ipn(orders.as_ref(), &notification(&txn_ref, 24_000, "00"))
        .await;
    assert_eq!(answer.code(), "00");
    let answer = merchant()
        .answer_ipn(orders.as_ref(), &notification(&txn_ref, 24_000, "00"))
        .await;
    assert_eq!(answer.code(), "02", "already confirmed");
    let signed: Vec<String> = notification(&txn_ref, 24_000, "00")
        .into_iter()
        .map(|(n, v)| format!("{n}={v}"))
        .collect();
    assert!(same(
        &b.get(&format!("{BASE}/thanh-toan?{}", signed.join("&")))
            .await,
        &to("thanh-toan")
    ));
    let Got::Drew(
        Screen::Payment {
            state,
            return_refused,
            ..
        },
        _,
    ) = b.get(&format!("{BASE}/thanh-toan")).await
    else {
        panic!()
    };
    assert_eq!((state, return_refused), (PayState::Paid, false));
    assert_eq!(
        b.text(&format!("{BASE}/thanh-toan/trang-thai")).await.1,
        "paid"
    );
    // Paid: nothing more to pay, however the fee page is reached.
    assert!(same(
        &b.get(&format!("{BASE}/nop-phi")).await,
        &to("thanh-toan")
    ));
    assert!(same(&b.choose("vietqr").await, &to("thanh-toan")));
    let Got::Drew(Screen::Sent { fee, .. }, _) = b.get(&format!("{BASE}/da-nop")).await else {
        panic!()
    };
    assert_eq!(fee, FeeStep::Paid);
    let Got::Drew(
        Screen::Receipt {
            code: on_receipt,
            paid: Some(r),
            fees,
        },
        _,
    ) = b.get(&format!("{BASE}/bien-lai")).await
    else {
        panic!("a receipt")
    };
    assert_eq!(on_receipt, code);
    assert_eq!(fees.iter().map(|f| f.amount).sum::<u64>(), 24_000);
    assert_eq!(
        (
            r.payer.as_str(),
            r.transaction.as_str(),
            r.method.as_str(),
            r.bank_code.as_str(),
            r.paid_at.as_str(),
            r.collector.as_str()
        ),
        (
            "Nguyễn Văn An",
            "14422574",
            "gateway",
            "NCB",
            "20261205103000",
            "VAN PHONG UBND XA"
        )
    );
    // Another citizen reaches none of it.
    *b.portal.citizen.lock().unwrap() = Some(Citizen {
        subject: "sub-2".into(),
        ..citizen(Level::Two)
    });
    assert!(matches!(
        b.get(&format!("{BASE}/bien-lai")).await,
        Got::Drew(Screen::NothingSent, _)
    ));
    assert!(matches!(
        b.choose("vietqr").await,
        Got::Drew(Screen::NothingSent, _)
    ));
    assert_eq!(
        b.text(&format!("{BASE}/thanh-toan/trang-thai")).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_cancelled_payment_is_said_and_paying_again_starts_a_new_one() {
    use dvc_procedure::screen::{FeeStep, PayState};
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let code = b.submitted_birth_extract().await;
    let first = txn_ref_in(&b.choose("gateway").await);
    let orders = b.payments.orders();
    assert_eq!(
        merchant()
            .answer_ipn(orders.as_ref(), &notification(&first, 24_000, "24"))
            .await
            .code(),
        "00"
    );
    let Got::Drew(Screen::Payment { state, .. }, _) = b.get(&format!("{BASE}/thanh-toan")).await
    else {
        panic!()
    };
    assert_eq!(state, PayState::Failed);
    let Got::Drew(Screen::Pay { earlier, .. }, _) = b.get(&format!("{BASE}/nop-phi")).await else {
        panic!()
    };
    assert_eq!(
        earlier,
        Some(PayState::Failed),
        "the fee page says what happened last time"
    );
    let second = txn_ref_in(&b.choose("gateway").await);
    assert!(
        second.starts_with(&format!("{}-2-", code.replace('.', ""))),
        "{second}"
    );
    assert_eq!(
        b.text(&format!("{BASE}/thanh-toan/trang-thai")).await.1,
        "pending"
    );
    let Got::Drew(Screen::Receipt { paid: None, .. }, _) = b.get(&format!("{BASE}/bien-lai")).await
    else {
        panic!("no receipt before it is paid")
    };
    // A portal with no account for the agency: the fee is paid at the office.
    *b.portal.no_payee.lock().unwrap() = true;
    let Got::Drew(Screen::Sent { fee, .. }, _) = b.get(&format!("{BASE}/da-nop")).await else {
        panic!()
    };
    assert_eq!(fee, FeeStep::AtOffice);
    assert!(same(
        &b.get(&format!("{BASE}/nop-phi")).await,
        &to("da-nop")
    ));
}

#[tokio::test]
async fn the_portals_own_check_and_fee_rule_apply_on_the_page_before_submitting_and_to_the_fee() {
    use dvc_procedure::screen::FeeStep;
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    *b.portal.max_copies.lock().unwrap() = Some(2);
    let (province, commune) = a_commune();
    for (page, pairs) in [
        ("cho-ai", vec![("cho-ai", "ban-than")]),
        ("ho-ten", vec![]),
        ("ngay-sinh", vec![]),
        (
            "noi-dang-ky",
            vec![
                ("noi-dang-ky_province", province.as_str()),
                ("noi-dang-ky_commune", commune.as_str()),
            ],
        ),
    ] {
        b.answer(page, &pairs).await;
    }
    // The file allows 3; the portal's records, 2: its words, the page again, nothing kept.
    let Got::Drew(
        Screen::Question {
            problems, values, ..
        },
        StatusCode::OK,
    ) = b.answer("so-ban", &[("so-ban", "3")]).await
    else {
        panic!("the page again")
    };
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].name, "so-ban");
    assert_eq!(
        problems[0].problem.message(Locale::Vi, "số bản sao"),
        "Năm nay bạn chỉ còn được cấp 2 bản sao"
    );
    assert_eq!(
        problems[0].problem.message(Locale::En, "copies"),
        "You may have only 2 more copies this year"
    );
    assert!(
        values.contains(&("so-ban".into(), "3".into())),
        "what was typed stays"
    );
    assert!(same(
        &b.answer("so-ban", &[("so-ban", "2")]).await,
        &to("nhan-ket-qua")
    ));
    b.answer("nhan-ket-qua", &[("nhan-ket-qua", "tai-noi-nop")])
        .await;
    b.answer("ghi-chu", &[("ghi-chu", "")]).await;
    // The records change before submitting: sent to the page, its problem said there.
    *b.portal.max_copies.lock().unwrap() = Some(1);
    let got = b
        .post(
            &format!("{BASE}/kiem-tra"),
            "check",
            &[("declaration", "yes")],
        )
        .await;
    assert!(same(&got, &to("so-ban?quay-ve=kiem-tra")), "{got:?}");
    let Got::Drew(Screen::Question { problems, .. }, _) =
        b.get(&format!("{BASE}/so-ban?quay-ve=kiem-tra")).await
    else {
        panic!()
    };
    assert_eq!(problems[0].name, "so-ban");
    assert!(same(
        &b.post(
            &format!("{BASE}/so-ban?quay-ve=kiem-tra"),
            "question",
            &[("so-ban", "1")]
        )
        .await,
        &to("kiem-tra")
    ));
    // The portal's fee rule: exempt by its records, nothing to pay anywhere.
    *b.portal.exempt.lock().unwrap() = true;
    let Got::Drew(Screen::CheckAnswers { fees, .. }, _) = b.get(&format!("{BASE}/kiem-tra")).await
    else {
        panic!()
    };
    assert!(fees.is_empty());
    assert!(same(
        &b.post(
            &format!("{BASE}/kiem-tra"),
            "check",
            &[("declaration", "yes")]
        )
        .await,
        &to("da-nop")
    ));
    let Got::Drew(Screen::Sent { fees, fee, .. }, _) = b.get(&format!("{BASE}/da-nop")).await
    else {
        panic!()
    };
    assert!(fees.is_empty());
    assert_eq!(fee, FeeStep::Free);
    assert!(same(
        &b.get(&format!("{BASE}/nop-phi")).await,
        &to("da-nop")
    ));
}

#[tokio::test]
async fn a_submitted_dossier_is_its_citizens_alone_in_their_list_on_its_page_and_by_look_up() {
    use dvc_procedure::casework::{Happened, Status};
    use dvc_server::casework::Recorded;
    let mut b = browser("../demo/procedures").await;
    // Without signing in: the way in (back to the list), and the look-up.
    let Got::Case(CasePage::SignIn { href, look_up }, StatusCode::OK) =
        b.get("/ho-so-cua-toi").await
    else {
        panic!("sign in first")
    };
    assert_eq!(href, "/dang-nhap?muc=2&tiep=/ho-so-cua-toi");
    assert_eq!(look_up, "/tra-cuu-ho-so");
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let Got::Case(CasePage::Mine { dossiers, .. }, _) = b.get("/en/ho-so-cua-toi").await else {
        panic!()
    };
    assert!(dossiers.is_empty());
    let code = b.submitted_birth_extract().await;
    let Got::Drew(Screen::Sent { follow, .. }, _) = b.get(&format!("{BASE}/da-nop")).await else {
        panic!()
    };
    assert_eq!(
        follow,
        Some(format!("/ho-so-cua-toi/{code}")),
        "the confirmation says where to follow it"
    );
    // Submitting again (a replayed post) opens no second case.
    b.post(
        &format!("{BASE}/kiem-tra"),
        "check",
        &[("declaration", "yes")],
    )
    .await;
    let Got::Case(CasePage::Mine { dossiers, .. }, _) = b.get("/ho-so-cua-toi").await else {
        panic!()
    };
    assert_eq!(dossiers.len(), 1);
    let line = &dossiers[0];
    assert_eq!(
        (line.code.as_str(), line.status),
        (code.as_str(), Status::Waiting)
    );
    assert_eq!(line.procedure, "Cấp bản sao trích lục khai sinh");
    assert_eq!(line.href, format!("/ho-so-cua-toi/{code}"));
    let case = b.cases.get(&code).await.unwrap().unwrap();
    assert_eq!(
        case.applicant, "Nguyễn Văn An",
        "the name answered (from the identity)"
    );
    // The desk asks for more: the citizen's page says why, what and by when, in words.
    let asked = Recorded {
        reason: Some("Ảnh mờ".into()),
        due: dvc_rules::date::Date::new(2026, 12, 10),
        items: vec!["so-ban".into(), "ghi-chu".into()],
        ..Recorded::by_office(Happened::MoreAsked, &case.agency, "can-bo-1", 1_796_454_180)
    };
    assert!(b
        .cases
        .record(&code, Status::Waiting, &asked)
        .await
        .unwrap());
    let Got::Case(
        CasePage::Dossier {
            line,
            asked,
            timeline,
            rows,
            back,
            ..
        },
        StatusCode::OK,
    ) = b.get(&format!("/ho-so-cua-toi/{code}")).await
    else {
        panic!()
    };
    assert_eq!(line.status, Status::NeedsMore);
    assert_eq!(line.due.as_deref(), Some("10/12/2026"));
    assert_eq!(back, "/ho-so-cua-toi");
    let asked = asked.expect("the request is said");
    assert_eq!(asked.reason.as_deref(), Some("Ảnh mờ"));
    assert_eq!(asked.items, ["Số bản sao", "Ghi chú"]);
    assert_eq!(asked.when, "14:03, 05/12/2026");
    assert_eq!(
        asked.by,
        dvc_procedure::casework::Actor::Office(format!("Bộ phận Một cửa {}", case.agency)),
        "the office in words, never the officer"
    );
    assert_eq!(
        timeline.iter().map(|e| e.happened).collect::<Vec<_>>(),
        [Happened::MoreAsked, Happened::Submitted],
        "newest first"
    );
    assert!(
        rows.iter().any(|(q, a)| q == "Số bản sao" && a == "3"),
        "{rows:?}"
    );
    // Another citizen: no such dossier, the same as a code nobody has.
    *b.portal.citizen.lock().unwrap() = Some(Citizen {
        subject: "sub-2".into(),
        ..citizen(Level::Two)
    });
    for c in [code.as_str(), "000.00.12.H26-201105-0009"] {
        assert!(
            matches!(
                b.get(&format!("/ho-so-cua-toi/{c}")).await,
                Got::Case(CasePage::NotFound { .. }, StatusCode::NOT_FOUND)
            ),
            "{c}"
        );
    }
    let Got::Case(CasePage::Mine { dossiers, .. }, _) = b.get("/ho-so-cua-toi").await else {
        panic!()
    };
    assert!(dossiers.is_empty());
    // The look-up: the identity's number's last four digits, the status only; any wrong
    // code or digits, the same "not found".
    *b.portal.citizen.lock().unwrap() = None;
    let look = |code: &str, digits: &str| {
        vec![
            ("ma-ho-so".to_string(), code.to_string()),
            ("bon-so-cuoi".to_string(), digits.to_string()),
        ]
    };
    for (c, d, found) in [
        (code.as_str(), "2345", true),
        (code.as_str(), "2346", false),
        ("000.00.12.H26-201105-0009", "2345", false),
    ] {
        let pairs = look(c, d);
        let refs: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_str()))
            .collect();
        let got = b.post("/tra-cuu-ho-so", "tra-cuu", &refs).await;
        match (got, found) {
            (Got::Case(CasePage::Found { line, sign_in, .. }, StatusCode::OK), true) => {
                assert_eq!(line.status, Status::NeedsMore);
                assert_eq!(
                    sign_in,
                    format!("/dang-nhap?muc=2&tiep=/ho-so-cua-toi/{code}")
                );
            }
            (
                Got::Case(
                    CasePage::LookUp {
                        not_found: true,
                        problems,
                        ..
                    },
                    StatusCode::OK,
                ),
                false,
            ) => {
                assert!(problems.is_empty());
            }
            (got, _) => panic!("{c} {d}: {got:?}"),
        }
    }
    // Typed wrong: each answer's own problem, nothing looked up.
    let Got::Case(
        CasePage::LookUp {
            problems,
            not_found: false,
            values,
            locked_until: None,
        },
        _,
    ) = b
        .post(
            "/en/tra-cuu-ho-so",
            "tra-cuu",
            &[("ma-ho-so", "abc"), ("bon-so-cuoi", "12")],
        )
        .await
    else {
        panic!()
    };
    assert_eq!(problems.len(), 2);
    assert_eq!(values[0].1, "abc", "kept as typed");
}

#[tokio::test]
async fn look_ups_are_limited_per_client_before_anything_is_read() {
    let mut b = browser("../demo/procedures").await;
    let mut limited = 0;
    for _ in 0..8 {
        let got = b
            .post(
                "/tra-cuu-ho-so",
                "tra-cuu",
                &[
                    ("ma-ho-so", "000.00.12.H26-201105-0009"),
                    ("bon-so-cuoi", "1234"),
                ],
            )
            .await;
        match got {
            Got::Case(
                CasePage::LookUp {
                    not_found: true, ..
                },
                StatusCode::OK,
            ) => {
                assert_eq!(limited, 0, "none answered once limited")
            }
            Got::Status(StatusCode::TOO_MANY_REQUESTS) => limited += 1,
            got => panic!("{got:?}"),
        }
    }
    assert_eq!(
        limited, 3,
        "five at once (DVC_RATE_LOOK_UP: 10 a minute), then one each six seconds"
    );
    // Reading the form is not a look-up.
    assert!(matches!(
        b.get("/tra-cuu-ho-so").await,
        Got::Case(CasePage::LookUp { .. }, StatusCode::OK)
    ));
}

/// An officer at the desk of `agency` (their account number ends in `n`).
async fn officer_at(b: &Browser, agency: &str, n: u8) -> (String, String) {
    let login = format!("00109000000{n}");
    let o = Officer {
        login: login.clone(),
        name: format!("Cán bộ {n}"),
        agency: agency.into(),
        phone: format!("090000000{n}"),
    };
    b.officers
        .ensure(&o, "mật khẩu thử nghiệm dài")
        .await
        .unwrap();
    (login, "mật khẩu thử nghiệm dài".into())
}

impl Browser {
    /// Signs in at the desk: the password, then the code read from the outbox.
    async fn desk_sign_in(&mut self, login: &str, password: &str) {
        let got = self
            .post(
                "/mot-cua/dang-nhap",
                "dang-nhap-mot-cua",
                &[("ten-dang-nhap", login), ("mat-khau", password)],
            )
            .await;
        assert!(
            same(&got, &Got::To("/mot-cua/ma-xac-thuc".into())),
            "{got:?}"
        );
        let sms = self.outbox.newest(1).await.unwrap().remove(0);
        let code: String = sms
            .text
            .chars()
            .filter(char::is_ascii_digit)
            .take(6)
            .collect();
        let got = self
            .post("/mot-cua/ma-xac-thuc", "ma-xac-thuc", &[("ma", &code)])
            .await;
        assert!(same(&got, &Got::To("/mot-cua".into())), "{got:?}");
    }
}

#[tokio::test]
async fn an_officer_signs_in_with_a_password_and_a_code_and_is_locked_after_five_wrong_ones() {
    use dvc_rules::problem::ProblemCode;
    let mut b = browser("../demo/procedures").await;
    let (login, password) = officer_at(&b, "000.00.12.H26", 1).await;
    // Not signed in: the queue sends to the sign-in.
    assert!(same(
        &b.get("/mot-cua").await,
        &Got::To("/mot-cua/dang-nhap".into())
    ));
    assert!(matches!(
        b.get("/en/mot-cua/dang-nhap").await,
        Got::Desk(DeskPage::SignIn { .. }, StatusCode::OK)
    ));
    // A wrong password and an unknown account: the same problem, the password not drawn back.
    for (l, p) in [
        (login.as_str(), "sai mật khẩu"),
        ("001090000009", password.as_str()),
    ] {
        let Got::Desk(
            DeskPage::SignIn {
                problems, values, ..
            },
            _,
        ) = b
            .post(
                "/mot-cua/dang-nhap",
                "dang-nhap-mot-cua",
                &[("ten-dang-nhap", l), ("mat-khau", p)],
            )
            .await
        else {
            panic!()
        };
        assert_eq!(problems[0].problem.code, ProblemCode::SignInWrong);
        assert!(values.iter().all(|(n, _)| n != "mat-khau"));
    }
    // A code: the page names where it went (masked); a wrong one is said; the right one signs in.
    let got = b
        .post(
            "/mot-cua/dang-nhap",
            "dang-nhap-mot-cua",
            &[("ten-dang-nhap", &login), ("mat-khau", &password)],
        )
        .await;
    assert!(same(&got, &Got::To("/mot-cua/ma-xac-thuc".into())));
    let Got::Desk(DeskPage::Code { sent_to, .. }, _) = b.get("/mot-cua/ma-xac-thuc").await else {
        panic!()
    };
    assert_eq!(sent_to, "•••• ••• 001");
    let sms = b.outbox.newest(1).await.unwrap().remove(0);
    assert_eq!(sms.to, "0900000001");
    let code: String = sms
        .text
        .chars()
        .filter(char::is_ascii_digit)
        .take(6)
        .collect();
    let wrong = if code == "000000" { "111111" } else { "000000" };
    let Got::Desk(DeskPage::Code { problems, .. }, _) = b
        .post("/mot-cua/ma-xac-thuc", "ma-xac-thuc", &[("ma", wrong)])
        .await
    else {
        panic!()
    };
    assert_eq!(problems[0].problem.code, ProblemCode::OtpWrong);
    // Asking for a new code at once: wait.
    let Got::Desk(
        DeskPage::Code {
            problems,
            resend_after,
            ..
        },
        _,
    ) = b
        .post(
            "/mot-cua/ma-xac-thuc",
            "ma-xac-thuc",
            &[("dvc_action", "resend")],
        )
        .await
    else {
        panic!()
    };
    assert!(resend_after > 0 && problems.len() == 1);
    assert!(same(
        &b.post("/mot-cua/ma-xac-thuc", "ma-xac-thuc", &[("ma", &code)])
            .await,
        &Got::To("/mot-cua".into())
    ));
    assert!(matches!(
        b.get("/mot-cua").await,
        Got::Desk(DeskPage::Queue { .. }, StatusCode::OK)
    ));
    // The code is used: it signs nobody in again.
    let cookie = b.cookie.clone();
    assert!(same(
        &b.post("/mot-cua/dang-xuat", "", &[]).await,
        &Got::To("/mot-cua/dang-nhap".into())
    ));
    b.cookie = cookie;
    assert!(
        same(
            &b.get("/mot-cua").await,
            &Got::To("/mot-cua/dang-nhap".into())
        ),
        "signed out on the server"
    );
    // Five wrong passwords in a row: locked, said with how long; the right one then too.
    for _ in 0..5 {
        b.post(
            "/mot-cua/dang-nhap",
            "dang-nhap-mot-cua",
            &[("ten-dang-nhap", &login), ("mat-khau", "sai")],
        )
        .await;
    }
    let Got::Desk(DeskPage::SignIn { problems, .. }, _) = b
        .post(
            "/mot-cua/dang-nhap",
            "dang-nhap-mot-cua",
            &[("ten-dang-nhap", &login), ("mat-khau", &password)],
        )
        .await
    else {
        panic!()
    };
    assert_eq!(problems[0].problem.code, ProblemCode::SignInLocked);
    assert_eq!(
        problems[0].problem.args,
        vec![("minutes", "15".to_string())]
    );
}

#[tokio::test]
async fn the_desk_sees_its_agencys_dossiers_only_and_each_action_is_checked_recorded_and_told() {
    use dvc_procedure::casework::{Action, Happened, Status};
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let code = b.submitted_birth_extract().await;
    *b.portal.citizen.lock().unwrap() = None;
    b.cookie = None;
    // Another agency's officer: no such dossier, not in their queue.
    let (other, password) = officer_at(&b, "000.00.99.H26", 2).await;
    b.desk_sign_in(&other, &password).await;
    let Got::Desk(DeskPage::Queue { queue, .. }, _) = b.get("/mot-cua").await else {
        panic!()
    };
    assert_eq!(queue.total, 0);
    assert!(matches!(
        b.get(&format!("/mot-cua/ho-so/{code}")).await,
        Got::Desk(DeskPage::NotFound { .. }, StatusCode::NOT_FOUND)
    ));
    assert!(matches!(
        b.get(&format!("/mot-cua/ho-so/{code}/tiep-nhan")).await,
        Got::Desk(DeskPage::NotFound { .. }, StatusCode::NOT_FOUND)
    ));
    // The agency's officer: in the queue, filtered by status and procedure.
    b.cookie = None;
    let (login, password) = officer_at(&b, "000.00.12.H26", 1).await;
    b.desk_sign_in(&login, &password).await;
    let Got::Desk(DeskPage::Queue { queue, .. }, _) =
        b.get("/mot-cua?trang-thai=cho-tiep-nhan&thu-tuc=cap-ban-sao-trich-luc-khai-sinh&nhan=hom-nay").await
    else {
        panic!()
    };
    assert_eq!(
        (queue.total, queue.lines[0].line.code.as_str()),
        (1, code.as_str())
    );
    assert_eq!(queue.lines[0].line.href, format!("/mot-cua/ho-so/{code}"));
    assert_eq!(queue.lines[0].applicant, "Nguyễn Văn An");
    let Got::Desk(DeskPage::Queue { queue, .. }, _) =
        b.get("/mot-cua?trang-thai=dang-giai-quyet").await
    else {
        panic!()
    };
    assert_eq!(queue.total, 0);
    assert_eq!(
        queue
            .statuses
            .iter()
            .find(|(s, ..)| *s == Status::Waiting)
            .unwrap()
            .1,
        1,
        "counted"
    );
    // The dossier: its answers, its actions.
    let Got::Desk(DeskPage::Dossier { rows, actions, .. }, StatusCode::OK) =
        b.get(&format!("/mot-cua/ho-so/{code}")).await
    else {
        panic!()
    };
    assert!(rows.iter().any(|(q, a)| q == "Số bản sao" && a == "3"));
    assert_eq!(
        actions.iter().map(|(a, _)| *a).collect::<Vec<_>>(),
        [Action::Accept, Action::AskMore, Action::Refuse]
    );
    // Asking for more needs a reason, what, and by when; then it is recorded once.
    let at = format!("/mot-cua/ho-so/{code}/yeu-cau-bo-sung");
    let Got::Desk(
        DeskPage::Act {
            problems, askable, ..
        },
        _,
    ) = b
        .post(&at, "xu-ly", &[("trang-thai", "cho-tiep-nhan")])
        .await
    else {
        panic!()
    };
    assert_eq!(
        problems.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["ly-do", "can-bo-sung", "han"]
    );
    assert!(askable
        .iter()
        .any(|a| a.page == "so-ban" && a.words == "Số bản sao"));
    assert!(
        !askable.iter().any(|a| a.page == "ho-ten"),
        "the identity's answers cannot be asked for: the citizen cannot change them"
    );
    let next_year = (dvc_server::forms::today_in_vietnam().year + 1).to_string();
    let ask = [
        ("trang-thai", "cho-tiep-nhan"),
        ("ly-do", "Số bản sao vượt quá số được cấp"),
        ("can-bo-sung", "so-ban"),
        ("han-day", "10"),
        ("han-month", "1"),
        ("han-year", next_year.as_str()),
    ];
    let got = b.post(&at, "xu-ly", &ask).await;
    assert!(
        same(
            &got,
            &Got::To(format!("/mot-cua/ho-so/{code}?da-ghi=yeu-cau-bo-sung"))
        ),
        "{got:?}"
    );
    // The same post again (a double press): the dossier moved, nothing recorded twice.
    let Got::Desk(DeskPage::Act { moved: true, .. }, StatusCode::CONFLICT) =
        b.post(&at, "xu-ly", &ask).await
    else {
        panic!()
    };
    let events = b.cases.events(&code).await.unwrap();
    assert_eq!(
        events.iter().map(|e| e.happened).collect::<Vec<_>>(),
        [Happened::Submitted, Happened::MoreAsked]
    );
    assert_eq!(events[1].items, ["so-ban"]);
    assert_eq!(events[1].office.as_deref(), Some("000.00.12.H26"));
    assert_eq!(
        events[1].officer.as_deref(),
        Some(login.as_str()),
        "who, for the desk's audit"
    );
    let Got::Desk(DeskPage::Dossier { done, actions, .. }, _) = b
        .get(&format!("/mot-cua/ho-so/{code}?da-ghi=yeu-cau-bo-sung"))
        .await
    else {
        panic!()
    };
    assert_eq!(done, Some(Happened::MoreAsked));
    assert_eq!(
        actions.iter().map(|(a, _)| *a).collect::<Vec<_>>(),
        [Action::Refuse],
        "the citizen's turn"
    );
    // An action the status does not allow: back to the dossier.
    assert!(same(
        &b.get(&format!("/mot-cua/ho-so/{code}/tiep-nhan")).await,
        &Got::To(format!("/mot-cua/ho-so/{code}"))
    ));
    // Refusing needs a reason and its legal basis.
    let Got::Desk(DeskPage::Act { problems, .. }, _) = b
        .post(
            &format!("/mot-cua/ho-so/{code}/tu-choi"),
            "xu-ly",
            &[("trang-thai", "can-bo-sung"), ("ly-do", "x")],
        )
        .await
    else {
        panic!()
    };
    assert_eq!(
        problems.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
        ["can-cu"]
    );
}

#[tokio::test]
async fn answering_a_request_for_more_opens_only_the_pages_named_and_keeps_the_dossiers_code() {
    use dvc_procedure::casework::{Happened, Status};
    use dvc_server::casework::Recorded;
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let code = b.submitted_birth_extract().await;
    let first_draft = b.cases.get(&code).await.unwrap().unwrap().draft_id;
    let dossier = format!("/ho-so-cua-toi/{code}");
    let more = format!("{dossier}/bo-sung");
    // Nothing asked: nothing to send, back to the dossier.
    assert!(same(&b.get(&more).await, &Got::To(dossier.clone())));
    let asked = Recorded {
        reason: Some("Số bản sao vượt quá số được cấp".into()),
        due: dvc_rules::date::Date::new(2026, 12, 10),
        items: vec!["so-ban".into(), "nhan-ket-qua".into()],
        ..Recorded::by_office(
            Happened::MoreAsked,
            "000.00.12.H26",
            "can-bo-1",
            1_796_454_180,
        )
    };
    assert!(b
        .cases
        .record(&code, Status::Waiting, &asked)
        .await
        .unwrap());
    let Got::Case(
        CasePage::Dossier {
            answer_more,
            sent_more: false,
            ..
        },
        _,
    ) = b.get(&dossier).await
    else {
        panic!()
    };
    assert_eq!(answer_more.as_deref(), Some(more.as_str()));
    // What is asked, each as it stands, nothing changed yet.
    let Got::Case(
        CasePage::More {
            items,
            unchanged: false,
            asked,
            back,
            ..
        },
        StatusCode::OK,
    ) = b.get(&more).await
    else {
        panic!()
    };
    assert_eq!(back, dossier);
    assert_eq!(
        asked.reason.as_deref(),
        Some("Số bản sao vượt quá số được cấp")
    );
    assert_eq!(
        items
            .iter()
            .map(|i| (i.page.as_str(), i.answer.as_str(), i.changed))
            .collect::<Vec<_>>(),
        [
            ("so-ban", "3", false),
            ("nhan-ket-qua", "Nhận tại bộ phận một cửa", false)
        ],
        "{items:?}"
    );
    assert_eq!(items[0].href, format!("{more}/so-ban"));
    // Sending nothing changed is refused, said on the page.
    let Got::Case(
        CasePage::More {
            unchanged: true, ..
        },
        StatusCode::OK,
    ) = b.post(&more, "gui-bo-sung", &[("yeu-cau", "1")]).await
    else {
        panic!()
    };
    // A page not named is not opened again.
    assert!(same(
        &b.get(&format!("{more}/ho-ten")).await,
        &Got::To(more.clone())
    ));
    assert!(same(
        &b.post(
            &format!("{more}/ho-ten"),
            "question",
            &[("ho-ten", "Người Khác")]
        )
        .await,
        &Got::To(more.clone())
    ));
    // A page named: the procedure's own page, back to what is asked.
    let Got::Drew(Screen::Question { page, back, .. }, StatusCode::OK) =
        b.get(&format!("{more}/so-ban")).await
    else {
        panic!()
    };
    assert_eq!((page.as_str(), back.as_str()), ("so-ban", more.as_str()));
    let Got::Drew(Screen::Question { problems, .. }, StatusCode::OK) = b
        .post(
            &format!("{more}/so-ban"),
            "question",
            &[("so-ban", "nhiều")],
        )
        .await
    else {
        panic!("checked as on the procedure's page")
    };
    assert_eq!(problems.len(), 1);
    assert!(same(
        &b.post(&format!("{more}/so-ban"), "question", &[("so-ban", "2")])
            .await,
        &Got::To(more.clone())
    ));
    // The session ends while the citizen types: what they post is kept in the copy for
    // them alone, and is there when they sign in again.
    *b.portal.citizen.lock().unwrap() = None;
    *b.portal.ended.lock().unwrap() = Some("sub-2".into());
    b.post(&format!("{more}/so-ban"), "question", &[("so-ban", "7")])
        .await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let Got::Case(CasePage::More { items, .. }, _) = b.get(&more).await else {
        panic!()
    };
    assert_eq!(
        items[0].answer, "2",
        "another citizen's session kept nothing"
    );
    *b.portal.citizen.lock().unwrap() = None;
    *b.portal.ended.lock().unwrap() = Some(citizen(Level::Two).subject);
    let got = b
        .post(
            &format!("{more}/so-ban"),
            "question",
            &[("so-ban", "4"), ("dvc_action", "autosave")],
        )
        .await;
    assert!(
        matches!(got, Got::Status(StatusCode::NO_CONTENT)),
        "{got:?}"
    );
    *b.portal.ended.lock().unwrap() = None;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    let Got::Drew(Screen::Question { answers, .. }, _) = b.get(&format!("{more}/so-ban")).await
    else {
        panic!()
    };
    assert!(
        answers.contains(&("so-ban".to_string(), "4".to_string())),
        "{answers:?}"
    );
    assert!(same(
        &b.post(&format!("{more}/so-ban"), "question", &[("so-ban", "2")])
            .await,
        &Got::To(more.clone())
    ));
    // A choice that brings a new question: that question is asked too, then the summary.
    let got = b
        .post(
            &format!("{more}/nhan-ket-qua"),
            "question",
            &[("nhan-ket-qua", "buu-dien")],
        )
        .await;
    assert!(
        same(
            &got,
            &Got::To(format!("{more}/dia-chi-nhan?quay-ve=kiem-tra"))
        ),
        "{got:?}"
    );
    let (province, commune) = a_commune();
    let got = b
        .post(
            &format!("{more}/dia-chi-nhan"),
            "question",
            &[
                ("dia-chi-nhan_province", &province),
                ("dia-chi-nhan_commune", &commune),
                ("dia-chi-nhan_street", "Số 1 Hoàng Liên"),
            ],
        )
        .await;
    assert!(same(&got, &Got::To(more.clone())), "{got:?}");
    let Got::Case(CasePage::More { items, .. }, _) = b.get(&more).await else {
        panic!()
    };
    assert_eq!(
        items
            .iter()
            .map(|i| (i.page.as_str(), i.changed))
            .collect::<Vec<_>>(),
        [("so-ban", true), ("nhan-ket-qua", true)]
    );
    assert_eq!(items[0].answer, "2");
    // Until it is sent, the dossier is as submitted.
    let Got::Case(CasePage::Dossier { rows, .. }, _) = b.get(&dossier).await else {
        panic!()
    };
    assert!(
        rows.iter().any(|(q, a)| q == "Số bản sao" && a == "3"),
        "{rows:?}"
    );
    // A page left open from another request sends nothing: this request's page again.
    for stale in [&[][..], &[("yeu-cau", "2")][..]] {
        assert!(same(
            &b.post(&more, "gui-bo-sung", stale).await,
            &Got::To(more.clone())
        ));
    }
    assert_eq!(
        b.cases.get(&code).await.unwrap().unwrap().status,
        Status::NeedsMore
    );
    // Sent: the same code, the case waits for the desk again with these answers.
    let got = b.post(&more, "gui-bo-sung", &[("yeu-cau", "1")]).await;
    assert!(
        same(&got, &Got::To(format!("{dossier}?da-gui-bo-sung"))),
        "{got:?}"
    );
    let case = b.cases.get(&code).await.unwrap().unwrap();
    assert_eq!((case.status, case.due), (Status::Waiting, None));
    assert_ne!(case.draft_id, first_draft);
    let events = b.cases.events(&code).await.unwrap();
    let sent = events.last().unwrap();
    assert_eq!(sent.happened, Happened::MoreSent);
    assert_eq!(sent.items, ["so-ban", "nhan-ket-qua"]);
    assert_eq!(sent.office, None, "the citizen's");
    let Got::Case(
        CasePage::Dossier {
            rows,
            sent_more: true,
            answer_more: None,
            timeline,
            ..
        },
        _,
    ) = b.get(&format!("{dossier}?da-gui-bo-sung")).await
    else {
        panic!()
    };
    assert!(
        rows.iter().any(|(q, a)| q == "Số bản sao" && a == "2"),
        "{rows:?}"
    );
    assert_eq!(
        timeline[0].items,
        ["Số bản sao", "Nhận kết quả"],
        "{:?}",
        timeline[0]
    );
    // Sending again, or a page of it, changes nothing: back to the dossier.
    assert!(same(
        &b.post(&more, "gui-bo-sung", &[("yeu-cau", "1")]).await,
        &Got::To(dossier.clone())
    ));
    assert!(same(
        &b.post(&format!("{more}/so-ban"), "question", &[("so-ban", "9")])
            .await,
        &Got::To(dossier.clone())
    ));
    assert_eq!(b.cases.events(&code).await.unwrap().len(), events.len());
    // The submitted answers are kept as they were, and the answers sent can no longer change.
    let Got::Case(CasePage::Dossier { rows, .. }, _) = b.get(&dossier).await else {
        panic!()
    };
    assert!(rows.iter().any(|(q, a)| q == "Số bản sao" && a == "2"));
    // Another citizen: no such dossier; nobody signed in: the way in.
    *b.portal.citizen.lock().unwrap() = Some(Citizen {
        subject: "sub-2".into(),
        ..citizen(Level::Two)
    });
    assert!(matches!(
        b.get(&more).await,
        Got::Case(CasePage::NotFound { .. }, StatusCode::NOT_FOUND)
    ));
    *b.portal.citizen.lock().unwrap() = None;
    assert!(matches!(
        b.get(&more).await,
        Got::Case(CasePage::SignIn { .. }, StatusCode::OK)
    ));
}

#[tokio::test]
async fn a_draft_handed_over_at_the_counter_is_filled_in_and_submitted_there_for_the_citizen() {
    use dvc_procedure::casework::{Happened, Status};
    use dvc_rules::problem::ProblemCode;
    let mut b = browser("../demo/procedures").await;
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    // The citizen answers the first pages, then needs help.
    let (province, commune) = a_commune();
    let first: [(&str, Vec<(&str, &str)>); 4] = [
        ("cho-ai", vec![("cho-ai", "ban-than")]),
        ("ho-ten", vec![]),
        ("ngay-sinh", vec![]),
        (
            "noi-dang-ky",
            vec![
                ("noi-dang-ky_province", &province),
                ("noi-dang-ky_commune", &commune),
            ],
        ),
    ];
    for (page, pairs) in first {
        assert!(matches!(b.answer(page, &pairs).await, Got::To(_)), "{page}");
    }
    let Got::Drew(Screen::Start { .. }, _) = b.get(BASE).await else {
        panic!()
    };
    assert!(
        b.portal.counter.lock().unwrap().0,
        "the start page links the counter"
    );
    let counter = format!("{BASE}/tai-quay");
    let Got::Drew(
        Screen::Counter {
            code: None,
            opened: None,
            back,
        },
        StatusCode::OK,
    ) = b.get(&counter).await
    else {
        panic!()
    };
    assert_eq!(back, format!("{BASE}/so-ban"));
    let made = |got: Got| match got {
        Got::Drew(
            Screen::Counter {
                code: Some((code, _)),
                ..
            },
            StatusCode::OK,
        ) => code,
        got => panic!("{got:?}"),
    };
    let replaced = made(b.post(&counter, "tai-quay", &[]).await);
    let code = made(b.post(&counter, "tai-quay", &[]).await);
    assert_eq!(code.len(), 7, "spaced for reading aloud: {code}");
    let citizen_cookie = b.cookie.clone();

    // The officer, in their own browser: the first code was replaced.
    *b.portal.citizen.lock().unwrap() = None;
    b.cookie = None;
    let (login, password) = officer_at(&b, "000.00.12.H26", 1).await;
    b.desk_sign_in(&login, &password).await;
    let said = |got: Got| match got {
        Got::Desk(DeskPage::Counter { problems, .. }, _) => problems
            .iter()
            .map(|p| p.problem.arg("vi").to_string())
            .collect::<Vec<_>>()
            .join(" "),
        got => panic!("{got:?}"),
    };
    if replaced != code {
        let got = b
            .post(
                "/mot-cua/tai-quay",
                "nhan-tai-quay",
                &[("ma-tai-quay", &replaced)],
            )
            .await;
        assert!(said(got).starts_with("Không có mã này"));
    }
    // A code made more than ten minutes ago: late, said as such.
    let made = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        - dvc_server::casework::counter::CODE_LIFETIME
        - 1;
    let late = b
        .cases
        .hand_off(
            "ban-nhap-cu",
            "cap-ban-sao-trich-luc-khai-sinh",
            &citizen(Level::Two),
            made,
        )
        .await
        .unwrap();
    let got = b
        .post(
            "/mot-cua/tai-quay",
            "nhan-tai-quay",
            &[("ma-tai-quay", &late)],
        )
        .await;
    assert!(said(got).starts_with("Mã này đã hết hạn"));
    let got = b
        .post(
            "/mot-cua/tai-quay",
            "nhan-tai-quay",
            &[("ma-tai-quay", "12345")],
        )
        .await;
    assert!(said(got).starts_with("Mã gồm đúng 6 chữ số"));
    let Got::To(handed) = b
        .post(
            "/mot-cua/tai-quay",
            "nhan-tai-quay",
            &[("ma-tai-quay", &code)],
        )
        .await
    else {
        panic!()
    };
    assert!(handed.starts_with("/mot-cua/tai-quay/"), "{handed}");
    // Used twice: refused, said as such.
    let got = b
        .post(
            "/mot-cua/tai-quay",
            "nhan-tai-quay",
            &[("ma-tai-quay", &code)],
        )
        .await;
    assert!(said(got).starts_with("Mã này đã được dùng"));
    // The draft where the citizen left it, their identity's answers still vouched for.
    assert!(same(
        &b.get(&handed).await,
        &Got::To(format!("{handed}/so-ban"))
    ));
    let Got::Drew(Screen::Question { page, .. }, StatusCode::OK) =
        b.get(&format!("{handed}/so-ban")).await
    else {
        panic!()
    };
    assert_eq!(page, "so-ban");
    assert_eq!(
        b.portal.counter.lock().unwrap().clone(),
        (false, Some("Nguyễn Văn An".to_string()))
    );
    let Got::Drew(Screen::Question { vouched, .. }, _) = b.get(&format!("{handed}/ho-ten")).await
    else {
        panic!()
    };
    assert_eq!(vouched.as_deref(), Some("Nguyễn Văn An"));
    // The citizen sees which office opened it.
    let officer_cookie = b.cookie.clone();
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    b.cookie = citizen_cookie;
    let Got::Drew(
        Screen::Counter {
            code: None,
            opened: Some((office, _)),
            ..
        },
        _,
    ) = b.get(&counter).await
    else {
        panic!()
    };
    assert_eq!(office, "Bộ phận Một cửa 000.00.12.H26");
    // The officer goes on, and submits for the citizen.
    *b.portal.citizen.lock().unwrap() = None;
    b.cookie = officer_cookie;
    for (page, pairs) in [
        ("so-ban", vec![("so-ban", "2")]),
        ("nhan-ket-qua", vec![("nhan-ket-qua", "tai-noi-nop")]),
        ("ghi-chu", vec![("ghi-chu", "")]),
    ] {
        let got = b.answer_at(&handed, page, &pairs).await;
        assert!(matches!(got, Got::To(_)), "{page}: {got:?}");
    }
    // No fee pages at the counter: the office takes it.
    assert!(matches!(
        b.get(&format!("{handed}/nop-phi")).await,
        Got::Status(StatusCode::NOT_FOUND)
    ));
    let got = b
        .post(
            &format!("{handed}/kiem-tra"),
            "check",
            &[("declaration", "yes")],
        )
        .await;
    assert!(same(&got, &Got::To(format!("{handed}/da-nop"))), "{got:?}");
    let Got::Drew(
        Screen::Sent {
            code: dossier,
            follow,
            fee,
            ..
        },
        _,
    ) = b.get(&format!("{handed}/da-nop")).await
    else {
        panic!()
    };
    assert_eq!(follow, Some(format!("/mot-cua/ho-so/{dossier}")));
    assert_ne!(fee, dvc_procedure::screen::FeeStep::Due);
    let case = b.cases.get(&dossier).await.unwrap().unwrap();
    assert_eq!(
        (case.owner.as_deref(), case.status),
        (Some("sub-1"), Status::Waiting)
    );
    let events = b.cases.events(&dossier).await.unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].happened, Happened::SubmittedAtCounter);
    assert_eq!(events[0].office.as_deref(), Some("000.00.12.H26"));
    assert_eq!(events[0].officer.as_deref(), Some(login.as_str()));
    // Another office's officer cannot open the hand-off.
    b.cookie = None;
    let (other, password) = officer_at(&b, "000.00.99.H26", 2).await;
    b.desk_sign_in(&other, &password).await;
    let got = b.get(&format!("{handed}/so-ban")).await;
    assert!(
        matches!(&got, Got::Desk(DeskPage::Counter { problems, .. }, StatusCode::NOT_FOUND) if problems[0].problem.code == ProblemCode::Portal),
        "{got:?}"
    );
    // The citizen's dossier: theirs, submitted for them at the counter.
    *b.portal.citizen.lock().unwrap() = Some(citizen(Level::Two));
    assert!(same(&b.get(&counter).await, &to("da-nop")));
}
