//! Tests of choice: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

#[wasm_bindgen_test]
async fn a_follow_up_is_revealed_when_its_option_is_chosen() {
    let host = mount(move || {
        view! {
            <Field name="t_contact" label="Liên hệ" group=true>
                <Radios options=vec![
                    Choice::new("email", "Email").reveals(|| view! { <p>"Địa chỉ email?"</p> }.into_any()),
                    Choice::new("phone", "Điện thoại"),
                ]/>
            </Field>
            <Field name="t_needs" label="Hỗ trợ" group=true>
                <Checkboxes options=vec![
                    Choice::new("lang", "Phiên dịch").reveals(|| view! { <p>"Tiếng nào?"</p> }.into_any()),
                    Choice::new("none", "Không cần").exclusive(),
                ]/>
            </Field>
        }
    });
    // Follow-ups hide once the page is interactive (every one shows without a script).
    settle().await;
    let conditional = host
        .query_selector(".dvc-radios__conditional")
        .unwrap()
        .unwrap();
    assert!(conditional.class_list().contains("dvc-hidden"));
    by_id::<HtmlElement>("dvc-t_contact").click();
    settle().await;
    assert!(
        !conditional.class_list().contains("dvc-hidden"),
        "shown when chosen"
    );
    by_id::<HtmlElement>("dvc-t_contact-2").click();
    settle().await;
    assert!(
        conditional.class_list().contains("dvc-hidden"),
        "hidden again when another is chosen"
    );

    let lang: HtmlInputElement = by_id("dvc-t_needs");
    let none: HtmlInputElement = by_id("dvc-t_needs-2");
    lang.click();
    settle().await;
    assert_eq!(lang.get_attribute("aria-expanded").as_deref(), Some("true"));
    none.click();
    settle().await;
    assert!(
        none.checked() && !lang.checked(),
        "“none” clears the others"
    );
    assert_eq!(
        lang.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    lang.click();
    settle().await;
    assert!(
        lang.checked() && !none.checked(),
        "another option clears “none”"
    );
}
