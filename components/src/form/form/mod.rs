//! `Form`: a real `<form method="post" novalidate>` that owns the [`FormModel`], the error
//! summary and the submit flow: all rules on submit, the summary focused and the page title
//! prefixed with "Lỗi: " on failure, errors clearing as answers are fixed, and no double
//! submit; links that carry its answers (the language switch, see `carry.js`). The component
//! renders; the behaviour is `enhance.js` beside this file (`data-dvc-module="form"`, with
//! `autosave.js`, `retry.js` and `carry.js`). Without it the form is a plain HTML form that
//! posts.

#[cfg(feature = "markup")]
pub(crate) mod examples;
#[cfg(feature = "markup")]
pub(crate) mod retry;

#[cfg(feature = "markup")]
pub use dvc_rules::posted::AUTOSAVE;

/// The event a valid submit fires on a form marked `data-dvc-in-page` (the behaviour's
/// `VALID_EVENT`): a Leptos app's `on_valid` hears it.
#[cfg(feature = "markup")]
pub const VALID_EVENT: &str = "dvc-valid";

/// The name/value pairs `form` would post; a file is represented by its file name.
#[cfg(feature = "markup")]
fn posted_pairs(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    use wasm_bindgen::JsCast;
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

#[cfg(feature = "markup")]
use {
    super::error_summary::ErrorSummary,
    super::model::{FormModel, InitialProblem},
    super::submission::{
        decode_problems, encode_problems, server_element, Answers, Checked, Submission,
        FORM_ID_FIELD,
    },
    crate::i18n::use_locale,
    dvc_rules::form::{check_posted, strip_unasked, FormValues},
    leptos::context::Provider,
    leptos::prelude::*,
    wasm_bindgen::JsCast,
};

#[cfg(feature = "markup")]
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

    // In a Leptos app, a valid submit handled in the page: the behaviour fires
    // `dvc-valid` on the form instead of posting.
    if let (Some(cb), false) = (on_valid, crate::SERVER_RENDER) {
        let id = form_id.clone();
        // Removed with the form (a Leptos app may mount it again and again).
        let listening = window_event_listener_untyped(VALID_EVENT, move |ev| {
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
                .filter(|f| f.id() == id)
            else {
                return;
            };
            let posted = posted_pairs(&form);
            cb.run(FormValues(strip_unasked(&model.specs(), &posted)));
        });
        on_cleanup(move || listening.remove());
    }
    let enctype = move || model.has_files.get_value().then_some("multipart/form-data");
    let problems_attr = move || {
        let items = model.error_items();
        (!items.is_empty()).then(|| encode_problems(&items))
    };

    let hidden_id = form_id.clone();
    view! {
        <form class="dvc-form" method="post" action=action.filter(|a| !a.is_empty()) novalidate=true id=form_id
            enctype=enctype data-dvc-problems=problems_attr data-dvc-module="form"
            data-dvc-autosave=autosave.then_some("") data-dvc-retry=retry.then_some("")
            data-dvc-in-page=on_valid.is_some().then_some("")>
            <input type="hidden" name=FORM_ID_FIELD value=hidden_id/>
            <ErrorSummary items=model.summary id=summary_id/>
            {questions}
        </form>
    }
}
