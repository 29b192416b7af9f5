//! Tests of error_summary: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn error_summary_links_each_problem_and_has_an_alert_child() {
    let doc = render(|| {
        let items = vec![dvc_ui::form::SummaryItem {
            target: "dvc-dob-month".into(),
            message: "Tháng phải là một số từ 1 đến 12".into(),
        }];
        view! { <ErrorSummary items=Signal::stored(items)/> }
    });
    let summary = one(&doc, ".dvc-error-summary");
    assert_eq!(attr(summary, "tabindex"), Some("-1"));
    assert_eq!(
        attr(summary, "role"),
        None,
        "the alert is on a child, so focus and announcement don't race"
    );
    assert_eq!(
        text(one(&doc, ".dvc-error-summary > [role=alert] > h2")),
        "Có lỗi cần sửa"
    );
    assert_eq!(
        attr(one(&doc, ".dvc-error-summary a"), "href"),
        Some("#dvc-dob-month")
    );
}
