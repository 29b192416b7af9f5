//! The skip link's behaviour in the browser: followed, it focuses its target, which is
//! focusable (`tabindex="-1"`) only while it has focus, so a later click inside the main
//! content draws no focus ring around all of it (GOV.UK Frontend's skip link).

use leptos::prelude::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Starts every skip link of the page (`a[data-dvc-module="skip-link"]`) once; calling it
/// again binds nothing twice. Call after hydration. Does nothing on a server.
pub fn enhance_skip_links() {
    if crate::SERVER_RENDER {
        return;
    }
    let Ok(links) = document().query_selector_all("a[data-dvc-module=\"skip-link\"]") else {
        return;
    };
    for n in 0..links.length() {
        let Some(link) = links
            .item(n)
            .and_then(|l| l.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if link.has_attribute("data-dvc-started") {
            continue;
        }
        let _ = link.set_attribute("data-dvc-started", "");
        let Some(target) = link
            .get_attribute("href")
            .and_then(|h| h.strip_prefix('#').map(str::to_owned))
        else {
            continue;
        };
        // The browser follows the link as well: the address gets its fragment, the page
        // scrolls, and the target, focusable now, keeps the focus.
        let follow = Closure::<dyn Fn()>::new(move || crate::form::form::focus_by_id(&target));
        let _ = link.add_event_listener_with_callback("click", follow.as_ref().unchecked_ref());
        follow.forget();
    }
}
