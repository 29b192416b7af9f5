//! `Details`: help a few citizens need, closed until asked for ("Tôi không có số định
//! danh cá nhân?"). The browser's own `<details>`: it opens and closes by keyboard, by
//! touch and by screen reader, with no script.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use leptos::prelude::*;

#[cfg(feature = "markup")]
/// Help that opens on request.
///
/// ```
/// use dvc_ui::content::Details;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Help() -> impl IntoView {
///     view! {
///         <Details summary="Tôi không nhớ số định danh cá nhân">
///             <p>"Số in trên thẻ căn cước, gồm 12 chữ số."</p>
///         </Details>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::details`].
#[component]
pub fn Details(
    /// The words that open it (a question the citizen may have).
    #[prop(into)]
    summary: String,
    /// Open when the page loads.
    #[prop(optional)]
    open: bool,
    /// The help.
    children: Children,
) -> impl IntoView {
    view! {
        <details class="dvc-details" open=open>
            <summary class="dvc-details__summary">
                <span class="dvc-details__summary-text">{summary}</span>
            </summary>
            <div class="dvc-details__text">{children()}</div>
        </details>
    }
}
