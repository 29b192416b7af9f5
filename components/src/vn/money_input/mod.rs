//! `MoneyInput`: an amount in đồng, read back in words.

use super::{question, BoxSetup};
use crate::form::{InputWidth, TextInputType};
use crate::i18n::{use_locale, Ui};
use dvc_rules::form::FieldRule;
use dvc_rules::money::{amount_in_words, format_vnd, parse_vnd};
use leptos::prelude::*;

/// An amount of money: accepts "1.234.567", "1234567", "1 234 567"; shows the amount and
/// its words under the box ("1.234.567 ₫ — một triệu hai trăm ba mươi tư nghìn…").
///
/// ```
/// use dvc_ui::vn::MoneyInput;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Amount() -> impl IntoView {
///     view! { <MoneyInput name="amount" label="Số tiền đề nghị hỗ trợ"/> }
/// }
/// ```
#[component]
pub fn MoneyInput(
    #[prop(into)] name: String,
    #[prop(into)] label: String,
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
    let setup = BoxSetup { input_type: TextInputType::Text, inputmode: Some("numeric"), autocomplete: "off", width: InputWidth::Chars10, suffix: Some("₫") };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    let hint = Some(hint.unwrap_or_else(|| Ui::MoneyHint.text(use_locale()).into()));
    question(name, label, hint, optional, error, FieldRule::Money, setup, value, |typed| {
        parse_vnd(typed).ok().map(|n| {
            let words = amount_in_words(n);
            let mut chars = words.chars();
            let words: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            format!("{} — {words}", format_vnd(n))
        })
    })
}
