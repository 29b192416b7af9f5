//! Named examples of `QuestionPage`: the single source of its demo page (each example a
//! page of its own, as a procedure's question is), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown:
//! a small procedure file and one of its pages.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::QuestionPage;
use leptos::prelude::*;
use std::sync::Arc;

/// What the demo says about `QuestionPage`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "question-page",
    component: "QuestionPage",
    title: "Trang câu hỏi của một thủ tục",
    title_en: "A procedure's question page",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "so_nguyen",
            title: "Một số nguyên, có gợi ý",
            title_en: "A whole number, with a hint",
            render: so_nguyen,
            whole_page: true,
        },
        Example {
            name: "lua_chon_co_cau_hoi_phu",
            title: "Một lựa chọn có câu hỏi phụ",
            title_en: "A choice with a follow-up question",
            render: lua_chon_co_cau_hoi_phu,
            whole_page: true,
        },
        Example {
            name: "noi_chon",
            title: "Một nơi (tỉnh, xã), tìm được theo bản đồ cũ",
            title_en: "A place (province, commune), found on the old map too",
            render: noi_chon,
            whole_page: true,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Mỗi trang câu hỏi của mọi thủ tục viết bằng tệp (dvc-procedure): câu hỏi là tiêu đề trang, quy tắc kiểm tra lấy từ tệp, đúng như máy chủ kiểm tra. Tỉnh thêm thủ tục bằng cách viết tệp, không viết mã."</p> }.into_any()
}

fn so_nguyen() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "vi-du"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày", en = "The same day" }
declaration = { vi = "Tôi cam đoan.", en = "I declare." }

[start]
purpose = { vi = "Xin bản sao.", en = "Ask for copies." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
hint = { vi = "Từ 1 đến 10 bản, mỗi bản 8.000 ₫.", en = "From 1 to 10 copies, 8.000 ₫ each." }
answer = { kind = "whole-number", min = 1, max = 10 }
"#,
    );
    match file {
        Ok(file) => view! { <QuestionPage file=Arc::new(file) page="so-ban"/> }.into_any(),
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn lua_chon_co_cau_hoi_phu() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "vi-du"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày", en = "The same day" }
declaration = { vi = "Tôi cam đoan.", en = "I declare." }

[start]
purpose = { vi = "Xin bản sao.", en = "Ask for copies." }

[[page]]
id = "cho-ai"
question = { vi = "Bạn xin bản sao cho ai?", en = "Who is the copy for?" }
answer = { kind = "one-of", options = [
  { value = "ban-than", label = { vi = "Cho bản thân tôi", en = "Myself" } },
  { value = "con", label = { vi = "Cho con tôi", en = "My child" } },
  { value = "nguoi-khac", label = { vi = "Cho người khác", en = "Someone else" }, follow_up = [
    { name = "quan-he", label = { vi = "Bạn là gì của người đó?", en = "How are you related to them?" }, answer = { kind = "text", max = 100 } },
  ] },
] }
"#,
    );
    match file {
        Ok(file) => view! { <QuestionPage file=Arc::new(file) page="cho-ai"/> }.into_any(),
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn noi_chon() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "vi-du"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { by = "noi-dang-ky", table = "commune" }
sign_in = 0
takes = { vi = "Trong ngày", en = "The same day" }
declaration = { vi = "Tôi cam đoan.", en = "I declare." }

[start]
purpose = { vi = "Xin bản sao.", en = "Ask for copies." }

[[page]]
id = "noi-dang-ky"
question = { vi = "Khai sinh được đăng ký ở xã, phường nào?", en = "In which commune or ward was the birth registered?" }
hint = { vi = "Nếu đăng ký trước 1/7/2025, bạn có thể tìm theo tỉnh, huyện, xã cũ.", en = "If it was registered before 1 July 2025, you can look it up by the old province, district and commune." }
answer = { kind = "place", old_map = true }
"#,
    );
    match file {
        Ok(file) => view! { <QuestionPage file=Arc::new(file) page="noi-dang-ky"/> }.into_any(),
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}
