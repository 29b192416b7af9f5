//! A form's answers kept on the server while the citizen types: a moment after typing
//! stops, and again when the page is hidden (tab closed, app switched, phone locked), the
//! form sends what it holds to its own address with `dvc_action=autosave`, by
//! `navigator.sendBeacon` (a background post that survives the page closing). Never files
//! (they are sent with "Tiếp tục") and never passwords. The server keeps the answers
//! unchecked; the page's own "Tiếp tục" still checks them. Nothing happens without
//! JavaScript: there the answers are saved at each "Tiếp tục" and "Lưu và tiếp tục sau".
//! Each send renews a signed-in session, so it restarts the session-timeout clock.

use super::enhance::posted_pairs;
use crate::enhance::{after, cancel, document, on};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;

pub use dvc_rules::posted::AUTOSAVE;
/// How long after the last keystroke the answers are sent.
pub const QUIET: Duration = Duration::from_millis(1500);

/// Sends a form's answers after each pause in typing and when the page is hidden, while
/// something changed since the last send.
pub(crate) struct Saver {
    form: web_sys::HtmlFormElement,
    dirty: Cell<bool>,
    /// What was last sent: a change that leaves the answers as they were (a `change` event
    /// when focus leaves a field already saved) sends nothing, and does not renew the
    /// session.
    last_sent: RefCell<Option<String>>,
    timer: Cell<Option<i32>>,
}

impl Saver {
    /// Starts keeping `form`'s answers.
    pub(crate) fn start(form: &web_sys::HtmlFormElement) -> Rc<Saver> {
        let saver = Rc::new(Saver {
            form: form.clone(),
            dirty: Cell::new(false),
            last_sent: RefCell::new(None),
            timer: Cell::new(None),
        });
        if let Some(w) = web_sys::window() {
            let s = saver.clone();
            on(&w, "pagehide", move |_: web_sys::Event| s.flush());
        }
        if let Some(d) = document() {
            let s = saver.clone();
            on(&d, "visibilitychange", move |_: web_sys::Event| {
                if document()
                    .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
                {
                    s.flush();
                }
            });
        }
        saver
    }

    /// An answer changed: sent once typing pauses.
    pub(crate) fn changed(self: &Rc<Self>) {
        self.dirty.set(true);
        cancel(self.timer.take());
        let s = self.clone();
        self.timer
            .set(after(QUIET.as_millis() as i32, move || s.flush()));
    }

    /// The form is being posted: the post carries the answers, so no background send may
    /// follow it and overwrite what the server did with them.
    pub(crate) fn submitted(&self) {
        self.dirty.set(false);
        cancel(self.timer.take());
    }

    fn flush(&self) {
        cancel(self.timer.take());
        if !self.dirty.replace(false) {
            return;
        }
        let last = self.last_sent.borrow().clone();
        if let Some(sent) = send(&self.form, last.as_deref()) {
            *self.last_sent.borrow_mut() = Some(sent);
        }
    }
}

/// Posts the form's answers (files and passwords left out) to its own address, unless they
/// are `last` (as sent before). Returns what it sent.
fn send(form: &web_sys::HtmlFormElement, last: Option<&str>) -> Option<String> {
    let skipped: Vec<String> = crate::enhance::all(
        form,
        // A password shown by its button is `type="text"`: still a password.
        "input[type=file], input[type=password], .dvc-password-input__input, input[autocomplete=one-time-code]",
    )
    .into_iter()
    .filter_map(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
    .map(|i| i.name())
    .collect();
    let params = web_sys::UrlSearchParams::new().ok()?;
    for (name, value) in posted_pairs(form)
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
    let queued = web_sys::window()?
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
