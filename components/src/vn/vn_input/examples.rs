//! Named examples of `VnInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `VnInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "vn-input",
    component: "VnInput",
    title: "Dữ liệu Việt Nam theo loại",
    title_en: "Vietnamese data by kind",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "theo_cau_hinh",
        title: "Loại dữ liệu lấy từ cấu hình của thủ tục",
        title_en: "Kind of data read from the procedure's configuration",
        render: theo_cau_hinh,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Một ô nhập cho mọi loại dữ liệu Việt Nam: số định danh, số điện thoại, mã số thuế, họ tên, số tiền. Dùng khi loại câu hỏi đến từ cấu hình của thủ tục; khi viết tay, dùng thẳng "<code>"PhoneInput"</code>", "<code>"CitizenIdInput"</code>"… (cùng một ô, loại cố định)."</p>
    }
    .into_any()
}

fn theo_cau_hinh() -> AnyView {
    // E.g. read from the procedure's configuration.
    let questions = vec![
        (
            "vi_contact",
            VnKind::Phone {
                allow_landline: true,
            },
        ),
        ("vi_tax", VnKind::TaxCode),
    ];
    view! {
        <Form id="f-vn-input">
            {questions.into_iter().map(|(name, kind)| view! { <VnInput kind=kind name=name/> }).collect_view()}
            <Button>"Kiểm tra"</Button>
        </Form>
    }
    .into_any()
}
