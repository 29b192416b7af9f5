//! At the counter, when the engine has a desk: a citizen who needs an official to finish
//! hands their draft to the officer in front of them.
//!
//! - The citizen's side (`/thu-tuc/{slug}/tai-quay`, signed in, with a draft): "Tạo mã cho
//!   cán bộ" shows a six-digit code once (one use, ten minutes; a new one replaces it),
//!   and the page says which office opened the draft, and when.
//! - The officer's side (`/mot-cua/tai-quay`): they type the code; a wrong, used or late
//!   one is said as such (wrong ones counted against the officer). Taken, the draft's
//!   pages are the procedure's own under `/mot-cua/tai-quay/{hand-off}/…`: the same
//!   questions, checks, autosave and check answers, standing for the citizen (what their
//!   identity vouched for stays vouched). Submitting there records "submitted at the
//!   counter for the citizen" by the office; the fee is then the office's to take.
//!
//! The citizen may carry on from their own device all the while: it is one draft.

use super::desk::{problem, DeskDrawn, DESK};
use super::mine::moment;
use super::{not_found, now, prefix, read_request, Engine, Visit};
use crate::casework::counter::{spaced, well_formed, Took, CODE_LIFETIME};
use crate::casework::officers::Officer;
use crate::dossiers::DossierCode;
use crate::forms::Posted;
use crate::redirect::see_other;
use axum::extract::{FromRequest, Path, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dvc_procedure::casework::{counter, DeskPage};
use dvc_procedure::screen::{at, posted, Screen};
use dvc_rules::form::FieldProblem;
use dvc_rules::posted::{is_language_switch, FORM_ID_FIELD};
use dvc_rules::Locale;

/// An officer at work on a draft handed over (a [`Visit`]'s `counter`).
pub(super) struct AtCounter {
    pub draft_id: String,
    /// The draft's pages' address (`/mot-cua/tai-quay/{hand-off}`, in the language).
    pub base: String,
    pub agency: String,
    pub officer: String,
}

impl AtCounter {
    /// Where the officer sees the dossier once submitted: the desk's page of it, when it
    /// is their agency's.
    pub fn follow(&self, code: &DossierCode, locale: Locale) -> Option<String> {
        (code.agency == self.agency).then(|| format!("{}{DESK}/ho-so/{code}", prefix(locale)))
    }
}

/// "10:52" in Viet Nam.
fn clock(secs: u64) -> String {
    moment(secs)
        .split(',')
        .next()
        .unwrap_or_default()
        .to_string()
}

impl Engine {
    /// Whether the page links the counter: the engine has a desk, and a signed-in citizen
    /// fills in their own draft.
    pub(super) fn takes_at_counter(&self, v: &Visit) -> bool {
        self.inner.desk.is_some() && v.citizen.is_some() && v.counter.is_none() && v.more.is_none()
    }

    /// The citizen's counter page: which office opened the draft, and a code to hand it
    /// over (shown on the page that made it only).
    pub(super) async fn counter_page(&self, v: &Visit, posted: Option<Posted>) -> Response {
        let (Some(cases), Some(citizen)) = (&self.inner.cases, &v.citizen) else {
            return not_found();
        };
        if !self.takes_at_counter(v) {
            return not_found();
        }
        let Ok(draft) = self.draft(v).await else {
            return self.unavailable(v).await;
        };
        let Some(draft) = draft.filter(|d| !d.answers.is_empty()) else {
            return see_other(&self.base(v), &[]);
        };
        if self.code_of(Some(&draft)).await.is_some() {
            return see_other(&self.at(v, at::SENT), &[]);
        }
        let made = match &posted {
            Some(p)
                if p.pairs
                    .iter()
                    .any(|(n, f)| n == FORM_ID_FIELD && f == posted::COUNTER_FORM) =>
            {
                let t = now();
                match cases
                    .hand_off(&draft.id, &v.file.procedure.slug, citizen, t)
                    .await
                {
                    Ok(code) => {
                        crate::log::audit("counter.code_made", &v.file.procedure.slug);
                        Some((spaced(&code), clock(t + CODE_LIFETIME)))
                    }
                    Err(e) => {
                        crate::log::failure("store.failed", &e.to_string());
                        return self.unavailable(v).await;
                    }
                }
            }
            Some(_) => return see_other(&self.at(v, at::COUNTER), &[]),
            None => None,
        };
        let opened = match cases.last_taken(&draft.id).await {
            Ok(h) => h
                .and_then(|h| h.taken)
                .map(|(t, agency, _)| (self.inner.portal.office(&agency, v.locale), moment(t))),
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                None
            }
        };
        let screen = Screen::Counter {
            code: made,
            opened,
            back: self.resume(v, &draft),
        };
        let mut res = self.draw(v, screen, StatusCode::OK, &[]).await;
        // The code is on it: kept by no browser or proxy.
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }

    /// The desk's counter pages, in both languages: the code's form, and the draft's pages.
    pub(super) fn counter_router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let mut r = Router::new();
        for l in [Locale::Vi, Locale::En] {
            let base = format!("{}{DESK}/{}", prefix(l), counter::AT);
            let take = move |State(e): State<Engine>, req: Request| async move {
                e.take_at_counter(l, req).await
            };
            r = r.route(&base, get(take).post(take));
            for at in [
                format!("{base}/{{id}}"),
                format!("{base}/{{id}}/{{page}}"),
                format!("{base}/{{id}}/{{page}}/{{item}}"),
            ] {
                let go = move |State(e): State<Engine>,
                               Path(parts): Path<Vec<String>>,
                               req: Request| async move {
                    let mut parts = parts.into_iter();
                    let id = parts.next().unwrap_or_default();
                    e.at_counter(l, id, parts.next(), parts.next(), req).await
                };
                r = r.route(&at, get(go).post(go));
            }
        }
        r.with_state(self.clone())
    }

    async fn counter_drawn(
        &self,
        locale: Locale,
        officer: Officer,
        req_headers: axum::http::HeaderMap,
        values: Vec<(String, String)>,
        problems: Vec<FieldProblem>,
        status: StatusCode,
    ) -> Response {
        let page = DeskDrawn {
            page: DeskPage::Counter {
                values,
                problems,
                back: self.desk_at(locale, ""),
            },
            locale,
            path: format!("{DESK}/{}", counter::AT),
            headers: req_headers,
            officer: Some(officer),
            status,
        };
        self.desk_page(page, &[]).await
    }

    /// The officer types the citizen's code: the draft's first open page, or why not.
    async fn take_at_counter(&self, locale: Locale, req: Request) -> Response {
        let Some(cases) = self.inner.cases.clone() else {
            return not_found();
        };
        let headers = req.headers().clone();
        let officer = match self.officer_or_sign_in(locale, &headers).await {
            Ok(o) => o,
            Err(r) => return r,
        };
        if req.method() != axum::http::Method::POST {
            return self
                .counter_drawn(locale, officer, headers, vec![], vec![], StatusCode::OK)
                .await;
        }
        let posted = match Posted::from_request(req, &()).await {
            Ok(p) => p,
            Err(e) => return e.into_response(),
        };
        let typed = posted
            .pairs
            .iter()
            .find(|(n, _)| n == counter::CODE)
            .map_or("", |(_, v)| v.trim())
            .to_string();
        let values = vec![(counter::CODE.to_string(), typed.clone())];
        let form = posted
            .pairs
            .iter()
            .any(|(n, f)| n == FORM_ID_FIELD && f == counter::FORM);
        if !form || is_language_switch(&posted.pairs) {
            return self
                .counter_drawn(locale, officer, headers, values, vec![], StatusCode::OK)
                .await;
        }
        let said = |vi: &str, en: &str| vec![problem(counter::CODE, vi, en)];
        let refused = |problems| {
            self.counter_drawn(
                locale,
                officer.clone(),
                headers.clone(),
                values.clone(),
                problems,
                StatusCode::OK,
            )
        };
        if typed.is_empty() {
            return refused(said(
                "Nhập mã công dân đưa",
                "Enter the code the citizen gives you",
            ))
            .await;
        }
        if !well_formed(&typed) {
            return refused(said(
                "Mã gồm đúng 6 chữ số, ví dụ 482 913",
                "The code is exactly 6 digits, for example 482 913",
            ))
            .await;
        }
        let t = now();
        let took = cases
            .take_hand_off(&typed, &officer.agency, &officer.login, t)
            .await;
        let problems = match took {
            Ok(Took::Taken(h)) => {
                crate::log::audit("counter.taken", &h.service);
                let to = format!("{}{DESK}/{}/{}", prefix(locale), counter::AT, h.id);
                return see_other(&to, &[]);
            }
            Ok(Took::Used) => said(
                "Mã này đã được dùng. Mỗi mã chỉ dùng một lần: nhờ công dân tạo mã mới",
                "This code has been used. Each code works once: ask the citizen to make a new one",
            ),
            Ok(Took::Late) => said(
                "Mã này đã hết hạn (mỗi mã dùng trong 10 phút): nhờ công dân tạo mã mới",
                "This code has expired (each code works for 10 minutes): ask the citizen to make a new one",
            ),
            Ok(Took::Unknown) => said(
                "Không có mã này. Kiểm tra lại từng chữ số với công dân",
                "There is no such code. Check each digit with the citizen",
            ),
            Ok(Took::Locked { until }) => {
                let vi = format!(
                    "Bạn đã nhập sai mã quá nhiều lần. Hãy thử lại sau {}",
                    clock(until)
                );
                let en = format!("You have entered too many wrong codes. Try again after {}", clock(until));
                vec![problem(counter::CODE, &vi, &en)]
            }
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                return self
                    .counter_drawn(
                        locale,
                        officer,
                        headers,
                        values,
                        vec![],
                        StatusCode::SERVICE_UNAVAILABLE,
                    )
                    .await;
            }
        };
        refused(problems).await
    }

    /// A page of a draft handed over, for the office that took it: the procedure's own,
    /// standing for the citizen.
    async fn at_counter(
        &self,
        locale: Locale,
        id: String,
        page: Option<String>,
        item: Option<String>,
        req: Request,
    ) -> Response {
        let Some(cases) = self.inner.cases.clone() else {
            return not_found();
        };
        let asked = req.headers().clone();
        let officer = match self.officer_or_sign_in(locale, &asked).await {
            Ok(o) => o,
            Err(r) => return r,
        };
        let handed = match cases.handed(&id, &officer.agency, now()).await {
            Ok(Some(h)) => h,
            Ok(None) => return self.desk_counter_gone(locale, officer, asked).await,
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        };
        let Some(file) = self.inner.procedures.get(&handed.service) else {
            return not_found();
        };
        let (headers, uri, client_ip, posted) = match read_request(req).await {
            Ok(read) => read,
            Err(res) => return res,
        };
        let v = Visit {
            file,
            locale,
            headers,
            uri,
            citizen: Some(handed.citizen),
            client_ip,
            more: None,
            counter: Some(AtCounter {
                draft_id: handed.draft_id,
                base: format!("{}{DESK}/{}/{id}", prefix(locale), counter::AT),
                agency: officer.agency,
                officer: officer.login,
            }),
        };
        let mut res = match page {
            // The draft where the citizen left it (or its confirmation, once submitted).
            None => match self.draft(&v).await {
                Ok(Some(d)) if self.code_of(Some(&d)).await.is_some() => {
                    see_other(&self.at(&v, at::SENT), &[])
                }
                Ok(Some(d)) if !d.answers.is_empty() => see_other(&self.resume(&v, &d), &[]),
                Ok(_) => see_other(&self.first_open(&v, &[], ""), &[]),
                Err(()) => self.unavailable(&v).await,
            },
            Some(_) => self.answer(v, page, item, posted).await,
        };
        res.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        res
    }

    /// A hand-off this office may no longer work on (another office's, or past the working
    /// day): the counter page, which takes a new code.
    async fn desk_counter_gone(
        &self,
        locale: Locale,
        officer: Officer,
        headers: axum::http::HeaderMap,
    ) -> Response {
        let problems = vec![problem(
            counter::CODE,
            "Hồ sơ này không còn mở cho quầy của bạn. Nhờ công dân tạo mã mới",
            "This dossier is no longer open to your counter. Ask the citizen to make a new code",
        )];
        self.counter_drawn(
            locale,
            officer,
            headers,
            vec![],
            problems,
            StatusCode::NOT_FOUND,
        )
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn the_code_s_end_is_said_in_viet_nam_s_time() {
        // 2026-12-05 03:52 UTC is 10:52 in Viet Nam.
        assert_eq!(clock(1_796_442_720), "10:52");
    }
}
