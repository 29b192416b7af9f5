//! Named examples of `PhoneInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `PhoneInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "phone-input",
    component: "PhoneInput",
    title: "Số điện thoại",
    title_en: "Phone number",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "hop_le",
            title: "Hợp lệ (+84 có dấu chấm)",
            title_en: "Valid (+84 with dots)",
            render: hop_le,
            whole_page: false,
        },
        Example {
            name: "khong_phai_di_dong",
            title: "Sai: đầu số không phải di động",
            title_en: "Wrong: not a mobile prefix",
            render: khong_phai_di_dong,
            whole_page: false,
        },
        Example {
            name: "may_ban",
            title: "Máy bàn, khi được phép",
            title_en: "Landline, when allowed",
            render: may_ban,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Nhận mọi cách viết quen thuộc: 0912345678, +84 912 345 678, 84912345678, 0084…, có dấu chấm hoặc gạch ngang. Lưu dạng +84; đọc lại dạng 0912 345 678. Số máy bàn chỉ nhận khi dịch vụ cho phép."</p>
    }
    .into_any()
}

fn hop_le() -> AnyView {
    view! {
        <Form id="f-ph-ok"><PhoneInput name="ph_ok" value=RwSignal::new("+84 912.345.678".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn khong_phai_di_dong() -> AnyView {
    view! {
        <Form id="f-ph-bad"><PhoneInput name="ph_bad" value=RwSignal::new("0612 345 678".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn may_ban() -> AnyView {
    view! {
        <Form id="f-ph-land"><PhoneInput name="ph_land" label="Số điện thoại liên hệ" allow_landline=true value=RwSignal::new("024 3825 4321".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}
