//! Tests of date_input: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn date_input_is_three_numeric_boxes_in_vietnamese_order() {
    let doc = render(|| {
        view! {
            <Field name="dob" label="Ngày sinh" hint="Ví dụ: 27 3 1990" group=true>
                <DateInput birthday=true values=("5".to_string(), "02".to_string(), "1990".to_string())/>
            </Field>
        }
    });
    assert_eq!(attr(one(&doc, "fieldset"), "role"), Some("group"));
    let inputs = all(&doc, "input");
    let got: Vec<_> = inputs
        .iter()
        .map(|i| {
            (
                attr(*i, "name").unwrap(),
                attr(*i, "inputmode").unwrap(),
                attr(*i, "type").unwrap(),
                attr(*i, "value").unwrap(),
                attr(*i, "autocomplete").unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("dob-day", "numeric", "text", "5", "bday-day"),
            ("dob-month", "numeric", "text", "02", "bday-month"),
            ("dob-year", "numeric", "text", "1990", "bday-year"),
        ]
    );
    let labels: Vec<String> = all(&doc, ".dvc-date-input__label")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(labels, vec!["Ngày", "Tháng", "Năm"]);
    assert!(attr(inputs[2], "class")
        .unwrap()
        .contains("dvc-input--width-4"));
}
