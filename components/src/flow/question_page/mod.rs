//! `QuestionPage`: one page of a procedure file (`dvc-procedure`), drawn with the kit's
//! components: the question (worded for the answers so far) as the page's heading, its
//! hint, the control its answer kind takes, the follow-up questions under a choice, and an
//! exit page's reasons and link. One renderer for every procedure: nothing here knows a
//! procedure. Each question's rule and the name it has in messages come from
//! `dvc_procedure::route::specs`, which the server checks a post against too, so the
//! browser and the server say the same.

pub(crate) mod examples;

use crate::form::field::FieldProps;
use crate::form::text_input::TextInputProps;
use crate::form::{
    Button, Checkboxes, Choice, DateInput, Field, FileUpload, Form, InputWidth, Radios, Select,
    TextInput, TextInputType, Textarea,
};
use crate::i18n::use_locale;
use crate::vn::{vn_question, AddressInput, VnKind, VnQuestion};
use dvc_procedure::format::{Answer, Page, ProcedureFile};
use dvc_procedure::route::{self, words};
use dvc_rules::form::{FieldRule, FieldSpec};
use dvc_rules::Locale;
use leptos::prelude::*;
use std::sync::Arc;

/// The id of a question page's form (posted as `dvc_form`).
pub const QUESTION_FORM: &str = dvc_procedure::screen::posted::QUESTION_FORM;

/// One page of `file`, by its `id`, for a dossier with these `answers` (which word the
/// question; the values shown in the boxes come from the post or the draft, as for any
/// `Form`). `children` are the buttons (default: "Tiếp tục").
///
/// ```
/// use dvc_ui::flow::QuestionPage;
/// use leptos::prelude::*;
/// use std::sync::Arc;
///
/// let file = dvc_procedure::read("p.toml", include_str!("../../../../demo/procedures/cap-ban-sao-trich-luc-khai-sinh.toml")).unwrap();
/// let html = Owner::new().with(|| view! { <QuestionPage file=Arc::new(file) page="so-ban"/> }.to_html());
/// assert!(html.contains("Bạn cần bao nhiêu bản sao?"));
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::question_page`].
#[component]
pub fn QuestionPage(
    file: Arc<ProcedureFile>,
    /// The page's `id`.
    #[prop(into)]
    page: String,
    #[prop(optional)] answers: Vec<(String, String)>,
    /// Where the form posts (default: this page's address).
    #[prop(optional, into)]
    action: Option<String>,
    /// The server keeps a draft: the answers are kept on the server while the citizen
    /// types, and a post the network lost is sent again (the form's `autosave`, `retry`).
    #[prop(optional)]
    drafts: bool,
    /// A files question: how many files the server keeps for it already (room for that
    /// many fewer; more are optional).
    #[prop(optional)]
    kept_files: usize,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let locale = use_locale();
    let Some(page) = route::page(&file, &page).cloned() else {
        return view! { <p class="dvc-body">{missing(locale)}</p> }.into_any();
    };
    let question = route::question(&file, &page, &answers, locale).to_string();
    if let Some(exit) = &page.exit {
        let link = exit.link.clone().map(|l| {
            view! { <p class="dvc-body"><a class="dvc-link" href=l.href>{words(&l.text, locale).to_string()}</a></p> }
        });
        return view! {
            <h1 class="dvc-heading-l">{question}</h1>
            <p class="dvc-body">{words(&exit.body, locale).to_string()}</p>
            {link}
        }
        .into_any();
    }
    let specs = route::specs(&file, &page, &answers, locale);
    let hint = page.hint.as_ref().map(|h| words(h, locale).to_string());
    // Built inside the `Form` (its questions register with it as they are built).
    let specs = route::with_kept(specs, &page.id, kept_files);
    let asked = page.answer.clone().map(|answer| Asked {
        name: page.id.clone(),
        answer,
        label: question.clone(),
        hint: hint.clone(),
        optional: page.optional || kept_files > 0,
        heading: true,
        when: None,
        specs,
        locale,
    });
    let body = move || match asked {
        Some(asked) => control(&asked),
        None => group_item(&page, &question, hint, locale),
    };
    let buttons = move || {
        children
            .map(|c| c().into_any())
            .unwrap_or_else(|| view! { <Button>{continue_word(locale)}</Button> }.into_any())
    };
    view! {
        <Form id=QUESTION_FORM action=action.unwrap_or_default() autosave=drafts retry=drafts>
            {body()}
            {buttons()}
        </Form>
    }
    .into_any()
}

/// One question to draw: an answer kind, its words and where it sits.
struct Asked {
    name: String,
    answer: Answer,
    label: String,
    hint: Option<String>,
    optional: bool,
    /// The page's own question (its heading), not a follow-up.
    heading: bool,
    /// A follow-up: asked when this choice is made.
    when: Option<(String, String)>,
    /// The page's checks (from the file): each question's rule and subject.
    specs: Vec<FieldSpec>,
    locale: Locale,
}

impl Asked {
    fn spec(&self, name: &str) -> Option<&FieldSpec> {
        self.specs.iter().find(|s| s.name == name)
    }

    fn rule(&self) -> FieldRule {
        self.spec(&self.name)
            .map_or(FieldRule::Text { max_chars: None }, |s| s.rule.clone())
    }

    fn subject(&self) -> Option<String> {
        self.spec(&self.name).map(|s| s.subject.clone())
    }
}

/// The question's `Field` (its label or legend, hint, error and rule) around `inner`.
fn field(q: &Asked, group: bool, inner: impl FnOnce() -> AnyView + Send + 'static) -> AnyView {
    Field(FieldProps {
        name: q.name.clone(),
        label: q.label.clone(),
        hint: q.hint.clone(),
        error: MaybeProp::default(),
        id: None,
        optional: q.optional,
        label_is_heading: q.heading,
        rule: Some(q.rule()),
        subject: q.subject(),
        group,
        when: q.when.clone(),
        children: Box::new(inner),
    })
    .into_any()
}

/// The control of one question, inside its `Field`.
fn control(q: &Asked) -> AnyView {
    match &q.answer {
        Answer::Text { .. } | Answer::Email | Answer::WholeNumber { .. } => {
            let (input_type, autocomplete, inputmode, width) = match &q.answer {
                Answer::Email => (TextInputType::Email, Some("email"), None, InputWidth::Full),
                Answer::WholeNumber { .. } => (
                    TextInputType::Text,
                    None,
                    Some("numeric"),
                    InputWidth::Chars5,
                ),
                _ => (TextInputType::Text, None, None, InputWidth::Full),
            };
            let spellcheck = matches!(q.answer, Answer::Text { .. });
            field(q, false, move || {
                TextInput(TextInputProps {
                    input_type,
                    autocomplete: autocomplete.map(String::from),
                    inputmode: inputmode.map(String::from).into(),
                    spellcheck: Some(spellcheck),
                    width,
                    value: None,
                    disabled: MaybeProp::default(),
                    prefix: MaybeProp::default(),
                    suffix: MaybeProp::default(),
                })
                .into_any()
            })
        }
        Answer::LongText { max } => {
            let max = *max;
            field(q, false, move || {
                view! { <Textarea max_chars=max/> }.into_any()
            })
        }
        Answer::Date { past, .. } => {
            let birthday = *past;
            field(q, true, move || {
                view! { <DateInput birthday=birthday/> }.into_any()
            })
        }
        // The Vietnamese-data questions: the kit's box and read-back, the rule the file's
        // (the same as the kind's).
        Answer::Name
        | Answer::CitizenId { .. }
        | Answer::Phone { .. }
        | Answer::TaxCode
        | Answer::Money => {
            let kind = match &q.answer {
                Answer::CitizenId { old_card } => VnKind::CitizenId {
                    allow_old_card: *old_card,
                    birth_date_field: None,
                    sex_field: None,
                },
                Answer::Phone { landline } => VnKind::Phone {
                    allow_landline: *landline,
                },
                Answer::TaxCode => VnKind::TaxCode,
                Answer::Money => VnKind::Money,
                _ => VnKind::Name,
            };
            view! {
                <div class="dvc-question-page__vn">
                    {vn_question(kind, VnQuestion {
                        name: q.name.clone(),
                        label: Some(q.label.clone()),
                        hint: q.hint.clone(),
                        optional: q.optional,
                        label_is_heading: q.heading,
                        subject: q.subject(),
                        ..VnQuestion::default()
                    })}
                </div>
            }
            .into_any()
        }
        Answer::OneOf { options } | Answer::Select { options } => {
            let choices = choices(q, options);
            let select = matches!(q.answer, Answer::Select { .. });
            field(q, !select, move || {
                if select {
                    view! { <Select options=choices/> }.into_any()
                } else {
                    view! { <Radios options=choices/> }.into_any()
                }
            })
        }
        Answer::AnyOf { options, none } => {
            let choices: Vec<Choice> = choices(q, options)
                .into_iter()
                .map(|c| {
                    if none.as_deref() == Some(c.value.as_str()) {
                        c.or_before().exclusive()
                    } else {
                        c
                    }
                })
                .collect();
            field(q, true, move || {
                view! { <Checkboxes options=choices/> }.into_any()
            })
        }
        Answer::Consent { purposes } => {
            let choices: Vec<Choice> = purposes
                .iter()
                .map(|p| Choice::new(p.value.clone(), words(&p.label, q.locale).to_string()))
                .collect();
            field(q, true, move || {
                view! { <Checkboxes options=choices/> }.into_any()
            })
        }
        Answer::Files {
            types,
            max_bytes,
            max_files,
        } => {
            let accept = types.clone();
            // Room left beside the files the server keeps already.
            let room = match q.rule() {
                FieldRule::Files(limits) => limits.max_files,
                _ => *max_files,
            };
            if room == 0 {
                let full = match q.locale {
                    Locale::Vi => format!("Bạn đã tải lên đủ {max_files} tệp. Muốn thay một tệp, hãy xoá nó trước."),
                    Locale::En => format!("You have uploaded {max_files} files, the most allowed. To replace one, remove it first."),
                };
                return view! {
                    <h1 class="dvc-heading-l">{q.label.clone()}</h1>
                    <p class="dvc-body">{full}</p>
                }
                .into_any();
            }
            let max_bytes = *max_bytes;
            field(q, false, move || {
                view! { <FileUpload accept=accept max_bytes=max_bytes max_files=room/> }.into_any()
            })
        }
        Answer::Address { street, old_map } => place(q, *street, *old_map),
        Answer::Place { old_map } => place(q, false, *old_map),
    }
}

/// An address or a place: a group whose legend is the question, around the kit's address.
fn place(q: &Asked, street: bool, old_map: bool) -> AnyView {
    let legend = if q.heading {
        view! { <legend class="dvc-fieldset__legend dvc-fieldset__legend--heading"><h1 class="dvc-fieldset__heading">{q.label.clone()}</h1></legend> }.into_any()
    } else {
        view! { <legend class="dvc-fieldset__legend">{q.label.clone()}</legend> }.into_any()
    };
    let hint_id = format!("dvc-{}-place-hint", q.name);
    let hint = q
        .hint
        .clone()
        .map(|h| view! { <div class="dvc-hint" id=hint_id.clone()>{h}</div> });
    let described = q.hint.as_ref().map(|_| hint_id.clone());
    view! {
        <fieldset class="dvc-fieldset" aria-describedby=described>
            {legend}
            {hint}
            <AddressInput prefix=q.name.clone() street=street old_map=old_map/>
        </fieldset>
    }
    .into_any()
}

/// A choice's options, each with its follow-up questions shown under it when chosen.
fn choices(q: &Asked, options: &[dvc_procedure::format::Choice]) -> Vec<Choice> {
    options
        .iter()
        .map(|o| {
            let mut choice = Choice::new(o.value.clone(), words(&o.label, q.locale).to_string());
            if let Some(h) = &o.hint {
                choice = choice.hint(words(h, q.locale).to_string());
            }
            if !o.follow_up.is_empty() {
                let follow: Vec<Asked> = o
                    .follow_up
                    .iter()
                    .map(|f| Asked {
                        name: f.name.clone(),
                        answer: f.answer.clone(),
                        label: words(&f.label, q.locale).to_string(),
                        hint: f.hint.as_ref().map(|h| words(h, q.locale).to_string()),
                        optional: f.optional,
                        heading: false,
                        when: Some((q.name.clone(), o.value.clone())),
                        specs: q.specs.clone(),
                        locale: q.locale,
                    })
                    .collect();
                let follow = Arc::new(follow);
                choice =
                    choice.reveals(move || follow.iter().map(control).collect_view().into_any());
            }
            choice
        })
        .collect()
}

/// One item of a repeating group: the page's question as a heading, then the item's
/// questions.
fn group_item(page: &Page, question: &str, hint: Option<String>, locale: Locale) -> AnyView {
    let specs = route::item_specs(page, locale);
    let fields: Vec<Asked> = page
        .group
        .iter()
        .flat_map(|g| &g.fields)
        .map(|f| Asked {
            name: f.name.clone(),
            answer: f.answer.clone(),
            label: words(&f.label, locale).to_string(),
            hint: f.hint.as_ref().map(|h| words(h, locale).to_string()),
            optional: f.optional,
            heading: false,
            when: None,
            specs: specs.clone(),
            locale,
        })
        .collect();
    view! {
        <h1 class="dvc-heading-l">{question.to_string()}</h1>
        {hint.map(|h| view! { <p class="dvc-hint">{h}</p> })}
        {fields.iter().map(control).collect_view()}
    }
    .into_any()
}

fn continue_word(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "Tiếp tục",
        Locale::En => "Continue",
    }
}

fn missing(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "Không có trang này trong thủ tục.",
        Locale::En => "This procedure has no such page.",
    }
}
