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
    let value = |name: &str| values(answers, name);
    let mut rows = Vec::new();
    for i in route::route(file, answers) {
        let page = &file.pages[i];
        let question = page.short.as_ref().map_or_else(
            || route::question(file, page, answers, locale).to_string(),
            |s| words(s, locale).to_string(),
        );
        if let Some(group) = &page.group {
            // One row per item ("Khách 1"), each changed on its own page.
            let list = crate::group::items(answers, &page.id);
            for (n, item) in list.iter().enumerate() {
                let said = group
                    .fields
                    .iter()
                    .map(|f| in_words(&f.answer, &f.name, &|name| values(item, name), locale))
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                rows.push(Row {
                    page: format!("{}/{}", page.id, n + 1),
                    question: format!("{} {}", words(&group.item, locale), n + 1),
                    answer: said,
                });
            }
            if list.is_empty() {
                rows.push(Row {
                    page: page.id.clone(),
                    question,
                    answer: not_answered(locale).into(),
                });
            }
            continue;
        }
        let Some(answer) = &page.answer else { continue };
        let mut said = in_words(answer, &page.id, &value, locale);
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
            said = not_answered(locale).into();
        }
        rows.push(Row {
            page: page.id.clone(),
            question,
            answer: said,
        });
    }
    rows
}

fn not_answered(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "Không trả lời",
        Locale::En => "Not answered",
    }
}

/// The non-blank values given under `name`.
fn values<'a>(answers: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    answers
        .iter()
        .filter(|(n, v)| n == name && !v.trim().is_empty())
        .map(|(_, v)| v.as_str())
        .collect()
}

/// The answer `name` of kind `answer` in words ("" when not given): a choice by its
/// label, a date as dd/mm/yyyy, an identification or phone number grouped, a place by its
/// names.
fn in_words<'a>(
    answer: &Answer,
    name: &str,
    value: &dyn Fn(&str) -> Vec<&'a str>,
    locale: Locale,
) -> String {
    let label_of = |options: &[Choice], v: &str| {
        options
            .iter()
            .find(|o| o.value == v)
            .map_or(v.to_string(), |o| words(&o.label, locale).to_string())
    };
    match answer {
        Answer::OneOf { options }
        | Answer::Select { options }
        | Answer::AnyOf { options, .. }
        | Answer::Consent { purposes: options } => value(name)
            .iter()
            .map(|v| label_of(options, v))
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Date { .. } => {
            let part = |p: &str| {
                value(&format!("{name}-{p}"))
                    .first()
                    .map(|s| s.trim().to_string())
            };
            match (part("day"), part("month"), part("year")) {
                (Some(d), Some(m), Some(y)) => {
                    // As Vietnamese documents write a date (05/02/1990); as typed if it is
                    // not one (an answer kept unchecked).
                    let real = (y.parse(), m.parse(), d.parse());
                    match real {
                        (Ok(yy), Ok(mm), Ok(dd)) => dvc_rules::date::Date::new(yy, mm, dd)
                            .map_or_else(|| format!("{d}/{m}/{y}"), |date| date.display()),
                        _ => format!("{d}/{m}/{y}"),
                    }
                }
                _ => String::new(),
            }
        }
        // Numbers grouped for reading, as their boxes read them back; as typed if they do
        // not read (an answer kept unchecked).
        Answer::CitizenId { old_card } => value(name)
            .iter()
            .map(|v| {
                dvc_rules::citizen_id::parse_citizen_id(v, *old_card)
                    .map_or_else(|_| v.to_string(), |id| id.grouped())
            })
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Phone { landline } => value(name)
            .iter()
            .map(|v| {
                dvc_rules::phone::parse_phone(v, *landline)
                    .map_or_else(|_| v.to_string(), |p| p.display())
            })
            .collect::<Vec<_>>()
            .join(", "),
        Answer::Address { .. } | Answer::Place { .. } => {
            let code = |p: &str| value(&format!("{name}_{p}")).first().map(|s| s.to_string());
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
        _ => value(name).join(", "),
    }
}
