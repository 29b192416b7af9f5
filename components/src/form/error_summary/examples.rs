//! Named examples of `ErrorSummary`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::SummaryItem;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `ErrorSummary`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "error-summary",
    component: "ErrorSummary",
    title: "Tóm tắt lỗi",
    title_en: "Error summary",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "loi_tu_may_chu",
        title: "Lỗi do máy chủ trả về",
        title_en: "Errors returned by the server",
        render: loi_tu_may_chu,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Hiện ở đầu biểu mẫu khi gửi mà có lỗi: nhận tiêu điểm để trình đọc màn hình đọc ngay, mỗi lỗi là một liên kết đưa tới đúng ô cần sửa. Trong một "<code>"Form"</code>" bộ công cụ tự tạo phần này; dùng trực tiếp khi máy chủ đã kiểm tra biểu mẫu gửi lên không có JavaScript."</p>
    }
    .into_any()
}

fn loi_tu_may_chu() -> AnyView {
    let items = vec![
        SummaryItem {
            target: "dvc-es_name".into(),
            message: "Nhập họ và tên".into(),
        },
        SummaryItem {
            target: "dvc-es_phone".into(),
            message: "Nhập số điện thoại di động gồm 10 chữ số, như 0912 345 678".into(),
        },
    ];
    view! {
        <ErrorSummary items=Signal::stored(items) id="es-demo"/>
        <Field name="es_name" label="Họ và tên" error="Nhập họ và tên"><TextInput autocomplete="name" spellcheck=false/></Field>
        <Field name="es_phone" label="Số điện thoại di động" error="Nhập số điện thoại di động gồm 10 chữ số, như 0912 345 678">
            <TextInput input_type=TextInputType::Tel autocomplete="tel" width=InputWidth::Chars20 value=RwSignal::new("091234".to_string())/>
        </Field>
    }
    .into_any()
}
