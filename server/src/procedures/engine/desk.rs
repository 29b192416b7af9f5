//! The one-stop desk (`/mot-cua`), when the engine has officers ([`Engine::with_desk`]):
//! an officer signs in (account and password, then a one-time code sent to their phone
//! through the outbox), sees their agency's queue (filtered by status, procedure and day
//! received, sorted, 20 a page, with counts), opens a dossier (its answers, its files as
//! downloads, its timeline) and acts on it: receive it with the result's due day, ask for
//! more with a reason, which answers and papers and by when, refuse it with the reason and
//! legal basis, mark the result ready, hand it over. Each action is confirmed on its own
//! page, recorded as an event from the status the officer saw (a change by someone else in
//! between is said, never overwritten) and, when it needs the citizen, written to the
//! outbox for the portal's SMS sender. An officer sees only their agency's dossiers:
//! another agency's code reads as unknown.

use super::mine::Story;
use super::{now, prefix, Engine};
use crate::casework::officers::{Confirmed, Officer, Refused, Resent, RESEND_AFTER};
use crate::casework::outbox::Channel;
use crate::casework::{Case, Query, Recorded, Sort, PAGE_SIZE};
use crate::forms::{query_pairs, today_in_vietnam, Posted};
use crate::redirect::see_other;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use dvc_procedure::casework::{
    desk, Action, Askable, DeskPage, Happened, Queue, QueueLine, Status,
};
use dvc_procedure::format::Answer;
use dvc_procedure::route::{self, words};
use dvc_rules::date::{Date, DateLimits};
use dvc_rules::form::{check_posted, FieldProblem, FieldRule, FieldSpec};
use dvc_rules::problem::{Problem, ProblemCode};
use dvc_rules::Locale;

/// The desk's address, after the language's prefix.
pub const DESK: &str = "/mot-cua";
/// The cookie naming an officer's session or sign-in (nothing else in it).
pub const COOKIE: &str = "dvc_desk";

/// One page of the desk for the portal to draw (`dvc_ui::flow::DeskScreen`).
pub struct DeskDrawn {
    pub page: DeskPage,
    pub locale: Locale,
    /// This page's address without its language.
    pub path: String,
    pub headers: HeaderMap,
    /// The officer signed in (None on the sign-in pages).
    pub officer: Option<Officer>,
    pub status: StatusCode,
}

fn say(locale: Locale, vi: &str, en: &str) -> String {
    match locale {
        Locale::Vi => vi.into(),
        Locale::En => en.into(),
    }
}

pub(super) fn problem(name: &str, vi: &str, en: &str) -> FieldProblem {
    FieldProblem {
        name: name.into(),
        problem: Problem::new(ProblemCode::Portal)
            .with("vi", vi)
            .with("en", en),
    }
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, v)| v.trim())
}

/// A phone number with all but its last three digits hidden ("•••• ••• 678").
fn masked(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let tail = &digits[digits.len().saturating_sub(3)..];
    format!("•••• ••• {tail}")
}

/// Days a period of the queue's filter goes back ("hom-nay": today only).
fn period_days(slug: &str) -> Option<u64> {
    match slug {
        "hom-nay" => Some(0),
        "7-ngay" => Some(6),
        "30-ngay" => Some(29),
        _ => None,
    }
}

/// The day `days` before `today`.
fn days_before(today: Date, days: u64) -> Date {
    // Noon of today in Viet Nam, back whole days.
    let mut d = today;
    for _ in 0..days {
        d = if d.day > 1 {
            Date {
                day: d.day - 1,
                ..d
            }
        } else if d.month > 1 {
            let month = d.month - 1;
            Date {
                month,
                day: dvc_rules::date::days_in_month(d.year, month),
                ..d
            }
        } else {
            Date {
                year: d.year - 1,
                month: 12,
                day: 31,
            }
        };
    }
    d
}

/// What an action asks the officer for.
fn act_specs(action: Action, locale: Locale, askable: &[Askable]) -> Vec<FieldSpec> {
    let future = FieldRule::Date(DateLimits {
        past: false,
        not_past: true,
        min_age: None,
    });
    let reason = FieldRule::Text {
        max_chars: Some(1000),
    };
    match action {
        Action::Accept => vec![FieldSpec::new(
            desk::DUE,
            say(locale, "ngày hẹn trả kết quả", "the day the result is due"),
            future,
        )],
        Action::AskMore => vec![
            FieldSpec::new(desk::REASON, say(locale, "lý do", "the reason"), reason),
            FieldSpec::new(
                desk::ITEMS,
                say(locale, "nội dung cần bổ sung", "what is needed"),
                FieldRule::AnyOf {
                    options: askable.iter().map(|a| a.page.clone()).collect(),
                    exclusive: None,
                },
            ),
            FieldSpec::new(
                desk::DUE,
                say(locale, "hạn bổ sung", "the deadline"),
                future,
            ),
        ],
        Action::Refuse => vec![
            FieldSpec::new(desk::REASON, say(locale, "lý do", "the reason"), reason),
            FieldSpec::new(
                desk::BASIS,
                say(locale, "căn cứ pháp lý", "the legal basis"),
                FieldRule::Text {
                    max_chars: Some(500),
                },
            ),
        ],
        Action::ResultReady | Action::HandOver => Vec::new(),
    }
}

/// A date posted in three boxes (checked already).
fn posted_date(pairs: &[(String, String)], name: &str) -> Option<Date> {
    let part = |p: &str| value(pairs, &format!("{name}-{p}")).parse::<u16>().ok();
    Date::new(
        part("year")?,
        u8::try_from(part("month")?).ok()?,
        u8::try_from(part("day")?).ok()?,
    )
}

impl Engine {
    /// The desk's addresses, in both languages.
    pub(super) fn desk_router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let mut r = Router::new();
        for l in [Locale::Vi, Locale::En] {
            let at = |p: &str| format!("{}{DESK}{p}", prefix(l));
            // Each page that a form posts back to, its GET and POST one handler.
            let sign_in = move |State(e): State<Engine>, req: Request| async move {
                e.desk_sign_in(l, req).await
            };
            let code = move |State(e): State<Engine>, req: Request| async move {
                e.desk_code(l, req).await
            };
            let act = move |State(e): State<Engine>,
                            Path((code, action)): Path<(String, String)>,
                            req: Request| async move {
                e.desk_act(l, code, action, req).await
            };
            r = r
                .route(
                    &at(""),
                    get(move |State(e): State<Engine>, req: Request| async move {
                        e.queue(l, req).await
                    }),
                )
                .route(&at("/dang-nhap"), get(sign_in).post(sign_in))
                .route(&at("/ma-xac-thuc"), get(code).post(code))
                .route(
                    &at("/dang-xuat"),
                    post(move |State(e): State<Engine>, req: Request| async move {
                        e.desk_sign_out(l, req.headers()).await
                    }),
                )
                .route(
                    &at("/ho-so/{code}"),
                    get(move |State(e): State<Engine>, Path(code): Path<String>, req: Request| async move {
                        e.desk_dossier(l, code, req).await
                    }),
                )
                .route(
                    &at("/ho-so/{code}/tep/{file}"),
                    get(move |State(e): State<Engine>, Path((code, file)): Path<(String, i64)>, req: Request| async move {
                        e.desk_file(code, file, req.headers()).await
                    }),
                )
                .route(&at("/ho-so/{code}/{action}"), get(act).post(act));
        }
        r.with_state(self.clone()).merge(self.counter_router())
    }

    pub(super) fn desk_at(&self, locale: Locale, p: &str) -> String {
        format!("{}{DESK}{p}", prefix(locale))
    }

    pub(super) async fn desk_page(&self, page: DeskDrawn, cookies: &[String]) -> Response {
        let status = page.status;
        let mut res = self.inner.portal.desk_page(page).await;
        *res.status_mut() = status;
        for c in cookies.iter().filter_map(|c| HeaderValue::from_str(c).ok()) {
            res.headers_mut().append(header::SET_COOKIE, c);
        }
        // Nothing of the desk is kept by the browser or a proxy.
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }

    fn desk_id(&self, headers: &HeaderMap) -> Option<String> {
        self.inner
            .cookies
            .get(headers, COOKIE)
            .filter(|k| k.len() >= 16)
    }

    /// The officer signed in on this request.
    async fn signed_officer(&self, headers: &HeaderMap) -> Option<Officer> {
        let desk = self.inner.desk.as_ref()?;
        let id = self.desk_id(headers)?;
        desk.officers
            .officer(&id, now())
            .await
            .map_err(|e| crate::log::failure("store.failed", &e.to_string()))
            .ok()
            .flatten()
    }

    async fn desk_sign_in(&self, locale: Locale, req: Request) -> Response {
        let Some(desk) = self.inner.desk.clone() else {
            return super::not_found();
        };
        let headers = req.headers().clone();
        let draw = |values, problems, unavailable: bool| DeskDrawn {
            page: DeskPage::SignIn {
                values,
                problems,
                unavailable,
            },
            locale,
            path: format!("{DESK}/dang-nhap"),
            headers: headers.clone(),
            officer: None,
            status: if unavailable {
                StatusCode::SERVICE_UNAVAILABLE
            } else {
                StatusCode::OK
            },
        };
        if req.method() != axum::http::Method::POST {
            if self.signed_officer(&headers).await.is_some() {
                return see_other(&self.desk_at(locale, ""), &[]);
            }
            return self.desk_page(draw(vec![], vec![], false), &[]).await;
        }
        let posted = match Posted::from_request(req, &()).await {
            Ok(p) => p,
            Err(e) => return e.into_response(),
        };
        // The password is never drawn back.
        let values = vec![(
            desk::LOGIN.to_string(),
            value(&posted.pairs, desk::LOGIN).to_string(),
        )];
        if dvc_rules::posted::is_language_switch(&posted.pairs) {
            return self.desk_page(draw(values, vec![], false), &[]).await;
        }
        let specs = [
            FieldSpec::new(
                desk::LOGIN,
                say(
                    locale,
                    "số định danh cá nhân",
                    "the personal identification number",
                ),
                FieldRule::CitizenId {
                    allow_old_card: false,
                    birth_date_field: None,
                    sex_field: None,
                },
            ),
            FieldSpec::new(
                desk::PASSWORD,
                say(locale, "mật khẩu", "the password"),
                FieldRule::Text {
                    max_chars: Some(128),
                },
            ),
        ];
        let problems = check_posted(&specs, &posted.pairs, &[], today_in_vietnam());
        if !problems.is_empty() {
            return self.desk_page(draw(values, problems, false), &[]).await;
        }
        let (login, password) = (
            value(&posted.pairs, desk::LOGIN),
            value(&posted.pairs, desk::PASSWORD),
        );
        let login: String = login.chars().filter(char::is_ascii_digit).collect();
        let t = now();
        let refused = match desk.officers.check(&login, password, t).await {
            Ok(Ok(officer)) => {
                let Ok((id, code)) = desk.officers.start(&officer.login, t).await else {
                    return self.desk_page(draw(values, vec![], true), &[]).await;
                };
                self.send_code(&officer.phone, &code, t).await;
                crate::log::audit("officer.password_ok", "");
                let cookie = self.inner.cookies.set(COOKIE, &id, None);
                return see_other(&self.desk_at(locale, "/ma-xac-thuc"), &[cookie]);
            }
            Ok(Err(Refused::Wrong)) => {
                crate::log::security("officer.sign_in_refused", "");
                Problem::new(ProblemCode::SignInWrong)
            }
            Ok(Err(Refused::Locked { until })) => Problem::new(ProblemCode::SignInLocked)
                .with("minutes", until.saturating_sub(t).div_ceil(60).max(1)),
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                return self.desk_page(draw(values, vec![], true), &[]).await;
            }
        };
        let problems = vec![FieldProblem {
            name: desk::LOGIN.into(),
            problem: refused,
        }];
        self.desk_page(draw(values, problems, false), &[]).await
    }

    /// Puts the one-time code in the outbox, for the officer's phone.
    async fn send_code(&self, phone: &str, code: &str, at: u64) {
        let Some(desk) = &self.inner.desk else { return };
        let text = format!(
            "Mã xác thực đăng nhập Một cửa: {code}. Hiệu lực 5 phút. Không đưa mã này cho ai."
        );
        if let Err(e) = desk.outbox.put(phone, Channel::Sms, &text, None, at).await {
            crate::log::failure("store.failed", &e.to_string());
        }
    }

    async fn desk_code(&self, locale: Locale, req: Request) -> Response {
        let Some(desk) = self.inner.desk.clone() else {
            return super::not_found();
        };
        let headers = req.headers().clone();
        let start_again = see_other(&self.desk_at(locale, "/dang-nhap"), &[]);
        let Some(id) = self.desk_id(&headers) else {
            return start_again;
        };
        let Ok(Some(login)) = desk.officers.waiting_login(&id, now()).await else {
            return start_again;
        };
        let sent_to = desk
            .officers
            .phone(&login)
            .await
            .ok()
            .flatten()
            .map(|p| masked(&p))
            .unwrap_or_default();
        let draw = |problems, resend_after, status| DeskDrawn {
            page: DeskPage::Code {
                sent_to: sent_to.clone(),
                resend_after,
                problems,
            },
            locale,
            path: format!("{DESK}/ma-xac-thuc"),
            headers: headers.clone(),
            officer: None,
            status,
        };
        let code_problem = |code: ProblemCode| FieldProblem {
            name: desk::CODE.into(),
            problem: Problem::new(code),
        };
        if req.method() != axum::http::Method::POST {
            return self.desk_page(draw(vec![], 0, StatusCode::OK), &[]).await;
        }
        let posted = match Posted::from_request(req, &()).await {
            Ok(p) => p,
            Err(e) => return e.into_response(),
        };
        if dvc_rules::posted::is_language_switch(&posted.pairs) {
            return self.desk_page(draw(vec![], 0, StatusCode::OK), &[]).await;
        }
        if dvc_rules::posted::action(&posted.pairs) == "resend" {
            let t = now();
            return match desk.officers.resend(&id, t).await {
                Ok(Resent::Sent { login, code }) => {
                    if let Ok(Some(phone)) = desk.officers.phone(&login).await {
                        self.send_code(&phone, &code, t).await;
                    }
                    self.desk_page(draw(vec![], RESEND_AFTER, StatusCode::OK), &[])
                        .await
                }
                Ok(Resent::Wait(secs)) => {
                    let p = problem(
                        desk::CODE,
                        &format!("Hãy đợi {secs} giây nữa rồi bấm “Gửi lại mã”."),
                        &format!("Wait {secs} more seconds, then press “Send a new code”."),
                    );
                    self.desk_page(draw(vec![p], secs, StatusCode::OK), &[])
                        .await
                }
                Ok(Resent::Ended) => start_again,
                Err(e) => {
                    crate::log::failure("store.failed", &e.to_string());
                    self.desk_page(draw(vec![], 0, StatusCode::SERVICE_UNAVAILABLE), &[])
                        .await
                }
            };
        }
        let spec = FieldSpec::new(
            desk::CODE,
            say(locale, "mã xác thực", "the code"),
            FieldRule::OneTimeCode { digits: 6 },
        );
        let problems = check_posted(
            std::slice::from_ref(&spec),
            &posted.pairs,
            &[],
            today_in_vietnam(),
        );
        if !problems.is_empty() {
            return self.desk_page(draw(problems, 0, StatusCode::OK), &[]).await;
        }
        match desk
            .officers
            .confirm(&id, value(&posted.pairs, desk::CODE), now())
            .await
        {
            Ok(Confirmed::In(_)) => {
                crate::log::audit("officer.signed_in", "");
                see_other(&self.desk_at(locale, ""), &[])
            }
            Ok(Confirmed::Wrong { .. }) => {
                self.desk_page(
                    draw(vec![code_problem(ProblemCode::OtpWrong)], 0, StatusCode::OK),
                    &[],
                )
                .await
            }
            Ok(Confirmed::Expired) => {
                self.desk_page(
                    draw(
                        vec![code_problem(ProblemCode::OtpExpired)],
                        0,
                        StatusCode::OK,
                    ),
                    &[],
                )
                .await
            }
            Ok(Confirmed::Ended) => start_again,
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                self.desk_page(draw(vec![], 0, StatusCode::SERVICE_UNAVAILABLE), &[])
                    .await
            }
        }
    }

    async fn desk_sign_out(&self, locale: Locale, headers: &HeaderMap) -> Response {
        if let (Some(desk), Some(id)) = (&self.inner.desk, self.desk_id(headers)) {
            let _ = desk.officers.end(&id).await;
        }
        see_other(
            &self.desk_at(locale, "/dang-nhap"),
            &[self.inner.cookies.clear(COOKIE)],
        )
    }

    /// The officer, or the way to sign in.
    pub(super) async fn officer_or_sign_in(
        &self,
        locale: Locale,
        headers: &HeaderMap,
    ) -> Result<Officer, Response> {
        match self.signed_officer(headers).await {
            Some(o) => Ok(o),
            None => Err(see_other(&self.desk_at(locale, "/dang-nhap"), &[])),
        }
    }

    fn queue_line(&self, case: &Case, locale: Locale) -> QueueLine {
        let mut line = self.line(case, locale);
        line.href = self.desk_at(locale, &format!("/ho-so/{}", case.code));
        QueueLine {
            line,
            applicant: case.applicant.clone(),
        }
    }

    async fn queue(&self, locale: Locale, req: Request) -> Response {
        let Some(cases) = self.inner.cases.clone() else {
            return super::not_found();
        };
        let headers = req.headers().clone();
        let officer = match self.officer_or_sign_in(locale, &headers).await {
            Ok(o) => o,
            Err(r) => return r,
        };
        let pairs = query_pairs(req.uri().query().unwrap_or(""));
        let all = |name: &str| {
            pairs
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
        };
        let statuses: Vec<Status> = all("trang-thai")
            .into_iter()
            .filter_map(Status::from_slug)
            .collect();
        let service = Some(value(&pairs, "thu-tuc"))
            .filter(|s| self.inner.procedures.get(s).is_some())
            .map(String::from);
        let period = value(&pairs, "nhan");
        let from = period_days(period).map(|d| days_before(today_in_vietnam(), d));
        let sort = Sort::from_slug(value(&pairs, "sap-xep")).unwrap_or_default();
        let descending = value(&pairs, "thu-tu") == "giam";
        let page = value(&pairs, "trang")
            .parse::<usize>()
            .unwrap_or(1)
            .clamp(1, 100_000);
        let q = Query {
            statuses: statuses.clone(),
            service: service.clone(),
            from,
            to: None,
            sort,
            descending,
            page,
        };
        let found = match cases.queue(&officer.agency, &q).await {
            Ok(f) => f,
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        };
        let pages = found.total.div_ceil(PAGE_SIZE).max(1);
        // The view's query without its page: filters and sorting, as the links keep them.
        let query: Vec<(String, String)> = pairs
            .iter()
            .filter(|(n, v)| {
                matches!(
                    n.as_str(),
                    "trang-thai" | "thu-tuc" | "nhan" | "sap-xep" | "thu-tu"
                ) && !v.is_empty()
            })
            .cloned()
            .collect();
        let queue = Queue {
            lines: found
                .cases
                .iter()
                .map(|c| self.queue_line(c, locale))
                .collect(),
            total: found.total,
            page: page.min(pages),
            pages,
            statuses: found
                .counts
                .iter()
                .map(|(s, n)| (*s, *n, statuses.contains(s)))
                .collect(),
            procedures: self
                .inner
                .procedures
                .all()
                .map(|f| {
                    let slug = f.procedure.slug.clone();
                    let chosen = service.as_deref() == Some(slug.as_str());
                    (slug, words(&f.procedure.title, locale).to_string(), chosen)
                })
                .collect(),
            from: period.to_string(),
            to: String::new(),
            sort: sort.slug().into(),
            descending,
            base: self.desk_at(locale, ""),
            query,
        };
        let office = self.inner.portal.office(&officer.agency, locale);
        let page = DeskDrawn {
            page: DeskPage::Queue { office, queue },
            locale,
            path: DESK.into(),
            headers,
            officer: Some(officer),
            status: StatusCode::OK,
        };
        self.desk_page(page, &[]).await
    }

    /// The case `code` if it is of the officer's agency.
    async fn agency_case(&self, officer: &Officer, code: &str) -> Result<Option<Case>, ()> {
        let cases = self.inner.cases.as_ref().ok_or(())?;
        match cases.get(code).await {
            Ok(c) => Ok(c.filter(|c| c.agency == officer.agency)),
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                Err(())
            }
        }
    }

    async fn desk_not_found(
        &self,
        locale: Locale,
        headers: HeaderMap,
        officer: Officer,
        status: StatusCode,
    ) -> Response {
        let page = DeskDrawn {
            page: DeskPage::NotFound {
                back: self.desk_at(locale, ""),
            },
            locale,
            path: DESK.into(),
            headers,
            officer: Some(officer),
            status,
        };
        self.desk_page(page, &[]).await
    }

    async fn desk_dossier(&self, locale: Locale, code: String, req: Request) -> Response {
        let headers = req.headers().clone();
        let officer = match self.officer_or_sign_in(locale, &headers).await {
            Ok(o) => o,
            Err(r) => return r,
        };
        let case = match self.agency_case(&officer, &code).await {
            Ok(Some(c)) => c,
            Ok(None) => {
                return self
                    .desk_not_found(locale, headers, officer, StatusCode::NOT_FOUND)
                    .await
            }
            Err(()) => {
                return self
                    .desk_not_found(locale, headers, officer, StatusCode::SERVICE_UNAVAILABLE)
                    .await
            }
        };
        let done = query_pairs(req.uri().query().unwrap_or(""))
            .iter()
            .find(|(n, _)| n == "da-ghi")
            .and_then(|(_, v)| Happened::from_slug(v));
        let file = self.inner.procedures.get(&case.service);
        let Ok(Story {
            timeline,
            draft,
            rows,
        }) = self.story(&case, locale).await
        else {
            return self
                .desk_not_found(locale, headers, officer, StatusCode::SERVICE_UNAVAILABLE)
                .await;
        };
        let mut files = Vec::new();
        if let (Some(f), Some(d)) = (&file, &draft) {
            for i in route::route(f, &d.answers) {
                let page = &f.pages[i];
                if !matches!(page.answer, Some(Answer::Files { .. })) {
                    continue;
                }
                for k in self
                    .inner
                    .store
                    .files(&d.id, &page.id)
                    .await
                    .unwrap_or_default()
                {
                    let href = self.desk_at(locale, &format!("/ho-so/{}/tep/{}", case.code, k.id));
                    files.push((k.name, k.bytes, href));
                }
            }
        }
        let line = self.queue_line(&case, locale);
        let actions = case
            .status
            .actions()
            .iter()
            .map(|a| {
                (
                    *a,
                    self.desk_at(locale, &format!("/ho-so/{}/{}", case.code, a.slug())),
                )
            })
            .collect();
        let page = DeskDrawn {
            page: DeskPage::Dossier {
                line,
                rows,
                files,
                timeline,
                actions,
                done,
                back: self.desk_at(locale, ""),
            },
            locale,
            path: format!("{DESK}/ho-so/{}", case.code),
            headers,
            officer: Some(officer),
            status: StatusCode::OK,
        };
        self.desk_page(page, &[]).await
    }

    /// A file of a dossier of the officer's agency, as a download (never shown inline).
    async fn desk_file(&self, code: String, file: i64, headers: &HeaderMap) -> Response {
        let Some(officer) = self.signed_officer(headers).await else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let Ok(Some(case)) = self.agency_case(&officer, &code).await else {
            return StatusCode::NOT_FOUND.into_response();
        };
        let Ok(Some((name, bytes))) = self.inner.store.file(&case.draft_id, file).await else {
            return StatusCode::NOT_FOUND.into_response();
        };
        crate::log::audit("officer.file_downloaded", &case.service);
        let ascii: String = name
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let encoded: String = name
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
        let mut res = bytes.into_response();
        let h = res.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/octet-stream"),
        );
        if let Ok(v) = HeaderValue::from_str(&disposition) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }

    /// What the desk may ask for again: every question and paper of the route taken but
    /// those the identity answered (the citizen cannot change them).
    fn askable(&self, case: &Case, answers: &[(String, String)], locale: Locale) -> Vec<Askable> {
        let Some(file) = self.inner.procedures.get(&case.service) else {
            return Vec::new();
        };
        let vouched = super::vouch::vouched(answers);
        route::route(&file, answers)
            .into_iter()
            .map(|i| &file.pages[i])
            .filter(|p| p.answer.is_some() && p.exit.is_none() && !vouched.contains(&p.id))
            .map(|p| Askable {
                page: p.id.clone(),
                words: words(p.short.as_ref().unwrap_or(&p.question), locale).to_string(),
            })
            .collect()
    }

    async fn desk_act(
        &self,
        locale: Locale,
        code: String,
        action: String,
        req: Request,
    ) -> Response {
        let headers = req.headers().clone();
        let officer = match self.officer_or_sign_in(locale, &headers).await {
            Ok(o) => o,
            Err(r) => return r,
        };
        let Some(action) = Action::from_slug(&action) else {
            return self
                .desk_not_found(locale, headers, officer, StatusCode::NOT_FOUND)
                .await;
        };
        let case = match self.agency_case(&officer, &code).await {
            Ok(Some(c)) => c,
            Ok(None) => {
                return self
                    .desk_not_found(locale, headers, officer, StatusCode::NOT_FOUND)
                    .await
            }
            Err(()) => {
                return self
                    .desk_not_found(locale, headers, officer, StatusCode::SERVICE_UNAVAILABLE)
                    .await
            }
        };
        let dossier = self.desk_at(locale, &format!("/ho-so/{}", case.code));
        let draft = self
            .inner
            .store
            .draft(&case.draft_id, now())
            .await
            .ok()
            .flatten();
        let answers = draft.map(|d| d.answers).unwrap_or_default();
        let askable = self.askable(&case, &answers, locale);
        let is_post = req.method() == axum::http::Method::POST;
        let posted = if is_post {
            match Posted::from_request(req, &()).await {
                Ok(p) => Some(p),
                Err(e) => return e.into_response(),
            }
        } else {
            None
        };
        let draw = |seen: Status,
                    values: Vec<(String, String)>,
                    problems: Vec<FieldProblem>,
                    moved: bool| DeskDrawn {
            page: DeskPage::Act {
                line: self.queue_line(&case, locale),
                action,
                seen,
                askable: askable.clone(),
                values,
                problems,
                moved,
                back: dossier.clone(),
            },
            locale,
            path: format!("{DESK}/ho-so/{}/{}", case.code, action.slug()),
            headers: headers.clone(),
            officer: Some(officer.clone()),
            status: StatusCode::OK,
        };
        let Some(p) = posted else {
            if !case.status.actions().contains(&action) {
                return see_other(&dossier, &[]);
            }
            return self
                .desk_page(draw(case.status, vec![], vec![], false), &[])
                .await;
        };
        let specs = act_specs(action, locale, &askable);
        let values: Vec<(String, String)> = p
            .pairs
            .iter()
            .filter(|(n, _)| crate::procedures::belongs(n, &specs))
            .take(200)
            .cloned()
            .collect();
        let seen = Status::from_slug(value(&p.pairs, desk::SEEN)).unwrap_or(case.status);
        if dvc_rules::posted::is_language_switch(&p.pairs) {
            return self.desk_page(draw(seen, values, vec![], false), &[]).await;
        }
        if !seen.actions().contains(&action) {
            return see_other(&dossier, &[]);
        }
        let problems = check_posted(&specs, &p.pairs, &[], today_in_vietnam());
        if !problems.is_empty() {
            return self
                .desk_page(draw(seen, values, problems, false), &[])
                .await;
        }
        let t = now();
        let text = |name: &str| Some(value(&p.pairs, name).to_string()).filter(|v| !v.is_empty());
        let event = Recorded {
            reason: text(desk::REASON),
            basis: text(desk::BASIS),
            due: posted_date(&p.pairs, desk::DUE),
            items: p
                .pairs
                .iter()
                .filter(|(n, v)| n == desk::ITEMS && askable.iter().any(|a| a.page == *v))
                .map(|(_, v)| v.clone())
                .collect(),
            ..Recorded::by_office(action.happened(), &officer.agency, &officer.login, t)
        };
        let cases = self.inner.cases.as_ref().expect("cases checked");
        match cases.record(&case.code, seen, &event).await {
            Ok(true) => {
                crate::log::audit("officer.acted", action.slug());
                self.tell_citizen(&case, &answers, &event).await;
                see_other(&format!("{dossier}?da-ghi={}", event.happened.slug()), &[])
            }
            Ok(false) => {
                // Someone else moved it: say so, with what it stands at now.
                let now_case = cases
                    .get(&case.code)
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or(case.clone());
                let mut page = draw(now_case.status, values, vec![], true);
                if let DeskPage::Act { line, .. } = &mut page.page {
                    *line = self.queue_line(&now_case, locale);
                }
                page.status = StatusCode::CONFLICT;
                self.desk_page(page, &[]).await
            }
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                let mut page = draw(seen, values, vec![], false);
                page.status = StatusCode::SERVICE_UNAVAILABLE;
                self.desk_page(page, &[]).await
            }
        }
    }

    /// An event that needs the citizen: a text message in the outbox, to the phone number
    /// the dossier gave (none given: they read it in "Hồ sơ của tôi").
    async fn tell_citizen(&self, case: &Case, answers: &[(String, String)], e: &Recorded) {
        let (Some(desk), Some(file)) = (&self.inner.desk, self.inner.procedures.get(&case.service))
        else {
            return;
        };
        if !e.happened.tells_citizen() {
            return;
        }
        let phone = route::route(&file, answers)
            .into_iter()
            .map(|i| &file.pages[i])
            .filter(|p| matches!(p.answer, Some(Answer::Phone { .. })))
            .find_map(|p| Some(value(answers, &p.id)).filter(|v| !v.is_empty()));
        let Some(phone) = phone else { return };
        let due = e
            .due
            .map(|d| format!(" Hạn: {}.", d.display()))
            .unwrap_or_default();
        let text = format!(
            "Hồ sơ {} ({}): {}.{due} Xem chi tiết tại Hồ sơ của tôi trên Cổng dịch vụ công.",
            case.code,
            words(&file.procedure.title, Locale::Vi),
            e.happened.words(Locale::Vi),
        );
        if let Err(err) = desk
            .outbox
            .put(phone, Channel::Sms, &text, Some(&case.code), e.at)
            .await
        {
            crate::log::failure("store.failed", &err.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_is_masked_but_its_last_three_digits_and_days_go_back_across_months() {
        assert_eq!(masked("0912 345 678"), "•••• ••• 678");
        let d = |y, m, dd| Date::new(y, m, dd).unwrap();
        assert_eq!(days_before(d(2026, 3, 2), 6), d(2026, 2, 24));
        assert_eq!(days_before(d(2026, 1, 3), 29), d(2025, 12, 5));
        assert_eq!(days_before(d(2026, 1, 3), 0), d(2026, 1, 3));
    }

    #[test]
    fn each_action_asks_what_its_record_needs() {
        let ask = vec![Askable {
            page: "giay-to".into(),
            words: "Giấy tờ".into(),
        }];
        let names = |a| {
            act_specs(a, Locale::Vi, &ask)
                .into_iter()
                .map(|s| s.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(Action::Accept), [desk::DUE]);
        assert_eq!(
            names(Action::AskMore),
            [desk::REASON, desk::ITEMS, desk::DUE]
        );
        assert_eq!(names(Action::Refuse), [desk::REASON, desk::BASIS]);
        assert!(names(Action::HandOver).is_empty());
        let posted = vec![
            ("han-day".to_string(), "9".to_string()),
            ("han-month".into(), "12".into()),
            ("han-year".into(), "2026".into()),
        ];
        assert_eq!(posted_date(&posted, desk::DUE), Date::new(2026, 12, 9));
    }
}
