//! Named examples of `Header`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Header`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "header",
    component: "Header",
    title: "Phần đầu trang",
    title_en: "Header",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "cua_tinh",
            title: "Cổng của một tỉnh",
            title_en: "A province's portal",
            render: cua_tinh,
            whole_page: false,
        },
        Example {
            name: "trang_thu_tuc",
            title: "Trang của một thủ tục (tên thủ tục sau tên cổng)",
            title_en: "A procedure's page (its name after the portal's)",
            render: trang_thu_tuc,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Mỗi trang của cổng có cùng một phần đầu trang: tên cổng bên trái (liên kết về trang chủ), nhận diện của tỉnh bên phải. Màu nền lấy từ token --dvc-color-brand mà mỗi tỉnh có thể thay; tỉnh không đổi cách hoạt động."</p> }.into_any()
}

fn cua_tinh() -> AnyView {
    view! {
        <Header portal_name="Cổng dịch vụ công tỉnh Lào Cai" home_href="/" logo="/themes/lao-cai.svg">
            <span>"UBND tỉnh Lào Cai"</span>
        </Header>
    }
    .into_any()
}

fn trang_thu_tuc() -> AnyView {
    view! {
        <Header portal_name="Cổng dịch vụ công tỉnh Lào Cai" home_href="/"
            service_name="Cấp bản sao trích lục khai sinh" service_href="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh"/>
    }
    .into_any()
}
