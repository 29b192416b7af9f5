//! Tests of radios: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn radios_are_a_fieldset_with_legend_hints_divider_and_follow_up() {
    let doc = render(|| {
        view! {
            <Field name="contact" label="Liên hệ qua đâu?" hint="Chọn một" group=true error="Chọn cách liên hệ">
                <Radios options=vec![
                    Choice::new("email", "Email").hint("Nhanh nhất").reveals(|| view! { <p class="follow">"Email?"</p> }.into_any()),
                    Choice::new("post", "Bưu điện").or_before(),
                ]/>
            </Field>
        }
    });
    let fieldset = one(&doc, "fieldset");
    assert_eq!(attr(fieldset, "role"), Some("group"));
    assert_eq!(text(one(&doc, "fieldset > legend")), "Liên hệ qua đâu?");
    let described: Vec<&str> = attr(fieldset, "aria-describedby")
        .unwrap()
        .split(' ')
        .collect();
    assert_eq!(described, vec!["dvc-contact-hint", "dvc-contact-error"]);
    let radios = all(&doc, "input[type=radio]");
    assert_eq!(
        radios
            .iter()
            .map(|r| attr(*r, "id").unwrap())
            .collect::<Vec<_>>(),
        vec!["dvc-contact", "dvc-contact-2"]
    );
    assert!(radios
        .iter()
        .all(|r| attr(*r, "name") == Some("contact") && attr(*r, "aria-invalid") == Some("true")));
    assert!(
        radios
            .iter()
            .all(|r| attr(*r, "aria-describedby") != Some("dvc-contact-hint")),
        "the group carries the hint"
    );
    assert_eq!(
        attr(radios[0], "aria-describedby"),
        Some("dvc-contact-item-hint")
    );
    assert_eq!(
        attr(one(&doc, "label[for=dvc-contact-2]"), "class")
            .map(|c| c.contains("dvc-radios__label")),
        Some(true)
    );
    assert_eq!(text(one(&doc, ".dvc-radios__divider")), "hoặc");
    let conditional = one(&doc, ".dvc-radios__conditional");
    assert_eq!(attr(radios[0], "aria-controls"), attr(conditional, "id"));
    assert!(
        attr(radios[0], "aria-expanded").is_none(),
        "ARIA allows no aria-expanded on a radio"
    );
    assert!(
        !attr(conditional, "class").unwrap().contains("dvc-hidden"),
        "a server render shows follow-ups (works without JS)"
    );
}
