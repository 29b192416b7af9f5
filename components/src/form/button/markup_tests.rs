//! Tests of button: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn button_kinds_types_and_busy_state() {
    let doc = render(|| {
        view! {
            <Button>"Tiếp tục"</Button>
            <Button kind=ButtonKind::Secondary submit=false>"Lưu nháp"</Button>
            <Button kind=ButtonKind::Warning name="action" value="delete">"Xoá hồ sơ"</Button>
            <Button busy=true busy_label="Đang gửi…">"Gửi hồ sơ"</Button>
        }
    });
    let sel = Selector::parse("button").unwrap();
    let buttons: Vec<_> = doc.select(&sel).collect();
    assert_eq!(buttons.len(), 4);
    assert_eq!(attr(buttons[0], "type"), Some("submit"));
    assert_eq!(attr(buttons[0], "aria-disabled"), None);
    assert_eq!(attr(buttons[1], "type"), Some("button"));
    assert!(buttons[1]
        .value()
        .classes()
        .any(|c| c == "dvc-button--secondary"));
    assert_eq!(
        (attr(buttons[2], "name"), attr(buttons[2], "value")),
        (Some("action"), Some("delete"))
    );
    assert!(buttons[2]
        .value()
        .classes()
        .any(|c| c == "dvc-button--warning"));
    let busy = buttons[3];
    assert_eq!(attr(busy, "aria-disabled"), Some("true"));
    assert_eq!(attr(busy, "disabled"), None, "busy stays focusable");
    let label = busy
        .select(&Selector::parse(".dvc-button__label").unwrap())
        .next()
        .unwrap();
    let busy_text = busy
        .select(&Selector::parse(".dvc-button__busy").unwrap())
        .next()
        .unwrap();
    assert!(
        label.value().classes().any(|c| c == "dvc-hidden"),
        "normal label hidden while busy"
    );
    assert!(!busy_text.value().classes().any(|c| c == "dvc-hidden"));
    assert_eq!(busy_text.text().collect::<String>(), "Đang gửi…");
}

#[test]
fn a_button_without_checks_says_formnovalidate() {
    let doc = render(
        || view! { <Button name="action" value="save" without_checks=true>"Lưu và tiếp tục sau"</Button> },
    );
    assert!(attr(one(&doc, "button"), "formnovalidate").is_some());
    let doc = render(|| view! { <Button>"Gửi"</Button> });
    assert!(attr(one(&doc, "button"), "formnovalidate").is_none());
}
