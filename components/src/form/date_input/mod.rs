//! `DateInput`: a date as three numeric boxes — ngày / tháng / năm, in Vietnamese order —
//! inside a group [`Field`](super::Field) with `rule=FieldRule::Date(..)`. Only the wrong
//! box is highlighted.

pub(crate) mod examples;

use super::field::use_field;
use super::submission::restored_value;
use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// The three boxes (widths 2, 2, 4; `inputmode="numeric"`, never `type="number"`), posted as
/// `NAME-day`, `NAME-month`, `NAME-year`. `birthday` sets `autocomplete="bday-…"`.
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::form::DateInput;
/// use dvc_rules::{date::DateLimits, form::FieldRule};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Birth() -> impl IntoView {
///     view! {
///         <Field name="dob" label="Ngày sinh" hint="Ví dụ: 27 3 1990" group=true
///             rule=FieldRule::Date(DateLimits { past: true, ..Default::default() })>
///             <DateInput birthday=true/>
///         </Field>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::date_input`].
#[component]
pub fn DateInput(
    #[prop(optional)] birthday: bool,
    /// Initial values (day, month, year) for a server render, e.g. after a failed post.
    #[prop(optional, into)]
    values: Option<(String, String, String)>,
) -> impl IntoView {
    let field = match use_field("DateInput", true) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let (d, m, y) = values.unwrap_or_default();
    let boxes = [
        ("day", Ui::Day, "dvc-input--width-2", d),
        ("month", Ui::Month, "dvc-input--width-2", m),
        ("year", Ui::Year, "dvc-input--width-4", y),
    ];
    let items = boxes
        .into_iter()
        .map(|(part, label, width, initial)| {
            let id = format!("{}-{part}", field.input_id);
            let name = format!("{}-{part}", field.name);
            let initial = restored_value(&id, &name).unwrap_or(initial);
            let autocomplete = birthday.then(|| format!("bday-{part}"));
            let (wrong, wrong_class) = (field.clone(), field.clone());
            let class = format!("dvc-input dvc-date-input__input {width}");
            view! {
                <div class="dvc-date-input__item">
                    <label class="dvc-label dvc-date-input__label" for=id.clone()>{t(label)}</label>
                    <input class=class class:dvc-input--error=move || wrong_class.part_has_error(part)
                        id=id name=name type="text" inputmode="numeric" autocomplete=autocomplete
                        spellcheck="false" value=initial
                        aria-invalid=move || wrong.part_has_error(part).then_some("true")/>
                </div>
            }
        })
        .collect_view();
    view! { <div class="dvc-date-input" id=field.input_id.clone()>{items}</div> }.into_any()
}
