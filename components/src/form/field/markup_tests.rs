//! Tests of field: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

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
    assert_eq!(
        text.split_whitespace().collect::<Vec<_>>().join(" "),
        "Lỗi: Nhập địa chỉ email đúng định dạng, như ten@vidu.vn"
    );
    assert!(one(&doc, ".dvc-field")
        .value()
        .classes()
        .any(|c| c == "dvc-field--error"));
}

#[test]
fn optional_question_says_so_in_the_label_in_the_page_language() {
    let vi = render(
        || view! { <Field name="nick" label="Tên gọi khác" optional=true><TextInput/></Field> },
    );
    assert_eq!(
        one(&vi, "label").text().collect::<String>(),
        "Tên gọi khác (không bắt buộc)"
    );
    let en = render(|| {
        provide_locale(Locale::En);
        view! { <Field name="nick" label="Other name" optional=true error="Too long"><TextInput/></Field> }
    });
    assert_eq!(
        one(&en, "label").text().collect::<String>(),
        "Other name (optional)"
    );
    assert_eq!(
        one(&en, ".dvc-visually-hidden")
            .text()
            .collect::<String>()
            .trim(),
        "Error:"
    );
}

#[test]
fn ids_are_derived_from_the_name_and_unique_per_field() {
    let doc = render(|| {
        view! {
            <Field name="contact[phone]" label="Số điện thoại"><TextInput input_type=TextInputType::Tel/></Field>
            <Field name="contact[email]" label="Email"><TextInput input_type=TextInputType::Email/></Field>
        }
    });
    let sel = Selector::parse("input").unwrap();
    let ids: Vec<_> = doc
        .select(&sel)
        .map(|i| attr(i, "id").unwrap().to_string())
        .collect();
    assert_eq!(ids, vec!["dvc-contact-phone-", "dvc-contact-email-"]);
    let names: Vec<_> = doc
        .select(&sel)
        .map(|i| attr(i, "name").unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        vec!["contact[phone]", "contact[email]"],
        "the posted name is untouched"
    );
}

#[test]
fn label_can_be_the_page_heading() {
    let doc = render(
        || view! { <Field name="q" label="Bạn sinh ngày nào?" label_is_heading=true><TextInput/></Field> },
    );
    assert_eq!(
        one(&doc, "h1 > label").text().collect::<String>(),
        "Bạn sinh ngày nào?"
    );
}

#[test]
fn a_field_rule_defaults_to_text() {
    let owner = Owner::new();
    let specs = owner.with(|| {
        let model = FormModel::new(Locale::Vi);
        let view =
            view! { <Form model=model><Field name="q" label="Câu hỏi"><TextInput/></Field></Form> }
                .into_view();
        let specs = model.specs();
        drop(view);
        assert!(
            model.specs().is_empty(),
            "a question leaves the model with its view"
        );
        specs
    });
    assert_eq!(specs[0].rule, FieldRule::Text { max_chars: None });
    assert_eq!(specs[0].subject, "câu hỏi");
}

#[test]
fn a_group_control_in_a_plain_field_shows_the_developer_a_message_not_unlabelled_boxes() {
    let doc = render(|| {
        view! {
            <Field name="sex" label="Giới tính"><Radios options=vec![Choice::new("male", "Nam")]/></Field>
            <Radios options=vec![Choice::new("female", "Nữ")]/>
        }
    });
    assert_eq!(count(&doc, "input"), 0);
    let messages: Vec<String> = all(&doc, ".dvc-error-message")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(messages, vec!["dvc-ui: Radios phải nằm trong một Field group=true (Radios must be inside a Field group=true)."; 2]);
}
