//! The receipt's print button (`data-dvc-module="print"`): shown once the behaviour starts
//! (without a script it could do nothing; the browser's own print works), it opens the
//! browser's print dialog.

/// Starts one print button (see [`crate::enhance`]).
pub(crate) fn start(button: &web_sys::Element) {
    let _ = button.remove_attribute("hidden");
    crate::enhance::on(button, "click", |_: web_sys::Event| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
}
