//! Named examples of `DateInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::DateInput;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `DateInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "date-input",
    component: "DateInput",
    title: "Ngày tháng",
    title_en: "Date",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "trong",
            title: "Trống, có gợi ý",
            title_en: "Empty, with a hint",
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
            name: "loi_mot_o",
            title: "Lỗi ở một ô (ngày 31/02)",
            title_en: "Error in one box (31 February)",
            render: loi_mot_o,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng cho ngày người dùng đã biết, như ngày sinh hay ngày cấp giấy tờ: ba ô ngày / tháng / năm, nhập bằng bàn phím số. Nhận cả “5” và “05”. Khi sai, chỉ ô sai được tô đỏ và thông báo nói rõ phải sửa gì."</p>
    }
    .into_any()
}

fn trong() -> AnyView {
    view! {
        <Field name="d_dob" label="Ngày sinh" hint="Ví dụ: 27 3 1990" group=true>
            <DateInput birthday=true/>
        </Field>
    }
    .into_any()
}

fn da_nhap() -> AnyView {
    view! {
        <Field name="d_issued" label="Ngày cấp" group=true>
            <DateInput values=("5".to_string(), "02".to_string(), "2021".to_string())/>
        </Field>
    }
    .into_any()
}

fn loi_mot_o() -> AnyView {
    view! {
        <Form id="d-form-demo">
            <Field name="d_wrong" label="Ngày cấp" hint="Ví dụ: 27 3 2021" group=true
                rule=dvc_rules::form::FieldRule::Date(Default::default())>
                <DateInput values=("31".to_string(), "2".to_string(), "2021".to_string())/>
            </Field>
            <Button>"Kiểm tra"</Button>
        </Form>
    }
    .into_any()
}
