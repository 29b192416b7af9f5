//! Tests of textarea: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

#[wasm_bindgen_test]
async fn the_count_is_shown_at_once_and_announced_after_a_pause() {
    let host = mount(
        move || view! { <Field name="t_area" label="Lý do"><Textarea max_chars=10/></Field> },
    );
    let area: web_sys::HtmlTextAreaElement = by_id("dvc-t_area");
    area.set_value("Mười hai ký tự");
    let init = EventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
    let visible = host
        .query_selector(".dvc-character-count__message")
        .unwrap()
        .unwrap();
    assert_eq!(
        visible.text_content().as_deref(),
        Some("Bạn đã nhập quá 4 ký tự")
    );
    assert_eq!(area.value(), "Mười hai ký tự", "kept, not cut");
    let live = host
        .query_selector(".dvc-character-count [aria-live=polite]")
        .unwrap()
        .unwrap();
    assert_eq!(
        live.text_content().as_deref(),
        Some(""),
        "not announced while typing"
    );
    wait_ms(1200).await;
    assert_eq!(
        live.text_content().as_deref(),
        Some("Bạn đã nhập quá 4 ký tự"),
        "announced after the pause"
    );
}
