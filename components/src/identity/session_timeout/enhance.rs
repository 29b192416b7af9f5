//! The session-timeout dialog's behaviour in the browser: the clock, opening the dialog
//! as a modal at the warning time, the keep-alive request, the shared clock across tabs,
//! and the end. Runs on server-rendered markup once the page is interactive (it never
//! renders), so there is nothing to hydrate.

use super::{duration_words, ID};
use crate::enhance::on;
use crate::i18n::Ui;
use dvc_rules::Locale;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, HtmlDialogElement, HtmlElement, MessageEvent};

/// The channel the portal's tabs share their session's end on.
const CHANNEL: &str = "dvc-session";
/// What a tab says when the citizen signs out in it.
const SIGNED_OUT: &str = "signed-out";

struct Clock {
    dialog: HtmlDialogElement,
    /// When the server ends the session (milliseconds, `Date.now()`'s clock).
    deadline: Cell<f64>,
    /// How long a request renews the session for (the time left when the page was sent,
    /// which its own request had just renewed).
    quiet_ms: f64,
    warn_ms: f64,
    keep_alive: String,
    ended: String,
    locale: Locale,
    /// What had focus before the dialog opened (it goes back there).
    was_focused: RefCell<Option<HtmlElement>>,
    /// The last whole second said aloud.
    last_said: Cell<u64>,
    channel: Option<BroadcastChannel>,
    window: web_sys::Window,
    document: web_sys::Document,
}

/// Starts the session-timeout dialog of the page, if it has one (see
/// [`SessionTimeout`](super::SessionTimeout)): `data-dvc-module="session-timeout"`,
/// started by [`crate::enhance`].
pub(crate) fn start(dialog: &web_sys::Element) {
    let Some(dialog) = dialog.dyn_ref::<HtmlDialogElement>().cloned() else {
        return;
    };
    if dialog.has_attribute("data-preview") || dialog.id() != ID {
        return;
    }
    // Whole seconds, as the component writes them (read as integers: parsing an `f64`
    // would link the float parser's tables, about 10 KB of WebAssembly).
    let number = |name: &str| {
        dialog
            .get_attribute(name)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0) as f64
    };
    let text = |name: &str| dialog.get_attribute(name).unwrap_or_default();
    let (Some(window), Some(document)) = (web_sys::window(), crate::enhance::document()) else {
        return;
    };
    let clock = Rc::new(Clock {
        deadline: Cell::new(js_sys::Date::now() + number("data-seconds-left") * 1000.0),
        quiet_ms: number("data-seconds-left") * 1000.0,
        warn_ms: number("data-warn-seconds") * 1000.0,
        keep_alive: text("data-keep-alive"),
        ended: text("data-ended"),
        locale: crate::enhance::locale_of(&dialog),
        was_focused: RefCell::new(None),
        last_said: Cell::new(u64::MAX),
        channel: BroadcastChannel::new(CHANNEL).ok(),
        dialog,
        window,
        document,
    });

    if let Some(channel) = &clock.channel {
        let c = clock.clone();
        let heard = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(deadline) = e.data().as_f64() {
                // Another tab renewed the session (a page loaded, or "Tiếp tục" pressed there).
                if deadline > c.deadline.get() {
                    c.extended(deadline, false);
                }
            } else if e.data().as_string().as_deref() == Some(SIGNED_OUT) {
                let _ = c.window.location().reload();
            }
        });
        channel.set_onmessage(Some(heard.as_ref().unchecked_ref()));
        heard.forget();
        // This page's own request renewed the session: the other tabs' clocks follow.
        let _ = channel.post_message(&JsValue::from_f64(clock.deadline.get()));
    }

    {
        // A background request renewed the session (see `renewed`).
        let c = clock.clone();
        on::<web_sys::Event>(&c.document.clone(), super::RENEWED, move |_| {
            c.extended(js_sys::Date::now() + c.quiet_ms, true);
        });
    }
    if let Some(button) = clock
        .dialog
        .query_selector("[data-dvc-timeout-continue]")
        .ok()
        .flatten()
    {
        let c = clock.clone();
        on::<web_sys::Event>(&button, "click", move |_| c.clone().keep_alive());
    }
    {
        // Escape: the dialog's `cancel`. It extends the session too, as the APG pattern's
        // "close" here means "I am still here".
        let c = clock.clone();
        on::<web_sys::Event>(&clock.dialog, "cancel", move |e| {
            e.prevent_default();
            c.clone().keep_alive();
        });
    }
    {
        // Tab and Shift+Tab wrap around inside the dialog (the APG pattern), rather than
        // leave for the browser's own controls.
        let dialog = clock.dialog.clone();
        let document = clock.document.clone();
        on::<web_sys::Event>(&clock.dialog, "keydown", move |e| {
            let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if key.key() != "Tab" {
                return;
            }
            let Ok(list) = dialog
                .query_selector_all("button, a[href], input, [tabindex]:not([tabindex='-1'])")
            else {
                return;
            };
            let all: Vec<HtmlElement> = (0..list.length())
                .filter_map(|i| list.get(i)?.dyn_into::<HtmlElement>().ok())
                .collect();
            let (Some(first), Some(last)) = (all.first(), all.last()) else {
                return;
            };
            let here = document.active_element();
            let at = |el: &HtmlElement| {
                here.as_ref()
                    .is_some_and(|h| h == el.unchecked_ref::<web_sys::Element>())
            };
            if key.shift_key() && at(first) {
                key.prevent_default();
                let _ = last.focus();
            } else if !key.shift_key() && at(last) {
                key.prevent_default();
                let _ = first.focus();
            }
        });
    }
    if let Some(form) = clock.dialog.query_selector("form").ok().flatten() {
        let c = clock.clone();
        on::<web_sys::Event>(&form, "submit", move |_| {
            if let Some(ch) = &c.channel {
                let _ = ch.post_message(&JsValue::from_str(SIGNED_OUT));
            }
        });
    }
    let c = clock.clone();
    let tick = Closure::<dyn FnMut()>::new(move || c.tick());
    let _ = clock
        .window
        .set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            1000,
        );
    tick.forget();
}

/// Tells the page's session clock that a request just went to the server in the background
/// (which renews the session): fires [`RENEWED`](super::RENEWED) on the document. Does
/// nothing on a server or on a page without the clock.
///
/// ```no_run
/// // After a background post to the portal (here: answers kept while typing).
/// dvc_ui::identity::renewed();
/// ```
pub fn renewed() {
    if crate::SERVER_RENDER {
        return;
    }
    if let (Ok(event), Some(document)) = (
        web_sys::Event::new(super::RENEWED),
        crate::enhance::document(),
    ) {
        let _ = document.dispatch_event(&event);
    }
}

impl Clock {
    fn tick(&self) {
        let left = self.deadline.get() - js_sys::Date::now();
        if left <= 0.0 {
            self.end();
            return;
        }
        if left > self.warn_ms {
            return;
        }
        let seconds = (left / 1000.0).ceil() as u64;
        if !self.dialog.open() {
            self.open(seconds);
        }
        self.show(".dvc-timeout__clock", &duration_words(seconds, self.locale));
        // Said at whole minutes, then at 30 and 10 seconds: not every second.
        if (seconds % 60 == 0 || seconds == 30 || seconds == 10) && seconds != self.last_said.get()
        {
            self.say(seconds);
        }
    }

    fn open(&self, seconds: u64) {
        *self.was_focused.borrow_mut() = self
            .document
            .active_element()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        self.say(seconds);
        self.show(".dvc-timeout__clock", &duration_words(seconds, self.locale));
        if self.dialog.show_modal().is_err() {
            return;
        }
        if let Some(b) = self
            .dialog
            .query_selector("[data-dvc-timeout-continue]")
            .ok()
            .flatten()
            .and_then(|b| b.dyn_into::<HtmlElement>().ok())
        {
            let _ = b.focus();
        }
    }

    fn say(&self, seconds: u64) {
        self.last_said.set(seconds);
        self.show(
            ".dvc-timeout__said",
            &Ui::TimeoutSaid.fill(
                self.locale,
                &[("time", &duration_words(seconds, self.locale))],
            ),
        );
    }

    fn show(&self, selector: &str, text: &str) {
        if let Some(el) = self.dialog.query_selector(selector).ok().flatten() {
            if el.text_content().as_deref() != Some(text) {
                el.set_text_content(Some(text));
            }
        }
    }

    fn problem(&self, text: Option<&str>) {
        if let Some(el) = self
            .dialog
            .query_selector(".dvc-timeout__problem")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            el.set_text_content(text);
            el.set_hidden(text.is_none());
            if text.is_some() {
                let _ = el.set_attribute("role", "alert");
            }
        }
    }

    /// The session now ends at `deadline`: the warning closes, focus goes back.
    fn extended(&self, deadline: f64, tell_other_tabs: bool) {
        self.deadline.set(deadline);
        self.problem(None);
        if self.dialog.open() {
            self.dialog.close();
            if let Some(el) = self.was_focused.borrow_mut().take() {
                let _ = el.focus();
            }
        }
        if tell_other_tabs {
            if let Some(ch) = &self.channel {
                let _ = ch.post_message(&JsValue::from_f64(deadline));
            }
        }
    }

    /// Asks the server for more time; 401: the session has already ended.
    fn keep_alive(self: Rc<Self>) {
        wasm_bindgen_futures::spawn_local(async move {
            let init = web_sys::RequestInit::new();
            init.set_method("POST");
            let answer = wasm_bindgen_futures::JsFuture::from(
                self.window.fetch_with_str_and_init(&self.keep_alive, &init),
            )
            .await;
            let Some(response) = answer
                .ok()
                .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
            else {
                self.problem(Some(Ui::TimeoutOffline.fill(self.locale, &[]).as_str()));
                return;
            };
            if response.status() == 401 {
                self.end();
                return;
            }
            let body = match response.json() {
                Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok(),
                Err(_) => None,
            };
            let seconds = body
                .and_then(|b| js_sys::Reflect::get(&b, &"seconds".into()).ok())
                .and_then(|s| s.as_f64());
            match seconds {
                Some(s) if response.ok() => self.extended(js_sys::Date::now() + s * 1000.0, true),
                _ => self.problem(Some(Ui::TimeoutOffline.fill(self.locale, &[]).as_str())),
            }
        });
    }

    /// The session has ended: to the page that says so, with this page to come back to.
    fn end(&self) {
        let here = self.window.location();
        let back = format!(
            "{}{}",
            here.pathname().unwrap_or_default(),
            here.search().unwrap_or_default()
        );
        let to = format!(
            "{}?tiep={}",
            self.ended,
            String::from(js_sys::encode_uri_component(&back))
        );
        self.deadline.set(f64::INFINITY);
        let _ = here.assign(&to);
    }
}
