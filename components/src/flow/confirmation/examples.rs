//! Named examples of `Confirmation`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl. Each example is one function; its body is
//! the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::Confirmation;
use leptos::prelude::*;

/// What the demo says about `Confirmation`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "confirmation",
    component: "Confirmation",
    title: "Xác nhận đã nộp hồ sơ",
    title_en: "Confirmation",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "da_nop",
        title: "Đã nộp, với việc tiếp theo",
        title_en: "Sent, with what happens next",
        render: da_nop,
        whole_page: true,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Đầu trang ngay sau khi hồ sơ được nộp: mã hồ sơ theo định dạng quốc gia do máy chủ cấp. Dưới khung: việc gì xảy ra tiếp theo và khi nào, cách tra cứu hồ sơ. Không đặt nút hay liên kết trong khung."</p> }.into_any()
}

fn da_nop() -> AnyView {
    view! {
        <Confirmation title="Đã nộp hồ sơ" code="000.00.12.H62-201105-0004"/>
        <h2>"Việc tiếp theo"</h2>
        <p>"Bộ phận một cửa kiểm tra hồ sơ trong 2 ngày làm việc và nhắn tin cho bạn khi hồ sơ được tiếp nhận hoặc cần bổ sung."</p>
        <p>"Tra cứu hồ sơ bằng mã trên tại trang “Tra cứu hồ sơ” của cổng dịch vụ công."</p>
    }
    .into_any()
}
