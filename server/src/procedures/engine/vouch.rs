//! What the identity vouches for: a page whose `prefill` holds for the answers so far, and
//! whose claim (`name`, `citizen-id`, `birth-date`; the kit's `Citizen` carries no `phone`
//! or `address`, so those questions are asked) the signed-in citizen's identity gives,
//! takes that claim as its answer, whatever was posted, and is shown read-only (its value,
//! where it came from and how to have it corrected) with no "Thay đổi" on check answers. The
//! draft marks such a page (`_vneid.PAGE`), so an answer that stops being vouched for (the
//! citizen now asks for their child) is dropped rather than left as if typed.

use super::{Engine, Visit};
use dvc_procedure::format::Page;
use dvc_procedure::route;

/// The mark kept in a draft for a page the identity answered.
const MARK: &str = "_vneid.";

/// The pages the identity answered, by their marks in `answers`.
pub(super) fn vouched(answers: &[(String, String)]) -> Vec<String> {
    answers
        .iter()
        .filter_map(|(n, _)| n.strip_prefix(MARK))
        .map(String::from)
        .collect()
}

/// Whether `name` is the answer of page `id`, or one of its parts (`ID-day`, `ID_province`).
fn of_page(name: &str, id: &str) -> bool {
    name.strip_prefix(id).is_some_and(|rest| {
        rest.is_empty()
            || [
                "-day",
                "-month",
                "-year",
                "_province",
                "_commune",
                "_street",
            ]
            .contains(&rest)
    })
}

impl Engine {
    /// `page`'s answer from the signed-in citizen's claim, as posted names; empty when the
    /// identity does not give it.
    fn claim(&self, v: &Visit, page: &Page) -> Vec<(String, String)> {
        let (Some(fill), Some(c)) = (&page.prefill, &v.citizen) else {
            return Vec::new();
        };
        match fill.claim.as_str() {
            "name" => vec![(page.id.clone(), c.name.clone())],
            "citizen-id" => c
                .id_number
                .iter()
                .map(|n| (page.id.clone(), n.clone()))
                .collect(),
            "birth-date" => c
                .birth_date
                .as_deref()
                .and_then(|d| {
                    let mut parts = d.split('-');
                    let (y, m, dd) = (parts.next()?, parts.next()?, parts.next()?);
                    let number = |s: &str| s.trim_start_matches('0').to_string();
                    Some(vec![
                        (format!("{}-day", page.id), number(dd)),
                        (format!("{}-month", page.id), number(m)),
                        (format!("{}-year", page.id), y.to_string()),
                    ])
                })
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// `answers` with what the identity vouches for written in (page by page, in order, as
    /// a condition may read an earlier page), and what it no longer vouches for dropped.
    pub(super) fn vouch(&self, v: &Visit, answers: &mut Vec<(String, String)>) {
        for (i, page) in v.file.pages.iter().enumerate() {
            let Some(fill) = &page.prefill else { continue };
            let mark = format!("{MARK}{}", page.id);
            let asked = route::route(&v.file, answers);
            let holds = asked.contains(&i)
                && fill
                    .when
                    .as_ref()
                    .is_none_or(|w| route::holds(&v.file, w, answers, &asked));
            let claim = if holds {
                self.claim(v, page)
            } else {
                Vec::new()
            };
            let marked = answers.iter().any(|(n, _)| *n == mark);
            if claim.is_empty() && !marked {
                continue;
            }
            answers.retain(|(n, _)| *n != mark && !of_page(n, &page.id));
            if !claim.is_empty() {
                answers.extend(claim);
                answers.push((mark, "1".into()));
            }
        }
    }
}
