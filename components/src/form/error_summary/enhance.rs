//! The error summary's behaviour in the browser: on the page as it loads (a page the
//! server rendered with errors), it takes focus; each link focuses its question's control
//! and scrolls the question's legend or label into view, so the question is read in full
//! (GOV.UK Frontend's behaviour). A `Form` that finds problems in the page builds the
//! summary and starts it here.

use crate::enhance::{document, focus_by_id, may_focus_on_load, on};
use wasm_bindgen::JsCast;

/// Starts one summary (`data-dvc-module="error-summary"`, see [`crate::enhance`]).
pub(crate) fn start(summary: &web_sys::Element) {
    on(summary, "click", |ev: web_sys::MouseEvent| {
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("a[href^=\"#\"]").ok().flatten());
        let Some(id) = link.and_then(|l| l.get_attribute("href")) else {
            return;
        };
        ev.prevent_default();
        focus_question(&id[1..]);
    });
    if summary.query_selector("li").ok().flatten().is_some() && may_focus_on_load() {
        focus_by_id(&summary.id());
    }
}

/// Focuses the control with `id` and scrolls its legend (or label) to the top.
pub(crate) fn focus_question(id: &str) {
    let Some(doc) = document() else {
        return;
    };
    let Some(input) = doc.get_element_by_id(id) else {
        return;
    };
    let heading = input
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fs| fs.query_selector("legend").ok().flatten())
        .or_else(|| {
            doc.query_selector(&format!("label[for=\"{id}\"]"))
                .ok()
                .flatten()
        });
    if let Some(el) = input.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    if let Some(h) = heading {
        h.scroll_into_view();
    }
}
