//! `PhoneInput`: a Vietnamese phone number, kept as +84 and shown grouped.
//! A thin wrapper over [`VnInput`](super::VnInput) with the kind fixed; the box setup, rule
//! and read-back line live in `vn_input`.

pub(crate) mod examples;

use super::vn_input::{vn_question, VnKind, VnQuestion};
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
///
/// Every named example, compiled: [`crate::examples::gallery::phone_input`].
#[component]
pub fn PhoneInput(
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
    /// Accept landline numbers too (mobile only by default).
    #[prop(optional)]
    allow_landline: bool,
    /// An error to show whatever the form model says (e.g. found by your server).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The answer, two-way bound.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    vn_question(
        VnKind::Phone { allow_landline },
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
