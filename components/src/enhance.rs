//! The kit's behaviour in the browser, started from the markup (GOV.UK Frontend's way): a
//! component that has a behaviour marks its root `data-dvc-module="<name>"` and renders
//! everything the behaviour needs, settings in `data-` attributes; [`enhance`] finds the
//! marked elements under a root and starts each behaviour once. The behaviours are plain
//! `web-sys` code, each in its component's folder as `enhance.rs`; nothing here renders.
//!
//! Owns the table of behaviours, the "started once" mark and the small DOM helpers every
//! behaviour shares (listening, the page's language, timers).

use dvc_rules::Locale;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The attribute naming an element's behaviour.
pub const MODULE: &str = "data-dvc-module";
/// Set on an element once its behaviour started (calling [`enhance`] again skips it).
pub const STARTED: &str = "data-dvc-started";

/// Every behaviour of the kit, by the name its markup carries.
const BEHAVIOURS: &[(&str, fn(&web_sys::Element))] = &[
    ("error-summary", crate::form::error_summary::enhance::start),
    ("form", crate::form::form::enhance::start),
    ("file-upload", crate::form::file_upload::enhance::start),
    ("readback", crate::vn::vn_input::enhance::start),
    // Before the address, which drives its two comboboxes.
    ("combobox", crate::vn::combobox::enhance::start),
    ("old-address", crate::vn::old_address::enhance::start),
    ("address", crate::vn::address_input::enhance::start),
];

/// Starts the behaviour of every marked element in `root` (and `root` itself), each once:
/// calling it again, or on a part of the page already started, binds nothing twice. Call
/// it on markup added later (a new item of a repeating group, a Leptos app's mount).
pub fn enhance(root: &web_sys::Element) {
    for (name, start) in BEHAVIOURS {
        let selector = format!("[{MODULE}~=\"{name}\"]");
        let mut found: Vec<web_sys::Element> = Vec::new();
        if root.matches(&selector).unwrap_or(false) {
            found.push(root.clone());
        }
        if let Ok(list) = root.query_selector_all(&selector) {
            found.extend((0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()));
        }
        for el in found {
            if begin(&el, name) {
                start(&el);
            }
        }
    }
}

/// [`enhance`] on the whole page (`<html>`). Does nothing outside a browser.
pub fn enhance_page() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        STARTING_PAGE.with(|s| s.set(true));
        enhance(&root);
        STARTING_PAGE.with(|s| s.set(false));
    }
}

thread_local! {
    /// True while [`enhance_page`] starts the page as it loads.
    static STARTING_PAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a box that takes focus as the page loads (an error summary, a success banner)
/// may take it now: not when the page is shown in a frame of another page of the site (a
/// gallery's example, a design view), which would pull the reader's focus out of the page
/// they opened (GOV.UK's `disableAutoFocus` on its examples). After the page has loaded
/// (a form's summary after a press), always.
pub(crate) fn may_focus_on_load() -> bool {
    let framed = web_sys::window()
        .and_then(|w| w.frame_element().ok().flatten())
        .is_some();
    !(framed && STARTING_PAGE.with(|s| s.get()))
}

/// Marks `name` started on `el`; false when it already was.
fn begin(el: &web_sys::Element, name: &str) -> bool {
    let started = el.get_attribute(STARTED).unwrap_or_default();
    if started.split(' ').any(|s| s == name) {
        return false;
    }
    let now = if started.is_empty() {
        name.to_string()
    } else {
        format!("{started} {name}")
    };
    let _ = el.set_attribute(STARTED, &now);
    true
}

/// The page's document (none on a server).
pub(crate) fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The language `el` is written in: its nearest `lang`, Vietnamese unless English.
pub(crate) fn locale_of(el: &web_sys::Element) -> Locale {
    let lang = el
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|l| l.get_attribute("lang"))
        .unwrap_or_default();
    if lang.starts_with("en") {
        Locale::En
    } else {
        Locale::Vi
    }
}

/// Calls `f` with each `event` on `target`, for as long as the page lives.
pub(crate) fn on<E: JsCast + 'static>(
    target: &web_sys::EventTarget,
    event: &str,
    mut f: impl FnMut(E) + 'static,
) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Ok(e) = e.dyn_into::<E>() {
            f(e);
        }
    });
    let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
    callback.forget();
}

/// Runs `f` once after `ms` milliseconds; the handle cancels it ([`cancel`]).
pub(crate) fn after(ms: i32, f: impl FnOnce() + 'static) -> Option<i32> {
    // Owned by JavaScript: collected with the timer when it is cancelled (a closure made by
    // `once_into_js` is freed only by running).
    let callback = Closure::once(f).into_js_value();
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms)
        .ok()
}

/// Cancels a timer of [`after`].
pub(crate) fn cancel(handle: Option<i32>) {
    if let (Some(h), Some(w)) = (handle, web_sys::window()) {
        w.clear_timeout_with_handle(h);
    }
}

/// An element of the page by id, as the type asked for.
pub(crate) fn by_id<T: JsCast>(id: &str) -> Option<T> {
    document()?.get_element_by_id(id)?.dyn_into().ok()
}

/// The elements under `root` that `selector` matches, in page order.
pub(crate) fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    root.query_selector_all(selector)
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i)?.dyn_into().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// Adds (`on`) or removes a class.
pub(crate) fn set_class(el: &web_sys::Element, class: &str, on: bool) {
    let list = el.class_list();
    let _ = if on {
        list.add_1(class)
    } else {
        list.remove_1(class)
    };
}

/// Sets an attribute to `value`, or removes it for `None`.
pub(crate) fn set_attr(el: &web_sys::Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Focuses a box that is not a control (the error summary, the main content): focusable
/// by script only while it has focus, so a later click inside it draws no focus ring
/// around the whole box (as GOV.UK Frontend does).
pub(crate) fn focus_by_id(id: &str) {
    let Some(el) = by_id::<web_sys::HtmlElement>(id) else {
        return;
    };
    let _ = el.set_attribute("tabindex", "-1");
    let target = el.clone();
    let on_blur = Closure::once_into_js(move || {
        let _ = target.remove_attribute("tabindex");
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_once(true);
    let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
        "blur",
        on_blur.unchecked_ref(),
        &options,
    );
    let _ = el.focus();
}

/// Adds `id` to `el`'s `aria-describedby` (`on`), right after `after` when that id is
/// there, else first (an error after its hint, before everything else), or takes it out;
/// the attribute goes when nothing is left.
pub(crate) fn describe(el: &web_sys::Element, id: &str, on: bool, after: &str) {
    let mut ids: Vec<String> = el
        .get_attribute("aria-describedby")
        .unwrap_or_default()
        .split_whitespace()
        .filter(|i| *i != id)
        .map(str::to_owned)
        .collect();
    if on {
        let at = ids.iter().position(|i| i == after).map_or(0, |i| i + 1);
        ids.insert(at, id.to_string());
    }
    let joined = ids.join(" ");
    set_attr(
        el,
        "aria-describedby",
        (!joined.is_empty()).then_some(joined.as_str()),
    );
}
