//! `SkipLink`: the first focusable thing on every page, jumping past the header. Followed,
//! it moves focus to the main content, which is focusable only while it has focus (so a
//! later click inside it draws no focus ring around the whole of it: GOV.UK's behaviour).

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use {
    crate::i18n::{t, Ui},
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// "Bỏ qua để đến nội dung chính": hidden until focused, then visible at the top. Its
/// behaviour (`enhance.js` beside it) focuses the target when followed.
/// Put it first in `<body>`; `target` is the id of `<main>` (default "main-content"),
/// which needs no `tabindex` of its own.
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Shell() -> impl IntoView {
///     view! { <SkipLink/> <main id="main-content">"…"</main> }
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
    view! { <a class="dvc-skip-link" href=format!("#{target}") data-dvc-module="skip-link">{text}</a> }
}
