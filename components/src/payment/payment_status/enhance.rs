//! `PaymentStatus`'s behaviour in the browser (`data-dvc-module="payment-status"`, only
//! while the payment is pending; the status address in `data-check-url`): the page asks
//! the server by itself after 2 seconds, then less and less often (×1.5, at most every 30
//! seconds) for 10 minutes; a change is shown and said politely, and "Kiểm tra lại" goes
//! once the state is final.

use super::PaymentState;
use crate::enhance::{after, locale_of, set_attr};
use dvc_rules::Locale;
use std::rc::Rc;

/// How long the page keeps asking by itself.
const POLL_FOR_MS: i32 = 10 * 60 * 1000;
/// The longest wait between two questions.
const MAX_DELAY_MS: i32 = 30_000;

struct Status {
    root: web_sys::Element,
    url: String,
    locale: Locale,
}

/// Starts one status (see [`crate::enhance`]).
pub(crate) fn start(root: &web_sys::Element) {
    let Some(url) = root.get_attribute("data-check-url") else {
        return;
    };
    let status = Rc::new(Status {
        root: root.clone(),
        url,
        locale: locale_of(root),
    });
    poll(status, PaymentState::Pending, 2_000, 0);
}

/// Asks after `delay` ms, then again less often, until the state is final or 10 minutes
/// have passed.
fn poll(status: Rc<Status>, current: PaymentState, delay: i32, waited: i32) {
    if waited >= POLL_FOR_MS {
        return;
    }
    after(delay, move || {
        wasm_bindgen_futures::spawn_local(async move {
            let answer = crate::fetch::get_text(&status.url, true)
                .await
                .as_deref()
                .and_then(PaymentState::from_word);
            let now = match answer.filter(|s| *s != current) {
                Some(state) => {
                    status.show(state);
                    state
                }
                None => current,
            };
            if !now.is_final() {
                let next = (delay * 3 / 2).min(MAX_DELAY_MS);
                poll(status, now, next, waited + delay);
            }
        });
    });
}

impl Status {
    fn show(&self, state: PaymentState) {
        let locale = self.locale;
        self.root.set_class_name(&format!(
            "dvc-payment-status dvc-payment-status--{}",
            state.word()
        ));
        let put = |selector: &str, text: &str| {
            if let Some(el) = self.root.query_selector(selector).ok().flatten() {
                el.set_text_content(Some(text));
            }
        };
        put(".dvc-payment-status__tag", state.title(locale));
        put(
            ".dvc-payment-status__explanation",
            state.explanation(locale),
        );
        put(
            "[aria-live]",
            &format!("{} {}", state.title(locale), state.explanation(locale)),
        );
        if let Some(again) = self
            .root
            .query_selector(".dvc-payment-status__again")
            .ok()
            .flatten()
        {
            set_attr(&again, "hidden", state.is_final().then_some(""));
        }
    }
}
