//! Tests of `DeskScreen` and `CaseScreen`: server-rendered markup. Run through
//! components/tests/markup.rs.

use crate::support::*;
use dvc_procedure::casework::{
    Action, Askable, CasePage, DeskPage, DossierLine, QueueLine, Status,
};
use dvc_rules::form::FieldProblem;
use dvc_rules::problem::{Problem, ProblemCode};
use dvc_ui::flow::{CaseScreen, DeskScreen};

fn line() -> QueueLine {
    QueueLine {
        line: DossierLine {
            code: "000.00.12.H62-261203-0004".into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/mot-cua/ho-so/000.00.12.H62-261203-0004".into(),
            submitted: "03/12/2026".into(),
            due: None,
            status: Status::Waiting,
        },
        applicant: "Lò Văn Páo".into(),
    }
}

#[test]
fn an_actions_page_posted_with_problems_shows_them_and_keeps_every_answer() {
    let page = DeskPage::Act {
        line: line(),
        action: Action::AskMore,
        seen: Status::Waiting,
        askable: vec![
            Askable {
                page: "dia-chi".into(),
                words: "Địa chỉ".into(),
            },
            Askable {
                page: "giay-to".into(),
                words: "Giấy tờ".into(),
            },
        ],
        values: vec![
            ("can-bo-sung".into(), "giay-to".into()),
            ("han-day".into(), "9".into()),
        ],
        problems: vec![FieldProblem {
            name: "ly-do".into(),
            problem: Problem::new(ProblemCode::Required).with("subject", "lý do"),
        }],
        moved: false,
        back: "/mot-cua".into(),
    };
    let doc = render(move || view! { <DeskScreen page=page/> });
    assert_eq!(
        text(one(&doc, "#dvc-ly-do-error")),
        "Lỗi: Nhập lý do cần bổ sung"
    );
    assert_eq!(attr(one(&doc, "#dvc-ly-do"), "aria-invalid"), Some("true"));
    assert!(one(&doc, "input[name=can-bo-sung][value=giay-to]")
        .attr("checked")
        .is_some());
    assert!(one(&doc, "input[name=can-bo-sung][value=dia-chi]")
        .attr("checked")
        .is_none());
    assert_eq!(attr(one(&doc, "#dvc-han-day"), "value"), Some("9"));
    // The status it was opened at goes back with the post.
    assert_eq!(
        attr(
            one(&doc, "form#xu-ly input[type=hidden][name=trang-thai]"),
            "value"
        ),
        Some("cho-tiep-nhan")
    );
}

#[test]
fn a_dossier_in_the_citizens_list_says_its_status_in_words_and_links_its_page() {
    let page = CasePage::Mine {
        notices: vec![],
        dossiers: vec![line().line],
    };
    let doc = render(move || view! { <CaseScreen page=page/> });
    let item = one(&doc, ".dvc-dossier-list__item");
    assert_eq!(
        text(one(&doc, ".dvc-dossier-list__item .dvc-tag")),
        "Chờ tiếp nhận"
    );
    assert_eq!(
        attr(one(&doc, ".dvc-dossier-list__item h2 a"), "href"),
        Some("/mot-cua/ho-so/000.00.12.H62-261203-0004")
    );
    assert!(text(item).contains("000.00.12.H62-261203-0004"));
}
