//! `TaxCodeInput`: mã số thuế — 10 digits, 13 with a branch, or a personal ID number.

use super::{question, BoxSetup};
use crate::form::{InputWidth, TextInputType};
use crate::i18n::{use_locale, Ui};
use dvc_rules::form::FieldRule;
use dvc_rules::tax_code::{parse_tax_code, TaxCode};
use leptos::prelude::*;

/// A tax code, checked with its check digit; the branch form is read back as
/// "0100109106-001"; since 2025-07-01 an individual's 12-digit ID number is accepted.
///
/// ```
/// use dvc_ui::vn::TaxCodeInput;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Tax() -> impl IntoView {
///     view! { <TaxCodeInput name="tax_code"/> }
/// }
/// ```
#[component]
pub fn TaxCodeInput(
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
    // Not `numeric`: a phone's numeric keyboard has no dash for the branch form.
    let setup = BoxSetup { input_type: TextInputType::Text, inputmode: None, autocomplete: "off", width: InputWidth::Chars20, suffix: None };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    let locale = use_locale();
    let label = label.unwrap_or_else(|| Ui::TaxLabel.text(locale).into());
    let hint = Some(hint.unwrap_or_else(|| Ui::TaxHint.text(locale).into()));
    question(name, label, hint, optional, error, FieldRule::TaxCode, setup, value, move |typed| {
        parse_tax_code(typed).ok().map(|code| {
            let kind = match code {
                TaxCode::Main(_) => Ui::TaxMain,
                TaxCode::Branch { .. } => Ui::TaxBranch,
                TaxCode::Personal(_) => Ui::TaxPersonal,
            };
            format!("{}{}", kind.text(locale), code.display())
        })
    })
}
