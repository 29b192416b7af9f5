//! Tests of form: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::common;
use crate::support::*;

#[wasm_bindgen_test]
async fn a_failed_submit_focuses_the_summary_whose_links_reach_each_question_with_the_servers_problems(
) {
    let model = FormModel::new(Locale::Vi);
    let host = mount(move || common::register_form(model));
    // The same answers the native test posts as an urlencoded body.
    set_value("dvc-full_name", "Nguyễn 2");
    set_value("dvc-dob-day", "31");
    set_value("dvc-dob-month", "2");
    set_value("dvc-dob-year", "2020");
    set_value("dvc-phone", "012345");
    set_value("dvc-email", "an@vidu");
    let form: web_sys::HtmlFormElement = by_id("t-register");
    document().set_title("Đăng ký");
    form.request_submit().unwrap();
    wait_ms(50).await;
    assert_eq!(
        summary_messages(&host),
        common::EXPECTED,
        "the browser's problems equal the server's"
    );
    assert_eq!(active_id(), "t-register-summary", "the summary takes focus");
    assert_eq!(document().title(), "Lỗi: Đăng ký");
    let day: HtmlInputElement = by_id("dvc-dob-day");
    let month: HtmlInputElement = by_id("dvc-dob-month");
    assert_eq!(
        day.get_attribute("aria-invalid").as_deref(),
        Some("true"),
        "only the wrong box is marked"
    );
    assert_eq!(month.get_attribute("aria-invalid"), None);

    // Each link focuses its question's control.
    let links = host.query_selector_all(".dvc-error-summary a").unwrap();
    let targets: Vec<String> = (0..links.length())
        .map(|i| {
            links
                .get(i)
                .unwrap()
                .unchecked_into::<HtmlElement>()
                .click();
            active_id()
        })
        .collect();
    assert_eq!(
        targets,
        vec![
            "dvc-full_name",
            "dvc-dob-day",
            "dvc-sex",
            "dvc-phone",
            "dvc-email",
            "dvc-declaration"
        ]
    );

    // Fixing an answer clears its error at once; a new mistake waits for the next submit.
    set_value("dvc-full_name", "Nguyễn An");
    wait_ms(20).await;
    assert!(
        document()
            .get_element_by_id("dvc-full_name-error")
            .is_none(),
        "fixed: the error is gone"
    );
    set_value("dvc-email", "an@vidu.vn");
    wait_ms(20).await;
    assert!(document().get_element_by_id("dvc-email-error").is_none());
    set_value("dvc-email", "");
    set_value("dvc-full_name", "");
    wait_ms(20).await;
    assert!(
        document()
            .get_element_by_id("dvc-full_name-error")
            .is_none(),
        "no new error before the next submit"
    );
}

#[wasm_bindgen_test]
async fn a_passing_submit_hands_over_the_answers_and_a_pending_form_ignores_submits() {
    let model = FormModel::new(Locale::Vi);
    let received = RwSignal::new(Vec::<String>::new());
    let host = mount(move || {
        view! {
            <Form id="t-ok" model=model on_valid=move |v: dvc_rules::form::FormValues| received.update(|r| r.push(v.name("n").unwrap_or_default()))>
                <Field name="n" label="Họ và tên" rule=dvc_rules::form::FieldRule::Name><TextInput/></Field>
                <Button>"Gửi"</Button>
            </Form>
        }
    });
    set_value("dvc-n", "  Lê   Thị  Cúc ");
    let form: web_sys::HtmlFormElement = by_id("t-ok");
    form.request_submit().unwrap();
    wait_ms(20).await;
    assert_eq!(received.get_untracked(), vec!["Lê Thị Cúc".to_string()]);
    assert_eq!(
        by_id::<HtmlInputElement>("dvc-n").value(),
        "  Lê   Thị  Cúc ",
        "what was typed stays as typed"
    );
    // Within a second of that submit the form is still sending.
    let button = host.query_selector("button").unwrap().unwrap();
    assert_eq!(
        button.get_attribute("aria-disabled").as_deref(),
        Some("true"),
        "the submit button shows it is busy"
    );
    form.request_submit().unwrap();
    wait_ms(20).await;
    assert_eq!(
        received.get_untracked().len(),
        1,
        "nothing is submitted twice"
    );
}

#[wasm_bindgen_test]
async fn a_button_without_checks_sends_the_answers_as_they_are() {
    let host = mount(|| {
        view! {
            <Form id="t-save">
                <Field name="s_name" label="Họ và tên" rule=FieldRule::Name><TextInput/></Field>
                <Button>"Gửi"</Button>
                <Button kind=ButtonKind::Secondary name="action" value="save" without_checks=true>"Lưu và tiếp tục sau"</Button>
            </Form>
        }
    });
    let form: web_sys::HtmlFormElement = by_id("t-save");
    // Stands in for the server: the test page must not navigate away.
    let sent = std::rc::Rc::new(std::cell::Cell::new(false));
    let seen = sent.clone();
    let keep_page = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(
        move |ev: web_sys::Event| {
            seen.set(true);
            ev.prevent_default();
        },
    );
    form.add_event_listener_with_callback("submit", keep_page.as_ref().unchecked_ref())
        .unwrap();
    keep_page.forget();
    let save: HtmlElement = host
        .query_selector("button[formnovalidate]")
        .unwrap()
        .expect("the save button")
        .unchecked_into();
    save.click();
    settle().await;
    assert!(sent.get(), "the form was sent");
    assert!(
        host.query_selector(".dvc-error-summary").unwrap().is_none(),
        "nothing checked in the browser"
    );
    assert!(host.query_selector(".dvc-error-message").unwrap().is_none());
    // The ordinary button still checks.
    let send: HtmlElement = host
        .query_selector("button:not([formnovalidate])")
        .unwrap()
        .unwrap()
        .unchecked_into();
    send.click();
    settle().await;
    assert!(host.query_selector(".dvc-error-summary").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn an_error_the_portal_gave_stays_until_its_server_judges_the_new_answer() {
    // A page sent again by a portal whose server found what no rule can (the address is
    // taken): the browser's checks must not take that error away.
    let host = mount(move || {
        view! {
            <Form id="t-given">
                <Field name="e" label="Email" rule=dvc_rules::form::FieldRule::Email
                    error="Địa chỉ email này đã được dùng cho một tài khoản khác">
                    <TextInput/>
                </Field>
                <Field name="p" label="Số điện thoại" rule=dvc_rules::form::FieldRule::Phone { allow_landline: false }>
                    <TextInput/>
                </Field>
                <Button>"Gửi"</Button>
            </Form>
        }
    });
    set_value("dvc-e", "an@vidu.vn");
    set_value("dvc-p", "12");
    let form: web_sys::HtmlFormElement = by_id("t-given");
    let kept =
        wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(|ev: web_sys::Event| {
            ev.prevent_default()
        });
    form.add_event_listener_with_callback("submit", kept.as_ref().unchecked_ref())
        .unwrap();
    kept.forget();
    form.request_submit().unwrap();
    settle().await;
    let given = || {
        document()
            .get_element_by_id("dvc-e-error")
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert!(
        given().contains("đã được dùng"),
        "a passing rule keeps the portal's error on submit: {:?}",
        given()
    );
    // Fixing the other question clears its error; typing in the email keeps the given one.
    set_value("dvc-p", "0912345678");
    set_value("dvc-e", "binh@vidu.vn");
    settle().await;
    assert!(document().get_element_by_id("dvc-p-error").is_none());
    assert!(given().contains("đã được dùng"), "still there while typing");
    // A rule's own error replaces it, and goes when the answer is fixed.
    set_value("dvc-e", "binh@");
    form.request_submit().unwrap();
    settle().await;
    assert!(
        given().contains("email"),
        "the rule's message: {:?}",
        given()
    );
    assert!(!given().contains("đã được dùng"));
    set_value("dvc-e", "binh@vidu.vn");
    settle().await;
    assert!(
        document().get_element_by_id("dvc-e-error").is_none(),
        "a rule's error clears when fixed"
    );
}
