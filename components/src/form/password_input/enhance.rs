//! `PasswordInput`'s behaviour in the browser (`data-dvc-module="password-input"`): the
//! show/hide button appears (a real button; its new state is said politely), the Caps Lock
//! warning shows while Caps Lock is on (read with the box), and the password is hidden
//! again when its form is sent, so the browser offers to save it as a password (GOV.UK
//! Frontend's password input does the same).

use crate::enhance::{describe, document, locale_of, on, Place};
use crate::i18n::Ui;
use wasm_bindgen::JsCast;

/// Starts one password box (see [`crate::enhance`]).
pub(crate) fn start(root: &web_sys::Element) {
    let (Some(input), Some(button)) = (
        root.query_selector("input").ok().flatten(),
        root.query_selector("button").ok().flatten(),
    ) else {
        return;
    };
    let Ok(input) = input.dyn_into::<web_sys::HtmlInputElement>() else {
        return;
    };
    let locale = locale_of(root);
    let said = root
        .query_selector(".dvc-visually-hidden[aria-live]")
        .ok()
        .flatten();
    let show = move |input: &web_sys::HtmlInputElement, button: &web_sys::Element, shown: bool| {
        input.set_type(if shown { "text" } else { "password" });
        let (text, label) = if shown {
            (Ui::Hide, Ui::HidePassword)
        } else {
            (Ui::Show, Ui::ShowPassword)
        };
        button.set_text_content(Some(text.text(locale)));
        let _ = button.set_attribute("aria-label", label.text(locale));
    };
    let _ = button.remove_attribute("hidden");
    let (i, b) = (input.clone(), button.clone());
    on(&button, "click", move |_: web_sys::Event| {
        let now = i.type_() == "password";
        show(&i, &b, now);
        if let Some(said) = &said {
            let words = if now {
                Ui::PasswordShown
            } else {
                Ui::PasswordHidden
            };
            said.set_text_content(Some(words.text(locale)));
        }
    });
    if let Some(form) = input.form() {
        let (i, b) = (input.clone(), button.clone());
        on(&form, "submit", move |_: web_sys::Event| {
            show(&i, &b, false)
        });
    }

    // Caps Lock: the warning in the second live region, read with the box while shown.
    let Some(region) = root
        .query_selector("div[aria-live]:not(.dvc-visually-hidden)")
        .ok()
        .flatten()
    else {
        return;
    };
    let caps_id = format!("{}-caps", input.id());
    for event in ["keydown", "keyup"] {
        let (region, caps_id, i) = (region.clone(), caps_id.clone(), input.clone());
        on(&input, event, move |ev: web_sys::KeyboardEvent| {
            let on_now = ev.get_modifier_state("CapsLock");
            let shown = region.query_selector("p").ok().flatten();
            if on_now == shown.is_some() {
                return;
            }
            match shown {
                Some(p) => p.remove(),
                None => {
                    let Some(p) = document().and_then(|d| d.create_element("p").ok()) else {
                        return;
                    };
                    p.set_class_name("dvc-password-input__caps");
                    p.set_id(&caps_id);
                    p.set_text_content(Some(Ui::CapsLockOn.text(locale)));
                    let _ = region.append_child(&p);
                }
            }
            describe(&i, &caps_id, on_now, Place::Last);
        });
    }
}
