//! Named examples of `MoneyInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `MoneyInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "money-input",
    component: "MoneyInput",
    title: "Số tiền",
    title_en: "Amount of money",
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
            name: "phan_le",
            title: "Sai: có phần lẻ",
            title_en: "Wrong: has a fraction",
            render: phan_le,
            whole_page: false,
        },
        Example {
            name: "so_lon",
            title: "Số lớn",
            title_en: "Large amount",
            render: so_lon,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Nhận “1.234.567”, “1234567” và “1 234 567”. Dưới ô hiện số tiền theo định dạng “1.234.567 ₫” và bằng chữ, để người dùng đối chiếu. Đồng không có đơn vị lẻ."</p>
    }
    .into_any()
}

fn hop_le() -> AnyView {
    view! {
        <Form id="f-money-ok"><MoneyInput name="money_ok" label="Số tiền đề nghị hỗ trợ" value=RwSignal::new("1234567".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn phan_le() -> AnyView {
    view! {
        <Form id="f-money-bad"><MoneyInput name="money_bad" label="Số tiền đề nghị hỗ trợ" value=RwSignal::new("12,5".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn so_lon() -> AnyView {
    view! {
        <Form id="f-money-big"><MoneyInput name="money_big" label="Vốn điều lệ" value=RwSignal::new("1 000 000 000 005".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}
