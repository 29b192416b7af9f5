//! Named examples of `Pagination`: the single source of its demo page, of the markup test
//! over every example and of the end-to-end crawl.

use dvc_ui::content::Pagination;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `Pagination`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "pagination",
    component: "Pagination",
    title: "Phân trang",
    title_en: "Pagination",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "giua",
            title: "Ở giữa danh sách",
            title_en: "In the middle of a list",
            render: giua,
            whole_page: false,
        },
        Example {
            name: "trang_dau",
            title: "Trang đầu",
            title_en: "The first page",
            render: trang_dau,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Dưới một danh sách dài chia thành trang (hàng chờ hồ sơ của cán bộ, hồ sơ của người dân), mỗi trang 20 dòng. Không dùng để chia một thủ tục thành bước."</p> }.into_any()
}

fn giua() -> AnyView {
    view! { <Pagination current=6 total=12 href=|n| format!("?trang={n}")/> }.into_any()
}

fn trang_dau() -> AnyView {
    view! { <Pagination current=1 total=3 href=|n| format!("?trang={n}")/> }.into_any()
}
