//! The skip link's behaviour in the browser: followed, it focuses its target, which is
//! focusable (`tabindex="-1"`) only while it has focus, so a later click inside the main
//! content draws no focus ring around all of it (GOV.UK Frontend's skip link).

/// Starts one skip link (`a[data-dvc-module="skip-link"]`, see [`crate::enhance`]).
pub(crate) fn start(link: &web_sys::Element) {
    let Some(target) = link
        .get_attribute("href")
        .and_then(|h| h.strip_prefix('#').map(str::to_owned))
    else {
        return;
    };
    // The browser follows the link as well: the address gets its fragment, the page
    // scrolls, and the target, focusable now, keeps the focus.
    crate::enhance::on(link, "click", move |_: web_sys::Event| {
        crate::enhance::focus_by_id(&target)
    });
}
