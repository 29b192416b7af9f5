//! A post that does not reach the server stays on the page (`Form`'s `retry`). With
//! JavaScript, a valid submit to this site is sent by `fetch`; when the network fails (no
//! answer, or none within 30 seconds) nothing on the page changes: a message says so
//! plainly, the post goes again after 2, 4 and 8 seconds, then a "Thử lại" button waits
//! for the citizen (and the browser coming back online sends it at once). When the server
//! answers, its redirect (post/redirect/get) is followed; any other answer (a page with
//! errors) is asked for again by the browser's own post, so the browser shows it as usual.
//! The server must give the same answer to the same post twice (one dossier however often
//! it is sent). Without JavaScript the browser's own error page and resubmission do it.

use crate::i18n::{t, Ui};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Tries sent by themselves before the "Thử lại" button (waits of 2, 4, 8 seconds).
pub const AUTOMATIC_TRIES: u32 = 3;
/// How long a try waits for the server before it counts as lost.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(30);

/// Where a post by script stands, for the message above the questions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Network {
    /// Nothing to say (not sent yet, or sent).
    #[default]
    Fine,
    /// The post did not reach the server; it goes again by itself shortly.
    Retrying,
    /// The tries by themselves are over: "Thử lại".
    Failed,
}

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

/// What a post by script needs of its form.
#[derive(Clone, Copy)]
pub(crate) struct Resend {
    pub state: RwSignal<Network>,
    pub pending: RwSignal<bool>,
    /// The next submit goes the browser's own way (after the server answered a page).
    pub native: StoredValue<bool>,
}

/// Whether `form` posts to this site (only such posts are sent by script).
pub(crate) fn posts_here(form: &web_sys::HtmlFormElement) -> bool {
    let origin = window().location().origin().unwrap_or_default();
    let action = form.action();
    !origin.is_empty() && (action == origin || action.starts_with(&format!("{origin}/")))
}

/// Sends `form` (as pressed by `submitter`) by `fetch`; `tries` made before this one.
pub(crate) fn send(
    form: web_sys::HtmlFormElement,
    submitter: Option<web_sys::HtmlElement>,
    resend: Resend,
    tries: u32,
) {
    wasm_bindgen_futures::spawn_local(async move {
        match post(&form, submitter.as_ref()).await {
            Some(answer) if answer.redirected() => {
                resend.state.set(Network::Fine);
                let _ = window().location().assign(&answer.url());
            }
            Some(_) => {
                // A page of the server's own (errors to fix): the browser posts again and
                // shows it, as without script.
                resend.native.set_value(true);
                // ("Thử lại" is gone from the page by now: then no submitter.)
                let pressed = submitter.as_ref().filter(|b| b.is_connected());
                let _ = form.request_submit_with_submitter(pressed);
                resend.state.set(Network::Fine);
            }
            None if tries < AUTOMATIC_TRIES => {
                resend.state.set(Network::Retrying);
                let wait = Duration::from_secs(2u64 << tries);
                set_timeout(move || send(form, submitter, resend, tries + 1), wait);
            }
            None => {
                resend.state.set(Network::Failed);
                resend.pending.set(false);
            }
        }
    });
}

/// One try: the server's answer, or `None` when the network lost it.
async fn post(
    form: &web_sys::HtmlFormElement,
    submitter: Option<&web_sys::HtmlElement>,
) -> Option<web_sys::Response> {
    let body = web_sys::FormData::new_with_form(form).ok()?;
    // The pressed button's own name and value, as the browser's post would carry them.
    if let Some(b) = submitter {
        if let (Some(name), Some(value)) = (
            b.get_attribute("name").filter(|n| !n.is_empty()),
            b.get_attribute("value"),
        ) {
            let _ = body.append_with_str(&name, &value);
        }
    }
    let abort = web_sys::AbortController::new().ok()?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&body);
    init.set_credentials(web_sys::RequestCredentials::SameOrigin);
    init.set_redirect(web_sys::RequestRedirect::Follow);
    init.set_signal(Some(&abort.signal()));
    let timer = set_timeout_with_handle(move || abort.abort(), ANSWER_WITHIN).ok();
    let answer = wasm_bindgen_futures::JsFuture::from(
        window().fetch_with_str_and_init(&form.action(), &init),
    )
    .await;
    if let Some(t) = timer {
        t.clear();
    }
    answer.ok()?.dyn_into::<web_sys::Response>().ok()
}
