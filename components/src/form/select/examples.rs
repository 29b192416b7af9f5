//! Named examples of `Select`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::{Choice, Select};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Select`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "select",
    component: "Select",
    title: "Danh sách chọn",
    title_en: "Select",
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
            name: "da_chon",
            title: "Đã chọn, có gợi ý",
            title_en: "Chosen, with a hint",
            render: da_chon,
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
            name: "vo_hieu_hoa",
            title: "Bị vô hiệu hoá",
            title_en: "Disabled",
            render: vo_hieu_hoa,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Chỉ dùng khi có nhiều lựa chọn mà nút chọn một sẽ quá dài. Với ít hơn khoảng 8 lựa chọn, dùng nút chọn một (Radios) để người dùng thấy hết các lựa chọn."</p>
    }
    .into_any()
}

fn trong() -> AnyView {
    let options = || {
        vec![
            Choice::new("kinh", "Kinh"),
            Choice::new("tay", "Tày"),
            Choice::new("thai", "Thái"),
            Choice::new("muong", "Mường"),
            Choice::new("hmong", "Mông"),
            Choice::new("khmer", "Khmer"),
            Choice::new("ede", "Ê Đê"),
        ]
    };
    view! {
        <Field name="s_ethnicity" label="Dân tộc"><Select placeholder="Chọn dân tộc" options=options()/></Field>
    }
    .into_any()
}

fn da_chon() -> AnyView {
    let options = || {
        vec![
            Choice::new("kinh", "Kinh"),
            Choice::new("tay", "Tày"),
            Choice::new("thai", "Thái"),
            Choice::new("muong", "Mường"),
            Choice::new("hmong", "Mông"),
            Choice::new("khmer", "Khmer"),
            Choice::new("ede", "Ê Đê"),
        ]
    };
    view! {
        <Field name="s_ethnicity_filled" label="Dân tộc" hint="Ghi như trong giấy khai sinh.">
            <Select placeholder="Chọn dân tộc" value=RwSignal::new("tay".to_string()) options=options()/>
        </Field>
    }
    .into_any()
}

fn co_loi() -> AnyView {
    let options = || {
        vec![
            Choice::new("kinh", "Kinh"),
            Choice::new("tay", "Tày"),
            Choice::new("thai", "Thái"),
            Choice::new("muong", "Mường"),
            Choice::new("hmong", "Mông"),
            Choice::new("khmer", "Khmer"),
            Choice::new("ede", "Ê Đê"),
        ]
    };
    view! {
        <Field name="s_ethnicity_error" label="Dân tộc" error="Chọn dân tộc của bạn"><Select placeholder="Chọn dân tộc" options=options()/></Field>
    }
    .into_any()
}

fn vo_hieu_hoa() -> AnyView {
    let options = || {
        vec![
            Choice::new("kinh", "Kinh"),
            Choice::new("tay", "Tày"),
            Choice::new("thai", "Thái"),
            Choice::new("muong", "Mường"),
            Choice::new("hmong", "Mông"),
            Choice::new("khmer", "Khmer"),
            Choice::new("ede", "Ê Đê"),
        ]
    };
    view! {
        <Field name="s_ethnicity_disabled" label="Dân tộc"><Select disabled=true value=RwSignal::new("kinh".to_string()) options=options()/></Field>
    }
    .into_any()
}
