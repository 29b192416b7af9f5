//! Tests of the identity components (OtpInput, AccountSignIn): behaviour in headless
//! Chromium. Run through components/tests/browser.rs.

use crate::support::*;
use dvc_ui::identity::{AccountSignIn, OtpInput};

fn resend_shown(host: &HtmlElement) -> bool {
    let button: HtmlElement = host
        .query_selector("button[value=resend]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.offset_parent().is_some()
}

fn said(host: &HtmlElement) -> String {
    host.query_selector(".dvc-otp__resend [aria-live=polite]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn send_again_appears_when_the_wait_is_over_and_the_wait_is_said_only_now_and_then() {
    let host =
        mount(|| view! { <Form id="otp-wait"><OtpInput name="otp_wait" resend_after=32/></Form> });
    wait_ms(50).await;
    assert!(!resend_shown(&host), "hidden while the server's wait lasts");
    assert_eq!(said(&host), "Bạn có thể yêu cầu gửi lại mã sau 32 giây.");
    wait_ms(2300).await;
    // The seen count went down each second; the words said stayed until a 30-second step.
    assert_eq!(
        host.query_selector(".dvc-otp__wait")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Bạn có thể yêu cầu gửi lại mã sau 30 giây."
    );
    assert_eq!(
        said(&host),
        "Bạn có thể yêu cầu gửi lại mã sau 30 giây.",
        "said at 30 seconds"
    );

    let soon =
        mount(|| view! { <Form id="otp-soon"><OtpInput name="otp_soon" resend_after=1/></Form> });
    wait_ms(50).await;
    assert!(!resend_shown(&soon));
    wait_ms(1300).await;
    assert!(resend_shown(&soon), "shown once the wait is over");
    assert_eq!(said(&soon), "Bạn có thể yêu cầu gửi lại mã.");
}

#[wasm_bindgen_test]
async fn a_pasted_code_with_spaces_passes_and_a_short_one_is_named() {
    let host = mount(
        || view! { <Form id="otp-check"><OtpInput name="otp_check" submit="Tiếp tục"/></Form> },
    );
    set_value("dvc-otp_check", "12 34");
    let form: web_sys::HtmlFormElement = by_id("otp-check");
    form.request_submit().unwrap();
    wait_ms(50).await;
    assert_eq!(
        summary_messages(&host),
        vec!["Mã xác thực gồm 6 chữ số (bạn đã nhập 4 chữ số)".to_string()]
    );
    set_value("dvc-otp_check", "123 456");
    wait_ms(20).await;
    assert!(
        document()
            .get_element_by_id("dvc-otp_check-error")
            .is_none(),
        "a whole pasted code is right"
    );
}

#[wasm_bindgen_test]
async fn the_account_form_names_what_is_missing_and_shows_the_password_on_request() {
    let host = mount(
        || view! { <Form id="acct"><AccountSignIn id_name="acct_id" password_name="acct_pw"/></Form> },
    );
    let form: web_sys::HtmlFormElement = by_id("acct");
    form.request_submit().unwrap();
    wait_ms(50).await;
    assert_eq!(
        summary_messages(&host).len(),
        2,
        "{:?}",
        summary_messages(&host)
    );
    assert!(
        summary_messages(&host)[0].contains("số định danh cá nhân"),
        "{:?}",
        summary_messages(&host)
    );
    let password: HtmlInputElement = by_id("dvc-acct_pw");
    assert_eq!(password.type_(), "password");
    let show: HtmlElement = host
        .query_selector(".dvc-password-input__toggle")
        .unwrap()
        .expect("a show button")
        .unchecked_into();
    show.click();
    wait_ms(20).await;
    assert_eq!(password.type_(), "text");
}
