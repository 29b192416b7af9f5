//! The read-back under a Vietnamese-data question (`data-dvc-module="readback"`, the kind
//! as a rule in `data-kind`): as the citizen types, the line under the box says back what
//! the kit understood ("001 090 012 345 · nơi đăng ký khai sinh: Thành phố Hà Nội · nam ·
//! sinh năm 1990", a phone number grouped, an amount in words), politely, so a mistake is
//! seen before the form is sent. The server writes the same line for the answer it shows.

use super::VnKind;
use crate::enhance::{locale_of, on};
use dvc_rules::spec_markup::read_rule;
use wasm_bindgen::JsCast;

/// Starts one read-back (see [`crate::enhance`]).
pub(crate) fn start(root: &web_sys::Element) {
    let Some(kind) = root
        .get_attribute("data-kind")
        .and_then(|k| read_rule(&k))
        .and_then(|r| VnKind::from_rule(&r))
    else {
        return;
    };
    let (Some(input), Some(said)) = (
        root.query_selector("input").ok().flatten(),
        root.query_selector(".dvc-readback").ok().flatten(),
    ) else {
        return;
    };
    let locale = locale_of(root);
    on(&input.clone(), "input", move |_: web_sys::Event| {
        let typed = input
            .dyn_ref::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default();
        let line = kind.readback(&typed, locale).unwrap_or_default();
        if said.text_content().unwrap_or_default() != line {
            said.set_text_content(Some(&line));
        }
    });
}
