//! `Radios`: one answer from a few options, inside a group [`Field`](super::Field)
//! (fieldset + legend), with per-option hints, an "or" divider and follow-up questions.

use super::choice::{conditional_hidden, option_id, Choice};
use super::field::FieldContext;
use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// Radio buttons. Put them in a `Field` with `group=true`.
///
/// A follow-up revealed by an option is tied to it with `aria-controls` (not
/// `aria-expanded`, which ARIA does not allow on a radio button).
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::form::{Choice, Radios};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Sex() -> impl IntoView {
///     view! {
///         <Field name="sex" label="Giới tính" group=true>
///             <Radios inline=true options=vec![Choice::new("male", "Nam"), Choice::new("female", "Nữ")]/>
///         </Field>
///     }
/// }
/// ```
#[component]
pub fn Radios(
    options: Vec<Choice>,
    /// Side by side (for two short options such as Có / Không).
    #[prop(optional)]
    inline: bool,
    /// The chosen value, two-way ("" for none).
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    let Some(field) = use_context::<FieldContext>() else {
        return view! { <p class="dvc-error-message">"dvc-ui: Radios phải nằm trong một Field group=true."</p> }.into_any();
    };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    let class = if inline { "dvc-radios dvc-radios--inline" } else { "dvc-radios" };
    let or = t(Ui::Or);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let id = option_id(&field.input_id, i);
            let hint_id = option.hint.as_ref().map(|_| format!("{id}-item-hint"));
            let conditional_id = option.reveals.as_ref().map(|_| format!("{id}-conditional"));
            let v = option.value.clone();
            let chosen = move || value.with(|c| *c == v);
            let initially = chosen();
            let v_set = option.value.clone();
            let invalid = field.clone();
            view! {
                {option.divider_before.then(|| view! { <div class="dvc-radios__divider">{or}</div> })}
                <div class="dvc-radios__item">
                    <input class="dvc-radios__input" id=id.clone() name=field.name.clone() type="radio" value=option.value.clone()
                        checked=initially prop:checked=chosen.clone()
                        aria-describedby=hint_id.clone() aria-controls=conditional_id.clone()
                        aria-invalid=move || invalid.has_error().then_some("true")
                        on:change=move |_| value.set(v_set.clone())/>
                    <label class="dvc-label dvc-radios__label" for=id>{option.label}</label>
                    {option.hint.map(|h| view! { <div class="dvc-hint dvc-radios__hint" id=hint_id>{h}</div> })}
                </div>
                {option.reveals.map(|reveal| view! {
                    <div class="dvc-radios__conditional" class:dvc-hidden=move || conditional_hidden(chosen()) id=conditional_id>
                        {reveal.run()}
                    </div>
                })}
            }
        })
        .collect_view();
    view! { <div class=class>{items}</div> }.into_any()
}
