//! Answering a request for more papers, when the engine keeps cases. While the office
//! waits for the citizen, the dossier's page links "Bổ sung hồ sơ"
//! (`/ho-so-cua-toi/{code}/bo-sung`): what the office asked, and each answer or paper it
//! named as it now stands, with the page that changes it.
//!
//! - Only the pages named are opened again (and a page the changes put on the route
//!   unanswered), each the procedure's own page (`…/bo-sung/{page}`): drawn, checked,
//!   kept while typing and after a network cut as any page is. They change a copy of the
//!   dossier made once per request ([`DossierStore::reopen`]): everything else stays as
//!   submitted, the files included.
//! - "Gửi bổ sung" checks the whole dossier again as submitting does, refuses to send
//!   nothing changed, keeps the copy for good ([`DossierStore::seal`]) and records "more
//!   sent" with the pages changed ([`Cases::answered`]): the dossier keeps its code, the
//!   desk sees it again with these answers, and a second post or another tab records
//!   nothing more.
//!
//! [`DossierStore::reopen`]: crate::dossiers::DossierStore::reopen
//! [`DossierStore::seal`]: crate::dossiers::DossierStore::seal
//! [`Cases::answered`]: crate::casework::Cases::answered

use super::mine::{item_words, CaseDrawn, MINE};
use super::{not_found, now, prefix, read_request, Engine, Visit};
use crate::casework::{Answered, Case, Recorded};
use crate::dossiers::{DossierCode, Draft, KeptFile, DRAFT_LIFETIME};
use crate::identity::Level;
use crate::redirect::see_other;
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dvc_procedure::casework::{more, CasePage, Happened, MoreItem, Status};
use dvc_procedure::read_back::Row;
use dvc_procedure::route;
use dvc_procedure::screen::at;
use dvc_rules::posted::{is_language_switch, AUTOSAVE, FORM_ID_FIELD};
use dvc_rules::Locale;

/// A dossier reopened to answer a request for more: what the pages of a [`Visit`] change.
pub(super) struct Reopened {
    /// The copy of the dossier's answers being changed.
    pub draft_id: String,
    /// The pages the office named.
    pub pages: Vec<String>,
    /// The page of what is asked, in this language (check answers' place).
    pub at: String,
}

/// The owner a copy is kept under: no citizen's, so that no procedure's page finds it as
/// a draft of theirs.
fn copy_owner(code: &str) -> String {
    format!("bo-sung:{code}")
}

/// The copy answering the `asks`-th request for more on dossier `code` (one per request).
fn copy_id(code: &str, asks: usize) -> String {
    format!("{code}~bo-sung-{asks}")
}

impl Engine {
    /// The page of what is asked and each page named, in both languages.
    pub(super) fn more_router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let mut r = Router::new();
        for locale in [Locale::Vi, Locale::En] {
            let base = format!("{}{MINE}/{{code}}/{}", prefix(locale), more::AT);
            for at in [
                base.clone(),
                format!("{base}/{{page}}"),
                format!("{base}/{{page}}/{{item}}"),
            ] {
                let go = move |State(e): State<Engine>,
                               Path(parts): Path<Vec<String>>,
                               req: Request| async move {
                    let mut parts = parts.into_iter();
                    let code = parts.next().unwrap_or_default();
                    e.more(locale, code, parts.next(), parts.next(), req).await
                };
                r = r.route(&at, get(go).post(go));
            }
        }
        r.with_state(self.clone())
    }

    async fn more(
        &self,
        locale: Locale,
        code: String,
        page: Option<String>,
        item: Option<String>,
        req: Request,
    ) -> Response {
        let Some(cases) = &self.inner.cases else {
            return not_found();
        };
        let (headers, uri, client_ip, posted) = match read_request(req).await {
            Ok(read) => read,
            Err(res) => return res,
        };
        let dossier = format!("{}{MINE}/{code}", prefix(locale));
        // This page's address without its language (the language switch's).
        let here = uri
            .path()
            .strip_prefix(prefix(locale))
            .unwrap_or(uri.path())
            .to_string();
        let citizen = self.inner.portal.citizen(&headers).await;
        let page_of = |screen, status, citizen| CaseDrawn {
            screen,
            locale,
            path: here.clone(),
            headers: headers.clone(),
            citizen,
            status,
        };
        let Some(c) = citizen.filter(|c| c.level >= Level::Two) else {
            if let (Some(p), Some(id)) = (&posted, page.as_deref()) {
                // The session ended while the citizen typed: what was posted is kept in
                // the copy for them (unchecked), then they sign in and come back to it.
                let kept = item.is_none()
                    && self
                        .keep_after_session(locale, &code, id, p, &headers)
                        .await;
                if super::action_of(&p.pairs) == AUTOSAVE {
                    return match kept {
                        true => StatusCode::NO_CONTENT,
                        false => StatusCode::UNAUTHORIZED,
                    }
                    .into_response();
                }
                return see_other(uri.path(), &[]);
            }
            // Signing in comes back to the dossier's page, which links here again.
            let screen = CasePage::SignIn {
                href: self.inner.portal.sign_in(&dossier, Level::Two, locale),
                look_up: format!("{}{}", prefix(locale), super::look_up::LOOK_UP),
            };
            return self.case_page(page_of(screen, StatusCode::OK, None)).await;
        };
        let case = match cases.get(&code).await {
            Ok(case) => case.filter(|k| k.owner.as_deref() == Some(c.subject.as_str())),
            Err(e) => return self.more_unavailable(locale, &e.to_string()),
        };
        let Some(case) = case else {
            let screen = CasePage::NotFound {
                back: format!("{}{MINE}", prefix(locale)),
            };
            return self
                .case_page(page_of(screen, StatusCode::NOT_FOUND, Some(c)))
                .await;
        };
        if case.status != Status::NeedsMore {
            // Sent already (from here or another tab), or the office moved it: its page.
            return see_other(&dossier, &[]);
        }
        let events = match cases.events(&case.code).await {
            Ok(events) => events,
            Err(e) => return self.more_unavailable(locale, &e.to_string()),
        };
        let asks = events
            .iter()
            .filter(|e| e.happened == Happened::MoreAsked)
            .count();
        let (Some(asked), Some(file)) = (
            events
                .iter()
                .rev()
                .find(|e| e.happened == Happened::MoreAsked),
            self.inner.procedures.get(&case.service),
        ) else {
            return not_found();
        };
        // One copy per request for more, made once however many pages open it at once.
        let copy = copy_id(&case.code, asks);
        let t = now();
        if let Err(e) = self
            .inner
            .store
            .reopen(
                &case.draft_id,
                &copy,
                &copy_owner(&case.code),
                t,
                t + DRAFT_LIFETIME.as_secs(),
            )
            .await
        {
            return self.more_unavailable(locale, &e.to_string());
        }
        let summary = format!("{}{MINE}/{code}/{}", prefix(locale), more::AT);
        if page.is_some() && matches!(self.inner.store.submitted(&copy).await, Ok(Some(_))) {
            // Kept for good already (its sending failed half-way): nothing more changes
            // it; the page of what is asked sends it again.
            return see_other(&summary, &[]);
        }
        let visit = Visit {
            file,
            locale,
            headers,
            uri,
            citizen: Some(c),
            client_ip,
            more: Some(Reopened {
                draft_id: copy,
                pages: asked.items.clone(),
                at: summary,
            }),
            counter: None,
        };
        match (page.as_deref(), item.as_deref()) {
            (None, _) => {
                self.more_summary(&visit, &case, (asked, asks), posted)
                    .await
            }
            (Some(id), item) => match (route::page(&visit.file, id), item) {
                (None, _) => not_found(),
                (Some(p), None) if p.group.is_some() => self.group_list(&visit, id, posted).await,
                (Some(p), Some(n)) if p.group.is_some() => {
                    self.group_item(&visit, id, n, posted).await
                }
                (Some(_), Some(_)) => not_found(),
                (Some(_), None) => self.question(&visit, id, posted).await,
            },
        }
    }

    /// Keeps what was posted to page `id` of the copy answering a request for more on
    /// dossier `code`, after the session ended, when it was the dossier's citizen's
    /// (`Portal::ended_subject`): unchecked, as typing is kept; files are not (they are sent
    /// again). Whether it was kept.
    async fn keep_after_session(
        &self,
        locale: Locale,
        code: &str,
        id: &str,
        p: &crate::forms::Posted,
        headers: &axum::http::HeaderMap,
    ) -> bool {
        let (Some(cases), Some(subject)) = (
            &self.inner.cases,
            self.inner.portal.ended_subject(headers).await,
        ) else {
            return false;
        };
        let Ok(Some(case)) = cases.get(code).await else {
            return false;
        };
        let Ok(events) = cases.events(code).await else {
            return false;
        };
        let asked: Vec<&Recorded> = events
            .iter()
            .filter(|e| e.happened == Happened::MoreAsked)
            .collect();
        let (Some(last), Some(file)) = (asked.last(), self.inner.procedures.get(&case.service))
        else {
            return false;
        };
        let theirs =
            case.owner.as_deref() == Some(subject.as_str()) && case.status == Status::NeedsMore;
        let named = last.items.iter().any(|i| i == id);
        let Some(page) = route::page(&file, id).filter(|_| theirs && named) else {
            return false;
        };
        let copy = copy_id(&case.code, asked.len());
        let Ok(Some(mut draft)) = self.inner.store.draft(&copy, now()).await else {
            return false;
        };
        let specs = route::specs(&file, page, &draft.answers, locale);
        crate::procedures::keep_unchecked(&mut draft, &specs, &p.pairs);
        self.save(&mut draft).await
    }

    /// The copy at page `id`, when it may be changed there: a page named, or one the
    /// changes put on the route unanswered; any other goes to the page of what is asked.
    pub(super) fn arrive_more(
        &self,
        v: &Visit,
        m: &Reopened,
        id: &str,
        draft: Option<Draft>,
    ) -> Result<super::Arrived, Response> {
        let Some(draft) = draft else {
            return Err(see_other(&m.at, &[]));
        };
        let on_route = route::route(&v.file, &draft.answers);
        let here = v.file.pages.iter().position(|p| p.id == id);
        // A page the changes put on the route unanswered, or one that sending found wrong
        // (a rule of today's date, the portal's records): the citizen must reach it.
        let unanswered = matches!(
            route::first_unanswered(&v.file, &draft.answers),
            route::Next::Page(p) if p.id == id
        );
        let to_fix = || {
            self.first_unchecked(v, &draft.answers)
                .is_some_and(|p| p == id || p.starts_with(&format!("{id}/")))
                || !self.portal_check(v, id, &draft.answers).is_empty()
        };
        let may = here.is_some_and(|h| on_route.contains(&h))
            && (m.pages.iter().any(|p| p == id) || unanswered || to_fix());
        if !may {
            return Err(see_other(&m.at, &[]));
        }
        Ok(super::Arrived {
            answers: draft.answers.clone(),
            seen: draft.step.clone(),
            draft: Some(draft),
        })
    }

    /// The page of what is asked, and "Gửi bổ sung".
    async fn more_summary(
        &self,
        v: &Visit,
        case: &Case,
        (asked, request): (&Recorded, usize),
        posted: Option<crate::forms::Posted>,
    ) -> Response {
        let Some(m) = &v.more else {
            return not_found();
        };
        let store = &self.inner.store;
        let (copy, original) = (
            store.draft(&m.draft_id, now()).await,
            store.draft(&case.draft_id, now()).await,
        );
        let (Ok(Some(mut copy)), Ok(original)) = (copy, original) else {
            return self.more_unavailable(v.locale, "a dossier's copy or its answers");
        };
        let items = self.more_items(v, &copy, original.as_ref()).await;
        let dossier = format!("{}{MINE}/{}", prefix(v.locale), case.code);
        let draw = |unchanged: bool| CaseDrawn {
            screen: CasePage::More {
                line: self.line(case, v.locale),
                asked: self.event(Some(&v.file), asked, v.locale),
                items: items.clone(),
                unchanged,
                request,
                back: dossier.clone(),
            },
            locale: v.locale,
            path: format!("{MINE}/{}/{}", case.code, more::AT),
            headers: v.headers.clone(),
            citizen: v.citizen.clone(),
            status: StatusCode::OK,
        };
        let Some(p) = posted else {
            return self.case_page(draw(false)).await;
        };
        if super::action_of(&p.pairs) == AUTOSAVE {
            return StatusCode::NO_CONTENT.into_response();
        }
        let form = p
            .pairs
            .iter()
            .find(|(n, _)| n == FORM_ID_FIELD)
            .map(|(_, f)| f.as_str());
        if form != Some(more::FORM) || is_language_switch(&p.pairs) {
            return self.case_page(draw(false)).await;
        }
        let answering = p
            .pairs
            .iter()
            .find(|(n, _)| n == more::REQUEST)
            .and_then(|(_, r)| r.parse::<usize>().ok());
        if answering != Some(request) {
            // A page left open from an earlier request: this one's page, nothing sent.
            return see_other(&m.at, &[]);
        }
        // The whole dossier checked again, as submitting does: the first page to fix is
        // where the citizen goes, its problems shown.
        let fix =
            |page: &str| see_other(&format!("{}?{}", self.at(v, page), at::RETURN_QUERY), &[]);
        if let route::Next::Page(p) = route::first_unanswered(&v.file, &copy.answers) {
            return fix(&p.id);
        }
        if let Some(page) = self.first_unchecked(v, &copy.answers) {
            return fix(&page);
        }
        let failing = route::route(&v.file, &copy.answers)
            .into_iter()
            .map(|i| v.file.pages[i].id.clone())
            .find(|page| !self.portal_check(v, page, &copy.answers).is_empty());
        if let Some(page) = failing {
            return fix(&page);
        }
        let changed: Vec<String> = items
            .iter()
            .filter(|i| i.changed)
            .map(|i| i.page.clone())
            .collect();
        if changed.is_empty() {
            return self.case_page(draw(true)).await;
        }
        // Only what is on the route is handed on.
        let on_route = route::on_route_only(&v.file, &copy.answers);
        if on_route != copy.answers {
            copy.answers = on_route;
            if !self.save(&mut copy).await {
                return self.more_unavailable(v.locale, "a dossier's copy");
            }
        }
        let Ok(code) = DossierCode::parse(&case.code) else {
            return self.more_unavailable(v.locale, "a case's code");
        };
        let Some(cases) = &self.inner.cases else {
            return not_found();
        };
        // Kept for good first: the case then names answers nothing can change. A post
        // that finds it kept already (a retry after a failure) goes on to record it.
        if let Err(e) = store.seal(&copy.id, &code).await {
            return self.more_unavailable(v.locale, &e.to_string());
        }
        let sent = Recorded {
            items: changed.clone(),
            ..Recorded::by_citizen(Happened::MoreSent, now())
        };
        // What was kept for good, whatever another tab saved before the seal.
        let copy = match store.draft(&copy.id, now()).await {
            Ok(Some(kept)) => kept,
            _ => copy,
        };
        let (applicant, factors) =
            super::mine::applicant_of(&v.file, &copy.answers, v.citizen.as_ref());
        let now_is = Answered {
            draft_id: copy.id.clone(),
            applicant: if applicant.is_empty() {
                case.applicant.clone()
            } else {
                applicant
            },
            factors,
        };
        match cases.answered(&case.code, &now_is, &sent).await {
            Ok(true) => {
                crate::log::audit("dossier.more_sent", &v.file.procedure.slug);
                self.inner.portal.more_sent(&v.file, &copy, &code, &changed);
                see_other(&format!("{dossier}?{}", more::SENT_QUERY), &[])
            }
            // Sent from another tab, or moved by the office meanwhile: its page says.
            Ok(false) => see_other(&dossier, &[]),
            Err(e) => self.more_unavailable(v.locale, &e.to_string()),
        }
    }

    /// Each page named, as it now stands in `copy`, and whether it differs from the
    /// dossier as it was when the office asked (`original`).
    async fn more_items(&self, v: &Visit, copy: &Draft, original: Option<&Draft>) -> Vec<MoreItem> {
        let Some(m) = &v.more else {
            return Vec::new();
        };
        let now_rows = dvc_procedure::read_back::read_back(&v.file, &copy.answers, v.locale);
        let was_rows = original
            .map(|o| dvc_procedure::read_back::read_back(&v.file, &o.answers, v.locale))
            .unwrap_or_default();
        // A page's rows: its own, or a repeating group's items ("khach/2").
        let said = |rows: &[Row], id: &str| {
            rows.iter()
                .filter(|r| r.page == id || r.page.starts_with(&format!("{id}/")))
                .map(|r| r.answer.clone())
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut items = Vec::new();
        for id in &m.pages {
            if !now_rows
                .iter()
                .any(|r| r.page == *id || r.page.starts_with(&format!("{id}/")))
            {
                // Off the route now (another answer changed it): nothing to send for it.
                continue;
            }
            let (now, was) = (said(&now_rows, id), said(&was_rows, id));
            let files_changed = match (self.file_limits(v, id), original) {
                (Some(_), Some(o)) => {
                    let listed = |list: Vec<KeptFile>| {
                        list.into_iter()
                            .map(|f| (f.name, f.bytes))
                            .collect::<Vec<_>>()
                    };
                    let store = &self.inner.store;
                    let (a, b) = (
                        store.files(&copy.id, id).await,
                        store.files(&o.id, id).await,
                    );
                    match (a, b) {
                        (Ok(a), Ok(b)) => listed(a) != listed(b),
                        _ => false,
                    }
                }
                _ => false,
            };
            items.push(MoreItem {
                page: id.clone(),
                question: item_words(&v.file, std::slice::from_ref(id), v.locale)
                    .pop()
                    .unwrap_or_default(),
                answer: now.clone(),
                href: self.at(v, id),
                changed: now != was || files_changed,
            });
        }
        items
    }

    /// The store failed (logged): said as plain words, nothing typed being lost (what was
    /// kept stays kept).
    fn more_unavailable(&self, locale: Locale, what: &str) -> Response {
        crate::log::failure("store.failed", what);
        (
            StatusCode::SERVICE_UNAVAILABLE,
            [(axum::http::header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            match locale {
                Locale::Vi => "Máy chủ chưa đọc được hồ sơ của bạn. Hãy thử lại sau ít phút: những gì đã lưu vẫn còn.",
                Locale::En => "The server could not read your dossier. Try again in a few minutes: what was saved is still there.",
            },
        )
            .into_response()
    }
}
