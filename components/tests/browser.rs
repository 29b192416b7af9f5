//! Behaviour in a real browser (wasm-bindgen-test in headless Chromium): typing updates
//! the bound value; an error appears, is linked and is announced with its "Lỗi:" prefix;
//! the busy button ignores presses. Run by `cargo xtask test`.
#![cfg(target_arch = "wasm32")]

use dvc_ui::prelude::*;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh container and leaves it in the page for the test.
fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> HtmlElement {
    let doc = document();
    let host: HtmlElement = doc.create_element("div").unwrap().unchecked_into();
    doc.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), f).forget();
    host
}

/// Lets the reactive system apply pending updates to the DOM.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn type_into(input: &HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

fn input_in(host: &HtmlElement) -> HtmlInputElement {
    host.query_selector("input").unwrap().expect("an input").unchecked_into()
}

/// The accessible description as a screen reader builds it from aria-describedby.
fn description(input: &HtmlInputElement) -> String {
    let ids = input.get_attribute("aria-describedby").unwrap_or_default();
    ids.split_whitespace()
        .filter_map(|id| document().get_element_by_id(id))
        .map(|el| el.text_content().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" "))
        .collect::<Vec<_>>()
        .join(" ")
}

#[wasm_bindgen_test]
async fn typing_updates_the_bound_value_and_setting_it_updates_the_box() {
    let value = RwSignal::new(String::new());
    let host = mount(move || view! {
        <Field name="bt_name" label="Họ và tên"><TextInput value=value/></Field>
    });
    let input = input_in(&host);
    type_into(&input, "Trần Văn Bình");
    assert_eq!(value.get_untracked(), "Trần Văn Bình");
    value.set("Lê Thị Cúc".into());
    settle().await;
    assert_eq!(input.value(), "Lê Thị Cúc");
}

#[wasm_bindgen_test]
async fn an_error_appears_linked_and_is_read_with_the_input() {
    let error = RwSignal::new(None::<String>);
    let host = mount(move || view! {
        <Field name="bt_email" label="Email" hint="Ví dụ: ten@vidu.vn" error=error>
            <TextInput input_type=TextInputType::Email/>
        </Field>
    });
    let input = input_in(&host);
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert_eq!(description(&input), "Ví dụ: ten@vidu.vn");

    error.set(Some("Nhập địa chỉ email đúng định dạng".into()));
    settle().await;
    let shown = host.query_selector(".dvc-error-message").unwrap().expect("the error is shown");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap();
    assert!(described.split_whitespace().any(|id| id == shown.id()), "the input points at its error");
    assert_eq!(description(&input), "Ví dụ: ten@vidu.vn Lỗi: Nhập địa chỉ email đúng định dạng");

    error.set(None);
    settle().await;
    assert!(host.query_selector(".dvc-error-message").unwrap().is_none());
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert_eq!(description(&input), "Ví dụ: ten@vidu.vn");
}

#[wasm_bindgen_test]
async fn a_busy_button_ignores_presses_until_it_is_free() {
    let busy = RwSignal::new(false);
    let presses = RwSignal::new(0);
    let host = mount(move || view! {
        <Button submit=false busy=busy busy_label="Đang gửi…" on_click=move |_| presses.update(|n| *n += 1)>"Gửi"</Button>
    });
    let button: HtmlElement = host.query_selector("button").unwrap().unwrap().unchecked_into();
    button.click();
    assert_eq!(presses.get_untracked(), 1);
    busy.set(true);
    settle().await;
    assert_eq!(button.get_attribute("aria-disabled").as_deref(), Some("true"));
    button.click();
    button.click();
    assert_eq!(presses.get_untracked(), 1, "presses while busy are ignored");
    busy.set(false);
    settle().await;
    button.click();
    assert_eq!(presses.get_untracked(), 2);
}
