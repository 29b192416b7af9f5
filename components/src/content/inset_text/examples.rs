//! Named examples of `InsetText`: the single source of its demo page, of the markup test
//! over every example and of the end-to-end crawl.

use dvc_ui::content::InsetText;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `InsetText`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "inset-text",
    component: "InsetText",
    title: "Đoạn văn tách riêng",
    title_en: "Inset text",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "thoi_han",
        title: "Thời hạn giải quyết",
        title_en: "How long it takes",
        render: thoi_han,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Một đoạn ngắn cần tách khỏi phần chữ xung quanh: thời hạn, điều sẽ xảy ra tiếp theo, một quy định được trích. Không dùng cho cảnh báo."</p> }.into_any()
}

fn thoi_han() -> AnyView {
    view! {
        <InsetText>
            <p>"Hồ sơ được giải quyết trong 3 ngày làm việc kể từ khi bộ phận một cửa tiếp nhận đủ giấy tờ."</p>
        </InsetText>
    }
    .into_any()
}
