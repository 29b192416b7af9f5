//! Named examples of `Breadcrumbs`: the single source of its demo page, of the markup test
//! over every example and of the end-to-end crawl.

use dvc_ui::content::{Breadcrumbs, Crumb};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `Breadcrumbs`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "breadcrumbs",
    component: "Breadcrumbs",
    title: "Đường dẫn",
    title_en: "Breadcrumbs",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "ho_so",
            title: "Trang một hồ sơ",
            title_en: "A dossier's page",
            render: ho_so,
            whole_page: false,
        },
        Example {
            name: "co_trang_nay",
            title: "Có trang hiện tại",
            title_en: "With the current page",
            render: co_trang_nay,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Trên các trang có nhiều tầng của cổng (danh sách hồ sơ, một hồ sơ), trước tiêu đề. Không dùng trong các trang câu hỏi của một thủ tục: ở đó có nút quay lại."</p> }.into_any()
}

fn ho_so() -> AnyView {
    view! {
        <Breadcrumbs crumbs=vec![
            Crumb::link("Trang chủ", "/"),
            Crumb::link("Hồ sơ của tôi", "?trang=ho-so"),
        ]/>
    }
    .into_any()
}

fn co_trang_nay() -> AnyView {
    view! {
        <Breadcrumbs crumbs=vec![
            Crumb::link("Trang chủ", "/"),
            Crumb::link("Hồ sơ của tôi", "?trang=ho-so"),
            Crumb::here("000.00.12.H62-261205-0001"),
        ]/>
    }
    .into_any()
}
