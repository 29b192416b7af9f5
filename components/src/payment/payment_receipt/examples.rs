//! Named examples of `PaymentReceipt`: the single source of its demo page (each example
//! live, with this code and its server-rendered HTML), of the markup test over every
//! example, of its rustdoc page and of the end-to-end crawl. Each example is one function;
//! its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::payment::{Fee, Paid, PaymentReceipt};
use leptos::prelude::*;

/// What the demo says about `PaymentReceipt`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "payment-receipt",
    component: "PaymentReceipt",
    title: "Biên lai điện tử",
    title_en: "Electronic receipt",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "qua_cong_thanh_toan",
            title: "Trả qua cổng thanh toán",
            title_en: "Paid through the gateway",
            render: qua_cong_thanh_toan,
            whole_page: false,
        },
        Example {
            name: "chuyen_khoan",
            title: "Chuyển khoản VietQR, một khoản",
            title_en: "VietQR transfer, one item",
            render: chuyen_khoan,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Sau khi máy chủ nhận xác nhận của cổng thanh toán (không phải khi trình duyệt quay về), trên một trang riêng mở lại được từ trang trạng thái thanh toán. In ra vừa một trang A4, không có đầu trang, điều hướng hay chân trang."</p> }.into_any()
}

fn qua_cong_thanh_toan() -> AnyView {
    let paid = Paid {
        reference: "000.00.12.H62-261124-0004".into(),
        payer: "Nguyễn Thị Hoà".into(),
        at: "10:30, 24/11/2026".into(),
        transaction: "14422574".into(),
        through: "VNPAY – thẻ ATM NCB".into(),
        collector: "Văn phòng UBND tỉnh Lào Cai".into(),
    };
    view! {
        <PaymentReceipt paid=paid fees=vec![
            Fee::new("Lệ phí đăng ký hộ kinh doanh", "UBND xã Cam Đường", 100_000),
            Fee::new("Phí cung cấp thông tin", "Sở Tài chính tỉnh Lào Cai", 50_000),
        ]/>
    }
    .into_any()
}

fn chuyen_khoan() -> AnyView {
    let paid = Paid {
        reference: "000.00.12.H62-261124-0005".into(),
        payer: "Hoàng Văn Thào".into(),
        at: "08:05, 25/11/2026".into(),
        transaction: "FT26329123456789".into(),
        through: "Chuyển khoản VietQR".into(),
        collector: "Văn phòng UBND tỉnh Lào Cai".into(),
    };
    view! { <PaymentReceipt paid=paid fees=vec![Fee::new("Lệ phí cấp bản sao trích lục", "UBND xã Cam Đường", 8_000)]/> }.into_any()
}
