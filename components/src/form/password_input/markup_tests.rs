//! Tests of password_input: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn a_password_box_has_a_toggle_hidden_until_javascript() {
    let doc = render(|| {
        view! {
            <Field name="pw" label="Mật khẩu"><PasswordInput autocomplete="new-password"/></Field>
        }
    });
    let pw = one(&doc, "input#dvc-pw");
    assert_eq!(
        (
            attr(pw, "type"),
            attr(pw, "autocomplete"),
            attr(pw, "spellcheck")
        ),
        (Some("password"), Some("new-password"), Some("false"))
    );
    let toggle = one(&doc, "button.dvc-password-input__toggle");
    assert_eq!(
        (attr(toggle, "type"), attr(toggle, "aria-controls")),
        (Some("button"), Some("dvc-pw"))
    );
    assert!(
        attr(toggle, "hidden").is_some(),
        "the toggle needs JavaScript: hidden in a server render"
    );
}
