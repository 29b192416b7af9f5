//! `MoneyInput`: an amount in đồng, read back in words.
//! A thin wrapper over [`VnInput`](super::VnInput) with the kind fixed; the box setup, rule
//! and read-back line live in `vn_input`.

pub(crate) mod examples;

use super::vn_input::{vn_question, VnKind, VnQuestion};
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
///
/// Every named example, compiled: [`crate::examples::gallery::money_input`].
#[component]
pub fn MoneyInput(
    /// The name the answer is posted under.
    #[prop(into)]
    name: String,
    /// The question, e.g. "Số tiền đề nghị hỗ trợ".
    #[prop(into)]
    label: String,
    /// Help under the question (default in the page's language).
    #[prop(optional, into)]
    hint: Option<String>,
    /// The question may be left blank.
    #[prop(optional)]
    optional: bool,
    /// The question is the page's heading (`h1`): one question per page.
    #[prop(optional)]
    label_is_heading: bool,
    /// An error to show whatever the form model says (e.g. found by your server).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The answer, two-way bound.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    vn_question(
        VnKind::Money,
        VnQuestion {
            name,
            label: Some(label),
            hint,
            optional,
            label_is_heading,
            error,
            value,
            subject: None,
        },
    )
}
