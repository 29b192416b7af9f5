//! A procedure file at work on one dossier's answers, with no page and no server: which
//! pages are asked and in what order (the route), the page before and after one, the
//! question's wording for these answers, what a page's post is checked against (the
//! `dvc-rules` specs, read from the file, never from rendering the page), the answers kept
//! when an answer changes the route, and the fee. The engine's handlers and pages are
//! built on these.
//!
//! Answers are the posted pairs. A page's answer is posted under its `id`: a date as
//! `ID-day`, `ID-month`, `ID-year`; an address or a place as `ID_province`, `ID_commune`
//! (and `ID_street`); several choices as one pair per choice; a follow-up or a group's
//! question under its `name`.

use crate::format::{Answer, Condition, Page, ProcedureFile, Text};
use dvc_rules::date::DateLimits;
use dvc_rules::files::FileLimits;
use dvc_rules::form::{FieldRule, FieldSpec};
use dvc_rules::Locale;

/// The posted pairs of one dossier.
pub type Answers = [(String, String)];

/// Where "Tiếp tục" goes from a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next<'a> {
    /// The next page of the route.
    Page(&'a Page),
    /// The route is done: check answers.
    CheckAnswers,
}

fn values<'a>(answers: &'a Answers, name: &str) -> impl Iterator<Item = &'a str> + 'a {
    let name = name.to_string();
    answers
        .iter()
        .filter(move |(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.trim().is_empty())
}

/// The names a date's boxes and a place's codes are posted under, after the page's id.
const PARTS: &[&str] = &[
    "-day",
    "-month",
    "-year",
    "_province",
    "_commune",
    "_street",
];

/// Whether `name` is a part of the answer `id` (`ID-day`, `ID_province`).
fn is_part_of(name: &str, id: &str) -> bool {
    name.strip_prefix(id)
        .is_some_and(|rest| PARTS.contains(&rest))
}

/// Whether the answer `name` (or one of its parts) is given.
fn answered(answers: &Answers, name: &str) -> bool {
    answers
        .iter()
        .any(|(n, v)| !v.trim().is_empty() && (n == name || is_part_of(n, name)))
}

/// The page (its position) that asks the answer `name`: a page's own, a follow-up's or a
/// group question's.
fn page_of(file: &ProcedureFile, name: &str) -> Option<usize> {
    file.pages.iter().position(|p| {
        p.id == name
            || (p.group.is_some() && crate::group::is_item_answer(&p.id, name))
            || p.group
                .as_ref()
                .is_some_and(|g| g.fields.iter().any(|f| f.name == name))
            // A follow-up's answer, or one of its parts (a date's boxes, a place's codes).
            || choices(p).iter().any(|c| {
                c.follow_up
                    .iter()
                    .any(|f| f.name == name || is_part_of(name, &f.name))
            })
    })
}

fn choices(page: &Page) -> &[crate::format::Choice] {
    match &page.answer {
        Some(
            Answer::OneOf { options } | Answer::Select { options } | Answer::AnyOf { options, .. },
        ) => options,
        _ => &[],
    }
}

/// Whether `cond` holds for `answers`, counting only answers of the pages in `asked`.
pub fn holds(file: &ProcedureFile, cond: &Condition, answers: &Answers, asked: &[usize]) -> bool {
    let given = |name: &str| page_of(file, name).is_some_and(|p| asked.contains(&p));
    if let Some(name) = &cond.answer {
        return given(name)
            && values(answers, name).any(|v| {
                cond.is.as_deref() == Some(v) || cond.one_of.iter().flatten().any(|o| o == v)
            });
    }
    if let Some(name) = &cond.answered {
        return given(name) && answered(answers, name);
    }
    if let Some(inner) = &cond.not {
        return !holds(file, inner, answers, asked);
    }
    if let Some(list) = &cond.all {
        return list.iter().all(|c| holds(file, c, answers, asked));
    }
    if let Some(list) = &cond.any {
        return list.iter().any(|c| holds(file, c, answers, asked));
    }
    false
}

/// The pages asked for these answers (their positions), in order: each page whose `when`
/// holds over the pages before it on the route, up to and including an exit page.
pub fn route(file: &ProcedureFile, answers: &Answers) -> Vec<usize> {
    let mut asked = Vec::new();
    for (i, page) in file.pages.iter().enumerate() {
        if page
            .when
            .as_ref()
            .is_none_or(|w| holds(file, w, answers, &asked))
        {
            asked.push(i);
            if page.exit.is_some() {
                break;
            }
        }
    }
    asked
}

/// The page with this address.
pub fn page<'a>(file: &'a ProcedureFile, id: &str) -> Option<&'a Page> {
    file.pages.iter().find(|p| p.id == id)
}

/// The page before `id` on the route (where its back link goes); `None`: the start page.
/// A page not on the route (opened by its address) goes back to the route's page before it.
pub fn previous<'a>(file: &'a ProcedureFile, answers: &Answers, id: &str) -> Option<&'a Page> {
    let at = file.pages.iter().position(|p| p.id == id)?;
    route(file, answers)
        .into_iter()
        .rfind(|&i| i < at)
        .map(|i| &file.pages[i])
}

/// Where "Tiếp tục" goes from `id`: the next page of the route, or check answers.
pub fn next<'a>(file: &'a ProcedureFile, answers: &Answers, id: &str) -> Next<'a> {
    let at = file.pages.iter().position(|p| p.id == id).unwrap_or(0);
    route(file, answers)
        .into_iter()
        .find(|&i| i > at)
        .map_or(Next::CheckAnswers, |i| Next::Page(&file.pages[i]))
}

/// The first page of the route not answered yet (where a returning citizen resumes), or
/// check answers.
pub fn first_unanswered<'a>(file: &'a ProcedureFile, answers: &Answers) -> Next<'a> {
    route(file, answers)
        .into_iter()
        .map(|i| &file.pages[i])
        .find(|p| {
            p.exit.is_some()
                || match p.group {
                    Some(_) => !crate::group::enough(answers, p),
                    None => !p.optional && !answered(answers, &p.id),
                }
        })
        .map_or(Next::CheckAnswers, Next::Page)
}

/// How far through the file a citizen has been: `seen` is a page's id, or check
/// answers' address (everything seen); anything else, nothing yet.
fn seen_position(file: &ProcedureFile, seen: &str) -> Option<usize> {
    if seen == crate::screen::at::CHECK {
        return Some(usize::MAX);
    }
    file.pages.iter().position(|p| p.id == seen)
}

/// Where a citizen who has been as far as `seen` goes on (resuming a draft, or opening a
/// page further on by its address): the first page of the route still to answer. An
/// optional page, or a repeating group's, needs no answer once passed, but one not reached
/// yet is still to visit (the citizen has not seen it).
pub fn resume_at<'a>(file: &'a ProcedureFile, answers: &Answers, seen: &str) -> Next<'a> {
    let reached = seen_position(file, seen);
    route(file, answers)
        .into_iter()
        .find(|&i| {
            let p = &file.pages[i];
            let passed = reached.is_some_and(|r| i < r);
            p.exit.is_some()
                || match p.group {
                    // A group's list is seen once (a group may be empty), and holds at
                    // least its `min` items.
                    Some(_) => !crate::group::enough(answers, p) || !passed,
                    None => !answered(answers, &p.id) && (!p.optional || !passed),
                }
        })
        .map_or(Next::CheckAnswers, |i| Next::Page(&file.pages[i]))
}

/// The further of two places a citizen has been (`resume_at`'s `seen`).
pub fn further<'a>(file: &ProcedureFile, a: &'a str, b: &'a str) -> &'a str {
    match (seen_position(file, a), seen_position(file, b)) {
        (Some(x), Some(y)) if y > x => b,
        (None, _) => b,
        _ => a,
    }
}

/// The answers of the pages on the route only: what a changed answer took off the route is
/// dropped (and check answers no longer shows it).
pub fn on_route_only(file: &ProcedureFile, answers: &Answers) -> Vec<(String, String)> {
    let asked = route(file, answers);
    answers
        .iter()
        .filter(|(name, _)| {
            let page = page_of(file, name)
                .or_else(|| file.pages.iter().position(|p| is_part_of(name, &p.id)));
            // A pair of no page (the engine's own marks) is kept.
            page.is_none_or(|p| asked.contains(&p))
        })
        .cloned()
        .collect()
}

/// The words of `text` in `locale`.
pub fn words(text: &Text, locale: Locale) -> &str {
    match locale {
        Locale::Vi => &text.vi,
        Locale::En => &text.en,
    }
}

/// The page's question for these answers: the first `question_when` that holds, else the
/// question.
pub fn question<'a>(
    file: &'a ProcedureFile,
    page: &'a Page,
    answers: &Answers,
    locale: Locale,
) -> &'a str {
    let before: Vec<usize> = route(file, answers)
        .into_iter()
        .take_while(|&i| file.pages[i].id != page.id)
        .collect();
    page.question_when
        .iter()
        .find(|w| holds(file, &w.when, answers, &before))
        .map_or_else(
            || words(&page.question, locale),
            |w| match locale {
                Locale::Vi => &w.vi,
                Locale::En => &w.en,
            },
        )
}

/// How a question is named inside a message: its words with a lower-case first letter
/// and without a closing question mark.
fn subject(text: &str) -> String {
    let text = text.trim().trim_end_matches('?').trim_end();
    dvc_rules::latin::with_first(text, false)
}

/// The rule of one answer kind, posted under `name`; an address or a place is several.
fn specs_of(
    name: &str,
    answer: &Answer,
    subject: &str,
    optional: bool,
    locale: Locale,
) -> Vec<FieldSpec> {
    let one = |rule: FieldRule| {
        let mut spec = FieldSpec::new(name, subject, rule);
        spec.optional = optional;
        vec![spec]
    };
    match answer {
        Answer::Text { max } => one(FieldRule::Text { max_chars: *max }),
        Answer::LongText { max } => one(FieldRule::Text {
            max_chars: Some(*max),
        }),
        Answer::Name => one(FieldRule::Name),
        Answer::Date {
            past,
            not_past,
            min_age,
        } => one(FieldRule::Date(DateLimits {
            past: *past,
            not_past: *not_past,
            min_age: *min_age,
        })),
        Answer::CitizenId { old_card } => one(FieldRule::CitizenId {
            allow_old_card: *old_card,
            birth_date_field: None,
            sex_field: None,
        }),
        Answer::Phone { landline } => one(FieldRule::Phone {
            allow_landline: *landline,
        }),
        Answer::Email => one(FieldRule::Email),
        Answer::TaxCode => one(FieldRule::TaxCode),
        Answer::Money => one(FieldRule::Money),
        Answer::WholeNumber { min, max } => one(FieldRule::WholeNumber {
            min: *min,
            max: *max,
        }),
        Answer::OneOf { options } | Answer::Select { options } => one(FieldRule::OneOf(
            options.iter().map(|o| o.value.clone()).collect(),
        )),
        Answer::AnyOf { options, none } => one(FieldRule::AnyOf {
            options: options.iter().map(|o| o.value.clone()).collect(),
            exclusive: none.clone(),
        }),
        Answer::Files {
            types,
            max_bytes,
            max_files,
        } => one(FieldRule::Files(FileLimits {
            accept: types.clone(),
            max_bytes: *max_bytes,
            max_files: *max_files,
        })),
        Answer::Consent { purposes } => {
            let mut spec = FieldSpec::new(
                name,
                subject,
                FieldRule::AnyOf {
                    options: purposes.iter().map(|p| p.value.clone()).collect(),
                    exclusive: None,
                },
            );
            // Consent is never required.
            spec.optional = true;
            vec![spec]
        }
        Answer::Address { street, .. } => place_specs(name, locale, optional, *street),
        Answer::Place { .. } => place_specs(name, locale, optional, false),
    }
}

fn place_specs(name: &str, locale: Locale, optional: bool, street: bool) -> Vec<FieldSpec> {
    // Named as the kit's address question names its parts, so the browser and the server
    // say the same.
    let [province_subject, commune_subject, street_subject] = locale.address_subjects();
    let province = format!("{name}_province");
    let codes: Vec<String> = dvc_rules::divisions::provinces()
        .iter()
        .map(|p| p.code.to_string())
        .collect();
    let mut specs = vec![
        FieldSpec::new(&province, province_subject, FieldRule::OneOf(codes)),
        FieldSpec::new(
            format!("{name}_commune"),
            commune_subject,
            FieldRule::CommuneCode {
                province_field: Some(province.clone()),
            },
        ),
    ];
    if street {
        specs.push(FieldSpec::new(
            format!("{name}_street"),
            street_subject,
            FieldRule::Text {
                max_chars: Some(200),
            },
        ));
    }
    for spec in &mut specs {
        spec.optional = optional;
    }
    specs
}

/// What a post of `page` is checked against, in the page's order: its answer's rules (the
/// question named as these answers word it) and the follow-ups of its choices, each asked
/// only when its choice is chosen. Empty for an exit page; a group's item is [`item_specs`].
pub fn specs(
    file: &ProcedureFile,
    page: &Page,
    answers: &Answers,
    locale: Locale,
) -> Vec<FieldSpec> {
    let Some(answer) = &page.answer else {
        return Vec::new();
    };
    let named = page.short.as_ref().map_or_else(
        || question(file, page, answers, locale),
        |s| words(s, locale),
    );
    let mut out = specs_of(&page.id, answer, &subject(named), page.optional, locale);
    for choice in choices(page) {
        for field in &choice.follow_up {
            for spec in specs_of(
                &field.name,
                &field.answer,
                &subject(words(&field.label, locale)),
                field.optional,
                locale,
            ) {
                out.push(spec.when(&page.id, &choice.value));
            }
        }
    }
    out
}

/// `specs` of a files question `name` that already keeps `kept` files on the server: room
/// for that many fewer, and answered already (more are optional).
pub fn with_kept(mut specs: Vec<FieldSpec>, name: &str, kept: usize) -> Vec<FieldSpec> {
    if kept == 0 {
        return specs;
    }
    for spec in specs.iter_mut().filter(|s| s.name == name) {
        if let FieldRule::Files(limits) = &mut spec.rule {
            limits.max_files = limits.max_files.saturating_sub(kept);
            spec.optional = true;
        }
    }
    specs
}

/// What one item of a repeating group is checked against.
pub fn item_specs(page: &Page, locale: Locale) -> Vec<FieldSpec> {
    page.group
        .iter()
        .flat_map(|g| &g.fields)
        .flat_map(|f| {
            specs_of(
                &f.name,
                &f.answer,
                &subject(words(&f.label, locale)),
                f.optional,
                locale,
            )
        })
        .collect()
}

/// One line of the fee.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeeLine {
    pub item: String,
    /// Each unit, in đồng.
    pub unit: u64,
    /// How many (1 unless multiplied by an answer).
    pub count: u64,
    /// `unit × count`.
    pub amount: u64,
    /// "agency" or "post".
    pub receiver: String,
}

/// The fee for these answers: each `[[fee]]` whose `when` holds and whose `exempt_when`
/// does not, multiplied by its whole-number answer (none given: nothing charged).
pub fn fees(file: &ProcedureFile, answers: &Answers, locale: Locale) -> Vec<FeeLine> {
    let asked = route(file, answers);
    file.fees
        .iter()
        .filter(|f| {
            f.when
                .as_ref()
                .is_none_or(|w| holds(file, w, answers, &asked))
        })
        .filter(|f| {
            !f.exempt_when
                .as_ref()
                .is_some_and(|w| holds(file, w, answers, &asked))
        })
        .filter_map(|f| {
            let count = match &f.times {
                None => 1,
                Some(name) => {
                    let on_route = page_of(file, name).is_some_and(|p| asked.contains(&p));
                    values(answers, name)
                        .next()
                        .and_then(|v| dvc_rules::number::check_whole_number(v, None, None).ok())
                        .filter(|_| on_route)?
                }
            };
            (count > 0).then(|| FeeLine {
                item: words(&f.item, locale).to_string(),
                unit: f.amount,
                count,
                amount: f.amount.saturating_mul(count),
                receiver: f.receiver.clone(),
            })
        })
        .collect()
}
