//! Named examples of `FileUpload`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::FileUpload;
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `FileUpload`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "file-upload",
    component: "FileUpload",
    title: "Tải tệp lên",
    title_en: "File upload",
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
        <p>"Dùng để đính kèm giấy tờ của hồ sơ. Loại tệp và dung lượng được kiểm tra ngay khi chọn; tệp không nhận được nêu tên và lý do. Có thể chọn thêm tệp nhiều lần và xoá từng tệp. Kéo thả chỉ là cách thêm; mọi việc đều làm được bằng bàn phím."</p>
    }
    .into_any()
}

fn trong() -> AnyView {
    view! {
        <Field name="f_attachments" label="Giấy tờ kèm theo" hint="PDF, JPG hoặc PNG; mỗi tệp tối đa 5 MB; tối đa 5 tệp.">
            <FileUpload accept=vec!["pdf", "jpg", "jpeg", "png"] max_bytes=5_000_000 max_files=5/>
        </Field>
    }
    .into_any()
}

fn co_loi() -> AnyView {
    view! {
        <Field name="f_error" label="Ảnh chân dung" error="Chọn ảnh chân dung của bạn">
            <FileUpload accept=vec!["jpg", "jpeg", "png"] max_bytes=2_000_000 max_files=1/>
        </Field>
    }
    .into_any()
}
