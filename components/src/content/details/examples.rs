//! Named examples of `Details`: the single source of its demo page, of the markup test over
//! every example and of the end-to-end crawl.

use dvc_ui::content::Details;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `Details`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "details",
    component: "Details",
    title: "Phần giải thích thu gọn",
    title_en: "Details",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "dong",
            title: "Đóng",
            title_en: "Closed",
            render: dong,
            whole_page: false,
        },
        Example {
            name: "mo",
            title: "Mở sẵn",
            title_en: "Open",
            render: mo,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Giải thích mà chỉ ít người cần, đặt gần câu hỏi liên quan. Không giấu thông tin mọi người đều cần."</p> }.into_any()
}

fn dong() -> AnyView {
    view! {
        <Details summary="Tôi không nhớ số định danh cá nhân">
            <p>"Số định danh cá nhân gồm 12 chữ số, in trên thẻ căn cước và trong ứng dụng VNeID."</p>
        </Details>
    }
    .into_any()
}

fn mo() -> AnyView {
    view! {
        <Details summary="Giấy tờ nào chứng minh chỗ ở hợp pháp?" open=true>
            <p>"Giấy chứng nhận quyền sử dụng đất, hợp đồng thuê nhà có công chứng, hoặc văn bản đồng ý của chủ sở hữu."</p>
        </Details>
    }
    .into_any()
}
