//! Named examples of `WarningText`: the single source of its demo page, of the markup test
//! over every example and of the end-to-end crawl.

use dvc_ui::content::WarningText;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `WarningText`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "warning-text",
    component: "WarningText",
    title: "Cảnh báo",
    title_en: "Warning text",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "khai_man",
        title: "Trước lời cam đoan",
        title_en: "Before the declaration",
        render: khai_man,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Điều người dân phải biết trước khi làm tiếp, nếu không sẽ có hậu quả (bị phạt, mất quyền). Dùng ít: nhiều cảnh báo thì không ai đọc."</p> }.into_any()
}

fn khai_man() -> AnyView {
    view! { <WarningText>"Khai không đúng sự thật có thể bị xử phạt vi phạm hành chính."</WarningText> }.into_any()
}
