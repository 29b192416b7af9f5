//! Named examples of `VietQrPanel`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl (which also scans the drawn code). Each
//! example is one function; its body is the code shown.

use dvc_rules::vietqr::{Service, Transfer};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::payment::VietQrPanel;
use leptos::prelude::*;

/// What the demo says about `VietQrPanel`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "vietqr-panel",
    component: "VietQrPanel",
    title: "Chuyển khoản bằng mã VietQR",
    title_en: "VietQR bank transfer",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "co_so_tien",
            title: "Lệ phí có số tiền và nội dung",
            title_en: "A fee with its amount and content",
            render: co_so_tien,
            whole_page: false,
        },
        Example {
            name: "ma_tinh",
            title: "Mã tĩnh: người dân tự nhập số tiền",
            title_en: "Static code: the citizen types the amount",
            render: ma_tinh,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Dùng khi người dân nộp phí, lệ phí bằng chuyển khoản. Mã được vẽ trên máy chủ nên hiện cả khi không có JavaScript; mọi thông tin trong mã cũng được ghi thành chữ cho người không quét được (người dùng trình đọc màn hình, người đang dùng chính điện thoại này). Nội dung chuyển khoản nên chứa mã hồ sơ để cơ quan đối soát. Đừng coi việc người dân quay lại trang là đã thanh toán: kết quả do máy chủ xác nhận."</p> }.into_any()
}

fn co_so_tien() -> AnyView {
    let transfer = Transfer::new("970416", "257678859", Service::Account)
        .with_amount(150_000)
        .with_purpose("000.00.12.H62-201105-0004");
    view! {
        <VietQrPanel transfer=transfer bank_name="Ngân hàng TMCP Á Châu (ACB)"
            account_holder="VAN PHONG UBND TINH LAO CAI"/>
    }
    .into_any()
}

fn ma_tinh() -> AnyView {
    let transfer = Transfer::new("970436", "0011004188888", Service::Account)
        .with_purpose("Ung ho dong bao vung lu");
    view! {
        <VietQrPanel transfer=transfer id="vietqr-ung-ho" bank_name="Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)"
            account_holder="UY BAN MAT TRAN TO QUOC TINH"/>
    }
    .into_any()
}
