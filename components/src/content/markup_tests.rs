//! Tests of the content components (Tag, InsetText, WarningText, Details,
//! NotificationBanner, Breadcrumbs): server-rendered markup. Run through
//! components/tests/markup.rs.

use crate::support::*;
use dvc_ui::content::{
    BannerKind, Breadcrumbs, Crumb, Details, InsetText, NotificationBanner, Tag, TagColour,
    WarningText,
};

#[test]
fn a_tag_says_its_status_in_words_with_its_colour() {
    let doc = render(|| view! { <Tag colour=TagColour::Red>"Từ chối"</Tag> });
    let tag = one(&doc, "strong.dvc-tag");
    assert_eq!(text(tag), "Từ chối");
    assert_eq!(attr(tag, "class"), Some("dvc-tag dvc-tag--red"));
    let doc = render(|| view! { <Tag>"Đã lưu nháp"</Tag> });
    assert_eq!(
        attr(one(&doc, ".dvc-tag"), "class"),
        Some("dvc-tag dvc-tag--grey")
    );
}

#[test]
fn inset_text_and_a_warning_read_well_without_their_looks() {
    let doc = render(|| view! { <InsetText><p>"Trong 3 ngày làm việc."</p></InsetText> });
    assert_eq!(
        text(one(&doc, "div.dvc-inset-text > p")),
        "Trong 3 ngày làm việc."
    );
    let doc = render(|| view! { <WarningText>"Khai man có thể bị phạt."</WarningText> });
    assert_eq!(
        attr(one(&doc, ".dvc-warning-text__icon"), "aria-hidden"),
        Some("true")
    );
    assert_eq!(
        text(one(&doc, "strong.dvc-warning-text__text")),
        "Cảnh báo: Khai man có thể bị phạt."
    );
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <WarningText>"You can be fined."</WarningText> }
    });
    assert_eq!(text(one(&doc, ".dvc-visually-hidden")), "Warning:");
}

#[test]
fn details_are_the_browsers_own_closed_unless_asked() {
    let doc =
        render(|| view! { <Details summary="Tôi không nhớ số"><p>"12 chữ số."</p></Details> });
    let details = one(&doc, "details.dvc-details");
    assert_eq!(attr(details, "open"), None);
    assert_eq!(
        text(one(&doc, "details > summary.dvc-details__summary")),
        "Tôi không nhớ số"
    );
    let doc = render(|| view! { <Details summary="Giấy tờ" open=true><p>"Sổ đỏ."</p></Details> });
    assert!(attr(one(&doc, "details"), "open").is_some());
}

#[test]
fn an_information_banner_is_a_named_region_and_a_success_banner_an_alert_that_takes_focus() {
    let doc = render(
        || view! { <NotificationBanner id="b1"><p>"Hạn nộp 15/12."</p></NotificationBanner> },
    );
    let banner = one(&doc, "#b1");
    assert_eq!(attr(banner, "role"), Some("region"));
    assert_eq!(attr(banner, "aria-labelledby"), Some("b1-title"));
    assert_eq!(text(one(&doc, "h2#b1-title")), "Thông báo quan trọng");
    assert_eq!(
        attr(banner, "data-dvc-module"),
        None,
        "an information banner takes no focus"
    );
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <NotificationBanner kind=BannerKind::Success id="b2"><p>"Sent."</p></NotificationBanner> }
    });
    let banner = one(&doc, "#b2");
    assert_eq!(attr(banner, "role"), Some("alert"));
    assert_eq!(attr(banner, "data-dvc-module"), Some("notification-banner"));
    assert!(attr(banner, "class")
        .unwrap()
        .contains("dvc-notification-banner--success"));
    assert_eq!(text(one(&doc, "#b2-title")), "Success");
}

#[test]
fn breadcrumbs_are_a_named_navigation_list_with_the_current_page_as_text() {
    let doc = render(|| {
        view! {
            <Breadcrumbs crumbs=vec![
                Crumb::link("Trang chủ", "/"),
                Crumb::link("Hồ sơ của tôi", "/ho-so"),
                Crumb::here("Hồ sơ 0001"),
            ]/>
        }
    });
    assert_eq!(
        attr(one(&doc, "nav.dvc-breadcrumbs"), "aria-label"),
        Some("Đường dẫn")
    );
    assert_eq!(count(&doc, "nav > ol > li"), 3);
    assert_eq!(count(&doc, "li > a"), 2);
    let here = one(&doc, "li[aria-current=page]");
    assert_eq!(text(here), "Hồ sơ 0001");
}
