//! Tests of password_input: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

#[wasm_bindgen_test]
async fn the_password_toggle_is_a_button_whose_state_is_announced() {
    let host =
        mount(move || view! { <Field name="t_pw" label="Mật khẩu"><PasswordInput/></Field> });
    settle().await;
    let input: HtmlInputElement = by_id("dvc-t_pw");
    let button: HtmlElement = host
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(!button.hidden(), "shown once WebAssembly runs");
    assert_eq!(
        (input.type_(), button.get_attribute("aria-label").unwrap()),
        ("password".to_string(), "Hiện mật khẩu".to_string())
    );
    button.click();
    settle().await;
    assert_eq!(input.type_(), "text");
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Ẩn mật khẩu")
    );
    let live = host
        .query_selector(".dvc-password-input [aria-live]")
        .unwrap()
        .unwrap();
    assert_eq!(live.text_content().as_deref(), Some("Mật khẩu đang hiện"));
    let caps = web_sys::KeyboardEventInit::new();
    caps.set_modifier_caps_lock(true);
    input
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keyup", &caps).unwrap(),
        )
        .unwrap();
    settle().await;
    assert!(host.text_content().unwrap().contains("Caps Lock đang bật"));
    assert!(input
        .get_attribute("aria-describedby")
        .unwrap()
        .contains("dvc-t_pw-caps"));
}

#[wasm_bindgen_test]
async fn a_behaviour_started_twice_acts_once_and_a_sent_password_is_hidden_again() {
    let host = mount(move || {
        view! {
            <Form id="t-pw-form" on_valid=|_: dvc_rules::form::FormValues| ()>
                <Field name="t_pw2" label="Mật khẩu"><PasswordInput/></Field>
            </Form>
        }
    });
    // `mount` started it; a second call (markup added later, a repeated start) binds nothing.
    enhance(&host);
    enhance(&host);
    let input: HtmlInputElement = by_id("dvc-t_pw2");
    let button: HtmlElement = host
        .query_selector(".dvc-password-input__toggle")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    settle().await;
    assert_eq!(
        input.type_(),
        "text",
        "one press shows it once (not shown and hidden again)"
    );
    assert_eq!(
        host.query_selector(".dvc-password-input")
            .unwrap()
            .unwrap()
            .get_attribute("data-dvc-started")
            .as_deref(),
        Some("password-input")
    );
    input.set_value("bí mật 123");
    let form: web_sys::HtmlFormElement = by_id("t-pw-form");
    form.request_submit().unwrap();
    settle().await;
    assert_eq!(
        input.type_(),
        "password",
        "sent: hidden again, for the browser to save it as a password"
    );
}
