//! Tests of field: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

#[wasm_bindgen_test]
async fn an_error_appears_linked_and_is_read_with_the_input() {
    let error = RwSignal::new(None::<String>);
    let host = mount(move || {
        view! {
            <Field name="bt_email" label="Email" hint="Ví dụ: ten@vidu.vn" error=error>
                <TextInput input_type=TextInputType::Email/>
            </Field>
        }
    });
    let input = input_in(&host);
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert_eq!(description(&input), "Ví dụ: ten@vidu.vn");

    error.set(Some("Nhập địa chỉ email đúng định dạng".into()));
    settle().await;
    let shown = host
        .query_selector(".dvc-error-message")
        .unwrap()
        .expect("the error is shown");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap();
    assert!(
        described.split_whitespace().any(|id| id == shown.id()),
        "the input points at its error"
    );
    assert_eq!(
        description(&input),
        "Ví dụ: ten@vidu.vn Lỗi: Nhập địa chỉ email đúng định dạng"
    );

    error.set(None);
    settle().await;
    assert!(host.query_selector(".dvc-error-message").unwrap().is_none());
    assert_eq!(input.get_attribute("aria-invalid"), None);
    assert_eq!(description(&input), "Ví dụ: ten@vidu.vn");
}
