//! Named examples of `Textarea`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::Textarea;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Textarea`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "textarea",
    component: "Textarea",
    title: "Ô nhập nhiều dòng",
    title_en: "Textarea",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "dem_ky_tu",
            title: "Trống, đếm ký tự",
            title_en: "Empty, counting characters",
            render: dem_ky_tu,
            whole_page: false,
        },
        Example {
            name: "qua_gioi_han",
            title: "Quá giới hạn (không bị cắt)",
            title_en: "Over the limit (not cut)",
            render: qua_gioi_han,
            whole_page: false,
        },
        Example {
            name: "dem_tu",
            title: "Đếm từ",
            title_en: "Counting words",
            render: dem_tu,
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
        <p>"Dùng cho câu trả lời dài: lý do, mô tả. Có thể đếm ký tự hoặc từ: số còn lại hiện dưới ô và được đọc cho người dùng trình đọc màn hình khi họ ngừng gõ. Nhập quá giới hạn không bị chặn, chỉ được báo."</p>
    }
    .into_any()
}

fn dem_ky_tu() -> AnyView {
    view! {
        <Field name="t_reason" label="Lý do đề nghị cấp lại" hint="Ví dụ: bị mất, bị hỏng, thay đổi thông tin.">
            <Textarea max_chars=200/>
        </Field>
    }
    .into_any()
}

fn qua_gioi_han() -> AnyView {
    view! {
        <Field name="t_over" label="Mô tả ngắn">
            <Textarea max_chars=20 value=RwSignal::new("Giấy tờ bị ướt và rách một góc khi lũ về".to_string())/>
        </Field>
    }
    .into_any()
}

fn dem_tu() -> AnyView {
    view! {
        <Field name="t_words" label="Tóm tắt kiến nghị" optional=true>
            <Textarea max_words=50 rows=3/>
        </Field>
    }
    .into_any()
}

fn co_loi() -> AnyView {
    view! {
        <Field name="t_error" label="Lý do đề nghị cấp lại" error="Nhập lý do đề nghị cấp lại">
            <Textarea/>
        </Field>
    }
    .into_any()
}
