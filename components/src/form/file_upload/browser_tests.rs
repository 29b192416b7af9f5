//! Tests of file_upload: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

#[wasm_bindgen_test]
async fn refused_files_are_named_with_their_reason_and_never_posted() {
    let host = mount(move || {
        view! {
            <Field name="t_files" label="Giấy tờ">
                <FileUpload accept=vec!["pdf", "jpg"] max_bytes=10 max_files=5/>
            </Field>
        }
    });
    let input: HtmlInputElement = by_id("dvc-t_files");
    let file = |name: &str, body: &str| {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
        web_sys::File::new_with_str_sequence(&parts, name).unwrap()
    };
    let dt = web_sys::DataTransfer::new().unwrap();
    for f in [
        file("don.pdf", "12345"),
        file("anh.heic", "12345"),
        file("to.jpg", "0123456789abc"),
    ] {
        dt.items().add_with_file(&f).unwrap();
    }
    input.set_files(dt.files().as_ref());
    input
        .dispatch_event(&Event::new("change").unwrap())
        .unwrap();
    settle().await;
    let refused: Vec<String> = {
        let list = host
            .query_selector_all(".dvc-file-upload__refused li")
            .unwrap();
        (0..list.length())
            .filter_map(|i| list.get(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(
        refused,
        vec![
            "Tệp “anh.heic” không đúng loại: chỉ nhận PDF, JPG".to_string(),
            "Tệp “to.jpg” lớn hơn 1 KB: hãy chụp hoặc quét lại với dung lượng nhỏ hơn".to_string(),
        ]
    );
    let kept = input.files().unwrap();
    assert_eq!(
        (kept.length(), kept.get(0).unwrap().name()),
        (1, "don.pdf".to_string()),
        "only accepted files are posted"
    );
    // Remove it with its button; focus returns to the chooser.
    host.query_selector(".dvc-file-upload__remove")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    settle().await;
    assert_eq!(input.files().unwrap().length(), 0);
    assert_eq!(active_id(), "dvc-t_files");
}
