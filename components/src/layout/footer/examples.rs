//! Named examples of `Footer`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Footer`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "footer",
    component: "Footer",
    title: "Phần chân trang",
    title_en: "Footer",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "don_vi_van_hanh",
        title: "Đơn vị vận hành và liên kết",
        title_en: "Operator and links",
        render: don_vi_van_hanh,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Phần chân trang ghi đơn vị vận hành cổng và các liên kết chung (điều khoản, bảo vệ dữ liệu cá nhân, trợ giúp)."</p> }.into_any()
}

fn don_vi_van_hanh() -> AnyView {
    view! {
        <Footer>
            <p>"Cơ quan chủ quản: Văn phòng UBND tỉnh. Đường dây nóng: 1900 0000."</p>
            <p><a href="/">"Chính sách bảo vệ dữ liệu cá nhân"</a></p>
        </Footer>
    }
    .into_any()
}
