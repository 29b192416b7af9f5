//! Named examples of `PaymentStatus`: the single source of its demo page (each example
//! live, with this code and its server-rendered HTML), of the markup test over every
//! example, of its rustdoc page and of the end-to-end crawl. Each example is one function;
//! its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::payment::{PaymentState, PaymentStatus};
use leptos::prelude::*;

/// What the demo says about `PaymentStatus`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "payment-status",
    component: "PaymentStatus",
    title: "Trạng thái thanh toán",
    title_en: "Payment status",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "dang_cho",
            title: "Đang chờ xác nhận",
            title_en: "Waiting for confirmation",
            render: dang_cho,
            whole_page: false,
        },
        Example {
            name: "da_thanh_toan",
            title: "Đã thanh toán",
            title_en: "Paid",
            render: da_thanh_toan,
            whole_page: false,
        },
        Example {
            name: "khong_thanh_cong",
            title: "Chưa thanh toán được",
            title_en: "Not paid",
            render: khong_thanh_cong,
            whole_page: false,
        },
        Example {
            name: "het_han",
            title: "Hết hạn",
            title_en: "Expired",
            render: het_han,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Trang người dân quay về sau khi trả tiền, và trang chờ chuyển khoản VietQR. Trạng thái luôn lấy từ máy chủ (thông báo của cổng thanh toán), không bao giờ từ địa chỉ trình duyệt quay về. Khi đang chờ, trang tự hỏi lại máy chủ thưa dần và báo nhẹ nhàng khi trạng thái đổi; không có JavaScript thì có nút “Kiểm tra lại”."</p> }.into_any()
}

fn dang_cho() -> AnyView {
    view! { <PaymentStatus state=PaymentState::Pending check_url="/thanh-toan/HS0004/trang-thai"/> }
        .into_any()
}

fn da_thanh_toan() -> AnyView {
    view! { <PaymentStatus state=PaymentState::Paid check_url="/thanh-toan/HS0005/trang-thai"/> }
        .into_any()
}

fn khong_thanh_cong() -> AnyView {
    view! { <PaymentStatus state=PaymentState::Failed check_url="/thanh-toan/HS0006/trang-thai"/> }
        .into_any()
}

fn het_han() -> AnyView {
    view! { <PaymentStatus state=PaymentState::Expired check_url="/thanh-toan/HS0007/trang-thai"/> }
        .into_any()
}
