//! `CitizenIdInput`: the 12-digit personal identification number (số định danh cá nhân).

use super::{question, BoxSetup};
use crate::form::{InputWidth, TextInputType};
use crate::i18n::{use_locale, Ui};
use dvc_rules::citizen_id::{parse_citizen_id, CitizenId, Sex};
use dvc_rules::form::FieldRule;
use leptos::prelude::*;

/// The personal ID number: typed or pasted with spaces (removed), read back grouped with
/// what it encodes ("001 203 456 789 · Thành phố Hà Nội · nam · sinh năm 2003"). When the
/// form also asks for the date of birth and sex, name their fields to cross-check them.
/// The old 9-digit ID card number is accepted only with `allow_old_card`.
///
/// ```
/// use dvc_ui::vn::CitizenIdInput;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Id() -> impl IntoView {
///     view! { <CitizenIdInput name="id_number" birth_date_field="dob" sex_field="sex"/> }
/// }
/// ```
#[component]
pub fn CitizenIdInput(
    #[prop(into)] name: String,
    /// The question (default in the page's language).
    #[prop(optional, into)]
    label: Option<String>,
    /// Help under the question (default in the page's language).
    #[prop(optional, into)]
    hint: Option<String>,
    #[prop(optional)]
    optional: bool,
    #[prop(optional)]
    allow_old_card: bool,
    /// The name of the form's date-of-birth field (a DateInput), to cross-check the year.
    #[prop(optional, into)]
    birth_date_field: Option<String>,
    /// The name of the form's sex field (values "male"/"female"), to cross-check it.
    #[prop(optional, into)]
    sex_field: Option<String>,
    #[prop(optional, into)]
    error: MaybeProp<String>,
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    let rule = FieldRule::CitizenId { allow_old_card, birth_date_field, sex_field };
    let setup = BoxSetup { input_type: TextInputType::Text, inputmode: Some("numeric"), autocomplete: "off", width: InputWidth::Chars20, suffix: None };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    let locale = use_locale();
    let text = move |key: Ui| key.text(locale);
    let label = label.unwrap_or_else(|| text(Ui::IdLabel).into());
    let hint = Some(hint.unwrap_or_else(|| text(Ui::IdHint).into()));
    question(name, label, hint, optional, error, rule, setup, value, move |typed| {
        parse_citizen_id(typed, allow_old_card).ok().map(|id| match &id {
            CitizenId::Personal { province, sex, birth_year, .. } => {
                let sex = text(if *sex == Sex::Male { Ui::Male } else { Ui::Female });
                format!("{}{} · {}{} · {sex} · {}{birth_year}", text(Ui::YouEntered), id.grouped(), text(Ui::BirthRegisteredIn), province.name, text(Ui::BornIn))
            }
            CitizenId::OldCard { .. } => format!("{}{}", text(Ui::OldCardEntered), id.grouped()),
        })
    })
}
