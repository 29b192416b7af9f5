//! Tests of NotificationBanner: behaviour in headless Chromium. Run through
//! components/tests/browser.rs.

use crate::support::*;
use dvc_ui::content::{BannerKind, NotificationBanner};

#[wasm_bindgen_test]
async fn a_success_banner_takes_focus_once_and_an_information_banner_never() {
    let host = mount(move || {
        view! {
            <NotificationBanner id="t-banner-info"><p>"Hạn nộp 15/12."</p></NotificationBanner>
            <NotificationBanner kind=BannerKind::Success id="t-banner-ok"><p>"Đã gửi."</p></NotificationBanner>
        }
    });
    settle().await;
    assert_eq!(
        active_id(),
        "t-banner-ok",
        "the success banner is read first"
    );
    let banner: HtmlElement = by_id("t-banner-ok");
    assert_eq!(banner.get_attribute("tabindex").as_deref(), Some("-1"));
    // Leaving it takes the tabindex away (no focus ring when clicked inside later).
    banner.blur().unwrap();
    settle().await;
    assert_eq!(banner.get_attribute("tabindex"), None);
    // Started again (markup enhanced twice): focus does not jump back.
    enhance(&host);
    settle().await;
    assert_ne!(active_id(), "t-banner-ok");
}
