//! Markup contract of each component, rendered to HTML on the server (feature `ssr`) and
//! checked by parsing: ids, labels, aria wiring, names, autocomplete, values.
#![cfg(not(target_arch = "wasm32"))]

use dvc_ui::prelude::*;
use leptos::prelude::*;
use scraper::{ElementRef, Html, Selector};

fn render<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> Html {
    let owner = Owner::new();
    let html = owner.with(|| f().into_view().to_html());
    Html::parse_fragment(&html)
}

fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    let sel = Selector::parse(css).unwrap();
    let mut found = doc.select(&sel);
    let first = found.next().unwrap_or_else(|| panic!("no element matches {css} in {}", doc.html()));
    assert!(found.next().is_none(), "more than one element matches {css}");
    first
}

fn count(doc: &Html, css: &str) -> usize {
    doc.select(&Selector::parse(css).unwrap()).count()
}

fn attr<'a>(el: ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value().attr(name)
}

fn ids_in(list: Option<&str>) -> Vec<String> {
    list.unwrap_or("").split_whitespace().map(str::to_string).collect()
}

#[test]
fn text_input_in_field_wires_label_hint_name_and_autocomplete() {
    let doc = render(|| {
        let value = RwSignal::new("Nguyễn Thị Hoà".to_string());
        view! {
            <Field name="full_name" label="Họ và tên" hint="Ghi như trên căn cước">
                <TextInput autocomplete="name" spellcheck=false value=value/>
            </Field>
        }
    });
    let input = one(&doc, "input");
    let label = one(&doc, "label");
    let hint = one(&doc, ".dvc-hint");
    let id = attr(input, "id").expect("input has an id");
    assert_eq!(attr(label, "for"), Some(id), "label points at the input");
    assert_eq!(label.text().collect::<String>(), "Họ và tên", "required is the default: no marker");
    assert_eq!(attr(input, "name"), Some("full_name"));
    assert_eq!(attr(input, "type"), Some("text"));
    assert_eq!(attr(input, "autocomplete"), Some("name"));
    assert_eq!(attr(input, "spellcheck"), Some("false"));
    assert_eq!(attr(input, "value"), Some("Nguyễn Thị Hoà"), "server shows the value");
    let hint_id = attr(hint, "id").expect("hint has an id");
    assert_eq!(ids_in(attr(input, "aria-describedby")), vec![hint_id.to_string()]);
    assert_eq!(attr(input, "aria-invalid"), None, "not invalid without an error");
    assert_eq!(count(&doc, ".dvc-error-message"), 0);
}

#[test]
fn error_is_linked_prefixed_and_marks_the_input_invalid() {
    let doc = render(|| {
        view! {
            <Field name="email" label="Địa chỉ email" hint="Chúng tôi gửi biên nhận tới đây"
                error="Nhập địa chỉ email đúng định dạng, như ten@vidu.vn">
                <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
            </Field>
        }
    });
    let input = one(&doc, "input");
    let error = one(&doc, ".dvc-error-message");
    let hint = one(&doc, ".dvc-hint");
    let described = ids_in(attr(input, "aria-describedby"));
    let error_id = attr(error, "id").expect("error has an id").to_string();
    let hint_id = attr(hint, "id").unwrap().to_string();
    assert_eq!(described, vec![hint_id, error_id], "hint then error");
    assert_eq!(attr(input, "aria-invalid"), Some("true"));
    assert_eq!(attr(input, "type"), Some("email"));
    let hidden = one(&doc, ".dvc-error-message .dvc-visually-hidden");
    assert_eq!(hidden.text().collect::<String>().trim(), "Lỗi:");
    let text: String = error.text().collect();
    assert_eq!(text.split_whitespace().collect::<Vec<_>>().join(" "),
        "Lỗi: Nhập địa chỉ email đúng định dạng, như ten@vidu.vn");
    assert!(one(&doc, ".dvc-field").value().classes().any(|c| c == "dvc-field--error"));
}

#[test]
fn optional_question_says_so_in_the_label_in_the_page_language() {
    let vi = render(|| view! { <Field name="nick" label="Tên gọi khác" optional=true><TextInput/></Field> });
    assert_eq!(one(&vi, "label").text().collect::<String>(), "Tên gọi khác (không bắt buộc)");
    let en = render(|| {
        provide_locale(Locale::En);
        view! { <Field name="nick" label="Other name" optional=true error="Too long"><TextInput/></Field> }
    });
    assert_eq!(one(&en, "label").text().collect::<String>(), "Other name (optional)");
    assert_eq!(one(&en, ".dvc-visually-hidden").text().collect::<String>().trim(), "Error:");
}

#[test]
fn ids_are_derived_from_the_name_and_unique_per_field() {
    let doc = render(|| view! {
        <Field name="contact[phone]" label="Số điện thoại"><TextInput input_type=TextInputType::Tel/></Field>
        <Field name="contact[email]" label="Email"><TextInput input_type=TextInputType::Email/></Field>
    });
    let sel = Selector::parse("input").unwrap();
    let ids: Vec<_> = doc.select(&sel).map(|i| attr(i, "id").unwrap().to_string()).collect();
    assert_eq!(ids, vec!["dvc-contact-phone-", "dvc-contact-email-"]);
    let names: Vec<_> = doc.select(&sel).map(|i| attr(i, "name").unwrap().to_string()).collect();
    assert_eq!(names, vec!["contact[phone]", "contact[email]"], "the posted name is untouched");
}

#[test]
fn explicit_id_and_disabled_and_affixes() {
    let doc = render(|| view! {
        <Field name="fee" id="fee-amount" label="Lệ phí">
            <TextInput inputmode="numeric" disabled=true suffix="₫" width=InputWidth::Chars10/>
        </Field>
    });
    let input = one(&doc, "input");
    assert_eq!(attr(input, "id"), Some("fee-amount"));
    assert_eq!(attr(one(&doc, "label"), "for"), Some("fee-amount"));
    assert_eq!(attr(input, "inputmode"), Some("numeric"));
    assert!(attr(input, "disabled").is_some());
    assert!(input.value().classes().any(|c| c == "dvc-input--width-10"));
    let suffix = one(&doc, ".dvc-input__suffix");
    assert_eq!(attr(suffix, "aria-hidden"), Some("true"));
    assert_eq!(suffix.text().collect::<String>(), "₫");
}

#[test]
fn text_input_outside_a_field_explains_instead_of_rendering_unlabelled() {
    let doc = render(|| view! { <TextInput/> });
    assert_eq!(count(&doc, "input"), 0);
    assert!(one(&doc, ".dvc-error-message").text().collect::<String>().contains("Field"));
}

#[test]
fn label_can_be_the_page_heading() {
    let doc = render(|| view! { <Field name="q" label="Bạn sinh ngày nào?" label_is_heading=true><TextInput/></Field> });
    assert_eq!(one(&doc, "h1 > label").text().collect::<String>(), "Bạn sinh ngày nào?");
}

#[test]
fn button_kinds_types_and_busy_state() {
    let doc = render(|| view! {
        <Button>"Tiếp tục"</Button>
        <Button kind=ButtonKind::Secondary submit=false>"Lưu nháp"</Button>
        <Button kind=ButtonKind::Warning name="action" value="delete">"Xoá hồ sơ"</Button>
        <Button busy=true busy_label="Đang gửi…">"Gửi hồ sơ"</Button>
    });
    let sel = Selector::parse("button").unwrap();
    let buttons: Vec<_> = doc.select(&sel).collect();
    assert_eq!(buttons.len(), 4);
    assert_eq!(attr(buttons[0], "type"), Some("submit"));
    assert_eq!(attr(buttons[0], "aria-disabled"), None);
    assert_eq!(attr(buttons[1], "type"), Some("button"));
    assert!(buttons[1].value().classes().any(|c| c == "dvc-button--secondary"));
    assert_eq!((attr(buttons[2], "name"), attr(buttons[2], "value")), (Some("action"), Some("delete")));
    assert!(buttons[2].value().classes().any(|c| c == "dvc-button--warning"));
    let busy = buttons[3];
    assert_eq!(attr(busy, "aria-disabled"), Some("true"));
    assert_eq!(attr(busy, "disabled"), None, "busy stays focusable");
    let label = busy.select(&Selector::parse(".dvc-button__label").unwrap()).next().unwrap();
    let busy_text = busy.select(&Selector::parse(".dvc-button__busy").unwrap()).next().unwrap();
    assert!(label.value().classes().any(|c| c == "dvc-hidden"), "normal label hidden while busy");
    assert!(!busy_text.value().classes().any(|c| c == "dvc-hidden"));
    assert_eq!(busy_text.text().collect::<String>(), "Đang gửi…");
}

#[test]
fn shell_has_skip_link_banner_and_contentinfo() {
    let doc = render(|| view! {
        <SkipLink/>
        <Header portal_name="Cổng dịch vụ công"><span>"Tỉnh Lào Cai"</span></Header>
        <main id="main-content"></main>
        <Footer><p>"UBND tỉnh"</p></Footer>
    });
    let skip = one(&doc, "a.dvc-skip-link");
    assert_eq!(attr(skip, "href"), Some("#main-content"));
    assert_eq!(skip.text().collect::<String>(), "Bỏ qua để đến nội dung chính");
    assert_eq!(one(&doc, "header .dvc-header__name").text().collect::<String>(), "Cổng dịch vụ công");
    assert_eq!(one(&doc, "header .dvc-header__province").text().collect::<String>(), "Tỉnh Lào Cai");
    assert_eq!(count(&doc, "footer"), 1);
}
