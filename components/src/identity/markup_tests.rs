//! Tests of the identity components (SignInChooser, SignedIn): server-rendered markup. Run
//! through components/tests/markup.rs.

use crate::support::*;
use dvc_ui::identity::{SignInChooser, SignedIn};

#[test]
fn vneid_comes_first_as_a_real_link_and_the_portal_account_after_or() {
    let doc = render(|| view! { <SignInChooser vneid_href="/dang-nhap/vneid?muc=2" account_href="/dang-nhap/tai-khoan"/> });
    let links = all(&doc, "a");
    assert_eq!(links.len(), 2);
    assert_eq!(attr(links[0], "href"), Some("/dang-nhap/vneid?muc=2"));
    assert_eq!(text(links[0]), "Đăng nhập bằng tài khoản định danh điện tử (VNeID)");
    assert!(attr(links[0], "class").unwrap().contains("dvc-button--start"));
    assert_eq!(attr(links[1], "href"), Some("/dang-nhap/tai-khoan"));
    assert_eq!(text(one(&doc, ".dvc-sign-in__or")), "hoặc");
    assert_eq!(count(&doc, "script, form, button"), 0, "links only: nothing needs a script");
    assert_eq!(count(&doc, ".dvc-inset"), 0, "no level is said when none is needed");
}

#[test]
fn a_level_two_procedure_says_so_before_the_citizen_leaves_and_what_to_do_without() {
    let doc = render(|| view! { <SignInChooser vneid_href="/v" level_two=true/> });
    let said = text(one(&doc, ".dvc-inset"));
    assert!(said.starts_with("Thủ tục này cần tài khoản định danh điện tử mức độ 2."), "{said}");
    assert!(said.contains("Công an cấp xã") && said.contains("nộp hồ sơ trực tiếp"), "{said}");
    // The note comes before the button, and no portal account is offered when none is given.
    let html = doc.html();
    assert!(html.find("dvc-inset").unwrap() < html.find("dvc-button--start").unwrap());
    assert_eq!(count(&doc, "a"), 1);
}

#[test]
fn english_pages_say_it_in_english() {
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <SignInChooser vneid_href="/v" level_two=true account_href="/a"/> }
    });
    assert_eq!(text(all(&doc, "a")[0]), "Sign in with your electronic identity (VNeID)");
    assert_eq!(text(one(&doc, ".dvc-sign-in__or")), "or");
}

#[test]
fn signed_in_shows_the_name_as_text_and_signs_out_by_a_post() {
    let doc = render(|| view! { <SignedIn name="<b>Lò Thị Mai</b>" sign_out_action="/dang-xuat"/> });
    let name = one(&doc, ".dvc-signed-in__name");
    assert_eq!(text(name), "Đã đăng nhập: <b>Lò Thị Mai</b>");
    assert_eq!(count(&doc, "b"), 0, "the name is text, never markup");
    assert_eq!(text(one(&doc, ".dvc-signed-in__name .dvc-visually-hidden")), "Đã đăng nhập:");
    let form = one(&doc, "form");
    assert_eq!((attr(form, "method"), attr(form, "action")), (Some("post"), Some("/dang-xuat")));
    let button = one(&doc, "form button");
    assert_eq!((attr(button, "type"), text(button)), (Some("submit"), "Đăng xuất".to_string()));
}
