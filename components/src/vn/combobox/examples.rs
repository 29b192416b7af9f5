//! Named examples of `Combobox`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use dvc_ui::vn::Combobox;
use leptos::prelude::*;

/// What the demo says about `Combobox`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "combobox",
    component: "Combobox",
    title: "Ô chọn có tìm kiếm",
    title_en: "Searchable select",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "dan_toc",
        title: "Chọn dân tộc, gõ để tìm",
        title_en: "Choose an ethnic group, type to search",
        render: dan_toc,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng khi danh sách dài (dân tộc, tỉnh, xã): gõ vài chữ, không cần dấu, rồi chọn. Theo đúng mẫu combobox của WAI-ARIA: tiêu điểm ở lại ô nhập, mũi tên lên xuống để đi trong danh sách, Enter để chọn, Esc để đóng. Khi trang chưa có WebAssembly, đây là một danh sách chọn thông thường."</p>
    }
    .into_any()
}

fn dan_toc() -> AnyView {
    let all: Vec<(String, String)> = [
        "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Gia Rai", "Ê Đê",
        "Ba Na",
    ]
    .iter()
    .map(|name| (dvc_rules::latin::lowercase(name), name.to_string()))
    .collect();
    view! {
        <Form id="f-combobox">
            <Field name="cb_ethnicity" label="Dân tộc" hint="Gõ vài chữ, ví dụ “hmong”, rồi chọn trong danh sách">
                <Combobox options=all/>
            </Field>
            <Button>"Kiểm tra"</Button>
        </Form>
    }
    .into_any()
}
