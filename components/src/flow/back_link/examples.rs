//! Named examples of `BackLink`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl. Each example is one function; its body is
//! the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::BackLink;
use leptos::prelude::*;

/// What the demo says about `BackLink`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "back-link",
    component: "BackLink",
    title: "Liên kết quay lại",
    title_en: "Back link",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "cau_truoc",
        title: "Về câu hỏi trước",
        title_en: "To the previous question",
        render: cau_truoc,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Đầu mỗi trang câu hỏi, trước tiêu đề: về câu hỏi trước của thủ tục (kể cả khi đã rẽ nhánh), không dùng lịch sử trình duyệt. Không đặt trên trang xác nhận đã nộp."</p> }.into_any()
}

fn cau_truoc() -> AnyView {
    view! { <BackLink href="?cau=ngay-sinh"/> }.into_any()
}
