//! `TaxCodeInput`: mã số thuế — 10 digits, 13 with a branch, or a personal ID number.
//! A thin wrapper over [`VnInput`](super::VnInput) with the kind fixed; the box setup, rule
//! and read-back line live in `vn_input`.

pub(crate) mod examples;

use super::vn_input::{vn_question, VnKind, VnQuestion};
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
///
/// Every named example, compiled: [`crate::examples::gallery::tax_code_input`].
#[component]
pub fn TaxCodeInput(
    /// The name the answer is posted under.
    #[prop(into)]
    name: String,
    /// The question (default in the page's language).
    #[prop(optional, into)]
    label: Option<String>,
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
        VnKind::TaxCode,
        VnQuestion {
            name,
            label,
            hint,
            optional,
            label_is_heading,
            error,
            value,
            subject: None,
        },
    )
}
