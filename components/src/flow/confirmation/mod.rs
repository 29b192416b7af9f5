//! `Confirmation`: the panel at the top of the page after a dossier is sent (GOV.UK's
//! confirmation page): the page's `h1` ("Đã nộp hồ sơ") and the dossier code, large, in
//! the national format the server gave it. Nothing interactive inside the panel: what
//! happens next, how to look the dossier up and the print link go below it (children of
//! the page, not of the panel). Prints without the site's chrome (the receipt's print rules).

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// The sent dossier's panel.
///
/// ```
/// use dvc_ui::flow::Confirmation;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Sent() -> impl IntoView {
///     view! { <Confirmation title="Đã nộp hồ sơ" code="000.00.12.H62-201105-0004"/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::confirmation`].
#[component]
pub fn Confirmation(
    /// The page's heading ("Đã nộp hồ sơ").
    #[prop(into)]
    title: String,
    /// The dossier code, as the server made it.
    #[prop(into)]
    code: String,
) -> impl IntoView {
    view! {
        <div class="dvc-confirmation">
            <h1 class="dvc-confirmation__title">{title}</h1>
            <p class="dvc-confirmation__body">
                {t(Ui::YourDossierCode)}<br/>
                <strong class="dvc-confirmation__code">{code}</strong>
            </p>
        </div>
    }
}
