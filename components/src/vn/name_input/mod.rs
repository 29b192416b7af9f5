//! `NameInput`: a full name with Vietnamese (and Central Highlands) letters.
//! A thin wrapper over [`VnInput`](super::VnInput) with the kind fixed; the box setup, rule
//! and read-back line live in `vn_input`.

pub(crate) mod examples;

use super::vn_input::{vn_question, VnKind, VnQuestion};
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
///
/// Every named example, compiled: [`crate::examples::gallery::name_input`].
#[component]
pub fn NameInput(
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
        VnKind::Name,
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
