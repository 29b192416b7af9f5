//! Tests of select: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn a_select_wires_its_field_and_keeps_the_answer() {
    let doc = render(|| {
        view! {
            <Field name="eth" label="Dân tộc" error="Chọn dân tộc">
                <Select placeholder="Chọn dân tộc" value=RwSignal::new("tay".to_string()) options=vec![Choice::new("kinh", "Kinh"), Choice::new("tay", "Tày")]/>
            </Field>
        }
    });
    let select = one(&doc, "select");
    assert_eq!(
        (
            attr(select, "id"),
            attr(select, "name"),
            attr(select, "aria-invalid")
        ),
        (Some("dvc-eth"), Some("eth"), Some("true"))
    );
    assert_eq!(attr(select, "aria-describedby"), Some("dvc-eth-error"));
    assert!(attr(one(&doc, "option[value=tay]"), "selected").is_some());
}
