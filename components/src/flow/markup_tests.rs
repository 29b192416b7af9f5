//! Tests of the flow components (StepIndicator, TaskList, CheckAnswers, Confirmation):
//! server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;
use dvc_ui::flow::{
    Answer, BackLink, CheckAnswers, Confirmation, StepIndicator, Task, TaskList, TaskStatus,
};

fn steps() -> Vec<String> {
    [
        "Thông tin cá nhân",
        "Địa chỉ",
        "Giấy tờ",
        "Kiểm tra",
        "Lệ phí",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[test]
fn the_step_indicator_says_where_the_citizen_is_and_each_steps_state() {
    let doc = render(|| view! { <StepIndicator steps=steps() current=2/> });
    let heading = one(&doc, "h2.dvc-step-indicator__heading");
    assert_eq!(text(heading), "Bước 2 trên 5: Địa chỉ");
    assert_eq!(
        attr(one(&doc, "nav.dvc-step-indicator"), "aria-labelledby"),
        attr(heading, "id")
    );
    let current = all(&doc, "[aria-current]");
    assert_eq!(current.len(), 1);
    assert_eq!(attr(current[0], "aria-current"), Some("step"));
    // What a screen reader says of each step (the number is the list's own, so hidden).
    let said: Vec<String> = all(&doc, ".dvc-step-indicator__step")
        .into_iter()
        .map(|li| {
            let hidden = li
                .select(&Selector::parse("[aria-hidden=true]").unwrap())
                .map(text)
                .collect::<String>();
            text(li).trim_start_matches(hidden.as_str()).to_string()
        })
        .collect();
    assert_eq!(
        said,
        vec![
            "Thông tin cá nhân (đã xong)",
            "Địa chỉ (bước hiện tại)",
            "Giấy tờ (chưa làm)",
            "Kiểm tra (chưa làm)",
            "Lệ phí (chưa làm)",
        ]
    );
    assert_eq!(count(&doc, "a"), 0, "steps are not links");
}

#[test]
fn a_step_beyond_the_list_is_the_last() {
    let doc = render(|| view! { <StepIndicator steps=steps() current=9/> });
    assert_eq!(
        text(one(&doc, ".dvc-step-indicator__heading")),
        "Bước 5 trên 5: Lệ phí"
    );
}

#[test]
fn two_step_indicators_on_one_page_each_name_their_own_nav() {
    let doc = render(|| {
        view! {
            <StepIndicator steps=steps() current=2/>
            <StepIndicator steps=steps()[..3].to_vec() current=2/>
            <StepIndicator steps=steps() current=3 id="cac-buoc"/>
        }
    });
    let navs = all(&doc, "nav.dvc-step-indicator");
    let headings = all(&doc, "h2.dvc-step-indicator__heading");
    let ids: Vec<&str> = headings.iter().filter_map(|h| attr(*h, "id")).collect();
    assert_eq!(ids.len(), 3);
    assert!(
        ids[0] != ids[1] && ids[1] != ids[2] && ids[0] != ids[2],
        "{ids:?}"
    );
    assert_eq!(ids[2], "cac-buoc-heading", "an id given is used");
    for (nav, id) in navs.iter().zip(&ids) {
        assert_eq!(attr(*nav, "aria-labelledby"), Some(*id));
    }
    // The same indicator renders the same ids every time (the browser builds the server's).
    let again = render(|| view! { <StepIndicator steps=steps() current=2/> });
    assert_eq!(attr(one(&again, "h2"), "id"), Some(ids[0]));
}

#[test]
fn a_task_that_cannot_start_is_no_link_and_each_link_is_described_by_its_state() {
    let doc = render(|| {
        view! {
            <TaskList id="ho-so" tasks=vec![
                Task::new("Người đăng ký", "/a", TaskStatus::Completed),
                Task::new("Chỗ ở", "/b", TaskStatus::HasErrors).hint("Địa chỉ và chủ hộ"),
                Task::new("Nộp", "/c", TaskStatus::CannotStart),
            ]/>
        }
    });
    let links = all(&doc, "a.dvc-task-list__link");
    assert_eq!(
        links.iter().map(|a| text(*a)).collect::<Vec<_>>(),
        vec!["Người đăng ký", "Chỗ ở"]
    );
    assert_eq!(attr(links[0], "aria-describedby"), Some("ho-so-1-status"));
    assert_eq!(
        attr(links[1], "aria-describedby"),
        Some("ho-so-2-hint ho-so-2-status")
    );
    assert_eq!(text(one(&doc, "#ho-so-1-status")), "Hoàn thành");
    assert_eq!(text(one(&doc, "#ho-so-2-status")), "Có lỗi cần sửa");
    assert_eq!(text(one(&doc, "#ho-so-2-hint")), "Địa chỉ và chủ hộ");
    assert_eq!(text(one(&doc, "#ho-so-3-status")), "Chưa thể bắt đầu");
    assert_eq!(text(one(&doc, "span.dvc-task-list__name")), "Nộp");
}

#[test]
fn check_answers_reads_back_text_with_a_named_change_link_each() {
    let doc = render(|| {
        view! {
            <CheckAnswers answers=vec![
                Answer::new("Họ và tên", "<script>alert(1)</script>", "/ho-ten?kiem-tra"),
                Answer::new("Địa chỉ email", "", "/email?kiem-tra"),
                Answer::new("Mã hồ sơ", "DK-1", ""),
            ]/>
        }
    });
    assert_eq!(
        count(&doc, ".dvc-check-answers script"),
        0,
        "an answer is text, never markup"
    );
    assert_eq!(
        text(all(&doc, ".dvc-check-answers__answer")[0]),
        "<script>alert(1)</script>"
    );
    assert_eq!(
        text(one(&doc, ".dvc-check-answers__answer--empty")),
        "Chưa trả lời"
    );
    let links: Vec<(String, Option<&str>)> = all(&doc, ".dvc-check-answers__action a")
        .into_iter()
        .map(|a| (text(a), attr(a, "href")))
        .collect();
    assert_eq!(
        links,
        vec![
            ("Thay đổi họ và tên".to_string(), Some("/ho-ten?kiem-tra")),
            (
                "Thay đổi địa chỉ email".to_string(),
                Some("/email?kiem-tra")
            ),
        ],
        "no link where the answer cannot be changed"
    );
}

#[test]
fn the_confirmation_is_the_pages_heading_and_the_code_with_nothing_to_press() {
    let doc =
        render(|| view! { <Confirmation title="Đã nộp hồ sơ" code="000.00.12.H62-201105-0004"/> });
    assert_eq!(text(one(&doc, ".dvc-confirmation h1")), "Đã nộp hồ sơ");
    assert_eq!(
        text(one(&doc, ".dvc-confirmation__code")),
        "000.00.12.H62-201105-0004"
    );
    assert_eq!(
        count(
            &doc,
            ".dvc-confirmation a, .dvc-confirmation button, .dvc-confirmation input"
        ),
        0
    );
}

#[test]
fn the_back_link_is_a_real_link_to_the_previous_question() {
    let doc = render(|| view! { <BackLink href="/dang-ky/ngay-sinh"/> });
    let a = one(&doc, "a.dvc-back-link");
    assert_eq!(
        (attr(a, "href"), text(a).as_str()),
        (Some("/dang-ky/ngay-sinh"), "Quay lại")
    );
    let doc = render(|| view! { <BackLink href="/" text="Về trang đầu"/> });
    assert_eq!(text(one(&doc, "a.dvc-back-link")), "Về trang đầu");
}
