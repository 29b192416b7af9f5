//! Named examples of `NotificationBanner`: the single source of its demo page, of the
//! markup test over every example and of the end-to-end crawl.

use dvc_ui::content::{BannerKind, NotificationBanner};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `NotificationBanner`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "notification-banner",
    component: "NotificationBanner",
    title: "Thông báo đầu trang",
    title_en: "Notification banner",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "thong_tin",
            title: "Thông tin",
            title_en: "Information",
            render: thong_tin,
            whole_page: false,
        },
        Example {
            name: "thanh_cong",
            title: "Thành công",
            title_en: "Success",
            render: thanh_cong,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Đặt trên tiêu đề trang: một điều người dân cần biết (hạn nộp, dịch vụ tạm dừng), hoặc cho biết việc vừa làm đã thành công. Mỗi trang một thông báo; không dùng cho lỗi (đó là bảng tóm tắt lỗi)."</p> }.into_any()
}

fn thong_tin() -> AnyView {
    view! {
        <NotificationBanner id="thong-bao-han">
            <p class="dvc-notification-banner__heading">"Bạn cần nộp giấy tờ bổ sung trước ngày 15/12/2026."</p>
        </NotificationBanner>
    }
    .into_any()
}

fn thanh_cong() -> AnyView {
    view! {
        <NotificationBanner kind=BannerKind::Success id="da-gui">
            <h3 class="dvc-notification-banner__heading">"Đã gửi giấy tờ bổ sung"</h3>
            <p>"Bộ phận một cửa sẽ xem và báo cho bạn qua tin nhắn."</p>
        </NotificationBanner>
    }
    .into_any()
}
