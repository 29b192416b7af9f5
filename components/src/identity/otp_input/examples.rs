//! Named examples of `OtpInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl. Each example is one function; its body is
//! the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::identity::OtpInput;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `OtpInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "otp-input",
    component: "OtpInput",
    title: "Mã xác thực (OTP)",
    title_en: "One-time code",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "vua_gui",
            title: "Vừa gửi mã, chờ trước khi gửi lại",
            title_en: "Just sent, a wait before sending again",
            render: vua_gui,
            whole_page: false,
        },
        Example {
            name: "ma_het_han",
            title: "Mã đã hết hạn",
            title_en: "The code has expired",
            render: ma_het_han,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Khi cổng gửi mã xác thực qua tin nhắn (đăng nhập bằng tài khoản của cổng, xác nhận số điện thoại). Một ô duy nhất, không chia mỗi chữ số một ô: dán cả mã được, trình đọc màn hình đọc một ô. Nói mã được gửi tới đâu (đã che bớt số). Máy chủ quyết định mã đúng, sai hay hết hạn, và thời gian chờ trước khi gửi lại."</p> }.into_any()
}

fn vua_gui() -> AnyView {
    view! {
        <Form id="otp-vua-gui">
            <OtpInput name="otp" sent_to="0912 *** 678" resend_after=60 submit="Tiếp tục"/>
        </Form>
    }
    .into_any()
}

fn ma_het_han() -> AnyView {
    view! {
        <Form id="otp-het-han">
            <OtpInput name="otp_het_han" sent_to="0912 *** 678"
                error="Mã xác thực đã hết hạn. Bấm “Gửi lại mã” để nhận mã mới" submit="Tiếp tục"/>
        </Form>
    }
    .into_any()
}
