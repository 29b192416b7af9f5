//! `Radios`: one answer from a few options, inside a group [`Field`](super::Field)
//! (fieldset + legend), with per-option hints, an "or" divider and follow-up questions.

pub(crate) mod examples;

use super::choice::{option_view, restored_choices, Choice, OptionIds};
use super::field::use_field;
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
///
/// Every named example, compiled: [`crate::examples::gallery::radios`].
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
    let field = match use_field("Radios", true) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    if let Some(checked) = restored_choices(&field.input_id, &field.name, &options) {
        value.set(checked.into_iter().next().unwrap_or_default());
    }
    let class = if inline {
        "dvc-radios dvc-radios--inline"
    } else {
        "dvc-radios"
    };
    let or = t(Ui::Or);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let ids = OptionIds::new(&field.input_id, i, &option);
            let v = option.value.clone();
            let chosen = move || value.with(|c| *c == v);
            let v_set = option.value.clone();
            let input = view! {
                <input class="dvc-radios__input" id=ids.id.clone() name=field.name.clone() type="radio" value=option.value.clone()
                    checked=chosen() prop:checked=chosen.clone()
                    aria-describedby=ids.hint.clone() aria-controls=ids.conditional.clone()
                    aria-invalid=field.aria_invalid()
                    on:change=move |_| value.set(v_set.clone())/>
            }
            .into_any();
            option_view("dvc-radios", or, option, ids, input)
        })
        .collect_view();
    view! { <div class=class data-dvc-module="choices">{items}</div> }.into_any()
}
