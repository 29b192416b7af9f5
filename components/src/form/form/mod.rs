//! `Form`: a real `<form method="post" novalidate>` that owns the [`FormModel`], the error
//! summary and the submit flow: all rules on submit, the summary focused and the page title
//! prefixed with "Lỗi: " on failure, errors clearing as answers are fixed, and no double
//! submit; links that carry its answers (the language switch, see `carry`). Without
//! WebAssembly it is a plain HTML form that posts.

pub(crate) mod autosave;
mod carry;
pub(crate) mod examples;
pub(crate) mod retry;

use super::error_summary::ErrorSummary;
use super::model::{FormModel, InitialProblem};
use super::submission::{
    decode_problems, encode_problems, server_element, Answers, Checked, Submission, FORM_ID_FIELD,
};
use crate::i18n::{t, use_locale, Ui};
use dvc_rules::date::Date;
use dvc_rules::form::{check_posted, strip_unasked, FormValues};
use leptos::context::Provider;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A form whose questions check themselves.
///
/// With `on_valid`, a submit that passes every rule is handled in the page: the callback
/// receives the answers ([`FormValues`]: read them as names, dates, phones…). Without it,
/// the browser posts the form to `action` as usual once it passes.
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_rules::form::FieldRule;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Register() -> impl IntoView {
///     view! {
///         <Form action="/dang-ky" on_valid=move |values: dvc_rules::form::FormValues| {
///             let _name = values.name("full_name");
///         }>
///             <Field name="full_name" label="Họ và tên" rule=FieldRule::Name>
///                 <TextInput autocomplete="name" spellcheck=false/>
///             </Field>
///             <Button>"Tiếp tục"</Button>
///         </Form>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::form`].
#[component]
pub fn Form(
    /// Where the form posts (default: the current address).
    #[prop(optional, into)]
    action: Option<String>,
    /// Handles a valid submit in the page instead of posting.
    #[prop(optional, into)]
    on_valid: Option<Callback<FormValues>>,
    /// The id of the form element (default "dvc-form"); give each form of a page its own.
    /// Posted as `dvc_form`, so the server knows which form answered.
    #[prop(optional, into)]
    id: Option<String>,
    /// Keeps the answers on the server while the citizen types: a
    /// moment after typing stops and when the page is hidden, posted to `action` with
    /// `dvc_action=autosave` (files and passwords never). For a server that keeps drafts.
    #[prop(optional)]
    autosave: bool,
    /// A post to this site that fails on the network stays on the page, says so and is
    /// sent again (by itself, then by "Thử lại"; see `retry`). For a server that answers
    /// the same post twice the same way.
    #[prop(optional)]
    retry: bool,
    /// A model made by the caller, to read the form's specs (e.g. to validate the same
    /// questions on a server) or its state. Default: a new one.
    #[prop(optional, into)]
    model: Option<FormModel>,
    children: Children,
) -> impl IntoView {
    let model = model.unwrap_or_else(|| FormModel::new(use_locale()));
    let form_id = id.unwrap_or_else(|| "dvc-form".to_string());
    let summary_id = format!("{form_id}-summary");
    let focus_id = summary_id.clone();
    let prefix = t(Ui::ErrorTitlePrefix);

    // A page rendered again after a post of this form: the answers and problems.
    let submission = use_context::<Submission>().filter(|s| s.form == form_id);
    if let Some(s) = &submission {
        model.answers.set_value(Some(Answers(s.pairs.clone())));
        if let Some(problems) = &s.problems {
            model.set_initial(
                problems
                    .iter()
                    .cloned()
                    .map(InitialProblem::Found)
                    .collect(),
            );
        }
    } else if let Some(el) = server_element(&form_id) {
        // Hydrating the page the server sent: the same problems, as the server worded them.
        let shown = el.get_attribute("data-dvc-problems").unwrap_or_default();
        let problems = decode_problems(&shown)
            .into_iter()
            .map(|(name, message, parts)| InitialProblem::Shown {
                name,
                message,
                parts,
            });
        model.set_initial(problems.collect());
    }

    // Building the questions registers them (and their initial problems).
    let questions = view! { <Provider value=model>{children()}</Provider> };
    if let Some(s) = submission.filter(|s| s.problems.is_none()) {
        let specs = model.specs();
        let problems = check_posted(&specs, &s.pairs, &s.files, s.today);
        s.record(Checked { problems, specs });
    }

    // The language switch's links post these answers to the other language's page.
    carry::carry_answers_from_links(form_id.clone());
    // Coming back to this page from the history (back/forward cache), an earlier submit
    // must not keep blocking the next one.
    if !crate::SERVER_RENDER {
        let _ = window_event_listener(leptos::ev::pageshow, move |_| model.pending.set(false));
    }

    let (typed, sent) = autosave
        .then(|| autosave::keep_typing_saved(form_id.clone()))
        .unzip();

    let resend = retry::Resend {
        state: RwSignal::new(retry::Network::Fine),
        pending: model.pending,
        native: StoredValue::new(false),
    };
    if retry && !crate::SERVER_RENDER {
        // Back online after the tries by themselves: sent at once.
        let id = form_id.clone();
        let _ = window_event_listener(leptos::ev::online, move |_| {
            if resend.state.get_untracked() == retry::Network::Failed {
                if let Some(f) = document()
                    .get_element_by_id(&id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())
                {
                    let _ = f.request_submit();
                }
            }
        });
    }

    let on_submit = move |ev: SubmitEvent| {
        if resend.native.get_value() {
            // The server answered a script's post with a page: the browser posts as usual.
            resend.native.set_value(false);
            return;
        }
        if model.pending.get_untracked() {
            ev.prevent_default();
            return;
        }
        // The post carries the answers: no background send after it.
        let posting = move || {
            if let Some(sent) = sent {
                sent.run(());
            }
        };
        // A button marked `formnovalidate` (a language switch, "save and come back later")
        // sends the answers as they are, for the server to keep: nothing is checked here.
        if ev
            .submitter()
            .is_some_and(|b| b.has_attribute("formnovalidate"))
        {
            posting();
            return;
        }
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
        else {
            return;
        };
        let posted = posted_pairs(&form);
        if model.check_all(&posted, today()) {
            set_title_prefix(prefix, false);
            // A second press within a second is the same intention (as GOV.UK Frontend's
            // double-click guard); after that the citizen may send again, e.g. after a
            // network error.
            model.pending.set(true);
            posting();
            if retry && on_valid.is_none() && retry::posts_here(&form) {
                ev.prevent_default();
                let submitter = ev
                    .submitter()
                    .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
                retry::send(form, submitter, resend, 0);
                return;
            }
            set_timeout(
                move || model.pending.set(false),
                std::time::Duration::from_millis(1000),
            );
            if let Some(cb) = on_valid {
                ev.prevent_default();
                cb.run(FormValues(strip_unasked(&model.specs(), &posted)));
            }
        } else {
            ev.prevent_default();
            set_title_prefix(prefix, true);
            let id = focus_id.clone();
            request_animation_frame(move || focus_by_id(&id));
        }
    };
    let recheck = move |ev: leptos::ev::Event| {
        if let Some(typed) = typed {
            typed.run(());
        }
        let form = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
        if let Some(form) = form {
            model.recheck_errors(&posted_pairs(&form), today());
        }
    };
    let enctype = move || model.has_files.get_value().then_some("multipart/form-data");
    let problems_attr = move || {
        let items = model.error_items();
        (!items.is_empty()).then(|| encode_problems(&items))
    };

    let hidden_id = form_id.clone();
    view! {
        <form class="dvc-form" method="post" action=action.filter(|a| !a.is_empty()) novalidate=true id=form_id
            enctype=enctype data-dvc-problems=problems_attr
            on:submit=on_submit on:input=recheck on:change=recheck>
            <input type="hidden" name=FORM_ID_FIELD value=hidden_id/>
            <ErrorSummary items=model.summary id=summary_id/>
            {move || not_sent(resend.state.get())}
            {questions}
        </form>
    }
}

/// What the page says while a post has not reached the server (nothing otherwise).
fn not_sent(state: retry::Network) -> Option<impl IntoView> {
    match state {
        retry::Network::Fine => None,
        retry::Network::Retrying => Some(view! { <retry::NotSent/> }),
        retry::Network::Failed => Some(view! { <retry::NotSent failed=true/> }),
    }
}

/// Focuses a box that is not a control (the error summary): focusable by script only
/// while it has focus, so a later click inside it draws no focus ring around the whole box
/// (as GOV.UK Frontend does).
pub(crate) fn focus_by_id(id: &str) {
    let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = el.set_attribute("tabindex", "-1");
    let target = el.clone();
    let on_blur = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = target.remove_attribute("tabindex");
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
        "blur",
        on_blur.unchecked_ref(),
        &options,
    );
    let _ = el.focus();
}

/// The name/value pairs the form would post; a file is represented by its file name.
pub(crate) fn posted_pairs(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    let Ok(data) = web_sys::FormData::new_with_form(form) else {
        return Vec::new();
    };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            let name = pair.get(0).as_string()?;
            let value = pair.get(1);
            let value = match value.as_string() {
                Some(s) => s,
                None => value
                    .dyn_into::<web_sys::File>()
                    .map(|f| f.name())
                    .unwrap_or_default(),
            };
            Some((name, value))
        })
        .collect()
}

/// Today in the citizen's time zone.
pub(crate) fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

fn set_title_prefix(prefix: &str, on: bool) {
    let doc = document();
    let title = doc.title();
    let bare = title.strip_prefix(prefix).unwrap_or(&title).to_string();
    doc.set_title(&if on { format!("{prefix}{bare}") } else { bare });
}
