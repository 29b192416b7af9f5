//! The answers of a dossier read back in words, for the check-answers page (each with the
//! page that changes it) and for whoever receives the dossier: a choice by its label, a
//! date as day/month/year, a place by its commune and province names, a follow-up after its
//! choice, an optional question left blank said so.

use crate::format::{Answer, Choice, ProcedureFile};
use crate::route::{self, words};
use dvc_rules::Locale;

/// One answer read back on the check-answers page: the page it changes, the question's
/// short name and the answer in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub page: String,
    pub question: String,
    pub answer: String,
}

/// Every answer of the route in words, in the order asked (an optional question left
/// blank says so).
pub fn read_back(file: &ProcedureFile, answers: &[(String, String)], locale: Locale) -> Vec<Row> {
    let value = |name: &str| {
        answers
            .iter()
            .filter(|(n, v)| n == name && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
    };
    let mut rows = Vec::new();
    for i in route::route(file, answers) {
        let page = &file.pages[i];
        let Some(answer) = &page.answer else { continue };
        let question = page.short.as_ref().map_or_else(
            || route::question(file, page, answers, locale).to_string(),
            |s| words(s, locale).to_string(),
        );
        let label_of = |options: &[Choice], v: &str| {
            options
                .iter()
                .find(|o| o.value == v)
                .map_or(v.to_string(), |o| words(&o.label, locale).to_string())
        };
        let mut said = match answer {
            Answer::OneOf { options }
            | Answer::Select { options }
            | Answer::AnyOf { options, .. }
            | Answer::Consent { purposes: options } => value(&page.id)
                .iter()
                .map(|v| label_of(options, v))
                .collect::<Vec<_>>()
                .join(", "),
            Answer::Date { .. } => {
                let part = |p: &str| {
                    value(&format!("{}-{p}", page.id))
                        .first()
                        .map(|s| s.trim().to_string())
                };
                match (part("day"), part("month"), part("year")) {
                    (Some(d), Some(m), Some(y)) => format!("{d}/{m}/{y}"),
                    _ => String::new(),
                }
            }
            Answer::Address { .. } | Answer::Place { .. } => {
                let code = |p: &str| {
                    value(&format!("{}_{p}", page.id))
                        .first()
                        .map(|s| s.to_string())
                };
                let province = code("province").and_then(|c| {
                    dvc_rules::divisions::provinces()
                        .iter()
                        .find(|p| p.code == c)
                        .map(|p| p.name.to_string())
                });
                let commune = code("commune")
                    .and_then(|c| dvc_rules::divisions::commune(&c).map(|x| x.name.clone()));
                [code("street"), commune, province]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            _ => value(&page.id).join(", "),
        };
        // A follow-up's answer after its choice's.
        if let Answer::OneOf { options }
        | Answer::Select { options }
        | Answer::AnyOf { options, .. } = answer
        {
            for option in options
                .iter()
                .filter(|o| value(&page.id).contains(&o.value.as_str()))
            {
                for field in &option.follow_up {
                    if let Some(v) = value(&field.name).first() {
                        said.push_str(&format!(
                            " ({}: {v})",
                            words(&field.label, locale).trim_end_matches('?')
                        ));
                    }
                }
            }
        }
        if said.is_empty() {
            said = match locale {
                Locale::Vi => "Không trả lời".into(),
                Locale::En => "Not answered".into(),
            };
        }
        rows.push(Row {
            page: page.id.clone(),
            question,
            answer: said,
        });
    }
    rows
}
