//! A post that does not reach the server stays on the page (`Form`'s `retry`). With
//! JavaScript, a valid submit to this site is sent by `fetch`; when the network fails (no
//! answer, or none within 30 seconds) nothing on the page changes: a message says so
//! plainly, the post goes again after 2, 4 and 8 seconds, then a "Thử lại" button waits
//! for the citizen (and the browser coming back online sends it at once). When the server
//! answers, its redirect (post/redirect/get) is followed; any other answer (a page with
//! errors) is asked for again by the browser's own post, so the browser shows it as usual.
//! The server must give the same answer to the same post twice (one dossier however often
//! it is sent). Without JavaScript the browser's own error page and resubmission do it.

use super::enhance::{place_at_top, set_pending, Live};
use crate::enhance::{after, by_id, cancel, document, on};
use crate::i18n::Ui;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
#[cfg(feature = "markup")]
use {crate::i18n::t, leptos::prelude::*};

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

#[cfg(feature = "markup")]
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

/// Listens for the browser coming back online: after the tries by themselves, the form
/// is sent at once.
pub(crate) fn start(live: &Rc<Live>) {
    let Some(w) = web_sys::window() else { return };
    let l = live.clone();
    on(&w, "online", move |_: web_sys::Event| {
        if l.network.get() == Network::Failed {
            let _ = l.form.request_submit();
        }
    });
}

/// Whether `form` posts to this site (only such posts are sent by script).
pub(crate) fn posts_here(form: &web_sys::HtmlFormElement) -> bool {
    let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) else {
        return false;
    };
    let action = form.action();
    !origin.is_empty() && (action == origin || action.starts_with(&format!("{origin}/")))
}

/// Sends the form (as pressed by `submitter`) by `fetch`; `tries` made before this one.
pub(crate) fn send(live: Rc<Live>, submitter: Option<web_sys::HtmlElement>, tries: u32) {
    wasm_bindgen_futures::spawn_local(async move {
        match post(&live.form, submitter.as_ref()).await {
            Some(answer) if answer.redirected() => {
                show(&live, Network::Fine);
                if let Some(w) = web_sys::window() {
                    let _ = w.location().assign(&answer.url());
                }
            }
            Some(_) => {
                // A page of the server's own (errors to fix): the browser posts again and
                // shows it, as without script.
                live.native.set(true);
                // ("Thử lại" is gone from the page by now: then no submitter.)
                let pressed = submitter.as_ref().filter(|b| b.is_connected());
                let _ = live.form.request_submit_with_submitter(pressed);
                show(&live, Network::Fine);
            }
            None if tries < AUTOMATIC_TRIES => {
                show(&live, Network::Retrying);
                let wait = 2000 << tries;
                let l = live.clone();
                after(wait, move || send(l, submitter, tries + 1));
            }
            None => {
                show(&live, Network::Failed);
                set_pending(&live, false);
            }
        }
    });
}

/// Says where the post stands above the questions (what [`NotSent`] renders), or nothing.
fn show(live: &Live, state: Network) {
    live.network.set(state);
    let id = format!("{}-not-sent", live.form.id());
    if let Some(old) = by_id::<web_sys::Element>(&id) {
        old.remove();
    }
    let words = match state {
        Network::Fine => return,
        Network::Retrying => Ui::NotSentRetrying,
        Network::Failed => Ui::NotSentFailed,
    };
    let Some(doc) = document() else { return };
    let build = || -> Option<web_sys::Element> {
        let box_ = doc.create_element("div").ok()?;
        box_.set_class_name("dvc-inset dvc-inset--warning dvc-form__not-sent");
        box_.set_id(&id);
        box_.set_attribute("role", "alert").ok()?;
        let p = doc.create_element("p").ok()?;
        p.set_text_content(Some(words.text(live.locale)));
        box_.append_child(&p).ok()?;
        if state == Network::Failed {
            let again = doc.create_element("button").ok()?;
            again.set_attribute("type", "submit").ok()?;
            again.set_class_name("dvc-button dvc-button--secondary");
            again.set_text_content(Some(Ui::TryAgain.text(live.locale)));
            box_.append_child(&again).ok()?;
        }
        Some(box_)
    };
    if let Some(el) = build() {
        place_at_top(&live.form, &el);
    }
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
    let timer = after(ANSWER_WITHIN.as_millis() as i32, move || abort.abort());
    let answer = wasm_bindgen_futures::JsFuture::from(
        web_sys::window()?.fetch_with_str_and_init(&form.action(), &init),
    )
    .await;
    cancel(timer);
    answer.ok()?.dyn_into::<web_sys::Response>().ok()
}
