//! `SkipLink`: the first focusable thing on every page, jumping past the header.

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// "Bỏ qua để đến nội dung chính": hidden until focused, then visible at the top.
/// Put it first in `<body>`; `target` is the id of `<main>` (default "main-content").
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Shell() -> impl IntoView {
///     view! { <SkipLink/> <main id="main-content" tabindex="-1">"…"</main> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::skip_link`].
#[component]
pub fn SkipLink(
    /// The id of the main content.
    #[prop(optional, into, default = "main-content".to_string())]
    target: String,
) -> impl IntoView {
    let text = t(Ui::SkipToMain);
    view! { <a class="dvc-skip-link" href=format!("#{target}")>{text}</a> }
}
