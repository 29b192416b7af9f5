//! The citizen's side of a submitted dossier, when the engine keeps cases
//! ([`Engine::with_cases`]): the case opened at submission (once, whatever races), "Hồ sơ
//! của tôi" (`/ho-so-cua-toi`: the signed-in citizen's dossiers) and each dossier's page
//! (`/ho-so-cua-toi/{code}`: where it stands, what to do, its timeline in words, the
//! answers as submitted). Only the dossier's own citizen, signed in, sees it: another
//! citizen's code reads as unknown.

use super::{now, prefix, Engine, Visit};
use crate::casework::{last_digits, Case, Opening, Recorded};
use crate::dossiers::{DossierCode, Draft};
use crate::forms::date_in_vietnam;
use crate::identity::{Citizen, Level};
use axum::extract::{Path, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use dvc_procedure::casework::{Actor, CasePage, DossierLine, Event, Happened};
use dvc_procedure::format::{Answer, ProcedureFile};
use dvc_procedure::route::{self, words};
use dvc_rules::Locale;

/// A dossier as its pages show it ([`Engine::story`]).
pub(super) struct Story {
    /// Its events in words, newest first.
    pub timeline: Vec<Event>,
    pub draft: Option<Draft>,
    /// Its answers read back: (question, answer).
    pub rows: Vec<(String, String)>,
}

/// The most messages "Hồ sơ của tôi" shows.
pub const NOTICES: usize = 10;

/// "Hồ sơ của tôi", in either language after its prefix.
pub const MINE: &str = "/ho-so-cua-toi";

/// One page of the dossier's life for the portal to draw
/// (`dvc_ui::flow::CaseScreen`).
pub struct CaseDrawn {
    pub screen: CasePage,
    pub locale: Locale,
    /// This page's address without its language (the language switch's).
    pub path: String,
    pub headers: HeaderMap,
    pub citizen: Option<Citizen>,
    pub status: StatusCode,
}

/// The applicant's name and the look-up's factors, from a dossier's answers: the first
/// name the route asks, and the last digits of each identification and phone number given.
fn applicant(file: &ProcedureFile, answers: &[(String, String)]) -> (String, Vec<String>) {
    let value = |id: &str| {
        answers
            .iter()
            .find(|(n, v)| n == id && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
    };
    let mut name = None;
    let mut factors = Vec::new();
    for i in route::route(file, answers) {
        let page = &file.pages[i];
        match &page.answer {
            Some(Answer::Name) if name.is_none() => name = value(&page.id),
            Some(Answer::CitizenId { .. } | Answer::Phone { .. }) => {
                factors.extend(value(&page.id).as_deref().and_then(last_digits));
            }
            _ => {}
        }
    }
    (name.unwrap_or_default(), factors)
}

/// The same, with the signed-in citizen who submitted (their name when no answer gives
/// one; their identity's number is a factor too), the factors sorted and once each.
pub(super) fn applicant_of(
    file: &ProcedureFile,
    answers: &[(String, String)],
    citizen: Option<&Citizen>,
) -> (String, Vec<String>) {
    let (mut name, mut factors) = applicant(file, answers);
    if let Some(c) = citizen {
        if name.is_empty() {
            name = c.name.clone();
        }
        factors.extend(c.id_number.as_deref().and_then(last_digits));
    }
    factors.sort();
    factors.dedup();
    (name, factors)
}

/// When, as read in Viet Nam ("14:03, 05/12/2026").
pub(crate) fn moment(secs: u64) -> String {
    let local = secs + 7 * 3600;
    format!(
        "{:02}:{:02}, {}",
        local / 3600 % 24,
        local / 60 % 60,
        date_in_vietnam(secs).display()
    )
}

/// The same for a machine ("2026-12-05T14:03+07:00").
pub(crate) fn moment_iso(secs: u64) -> String {
    let local = secs + 7 * 3600;
    let d = date_in_vietnam(secs);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}+07:00",
        d.year,
        d.month,
        d.day,
        local / 3600 % 24,
        local / 60 % 60
    )
}

/// The short name of each page named (what is asked for or was sent).
pub(crate) fn item_words(file: &ProcedureFile, items: &[String], locale: Locale) -> Vec<String> {
    items
        .iter()
        .filter_map(|id| route::page(file, id))
        .map(|p| words(p.short.as_ref().unwrap_or(&p.question), locale).to_string())
        .collect()
}

impl Engine {
    /// Opens the case of the dossier `draft` submitted as `code` (again after a crash
    /// between the two: the same case), by the visit's citizen (their identity's number is
    /// a factor too), or by the office at whose counter it was submitted. A failure is
    /// logged: the dossier is submitted whatever the desk's list says, and the next post or
    /// view opens it.
    pub(super) async fn open_case(&self, v: &Visit, draft: &Draft, code: &DossierCode) {
        let Some(cases) = &self.inner.cases else {
            return;
        };
        let (name, factors) = applicant_of(&v.file, &draft.answers, v.citizen.as_ref());
        let opening = Opening {
            code: code.to_string(),
            draft_id: draft.id.clone(),
            service: v.file.procedure.slug.clone(),
            agency: code.agency.clone(),
            owner: draft.owner.clone().filter(|o| !o.starts_with("may:")),
            applicant: name,
            at: now(),
            factors,
        };
        let opened = match &v.counter {
            Some(c) => cases.open_at_counter(&opening, &c.agency, &c.officer).await,
            None => cases.open(&opening).await,
        };
        if let Err(e) = opened {
            crate::log::failure("store.failed", &e.to_string());
        }
    }

    /// "Hồ sơ của tôi" and each dossier's page, in both languages.
    pub(super) fn mine_router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let mut r = Router::new();
        for locale in [Locale::Vi, Locale::En] {
            let list = move |State(e): State<Engine>, req: Request| async move {
                e.mine(locale, None, req.headers(), false).await
            };
            let one = move |State(e): State<Engine>, Path(code): Path<String>, req: Request| async move {
                // Back from sending what a request for more asked: said in a banner.
                let sent = req.uri().query() == Some(dvc_procedure::casework::more::SENT_QUERY);
                e.mine(locale, Some(code), req.headers(), sent).await
            };
            r = r
                .route(&format!("{}{MINE}", prefix(locale)), get(list))
                .route(&format!("{}{MINE}/{{code}}", prefix(locale)), get(one));
        }
        r.with_state(self.clone()).merge(self.more_router())
    }

    /// The line of `case` in the list.
    pub(super) fn line(&self, case: &Case, locale: Locale) -> DossierLine {
        let procedure = self.inner.procedures.get(&case.service).map_or_else(
            || case.service.clone(),
            |f| words(&f.procedure.title, locale).to_string(),
        );
        DossierLine {
            code: case.code.clone(),
            procedure,
            href: format!("{}{MINE}/{}", prefix(locale), case.code),
            submitted: case.received_day().display(),
            due: case.due.map(|d| d.display()),
            status: case.status,
        }
    }

    /// An event in the citizen's words.
    pub(super) fn event(
        &self,
        file: Option<&ProcedureFile>,
        e: &Recorded,
        locale: Locale,
    ) -> Event {
        Event {
            happened: e.happened,
            by: match &e.office {
                Some(agency) => Actor::Office(self.inner.portal.office(agency, locale)),
                None => Actor::Citizen,
            },
            when: moment(e.at),
            datetime: moment_iso(e.at),
            reason: e.reason.clone(),
            basis: e.basis.clone(),
            due: e.due.map(|d| d.display()),
            items: file
                .map(|f| item_words(f, &e.items, locale))
                .unwrap_or_default(),
        }
    }

    async fn mine(
        &self,
        locale: Locale,
        code: Option<String>,
        headers: &HeaderMap,
        sent_more: bool,
    ) -> Response {
        let path = match &code {
            Some(c) => format!("{MINE}/{c}"),
            None => MINE.to_string(),
        };
        let citizen = self.inner.portal.citizen(headers).await;
        let draw = |screen: CasePage, status: StatusCode, citizen: Option<Citizen>| CaseDrawn {
            screen,
            locale,
            path: path.clone(),
            headers: headers.clone(),
            citizen,
            status,
        };
        let Some(cases) = &self.inner.cases else {
            return super::not_found();
        };
        let Some(c) = citizen.filter(|c| c.level >= Level::Two) else {
            let back = format!("{}{path}", prefix(locale));
            let screen = CasePage::SignIn {
                href: self.inner.portal.sign_in(&back, Level::Two, locale),
                look_up: format!("{}{}", prefix(locale), super::look_up::LOOK_UP),
            };
            return self.case_page(draw(screen, StatusCode::OK, None)).await;
        };
        let list = format!("{}{MINE}", prefix(locale));
        let Some(code) = code else {
            return match cases.of_owner(&c.subject).await {
                Ok(all) => {
                    let dossiers = all.iter().map(|case| self.line(case, locale)).collect();
                    let notices = self.notices(&all, locale).await;
                    let screen = CasePage::Mine { notices, dossiers };
                    self.case_page(draw(screen, StatusCode::OK, Some(c))).await
                }
                Err(e) => {
                    self.case_unavailable(
                        e,
                        draw(
                            CasePage::Mine {
                                notices: vec![],
                                dossiers: vec![],
                            },
                            StatusCode::SERVICE_UNAVAILABLE,
                            Some(c),
                        ),
                    )
                    .await
                }
            };
        };
        let case = match cases.get(&code).await {
            Ok(case) => case.filter(|k| k.owner.as_deref() == Some(c.subject.as_str())),
            Err(e) => {
                let screen = CasePage::NotFound { back: list };
                return self
                    .case_unavailable(e, draw(screen, StatusCode::SERVICE_UNAVAILABLE, Some(c)))
                    .await;
            }
        };
        let Some(case) = case else {
            let screen = CasePage::NotFound { back: list };
            return self
                .case_page(draw(screen, StatusCode::NOT_FOUND, Some(c)))
                .await;
        };
        let Ok(Story { timeline, rows, .. }) = self.story(&case, locale).await else {
            let screen = CasePage::NotFound { back: list };
            return self
                .case_page(draw(screen, StatusCode::SERVICE_UNAVAILABLE, Some(c)))
                .await;
        };
        let needs_more = case.status == dvc_procedure::casework::Status::NeedsMore;
        let asked = needs_more
            .then(|| {
                timeline
                    .iter()
                    .find(|e| e.happened == Happened::MoreAsked)
                    .cloned()
            })
            .flatten();
        let screen = CasePage::Dossier {
            line: self.line(&case, locale),
            answer_more: needs_more.then(|| {
                format!(
                    "{}{MINE}/{}/{}",
                    prefix(locale),
                    case.code,
                    dvc_procedure::casework::more::AT
                )
            }),
            sent_more: sent_more && !needs_more,
            asked,
            timeline,
            rows,
            receipt: None,
            back: list,
        };
        self.case_page(draw(screen, StatusCode::OK, Some(c))).await
    }

    /// The office's messages to the citizen about `cases` (the events that need them),
    /// newest first, the most recent [`NOTICES`].
    async fn notices(&self, cases: &[Case], locale: Locale) -> Vec<(String, String, Event)> {
        let Some(store) = &self.inner.cases else {
            return Vec::new();
        };
        let mut all: Vec<(u64, String, String, Event)> = Vec::new();
        for case in cases {
            let file = self.inner.procedures.get(&case.service);
            let href = format!("{}{MINE}/{}", prefix(locale), case.code);
            for e in store.events(&case.code).await.unwrap_or_default() {
                if e.happened.tells_citizen() {
                    let said = self.event(file.as_deref(), &e, locale);
                    all.push((e.at, case.code.clone(), href.clone(), said));
                }
            }
        }
        all.sort_by(|a, b| b.0.cmp(&a.0));
        all.into_iter()
            .take(NOTICES)
            .map(|(_, code, href, e)| (code, href, e))
            .collect()
    }

    /// What the citizen's and the desk's pages show of `case`: its events in words (newest
    /// first), its draft, and its answers read back as submitted. Err: the store failed
    /// (logged).
    pub(super) async fn story(&self, case: &Case, locale: Locale) -> Result<Story, ()> {
        let cases = self.inner.cases.as_ref().ok_or(())?;
        let file = self.inner.procedures.get(&case.service);
        let (events, draft) = (
            cases.events(&case.code).await,
            self.inner.store.draft(&case.draft_id, now()).await,
        );
        let (Ok(events), Ok(draft)) = (events, draft) else {
            crate::log::failure("store.failed", "a dossier's events or answers");
            return Err(());
        };
        let rows = match (&file, &draft) {
            (Some(f), Some(d)) => super::read_back(f, &d.answers, locale)
                .into_iter()
                .map(|r| (r.question, r.answer))
                .collect(),
            _ => Vec::new(),
        };
        let timeline = events
            .iter()
            .rev()
            .map(|e| self.event(file.as_deref(), e, locale))
            .collect();
        Ok(Story {
            timeline,
            draft,
            rows,
        })
    }

    async fn case_unavailable(&self, e: crate::database::StoreError, page: CaseDrawn) -> Response {
        crate::log::failure("store.failed", &e.to_string());
        self.case_page(page).await
    }

    /// The portal draws the page; its status is the engine's.
    pub(super) async fn case_page(&self, page: CaseDrawn) -> Response {
        let status = page.status;
        let mut res = self.inner.portal.case_page(page).await;
        *res.status_mut() = status;
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moment_is_read_in_viet_nam() {
        // 2026-12-05 07:03:00 UTC is 14:03 in Viet Nam.
        assert_eq!(moment(1_796_454_180), "14:03, 05/12/2026");
        assert_eq!(moment_iso(1_796_454_180), "2026-12-05T14:03+07:00");
        // 17:30 UTC is past midnight there: the next day.
        assert_eq!(moment(1_796_491_800), "00:30, 06/12/2026");
    }

    #[test]
    fn the_applicant_and_the_factors_come_from_the_answers_on_the_route() {
        let file = dvc_procedure::read(
            "x.toml",
            include_str!("../../../../demo/procedures/dang-ky-thuong-tru.toml"),
        )
        .unwrap();
        let answers = vec![
            ("ho-ten".to_string(), "Lò Văn Páo".to_string()),
            ("so-dinh-danh".into(), "001090100027".into()),
            ("so-dien-thoai".into(), "0912 345 678".into()),
        ];
        let (name, factors) = applicant(&file, &answers);
        assert_eq!(name, "Lò Văn Páo");
        assert_eq!(factors, vec!["0027".to_string(), "5678".to_string()]);
    }
}
