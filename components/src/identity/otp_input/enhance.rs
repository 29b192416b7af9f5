//! `OtpInput`'s wait in the browser (`data-dvc-module="otp"`, the seconds in
//! `data-resend-after`): "Gửi lại mã" is hidden while the wait lasts; the seconds count
//! down on screen, are said politely only now and then (every 30 seconds and at 10, not
//! every second), and the button comes back when the wait is over. Without the behaviour
//! the button is always there and the server says when a new code may be sent.

use super::wait_words;
use crate::enhance::locale_of;
use crate::i18n::Ui;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Starts one code box's wait (see [`crate::enhance`]).
pub(crate) fn start(root: &web_sys::Element) {
    let left: u64 = root
        .get_attribute("data-resend-after")
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let pick = |selector: &str| root.query_selector(selector).ok().flatten();
    let (Some(seen), Some(said), Some(resend), Some(window)) = (
        pick(".dvc-otp__wait"),
        pick(".dvc-otp__resend [aria-live]"),
        pick(".dvc-otp__resend > div"),
        web_sys::window(),
    ) else {
        return;
    };
    if left == 0 {
        return;
    }
    let locale = locale_of(root);
    let _ = resend.set_attribute("hidden", "");
    let left = Rc::new(Cell::new(left));
    let timer = Rc::new(Cell::new(None::<i32>));
    let t = timer.clone();
    let tick = Closure::<dyn Fn()>::new(move || {
        let now = left.get().saturating_sub(1);
        left.set(now);
        let shown = (now > 0).then(|| Ui::OtpWait.fill(locale, &[("seconds", &now)]));
        seen.set_text_content(shown.as_deref());
        if now % 30 == 0 || now == 10 {
            said.set_text_content(Some(&wait_words(now, locale)));
        }
        if now == 0 {
            let _ = resend.remove_attribute("hidden");
            if let (Some(h), Some(w)) = (t.get(), web_sys::window()) {
                w.clear_interval_with_handle(h);
            }
        }
    });
    timer.set(
        window
            .set_interval_with_callback_and_timeout_and_arguments_0(
                tick.as_ref().unchecked_ref(),
                1000,
            )
            .ok(),
    );
    tick.forget();
}
