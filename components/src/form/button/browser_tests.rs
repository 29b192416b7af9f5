//! Tests of button: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

#[wasm_bindgen_test]
async fn a_busy_button_ignores_presses_until_it_is_free() {
    let busy = RwSignal::new(false);
    let presses = RwSignal::new(0);
    let host = mount(move || {
        view! {
            <Button submit=false busy=busy busy_label="Đang gửi…" on_click=move |_| presses.update(|n| *n += 1)>"Gửi"</Button>
        }
    });
    let button: HtmlElement = host
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    assert_eq!(presses.get_untracked(), 1);
    busy.set(true);
    settle().await;
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true")
    );
    button.click();
    button.click();
    assert_eq!(presses.get_untracked(), 1, "presses while busy are ignored");
    busy.set(false);
    settle().await;
    button.click();
    assert_eq!(presses.get_untracked(), 2);
}
