//! Named examples of `SignInChooser`: the single source of its demo page (each example
//! live, with this code and its server-rendered HTML), of the markup test over every
//! example, of its rustdoc page and of the end-to-end crawl. Each example is one function;
//! its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::identity::SignInChooser;
use leptos::prelude::*;

/// What the demo says about `SignInChooser`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "sign-in-chooser",
    component: "SignInChooser",
    title: "Chọn cách đăng nhập",
    title_en: "Sign-in chooser",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "muc_2",
            title: "Thủ tục cần tài khoản mức 2",
            title_en: "A procedure that needs level 2",
            render: muc_2,
            whole_page: false,
        },
        Example {
            name: "hai_cach",
            title: "VNeID và tài khoản của cổng",
            title_en: "VNeID and the portal's account",
            render: hai_cach,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Trang đăng nhập của mọi thủ tục cần biết người nộp là ai: tiêu đề trang (h1) nói việc cần đăng nhập để làm gì, rồi thành phần này. Giống nhau ở mọi tỉnh: VNeID trước. Nếu thủ tục cần tài khoản mức 2, nói trước khi người dân rời cổng. Mỗi cách là một liên kết thật: chạy cả khi không có JavaScript."</p> }.into_any()
}

fn muc_2() -> AnyView {
    // In-page addresses: the demo's page stays where it is.
    view! { <SignInChooser vneid_href="/dang-nhap/vneid" level_two=true/> }.into_any()
}

fn hai_cach() -> AnyView {
    view! { <SignInChooser vneid_href="/dang-nhap/vneid" account_href="/components/account-sign-in"/> }
        .into_any()
}
