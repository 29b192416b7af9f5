//! Tests of layout: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;
use dvc_ui::layout::{NavItem, ServiceNavigation};

#[test]
fn shell_has_skip_link_banner_and_contentinfo() {
    let doc = render(|| {
        view! {
            <SkipLink/>
            <Header portal_name="Cổng dịch vụ công"><span>"Tỉnh Lào Cai"</span></Header>
            <main id="main-content"></main>
            <Footer><p>"UBND tỉnh"</p></Footer>
        }
    });
    let skip = one(&doc, "a.dvc-skip-link");
    assert_eq!(attr(skip, "href"), Some("#main-content"));
    assert_eq!(
        skip.text().collect::<String>(),
        "Bỏ qua để đến nội dung chính"
    );
    assert_eq!(
        one(&doc, "header .dvc-header__name")
            .text()
            .collect::<String>(),
        "Cổng dịch vụ công"
    );
    assert_eq!(
        one(&doc, "header .dvc-header__province")
            .text()
            .collect::<String>(),
        "Tỉnh Lào Cai"
    );
    assert_eq!(count(&doc, "footer"), 1);
}

#[test]
fn a_services_name_follows_the_portals_and_links_to_its_start_page() {
    let doc = render(|| {
        view! { <Header portal_name="Cổng" service_name="Thông báo lưu trú" service_href="/thu-tuc/thong-bao-luu-tru"/> }
    });
    let service = one(&doc, "header a.dvc-header__service");
    assert_eq!(text(service), "Thông báo lưu trú");
    assert_eq!(attr(service, "href"), Some("/thu-tuc/thong-bao-luu-tru"));
    let plain = render(|| view! { <Header portal_name="Cổng"/> });
    assert_eq!(count(&plain, ".dvc-header__service"), 0);
}

fn both(here: &str) -> Vec<(Locale, String)> {
    vec![
        (Locale::Vi, format!("/{here}")),
        (Locale::En, format!("/en/{here}")),
    ]
}

#[test]
fn language_switch_names_each_language_in_itself_and_marks_the_current_one() {
    let doc = render(|| view! { <LanguageSwitch languages=both("dang-ky")/> });
    let nav = one(&doc, "nav.dvc-language-switch");
    assert_eq!(attr(nav, "aria-label"), Some("Ngôn ngữ"));
    let current = one(&doc, ".dvc-language-switch__current");
    assert_eq!(
        (attr(current, "lang"), attr(current, "aria-current")),
        (Some("vi"), Some("true"))
    );
    assert_eq!(current.text().collect::<String>(), "Tiếng Việt");
    let link = one(&doc, "a.dvc-language-switch__link");
    assert_eq!(
        (
            attr(link, "href"),
            attr(link, "hreflang"),
            attr(link, "lang")
        ),
        (Some("/en/dang-ky"), Some("en"), Some("en"))
    );
    assert_eq!(link.text().collect::<String>(), "English");
    assert_eq!(count(&doc, "button"), 0);
}

#[test]
fn language_switch_in_english_links_back_to_vietnamese_with_an_english_label() {
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <LanguageSwitch languages=both("")/> }
    });
    assert_eq!(attr(one(&doc, "nav"), "aria-label"), Some("Language"));
    assert_eq!(
        one(&doc, ".dvc-language-switch__current")
            .text()
            .collect::<String>(),
        "English"
    );
    let link = one(&doc, "a.dvc-language-switch__link");
    assert_eq!(
        (attr(link, "href"), attr(link, "lang")),
        (Some("/"), Some("vi"))
    );
}

#[test]
fn language_switch_on_a_page_with_a_form_names_the_form_its_links_carry() {
    let doc = render(|| view! { <LanguageSwitch languages=both("dang-ky") form="dang-ky"/> });
    // Links, never submit buttons: a submit button of the form placed before it would be
    // the form's default button, and Enter in an answer would switch the language.
    assert_eq!(count(&doc, "button"), 0);
    let link = one(&doc, "a.dvc-language-switch__link");
    assert_eq!(attr(link, "href"), Some("/en/dang-ky"));
    assert_eq!(
        attr(link, dvc_ui::layout::language_switch::CARRIES_ATTRIBUTE),
        Some("dang-ky")
    );
    assert!(dvc_ui::layout::language_switch::is_language_switch(&[(
        "dvc_language".into(),
        "en".into()
    )]));
    assert!(!dvc_ui::layout::language_switch::is_language_switch(&[(
        "full_name".into(),
        "A".into()
    )]));
}

#[test]
fn service_navigation_is_a_named_region_and_menu_marking_the_current_page_in_words() {
    let doc = render(|| {
        view! {
            <ServiceNavigation service_name="Một cửa" service_href="/mot-cua" items=vec![
                NavItem::current("Hồ sơ chờ xử lý", "/cho"),
                NavItem::link("Đã xử lý", "/da-xu-ly"),
            ]/>
        }
    });
    assert_eq!(
        attr(one(&doc, "section.dvc-service-navigation"), "aria-label"),
        Some("Thông tin dịch vụ")
    );
    assert_eq!(
        attr(one(&doc, "section nav"), "aria-label"),
        Some("Trình đơn")
    );
    assert_eq!(
        attr(one(&doc, ".dvc-service-navigation__service a"), "href"),
        Some("/mot-cua")
    );
    let links = all(&doc, "nav li a");
    assert_eq!(links.len(), 2);
    assert_eq!(attr(links[0], "aria-current"), Some("page"));
    assert_eq!(
        attr(links[1], "aria-current"),
        None,
        "only the current page"
    );
    // Without a service name, only the links.
    let doc =
        render(|| view! { <ServiceNavigation items=vec![NavItem::link("Tra cứu", "/tra-cuu")]/> });
    assert_eq!(count(&doc, ".dvc-service-navigation__service"), 0);
}
