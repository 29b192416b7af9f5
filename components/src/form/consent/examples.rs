//! Named examples of `Consent`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::Consent;
use leptos::prelude::*;

/// What the demo says about `Consent`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "consent",
    component: "Consent",
    title: "Đồng ý xử lý dữ liệu cá nhân",
    title_en: "Consent to personal data processing",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "mot_muc_dich",
            title: "Một mục đích",
            title_en: "One purpose",
            render: mot_muc_dich,
            whole_page: false,
        },
        Example {
            name: "muc_dich_thu_hai",
            title: "Mục đích thứ hai, tách riêng",
            title_en: "A second purpose, asked separately",
            render: muc_dich_thu_hai,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Mỗi mục đích một ô, luôn để trống khi mở trang; kèm theo thông báo dữ liệu nào, để làm gì, ai chịu trách nhiệm và cách rút lại đồng ý (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định 356/2025). Không dùng ô này cho điều bắt buộc để giải quyết hồ sơ: việc đó không phải là đồng ý."</p>
    }
    .into_any()
}

fn mot_muc_dich() -> AnyView {
    view! {
        <Consent name="consent_sms" title="Nhận tin nhắn về hồ sơ"
            label="Tôi đồng ý cho cơ quan giải quyết dùng số điện thoại của tôi để nhắn tin về tình trạng hồ sơ này"
            data="Số điện thoại di động" purpose="Báo khi hồ sơ được tiếp nhận, cần bổ sung hoặc đã có kết quả"
            controller="Văn phòng UBND tỉnh (bộ phận một cửa)" withdraw="Bỏ chọn ô này trước khi gửi, hoặc gọi đường dây nóng của tỉnh bất cứ lúc nào"/>
    }
    .into_any()
}

fn muc_dich_thu_hai() -> AnyView {
    view! {
        <Consent name="consent_survey" title="Khảo sát mức độ hài lòng"
            label="Tôi đồng ý nhận một khảo sát qua email sau khi hồ sơ có kết quả"
            data="Địa chỉ email" purpose="Gửi một phiếu khảo sát về chất lượng phục vụ"
            controller="Sở Nội vụ" withdraw="Bấm “Huỷ nhận” trong email, hoặc gọi đường dây nóng của tỉnh"/>
    }
    .into_any()
}
