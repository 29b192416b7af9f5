//! Looking a dossier up by its code without signing in (`/tra-cuu-ho-so`): the code and
//! the last four digits of the identification or phone number given with it. One answer
//! for a wrong code and a wrong factor ("no dossier with this code and these digits"), so
//! the page tells nobody which codes exist; posted (the digits never in an address),
//! limited per client (`DVC_RATE_LOOK_UP`, 10 a minute by default), and per code across
//! processes (10 wrong in an hour, then that code waits out the hour, whether or not a
//! dossier has it: `Cases::look_up`). It says what may be
//! said without signing in: the procedure, the days and the status; the answers only to
//! the dossier's citizen, signed in.

use super::mine::CaseDrawn;
use super::{prefix, Engine};
use crate::casework::{Case, LookedUp};
use crate::dossiers::DossierCode;
use crate::forms::Posted;
use crate::identity::Level;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dvc_procedure::casework::{look_up, CasePage};
use dvc_rules::form::FieldProblem;
use dvc_rules::problem::{Problem, ProblemCode};
use dvc_rules::Locale;

/// The look-up's address, after the language's prefix.
pub const LOOK_UP: &str = "/tra-cuu-ho-so";

/// Look-ups a minute per client, unless `DVC_RATE_LOOK_UP` says otherwise.
pub const RATE: crate::rate::Rate = crate::rate::Rate {
    per_minute: 10,
    burst: 5,
};

fn problem(name: &str, vi: &str, en: &str) -> FieldProblem {
    FieldProblem {
        name: name.into(),
        problem: Problem::new(ProblemCode::Portal)
            .with("vi", vi)
            .with("en", en),
    }
}

/// What is wrong with a look-up as typed (each answer's own problem), or the code and the
/// digits to look up.
pub fn read(pairs: &[(String, String)]) -> Result<(String, String), Vec<FieldProblem>> {
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let (code, digits) = (value(look_up::CODE), value(look_up::DIGITS));
    let mut problems = Vec::new();
    if code.is_empty() {
        problems.push(problem(
            look_up::CODE,
            "Nhập mã hồ sơ",
            "Enter the dossier code",
        ));
    } else if let Err(p) = DossierCode::parse(&code) {
        problems.push(problem(
            look_up::CODE,
            p.message(Locale::Vi),
            p.message(Locale::En),
        ));
    }
    let digits_only: String = digits.chars().filter(|c| !c.is_whitespace()).collect();
    if digits_only.is_empty() {
        problems.push(problem(
            look_up::DIGITS,
            "Nhập 4 chữ số cuối của số định danh cá nhân hoặc số điện thoại đã khai trong hồ sơ",
            "Enter the last 4 digits of the identification number or phone number given in the dossier",
        ));
    } else if digits_only.len() != 4 || !digits_only.bytes().all(|b| b.is_ascii_digit()) {
        problems.push(problem(
            look_up::DIGITS,
            "4 chữ số cuối phải là đúng 4 chữ số, ví dụ 0027",
            "The last 4 digits must be exactly 4 digits, for example 0027",
        ));
    }
    if problems.is_empty() {
        Ok((code, digits_only))
    } else {
        Err(problems)
    }
}

impl Engine {
    /// The look-up, in both languages, limited per client.
    pub(super) fn look_up_router<S: Clone + Send + Sync + 'static>(&self) -> Router<S> {
        let mut r = Router::new();
        for locale in [Locale::Vi, Locale::En] {
            let go = move |State(e): State<Engine>, req: Request| async move {
                e.look_up(locale, req).await
            };
            r = r.route(&format!("{}{LOOK_UP}", prefix(locale)), get(go).post(go));
        }
        let r = r.with_state(self.clone());
        match self.inner.look_up_rate {
            Some(rate) => crate::rate::limit(r, rate, &[axum::http::Method::POST]),
            None => r,
        }
    }

    async fn look_up(&self, locale: Locale, req: Request) -> Response {
        let headers = req.headers().clone();
        let is_post = req.method() == axum::http::Method::POST;
        let draw = |screen: CasePage, status: StatusCode| CaseDrawn {
            screen,
            locale,
            path: LOOK_UP.to_string(),
            headers: headers.clone(),
            citizen: None,
            status,
        };
        let Some(cases) = &self.inner.cases else {
            return super::not_found();
        };
        if !is_post {
            let screen = CasePage::LookUp {
                values: Vec::new(),
                problems: Vec::new(),
                not_found: false,
                locked_until: None,
            };
            return self.case_page(draw(screen, StatusCode::OK)).await;
        }
        let posted = match Posted::from_request(req, &()).await {
            Ok(p) => p,
            Err(e) => return e.into_response(),
        };
        let values: Vec<(String, String)> = posted
            .pairs
            .iter()
            .filter(|(n, _)| n == look_up::CODE || n == look_up::DIGITS)
            .take(2)
            .cloned()
            .collect();
        // The language switch carries what was typed, unchecked.
        if dvc_rules::posted::is_language_switch(&posted.pairs) {
            let screen = CasePage::LookUp {
                values,
                problems: Vec::new(),
                not_found: false,
                locked_until: None,
            };
            return self.case_page(draw(screen, StatusCode::OK)).await;
        }
        let (code, digits) = match read(&values) {
            Ok(x) => x,
            Err(problems) => {
                let screen = CasePage::LookUp {
                    values,
                    problems,
                    not_found: false,
                    locked_until: None,
                };
                return self.case_page(draw(screen, StatusCode::OK)).await;
            }
        };
        match cases.look_up(&code, &digits, super::now()).await {
            Ok(LookedUp::Found(case)) => {
                crate::log::audit("dossier.looked_up", &case.service);
                let screen = self.found(&case, locale);
                self.case_page(draw(screen, StatusCode::OK)).await
            }
            Ok(LookedUp::NotFound) => {
                crate::log::security("dossier.look_up_missed", "");
                let screen = CasePage::LookUp {
                    values,
                    problems: Vec::new(),
                    not_found: true,
                    locked_until: None,
                };
                self.case_page(draw(screen, StatusCode::OK)).await
            }
            Ok(LookedUp::Locked { until }) => {
                crate::log::security("dossier.look_up_locked", "");
                let screen = CasePage::LookUp {
                    values,
                    problems: Vec::new(),
                    not_found: false,
                    locked_until: Some(super::mine::moment(until)),
                };
                self.case_page(draw(screen, StatusCode::TOO_MANY_REQUESTS))
                    .await
            }
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                let screen = CasePage::LookUp {
                    values,
                    problems: Vec::new(),
                    not_found: false,
                    locked_until: None,
                };
                self.case_page(draw(screen, StatusCode::SERVICE_UNAVAILABLE))
                    .await
            }
        }
    }

    fn found(&self, case: &Case, locale: Locale) -> CasePage {
        let line = self.line(case, locale);
        CasePage::Found {
            sign_in: self.inner.portal.sign_in(&line.href, Level::Two, locale),
            again: format!("{}{LOOK_UP}", prefix(locale)),
            line,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(code: &str, digits: &str) -> Vec<(String, String)> {
        vec![
            (look_up::CODE.into(), code.into()),
            (look_up::DIGITS.into(), digits.into()),
        ]
    }

    #[test]
    fn each_answer_says_its_own_problem() {
        assert_eq!(
            read(&pairs(" 000.00.12.H62-261205-0001 ", "00 27")),
            Ok(("000.00.12.H62-261205-0001".into(), "0027".into()))
        );
        let names = |p: Vec<FieldProblem>| p.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names(read(&pairs("", "")).unwrap_err()),
            [look_up::CODE, look_up::DIGITS]
        );
        assert_eq!(
            names(read(&pairs("abc", "0027")).unwrap_err()),
            [look_up::CODE]
        );
        for digits in ["027", "00271", "00a7"] {
            assert_eq!(
                names(read(&pairs("000.00.12.H62-261205-0001", digits)).unwrap_err()),
                [look_up::DIGITS],
                "{digits}"
            );
        }
    }
}
