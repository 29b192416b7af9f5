//! Tests of text_input: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

#[wasm_bindgen_test]
async fn typing_updates_the_bound_value_and_setting_it_updates_the_box() {
    let value = RwSignal::new(String::new());
    let host = mount(move || {
        view! {
            <Field name="bt_name" label="Họ và tên"><TextInput value=value/></Field>
        }
    });
    let input = input_in(&host);
    type_into(&input, "Trần Văn Bình");
    assert_eq!(value.get_untracked(), "Trần Văn Bình");
    value.set("Lê Thị Cúc".into());
    settle().await;
    assert_eq!(input.value(), "Lê Thị Cúc");
}
