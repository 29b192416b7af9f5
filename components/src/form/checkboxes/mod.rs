//! `Checkboxes`: any number of answers, inside a group [`Field`](super::Field), with hints,
//! an "or" divider, an exclusive "none of these" option and follow-up questions.

pub(crate) mod examples;

use super::choice::{option_view, restored_choices, Choice, OptionIds};
use super::field::use_field;
use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// Checkboxes. Put them in a `Field` with `group=true`. An option marked `exclusive`
/// ("Không có", none of these) clears the others when ticked, and is cleared when another
/// is ticked. A follow-up is tied to its checkbox with `aria-controls` and `aria-expanded`.
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::form::{Checkboxes, Choice};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Benefits() -> impl IntoView {
///     view! {
///         <Field name="benefits" label="Bạn đang nhận trợ cấp nào?" group=true>
///             <Checkboxes options=vec![
///                 Choice::new("elderly", "Trợ cấp người cao tuổi"),
///                 Choice::new("disability", "Trợ cấp người khuyết tật"),
///                 Choice::new("none", "Không nhận trợ cấp nào").or_before().exclusive(),
///             ]/>
///         </Field>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::checkboxes`].
#[component]
pub fn Checkboxes(
    options: Vec<Choice>,
    /// The ticked values, two-way.
    #[prop(optional, into)]
    value: Option<RwSignal<Vec<String>>>,
) -> impl IntoView {
    let field = match use_field("Checkboxes", true) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let value = value.unwrap_or_else(|| RwSignal::new(Vec::new()));
    if let Some(checked) = restored_choices(&field.input_id, &field.name, &options) {
        value.set(checked);
    }
    let exclusive: Vec<String> = options
        .iter()
        .filter(|o| o.exclusive)
        .map(|o| o.value.clone())
        .collect();
    let or = t(Ui::Or);
    let items = options
        .into_iter()
        .enumerate()
        .map(|(i, option)| {
            let ids = OptionIds::new(&field.input_id, i, &option);
            let v = option.value.clone();
            let checked = move || value.with(|c| c.contains(&v));
            let (v_set, is_exclusive, exclusive) = (option.value.clone(), option.exclusive, exclusive.clone());
            let expanded = option.reveals.is_some().then_some(checked.clone());
            let input = view! {
                <input class="dvc-checkboxes__input" id=ids.id.clone() name=field.name.clone() type="checkbox" value=option.value.clone()
                    checked=checked() prop:checked=checked.clone()
                    aria-describedby=ids.hint.clone() aria-controls=ids.conditional.clone()
                    aria-expanded=move || expanded.as_ref().map(|e| if e() { "true" } else { "false" })
                    aria-invalid=field.aria_invalid()
                    data-dvc-exclusive=is_exclusive.then_some("")
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        value.update(|list| {
                            list.retain(|x| *x != v_set);
                            if on {
                                if is_exclusive {
                                    list.clear();
                                } else {
                                    list.retain(|x| !exclusive.contains(x));
                                }
                                list.push(v_set.clone());
                            }
                        });
                    }/>
            }
            .into_any();
            option_view("dvc-checkboxes", or, option, ids, input)
        })
        .collect_view();
    view! { <div class="dvc-checkboxes" data-dvc-module="choices">{items}</div> }.into_any()
}
