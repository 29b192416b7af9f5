//! `NameInput`: a full name with Vietnamese (and Central Highlands) letters.

use super::{question, BoxSetup};
use crate::form::{InputWidth, TextInputType};
use crate::i18n::{use_locale, Ui};
use dvc_rules::form::FieldRule;
use leptos::prelude::*;

/// A full name: stored NFC with single spaces; digits and symbols are refused with a
/// message naming them; `autocomplete="name"`, no spell-checking.
///
/// ```
/// use dvc_ui::vn::NameInput;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Name() -> impl IntoView {
///     view! { <NameInput name="full_name"/> }
/// }
/// ```
#[component]
pub fn NameInput(
    #[prop(into)] name: String,
    /// The question (default in the page's language).
    #[prop(optional, into)]
    label: Option<String>,
    /// Help under the question (default in the page's language).
    #[prop(optional, into)]
    hint: Option<String>,
    #[prop(optional)]
    optional: bool,
    #[prop(optional, into)]
    error: MaybeProp<String>,
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    let setup = BoxSetup { input_type: TextInputType::Text, inputmode: None, autocomplete: "name", width: InputWidth::Full, suffix: None };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    let locale = use_locale();
    let label = label.unwrap_or_else(|| Ui::NameLabel.text(locale).into());
    let hint = Some(hint.unwrap_or_else(|| Ui::NameHint.text(locale).into()));
    question(name, label, hint, optional, error, FieldRule::Name, setup, value, |_| None)
}
