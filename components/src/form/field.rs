//! `Field`: owns one question — its id, name, label, hint and error — and hands them to
//! the control inside through [`FieldContext`], so `<label for>`, `aria-describedby`,
//! `aria-invalid` and the error's id are always right. Must not render the control itself.

use super::id_from_name;
use crate::i18n::use_locale;
use leptos::prelude::*;

/// What a control inside a [`Field`] needs to wire itself up.
#[derive(Clone)]
pub struct FieldContext {
    /// The `name` the control posts under.
    pub name: String,
    /// The control's `id` (the label's `for`).
    pub input_id: String,
    /// The hint's id, when the question has a hint.
    pub hint_id: Option<String>,
    /// The error message's id (only present in the page while there is an error).
    pub error_id: String,
    /// The current error message, without the "Lỗi:" prefix.
    pub error: Signal<Option<String>>,
}

impl FieldContext {
    /// Whether the question is in error right now (tracked).
    pub fn has_error(&self) -> bool {
        self.error.with(|e| e.as_ref().is_some_and(|m| !m.is_empty()))
    }

    /// The ids for `aria-describedby`: the hint, then the error while there is one.
    /// `None` when there is nothing to describe (the attribute is then left out).
    pub fn described_by(&self) -> Option<String> {
        let mut ids: Vec<&str> = Vec::new();
        if let Some(hint) = &self.hint_id {
            ids.push(hint);
        }
        if self.has_error() {
            ids.push(&self.error_id);
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// One question of a form: label, optional hint, error message and one control.
///
/// The control (e.g. [`TextInput`](super::TextInput)) is given as the child and takes its
/// name and id from the field. Questions are required by default; `optional` adds
/// "(không bắt buộc)" to the label instead of marking required ones with an asterisk.
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Email() -> impl IntoView {
///     let error = RwSignal::new(Some("Nhập địa chỉ email đúng định dạng, như ten@vidu.vn".to_string()));
///     view! {
///         <Field name="email" label="Địa chỉ email" optional=true error=error>
///             <TextInput input_type=TextInputType::Email autocomplete="email"/>
///         </Field>
///     }
/// }
/// ```
#[component]
pub fn Field(
    /// The name the answer is posted under; also the base of the generated ids.
    #[prop(into)]
    name: String,
    /// The question, as the visible label.
    #[prop(into)]
    label: String,
    /// Help shown under the label and read with the control.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The error message (without "Lỗi:"), reactive; nothing while the answer is fine.
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// Overrides the generated control id (default: `dvc-` + name).
    #[prop(optional, into)]
    id: Option<String>,
    /// The question may be left blank.
    #[prop(optional)]
    optional: bool,
    /// Shows the label as the page heading (for one-question pages, GOV.UK style).
    #[prop(optional)]
    label_is_heading: bool,
    /// The control.
    children: Children,
) -> impl IntoView {
    let locale = use_locale();
    let input_id = id.unwrap_or_else(|| id_from_name(&name));
    let hint_id = hint.as_ref().map(|_| format!("{input_id}-hint"));
    let error_id = format!("{input_id}-error");
    let error = Signal::derive(move || error.get().filter(|m| !m.trim().is_empty()));
    let ctx = FieldContext {
        name,
        input_id: input_id.clone(),
        hint_id: hint_id.clone(),
        error_id: error_id.clone(),
        error,
    };
    provide_context(ctx);

    let label_text = if optional {
        format!("{label} {}", locale.optional_marker())
    } else {
        label
    };
    let label_view = view! {
        <label class="dvc-label" for=input_id>{label_text}</label>
    };
    let label_view = if label_is_heading {
        view! { <h1 class="dvc-label-wrapper">{label_view}</h1> }.into_any()
    } else {
        label_view.into_any()
    };
    let prefix = locale.error_prefix();

    view! {
        <div class="dvc-field" class:dvc-field--error=move || error.with(Option::is_some)>
            {label_view}
            {hint.map(|h| view! { <div class="dvc-hint" id=hint_id>{h}</div> })}
            {move || error.get().map(|message| view! {
                <p class="dvc-error-message" id=error_id.clone()>
                    <span class="dvc-visually-hidden">{prefix}" "</span>
                    {message}
                </p>
            })}
            {children()}
        </div>
    }
}
