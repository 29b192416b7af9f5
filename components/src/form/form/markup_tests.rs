//! Tests of form: server-rendered markup. Run through components/tests/markup.rs.

use crate::common;
use crate::support::*;

#[test]
fn server_validation_of_a_posted_body_gives_the_browsers_problems() {
    let owner = Owner::new();
    let specs = owner.with(|| {
        let model = FormModel::new(Locale::Vi);
        // Read while the form is alive: questions leave the model when their view is dropped.
        let view = common::register_form(model).into_view();
        let specs = model.specs();
        let _ = view.to_html();
        specs
    });
    assert_eq!(specs.len(), 6, "every question registered its rule");
    let today = Date::new(2026, 11, 23).unwrap();
    let problems = validate(&specs, &decode_urlencoded(common::POSTED), today);
    let messages: Vec<String> = problems
        .iter()
        .map(|p| {
            let spec = specs.iter().find(|s| s.name == p.name).unwrap();
            p.problem.message(Locale::Vi, &spec.subject)
        })
        .collect();
    assert_eq!(messages, common::EXPECTED);
}

#[test]
fn a_form_posts_without_javascript() {
    let doc = render(|| common::register_form(FormModel::new(Locale::Vi)));
    let form = one(&doc, "form");
    assert_eq!(attr(form, "method"), Some("post"));
    assert!(
        attr(form, "novalidate").is_some(),
        "the kit's messages, not the browser's"
    );
    assert!(
        all(&doc, "[required]").is_empty(),
        "no HTML required: the kit checks"
    );
    let names: Vec<&str> = all(&doc, "input")
        .into_iter()
        .filter_map(|i| attr(i, "name"))
        .collect();
    assert_eq!(
        names,
        vec![
            "dvc_form",
            "full_name",
            "dob-day",
            "dob-month",
            "dob-year",
            "sex",
            "sex",
            "phone",
            "email",
            "declaration"
        ]
    );
    assert_eq!(
        attr(one(&doc, "input[name=dvc_form]"), "value"),
        Some("t-register"),
        "the server knows which form was posted"
    );
    assert!(attr(form, "enctype").is_none(), "no files: urlencoded");
    assert_eq!(attr(one(&doc, "button"), "type"), Some("submit"));
    assert!(
        all(&doc, ".dvc-error-summary").is_empty(),
        "no summary before a submit"
    );
}

/// Renders the register form as the server does for a post of it: first to check, then
/// (when something is wrong) again with the problems.
fn render_post(body: &str) -> (Vec<String>, Html) {
    let mut pairs = decode_urlencoded(body);
    pairs.insert(0, ("dvc_form".into(), "t-register".into()));
    let submission = Submission::new(pairs, vec![], Date::new(2026, 11, 23).unwrap());
    let first = submission.clone();
    let _ = render(move || {
        provide_context(first);
        common::register_form(FormModel::new(Locale::Vi))
    });
    let checked = submission
        .checked()
        .expect("the posted form checked itself");
    let messages = checked
        .problems
        .iter()
        .map(|p| {
            p.problem.message(
                Locale::Vi,
                &checked
                    .specs
                    .iter()
                    .find(|s| s.name == p.name)
                    .unwrap()
                    .subject,
            )
        })
        .collect();
    let again = submission.with_problems(checked.problems);
    let doc = render(move || {
        provide_context(again);
        common::register_form(FormModel::new(Locale::Vi))
    });
    (messages, doc)
}

#[test]
fn a_post_is_rendered_again_with_its_problems_and_every_answer() {
    let (messages, doc) = render_post(common::POSTED);
    assert_eq!(
        messages,
        common::EXPECTED,
        "the server's check is the browser's"
    );
    let summary: Vec<String> = all(&doc, ".dvc-error-summary a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(summary, common::EXPECTED);
    let hrefs: Vec<&str> = all(&doc, ".dvc-error-summary a")
        .iter()
        .filter_map(|a| attr(*a, "href"))
        .collect();
    assert_eq!(hrefs[..2], ["#dvc-full_name", "#dvc-dob-day"]);
    assert_eq!(
        attr(one(&doc, "#dvc-full_name"), "value"),
        Some("Nguyễn 2"),
        "the answer is kept"
    );
    assert_eq!(
        attr(one(&doc, "#dvc-full_name"), "aria-invalid"),
        Some("true")
    );
    assert!(attr(one(&doc, "#dvc-full_name"), "aria-describedby")
        .unwrap()
        .contains("dvc-full_name-error"));
    assert_eq!(attr(one(&doc, "#dvc-dob-year"), "value"), Some("2020"));
    assert_eq!(attr(one(&doc, "#dvc-email"), "value"), Some("an@vidu"));
    // The browser hydrating this page reads the same problems from the form.
    let problems = attr(one(&doc, "form"), "data-dvc-problems").unwrap();
    assert_eq!(problems.lines().count(), 6);
    assert!(problems.starts_with("full_name\t"));
}

#[test]
fn a_good_post_has_no_problems_and_choices_are_kept() {
    let body = "full_name=An&dob-day=1&dob-month=2&dob-year=1990&sex=female&phone=0912345678&email=&declaration=yes";
    let (messages, doc) = render_post(body);
    assert!(messages.is_empty(), "{messages:?}");
    assert!(all(&doc, ".dvc-error-summary").is_empty());
    assert!(
        attr(one(&doc, "#dvc-sex-2"), "checked").is_some(),
        "the radio answer is kept"
    );
    assert!(attr(one(&doc, "#dvc-sex"), "checked").is_none());
    assert!(attr(one(&doc, "#dvc-declaration"), "checked").is_some());
}
