//! Links elsewhere on the page that carry a form's answers: the language switch in the
//! header (`LanguageSwitch` with `form`). Once the form is started, a plain click on
//! `a[data-dvc-carries="<form id>"]` posts the answers as they are (unchecked) to the link's
//! address, naming the new language (`dvc_language` = the link's `hreflang`); the server
//! shows that page with them kept. A click with a modifier (new tab, new window) stays a
//! link. Without JavaScript the link simply opens the other page.

use crate::enhance::{document, on};
use crate::layout::language_switch::{CARRIES_ATTRIBUTE, LANGUAGE_FIELD};
use wasm_bindgen::JsCast;

/// Listens, for `form`, to clicks on the links that carry its answers.
pub(crate) fn start(form: &web_sys::HtmlFormElement) {
    let Some(doc) = document() else { return };
    let form = form.clone();
    on(&doc, "click", move |ev: web_sys::MouseEvent| {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if !plain || ev.default_prevented() {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(&format!("a[{CARRIES_ATTRIBUTE}]")).ok().flatten());
        let Some(link) = link.filter(|l| {
            l.get_attribute(CARRIES_ATTRIBUTE)
                .is_some_and(|id| id == form.id())
        }) else {
            return;
        };
        if post_answers(&form, &link).is_some() {
            ev.prevent_default();
        }
    });
}

/// Posts `form` to the link's address through a hidden submit button added at its end
/// (after the form's own button, so it never becomes the default button of Enter).
fn post_answers(form: &web_sys::HtmlFormElement, link: &web_sys::Element) -> Option<()> {
    let button = document()?.create_element("button").ok()?;
    for (name, value) in [
        ("type", "submit"),
        ("formaction", link.get_attribute("href")?.as_str()),
        ("formnovalidate", ""),
        ("name", LANGUAGE_FIELD),
        (
            "value",
            link.get_attribute("hreflang").unwrap_or_default().as_str(),
        ),
        ("hidden", ""),
    ] {
        button.set_attribute(name, value).ok()?;
    }
    form.append_child(&button).ok()?;
    let sent = form.request_submit_with_submitter(Some(button.unchecked_ref()));
    button.remove();
    sent.ok()
}
