//! Named examples of `ProcedureScreen`: the single source of its demo pages (each a page
//! of its own, as the engine serves it), of the markup test over every example and of the
//! end-to-end crawl. Each example is one function; its body is the code shown: a small
//! procedure file and the screen the server worked out for it.

use dvc_procedure::read_back::Row;
use dvc_procedure::route::FeeLine;
use dvc_procedure::screen::{FeeStep, PayState, Receipt, Screen};
use dvc_rules::vietqr::{Service, Transfer};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::ProcedureScreen;
use leptos::prelude::*;
use std::sync::Arc;

/// What the demo says about `ProcedureScreen`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "procedure-screen",
    component: "ProcedureScreen",
    title: "Các trang của một thủ tục",
    title_en: "A procedure's pages",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "trang_bat_dau",
            title: "Trang bắt đầu, có hồ sơ đang làm dở",
            title_en: "The start page, with a dossier in progress",
            render: trang_bat_dau,
            whole_page: true,
        },
        Example {
            name: "danh_sach_khach",
            title: "Danh sách lặp lại (thêm người khác)",
            title_en: "A repeating list (add another)",
            render: danh_sach_khach,
            whole_page: true,
        },
        Example {
            name: "kiem_tra",
            title: "Kiểm tra câu trả lời, phí và lời cam đoan",
            title_en: "Check answers, the fee and the declaration",
            render: kiem_tra,
            whole_page: true,
        },
        Example {
            name: "da_nop",
            title: "Đã nộp hồ sơ",
            title_en: "Dossier submitted",
            render: da_nop,
            whole_page: true,
        },
        Example {
            name: "nop_phi",
            title: "Nộp phí, sau một lần thanh toán không thành",
            title_en: "Paying the fee, after a payment that failed",
            render: nop_phi,
            whole_page: true,
        },
        Example {
            name: "chuyen_khoan",
            title: "Chuyển khoản VietQR, chờ ngân hàng xác nhận",
            title_en: "A VietQR transfer, waiting for the bank",
            render: chuyen_khoan,
            whole_page: true,
        },
        Example {
            name: "thanh_toan",
            title: "Đã thanh toán (cổng thanh toán gửi về)",
            title_en: "Paid (back from the payment gateway)",
            render: thanh_toan,
            whole_page: true,
        },
        Example {
            name: "bien_lai",
            title: "Biên lai",
            title_en: "The receipt",
            render: bien_lai,
            whole_page: true,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Mọi trang mà bộ máy thủ tục (dvc-server) phục vụ cho một tệp thủ tục: trang bắt đầu, từng câu hỏi, kiểm tra câu trả lời, đã lưu, đã nộp. Máy chủ quyết định trang nào và nói gì; thành phần này chỉ vẽ, giống nhau cho mọi thủ tục."</p> }.into_any()
}

fn trang_bat_dau() -> AnyView {
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
need = [{ vi = "Số định danh cá nhân", en = "The personal identification number" }]

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
answer = { kind = "whole-number", min = 1, max = 10 }
"#,
    );
    let screen = Screen::Start {
        begin: "/thu-tuc/cap-ban-sao-trich-luc-khai-sinh/so-ban".into(),
        resume: Some((
            "/thu-tuc/cap-ban-sao-trich-luc-khai-sinh/so-ban".into(),
            "31/12/2026".into(),
        )),
        sent: None,
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen counter=true/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn kiem_tra() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan những thông tin trên là đúng sự thật.", en = "I declare that the information above is true." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
short = { vi = "Số bản sao", en = "Copies" }
answer = { kind = "whole-number", min = 1, max = 10 }

[[fee]]
item = { vi = "Phí cấp bản sao trích lục", en = "Charge for a copy of the extract" }
amount = 8000
times = "so-ban"
receiver = "agency"
"#,
    );
    let screen = Screen::CheckAnswers {
        rows: vec![Row {
            page: "so-ban".into(),
            question: "Số bản sao".into(),
            answer: "3".into(),
        }],
        fees: vec![FeeLine {
            item: "Phí cấp bản sao trích lục".into(),
            unit: 8_000,
            count: 3,
            amount: 24_000,
            receiver: "agency".into(),
        }],
        back: "/thu-tuc/cap-ban-sao-trich-luc-khai-sinh/so-ban".into(),
        missing: None,
        problems: Vec::new(),
        not_saved: false,
        vouched: Vec::new(),
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn da_nop() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan những thông tin trên là đúng sự thật.", en = "I declare that the information above is true." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
short = { vi = "Số bản sao", en = "Copies" }
answer = { kind = "whole-number", min = 1, max = 10 }

[[fee]]
item = { vi = "Phí cấp bản sao trích lục", en = "Charge for a copy of the extract" }
amount = 8000
times = "so-ban"
receiver = "agency"
"#,
    );
    let screen = Screen::Sent {
        code: "000.00.12.H26-261205-0001".into(),
        fees: vec![FeeLine {
            item: "Phí cấp bản sao trích lục".into(),
            unit: 8_000,
            count: 3,
            amount: 24_000,
            receiver: "agency".into(),
        }],
        fee: FeeStep::Due,
        follow: Some("/ho-so-cua-toi".into()),
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn danh_sach_khach() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "1.004194"
slug = "thong-bao-luu-tru"
title = { vi = "Thông báo lưu trú", en = "Notify a stay" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Tiếp nhận ngay", en = "Received at once" }
declaration = { vi = "Tôi cam đoan.", en = "I declare." }

[start]
purpose = { vi = "Báo lưu trú.", en = "Notify a stay." }

[[page]]
id = "khach"
question = { vi = "Những ai lưu trú?", en = "Who is staying?" }
group = { item = { vi = "Khách", en = "Guest" }, min = 1, max = 20, fields = [
  { name = "ho-ten", label = { vi = "Họ và tên", en = "Full name" }, answer = { kind = "name" } },
] }
"#,
    );
    let screen = Screen::GroupList {
        page: "khach".into(),
        items: vec![
            Row {
                page: "khach/1".into(),
                question: "Khách 1".into(),
                answer: "Nguyễn Văn An, 01/02/1990".into(),
            },
            Row {
                page: "khach/2".into(),
                question: "Khách 2".into(),
                answer: "Trần Thị Bình, 03/02/1990".into(),
            },
        ],
        needs_more: false,
        can_add: true,
        back: "/thu-tuc/thong-bao-luu-tru/noi-luu-tru".into(),
        action: "/thu-tuc/thong-bao-luu-tru/khach".into(),
        problems: Vec::new(),
    };
    match file {
        Ok(file) => view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/thong-bao-luu-tru" screen=screen/> }.into_any(),
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn nop_phi() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan những thông tin trên là đúng sự thật.", en = "I declare that the information above is true." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
short = { vi = "Số bản sao", en = "Copies" }
answer = { kind = "whole-number", min = 1, max = 10 }

[[fee]]
item = { vi = "Phí cấp bản sao trích lục", en = "Charge for a copy of the extract" }
amount = 8000
times = "so-ban"
receiver = "agency"
"#,
    );
    let screen = Screen::Pay {
        code: "000.00.12.H26-261205-0001".into(),
        fees: vec![FeeLine {
            item: "Phí cấp bản sao trích lục".into(),
            unit: 8_000,
            count: 3,
            amount: 24_000,
            receiver: "agency".into(),
        }],
        earlier: Some(PayState::Failed),
        gateway: Some("VNPAY".into()),
        problems: Vec::new(),
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn chuyen_khoan() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan những thông tin trên là đúng sự thật.", en = "I declare that the information above is true." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
short = { vi = "Số bản sao", en = "Copies" }
answer = { kind = "whole-number", min = 1, max = 10 }

[[fee]]
item = { vi = "Phí cấp bản sao trích lục", en = "Charge for a copy of the extract" }
amount = 8000
times = "so-ban"
receiver = "agency"
"#,
    );
    let transfer = Transfer::new("970418", "12010000000000", Service::Account)
        .with_amount(24_000)
        .with_purpose("000.00.12.H26-261205-0001");
    let screen = Screen::Transfer {
        code: "000.00.12.H26-261205-0001".into(),
        transfer,
        bank_name: "BIDV".into(),
        account_holder: "UBND XA VI DU (TRINH DIEN)".into(),
        state: PayState::Pending,
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn thanh_toan() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan những thông tin trên là đúng sự thật.", en = "I declare that the information above is true." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
short = { vi = "Số bản sao", en = "Copies" }
answer = { kind = "whole-number", min = 1, max = 10 }

[[fee]]
item = { vi = "Phí cấp bản sao trích lục", en = "Charge for a copy of the extract" }
amount = 8000
times = "so-ban"
receiver = "agency"
"#,
    );
    let screen = Screen::Payment {
        code: "000.00.12.H26-261205-0001".into(),
        state: PayState::Paid,
        return_refused: false,
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}

fn bien_lai() -> AnyView {
    let file = dvc_procedure::read(
        "vi-du.toml",
        r#"
[procedure]
code = "2.000635"
slug = "cap-ban-sao-trich-luc-khai-sinh"
title = { vi = "Cấp bản sao trích lục khai sinh", en = "Copy of a birth extract" }
agency = { code = "000.00.12.H26" }
sign_in = 0
takes = { vi = "Trong ngày làm việc", en = "Within the working day" }
declaration = { vi = "Tôi cam đoan những thông tin trên là đúng sự thật.", en = "I declare that the information above is true." }

[start]
purpose = { vi = "Xin bản sao trích lục khai sinh.", en = "Ask for a copy of a birth extract." }

[[page]]
id = "so-ban"
question = { vi = "Bạn cần bao nhiêu bản sao?", en = "How many copies do you need?" }
short = { vi = "Số bản sao", en = "Copies" }
answer = { kind = "whole-number", min = 1, max = 10 }

[[fee]]
item = { vi = "Phí cấp bản sao trích lục", en = "Charge for a copy of the extract" }
amount = 8000
times = "so-ban"
receiver = "agency"
"#,
    );
    let screen = Screen::Receipt {
        code: "000.00.12.H26-261205-0001".into(),
        fees: vec![FeeLine {
            item: "Phí cấp bản sao trích lục".into(),
            unit: 8_000,
            count: 3,
            amount: 24_000,
            receiver: "agency".into(),
        }],
        paid: Some(Receipt {
            payer: "Nguyễn Thị Hoà".into(),
            paid_at: "20261205103000".into(),
            transaction: "14422574".into(),
            method: "gateway".into(),
            gateway: "VNPAY".into(),
            bank_code: "NCB".into(),
            collector: "UBND XA VI DU (TRINH DIEN)".into(),
        }),
    };
    match file {
        Ok(file) => {
            view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/cap-ban-sao-trich-luc-khai-sinh" screen=screen/> }
                .into_any()
        }
        Err(problems) => view! { <pre>{format!("{problems:?}")}</pre> }.into_any(),
    }
}
