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

#[test]
fn sending_more_with_nothing_changed_points_the_summary_at_the_first_change_link() {
    use dvc_procedure::casework::{Actor, Event, Happened, MoreItem};
    let item = |page: &str, changed| MoreItem {
        page: page.into(),
        question: format!("Câu {page}"),
        answer: "a <b>".into(),
        href: format!("/ho-so-cua-toi/x/bo-sung/{page}"),
        changed,
    };
    let page = |unchanged: bool| CasePage::More {
        line: line().line,
        asked: Event {
            happened: Happened::MoreAsked,
            by: Actor::Office("Bộ phận Một cửa".into()),
            when: "09:15, 04/12/2026".into(),
            datetime: "2026-12-04T09:15+07:00".into(),
            reason: Some("Ảnh mờ".into()),
            basis: None,
            due: Some("10/12/2026".into()),
            items: vec![],
        },
        items: vec![item("giay-to", !unchanged), item("so-dien-thoai", false)],
        unchanged,
        request: 2,
        back: "/ho-so-cua-toi/x".into(),
    };
    let refused = page(true);
    let doc = render(move || view! { <CaseScreen page=refused/> });
    let link = one(&doc, ".dvc-error-summary a");
    assert_eq!(attr(link, "href"), Some("#bo-sung-giay-to"));
    assert_eq!(
        attr(one(&doc, "#bo-sung-giay-to"), "href"),
        Some("/ho-so-cua-toi/x/bo-sung/giay-to")
    );
    assert!(text(link).contains("ít nhất một mục"));
    // The form posts here with its id; the answers are text, never markup.
    assert_eq!(
        attr(one(&doc, "form input[type=hidden][name=dvc_form]"), "value"),
        Some("gui-bo-sung")
    );
    assert_eq!(
        attr(one(&doc, "form input[name=yeu-cau]"), "value"),
        Some("2")
    );
    assert_eq!(count(&doc, ".dvc-summary-list__value b"), 0);
    // Sent with a change: no summary, the change said.
    let fine = page(false);
    let doc = render(move || view! { <CaseScreen page=fine/> });
    assert_eq!(count(&doc, ".dvc-error-summary"), 0);
    assert_eq!(count(&doc, "#bo-sung-so-dien-thoai"), 1);
    let values = all(&doc, ".dvc-summary-list__value");
    assert!(text(values[0]).contains("(đã sửa)"), "{}", text(values[0]));
    assert!(!text(values[1]).contains("đã sửa"));
}

#[test]
fn a_code_looked_up_wrong_too_often_says_until_when_and_keeps_what_was_typed() {
    let page = CasePage::LookUp {
        values: vec![("ma-ho-so".into(), "000.00.12.H62-261203-0004".into())],
        problems: vec![],
        not_found: false,
        locked_until: Some("15:04, 06/12/2026".into()),
    };
    let doc = render(move || view! { <CaseScreen page=page/> });
    let warning = one(&doc, ".dvc-inset--warning");
    assert!(
        text(warning).contains("Hãy thử lại sau 15:04, 06/12/2026"),
        "{}",
        text(warning)
    );
    assert_eq!(
        count(&doc, ".dvc-inset:not(.dvc-inset--warning)"),
        0,
        "not “not found”"
    );
    assert_eq!(
        attr(one(&doc, "#dvc-ma-ho-so"), "value"),
        Some("000.00.12.H62-261203-0004")
    );
}
