//! A post that does not reach the server stays on the page (`Form`'s `retry`). With
//! JavaScript, a valid submit to this site is sent by `fetch`; when the network fails (no
//! answer, or none within 30 seconds) nothing on the page changes: a message says so
//! plainly, the post goes again after 2, 4 and 8 seconds, then a "Thử lại" button waits
//! for the citizen (and the browser coming back online sends it at once). When the server
//! answers, its redirect (post/redirect/get) is followed; any other answer (a page with
//! errors) is asked for again by the browser's own post, so the browser shows it as usual.
//! The server must give the same answer to the same post twice (one dossier however often
//! it is sent). Without JavaScript the browser's own error page and resubmission do it.
//! The behaviour is `retry.js` beside this file; here is what it shows, as markup.

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// What a form says while its post has not reached the server: that nothing was lost,
/// and either that it is being sent again or (`failed`) to press "Thử lại", a submit
/// button of the form. `Form` shows it by itself when `retry` is on; shown alone, it
/// previews that state.
///
/// ```
/// use dvc_ui::form::{Form, NotSent};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Preview() -> impl IntoView {
///     view! { <Form id="preview" retry=true><NotSent failed=true/></Form> }
/// }
/// ```
#[component]
pub fn NotSent(
    /// The tries by themselves are over: "Thử lại" is offered.
    #[prop(optional)]
    failed: bool,
) -> impl IntoView {
    view! {
        <div class="dvc-inset dvc-inset--warning dvc-form__not-sent" role="alert">
            <p>{t(if failed { Ui::NotSentFailed } else { Ui::NotSentRetrying })}</p>
            {failed.then(|| view! { <button type="submit" class="dvc-button dvc-button--secondary">{t(Ui::TryAgain)}</button> })}
        </div>
    }
}
