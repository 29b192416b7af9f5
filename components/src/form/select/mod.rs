//! `Select`: a native drop-down inside a [`Field`](super::Field). Prefer radios for fewer
//! than about eight options; a select hides them.

pub(crate) mod examples;

use super::choice::Choice;
use super::field::use_field;
use super::submission::restored_value;
use leptos::prelude::*;

/// A native `<select>`. `placeholder` adds a first empty option ("Chọn tỉnh, thành phố").
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::form::{Choice, Select};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Ethnicity() -> impl IntoView {
///     view! {
///         <Field name="ethnicity" label="Dân tộc">
///             <Select placeholder="Chọn dân tộc" options=vec![Choice::new("kinh", "Kinh"), Choice::new("tay", "Tày")]/>
///         </Field>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::select`].
#[component]
pub fn Select(
    options: Vec<Choice>,
    #[prop(optional, into)] placeholder: Option<String>,
    /// The chosen value, two-way.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    #[prop(optional, into)] autocomplete: Option<String>,
    #[prop(optional, into)] disabled: MaybeProp<bool>,
) -> impl IntoView {
    let field = match use_field("Select", false) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    if let Some(v) = restored_value(&field.input_id, &field.name) {
        value.set(v);
    }
    view! {
        <select class="dvc-select" class:dvc-select--error=field.in_error()
            id=field.input_id.clone() name=field.name.clone() autocomplete=autocomplete
            aria-describedby=field.aria_describedby()
            aria-invalid=field.aria_invalid()
            disabled=move || disabled.get().unwrap_or(false)
            prop:value=move || value.get()
            on:change=move |ev| value.set(event_target_value(&ev))>
            {placeholder.map(|p| view! { <option value="" selected=value.get_untracked().is_empty()>{p}</option> })}
            {options.into_iter().map(|o| {
                let selected = value.get_untracked() == o.value;
                view! { <option value=o.value selected=selected>{o.label}</option> }
            }).collect_view()}
        </select>
    }
    .into_any()
}
