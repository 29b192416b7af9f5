//! Named examples of `Tag`: the single source of its demo page, of the markup test over
//! every example and of the end-to-end crawl.

use dvc_ui::content::{Tag, TagColour};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `Tag`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "tag",
    component: "Tag",
    title: "Nhãn trạng thái",
    title_en: "Tag",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "trang_thai_ho_so",
            title: "Trạng thái hồ sơ",
            title_en: "A dossier's status",
            render: trang_thai_ho_so,
            whole_page: false,
        },
        Example {
            name: "moi_mau",
            title: "Mọi màu",
            title_en: "Every colour",
            render: moi_mau,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Cho biết trạng thái của một việc (hồ sơ, khoản phí) bằng một hai chữ. Chữ luôn nói trạng thái; màu chỉ nhắc lại. Không dùng làm nút hay liên kết."</p> }.into_any()
}

fn trang_thai_ho_so() -> AnyView {
    view! {
        <p>"Hồ sơ 000.00.12.H62-261205-0001: " <Tag colour=TagColour::Yellow>"Cần bổ sung"</Tag></p>
    }
    .into_any()
}

fn moi_mau() -> AnyView {
    view! {
        <ul class="dvc-list">
            <li><Tag>"Đã lưu nháp"</Tag></li>
            <li><Tag colour=TagColour::Blue>"Đang xử lý"</Tag></li>
            <li><Tag colour=TagColour::Yellow>"Cần bổ sung"</Tag></li>
            <li><Tag colour=TagColour::Green>"Đã có kết quả"</Tag></li>
            <li><Tag colour=TagColour::Red>"Từ chối"</Tag></li>
        </ul>
    }
    .into_any()
}
