//! Named examples of `HandOffCode`, and of the pages of the counter around it: the
//! citizen's page with a code just made (the office has opened the draft already), and the
//! officer filling the draft in for the citizen. The single source of the demo's pages, of
//! the markup test over every example and of the end-to-end crawl.

use dvc_procedure::screen::Screen;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::{HandOffCode, ProcedureScreen};
use leptos::prelude::*;
use std::sync::Arc;

/// What the demo says about `HandOffCode`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "hand-off-code",
    component: "HandOffCode",
    title: "Mã nhờ cán bộ tại quầy",
    title_en: "The code for help at the counter",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "ma_vua_tao",
            title: "Mã vừa tạo",
            title_en: "A code just made",
            render: ma_vua_tao,
            whole_page: false,
        },
        Example {
            name: "tai_quay",
            title: "Trang nhờ cán bộ tại quầy: mã vừa tạo, hồ sơ đã được mở",
            title_en: "The help-at-the-counter page: a code just made, the dossier opened",
            render: tai_quay,
            whole_page: true,
        },
        Example {
            name: "can_bo_lam_thay",
            title: "Cán bộ làm hồ sơ thay công dân tại quầy",
            title_en: "An officer filling in a dossier for the citizen at the counter",
            render: can_bo_lam_thay,
            whole_page: true,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Khi người dân cần cán bộ Bộ phận Một cửa làm tiếp hồ sơ đang làm dở: trang thủ tục tạo một mã 6 chữ số dùng một lần trong 10 phút, người dân đọc cho cán bộ ngồi trước mặt. Không dùng mã này để đăng nhập hay xác thực người dân."</p> }.into_any()
}

fn ma_vua_tao() -> AnyView {
    view! { <HandOffCode code="482 913" until="10:52"/> }.into_any()
}

fn tai_quay() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 2
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan.", en = "I declare." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
answer = { kind = "whole-number", min = 1, max = 10 }
"#,
    );
    let screen = Screen::Counter {
        code: Some(("482 913".into(), "10:52".into())),
        opened: Some((
            "Bộ phận Một cửa UBND xã Tả Phìn".into(),
            "10:31, 05/12/2026".into(),
        )),
        back: "/thu-tuc/cap-ban-sao-trich-luc-khai-sinh/so-ban".into(),
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn can_bo_lam_thay() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 2
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan.", en = "I declare." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
answer = { kind = "whole-number", min = 1, max = 10 }
"#,
    );
    let base = "/mot-cua/tai-quay/vi-du";
    let screen = Screen::Question {
        page: "so-ban".into(),
        answers: Vec::new(),
        values: vec![("so-ban".into(), "2".into())],
        problems: Vec::new(),
        back: base.into(),
        action: format!("{base}/so-ban"),
        not_saved: false,
        item: false,
        vouched: None,
        kept: Vec::new(),
    };
    match file {
        Ok(file) => view! {
            <ProcedureScreen file=Arc::new(file) base=base screen=screen on_behalf=Some("Lò Thị Mai".to_string())/>
        }
        .into_any(),
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}
