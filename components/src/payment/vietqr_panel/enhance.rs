//! The VietQR panel's copy buttons (`data-dvc-module="vietqr"`): shown once the behaviour
//! starts, each copies its fact (`data-copy`) to the clipboard and says politely what it
//! copied (`data-what`), or that it could not and the text is there to copy by hand.

use crate::enhance::{all, locale_of, on};
use crate::i18n::Ui;
use wasm_bindgen::JsCast;

/// Starts one panel (see [`crate::enhance`]).
pub(crate) fn start(panel: &web_sys::Element) {
    for button in all(panel, ".dvc-vietqr__copy") {
        let _ = button.remove_attribute("hidden");
    }
    let locale = locale_of(panel);
    let said = panel.query_selector("[aria-live]").ok().flatten();
    on(panel, "click", move |ev: web_sys::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".dvc-vietqr__copy").ok().flatten())
        else {
            return;
        };
        let (Some(text), Some(window)) = (button.get_attribute("data-copy"), web_sys::window())
        else {
            return;
        };
        let what = button.get_attribute("data-what").unwrap_or_default();
        let promise = window.navigator().clipboard().write_text(&text);
        let said = said.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            let words = if done {
                Ui::Copied.fill(locale, &[("what", &what)])
            } else {
                Ui::CopyFailed.text(locale).to_string()
            };
            // Said again after the same copy: emptied first so the live region speaks.
            if let Some(said) = said {
                said.set_text_content(None);
                crate::enhance::after(50, move || said.set_text_content(Some(&words)));
            }
        });
    });
}
