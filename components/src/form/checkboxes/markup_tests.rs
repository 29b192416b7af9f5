//! Tests of checkboxes: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn checkboxes_exclusive_none_and_expanded_follow_up() {
    let doc = render(|| {
        view! {
            <Field name="needs" label="Cần hỗ trợ gì?" group=true>
                <Checkboxes value=RwSignal::new(vec!["ramp".to_string()]) options=vec![
                    Choice::new("ramp", "Lối đi xe lăn"),
                    Choice::new("lang", "Phiên dịch").reveals(|| view! { <p>"Tiếng nào?"</p> }.into_any()),
                    Choice::new("none", "Không cần").or_before().exclusive(),
                ]/>
            </Field>
        }
    });
    let boxes = all(&doc, "input[type=checkbox]");
    assert_eq!(boxes.len(), 3);
    assert!(
        attr(boxes[0], "checked").is_some(),
        "the chosen value is rendered ticked"
    );
    assert!(attr(boxes[1], "checked").is_none());
    assert_eq!(attr(boxes[1], "aria-expanded"), Some("false"));
    assert_eq!(
        attr(boxes[1], "aria-controls"),
        Some("dvc-needs-2-conditional")
    );
    assert_eq!(text(one(&doc, ".dvc-checkboxes__divider")), "hoặc");
}
