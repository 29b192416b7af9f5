//! The procedure engine's addresses: every page of every procedure file a portal serves,
//! the same for each, in Vietnamese (`/thu-tuc/{slug}/…`) and English (`/en/thu-tuc/…`):
//! the start page, each question (`…/{page}`), check answers (`…/kiem-tra`), "saved, come
//! back by …" (`…/da-luu`) and the confirmation (`…/da-nop`).
//!
//! What the engine owns: the citizen's draft of each procedure (one per citizen per
//! procedure, found by the signed-in citizen's subject, or by this browser's one random
//! cookie for a procedure without sign-in), signing in at the file's level and coming back
//! to the same page, the route (a page off the route or past the first unanswered one sends
//! the citizen to that one), answers kept while typing (`dvc_action=autosave`) and by "Lưu
//! và tiếp tục sau", back links along the route taken, change links that return to check
//! answers, prefill from the identity's claims, the declaration and the submission (one
//! code however often it is posted). What the portal owns ([`Portal`]): who is signed in,
//! where signing in starts, its layout around the page (`dvc_ui::flow::ProcedureScreen`
//! draws the page itself), which agency decides a place's dossiers, and what happens to a
//! submitted dossier.

mod counter;
pub mod desk;
mod files;
mod groups;
pub mod look_up;
pub mod mine;
mod more;
mod pay;
mod unclaimed;
mod vouch;

use super::payments::{Payee, Payments};
use super::{declaration_spec, post_page, read_back, Next, Outcome, Procedures};
use crate::casework::Cases;
use crate::cookies::Cookies;
use crate::dossiers::{DossierCode, DossierStore, Draft, DRAFT_LIFETIME};
use crate::forms::{date_in_vietnam, today_in_vietnam, Posted};
use crate::identity::{Citizen, Level};
use crate::redirect::see_other;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
pub use desk::{DeskDrawn, DESK};
use dvc_procedure::format::ProcedureFile;
use dvc_procedure::route;
use dvc_procedure::route::FeeLine;
use dvc_procedure::screen::{at, posted, FeeStep, Screen};
use dvc_rules::form::{check_posted, strip_unasked, FieldProblem};
use dvc_rules::posted::{action, is_language_switch, wants_communes, AUTOSAVE, FORM_ID_FIELD};
use dvc_rules::Locale;
pub use mine::{CaseDrawn, MINE};
use std::sync::Arc;

/// The cookie holding this browser's random key, under which its drafts of procedures
/// without sign-in are kept (nothing personal).
pub const COOKIE: &str = "dvc_thu_tuc";
/// Where the procedures are, unless the portal says otherwise.
pub const BASE: &str = "/thu-tuc";

/// What the portal decides and draws; the engine calls it for every page.
#[async_trait::async_trait]
pub trait Portal: Send + Sync + 'static {
    /// The citizen signed in on this request, if any.
    async fn citizen(&self, headers: &HeaderMap) -> Option<Citizen>;
    /// Where a citizen signs in at `level` and comes back to `back` (a local path).
    fn sign_in(&self, back: &str, level: Level, locale: Locale) -> String;
    /// The whole page: the portal's layout around `dvc_ui::flow::ProcedureScreen`.
    async fn page(&self, page: Drawn) -> Response;
    /// The agency deciding dossiers of the place `code` at `level` ("commune" or
    /// "province"), for a file whose agency is chosen by an answer.
    fn agency_of(&self, _level: &str, _code: &str) -> Option<String> {
        None
    }
    /// Whose session this browser's cookie named, if it has just ended: what is posted
    /// after it is kept for that citizen alone. None: the next citizen to sign in here.
    async fn ended_subject(&self, _headers: &HeaderMap) -> Option<String> {
        None
    }
    /// A dossier was submitted (once per dossier): hand it to the one-stop system.
    fn submitted(&self, _file: &ProcedureFile, _draft: &Draft, _code: &DossierCode) {}
    /// The citizen sent what a request for more papers asked for (once per request):
    /// `draft` holds the dossier's answers now, `pages` the pages they changed. Hand them
    /// to the one-stop system.
    fn more_sent(
        &self,
        _file: &ProcedureFile,
        _draft: &Draft,
        _code: &DossierCode,
        _pages: &[String],
    ) {
    }
    /// The account the fees of dossiers decided by `agency` are paid into (VietQR, and the
    /// receipt's collector), when the engine takes fees online ([`Engine::with_payments`]).
    /// None: the confirmation says to pay at the office.
    fn payee(&self, _agency: &str) -> Option<Payee> {
        None
    }
    /// A page of a dossier's life (the citizen's list, a dossier, the look-up), when the
    /// engine keeps cases ([`Engine::with_cases`]): the portal's layout around
    /// `dvc_ui::flow::CaseScreen`.
    async fn case_page(&self, page: CaseDrawn) -> Response;
    /// A page of the one-stop desk ([`Engine::with_desk`]): the portal's layout for officers
    /// around `dvc_ui::flow::DeskScreen`. Default: not found (a portal without a desk).
    async fn desk_page(&self, _page: DeskDrawn) -> Response {
        not_found()
    }
    /// The office of `agency` in words, as the citizen's timeline says who acted ("Bộ phận
    /// Một cửa UBND xã …"; never an officer's name).
    fn office(&self, agency: &str, locale: Locale) -> String {
        match locale {
            Locale::Vi => format!("Cơ quan có mã {agency}"),
            Locale::En => format!("The agency coded {agency}"),
        }
    }
    /// A check of the portal's own that the file cannot say (across answers: a child born
    /// after the parent; or against the portal's records), for page `page` of `file` with
    /// `answers` as they would be kept once that page's own rules pass. Each problem names
    /// an answer of that page. Run when the page is posted (nothing is kept while it fails)
    /// and again for every page before submitting (the citizen is sent to the first page
    /// that fails, its problems shown).
    fn check(
        &self,
        _file: &ProcedureFile,
        _page: &str,
        _answers: &[(String, String)],
    ) -> Vec<Said> {
        Vec::new()
    }
    /// The fee of a dossier with `answers`, from `fees` as the file's `[[fee]]` rules give
    /// it: a rule of the portal's own may add, change or remove lines (an exemption the
    /// portal knows from its records). What check answers, the confirmation, the fee page,
    /// the payment and the receipt use.
    fn fees(
        &self,
        _file: &ProcedureFile,
        _answers: &[(String, String)],
        fees: Vec<FeeLine>,
        _locale: Locale,
    ) -> Vec<FeeLine> {
        fees
    }
}

/// A problem of the portal's own check ([`Portal::check`]): which answer (a question's
/// name, or a date's), and what to say, in Vietnamese and English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub answer: String,
    pub vi: String,
    pub en: String,
}

impl Said {
    /// As the page shows a problem.
    pub fn problem(&self) -> FieldProblem {
        FieldProblem {
            name: self.answer.clone(),
            problem: dvc_rules::problem::Problem::new(dvc_rules::problem::ProblemCode::Portal)
                .with("vi", &self.vi)
                .with("en", &self.en),
        }
    }
}

/// One page for the portal to draw.
pub struct Drawn {
    pub file: Arc<ProcedureFile>,
    pub screen: Screen,
    pub locale: Locale,
    /// The procedure's start page, in this language.
    pub base: String,
    /// This page's address without its language (`/thu-tuc/x/so-ban`): the language
    /// switch's.
    pub path: String,
    /// The question page's form id, for the language switch to carry its answers.
    pub form: Option<&'static str>,
    pub headers: HeaderMap,
    pub citizen: Option<Citizen>,
    /// 200, or 503 when the answers could not be kept.
    pub status: StatusCode,
    /// The portal's desk takes drafts at its counter, and this citizen may hand theirs
    /// over: `ProcedureScreen`'s `counter`.
    pub counter: bool,
    /// An officer fills the draft in at the counter for this citizen (their name; the page
    /// is the desk's, no citizen is signed in): `ProcedureScreen`'s `on_behalf`.
    pub on_behalf: Option<String>,
}

/// The engine: the procedures, the store of drafts and dossiers, and the portal.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

#[derive(Clone)]
struct Inner {
    procedures: Procedures,
    store: Arc<dyn DossierStore>,
    portal: Arc<dyn Portal>,
    base: String,
    cookies: Cookies,
    payments: Option<Payments>,
    cases: Option<Cases>,
    look_up_rate: Option<crate::rate::Rate>,
    desk: Option<Desk>,
}

/// The one-stop desk's accounts and the outbox its messages go through.
#[derive(Clone)]
struct Desk {
    officers: crate::casework::officers::Officers,
    outbox: crate::casework::outbox::Outbox,
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The address prefix of a language.
fn prefix(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "",
        Locale::En => "/en",
    }
}

pub(crate) fn not_found() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// A draft at a page the citizen may be on.
struct Arrived {
    draft: Option<Draft>,
    answers: Vec<(String, String)>,
    /// The furthest the citizen has been (the draft's `step`).
    seen: String,
}

/// One request to one procedure.
struct Visit {
    file: Arc<ProcedureFile>,
    locale: Locale,
    headers: HeaderMap,
    uri: Uri,
    citizen: Option<Citizen>,
    /// The citizen's address, as the portal's hardening found it (the gateway asks it).
    client_ip: String,
    /// Answering a request for more papers: the copy of the dossier changed, and only the
    /// pages named (see `more.rs`). None: the procedure's own pages.
    more: Option<more::Reopened>,
    /// An officer carrying on with a draft handed over at the counter (see `counter.rs`);
    /// `citizen` is then the citizen it stands for.
    counter: Option<counter::AtCounter>,
}

impl Visit {
    /// Whether a page goes back to a summary when posted (check answers; the page of what
    /// a request for more asked, for every page answering it).
    fn returning(&self) -> bool {
        self.more.is_some()
            || self
                .uri
                .query()
                .is_some_and(|q| q.split('&').any(|p| p == at::RETURN_QUERY))
    }
}

impl Engine {
    /// The engine for `procedures`, keeping drafts and dossiers in `store`, with the
    /// `portal`'s layout and sign-in; at [`BASE`].
    pub fn new(
        procedures: Procedures,
        store: Arc<dyn DossierStore>,
        portal: Arc<dyn Portal>,
    ) -> Engine {
        Engine {
            inner: Arc::new(Inner {
                procedures,
                store,
                portal,
                base: BASE.into(),
                cookies: Cookies::from_env(),
                payments: None,
                cases: None,
                look_up_rate: None,
                desk: None,
            }),
        }
    }

    /// The engine taking submitted dossiers' fees online with `payments` (VietQR to the
    /// account [`Portal::payee`] names for the dossier's agency, and the gateway if
    /// `payments` has one).
    pub fn with_payments(self, payments: Payments) -> Engine {
        let mut inner = (*self.inner).clone();
        inner.payments = Some(payments);
        Engine {
            inner: Arc::new(inner),
        }
    }

    /// The engine keeping a case for each submitted dossier in `cases` (its events, the
    /// desk's queue), with "Hồ sơ của tôi" ([`MINE`]) and the look-up by code
    /// ([`look_up::LOOK_UP`], limited per client by `DVC_RATE_LOOK_UP`, look-ups a minute or
    /// `off`). Err: that setting is not a number.
    pub fn with_cases(self, cases: Cases) -> Result<Engine, String> {
        let mut inner = (*self.inner).clone();
        inner.cases = Some(cases);
        inner.look_up_rate = crate::rate::Rate::from_env("DVC_RATE_LOOK_UP", look_up::RATE)?;
        Ok(Engine {
            inner: Arc::new(inner),
        })
    }

    /// The engine with the one-stop desk ([`DESK`]) for the `officers` a portal keeps, its
    /// messages (officers' one-time codes, citizens told of their dossiers) put in
    /// `outbox`. Needs [`Engine::with_cases`].
    pub fn with_desk(
        self,
        officers: crate::casework::officers::Officers,
        outbox: crate::casework::outbox::Outbox,
    ) -> Engine {
        let mut inner = (*self.inner).clone();
        inner.desk = Some(Desk { officers, outbox });
        Engine {
            inner: Arc::new(inner),
        }
    }

    pub fn procedures(&self) -> &Procedures {
        &self.inner.procedures
    }

    /// The start page of the procedure `slug`, in `locale`.
    pub fn address(&self, slug: &str, locale: Locale) -> String {
        format!("{}{}/{slug}", prefix(locale), self.inner.base)
    }

    /// Every address of every procedure, in both languages.
    pub fn router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let mut r = Router::new();
        for locale in [Locale::Vi, Locale::En] {
            // The procedure, then its page, then a repeating group's item.
            let start = format!("{}{}/{{slug}}", prefix(locale), self.inner.base);
            for at in [
                start.clone(),
                format!("{start}/{{page}}"),
                format!("{start}/{{page}}/{{item}}"),
            ] {
                let go = move |State(e): State<Engine>,
                               Path(parts): Path<Vec<String>>,
                               req: Request| async move {
                    let mut parts = parts.into_iter();
                    let slug = parts.next().unwrap_or_default();
                    e.handle(locale, slug, parts.next(), parts.next(), req)
                        .await
                };
                r = r.route(&at, get(go).post(go));
            }
        }
        let mut r = r.with_state(self.clone());
        if self.inner.cases.is_some() {
            r = r.merge(self.mine_router()).merge(self.look_up_router());
            if self.inner.desk.is_some() {
                r = r.merge(self.desk_router());
            }
        }
        r
    }

    async fn handle(
        self,
        locale: Locale,
        slug: String,
        page: Option<String>,
        item: Option<String>,
        req: Request,
    ) -> Response {
        let Some(file) = self.inner.procedures.get(&slug) else {
            return not_found();
        };
        let (headers, uri, client_ip, posted) = match read_request(req).await {
            Ok(read) => read,
            Err(res) => return res,
        };
        let citizen = self.inner.portal.citizen(&headers).await;
        let visit = Visit {
            file,
            locale,
            headers,
            uri,
            citizen,
            client_ip,
            more: None,
            counter: None,
        };
        self.answer(visit, page, item, posted).await
    }

    /// The code of `draft` if it was submitted (a store failure reads as not submitted).
    async fn code_of(&self, draft: Option<&Draft>) -> Option<DossierCode> {
        let d = draft?;
        self.inner.store.submitted(&d.id).await.ok().flatten()
    }

    async fn answer(
        &self,
        v: Visit,
        page: Option<String>,
        item: Option<String>,
        posted: Option<Posted>,
    ) -> Response {
        let needs = v.file.procedure.sign_in;
        let level_ok = needs == 0
            || v.citizen
                .as_ref()
                .is_some_and(|c| c.level.number() >= needs);
        match page.as_deref() {
            None => match posted {
                None => self.start(&v, level_ok).await,
                Some(p) => self.start_again(&v, &p, level_ok).await,
            },
            Some(_) if !level_ok => {
                let level = if needs >= 2 { Level::Two } else { Level::One };
                let back = v.uri.path_and_query().map_or("/", |p| p.as_str());
                let href = self.inner.portal.sign_in(back, level, v.locale);
                if let Some(p) = &posted {
                    // The session ended while the citizen typed: what was posted is kept
                    // for them (unchecked), then they sign in and come back to this page.
                    let (kept, cookie) = match page.as_deref() {
                        Some(id) if item.is_none() => self.keep_unclaimed(&v, id, p).await,
                        _ => (false, None),
                    };
                    let cookies: Vec<String> = cookie.into_iter().collect();
                    if action_of(&p.pairs) == AUTOSAVE {
                        // Kept for the citizen, or nobody known to keep it for.
                        let status = if kept {
                            StatusCode::NO_CONTENT
                        } else {
                            StatusCode::UNAUTHORIZED
                        };
                        let mut res = status.into_response();
                        for c in cookies.iter().filter_map(|c| HeaderValue::from_str(c).ok()) {
                            res.headers_mut().append(header::SET_COOKIE, c);
                        }
                        return res;
                    }
                    // The page again, which says to sign in and links the way in (a page
                    // of this site: a script's `fetch` follows it, where the identity
                    // provider's address would fail as another site's).
                    return see_other(back, &cookies);
                }
                let screen = Screen::SignIn {
                    href,
                    level: level.number(),
                };
                self.draw(&v, screen, StatusCode::OK, &[]).await
            }
            // At the counter the office takes the fee itself, and hands nothing on.
            Some(at::PAY | at::TRANSFER | at::PAYMENT | at::RECEIPT | at::COUNTER)
                if v.counter.is_some() =>
            {
                not_found()
            }
            Some(at::COUNTER) if item.is_none() => self.counter_page(&v, posted).await,
            Some(at::PAYMENT) if item.as_deref() == Some(at::PAYMENT_STATE) => {
                self.payment_state(&v).await
            }
            Some(
                at::CHECK
                | at::SAVED
                | at::SENT
                | at::PAY
                | at::TRANSFER
                | at::PAYMENT
                | at::RECEIPT
                | at::COUNTER,
            ) if item.is_some() => not_found(),
            Some(at::PAY) => self.pay(&v, posted).await,
            Some(at::TRANSFER) => self.transfer(&v).await,
            Some(at::PAYMENT) => self.payment(&v).await,
            Some(at::RECEIPT) => self.receipt(&v).await,
            Some(at::CHECK) => self.check(&v, posted).await,
            Some(at::SAVED) => self.saved(&v).await,
            Some(at::SENT) => self.sent(&v).await,
            Some(id) => match (route::page(&v.file, id), item.as_deref()) {
                (None, _) => not_found(),
                (Some(p), None) if p.group.is_some() => self.group_list(&v, id, posted).await,
                (Some(p), Some(n)) if p.group.is_some() => self.group_item(&v, id, n, posted).await,
                (Some(_), Some(_)) => not_found(),
                (Some(_), None) => self.question(&v, id, posted).await,
            },
        }
    }

    /// Whose drafts these are: the signed-in citizen's, or this browser's (with the cookie
    /// to set when it has none yet).
    fn owner(&self, v: &Visit) -> (String, Option<String>) {
        if let Some(c) = &v.citizen {
            return (c.subject.clone(), None);
        }
        match self
            .inner
            .cookies
            .get(&v.headers, COOKIE)
            .filter(|k| k.len() >= 16)
        {
            Some(key) => (format!("may:{key}"), None),
            None => {
                let key = crate::identity::random_id();
                let cookie = self.inner.cookies.set(COOKIE, &key, Some(DRAFT_LIFETIME));
                (format!("may:{key}"), Some(cookie))
            }
        }
    }

    /// The newest draft of this procedure for this citizen or browser (answering a
    /// request for more: the dossier's copy being changed).
    async fn draft(&self, v: &Visit) -> Result<Option<Draft>, ()> {
        let handed = v.counter.as_ref().map(|c| c.draft_id.as_str());
        if let Some(id) = v.more.as_ref().map(|m| m.draft_id.as_str()).or(handed) {
            // The identity's answers follow the copy's (a changed "for whom" changes whose
            // name is vouched for), as on the procedure's own pages.
            let mut copy = self
                .inner
                .store
                .draft(id, now())
                .await
                .map_err(|e| crate::log::failure("store.failed", &e.to_string()))?;
            if let Some(d) = &mut copy {
                self.vouch(v, &mut d.answers);
            }
            return Ok(copy);
        }
        let (owner, fresh) = self.owner(v);
        if fresh.is_some() {
            return Ok(None);
        }
        let mut draft = self
            .inner
            .store
            .latest_of(&owner, &v.file.procedure.slug, now())
            .await
            .map_err(|e| crate::log::failure("store.failed", &e.to_string()))?;
        self.claim_unclaimed(v, &mut draft).await;
        if let Some(d) = &mut draft {
            self.vouch(v, &mut d.answers);
        }
        Ok(draft)
    }

    fn new_draft(&self, v: &Visit, owner: String) -> Draft {
        let t = now();
        let mut answers = Vec::new();
        self.vouch(v, &mut answers);
        Draft {
            id: crate::identity::random_id(),
            service: v.file.procedure.slug.clone(),
            answers,
            step: String::new(),
            updated_at: t,
            expires_at: t + DRAFT_LIFETIME.as_secs(),
            owner: Some(owner),
            claimant: None,
        }
    }

    async fn save(&self, draft: &mut Draft) -> bool {
        let t = now();
        draft.updated_at = t;
        draft.expires_at = t + DRAFT_LIFETIME.as_secs();
        match self.inner.store.save_draft(draft).await {
            Ok(()) => true,
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                false
            }
        }
    }

    /// The fee for `answers`: the file's rules, then the portal's own ([`Portal::fees`]).
    fn fees(&self, v: &Visit, answers: &[(String, String)]) -> Vec<FeeLine> {
        let by_file = route::fees(&v.file, answers, v.locale);
        self.inner.portal.fees(&v.file, answers, by_file, v.locale)
    }

    /// The portal's own check of page `id` with `answers` ([`Portal::check`]).
    fn portal_check(&self, v: &Visit, id: &str, answers: &[(String, String)]) -> Vec<FieldProblem> {
        self.inner
            .portal
            .check(&v.file, id, answers)
            .iter()
            .map(Said::problem)
            .collect()
    }

    fn base(&self, v: &Visit) -> String {
        match (&v.more, &v.counter) {
            (Some(m), _) => m.at.clone(),
            (None, Some(c)) => c.base.clone(),
            (None, None) => self.address(&v.file.procedure.slug, v.locale),
        }
    }

    /// A page of the procedure; answering a request for more, its summary stands for
    /// check answers and "saved".
    fn at(&self, v: &Visit, page: &str) -> String {
        match &v.more {
            Some(m) if [at::CHECK, at::SAVED, at::SENT].contains(&page) => m.at.clone(),
            _ => format!("{}/{page}", self.base(v)),
        }
    }

    /// Where a citizen who has been as far as `seen` goes on: the first question of the
    /// route still to answer, or check answers.
    fn first_open(&self, v: &Visit, answers: &[(String, String)], seen: &str) -> String {
        match route::resume_at(&v.file, answers, seen) {
            route::Next::Page(p) => self.at(v, &p.id),
            route::Next::CheckAnswers => self.at(v, at::CHECK),
        }
    }

    /// Where a draft carries on: the page the citizen was on (as far as they had got), or
    /// the first question still to answer.
    fn resume(&self, v: &Visit, d: &Draft) -> String {
        let on_route = route::route(&v.file, &d.answers);
        match v.file.pages.iter().position(|p| p.id == d.step) {
            Some(i) if on_route.contains(&i) => self.at(v, &d.step),
            _ => self.first_open(v, &d.answers, &d.step),
        }
    }

    async fn draw(
        &self,
        v: &Visit,
        screen: Screen,
        status: StatusCode,
        cookies: &[String],
    ) -> Response {
        let form = match &screen {
            Screen::Question { .. } => Some(posted::QUESTION_FORM),
            _ => None,
        };
        // This page's address without its language (an item's too: `…/khach/2`).
        let path = v
            .uri
            .path()
            .strip_prefix(prefix(v.locale))
            .filter(|p| p.starts_with('/'))
            .unwrap_or(v.uri.path())
            .to_string();
        let mut res = self
            .inner
            .portal
            .page(Drawn {
                file: v.file.clone(),
                screen,
                locale: v.locale,
                base: self.base(v),
                path,
                form,
                headers: v.headers.clone(),
                // At the counter nobody is signed in as the citizen: the page is the desk's.
                citizen: v.citizen.clone().filter(|_| v.counter.is_none()),
                status,
                counter: self.takes_at_counter(v),
                on_behalf: v
                    .counter
                    .as_ref()
                    .and(v.citizen.as_ref())
                    .map(|c| c.name.clone()),
            })
            .await;
        *res.status_mut() = status;
        for c in cookies.iter().filter_map(|c| HeaderValue::from_str(c).ok()) {
            res.headers_mut().append(header::SET_COOKIE, c);
        }
        res
    }

    async fn start(&self, v: &Visit, level_ok: bool) -> Response {
        let draft = self.draft(v).await.ok().flatten();
        let first = v
            .file
            .pages
            .first()
            .map_or_else(|| self.at(v, at::CHECK), |p| self.at(v, &p.id));
        let begin = if level_ok {
            first
        } else {
            let level = if v.file.procedure.sign_in >= 2 {
                Level::Two
            } else {
                Level::One
            };
            let back = first.clone();
            self.inner.portal.sign_in(&back, level, v.locale)
        };
        let code = self.code_of(draft.as_ref()).await;
        let resume = draft
            .as_ref()
            .filter(|d| code.is_none() && !d.answers.is_empty())
            .map(|d| (self.resume(v, d), day(d.expires_at)));
        let screen = Screen::Start {
            begin,
            resume,
            sent: code.map(|c| c.to_string()),
        };
        self.draw(v, screen, StatusCode::OK, &[]).await
    }

    /// "Bắt đầu một hồ sơ mới": a fresh draft becomes the newest (the old one stays until
    /// it expires, a submitted one for good).
    async fn start_again(&self, v: &Visit, p: &Posted, level_ok: bool) -> Response {
        let form = p
            .pairs
            .iter()
            .find(|(n, _)| n == FORM_ID_FIELD)
            .map(|(_, f)| f.as_str());
        if form != Some(posted::NEW_FORM) || !level_ok {
            return see_other(&self.base(v), &[]);
        }
        let (owner, cookie) = self.owner(v);
        let mut fresh = self.new_draft(v, owner);
        if !self.save(&mut fresh).await {
            return see_other(&self.base(v), &[]);
        }
        let to = self.first_open(v, &[], "");
        see_other(&to, &cookie.into_iter().collect::<Vec<_>>())
    }

    /// The draft at page `id`, when the citizen may be there: a submitted dossier goes to
    /// its confirmation; a page off the route, or past the first one still to answer (or
    /// the furthest the citizen has been), to that one.
    async fn arrive(&self, v: &Visit, id: &str) -> Result<Arrived, Response> {
        let Ok(draft) = self.draft(v).await else {
            return Err(self.unavailable(v).await);
        };
        if let Some(m) = &v.more {
            return self.arrive_more(v, m, id, draft);
        }
        if let Some(d) = &draft {
            if self
                .inner
                .store
                .submitted(&d.id)
                .await
                .ok()
                .flatten()
                .is_some()
            {
                return Err(see_other(&self.at(v, at::SENT), &[]));
            }
        }
        let answers = draft.as_ref().map_or_else(
            || {
                let mut answers = Vec::new();
                self.vouch(v, &mut answers);
                answers
            },
            |d| d.answers.clone(),
        );
        let seen = draft.as_ref().map(|d| d.step.clone()).unwrap_or_default();
        let on_route = route::route(&v.file, &answers);
        let position = |id: &str| v.file.pages.iter().position(|p| p.id == id);
        let here = position(id);
        let open = match route::resume_at(&v.file, &answers, &seen) {
            route::Next::Page(p) => position(&p.id),
            route::Next::CheckAnswers => None,
        };
        let reachable = here.is_some_and(|h| {
            on_route.contains(&h) && (open.is_none_or(|o| h <= o) || position(&seen) == Some(h))
        });
        if !reachable {
            return Err(see_other(&self.first_open(v, &answers, &seen), &[]));
        }
        Ok(Arrived {
            draft,
            answers,
            seen,
        })
    }

    async fn question(&self, v: &Visit, id: &str, posted: Option<Posted>) -> Response {
        let Arrived {
            draft,
            answers,
            seen,
        } = match self.arrive(v, id).await {
            Ok(a) => a,
            Err(res) => return res,
        };
        let returning = v.returning();
        let back = if returning {
            self.at(v, at::CHECK)
        } else {
            route::previous(&v.file, &answers, id)
                .map_or_else(|| self.base(v), |p| self.at(v, &p.id))
        };
        let action = v
            .uri
            .path_and_query()
            .map_or_else(|| self.at(v, id), |p| p.as_str().to_string());
        // The identity answered this question: shown read-only, in words.
        let vouched = vouch::vouched(&answers).contains(&id.to_string()).then(|| {
            read_back(&v.file, &answers, v.locale)
                .into_iter()
                .find(|r| r.page == id)
                .map(|r| r.answer)
                .unwrap_or_default()
        });
        // A files question: what the server keeps for it already.
        let limits = self.file_limits(v, id);
        let kept = if limits.is_some() {
            self.kept_files(draft.as_ref(), id).await
        } else {
            Vec::new()
        };
        let screen = |values: Vec<(String, String)>, problems, not_saved| Screen::Question {
            page: id.to_string(),
            answers: answers.clone(),
            values,
            problems,
            back: back.clone(),
            action: action.clone(),
            not_saved,
            item: false,
            vouched: vouched.clone(),
            kept: kept.clone(),
        };
        let Some(p) = posted else {
            // Sent back from check answers: what the portal's own check finds is said.
            let problems = match returning {
                true => self.portal_check(v, id, &answers),
                false => Vec::new(),
            };
            return self
                .draw(
                    v,
                    screen(answers.clone(), problems, false),
                    StatusCode::OK,
                    &[],
                )
                .await;
        };
        let form = p
            .pairs
            .iter()
            .find(|(n, _)| n == FORM_ID_FIELD)
            .map(|(_, f)| f.as_str());
        if form == Some(posted::KEPT_FILES_FORM) {
            // "Xoá" beside a kept file: the page again, without it.
            let file = action_of(&p.pairs)
                .strip_prefix(posted::REMOVE)
                .and_then(|n| n.parse::<i64>().ok());
            if let (Some(mut d), Some(file), Some(_)) = (draft, file, &limits) {
                if !self.remove_kept_file(&mut d, id, file).await || !self.save(&mut d).await {
                    return self.unavailable(v).await;
                }
            }
            return see_other(&action, &[]);
        }
        if form != Some(posted::QUESTION_FORM) {
            return see_other(&action, &[]);
        }
        if is_language_switch(&p.pairs) || wants_communes(&p.pairs) {
            // The answers carried to the other language, or a page without a script asking
            // for a province's communes: the page again, every answer kept, nothing checked.
            return self
                .draw(
                    v,
                    screen(p.pairs.clone(), Vec::new(), false),
                    StatusCode::OK,
                    &[],
                )
                .await;
        }
        let (owner, cookie) = self.owner(v);
        let cookies: Vec<String> = cookie.into_iter().collect();
        let mut draft = draft.unwrap_or_else(|| self.new_draft(v, owner));
        let doing = action_of(&p.pairs);
        if vouched.is_some() && doing != AUTOSAVE {
            // Nothing posted changes what the identity vouched for: on along the route.
            let next = if returning {
                route::first_unanswered(&v.file, &draft.answers)
            } else {
                route::next(&v.file, &draft.answers, id)
            };
            let (reached, to) = match next {
                route::Next::Page(n) if returning => (
                    n.id.clone(),
                    format!("{}?{}", self.at(v, &n.id), at::RETURN_QUERY),
                ),
                route::Next::Page(n) => (n.id.clone(), self.at(v, &n.id)),
                route::Next::CheckAnswers => (at::CHECK.to_string(), self.at(v, at::CHECK)),
            };
            if doing == posted::SAVE {
                draft.step = route::further(&v.file, &seen, id).to_string();
                return match self.save(&mut draft).await {
                    true => see_other(&self.at(v, at::SAVED), &cookies),
                    false => self.unavailable(v).await,
                };
            }
            draft.step = route::further(&v.file, &seen, &reached).to_string();
            if !self.save(&mut draft).await {
                return self.unavailable(v).await;
            }
            return see_other(&to, &cookies);
        }
        if vouched.is_some() {
            return StatusCode::NO_CONTENT.into_response();
        }
        if doing == AUTOSAVE || doing == posted::SAVE {
            // Kept as typed, unchecked: the citizen comes back to what they wrote.
            let Some(page) = route::page(&v.file, id) else {
                return not_found();
            };
            let specs = route::specs(&v.file, page, &draft.answers, v.locale);
            super::keep_unchecked(&mut draft, &specs, &p.pairs);
            if let Some(l) = &limits {
                // The draft's answer is the files kept; "Lưu và tiếp tục sau" keeps each
                // chosen file that passes its checks (typing in the background sends none).
                if !(self.save(&mut draft).await && self.keep_files(&mut draft, id, &p, l).await) {
                    return self.unavailable(v).await;
                }
            }
            draft.step = route::further(&v.file, &seen, id).to_string();
            let saved = self.save(&mut draft).await;
            if doing == AUTOSAVE {
                let mut res = if saved {
                    StatusCode::NO_CONTENT
                } else {
                    StatusCode::SERVICE_UNAVAILABLE
                }
                .into_response();
                for c in cookies.iter().filter_map(|c| HeaderValue::from_str(c).ok()) {
                    res.headers_mut().append(header::SET_COOKIE, c);
                }
                return res;
            }
            if !saved {
                return self
                    .draw(
                        v,
                        screen(p.pairs.clone(), Vec::new(), true),
                        StatusCode::SERVICE_UNAVAILABLE,
                        &cookies,
                    )
                    .await;
            }
            return see_other(&self.at(v, at::SAVED), &cookies);
        }
        let files: Vec<_> = p
            .file_infos()
            .into_iter()
            .filter(|f| f.field == id && !f.file_name.is_empty())
            .collect();
        match post_page(
            &v.file,
            id,
            &mut draft,
            &p.pairs,
            &files,
            kept.len(),
            today_in_vietnam(),
            v.locale,
            returning,
        ) {
            None => not_found(),
            Some(Outcome::Problems(problems)) => {
                // 200, as GOV.UK services answer a page with errors to fix.
                self.draw(
                    v,
                    screen(p.pairs.clone(), problems, false),
                    StatusCode::OK,
                    &cookies,
                )
                .await
            }
            Some(Outcome::Saved(next)) => {
                // The file's rules pass: the portal's own check, on the answers as they
                // would be kept (nothing is kept while it fails).
                let said = self.portal_check(v, id, &draft.answers);
                if !said.is_empty() {
                    return self
                        .draw(
                            v,
                            screen(p.pairs.clone(), said, false),
                            StatusCode::OK,
                            &cookies,
                        )
                        .await;
                }
                // A files question's files are kept with the draft (saved first); its
                // answer is then the files kept, which decides where a return goes.
                let kept_ok = match &limits {
                    Some(l) => {
                        self.save(&mut draft).await && self.keep_files(&mut draft, id, &p, l).await
                    }
                    None => true,
                };
                let next = match (&limits, returning) {
                    (Some(_), true) => match route::first_unanswered(&v.file, &draft.answers) {
                        route::Next::Page(n) => Next::Page(n.id.clone()),
                        route::Next::CheckAnswers => Next::CheckAnswers,
                    },
                    _ => next,
                };
                let reached = match &next {
                    Next::Page(n) => n.as_str(),
                    Next::CheckAnswers => at::CHECK,
                };
                draft.step = route::further(&v.file, &seen, reached).to_string();
                if !kept_ok || !self.save(&mut draft).await {
                    return self
                        .draw(
                            v,
                            screen(p.pairs.clone(), Vec::new(), true),
                            StatusCode::SERVICE_UNAVAILABLE,
                            &cookies,
                        )
                        .await;
                }
                let to = match next {
                    Next::Page(n) if returning => {
                        format!("{}?{}", self.at(v, &n), at::RETURN_QUERY)
                    }
                    Next::Page(n) => self.at(v, &n),
                    Next::CheckAnswers => self.at(v, at::CHECK),
                };
                see_other(&to, &cookies)
            }
        }
    }

    /// The first page of the route whose answers its checks refuse (a repeating group's:
    /// the item's page), for answers kept unchecked. A page the identity answered, and a
    /// files question (its files were checked when kept), are not checked again.
    fn first_unchecked(&self, v: &Visit, answers: &[(String, String)]) -> Option<String> {
        let today = today_in_vietnam();
        let vouched = vouch::vouched(answers);
        for i in route::route(&v.file, answers) {
            let page = &v.file.pages[i];
            if vouched.contains(&page.id)
                || matches!(
                    page.answer,
                    Some(dvc_procedure::format::Answer::Files { .. })
                )
            {
                continue;
            }
            if page.group.is_some() {
                let specs = route::item_specs(page, v.locale);
                for (n, item) in dvc_procedure::group::items(answers, &page.id)
                    .iter()
                    .enumerate()
                {
                    if !check_posted(&specs, item, &[], today).is_empty() {
                        return Some(format!("{}/{}", page.id, n + 1));
                    }
                }
                continue;
            }
            let specs = route::specs(&v.file, page, answers, v.locale);
            if !check_posted(&specs, answers, &[], today).is_empty() {
                return Some(page.id.clone());
            }
        }
        None
    }

    async fn unavailable(&self, v: &Visit) -> Response {
        (StatusCode::SERVICE_UNAVAILABLE, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], match v.locale {
            Locale::Vi => "Máy chủ chưa đọc được hồ sơ của bạn. Hãy thử lại sau ít phút: các câu trả lời đã lưu vẫn còn.",
            Locale::En => "The server could not read your dossier. Try again in a few minutes: the answers saved are still there.",
        })
            .into_response()
    }

    async fn check(&self, v: &Visit, posted: Option<Posted>) -> Response {
        let Ok(draft) = self.draft(v).await else {
            return self.unavailable(v).await;
        };
        let Some(draft) = draft.filter(|d| !d.answers.is_empty()) else {
            return see_other(&self.base(v), &[]);
        };
        if self
            .inner
            .store
            .submitted(&draft.id)
            .await
            .ok()
            .flatten()
            .is_some()
        {
            return see_other(&self.at(v, at::SENT), &[]);
        }
        let answers = &draft.answers.clone();
        let missing = match route::resume_at(&v.file, answers, at::CHECK) {
            route::Next::Page(p) => Some(self.at(v, &p.id)),
            route::Next::CheckAnswers => None,
        };
        let back = route::route(&v.file, answers)
            .last()
            .map_or_else(|| self.base(v), |&i| self.at(v, &v.file.pages[i].id));
        let screen = |problems, not_saved| Screen::CheckAnswers {
            rows: read_back(&v.file, answers, v.locale),
            vouched: vouch::vouched(answers),
            fees: self.fees(v, answers),
            back: back.clone(),
            missing: missing.clone(),
            problems,
            not_saved,
        };
        let Some(p) = posted else {
            return self
                .draw(v, screen(Vec::new(), false), StatusCode::OK, &[])
                .await;
        };
        let form = p
            .pairs
            .iter()
            .find(|(n, _)| n == FORM_ID_FIELD)
            .map(|(_, f)| f.as_str());
        if action_of(&p.pairs) == AUTOSAVE {
            // The declaration is never kept ticked in advance.
            return StatusCode::NO_CONTENT.into_response();
        }
        if form != Some(posted::CHECK_FORM) || is_language_switch(&p.pairs) {
            return self
                .draw(v, screen(Vec::new(), false), StatusCode::OK, &[])
                .await;
        }
        if let Some(next) = &missing {
            return see_other(next, &[]);
        }
        // Every answer checked again as the file says (what "Lưu và tiếp tục sau" or typing
        // kept unchecked included): the first page that fails is where the citizen goes.
        if let Some(page) = self.first_unchecked(v, &draft.answers) {
            return see_other(&format!("{}?{}", self.at(v, &page), at::RETURN_QUERY), &[]);
        }
        // The portal's own check of every page (its records may have changed since).
        let failing = route::route(&v.file, &draft.answers)
            .into_iter()
            .map(|i| v.file.pages[i].id.as_str())
            .find(|page| !self.portal_check(v, page, &draft.answers).is_empty());
        if let Some(page) = failing {
            return see_other(&format!("{}?{}", self.at(v, page), at::RETURN_QUERY), &[]);
        }
        let spec = declaration_spec(v.locale);
        let problems = check_posted(
            std::slice::from_ref(&spec),
            &strip_unasked(std::slice::from_ref(&spec), &p.pairs),
            &[],
            today_in_vietnam(),
        );
        if !problems.is_empty() {
            return self
                .draw(v, screen(problems, false), StatusCode::OK, &[])
                .await;
        }
        // Only what is on the route is handed on.
        let mut draft = draft;
        let on_route = route::on_route_only(&v.file, &draft.answers);
        if on_route != draft.answers {
            draft.answers = on_route;
            if !self.save(&mut draft).await {
                return self.unavailable(v).await;
            }
        }
        let portal = &self.inner.portal;
        let agency_of = |level: &str, code: &str| portal.agency_of(level, code);
        match super::submit(
            &v.file,
            self.inner.store.as_ref(),
            &draft,
            today_in_vietnam(),
            &agency_of,
        )
        .await
        {
            Ok(Some((code, fresh))) => {
                // Handed on once, however many posts raced to submit it, as stored.
                if fresh {
                    crate::log::audit("dossier.submitted", &v.file.procedure.slug);
                    let stored = self
                        .inner
                        .store
                        .draft(&draft.id, now())
                        .await
                        .ok()
                        .flatten();
                    portal.submitted(&v.file, stored.as_ref().unwrap_or(&draft), &code);
                }
                // Its case at the desk: opened once (again after a failure in between).
                self.open_case(v, &draft, &code).await;
                see_other(&self.at(v, at::SENT), &[])
            }
            Ok(None) => {
                crate::log::failure("procedure.no_agency", &v.file.procedure.slug);
                self.draw(
                    v,
                    screen(Vec::new(), true),
                    StatusCode::SERVICE_UNAVAILABLE,
                    &[],
                )
                .await
            }
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                self.draw(
                    v,
                    screen(Vec::new(), true),
                    StatusCode::SERVICE_UNAVAILABLE,
                    &[],
                )
                .await
            }
        }
    }

    async fn saved(&self, v: &Visit) -> Response {
        let Ok(draft) = self.draft(v).await else {
            return self.unavailable(v).await;
        };
        let Some(d) = draft else {
            return see_other(&self.base(v), &[]);
        };
        let screen = Screen::Saved {
            expires: day(d.expires_at),
            resume: self.resume(v, &d),
        };
        self.draw(v, screen, StatusCode::OK, &[]).await
    }

    async fn sent(&self, v: &Visit) -> Response {
        let Ok(draft) = self.draft(v).await else {
            return self.unavailable(v).await;
        };
        let code = self.code_of(draft.as_ref()).await.zip(draft.as_ref());
        let screen = match code {
            Some((code, d)) => Screen::Sent {
                follow: match (&v.counter, &self.inner.cases, &v.citizen) {
                    (Some(c), ..) => c.follow(&code, v.locale),
                    (None, None, _) => None,
                    (None, Some(_), Some(_)) => Some(format!("{}{MINE}/{code}", prefix(v.locale))),
                    (None, Some(_), None) => {
                        Some(format!("{}{}", prefix(v.locale), look_up::LOOK_UP))
                    }
                },
                code: code.to_string(),
                fees: self.fees(v, &d.answers),
                fee: match self.fee_step(v, d, &code).await {
                    // Paid at the counter, to the office.
                    FeeStep::Due if v.counter.is_some() => FeeStep::AtOffice,
                    step => step,
                },
            },
            None => Screen::NothingSent,
        };
        self.draw(v, screen, StatusCode::OK, &[]).await
    }
}

/// What a procedure's page needs of a request: its headers, address, the client's address
/// (as the portal's hardening found it) and what was posted, if it was. Err: the post
/// could not be read (too big, not a form), answered as such.
async fn read_request(req: Request) -> Result<(HeaderMap, Uri, String, Option<Posted>), Response> {
    let (headers, uri, is_post) = (
        req.headers().clone(),
        req.uri().clone(),
        req.method() == axum::http::Method::POST,
    );
    let client_ip = req
        .extensions()
        .get::<crate::client::ClientAddr>()
        .map(|c| c.0)
        .filter(|ip| !ip.is_unspecified())
        .map_or_else(|| "127.0.0.1".to_string(), |ip| ip.to_string());
    let posted = if is_post {
        Some(
            Posted::from_request(req, &())
                .await
                .map_err(IntoResponse::into_response)?,
        )
    } else {
        None
    };
    Ok((headers, uri, client_ip, posted))
}

/// The posted action (`dvc_action`), "" when none.
fn action_of(pairs: &[(String, String)]) -> &str {
    action(pairs)
}

/// A day as the citizen reads it (dd/mm/yyyy), in Viet Nam's time.
fn day(secs: u64) -> String {
    date_in_vietnam(secs).display()
}
