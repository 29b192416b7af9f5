//! The behaviour of a group of radios or checkboxes (`data-dvc-module="choices"` on
//! `.dvc-radios` / `.dvc-checkboxes`): a follow-up question (the element an option's
//! `aria-controls` names) is hidden while its option is not chosen and shown as soon as it
//! is (a checkbox's `aria-expanded` following); a checkbox marked `data-dvc-exclusive`
//! ("none of these") clears the others when ticked, and ticking another clears it. Without
//! the behaviour every follow-up shows, so each can be answered.

use crate::enhance::{all, by_id, on, set_class};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// Starts one group (see [`crate::enhance`]).
pub(crate) fn start(group: &web_sys::Element) {
    show_chosen(group);
    let g = group.clone();
    on(group, "change", move |ev: web_sys::Event| {
        let Some(changed) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if changed.type_() == "checkbox" && changed.checked() {
            let exclusive = changed.has_attribute("data-dvc-exclusive");
            for other in inputs(&g) {
                if other != changed
                    && other.name() == changed.name()
                    && (exclusive || other.has_attribute("data-dvc-exclusive"))
                {
                    other.set_checked(false);
                }
            }
        }
        show_chosen(&g);
    });
}

fn inputs(group: &web_sys::Element) -> Vec<HtmlInputElement> {
    all(group, "input")
        .into_iter()
        .filter_map(|i| i.dyn_into().ok())
        .collect()
}

/// Each follow-up shown while its option is chosen, hidden otherwise.
fn show_chosen(group: &web_sys::Element) {
    for input in inputs(group) {
        let Some(id) = input.get_attribute("aria-controls") else {
            continue;
        };
        if let Some(follow_up) = by_id::<web_sys::Element>(&id) {
            set_class(&follow_up, "dvc-hidden", !input.checked());
            // Checkboxes carry `aria-expanded` (radios may not: it is no state of a radio).
            if input.has_attribute("aria-expanded") {
                let expanded = if input.checked() { "true" } else { "false" };
                let _ = input.set_attribute("aria-expanded", expanded);
            }
        }
    }
}
