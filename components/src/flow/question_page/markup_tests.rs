//! Tests of QuestionPage: every page of a procedure file drawn by the one renderer, with the
//! rules the server checks. Run through components/tests/markup.rs.

use crate::support::*;
use dvc_procedure::route;
use dvc_rules::spec_markup::{rule_attribute, RULE, SUBJECT, WHEN};
use dvc_ui::flow::QuestionPage;
use std::sync::Arc;

fn birth_extract() -> Arc<dvc_procedure::ProcedureFile> {
    Arc::new(
        dvc_procedure::read(
            "b.toml",
            include_str!("../../../../demo/procedures/cap-ban-sao-trich-luc-khai-sinh.toml"),
        )
        .unwrap(),
    )
}

fn every_field() -> Arc<dvc_procedure::ProcedureFile> {
    Arc::new(
        dvc_procedure::read(
            "e.toml",
            include_str!("../../../../procedure/tests/files/every-field.toml"),
        )
        .unwrap(),
    )
}

fn page(
    file: &Arc<dvc_procedure::ProcedureFile>,
    id: &str,
    answers: &[(&str, &str)],
    locale: Locale,
) -> Html {
    let (file, id) = (file.clone(), id.to_string());
    let answers: Vec<(String, String)> = answers
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect();
    render(move || {
        provide_locale(locale);
        view! { <QuestionPage file=file page=id answers=answers/> }
    })
}

#[test]
fn every_page_of_every_kind_is_drawn_with_its_question_as_the_heading_and_the_files_rules() {
    let file = every_field();
    for p in &file.pages {
        let doc = page(&file, &p.id, &[], Locale::Vi);
        let question = route::question(&file, p, &[], Locale::Vi);
        let heading = one(&doc, "h1");
        assert!(
            text(heading).starts_with(question),
            "{}: {}",
            p.id,
            text(heading)
        );
        if p.exit.is_some() || p.group.is_some() {
            continue;
        }
        // Each question the server checks is on the page with the same rule and subject.
        for spec in route::specs(&file, p, &[], Locale::Vi) {
            let marked = one(&doc, &format!("[data-dvc-field=\"{}\"]", spec.name));
            assert_eq!(
                attr(marked, RULE),
                Some(rule_attribute(&spec.rule).as_str()),
                "{}",
                spec.name
            );
            assert_eq!(
                attr(marked, SUBJECT),
                Some(spec.subject.as_str()),
                "{}",
                spec.name
            );
        }
        assert_eq!(
            count(&doc, "form#question > button[type=submit]"),
            1,
            "{}",
            p.id
        );
    }
}

#[test]
fn a_whole_number_is_a_short_numeric_box_checked_from_one_to_ten() {
    let doc = page(&birth_extract(), "so-ban", &[], Locale::Vi);
    assert_eq!(text(one(&doc, "h1 label")), "Bạn cần bao nhiêu bản sao?");
    let input = one(&doc, "input[name=so-ban]");
    assert_eq!(attr(input, "inputmode"), Some("numeric"));
    assert!(attr(input, "class").unwrap().contains("dvc-input--width-5"));
    assert_eq!(
        attr(one(&doc, "[data-dvc-field=so-ban]"), RULE),
        Some("whole;min=1;max=10")
    );
    assert_eq!(
        text(one(&doc, ".dvc-hint")),
        "Từ 1 đến 10 bản, mỗi bản 8.000 ₫."
    );
}

#[test]
fn the_question_is_worded_for_whom_it_is_asked_and_the_date_is_a_group() {
    let doc = page(
        &birth_extract(),
        "ngay-sinh",
        &[("cho-ai", "con")],
        Locale::Vi,
    );
    assert_eq!(text(one(&doc, "legend h1")), "Con của bạn sinh ngày nào?");
    assert_eq!(
        count(
            &doc,
            "input[name=ngay-sinh-day], input[name=ngay-sinh-month], input[name=ngay-sinh-year]"
        ),
        3
    );
    let doc = page(
        &birth_extract(),
        "ngay-sinh",
        &[("cho-ai", "nguoi-khac")],
        Locale::En,
    );
    assert_eq!(text(one(&doc, "legend h1")), "What is their date of birth?");
    assert_eq!(text(one(&doc, "button[type=submit]")), "Continue");
}

#[test]
fn a_follow_up_sits_under_its_choice_and_is_asked_only_with_it() {
    let doc = page(&birth_extract(), "cho-ai", &[], Locale::Vi);
    assert_eq!(count(&doc, "input[type=radio][name=cho-ai]"), 3);
    let follow = one(&doc, "[data-dvc-field=quan-he]");
    assert_eq!(attr(follow, WHEN), Some("cho-ai=nguoi-khac"));
    assert_eq!(
        text(one(&doc, "label[for=dvc-quan-he]")),
        "Bạn là gì của người đó?"
    );
}

#[test]
fn a_place_asks_no_street_and_offers_the_old_map_and_an_address_asks_its_street() {
    let doc = page(&birth_extract(), "noi-dang-ky", &[], Locale::Vi);
    assert_eq!(
        text(one(&doc, "legend h1")),
        "Khai sinh được đăng ký ở xã, phường nào?"
    );
    assert_eq!(count(&doc, "select[name=noi-dang-ky_province]"), 1);
    assert_eq!(count(&doc, "[name=noi-dang-ky_commune]"), 1);
    assert_eq!(
        count(&doc, "[name=noi-dang-ky_street]"),
        0,
        "a place has no street"
    );
    assert_eq!(count(&doc, "[data-dvc-module=old-address]"), 1);
    let doc = page(
        &birth_extract(),
        "dia-chi-nhan",
        &[("nhan-ket-qua", "buu-dien")],
        Locale::Vi,
    );
    assert_eq!(count(&doc, "input[name=dia-chi-nhan_street]"), 1);
    assert_eq!(count(&doc, "[data-dvc-module=old-address]"), 0);
}

#[test]
fn an_exit_page_says_why_and_where_to_go_and_asks_nothing() {
    let doc = page(&every_field(), "nuoc-ngoai", &[], Locale::Vi);
    assert_eq!(text(one(&doc, "h1")), "Bạn không dùng được dịch vụ này");
    assert_eq!(
        attr(one(&doc, "a.dvc-link"), "href"),
        Some("https://dichvucong.gov.vn")
    );
    assert_eq!(count(&doc, "form"), 0);
}

#[test]
fn words_from_the_file_are_text_not_markup() {
    let source = include_str!("../../../../demo/procedures/cap-ban-sao-trich-luc-khai-sinh.toml")
        .replace("Bạn cần bao nhiêu bản sao?", "<script>alert(1)</script>");
    let file = Arc::new(dvc_procedure::read("b.toml", &source).unwrap());
    let doc = page(&file, "so-ban", &[], Locale::Vi);
    assert_eq!(count(&doc, "script"), 0);
    assert_eq!(text(one(&doc, "h1 label")), "<script>alert(1)</script>");
}

#[test]
fn every_named_example_is_a_valid_procedure_drawn_as_a_question_page() {
    let doc = dvc_ui::examples::doc("question-page").expect("in the catalogue");
    for example in doc.examples {
        let render_fn = example.render;
        let page = render(render_fn);
        assert_eq!(
            count(&page, "pre"),
            0,
            "{}: the file has problems",
            example.name
        );
        assert_eq!(count(&page, "form#question h1"), 1, "{}", example.name);
    }
}
