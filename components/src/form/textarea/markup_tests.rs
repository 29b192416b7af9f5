//! Tests of textarea: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn a_textarea_over_its_limit_says_so_as_the_page_loads() {
    let doc = render(|| {
        view! {
            <Field name="reason" label="Lý do" hint="Ngắn gọn"><Textarea max_chars=10 value=RwSignal::new("Quá mười một ký tự".to_string())/></Field>
        }
    });
    let area = one(&doc, "textarea");
    assert_eq!(
        text(area),
        "Quá mười một ký tự",
        "the server shows the answer, even over the limit"
    );
    // Over the limit as the page loads: a screen reader hears it with the box at once.
    assert_eq!(
        attr(area, "aria-describedby"),
        Some("dvc-reason-hint dvc-reason-info dvc-reason-count")
    );
    assert_eq!(attr(area, "aria-invalid"), Some("true"));
    assert!(
        attr(area, "maxlength").is_none(),
        "never truncated by the browser"
    );
    assert_eq!(
        text(one(&doc, ".dvc-character-count__message")),
        "Bạn đã nhập quá 8 ký tự"
    );
    assert_eq!(
        text(one(&doc, "#dvc-reason-info")),
        "Bạn có thể nhập tối đa 10 ký tự"
    );
}
