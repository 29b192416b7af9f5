//! Named examples of `StepIndicator`: the single source of its demo page (each example
//! live, with this code and its server-rendered HTML), of the markup test over every
//! example, of its rustdoc page and of the end-to-end crawl. Each example is one function;
//! its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::StepIndicator;
use leptos::prelude::*;

/// What the demo says about `StepIndicator`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "step-indicator",
    component: "StepIndicator",
    title: "Các bước của hồ sơ",
    title_en: "Step indicator",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "buoc_hai",
            title: "Bước 2 trên 5",
            title_en: "Step 2 of 5",
            render: buoc_hai,
            whole_page: false,
        },
        Example {
            name: "buoc_cuoi",
            title: "Bước cuối",
            title_en: "The last step",
            render: buoc_cuoi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Khi thủ tục có từ ba phần trở lên, đi theo thứ tự cố định. Thủ tục dài, làm theo thứ tự tuỳ ý: dùng danh sách việc cần làm (TaskList). Các bước không phải đường dẫn: quay lại bằng liên kết “Quay lại” của trang."</p> }.into_any()
}

fn buoc_hai() -> AnyView {
    let steps = vec![
        "Thông tin cá nhân".to_string(),
        "Địa chỉ thường trú".into(),
        "Giấy tờ đính kèm".into(),
        "Kiểm tra thông tin".into(),
        "Nộp lệ phí".into(),
    ];
    view! { <StepIndicator steps=steps current=2/> }.into_any()
}

fn buoc_cuoi() -> AnyView {
    let steps = vec![
        "Người yêu cầu".to_string(),
        "Người được cấp bản sao".into(),
        "Kiểm tra và nộp".into(),
    ];
    view! { <StepIndicator steps=steps current=3/> }.into_any()
}
