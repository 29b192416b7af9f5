//! The form model: the questions a [`Form`](super::Form) holds, their errors, and the
//! summary. Fields register themselves; on submit every rule runs (the same
//! `dvc_rules::form::validate` a server runs on the posted body); after a failed submit a
//! field in error is re-checked as the citizen corrects it and its error clears as soon as
//! it is fixed, but no new error appears before the next submit.

use super::submission::Answers;
use dvc_rules::date::Date;
use dvc_rules::form::{check_field, FieldProblem, FieldRule, FieldSpec};
use dvc_rules::Locale;
use leptos::prelude::*;

/// An error shown beside a question: the sentence and, for dates, the boxes to highlight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub message: String,
    /// "day", "month", "year", comma-separated; empty for other questions.
    pub parts: String,
}

/// One line of the error summary: where it links and what it says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryItem {
    /// The id of the control the link focuses.
    pub target: String,
    pub message: String,
}

#[derive(Clone)]
struct Registered {
    spec: FieldSpec,
    input_id: String,
    error: RwSignal<Option<FieldError>>,
}

/// Shared by a form and the questions inside it (Leptos context).
#[derive(Clone, Copy)]
pub struct FormModel {
    fields: StoredValue<Vec<Registered>>,
    /// The problems listed at the top after a failed submit.
    pub summary: RwSignal<Vec<SummaryItem>>,
    /// Set by the first submit: from then on fixed answers clear their errors.
    pub submitted: RwSignal<bool>,
    /// The form is being sent: submit buttons are busy and further submits are ignored.
    pub pending: RwSignal<bool>,
    /// Problems to show as the page loads (a page rendered again after a failed post),
    /// taken by each question as it registers.
    pub(crate) initial: StoredValue<Vec<InitialProblem>>,
    /// On the server, the answers of the post this page answers (for the controls).
    pub(crate) answers: StoredValue<Option<Answers>>,
    /// The form holds a file question: it posts `multipart/form-data`.
    pub(crate) has_files: StoredValue<bool>,
    locale: Locale,
}

/// A problem known before the question registers: from the server's check (a
/// [`FieldProblem`], worded here with the question's subject) or, in the browser, already
/// worded in the page the server sent.
#[derive(Clone, Debug)]
pub(crate) enum InitialProblem {
    Found(FieldProblem),
    Shown {
        name: String,
        message: String,
        parts: String,
    },
}

impl FormModel {
    pub fn new(locale: Locale) -> Self {
        FormModel {
            fields: StoredValue::new(Vec::new()),
            summary: RwSignal::new(Vec::new()),
            submitted: RwSignal::new(false),
            pending: RwSignal::new(false),
            initial: StoredValue::new(Vec::new()),
            answers: StoredValue::new(None),
            has_files: StoredValue::new(false),
            locale,
        }
    }

    /// Problems to show as the questions register (before they do).
    pub(crate) fn set_initial(&self, problems: Vec<InitialProblem>) {
        self.initial.set_value(problems);
    }

    /// Every question in error now: (name, message, parts), in page order.
    pub(crate) fn error_items(&self) -> Vec<(String, String, String)> {
        self.fields.with_value(|fields| {
            fields
                .iter()
                .filter_map(|f| {
                    f.error
                        .get_untracked()
                        .map(|e| (f.spec.name.clone(), e.message, e.parts))
                })
                .collect()
        })
    }

    /// Adds (or replaces, by name) a question; returns the signal holding its error.
    pub fn register(&self, spec: FieldSpec, input_id: String) -> RwSignal<Option<FieldError>> {
        let known = self.initial.with_value(|all| {
            all.iter().find_map(|p| match p {
                InitialProblem::Found(f) if f.name == spec.name => Some(FieldError {
                    message: f.problem.message(self.locale, &spec.subject),
                    parts: f.problem.arg("parts").to_string(),
                }),
                InitialProblem::Shown {
                    name,
                    message,
                    parts,
                } if *name == spec.name => Some(FieldError {
                    message: message.clone(),
                    parts: parts.clone(),
                }),
                _ => None,
            })
        });
        if matches!(spec.rule, FieldRule::Files(_)) {
            self.has_files.set_value(true);
        }
        if let Some(e) = &known {
            // As after a failed submit in the page: fixed answers clear their errors.
            self.submitted.set(true);
            let target = summary_target(&spec.rule, &input_id, &e.parts);
            self.summary.update(|s| {
                if !s.iter().any(|i| i.target == target) {
                    s.push(SummaryItem {
                        target,
                        message: e.message.clone(),
                    });
                }
            });
        }
        let error = RwSignal::new(known);
        self.fields.update_value(|fields| {
            fields.retain(|f| f.spec.name != spec.name);
            fields.push(Registered {
                spec,
                input_id,
                error,
            });
        });
        error
    }

    /// Removes a question that left the page.
    pub fn unregister(&self, name: &str) {
        self.fields
            .update_value(|fields| fields.retain(|f| f.spec.name != name));
    }

    /// The specs of every question, in page order (what a server needs to validate).
    pub fn specs(&self) -> Vec<FieldSpec> {
        self.fields
            .with_value(|f| f.iter().map(|r| r.spec.clone()).collect())
    }

    /// Runs every rule on the posted pairs, shows each error beside its question and in the
    /// summary. Returns true when the form can be accepted.
    pub fn check_all(&self, posted: &[(String, String)], today: Date) -> bool {
        self.submitted.set(true);
        let mut summary = Vec::new();
        self.fields.with_value(|fields| {
            for f in fields {
                match check_field(&f.spec, posted, today) {
                    Ok(()) => f.error.set(None),
                    Err(problem) => {
                        let message = problem.message(self.locale, &f.spec.subject);
                        let parts = problem.arg("parts").to_string();
                        let target = summary_target(&f.spec.rule, &f.input_id, &parts);
                        summary.push(SummaryItem {
                            target,
                            message: message.clone(),
                        });
                        f.error.set(Some(FieldError { message, parts }));
                    }
                }
            }
        });
        let ok = summary.is_empty();
        self.summary.set(summary);
        ok
    }

    /// After a failed submit: clears the error of every question now answered well.
    /// Never adds an error (that waits for the next submit).
    pub fn recheck_errors(&self, posted: &[(String, String)], today: Date) {
        if !self.submitted.get_untracked() {
            return;
        }
        self.fields.with_value(|fields| {
            for f in fields
                .iter()
                .filter(|f| f.error.with_untracked(Option::is_some))
            {
                if check_field(&f.spec, posted, today).is_ok() {
                    f.error.set(None);
                }
            }
        });
    }
}

/// The control a summary link focuses: the question's control, or for a date the first
/// wrong box.
fn summary_target(rule: &FieldRule, input_id: &str, parts: &str) -> String {
    match (rule, parts.split(',').next()) {
        (FieldRule::Date(_), Some(first)) if !first.is_empty() => format!("{input_id}-{first}"),
        (FieldRule::Date(_), _) => format!("{input_id}-day"),
        _ => input_id.to_string(),
    }
}

/// The form model of the nearest [`Form`](super::Form), if any.
pub fn use_form() -> Option<FormModel> {
    use_context::<FormModel>()
}
