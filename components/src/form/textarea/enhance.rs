//! `Textarea`'s count in the browser (`data-dvc-module="character-count"` on the box's
//! wrapper, the limit in `data-max`, `data-words` to count words): the count under the
//! box follows every key, a screen reader hears it once typing pauses (a second later),
//! and going over the limit marks the box (kept, never cut). Dictation software changes
//! the text without `input` events: while the box has focus its value is read again every
//! second (GOV.UK Frontend's character count does the same).

use super::count_message;
use crate::enhance::{after, cancel, describe, locale_of, on, set_attr, set_class, Place};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

struct Count {
    area: web_sys::HtmlTextAreaElement,
    message: web_sys::Element,
    said: Option<web_sys::Element>,
    max: i64,
    words: bool,
    locale: dvc_rules::Locale,
    /// The value last counted (the poll counts only a change).
    counted: RefCell<String>,
    announce: Cell<Option<i32>>,
    poll: Cell<Option<i32>>,
}

/// Starts one count (see [`crate::enhance`]).
pub(crate) fn start(root: &web_sys::Element) {
    let Some(area) = root
        .query_selector("textarea")
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return;
    };
    let Some(message) = root
        .query_selector(".dvc-character-count__message")
        .ok()
        .flatten()
    else {
        return;
    };
    let Some(max) = root.get_attribute("data-max").and_then(|m| m.parse().ok()) else {
        return;
    };
    let count = Rc::new(Count {
        message,
        said: root.query_selector("[aria-live]").ok().flatten(),
        max,
        words: root.has_attribute("data-words"),
        locale: locale_of(root),
        counted: RefCell::new(area.value()),
        announce: Cell::new(None),
        poll: Cell::new(None),
        area,
    });
    let c = count.clone();
    on(&count.area, "input", move |_: web_sys::Event| c.changed());
    // One reading closure per box, made once (not one per focus).
    let again = count.clone();
    let tick = Closure::<dyn Fn()>::new(move || {
        if *again.counted.borrow() != again.area.value() {
            again.changed();
        }
    })
    .into_js_value();
    let c = count.clone();
    on(&count.area, "focusin", move |_: web_sys::Event| {
        stop_poll(&c);
        let handle = web_sys::window().and_then(|w| {
            w.set_interval_with_callback_and_timeout_and_arguments_0(tick.unchecked_ref(), 1000)
                .ok()
        });
        c.poll.set(handle);
    });
    let c = count.clone();
    on(&count.area, "focusout", move |_: web_sys::Event| {
        stop_poll(&c)
    });
}

fn stop_poll(count: &Count) {
    if let (Some(h), Some(w)) = (count.poll.take(), web_sys::window()) {
        w.clear_interval_with_handle(h);
    }
}

impl Count {
    fn remaining(&self) -> i64 {
        let text = self.area.value();
        let used = if self.words {
            text.split_whitespace().count()
        } else {
            text.chars().count()
        };
        self.max - used as i64
    }

    /// The text changed: the count now, the box marked while over, the words said later.
    fn changed(self: &Rc<Self>) {
        *self.counted.borrow_mut() = self.area.value();
        let remaining = self.remaining();
        let over = remaining < 0;
        self.message
            .set_text_content(Some(&count_message(self.locale, remaining, self.words)));
        set_class(&self.message, "dvc-character-count__message--over", over);
        let area: &web_sys::Element = self.area.as_ref();
        set_attr(area, "data-dvc-over", over.then_some(""));
        let in_error = area
            .closest(".dvc-field")
            .ok()
            .flatten()
            .is_some_and(|f| f.class_list().contains("dvc-field--error"));
        set_class(area, "dvc-textarea--error", over || in_error);
        set_attr(area, "aria-invalid", (over || in_error).then_some("true"));
        // Over the limit, the count is read with the box.
        describe(area, &self.message.id(), over, Place::Last);

        cancel(self.announce.take());
        let me = self.clone();
        self.announce.set(after(1000, move || {
            if let Some(said) = &me.said {
                said.set_text_content(Some(&count_message(me.locale, me.remaining(), me.words)));
            }
        }));
    }
}
