//! Named examples of `AccountSignIn`: the single source of its demo page (each example
//! live, with this code and its server-rendered HTML), of the markup test over every
//! example, of its rustdoc page and of the end-to-end crawl. Each example is one function;
//! its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::identity::AccountSignIn;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `AccountSignIn`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "account-sign-in",
    component: "AccountSignIn",
    title: "Đăng nhập bằng tài khoản của cổng",
    title_en: "Portal account sign-in",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "tai_khoan",
        title: "Số định danh và mật khẩu",
        title_en: "ID number and password",
        render: tai_khoan,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Sau VNeID, cho người dân chưa có tài khoản định danh điện tử: số định danh cá nhân làm tên đăng nhập, mật khẩu, “Quên mật khẩu?”. Máy chủ quyết định: sai thì một thông báo chung (không nói sai số hay sai mật khẩu); sai nhiều lần thì nói phải chờ bao lâu."</p> }.into_any()
}

fn tai_khoan() -> AnyView {
    view! {
        <Form id="tai-khoan">
            <AccountSignIn id_name="username" password_name="password" forgot_href="/dang-nhap"/>
        </Form>
    }
    .into_any()
}
