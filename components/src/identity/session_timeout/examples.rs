//! Named examples of `SessionTimeout`: the single source of its demo page (each example
//! live, with this code and its server-rendered HTML), of the markup test over every
//! example, of its rustdoc page and of the end-to-end crawl. Each example is one function;
//! its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::identity::SessionTimeout;
use leptos::prelude::*;

/// What the demo says about `SessionTimeout`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "session-timeout",
    component: "SessionTimeout",
    title: "Cảnh báo hết phiên làm việc",
    title_en: "Session timeout warning",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "canh_bao",
        title: "Cảnh báo 2 phút trước khi hết phiên",
        title_en: "Warning 2 minutes before the end",
        render: canh_bao,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Trên mọi trang khi người dân đã đăng nhập (một lần mỗi trang, thường cạnh đầu trang): 2 phút trước khi phiên 15 phút kết thúc, hộp thoại mở ra, giữ tiêu điểm bên trong, nói thời gian còn lại vài lần (không phải mỗi giây); “Tiếp tục phiên làm việc” hoặc phím Esc gia hạn phiên. Ở đây hộp thoại được vẽ sẵn để xem; trên trang thật nó đóng cho đến lúc cảnh báo."</p> }.into_any()
}

fn canh_bao() -> AnyView {
    // The addresses stay in this page: the example never signs anyone out.
    view! {
        <SessionTimeout seconds_left=120 keep_alive_url="#gia-han" ended_url="#het-phien"
            sign_out_action="#" preview=true/>
    }
    .into_any()
}
