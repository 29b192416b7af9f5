//! Markup contract of the form building blocks, rendered on the server (feature `ssr`) and
//! checked by parsing; and the server half of "one validation model": the specs a rendered
//! form registers, applied to a posted urlencoded body, give the problems the browser gives.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use dvc_rules::date::Date;
use dvc_rules::form::{decode_urlencoded, validate, FieldRule};
use dvc_rules::Locale;
use dvc_ui::form::{Checkboxes, Choice, Consent, DateInput, FileUpload, FormModel, PasswordInput, Radios, Select, Submission, Textarea};
use dvc_ui::prelude::*;
use leptos::prelude::*;
use scraper::{ElementRef, Html, Selector};

fn render<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> Html {
    let owner = Owner::new();
    let html = owner.with(|| f().into_view().to_html());
    Html::parse_fragment(&html)
}

fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
    let found = all(doc, css);
    assert_eq!(found.len(), 1, "expected one {css} in {}", doc.html());
    found[0]
}

fn attr<'a>(el: ElementRef<'a>, name: &str) -> Option<&'a str> {
    el.value().attr(name)
}

fn text(el: ElementRef) -> String {
    el.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn server_validation_of_a_posted_body_gives_the_browsers_problems() {
    let owner = Owner::new();
    let specs = owner.with(|| {
        let model = FormModel::new(Locale::Vi);
        // Read while the form is alive: questions leave the model when their view is dropped.
        let view = common::register_form(model).into_view();
        let specs = model.specs();
        let _ = view.to_html();
        specs
    });
    assert_eq!(specs.len(), 6, "every question registered its rule");
    let today = Date::new(2026, 11, 23).unwrap();
    let problems = validate(&specs, &decode_urlencoded(common::POSTED), today);
    let messages: Vec<String> = problems
        .iter()
        .map(|p| {
            let spec = specs.iter().find(|s| s.name == p.name).unwrap();
            p.problem.message(Locale::Vi, &spec.subject)
        })
        .collect();
    assert_eq!(messages, common::EXPECTED);
}

#[test]
fn a_form_posts_without_javascript() {
    let doc = render(|| common::register_form(FormModel::new(Locale::Vi)));
    let form = one(&doc, "form");
    assert_eq!(attr(form, "method"), Some("post"));
    assert!(attr(form, "novalidate").is_some(), "the kit's messages, not the browser's");
    assert!(all(&doc, "[required]").is_empty(), "no HTML required: the kit checks");
    let names: Vec<&str> = all(&doc, "input").into_iter().filter_map(|i| attr(i, "name")).collect();
    assert_eq!(names, vec!["dvc_form", "full_name", "dob-day", "dob-month", "dob-year", "sex", "sex", "phone", "email", "declaration"]);
    assert_eq!(attr(one(&doc, "input[name=dvc_form]"), "value"), Some("t-register"), "the server knows which form was posted");
    assert!(attr(form, "enctype").is_none(), "no files: urlencoded");
    assert_eq!(attr(one(&doc, "button"), "type"), Some("submit"));
    assert!(all(&doc, ".dvc-error-summary").is_empty(), "no summary before a submit");
}

/// Renders the register form as the server does for a post of it: first to check, then
/// (when something is wrong) again with the problems.
fn render_post(body: &str) -> (Vec<String>, Html) {
    let mut pairs = decode_urlencoded(body);
    pairs.insert(0, ("dvc_form".into(), "t-register".into()));
    let submission = Submission::new(pairs, vec![], Date::new(2026, 11, 23).unwrap());
    let first = submission.clone();
    let _ = render(move || {
        provide_context(first);
        common::register_form(FormModel::new(Locale::Vi))
    });
    let checked = submission.checked().expect("the posted form checked itself");
    let messages = checked
        .problems
        .iter()
        .map(|p| p.problem.message(Locale::Vi, &checked.specs.iter().find(|s| s.name == p.name).unwrap().subject))
        .collect();
    let again = submission.with_problems(checked.problems);
    let doc = render(move || {
        provide_context(again);
        common::register_form(FormModel::new(Locale::Vi))
    });
    (messages, doc)
}

#[test]
fn a_post_is_rendered_again_with_its_problems_and_every_answer() {
    let (messages, doc) = render_post(common::POSTED);
    assert_eq!(messages, common::EXPECTED, "the server's check is the browser's");
    let summary: Vec<String> = all(&doc, ".dvc-error-summary a").iter().map(|a| a.text().collect()).collect();
    assert_eq!(summary, common::EXPECTED);
    let hrefs: Vec<&str> = all(&doc, ".dvc-error-summary a").iter().filter_map(|a| attr(*a, "href")).collect();
    assert_eq!(hrefs[..2], ["#dvc-full_name", "#dvc-dob-day"]);
    assert_eq!(attr(one(&doc, "#dvc-full_name"), "value"), Some("Nguyễn 2"), "the answer is kept");
    assert_eq!(attr(one(&doc, "#dvc-full_name"), "aria-invalid"), Some("true"));
    assert!(attr(one(&doc, "#dvc-full_name"), "aria-describedby").unwrap().contains("dvc-full_name-error"));
    assert_eq!(attr(one(&doc, "#dvc-dob-year"), "value"), Some("2020"));
    assert_eq!(attr(one(&doc, "#dvc-email"), "value"), Some("an@vidu"));
    // The browser hydrating this page reads the same problems from the form.
    let problems = attr(one(&doc, "form"), "data-dvc-problems").unwrap();
    assert_eq!(problems.lines().count(), 6);
    assert!(problems.starts_with("full_name\t"));
}

#[test]
fn a_good_post_has_no_problems_and_choices_are_kept() {
    let body = "full_name=An&dob-day=1&dob-month=2&dob-year=1990&sex=female&phone=0912345678&email=&declaration=yes";
    let (messages, doc) = render_post(body);
    assert!(messages.is_empty(), "{messages:?}");
    assert!(all(&doc, ".dvc-error-summary").is_empty());
    assert!(attr(one(&doc, "#dvc-sex-2"), "checked").is_some(), "the radio answer is kept");
    assert!(attr(one(&doc, "#dvc-sex"), "checked").is_none());
    assert!(attr(one(&doc, "#dvc-declaration"), "checked").is_some());
}

#[test]
fn a_form_with_files_posts_multipart_and_asks_for_them_again() {
    let submission = Submission::new(
        vec![("dvc_form".into(), "f".into()), ("docs".into(), "don.pdf".into())],
        vec![],
        Date::new(2026, 11, 23).unwrap(),
    );
    let doc = render(move || {
        provide_context(submission);
        view! { <Form id="f"><Field name="docs" label="Giấy tờ"><FileUpload/></Field></Form> }
    });
    assert_eq!(attr(one(&doc, "form"), "enctype"), Some("multipart/form-data"));
    assert!(one(&doc, "#dvc-docs-again").text().collect::<String>().contains("don.pdf"));
}

#[test]
fn radios_are_a_fieldset_with_legend_hints_divider_and_follow_up() {
    let doc = render(|| view! {
        <Field name="contact" label="Liên hệ qua đâu?" hint="Chọn một" group=true error="Chọn cách liên hệ">
            <Radios options=vec![
                Choice::new("email", "Email").hint("Nhanh nhất").reveals(|| view! { <p class="follow">"Email?"</p> }.into_any()),
                Choice::new("post", "Bưu điện").or_before(),
            ]/>
        </Field>
    });
    let fieldset = one(&doc, "fieldset");
    assert_eq!(attr(fieldset, "role"), Some("group"));
    assert_eq!(text(one(&doc, "fieldset > legend")), "Liên hệ qua đâu?");
    let described: Vec<&str> = attr(fieldset, "aria-describedby").unwrap().split(' ').collect();
    assert_eq!(described, vec!["dvc-contact-hint", "dvc-contact-error"]);
    let radios = all(&doc, "input[type=radio]");
    assert_eq!(radios.iter().map(|r| attr(*r, "id").unwrap()).collect::<Vec<_>>(), vec!["dvc-contact", "dvc-contact-2"]);
    assert!(radios.iter().all(|r| attr(*r, "name") == Some("contact") && attr(*r, "aria-invalid") == Some("true")));
    assert!(radios.iter().all(|r| attr(*r, "aria-describedby") != Some("dvc-contact-hint")), "the group carries the hint");
    assert_eq!(attr(radios[0], "aria-describedby"), Some("dvc-contact-item-hint"));
    assert_eq!(attr(one(&doc, "label[for=dvc-contact-2]"), "class").map(|c| c.contains("dvc-radios__label")), Some(true));
    assert_eq!(text(one(&doc, ".dvc-radios__divider")), "hoặc");
    let conditional = one(&doc, ".dvc-radios__conditional");
    assert_eq!(attr(radios[0], "aria-controls"), attr(conditional, "id"));
    assert!(attr(radios[0], "aria-expanded").is_none(), "ARIA allows no aria-expanded on a radio");
    assert!(!attr(conditional, "class").unwrap().contains("dvc-hidden"), "a server render shows follow-ups (works without JS)");
}

#[test]
fn checkboxes_exclusive_none_and_expanded_follow_up() {
    let doc = render(|| view! {
        <Field name="needs" label="Cần hỗ trợ gì?" group=true>
            <Checkboxes value=RwSignal::new(vec!["ramp".to_string()]) options=vec![
                Choice::new("ramp", "Lối đi xe lăn"),
                Choice::new("lang", "Phiên dịch").reveals(|| view! { <p>"Tiếng nào?"</p> }.into_any()),
                Choice::new("none", "Không cần").or_before().exclusive(),
            ]/>
        </Field>
    });
    let boxes = all(&doc, "input[type=checkbox]");
    assert_eq!(boxes.len(), 3);
    assert!(attr(boxes[0], "checked").is_some(), "the chosen value is rendered ticked");
    assert!(attr(boxes[1], "checked").is_none());
    assert_eq!(attr(boxes[1], "aria-expanded"), Some("false"));
    assert_eq!(attr(boxes[1], "aria-controls"), Some("dvc-needs-2-conditional"));
    assert_eq!(text(one(&doc, ".dvc-checkboxes__divider")), "hoặc");
}

#[test]
fn select_textarea_and_password_wire_their_field() {
    let doc = render(|| view! {
        <Field name="eth" label="Dân tộc" error="Chọn dân tộc">
            <Select placeholder="Chọn dân tộc" value=RwSignal::new("tay".to_string()) options=vec![Choice::new("kinh", "Kinh"), Choice::new("tay", "Tày")]/>
        </Field>
        <Field name="reason" label="Lý do" hint="Ngắn gọn"><Textarea max_chars=10 value=RwSignal::new("Quá mười một ký tự".to_string())/></Field>
        <Field name="pw" label="Mật khẩu"><PasswordInput autocomplete="new-password"/></Field>
    });
    let select = one(&doc, "select");
    assert_eq!((attr(select, "id"), attr(select, "name"), attr(select, "aria-invalid")), (Some("dvc-eth"), Some("eth"), Some("true")));
    assert_eq!(attr(select, "aria-describedby"), Some("dvc-eth-error"));
    assert!(attr(one(&doc, "option[value=tay]"), "selected").is_some());
    let area = one(&doc, "textarea");
    assert_eq!(text(area), "Quá mười một ký tự", "the server shows the answer, even over the limit");
    // Over the limit as the page loads: a screen reader hears it with the box at once.
    assert_eq!(attr(area, "aria-describedby"), Some("dvc-reason-hint dvc-reason-info dvc-reason-count"));
    assert_eq!(attr(area, "aria-invalid"), Some("true"));
    assert!(attr(area, "maxlength").is_none(), "never truncated by the browser");
    assert_eq!(text(one(&doc, ".dvc-character-count__message")), "Bạn đã nhập quá 8 ký tự");
    assert_eq!(text(one(&doc, "#dvc-reason-info")), "Bạn có thể nhập tối đa 10 ký tự");
    let pw = one(&doc, "input#dvc-pw");
    assert_eq!((attr(pw, "type"), attr(pw, "autocomplete"), attr(pw, "spellcheck")), (Some("password"), Some("new-password"), Some("false")));
    let toggle = one(&doc, "button.dvc-password-input__toggle");
    assert_eq!((attr(toggle, "type"), attr(toggle, "aria-controls")), (Some("button"), Some("dvc-pw")));
    assert!(attr(toggle, "hidden").is_some(), "the toggle needs JavaScript: hidden in a server render");
}

#[test]
fn date_input_is_three_numeric_boxes_in_vietnamese_order() {
    let doc = render(|| view! {
        <Field name="dob" label="Ngày sinh" hint="Ví dụ: 27 3 1990" group=true>
            <DateInput birthday=true values=("5".to_string(), "02".to_string(), "1990".to_string())/>
        </Field>
    });
    assert_eq!(attr(one(&doc, "fieldset"), "role"), Some("group"));
    let inputs = all(&doc, "input");
    let got: Vec<_> = inputs.iter().map(|i| (attr(*i, "name").unwrap(), attr(*i, "inputmode").unwrap(), attr(*i, "type").unwrap(), attr(*i, "value").unwrap(), attr(*i, "autocomplete").unwrap())).collect();
    assert_eq!(got, vec![
        ("dob-day", "numeric", "text", "5", "bday-day"),
        ("dob-month", "numeric", "text", "02", "bday-month"),
        ("dob-year", "numeric", "text", "1990", "bday-year"),
    ]);
    let labels: Vec<String> = all(&doc, ".dvc-date-input__label").into_iter().map(text).collect();
    assert_eq!(labels, vec!["Ngày", "Tháng", "Năm"]);
    assert!(attr(inputs[2], "class").unwrap().contains("dvc-input--width-4"));
}

#[test]
fn file_upload_and_consent() {
    let doc = render(|| view! {
        <Field name="files" label="Giấy tờ"><FileUpload accept=vec!["pdf", "jpg"] max_bytes=5_000_000/></Field>
        <Consent name="consent_sms" title="Nhận tin nhắn" label="Tôi đồng ý nhận tin nhắn" data="Số điện thoại"
            purpose="Báo tình trạng hồ sơ" controller="UBND tỉnh" withdraw="Gọi đường dây nóng" given=RwSignal::new(true)/>
    });
    let file = one(&doc, "input[type=file]");
    assert_eq!((attr(file, "name"), attr(file, "accept")), (Some("files"), Some(".pdf,.jpg")));
    assert!(attr(file, "multiple").is_some());
    let consent = one(&doc, "input#dvc-consent_sms");
    assert_eq!((attr(consent, "type"), attr(consent, "value")), (Some("checkbox"), Some("yes")));
    assert!(attr(consent, "checked").is_none(), "never pre-ticked, even if the caller's signal says so");
    let notice: Vec<String> = all(&doc, ".dvc-consent__notice dt").into_iter().map(text).collect();
    assert_eq!(notice, vec!["Dữ liệu nào", "Để làm gì", "Ai chịu trách nhiệm", "Cách rút lại đồng ý"]);
    assert_eq!(attr(one(&doc, ".dvc-consent fieldset"), "aria-describedby"), Some("dvc-consent_sms-notice"));
}

#[test]
fn error_summary_links_each_problem_and_has_an_alert_child() {
    let doc = render(|| {
        let items = vec![dvc_ui::form::SummaryItem { target: "dvc-dob-month".into(), message: "Tháng phải là một số từ 1 đến 12".into() }];
        view! { <ErrorSummary items=Signal::stored(items)/> }
    });
    let summary = one(&doc, ".dvc-error-summary");
    assert_eq!(attr(summary, "tabindex"), Some("-1"));
    assert_eq!(attr(summary, "role"), None, "the alert is on a child, so focus and announcement don't race");
    assert_eq!(text(one(&doc, ".dvc-error-summary > [role=alert] > h2")), "Có lỗi cần sửa");
    assert_eq!(attr(one(&doc, ".dvc-error-summary a"), "href"), Some("#dvc-dob-month"));
}

#[test]
fn a_field_rule_defaults_to_text() {
    let owner = Owner::new();
    let specs = owner.with(|| {
        let model = FormModel::new(Locale::Vi);
        let view = view! { <Form model=model><Field name="q" label="Câu hỏi"><TextInput/></Field></Form> }.into_view();
        let specs = model.specs();
        drop(view);
        assert!(model.specs().is_empty(), "a question leaves the model with its view");
        specs
    });
    assert_eq!(specs[0].rule, FieldRule::Text { max_chars: None });
    assert_eq!(specs[0].subject, "câu hỏi");
}
