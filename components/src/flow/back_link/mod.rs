//! `BackLink`: "Quay lại" at the top of a question page, to the previous question of the
//! service (its real address, worked out by the service from the answers, including any
//! branch taken), never the browser's history: it works without JavaScript, after a
//! reload, and after a failed post. Placed before the page's `h1` (GOV.UK's back link).

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// A link to the previous question.
///
/// ```
/// use dvc_ui::flow::BackLink;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Top() -> impl IntoView {
///     view! { <BackLink href="/dang-ky/ngay-sinh"/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::back_link`].
#[component]
pub fn BackLink(
    /// The previous question's address.
    #[prop(into)]
    href: String,
    /// The words (default "Quay lại").
    #[prop(optional, into)]
    text: Option<String>,
) -> impl IntoView {
    view! { <a class="dvc-back-link" href=href>{text.unwrap_or_else(|| t(Ui::Back).into())}</a> }
}
