//! Named examples of `CitizenIdInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `CitizenIdInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "citizen-id-input",
    component: "CitizenIdInput",
    title: "Số định danh cá nhân",
    title_en: "Personal identification number",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "hop_le",
            title: "Hợp lệ (dán kèm dấu cách)",
            title_en: "Valid (pasted with spaces)",
            render: hop_le,
            whole_page: false,
        },
        Example {
            name: "thieu_chu_so",
            title: "Sai: 11 chữ số",
            title_en: "Wrong: 11 digits",
            render: thieu_chu_so,
            whole_page: false,
        },
        Example {
            name: "sai_noi_dang_ky",
            title: "Sai: mã nơi đăng ký không tồn tại",
            title_en: "Wrong: no such place-of-registration code",
            render: sai_noi_dang_ky,
            whole_page: false,
        },
        Example {
            name: "chung_minh_nhan_dan",
            title: "Số chứng minh nhân dân 9 số (khi được phép)",
            title_en: "9-digit identity card number (when allowed)",
            render: chung_minh_nhan_dan,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng để hỏi số định danh cá nhân 12 chữ số. Người dùng có thể gõ hoặc dán kèm dấu cách. Dòng dưới ô đọc lại số đã nhập theo nhóm, cùng nơi đăng ký khai sinh, giới tính và năm sinh mà số đó mã hoá, để người dùng tự kiểm tra. Không có chữ số kiểm tra: bộ công cụ không tự đặt ra."</p>
    }
    .into_any()
}

fn hop_le() -> AnyView {
    view! {
        <Form id="f-id-ok"><CitizenIdInput name="id_ok" value=RwSignal::new("001 203 456 789".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn thieu_chu_so() -> AnyView {
    view! {
        <Form id="f-id-short"><CitizenIdInput name="id_short" value=RwSignal::new("00120345678".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn sai_noi_dang_ky() -> AnyView {
    view! {
        <Form id="f-id-place"><CitizenIdInput name="id_place" value=RwSignal::new("003 190 000 001".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn chung_minh_nhan_dan() -> AnyView {
    view! {
        <Form id="f-id-old"><CitizenIdInput name="id_old" allow_old_card=true value=RwSignal::new("123 456 789".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}
