//! A form's answers kept on the server while the citizen types: a moment after typing
//! stops, and again when the page is hidden (tab closed, app switched, phone locked), the
//! form sends what it holds to its own address with `dvc_action=autosave`, by
//! `navigator.sendBeacon` (a background post that survives the page closing). Never files
//! (they are sent with "Tiếp tục") and never passwords. The server keeps the answers
//! unchecked; the page's own "Tiếp tục" still checks them. Nothing happens without
//! JavaScript: there the answers are saved at each "Tiếp tục" and "Lưu và tiếp tục sau".
//! Each send renews a signed-in session, so it restarts the session-timeout clock.

use super::posted_pairs;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// The posted value of `dvc_action` that asks the server to keep the answers as they are.
pub const AUTOSAVE: &str = "autosave";
/// How long after the last keystroke the answers are sent.
pub const QUIET: Duration = Duration::from_millis(1500);

/// Sends `form_id`'s answers after each pause in typing and when the page is hidden, while
/// something changed since the last send. Returns two callbacks: one for each change, one
/// for a submit (the post itself carries the answers: a later background send must not
/// overwrite what the server did with it).
pub(crate) fn keep_typing_saved(form_id: String) -> (Callback<()>, Callback<()>) {
    let dirty = StoredValue::new(false);
    // What was last sent: a change that leaves the answers as they were (a `change` event
    // when focus leaves a field already saved) sends nothing, and does not renew the session.
    let last_sent: StoredValue<Option<String>> = StoredValue::new(None);
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    let id = StoredValue::new(form_id);
    // Copy (its state is in stored values): shared by the listeners and the timer.
    let flush = move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        if !dirty.get_value() {
            return;
        }
        dirty.set_value(false);
        let sent = id.with_value(|id| last_sent.with_value(|last| send(id, last.as_deref())));
        if sent.is_some() {
            last_sent.set_value(sent);
        }
    };
    if !crate::SERVER_RENDER {
        let _ = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            }
        });
    }
    let changed = Callback::new(move |()| {
        dirty.set_value(true);
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        timer.set_value(set_timeout_with_handle(flush, QUIET).ok());
    });
    let submitted = Callback::new(move |()| {
        dirty.set_value(false);
        if let Some(t) = timer.get_value() {
            t.clear();
        }
    });
    (changed, submitted)
}

/// Posts the form's answers (files and passwords left out) to its own address, unless they
/// are `last` (as sent before). Returns what it sent.
fn send(form_id: &str, last: Option<&str>) -> Option<String> {
    let form = document()
        .get_element_by_id(form_id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlFormElement>().ok())?;
    let skipped: Vec<String> = form
        .query_selector_all(
            "input[type=file], input[type=password], input[autocomplete=one-time-code]",
        )
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.get(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.name())
                .collect()
        })
        .unwrap_or_default();
    let params = web_sys::UrlSearchParams::new().ok()?;
    for (name, value) in posted_pairs(&form)
        .into_iter()
        .filter(|(n, _)| !skipped.contains(n) && n != crate::form::ACTION_FIELD)
    {
        params.append(&name, &value);
    }
    params.append(crate::form::ACTION_FIELD, AUTOSAVE);
    let body = String::from(params.to_string());
    if last == Some(body.as_str()) {
        return None;
    }
    let queued = window()
        .navigator()
        .send_beacon_with_opt_url_search_params(&form.action(), Some(&params));
    // The post renews a signed-in session: the warning's clock starts again. (A beacon
    // queued but lost on the network leaves the server's end earlier than the page's; the
    // next post then leads to sign-in with the answers kept, as without JavaScript.)
    if queued == Ok(true) {
        crate::identity::renewed();
        Some(body)
    } else {
        None
    }
}
