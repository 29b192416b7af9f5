//! Named examples of `Timeline`: the single source of its demo page, of the markup test over
//! every example and of the end-to-end crawl.

use dvc_ui::content::{Event, Timeline};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `Timeline`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "timeline",
    component: "Timeline",
    title: "Quá trình xử lý hồ sơ",
    title_en: "Timeline",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "can_bo_sung",
        title: "Hồ sơ cần bổ sung",
        title_en: "A dossier that needs more papers",
        render: can_bo_sung,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! { <p>"Trên trang một hồ sơ, cho người dân và cán bộ: mỗi việc đã xảy ra, do cơ quan nào (không ghi thông tin riêng của cán bộ), lúc nào, mới nhất ở trên. Lý do cần bổ sung hoặc từ chối ghi đầy đủ."</p> }.into_any()
}

fn can_bo_sung() -> AnyView {
    view! {
        <h2>"Quá trình xử lý"</h2>
        <Timeline events=vec![
            Event {
                what: "Cần bổ sung giấy tờ".into(),
                who: "Bộ phận Một cửa UBND phường Ba Đình".into(),
                when: "14:30, 06/12/2026".into(),
                datetime: "2026-12-06T14:30+07:00".into(),
                detail: Some("Bản chụp hợp đồng thuê nhà bị mờ trang 2. Hãy gửi lại trước ngày 13/12/2026.".into()),
            },
            Event {
                what: "Đã tiếp nhận".into(),
                who: "Bộ phận Một cửa UBND phường Ba Đình".into(),
                when: "9:15, 05/12/2026".into(),
                datetime: "2026-12-05T09:15+07:00".into(),
                detail: None,
            },
            Event {
                what: "Đã nộp hồ sơ".into(),
                who: "Bạn".into(),
                when: "20:02, 04/12/2026".into(),
                datetime: "2026-12-04T20:02+07:00".into(),
                detail: None,
            },
        ]/>
    }
    .into_any()
}
