//! Named examples of `Field`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_rules::form::FieldRule;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Field`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "field",
    component: "Field",
    title: "Câu hỏi",
    title_en: "Question",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "nhan_va_goi_y",
            title: "Nhãn và gợi ý",
            title_en: "Label and hint",
            render: nhan_va_goi_y,
            whole_page: false,
        },
        Example {
            name: "khong_bat_buoc",
            title: "Không bắt buộc",
            title_en: "Optional",
            render: khong_bat_buoc,
            whole_page: false,
        },
        Example {
            name: "nhan_la_tieu_de",
            title: "Nhãn là tiêu đề trang (một câu hỏi mỗi trang)",
            title_en: "Label as the page heading (one question per page)",
            render: nhan_la_tieu_de,
            whole_page: true,
        },
        Example {
            name: "nhom_co_loi",
            title: "Nhóm (fieldset) có lỗi",
            title_en: "Group (fieldset) with an error",
            render: nhom_co_loi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Mọi câu hỏi nằm trong một "<code>"Field"</code>": nó tạo nhãn (hoặc chú thích của nhóm), gợi ý, thông báo lỗi và các id, rồi trao cho ô nhập bên trong để "<code>"for"</code>", "<code>"aria-describedby"</code>" và "<code>"aria-invalid"</code>" luôn đúng. Câu hỏi bắt buộc là mặc định; câu không bắt buộc ghi rõ “(không bắt buộc)”. Trong một "<code>"Form"</code>", "<code>"rule"</code>" được kiểm tra khi gửi, và máy chủ kiểm tra lại bằng cùng quy tắc."</p>
    }
    .into_any()
}

fn nhan_va_goi_y() -> AnyView {
    view! {
        <Field name="fd_email" label="Địa chỉ email" hint="Chúng tôi gửi biên nhận hồ sơ tới địa chỉ này." rule=FieldRule::Email>
            <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
        </Field>
    }
    .into_any()
}

fn khong_bat_buoc() -> AnyView {
    view! {
        <Field name="fd_note" label="Ghi chú cho cán bộ" optional=true>
            <TextInput/>
        </Field>
    }
    .into_any()
}

fn nhan_la_tieu_de() -> AnyView {
    view! {
        <Field name="fd_phone" label="Số điện thoại của bạn là gì?" label_is_heading=true hint="Để cán bộ gọi khi hồ sơ cần bổ sung.">
            <TextInput input_type=TextInputType::Tel autocomplete="tel" width=InputWidth::Chars20/>
        </Field>
    }
    .into_any()
}

fn nhom_co_loi() -> AnyView {
    view! {
        <Field name="fd_receive" label="Bạn muốn nhận kết quả thế nào?" group=true error="Chọn cách nhận kết quả">
            <Radios options=vec![Choice::new("post", "Qua bưu điện"), Choice::new("office", "Tại bộ phận một cửa")]/>
        </Field>
    }
    .into_any()
}
