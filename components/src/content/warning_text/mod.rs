//! `WarningText`: something the citizen must know before going on (a fine, a deadline that
//! ends a right), with a "!" mark. The mark is hidden from screen readers, which hear
//! "Cảnh báo:" ("Warning:") before the words instead.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::{t, Ui};
#[cfg(feature = "markup")]
use leptos::prelude::*;

#[cfg(feature = "markup")]
/// A warning.
///
/// ```
/// use dvc_ui::content::WarningText;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Fine() -> impl IntoView {
///     view! { <WarningText>"Khai man có thể bị phạt đến 1.000.000 ₫."</WarningText> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::warning_text`].
#[component]
pub fn WarningText(children: Children) -> impl IntoView {
    view! {
        <div class="dvc-warning-text">
            <span class="dvc-warning-text__icon" aria-hidden="true">"!"</span>
            <strong class="dvc-warning-text__text">
                <span class="dvc-visually-hidden">{t(Ui::WarningPrefix)}" "</span>
                {children()}
            </strong>
        </div>
    }
}
