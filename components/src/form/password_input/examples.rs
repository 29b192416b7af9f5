//! Named examples of `PasswordInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::PasswordInput;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `PasswordInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "password-input",
    component: "PasswordInput",
    title: "Mật khẩu",
    title_en: "Password",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "trong",
            title: "Trống",
            title_en: "Empty",
            render: trong,
            whole_page: false,
        },
        Example {
            name: "mat_khau_moi",
            title: "Đặt mật khẩu mới, có gợi ý",
            title_en: "Setting a new password, with a hint",
            render: mat_khau_moi,
            whole_page: false,
        },
        Example {
            name: "co_loi",
            title: "Có lỗi",
            title_en: "With an error",
            render: co_loi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng khi người dùng đặt hoặc nhập mật khẩu. Nút “Hiện” cho người dùng kiểm tra điều vừa gõ; trình đọc màn hình được báo khi mật khẩu hiện hay ẩn. Khi phím Caps Lock đang bật, ô báo cho người dùng biết."</p>
    }
    .into_any()
}

fn trong() -> AnyView {
    view! {
        <Field name="p_password" label="Mật khẩu"><PasswordInput/></Field>
    }
    .into_any()
}

fn mat_khau_moi() -> AnyView {
    view! {
        <Field name="p_new" label="Mật khẩu mới" hint="Ít nhất 8 ký tự. Nên dùng một câu ngắn dễ nhớ."><PasswordInput autocomplete="new-password"/></Field>
    }
    .into_any()
}

fn co_loi() -> AnyView {
    view! {
        <Field name="p_error" label="Mật khẩu" error="Nhập mật khẩu"><PasswordInput/></Field>
    }
    .into_any()
}
