//! Named examples of `CheckAnswers`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example, of
//! its rustdoc page and of the end-to-end crawl. Each example is one function; its body is
//! the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::{Answer, CheckAnswers};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `CheckAnswers`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "check-answers",
    component: "CheckAnswers",
    title: "Kiểm tra lại thông tin",
    title_en: "Check your answers",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "truoc_khi_nop",
        title: "Trước khi nộp hồ sơ",
        title_en: "Before sending the dossier",
        render: truoc_khi_nop,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Trang cuối trước khi nộp: đọc lại mọi câu trả lời, đã định dạng (số định danh, số điện thoại theo nhóm, địa chỉ đầy đủ, tệp và dung lượng), mỗi câu có liên kết “Thay đổi” mở đúng câu hỏi rồi quay về đây. Nút gửi nói rõ việc nó làm."</p> }.into_any()
}

fn truoc_khi_nop() -> AnyView {
    view! {
        <h2>"Thông tin người đăng ký"</h2>
        <CheckAnswers answers=vec![
            Answer::new("Họ và tên", "Lò Văn Páo", "?sua=ho-ten"),
            Answer::new("Số định danh cá nhân", "001 090 012 345", "?sua=so-dinh-danh"),
            Answer::new("Số điện thoại di động", "0912 345 678", "?sua=dien-thoai"),
            Answer::new("Địa chỉ thường trú", "Số 1 Hoàng Liên\nPhường Cam Đường\nTỉnh Lào Cai", "?sua=dia-chi"),
            Answer::new("Tệp đã đính kèm", "can-cuoc-mat-truoc.jpg (1,2 MB)\ncan-cuoc-mat-sau.jpg (1,1 MB)", "?sua=giay-to"),
            Answer::new("Địa chỉ email", "", "?sua=email"),
        ]/>
        <Button>"Xác nhận và nộp hồ sơ"</Button>
    }
    .into_any()
}
