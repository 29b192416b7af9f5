//! Named examples of `SignedIn`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl. Each example is one function; its body is
//! the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::identity::SignedIn;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `SignedIn`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "signed-in",
    component: "SignedIn",
    title: "Đang đăng nhập",
    title_en: "Signed in",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "trong_dau_trang",
        title: "Trong đầu trang",
        title_en: "In the header",
        render: trong_dau_trang,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Trong đầu trang của mọi trang khi người dân đã đăng nhập: tên theo hồ sơ định danh và nút “Đăng xuất” (một biểu mẫu gửi lên máy chủ, không phải liên kết). Máy chủ kết thúc phiên và báo cho nhà cung cấp định danh."</p> }.into_any()
}

fn trong_dau_trang() -> AnyView {
    // The example's form posts to this page itself: the demo shows it, nothing signs out.
    view! {
        <Header portal_name="Cổng dịch vụ công tỉnh Lào Cai">
            <SignedIn name="Nguyễn Văn An" sign_out_action="#"/>
        </Header>
    }
    .into_any()
}
