//! `NameInput`: a full name with Vietnamese (and Central Highlands) letters.

use super::{question, BoxSetup};
use crate::form::{InputWidth, TextInputType};
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
    #[prop(optional, into, default = "Họ và tên".to_string())]
    label: String,
    #[prop(optional, into, default = Some("Ghi đầy đủ, có dấu, như trên thẻ căn cước".to_string()))]
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
    question(name, label, hint, optional, error, FieldRule::Name, setup, value, |_| None)
}
