//! Named examples of `NameInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `NameInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "name-input",
    component: "NameInput",
    title: "Họ và tên",
    title_en: "Full name",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "ten_e_de",
            title: "Hợp lệ: tên Ê Đê",
            title_en: "Valid: an Ê Đê name",
            render: ten_e_de,
            whole_page: false,
        },
        Example {
            name: "co_chu_so",
            title: "Sai: có chữ số",
            title_en: "Wrong: contains digits",
            render: co_chu_so,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Nhận chữ tiếng Việt có dấu và chữ của các tiếng dân tộc Tây Nguyên (ƀ č ñ ĕ ĭ ŏ ŭ, và ô ê â ơ ư có dấu trăng), dấu nháy (H'Hen Niê) và gạch ngang. Lưu ở dạng chuẩn NFC, gộp dấu cách thừa. Chữ số và ký hiệu bị từ chối, kèm tên ký tự sai."</p>
    }
    .into_any()
}

fn ten_e_de() -> AnyView {
    view! {
        <Form id="f-name-ok"><NameInput name="name_ok" value=RwSignal::new("H’Hen Niê".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}

fn co_chu_so() -> AnyView {
    view! {
        <Form id="f-name-bad"><NameInput name="name_bad" value=RwSignal::new("Nguyễn Văn 2".to_string())/><Button>"Kiểm tra"</Button></Form>
    }
    .into_any()
}
