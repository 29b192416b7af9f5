//! Tests of file_upload: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn a_form_with_files_posts_multipart_and_asks_for_them_again() {
    let submission = Submission::new(
        vec![
            ("dvc_form".into(), "f".into()),
            ("docs".into(), "don.pdf".into()),
        ],
        vec![],
        Date::new(2026, 11, 23).unwrap(),
    );
    let doc = render(move || {
        provide_context(submission);
        view! { <Form id="f"><Field name="docs" label="Giấy tờ"><FileUpload/></Field></Form> }
    });
    assert_eq!(
        attr(one(&doc, "form"), "enctype"),
        Some("multipart/form-data")
    );
    assert!(one(&doc, "#dvc-docs-again")
        .text()
        .collect::<String>()
        .contains("don.pdf"));
}

#[test]
fn a_file_input_names_its_types_and_takes_several_files() {
    let doc = render(|| {
        view! {
            <Field name="files" label="Giấy tờ"><FileUpload accept=vec!["pdf", "jpg"] max_bytes=5_000_000/></Field>
        }
    });
    let file = one(&doc, "input[type=file]");
    assert_eq!(
        (attr(file, "name"), attr(file, "accept")),
        (Some("files"), Some(".pdf,.jpg"))
    );
    assert!(attr(file, "multiple").is_some());
}
