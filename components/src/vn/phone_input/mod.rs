//! `PhoneInput`: a Vietnamese phone number, kept as +84 and shown grouped.

use super::{question, BoxSetup};
use crate::form::{InputWidth, TextInputType};
use crate::i18n::{use_locale, Ui};
use dvc_rules::form::FieldRule;
use dvc_rules::phone::parse_phone;
use leptos::prelude::*;

/// A mobile number (landlines only with `allow_landline`). Accepts 0912345678, +84…, 84…,
/// 0084… with spaces, dots or dashes; reads it back as "0912 345 678". Read the answer with
/// `FormValues::phone` (its `e164()` is "+84912345678").
///
/// ```
/// use dvc_ui::vn::PhoneInput;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Phone() -> impl IntoView {
///     view! { <PhoneInput name="phone"/> }
/// }
/// ```
#[component]
pub fn PhoneInput(
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
    allow_landline: bool,
    #[prop(optional, into)]
    error: MaybeProp<String>,
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    let setup = BoxSetup { input_type: TextInputType::Tel, inputmode: Some("tel"), autocomplete: "tel", width: InputWidth::Chars20, suffix: None };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    let locale = use_locale();
    let label = label.unwrap_or_else(|| Ui::PhoneLabel.text(locale).into());
    let hint = Some(hint.unwrap_or_else(|| Ui::PhoneHint.text(locale).into()));
    question(name, label, hint, optional, error, FieldRule::Phone { allow_landline }, setup, value, move |typed| {
        parse_phone(typed, allow_landline).ok().map(|p| format!("{}{}", Ui::YouEntered.text(locale), p.display()))
    })
}
