//! `CitizenIdInput`: the 12-digit personal identification number (số định danh cá nhân).
//! A thin wrapper over [`VnInput`](super::VnInput) with the kind fixed; the box setup, rule
//! and read-back line live in `vn_input`.

pub(crate) mod examples;

use super::vn_input::{vn_question, VnKind, VnQuestion};
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
///
/// Every named example, compiled: [`crate::examples::gallery::citizen_id_input`].
#[component]
pub fn CitizenIdInput(
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
    /// Accept the old 9-digit ID card number too.
    #[prop(optional)]
    allow_old_card: bool,
    /// The name of the form's date-of-birth field (a DateInput), to cross-check the year.
    #[prop(optional, into)]
    birth_date_field: Option<String>,
    /// The name of the form's sex field (values "male"/"female"), to cross-check it.
    #[prop(optional, into)]
    sex_field: Option<String>,
    /// An error to show whatever the form model says (e.g. found by your server).
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The answer, two-way bound.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
) -> impl IntoView {
    vn_question(
        VnKind::CitizenId {
            allow_old_card,
            birth_date_field,
            sex_field,
        },
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
