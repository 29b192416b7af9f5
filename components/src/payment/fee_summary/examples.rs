//! Named examples of `FeeSummary`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl. Each example is one function; its body is
//! the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::payment::{Fee, FeeSummary};
use leptos::prelude::*;

/// What the demo says about `FeeSummary`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "fee-summary",
    component: "FeeSummary",
    title: "Phí, lệ phí phải nộp",
    title_en: "Fees to pay",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "hai_khoan",
            title: "Lệ phí và phí, hai nơi nhận",
            title_en: "A fee and a charge, two receivers",
            render: hai_khoan,
            whole_page: false,
        },
        Example {
            name: "mien_phi",
            title: "Không mất phí",
            title_en: "Free of charge",
            render: mien_phi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Đặt trước bước thanh toán, và trên trang kiểm tra lại thông tin, để người dân biết phải nộp bao nhiêu, cho ai, trước khi chọn cách thanh toán. Số tiền ghi theo kiểu Việt Nam (1.234.567 ₫), tổng cộng có thêm số tiền bằng chữ."</p> }.into_any()
}

fn hai_khoan() -> AnyView {
    view! {
        <FeeSummary fees=vec![
            Fee::new("Lệ phí đăng ký hộ kinh doanh", "UBND xã Cam Đường", 100_000),
            Fee::new("Phí cung cấp thông tin", "Sở Tài chính tỉnh Lào Cai", 50_000),
        ]/>
    }
    .into_any()
}

fn mien_phi() -> AnyView {
    view! {
        <FeeSummary title="Lệ phí cấp lại thẻ" fees=vec![Fee::new("Lệ phí (miễn cho người từ đủ 80 tuổi)", "", 0)]/>
    }
    .into_any()
}
