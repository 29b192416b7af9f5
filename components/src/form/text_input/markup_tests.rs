//! Tests of text_input: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

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
    assert_eq!(
        label.text().collect::<String>(),
        "Họ và tên",
        "required is the default: no marker"
    );
    assert_eq!(attr(input, "name"), Some("full_name"));
    assert_eq!(attr(input, "type"), Some("text"));
    assert_eq!(attr(input, "autocomplete"), Some("name"));
    assert_eq!(attr(input, "spellcheck"), Some("false"));
    assert_eq!(
        attr(input, "value"),
        Some("Nguyễn Thị Hoà"),
        "server shows the value"
    );
    let hint_id = attr(hint, "id").expect("hint has an id");
    assert_eq!(
        ids_in(attr(input, "aria-describedby")),
        vec![hint_id.to_string()]
    );
    assert_eq!(
        attr(input, "aria-invalid"),
        None,
        "not invalid without an error"
    );
    assert_eq!(count(&doc, ".dvc-error-message"), 0);
}

#[test]
fn explicit_id_and_disabled_and_affixes() {
    let doc = render(|| {
        view! {
            <Field name="fee" id="fee-amount" label="Lệ phí">
                <TextInput inputmode="numeric" disabled=true suffix="₫" width=InputWidth::Chars10/>
            </Field>
        }
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
    assert!(one(&doc, ".dvc-error-message")
        .text()
        .collect::<String>()
        .contains("Field"));
}
