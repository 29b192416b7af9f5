//! Named examples of `ServiceNavigation`: the single source of its demo page, of the markup
//! test over every example and of the end-to-end crawl.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::layout::{NavItem, ServiceNavigation};
use leptos::prelude::*;

/// What the demo says about `ServiceNavigation`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "service-navigation",
    component: "ServiceNavigation",
    title: "Điều hướng của dịch vụ",
    title_en: "Service navigation",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "cong_dan",
            title: "Của người dân, đang ở “Hồ sơ của tôi”",
            title_en: "A citizen's, on “My dossiers”",
            render: cong_dan,
            whole_page: false,
        },
        Example {
            name: "can_bo",
            title: "Của cán bộ một cửa, có tên dịch vụ",
            title_en: "An officer's, with the service's name",
            render: can_bo,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Ngay dưới phần đầu trang, khi dịch vụ có vài trang người dùng cần chuyển qua lại (hồ sơ của tôi, tra cứu, các thủ tục; hàng chờ của cán bộ). Tối đa khoảng 5 liên kết. Không dùng trong các trang câu hỏi của một thủ tục: ở đó chỉ có nút quay lại, để người dân không bị phân tâm."</p> }.into_any()
}

fn cong_dan() -> AnyView {
    view! {
        <ServiceNavigation items=vec![
            NavItem::current("Hồ sơ của tôi", "?trang=ho-so"),
            NavItem::link("Tra cứu hồ sơ", "?trang=tra-cuu"),
            NavItem::link("Thủ tục hành chính", "/thu-tuc"),
        ]/>
    }
    .into_any()
}

fn can_bo() -> AnyView {
    view! {
        <ServiceNavigation
            service_name="Bộ phận Một cửa UBND xã Cam Đường"
            service_href="?trang=mot-cua"
            items=vec![
                NavItem::current("Hồ sơ chờ xử lý", "?trang=cho-xu-ly"),
                NavItem::link("Đã xử lý", "?trang=da-xu-ly"),
                NavItem::link("Tiếp nhận tại quầy", "?trang=tai-quay"),
            ]/>
    }
    .into_any()
}
