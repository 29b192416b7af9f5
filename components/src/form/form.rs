//! `Form`: a real `<form method="post" novalidate>` that owns the [`FormModel`], the error
//! summary and the submit flow: all rules on submit, the summary focused and the page title
//! prefixed with "Lỗi: " on failure, errors clearing as answers are fixed, and no double
//! submit. Without WebAssembly it is a plain HTML form that posts.

use super::error_summary::ErrorSummary;
use super::model::FormModel;
use crate::i18n::{t, use_locale, Ui};
use dvc_rules::date::Date;
use dvc_rules::form::FormValues;
use leptos::ev::SubmitEvent;
use leptos::context::Provider;
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
#[component]
pub fn Form(
    /// Where the form posts (default: the current address).
    #[prop(optional, into)]
    action: Option<String>,
    /// Handles a valid submit in the page instead of posting.
    #[prop(optional, into)]
    on_valid: Option<Callback<FormValues>>,
    /// The id of the form element.
    #[prop(optional, into)]
    id: Option<String>,
    /// A model made by the caller, to read the form's specs (e.g. to validate the same
    /// questions on a server) or its state. Default: a new one.
    #[prop(optional, into)]
    model: Option<FormModel>,
    children: Children,
) -> impl IntoView {
    let model = model.unwrap_or_else(|| FormModel::new(use_locale()));
    // Provided through a `Provider` (an owner of its own), so a second form on the page
    // cannot replace this one's model for parts rendered again later.
    let summary_id = format!("{}-summary", id.as_deref().unwrap_or("dvc-form"));
    let focus_id = summary_id.clone();
    let prefix = t(Ui::ErrorTitlePrefix);

    let on_submit = move |ev: SubmitEvent| {
        if model.pending.get_untracked() {
            ev.prevent_default();
            return;
        }
        let Some(form) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
        let posted = posted_pairs(&form);
        if model.check_all(&posted, today()) {
            set_title_prefix(prefix, false);
            match on_valid {
                Some(cb) => {
                    ev.prevent_default();
                    cb.run(FormValues(posted));
                }
                None => model.pending.set(true),
            }
        } else {
            ev.prevent_default();
            set_title_prefix(prefix, true);
            let id = focus_id.clone();
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            });
        }
    };
    let recheck = move |ev: leptos::ev::Event| {
        let form = ev.current_target().and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok());
        if let Some(form) = form {
            model.recheck_errors(&posted_pairs(&form), today());
        }
    };

    view! {
        <form class="dvc-form" method="post" action=action.unwrap_or_default() novalidate=true id=id
            on:submit=on_submit on:input=recheck on:change=recheck>
            <ErrorSummary items=model.summary id=summary_id/>
            <Provider value=model>{children()}</Provider>
        </form>
    }
}

/// The name/value pairs the form would post; a file is represented by its file name.
pub(crate) fn posted_pairs(form: &web_sys::HtmlFormElement) -> Vec<(String, String)> {
    let Ok(data) = web_sys::FormData::new_with_form(form) else { return Vec::new() };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else { return Vec::new() };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            let name = pair.get(0).as_string()?;
            let value = pair.get(1);
            let value = match value.as_string() {
                Some(s) => s,
                None => value.dyn_into::<web_sys::File>().map(|f| f.name()).unwrap_or_default(),
            };
            Some((name, value))
        })
        .collect()
}

/// Today in the citizen's time zone.
pub(crate) fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date { year: now.get_full_year() as u16, month: now.get_month() as u8 + 1, day: now.get_date() as u8 }
}

fn set_title_prefix(prefix: &str, on: bool) {
    let doc = document();
    let title = doc.title();
    let bare = title.strip_prefix(prefix).unwrap_or(&title).to_string();
    doc.set_title(&if on { format!("{prefix}{bare}") } else { bare });
}
