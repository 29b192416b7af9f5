//! Tests of layout: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn shell_has_skip_link_banner_and_contentinfo() {
    let doc = render(|| view! {
        <SkipLink/>
        <Header portal_name="Cổng dịch vụ công"><span>"Tỉnh Lào Cai"</span></Header>
        <main id="main-content"></main>
        <Footer><p>"UBND tỉnh"</p></Footer>
    });
    let skip = one(&doc, "a.dvc-skip-link");
    assert_eq!(attr(skip, "href"), Some("#main-content"));
    assert_eq!(skip.text().collect::<String>(), "Bỏ qua để đến nội dung chính");
    assert_eq!(one(&doc, "header .dvc-header__name").text().collect::<String>(), "Cổng dịch vụ công");
    assert_eq!(one(&doc, "header .dvc-header__province").text().collect::<String>(), "Tỉnh Lào Cai");
    assert_eq!(count(&doc, "footer"), 1);
}
