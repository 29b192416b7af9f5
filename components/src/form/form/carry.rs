//! Links elsewhere on the page that carry a form's answers: the language switch in the
//! header (`LanguageSwitch` with `form`). Once the form is started, a plain click on
//! `a[data-dvc-carries="<form id>"]` posts the answers as they are (unchecked) to the link's
//! address, naming the new language (`dvc_language` = the link's `hreflang`); the server
//! shows that page with them kept. A click with a modifier (new tab, new window) stays a
//! link. Without JavaScript the link simply opens the other page.

use crate::enhance::{by_id, document, on, STARTED};
use crate::layout::language_switch::{CARRIES_ATTRIBUTE, LANGUAGE_FIELD};
use wasm_bindgen::JsCast;

/// Listens, once for the whole page, to clicks on links that carry a form's answers; the
/// form is found by its id at the click, and only once its behaviour started (so a form
/// removed from the page, a Leptos app's earlier mount, is held by nothing).
pub(crate) fn start() {
    thread_local!(static LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(doc) = document() else { return };
    on(&doc, "click", move |ev: web_sys::MouseEvent| {
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if !plain || ev.default_prevented() {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest(&format!("a[{CARRIES_ATTRIBUTE}]")).ok().flatten())
        else {
            return;
        };
        let Some(form) = link
            .get_attribute(CARRIES_ATTRIBUTE)
            .and_then(|id| by_id::<web_sys::HtmlFormElement>(&id))
            .filter(|f| {
                f.get_attribute(STARTED)
                    .is_some_and(|s| s.split(' ').any(|n| n == "form"))
            })
        else {
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
