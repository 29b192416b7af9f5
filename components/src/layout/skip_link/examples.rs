//! Named examples of `SkipLink`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `SkipLink`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "skip-link",
    component: "SkipLink",
    title: "Liên kết bỏ qua",
    title_en: "Skip link",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "mac_dinh",
        title: "Mặc định (hiện khi nhận tiêu điểm)",
        title_en: "Default (shown on focus)",
        render: mac_dinh,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Phần tử đầu tiên nhận tiêu điểm trên mọi trang: liên kết “Bỏ qua để đến nội dung chính” hiện ra khi được nhấn phím Tab và đưa tiêu điểm tới nội dung chính, bỏ qua phần đầu trang và danh mục. Đặt ngay sau thẻ body; nội dung chính cần id=\"main-content\" (không cần tabindex: liên kết tự cho nội dung chính nhận tiêu điểm khi được bấm, rồi bỏ đi khi tiêu điểm rời khỏi)."</p> }.into_any()
}

fn mac_dinh() -> AnyView {
    view! { <SkipLink/> }.into_any()
}
