//! Named examples of `DeskScreen`: the single source of its demo pages (each a page of its
//! own, as the engine serves it), of the markup test over every example and of the
//! end-to-end crawl. Each example is one function; its body is the code shown: the page the
//! server worked out.

use dvc_procedure::casework::{Action, Actor, Askable, DeskPage, DossierLine};
use dvc_procedure::casework::{Event, Happened, Queue, QueueLine, Status};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::DeskScreen;
use leptos::prelude::*;

/// What the demo says about `DeskScreen`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "desk-screen",
    component: "DeskScreen",
    title: "Bộ phận Một cửa",
    title_en: "The one-stop desk",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "danh_sach",
            title: "Hồ sơ cần xử lý, có bộ lọc",
            title_en: "The queue, filtered",
            render: danh_sach,
            whole_page: true,
        },
        Example {
            name: "ho_so",
            title: "Một hồ sơ, vừa tiếp nhận",
            title_en: "A dossier, just received",
            render: ho_so,
            whole_page: true,
        },
        Example {
            name: "yeu_cau_bo_sung",
            title: "Yêu cầu bổ sung, thiếu lý do",
            title_en: "Asking for more, without a reason",
            render: yeu_cau_bo_sung,
            whole_page: true,
        },
        Example {
            name: "tai_quay",
            title: "Nhận hồ sơ tại quầy, mã đã dùng",
            title_en: "Taking a dossier at the counter, a code already used",
            render: tai_quay,
            whole_page: true,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Các trang của cán bộ Bộ phận Một cửa mà bộ máy thủ tục (dvc-server) phục vụ: đăng nhập (số định danh, mật khẩu, mã xác thực), danh sách hồ sơ của cơ quan có bộ lọc và sắp xếp, một hồ sơ với giấy tờ và quá trình xử lý, và trang của từng việc xử lý. Máy chủ quyết định ai được làm gì; thành phần này chỉ vẽ."</p> }.into_any()
}

fn danh_sach() -> AnyView {
    let line = |code: &str, status: Status, due: Option<&str>, applicant: &str| QueueLine {
        line: DossierLine {
            code: code.into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/mot-cua".into(),
            submitted: "03/12/2026".into(),
            due: due.map(String::from),
            status,
        },
        applicant: applicant.into(),
    };
    let queue = Queue {
        lines: vec![
            line(
                "000.00.12.H62-261203-0004",
                Status::Waiting,
                None,
                "Lò Văn Páo",
            ),
            line(
                "000.00.12.H62-261203-0007",
                Status::Waiting,
                None,
                "Giàng Thị Mỷ",
            ),
        ],
        total: 2,
        page: 1,
        pages: 1,
        statuses: vec![
            (Status::Waiting, 2, true),
            (Status::Processing, 14, false),
            (Status::NeedsMore, 3, false),
        ],
        procedures: vec![(
            "dang-ky-thuong-tru".into(),
            "Đăng ký thường trú".into(),
            true,
        )],
        from: "7-ngay".into(),
        to: String::new(),
        sort: "ngay-nhan".into(),
        descending: false,
        base: "/mot-cua".into(),
        query: vec![
            ("trang-thai".into(), "cho-tiep-nhan".into()),
            ("thu-tuc".into(), "dang-ky-thuong-tru".into()),
            ("nhan".into(), "7-ngay".into()),
        ],
    };
    let page = DeskPage::Queue {
        office: "Bộ phận Một cửa UBND phường Ba Đình".into(),
        queue,
    };
    view! { <DeskScreen page=page/> }.into_any()
}

fn ho_so() -> AnyView {
    let line = |code: &str, status: Status, due: Option<&str>, applicant: &str| QueueLine {
        line: DossierLine {
            code: code.into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/mot-cua".into(),
            submitted: "03/12/2026".into(),
            due: due.map(String::from),
            status,
        },
        applicant: applicant.into(),
    };
    let office = Actor::Office("Bộ phận Một cửa UBND phường Ba Đình".into());
    let page = DeskPage::Dossier {
        line: line(
            "000.00.12.H62-261203-0004",
            Status::Processing,
            Some("10/12/2026"),
            "Lò Văn Páo",
        ),
        rows: vec![
            ("Họ và tên".into(), "Lò Văn Páo".into()),
            (
                "Địa chỉ thường trú".into(),
                "Số 12 phố Kim Mã, Phường Ba Đình, Thành phố Hà Nội".into(),
            ),
        ],
        files: vec![("so-do.pdf".into(), 284_000, "/mot-cua".into())],
        timeline: vec![
            Event {
                happened: Happened::Accepted,
                by: office,
                when: "09:15, 04/12/2026".into(),
                datetime: "2026-12-04T09:15+07:00".into(),
                reason: None,
                basis: None,
                due: Some("10/12/2026".into()),
                items: vec![],
            },
            Event {
                happened: Happened::Submitted,
                by: Actor::Citizen,
                when: "20:41, 03/12/2026".into(),
                datetime: "2026-12-03T20:41+07:00".into(),
                reason: None,
                basis: None,
                due: None,
                items: vec![],
            },
        ],
        actions: vec![
            (Action::ResultReady, "/mot-cua".into()),
            (Action::AskMore, "/mot-cua".into()),
            (Action::Refuse, "/mot-cua".into()),
        ],
        done: Some(Happened::Accepted),
        back: "/mot-cua".into(),
    };
    view! { <DeskScreen page=page/> }.into_any()
}

fn yeu_cau_bo_sung() -> AnyView {
    let line = |code: &str, status: Status, due: Option<&str>, applicant: &str| QueueLine {
        line: DossierLine {
            code: code.into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/mot-cua".into(),
            submitted: "03/12/2026".into(),
            due: due.map(String::from),
            status,
        },
        applicant: applicant.into(),
    };
    let page = DeskPage::Act {
        line: line(
            "000.00.12.H62-261203-0004",
            Status::Waiting,
            None,
            "Lò Văn Páo",
        ),
        action: Action::AskMore,
        seen: Status::Waiting,
        askable: vec![
            Askable {
                page: "dia-chi".into(),
                words: "Địa chỉ thường trú".into(),
            },
            Askable {
                page: "giay-to".into(),
                words: "Giấy tờ chứng minh chỗ ở hợp pháp".into(),
            },
        ],
        values: vec![("can-bo-sung".into(), "giay-to".into())],
        problems: vec![dvc_rules::form::FieldProblem {
            name: "ly-do".into(),
            problem: dvc_rules::problem::Problem::new(dvc_rules::problem::ProblemCode::Required)
                .with("subject", "lý do"),
        }],
        moved: false,
        back: "/mot-cua".into(),
    };
    view! { <DeskScreen page=page/> }.into_any()
}

fn tai_quay() -> AnyView {
    let page = DeskPage::Counter {
        values: vec![("ma-tai-quay".into(), "482 913".into())],
        problems: vec![dvc_rules::form::FieldProblem {
            name: "ma-tai-quay".into(),
            problem: dvc_rules::problem::Problem::new(dvc_rules::problem::ProblemCode::Portal)
                .with("vi", "Mã này đã được dùng. Mỗi mã chỉ dùng một lần: nhờ công dân tạo mã mới")
                .with("en", "This code has been used. Each code works once: ask the citizen to make a new one"),
        }],
        back: "/mot-cua".into(),
    };
    view! { <DeskScreen page=page/> }.into_any()
}
