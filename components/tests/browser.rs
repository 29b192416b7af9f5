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

#[path = "common/mod.rs"]
mod common;

use dvc_rules::Locale;
use dvc_ui::form::{Checkboxes, Choice, FileUpload, FormModel, PasswordInput, Radios, Textarea};
use dvc_ui::vn::AddressInput;

fn by_id<T: JsCast>(id: &str) -> T {
    document().get_element_by_id(id).unwrap_or_else(|| panic!("no #{id}")).unchecked_into()
}

fn set_value(id: &str, text: &str) {
    type_into(&by_id::<HtmlInputElement>(id), text);
}

fn active_id() -> String {
    document().active_element().map(|e| e.id()).unwrap_or_default()
}

fn summary_messages(host: &HtmlElement) -> Vec<String> {
    let links = host.query_selector_all(".dvc-error-summary a").unwrap();
    (0..links.length()).filter_map(|i| links.get(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_failed_submit_focuses_the_summary_whose_links_reach_each_question_with_the_servers_problems() {
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
    assert_eq!(summary_messages(&host), common::EXPECTED, "the browser's problems equal the server's");
    assert_eq!(active_id(), "t-register-summary", "the summary takes focus");
    assert_eq!(document().title(), "Lỗi: Đăng ký");
    let day: HtmlInputElement = by_id("dvc-dob-day");
    let month: HtmlInputElement = by_id("dvc-dob-month");
    assert_eq!(day.get_attribute("aria-invalid").as_deref(), Some("true"), "only the wrong box is marked");
    assert_eq!(month.get_attribute("aria-invalid"), None);

    // Each link focuses its question's control.
    let links = host.query_selector_all(".dvc-error-summary a").unwrap();
    let targets: Vec<String> = (0..links.length())
        .map(|i| {
            links.get(i).unwrap().unchecked_into::<HtmlElement>().click();
            active_id()
        })
        .collect();
    assert_eq!(targets, vec!["dvc-full_name", "dvc-dob-day", "dvc-sex", "dvc-phone", "dvc-email", "dvc-declaration"]);

    // Fixing an answer clears its error at once; a new mistake waits for the next submit.
    set_value("dvc-full_name", "Nguyễn An");
    wait_ms(20).await;
    assert!(document().get_element_by_id("dvc-full_name-error").is_none(), "fixed: the error is gone");
    set_value("dvc-email", "an@vidu.vn");
    wait_ms(20).await;
    assert!(document().get_element_by_id("dvc-email-error").is_none());
    set_value("dvc-email", "");
    set_value("dvc-full_name", "");
    wait_ms(20).await;
    assert!(document().get_element_by_id("dvc-full_name-error").is_none(), "no new error before the next submit");
}

#[wasm_bindgen_test]
async fn a_passing_submit_hands_over_the_answers_and_a_pending_form_ignores_submits() {
    let model = FormModel::new(Locale::Vi);
    let received = RwSignal::new(Vec::<String>::new());
    let host = mount(move || view! {
        <Form id="t-ok" model=model on_valid=move |v: dvc_rules::form::FormValues| received.update(|r| r.push(v.name("n").unwrap_or_default()))>
            <Field name="n" label="Họ và tên" rule=dvc_rules::form::FieldRule::Name><TextInput/></Field>
            <Button>"Gửi"</Button>
        </Form>
    });
    set_value("dvc-n", "  Lê   Thị  Cúc ");
    let form: web_sys::HtmlFormElement = by_id("t-ok");
    form.request_submit().unwrap();
    wait_ms(20).await;
    assert_eq!(received.get_untracked(), vec!["Lê Thị Cúc".to_string()]);
    assert_eq!(by_id::<HtmlInputElement>("dvc-n").value(), "  Lê   Thị  Cúc ", "what was typed stays as typed");
    model.pending.set(true);
    wait_ms(20).await;
    let button = host.query_selector("button").unwrap().unwrap();
    assert_eq!(button.get_attribute("aria-disabled").as_deref(), Some("true"), "the submit button shows it is busy");
    form.request_submit().unwrap();
    wait_ms(20).await;
    assert_eq!(received.get_untracked().len(), 1, "nothing is submitted twice");
}

#[wasm_bindgen_test]
async fn a_follow_up_is_revealed_when_its_option_is_chosen() {
    let host = mount(move || view! {
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
    });
    // Follow-ups hide once the page is interactive (every one shows without a script).
    settle().await;
    let conditional = host.query_selector(".dvc-radios__conditional").unwrap().unwrap();
    assert!(conditional.class_list().contains("dvc-hidden"));
    by_id::<HtmlElement>("dvc-t_contact").click();
    settle().await;
    assert!(!conditional.class_list().contains("dvc-hidden"), "shown when chosen");
    by_id::<HtmlElement>("dvc-t_contact-2").click();
    settle().await;
    assert!(conditional.class_list().contains("dvc-hidden"), "hidden again when another is chosen");

    let lang: HtmlInputElement = by_id("dvc-t_needs");
    let none: HtmlInputElement = by_id("dvc-t_needs-2");
    lang.click();
    settle().await;
    assert_eq!(lang.get_attribute("aria-expanded").as_deref(), Some("true"));
    none.click();
    settle().await;
    assert!(none.checked() && !lang.checked(), "“none” clears the others");
    assert_eq!(lang.get_attribute("aria-expanded").as_deref(), Some("false"));
    lang.click();
    settle().await;
    assert!(lang.checked() && !none.checked(), "another option clears “none”");
}

#[wasm_bindgen_test]
async fn refused_files_are_named_with_their_reason_and_never_posted() {
    let host = mount(move || view! {
        <Field name="t_files" label="Giấy tờ">
            <FileUpload accept=vec!["pdf", "jpg"] max_bytes=10 max_files=5/>
        </Field>
    });
    let input: HtmlInputElement = by_id("dvc-t_files");
    let file = |name: &str, body: &str| {
        let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
        web_sys::File::new_with_str_sequence(&parts, name).unwrap()
    };
    let dt = web_sys::DataTransfer::new().unwrap();
    for f in [file("don.pdf", "12345"), file("anh.heic", "12345"), file("to.jpg", "0123456789abc")] {
        dt.items().add_with_file(&f).unwrap();
    }
    input.set_files(dt.files().as_ref());
    input.dispatch_event(&Event::new("change").unwrap()).unwrap();
    settle().await;
    let refused: Vec<String> = {
        let list = host.query_selector_all(".dvc-file-upload__refused li").unwrap();
        (0..list.length()).filter_map(|i| list.get(i)).map(|n| n.text_content().unwrap_or_default()).collect()
    };
    assert_eq!(refused, vec![
        "Tệp “anh.heic” không đúng loại: chỉ nhận PDF, JPG".to_string(),
        "Tệp “to.jpg” lớn hơn 1 KB: hãy chụp hoặc quét lại với dung lượng nhỏ hơn".to_string(),
    ]);
    let kept = input.files().unwrap();
    assert_eq!((kept.length(), kept.get(0).unwrap().name()), (1, "don.pdf".to_string()), "only accepted files are posted");
    // Remove it with its button; focus returns to the chooser.
    host.query_selector(".dvc-file-upload__remove").unwrap().unwrap().unchecked_into::<HtmlElement>().click();
    settle().await;
    assert_eq!(input.files().unwrap().length(), 0);
    assert_eq!(active_id(), "dvc-t_files");
}

#[wasm_bindgen_test]
async fn the_password_toggle_is_a_button_whose_state_is_announced() {
    let host = mount(move || view! { <Field name="t_pw" label="Mật khẩu"><PasswordInput/></Field> });
    settle().await;
    let input: HtmlInputElement = by_id("dvc-t_pw");
    let button: HtmlElement = host.query_selector("button").unwrap().unwrap().unchecked_into();
    assert!(!button.hidden(), "shown once WebAssembly runs");
    assert_eq!((input.type_(), button.get_attribute("aria-label").unwrap()), ("password".to_string(), "Hiện mật khẩu".to_string()));
    button.click();
    settle().await;
    assert_eq!(input.type_(), "text");
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some("Ẩn mật khẩu"));
    let live = host.query_selector(".dvc-password-input [aria-live]").unwrap().unwrap();
    assert_eq!(live.text_content().as_deref(), Some("Mật khẩu đang hiện"));
    let caps = web_sys::KeyboardEventInit::new();
    caps.set_modifier_caps_lock(true);
    input.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keyup", &caps).unwrap()).unwrap();
    settle().await;
    assert!(host.text_content().unwrap().contains("Caps Lock đang bật"));
    assert!(input.get_attribute("aria-describedby").unwrap().contains("dvc-t_pw-caps"));
}

#[wasm_bindgen_test]
async fn the_count_is_shown_at_once_and_announced_after_a_pause() {
    let host = mount(move || view! { <Field name="t_area" label="Lý do"><Textarea max_chars=10/></Field> });
    let area: web_sys::HtmlTextAreaElement = by_id("dvc-t_area");
    area.set_value("Mười hai ký tự");
    let init = EventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
    let visible = host.query_selector(".dvc-character-count__message").unwrap().unwrap();
    assert_eq!(visible.text_content().as_deref(), Some("Bạn đã nhập quá 4 ký tự"));
    assert_eq!(area.value(), "Mười hai ký tự", "kept, not cut");
    let live = host.query_selector(".dvc-character-count [aria-live=polite]").unwrap().unwrap();
    assert_eq!(live.text_content().as_deref(), Some(""), "not announced while typing");
    wait_ms(1200).await;
    assert_eq!(live.text_content().as_deref(), Some("Bạn đã nhập quá 4 ký tự"), "announced after the pause");
}

fn key(target: &HtmlInputElement, key: &str, alt: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_alt_key(alt);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

fn options(host: &HtmlElement, listbox: &str) -> Vec<String> {
    let list = host.query_selector_all(&format!("#{listbox} [role=option]")).unwrap();
    (0..list.length()).filter_map(|i| list.get(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn the_address_combobox_follows_the_apg_keys() {
    let province = RwSignal::new(String::new());
    let commune = RwSignal::new(String::new());
    let host = mount(move || view! { <AddressInput prefix="t_addr" province=province commune=commune/> });
    // A native select first (what the server sends), the combobox once interactive.
    settle().await;
    let input: HtmlInputElement = by_id("dvc-t_addr_province");
    assert_eq!(input.get_attribute("role").as_deref(), Some("combobox"));
    assert_eq!(input.get_attribute("aria-autocomplete").as_deref(), Some("list"));
    assert_eq!(input.get_attribute("aria-controls").as_deref(), Some("dvc-t_addr_province-listbox"));
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("false"));

    // Alt+Down opens without choosing an option; focus stays in the box.
    input.focus().unwrap();
    key(&input, "ArrowDown", true);
    settle().await;
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(input.get_attribute("aria-activedescendant"), None);
    assert_eq!(options(&host, "dvc-t_addr_province-listbox").len(), 34);
    let live = host.query_selector(".dvc-combobox [aria-live=polite]").unwrap().unwrap();
    assert_eq!(live.text_content().as_deref(), Some("34 kết quả"));

    // Typing without diacritics filters; the count is announced.
    type_into(&input, "hcm");
    settle().await;
    assert_eq!(options(&host, "dvc-t_addr_province-listbox"), vec!["Thành phố Hồ Chí Minh".to_string()]);
    assert_eq!(live.text_content().as_deref(), Some("1 kết quả"));
    // Down moves to the first option (aria-activedescendant), Up wraps to the last.
    key(&input, "ArrowDown", false);
    settle().await;
    assert_eq!(input.get_attribute("aria-activedescendant").as_deref(), Some("dvc-t_addr_province-listbox-0"));
    assert_eq!(by_id::<HtmlElement>("dvc-t_addr_province-listbox-0").get_attribute("aria-selected").as_deref(), Some("true"));
    assert_eq!(active_id(), "dvc-t_addr_province", "focus stays in the input");
    // Escape closes; Enter then does nothing.
    key(&input, "Escape", false);
    settle().await;
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert_eq!(province.get_untracked(), "");
    // Down reopens on the first option, Enter chooses it.
    key(&input, "ArrowDown", false);
    key(&input, "Enter", false);
    settle().await;
    assert_eq!(province.get_untracked(), "79");
    assert_eq!(input.value(), "Thành phố Hồ Chí Minh");
    assert_eq!(input.get_attribute("aria-expanded").as_deref(), Some("false"));

    // The commune box searches the chosen province ("thu duc" → Phường Thủ Đức).
    let commune_input: HtmlInputElement = by_id("dvc-t_addr_commune");
    type_into(&commune_input, "thu duc");
    settle().await;
    let found = options(&host, "dvc-t_addr_commune-listbox");
    assert_eq!(found.first().map(String::as_str), Some("Phường Thủ Đức"));
    key(&commune_input, "ArrowUp", false);
    settle().await;
    assert_eq!(commune_input.get_attribute("aria-activedescendant"), Some(format!("dvc-t_addr_commune-listbox-{}", found.len() - 1)));
    key(&commune_input, "ArrowDown", false);
    key(&commune_input, "Enter", false);
    settle().await;
    assert_eq!(commune.get_untracked(), "26824");
    let hidden: HtmlInputElement = host.query_selector("input[name=t_addr_commune]").unwrap().unwrap().unchecked_into();
    assert_eq!(hidden.value(), "26824", "the code is what the form posts");

    // Another province clears the commune, and the commune box is still this question's.
    type_into(&input, "ha noi");
    key(&input, "ArrowDown", false);
    key(&input, "Enter", false);
    settle().await;
    assert_eq!((province.get_untracked(), commune.get_untracked()), ("01".to_string(), String::new()));
    let again: HtmlInputElement = by_id("dvc-t_addr_commune");
    assert_eq!(again.value(), "");
    assert!(host.query_selector("input[name=t_addr_commune]").unwrap().is_some());
    // Escape twice: close, then clear.
    type_into(&again, "ba dinh");
    key(&again, "Escape", false);
    key(&again, "Escape", false);
    settle().await;
    assert_eq!(again.value(), "");
}
