//! Named examples of `Checkboxes`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::{Checkboxes, Choice};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Checkboxes`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "checkboxes",
    component: "Checkboxes",
    title: "Ô đánh dấu",
    title_en: "Checkboxes",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "loai_tru",
            title: "Trống, có lựa chọn loại trừ “Không có”",
            title_en: "Empty, with an exclusive “None” option",
            render: loai_tru,
            whole_page: false,
        },
        Example {
            name: "da_chon",
            title: "Đã chọn",
            title_en: "Chosen",
            render: da_chon,
            whole_page: false,
        },
        Example {
            name: "cau_hoi_mo",
            title: "Có câu hỏi mở ra khi chọn",
            title_en: "With a question revealed when chosen",
            render: cau_hoi_mo,
            whole_page: false,
        },
        Example {
            name: "co_loi",
            title: "Có lỗi",
            title_en: "With an error",
            render: co_loi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng khi người dùng có thể chọn nhiều lựa chọn. Lựa chọn “Không có” đứng riêng sau chữ “hoặc”: chọn nó sẽ bỏ các ô khác, và ngược lại."</p>
    }
    .into_any()
}

fn loai_tru() -> AnyView {
    let options = || {
        vec![
            Choice::new("elderly", "Trợ cấp người cao tuổi"),
            Choice::new("disability", "Trợ cấp người khuyết tật")
                .hint("Theo giấy xác nhận mức độ khuyết tật"),
            Choice::new("orphan", "Trợ cấp trẻ em mồ côi"),
            Choice::new("none", "Không nhận trợ cấp nào")
                .or_before()
                .exclusive(),
        ]
    };
    view! {
        <Field name="c_benefits" label="Bạn đang nhận trợ cấp nào?" hint="Chọn tất cả trợ cấp bạn đang nhận." group=true>
            <Checkboxes options=options()/>
        </Field>
    }
    .into_any()
}

fn da_chon() -> AnyView {
    let options = || {
        vec![
            Choice::new("elderly", "Trợ cấp người cao tuổi"),
            Choice::new("disability", "Trợ cấp người khuyết tật")
                .hint("Theo giấy xác nhận mức độ khuyết tật"),
            Choice::new("orphan", "Trợ cấp trẻ em mồ côi"),
            Choice::new("none", "Không nhận trợ cấp nào")
                .or_before()
                .exclusive(),
        ]
    };
    view! {
        <Field name="c_benefits_filled" label="Bạn đang nhận trợ cấp nào?" group=true>
            <Checkboxes value=RwSignal::new(vec!["elderly".to_string()]) options=options()/>
        </Field>
    }
    .into_any()
}

fn cau_hoi_mo() -> AnyView {
    let _options = || {
        vec![
            Choice::new("elderly", "Trợ cấp người cao tuổi"),
            Choice::new("disability", "Trợ cấp người khuyết tật")
                .hint("Theo giấy xác nhận mức độ khuyết tật"),
            Choice::new("orphan", "Trợ cấp trẻ em mồ côi"),
            Choice::new("none", "Không nhận trợ cấp nào")
                .or_before()
                .exclusive(),
        ]
    };
    view! {
        <Field name="c_needs" label="Bạn cần hỗ trợ gì khi đến làm thủ tục?" group=true optional=true>
            <Checkboxes options=vec![
                Choice::new("wheelchair", "Lối đi cho xe lăn"),
                Choice::new("language", "Phiên dịch tiếng dân tộc").reveals(|| view! {
                    <Field name="c_language" label="Tiếng dân tộc nào?">
                        <TextInput width=InputWidth::Chars20/>
                    </Field>
                }.into_any()),
            ]/>
        </Field>
    }
    .into_any()
}

fn co_loi() -> AnyView {
    let options = || {
        vec![
            Choice::new("elderly", "Trợ cấp người cao tuổi"),
            Choice::new("disability", "Trợ cấp người khuyết tật")
                .hint("Theo giấy xác nhận mức độ khuyết tật"),
            Choice::new("orphan", "Trợ cấp trẻ em mồ côi"),
            Choice::new("none", "Không nhận trợ cấp nào")
                .or_before()
                .exclusive(),
        ]
    };
    view! {
        <Field name="c_error" label="Bạn đang nhận trợ cấp nào?" group=true error="Chọn trợ cấp bạn đang nhận, hoặc chọn “Không nhận trợ cấp nào”">
            <Checkboxes options=options()/>
        </Field>
    }
    .into_any()
}
