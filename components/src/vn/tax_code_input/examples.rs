//! Named examples of `TaxCodeInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `TaxCodeInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "tax-code-input",
    component: "TaxCodeInput",
    title: "Mã số thuế",
    title_en: "Tax code",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "hop_le",
            title: "Hợp lệ",
            title_en: "Valid",
            render: hop_le,
            whole_page: false,
        },
        Example {
            name: "chi_nhanh",
            title: "Chi nhánh",
            title_en: "Branch",
            render: chi_nhanh,
            whole_page: false,
        },
        Example {
            name: "sai_chu_so_kiem_tra",
            title: "Sai chữ số kiểm tra",
            title_en: "Wrong check digit",
            render: sai_chu_so_kiem_tra,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Kiểm tra chữ số kiểm tra của mã 10 số (Thông tư 86/2024/TT-BTC), mã chi nhánh 13 số và, từ 01/7/2025, số định danh cá nhân dùng làm mã số thuế của cá nhân."</p>
    }
    .into_any()
}

fn hop_le() -> AnyView {
    view! {
        <Form id="f-tax-ok"><TaxCodeInput name="tax_ok" value=RwSignal::new("0100109106".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn chi_nhanh() -> AnyView {
    view! {
        <Form id="f-tax-branch"><TaxCodeInput name="tax_branch" value=RwSignal::new("0100109106-001".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn sai_chu_so_kiem_tra() -> AnyView {
    view! {
        <Form id="f-tax-bad"><TaxCodeInput name="tax_bad" value=RwSignal::new("0100109107".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}
