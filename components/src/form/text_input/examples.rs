//! Named examples of `TextInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_rules::form::FieldRule;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `TextInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "text-input",
    component: "TextInput",
    title: "Ô nhập chữ",
    title_en: "Text input",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "trong",
            title: "Trống",
            title_en: "Empty",
            render: trong,
            whole_page: false,
        },
        Example {
            name: "da_nhap",
            title: "Đã nhập",
            title_en: "Filled in",
            render: da_nhap,
            whole_page: false,
        },
        Example {
            name: "co_goi_y",
            title: "Có gợi ý",
            title_en: "With a hint",
            render: co_goi_y,
            whole_page: false,
        },
        Example {
            name: "co_loi",
            title: "Có lỗi",
            title_en: "With an error",
            render: co_loi,
            whole_page: false,
        },
        Example {
            name: "khong_bat_buoc_hau_to",
            title: "Không bắt buộc, có hậu tố, độ rộng 10 ký tự",
            title_en: "Optional, with a suffix, 10 characters wide",
            render: khong_bat_buoc_hau_to,
            whole_page: false,
        },
        Example {
            name: "vo_hieu_hoa",
            title: "Bị vô hiệu hoá",
            title_en: "Disabled",
            render: vo_hieu_hoa,
            whole_page: false,
        },
        Example {
            name: "kiem_tra_khi_gui",
            title: "Kiểm tra khi gửi",
            title_en: "Checked on submit",
            render: kiem_tra_khi_gui,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng cho câu trả lời ngắn, một dòng: họ tên, email, số điện thoại. Luôn đặt trong một "<code>"Field"</code>" để có nhãn, gợi ý và thông báo lỗi gắn đúng với ô nhập. Độ rộng của ô cho biết độ dài câu trả lời mong đợi."</p>
    }
    .into_any()
}

fn trong() -> AnyView {
    let _name = RwSignal::new(String::new());
    view! {
        <Field name="empty_name" label="Họ và tên">
            <TextInput autocomplete="name" spellcheck=false/>
        </Field>
    }
    .into_any()
}

fn da_nhap() -> AnyView {
    let filled = RwSignal::new("Nguyễn Thị Hoà".to_string());
    let _name = RwSignal::new(String::new());
    view! {
        <Field name="filled_name" label="Họ và tên">
            <TextInput autocomplete="name" spellcheck=false value=filled/>
        </Field>
    }
    .into_any()
}

fn co_goi_y() -> AnyView {
    let _name = RwSignal::new(String::new());
    view! {
        <Field name="hint_email" label="Địa chỉ email" hint="Chúng tôi chỉ dùng email này để gửi biên nhận hồ sơ.">
            <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
        </Field>
    }
    .into_any()
}

fn co_loi() -> AnyView {
    let _name = RwSignal::new(String::new());
    let _error = RwSignal::new(None::<String>);
    view! {
        <Field name="error_email" label="Địa chỉ email" hint="Ví dụ: ten@vidu.vn"
            error="Nhập địa chỉ email đúng định dạng, như ten@vidu.vn">
            <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
        </Field>
    }
    .into_any()
}

fn khong_bat_buoc_hau_to() -> AnyView {
    let _name = RwSignal::new(String::new());
    view! {
        <Field name="fee_amount" label="Số tiền đề nghị" optional=true>
            <TextInput inputmode="numeric" width=InputWidth::Chars10 suffix="₫"/>
        </Field>
    }
    .into_any()
}

fn vo_hieu_hoa() -> AnyView {
    let _name = RwSignal::new(String::new());
    view! {
        <Field name="disabled_code" label="Mã hồ sơ" hint="Mã do hệ thống cấp, không sửa được.">
            <TextInput disabled=true width=InputWidth::Chars20 value=RwSignal::new("000.00.12.H45-261123-0001".to_string())/>
        </Field>
    }
    .into_any()
}

fn kiem_tra_khi_gui() -> AnyView {
    // Inside a Form the rule is checked on submit in the browser and, from the same spec,
    // by the server when the page posts without JavaScript.
    view! {
        <Form id="f-text-check">
            <Field name="full_name" label="Họ và tên" hint="Ghi như trên thẻ căn cước."
                rule=FieldRule::Text { max_chars: Some(50) }>
                <TextInput autocomplete="name" spellcheck=false/>
            </Field>
            <Button>"Tiếp tục"</Button>
        </Form>
    }
    .into_any()
}
