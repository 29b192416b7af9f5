//! Named examples of `CaseScreen`: the single source of its demo pages (each a page of its
//! own, as the engine serves it), of the markup test over every example and of the
//! end-to-end crawl. Each example is one function; its body is the code shown: the page the
//! server worked out.

use dvc_procedure::casework::{Actor, CasePage, DossierLine, Event, Happened, MoreItem, Status};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::flow::CaseScreen;
use leptos::prelude::*;

/// What the demo says about `CaseScreen`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "case-screen",
    component: "CaseScreen",
    title: "Hồ sơ sau khi nộp",
    title_en: "A dossier after it is submitted",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "ho_so_cua_toi",
            title: "Hồ sơ của tôi",
            title_en: "My dossiers",
            render: ho_so_cua_toi,
            whole_page: true,
        },
        Example {
            name: "can_bo_sung",
            title: "Một hồ sơ cần bổ sung",
            title_en: "A dossier that needs more",
            render: can_bo_sung,
            whole_page: true,
        },
        Example {
            name: "bo_sung",
            title: "Bổ sung hồ sơ: chỉ những mục được yêu cầu",
            title_en: "Sending more: only what was asked for",
            render: bo_sung,
            whole_page: true,
        },
        Example {
            name: "bo_sung_chua_sua",
            title: "Bổ sung hồ sơ: gửi khi chưa sửa gì",
            title_en: "Sending more with nothing changed",
            render: bo_sung_chua_sua,
            whole_page: true,
        },
        Example {
            name: "da_gui_bo_sung",
            title: "Vừa gửi bổ sung",
            title_en: "More just sent",
            render: da_gui_bo_sung,
            whole_page: true,
        },
        Example {
            name: "tu_choi",
            title: "Một hồ sơ bị từ chối, có lý do và căn cứ",
            title_en: "A refused dossier, with the reason and legal basis",
            render: tu_choi,
            whole_page: true,
        },
        Example {
            name: "tra_cuu_khong_thay",
            title: "Tra cứu bằng mã hồ sơ: không tìm thấy",
            title_en: "Look-up by code: not found",
            render: tra_cuu_khong_thay,
            whole_page: true,
        },
        Example {
            name: "tra_cuu_thay",
            title: "Tra cứu bằng mã hồ sơ: tình trạng",
            title_en: "Look-up by code: the status",
            render: tra_cuu_thay,
            whole_page: true,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Mọi trang của hồ sơ sau khi nộp mà bộ máy thủ tục (dvc-server) phục vụ cho người dân: danh sách hồ sơ của tôi, từng hồ sơ với quá trình xử lý, yêu cầu bổ sung có lý do và hạn, tra cứu bằng mã hồ sơ. Máy chủ quyết định ai được xem gì; thành phần này chỉ vẽ."</p> }.into_any()
}

fn ho_so_cua_toi() -> AnyView {
    let line = |code: &str, procedure: &str, due: Option<&str>, status: Status| DossierLine {
        code: code.into(),
        procedure: procedure.into(),
        href: format!("/ho-so-cua-toi/{code}"),
        submitted: "01/12/2026".into(),
        due: due.map(String::from),
        status,
    };
    let asked = Event {
        happened: Happened::MoreAsked,
        by: Actor::Office("Bộ phận Một cửa UBND phường Ba Đình".into()),
        when: "09:15, 04/12/2026".into(),
        datetime: "2026-12-04T09:15+07:00".into(),
        reason: Some("Ảnh giấy tờ chỗ ở bị mờ.".into()),
        basis: None,
        due: Some("10/12/2026".into()),
        items: vec!["Giấy tờ chứng minh chỗ ở hợp pháp".into()],
    };
    let page = CasePage::Mine {
        notices: vec![(
            "000.00.12.H62-261203-0004".into(),
            "/ho-so-cua-toi/000.00.12.H62-261203-0004".into(),
            asked,
        )],
        dossiers: vec![
            line(
                "000.00.12.H62-261203-0004",
                "Đăng ký thường trú",
                Some("10/12/2026"),
                Status::NeedsMore,
            ),
            line(
                "000.00.12.H62-261202-0011",
                "Cấp bản sao trích lục khai sinh",
                Some("03/12/2026"),
                Status::ResultReady,
            ),
            line(
                "000.00.12.H62-261201-0002",
                "Thông báo lưu trú",
                None,
                Status::Waiting,
            ),
        ],
    };
    view! { <CaseScreen page=page/> }.into_any()
}

fn can_bo_sung() -> AnyView {
    let office = Actor::Office("Bộ phận Một cửa UBND phường Ba Đình".into());
    let asked = Event {
        happened: Happened::MoreAsked,
        by: office.clone(),
        when: "09:15, 04/12/2026".into(),
        datetime: "2026-12-04T09:15+07:00".into(),
        reason: Some("Ảnh giấy tờ chỗ ở bị mờ, không đọc được số thửa đất.".into()),
        basis: None,
        due: Some("10/12/2026".into()),
        items: vec!["Giấy tờ chứng minh chỗ ở hợp pháp".into()],
    };
    let page = CasePage::Dossier {
        line: DossierLine {
            code: "000.00.12.H62-261203-0004".into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/ho-so-cua-toi/000.00.12.H62-261203-0004".into(),
            submitted: "03/12/2026".into(),
            due: Some("10/12/2026".into()),
            status: Status::NeedsMore,
        },
        answer_more: Some("/ho-so-cua-toi/000.00.12.H62-261203-0004/bo-sung".into()),
        sent_more: false,
        asked: Some(asked.clone()),
        timeline: vec![
            asked,
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
        rows: vec![
            ("Họ và tên".into(), "Lò Văn Páo".into()),
            (
                "Địa chỉ thường trú".into(),
                "Số 12 phố Kim Mã, Phường Ba Đình, Thành phố Hà Nội".into(),
            ),
            (
                "Giấy tờ chứng minh chỗ ở hợp pháp".into(),
                "so-do.jpg".into(),
            ),
        ],
        receipt: None,
        back: "/ho-so-cua-toi".into(),
    };
    view! { <CaseScreen page=page/> }.into_any()
}

fn bo_sung() -> AnyView {
    let page = CasePage::More {
        line: DossierLine {
            code: "000.00.12.H62-261203-0004".into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/ho-so-cua-toi/000.00.12.H62-261203-0004".into(),
            submitted: "03/12/2026".into(),
            due: Some("10/12/2026".into()),
            status: Status::NeedsMore,
        },
        asked: Event {
            happened: Happened::MoreAsked,
            by: Actor::Office("Bộ phận Một cửa UBND phường Ba Đình".into()),
            when: "09:15, 04/12/2026".into(),
            datetime: "2026-12-04T09:15+07:00".into(),
            reason: Some("Ảnh giấy tờ chỗ ở bị mờ; số điện thoại không gọi được.".into()),
            basis: None,
            due: Some("10/12/2026".into()),
            items: vec![
                "Giấy tờ chứng minh chỗ ở hợp pháp".into(),
                "Số điện thoại".into(),
            ],
        },
        items: vec![
            MoreItem {
                page: "giay-to-cho-o".into(),
                question: "Giấy tờ chứng minh chỗ ở hợp pháp".into(),
                answer: "so-do-chup-lai.jpg (1,2 MB)".into(),
                href: "/ho-so-cua-toi/000.00.12.H62-261203-0004/bo-sung/giay-to-cho-o".into(),
                changed: true,
            },
            MoreItem {
                page: "so-dien-thoai".into(),
                question: "Số điện thoại".into(),
                answer: "0912 345 678".into(),
                href: "/ho-so-cua-toi/000.00.12.H62-261203-0004/bo-sung/so-dien-thoai".into(),
                changed: false,
            },
        ],
        unchanged: false,
        request: 1,
        back: "/ho-so-cua-toi/000.00.12.H62-261203-0004".into(),
    };
    view! { <CaseScreen page=page/> }.into_any()
}

fn bo_sung_chua_sua() -> AnyView {
    let page = CasePage::More {
        line: DossierLine {
            code: "000.00.12.H62-261203-0004".into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/ho-so-cua-toi/000.00.12.H62-261203-0004".into(),
            submitted: "03/12/2026".into(),
            due: Some("10/12/2026".into()),
            status: Status::NeedsMore,
        },
        asked: Event {
            happened: Happened::MoreAsked,
            by: Actor::Office("Bộ phận Một cửa UBND phường Ba Đình".into()),
            when: "09:15, 04/12/2026".into(),
            datetime: "2026-12-04T09:15+07:00".into(),
            reason: Some("Ảnh giấy tờ chỗ ở bị mờ, không đọc được số thửa đất.".into()),
            basis: None,
            due: Some("10/12/2026".into()),
            items: vec!["Giấy tờ chứng minh chỗ ở hợp pháp".into()],
        },
        items: vec![MoreItem {
            page: "giay-to-cho-o".into(),
            question: "Giấy tờ chứng minh chỗ ở hợp pháp".into(),
            answer: "so-do.jpg (850 KB)".into(),
            href: "/ho-so-cua-toi/000.00.12.H62-261203-0004/bo-sung/giay-to-cho-o".into(),
            changed: false,
        }],
        unchanged: true,
        request: 1,
        back: "/ho-so-cua-toi/000.00.12.H62-261203-0004".into(),
    };
    view! { <CaseScreen page=page/> }.into_any()
}

fn da_gui_bo_sung() -> AnyView {
    let page = CasePage::Dossier {
        line: DossierLine {
            code: "000.00.12.H62-261203-0004".into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/ho-so-cua-toi/000.00.12.H62-261203-0004".into(),
            submitted: "03/12/2026".into(),
            due: None,
            status: Status::Waiting,
        },
        answer_more: None,
        sent_more: true,
        asked: None,
        timeline: vec![
            Event {
                happened: Happened::MoreSent,
                by: Actor::Citizen,
                when: "19:02, 05/12/2026".into(),
                datetime: "2026-12-05T19:02+07:00".into(),
                reason: None,
                basis: None,
                due: None,
                items: vec!["Giấy tờ chứng minh chỗ ở hợp pháp".into()],
            },
            Event {
                happened: Happened::MoreAsked,
                by: Actor::Office("Bộ phận Một cửa UBND phường Ba Đình".into()),
                when: "09:15, 04/12/2026".into(),
                datetime: "2026-12-04T09:15+07:00".into(),
                reason: Some("Ảnh giấy tờ chỗ ở bị mờ, không đọc được số thửa đất.".into()),
                basis: None,
                due: Some("10/12/2026".into()),
                items: vec!["Giấy tờ chứng minh chỗ ở hợp pháp".into()],
            },
        ],
        rows: vec![
            ("Họ và tên".into(), "Lò Văn Páo".into()),
            (
                "Giấy tờ chứng minh chỗ ở hợp pháp".into(),
                "so-do-chup-lai.jpg".into(),
            ),
        ],
        receipt: None,
        back: "/ho-so-cua-toi".into(),
    };
    view! { <CaseScreen page=page/> }.into_any()
}

fn tu_choi() -> AnyView {
    let office = Actor::Office("Bộ phận Một cửa UBND xã Tả Van".into());
    let at = |when: &str, datetime: &str| (when.to_string(), datetime.to_string());
    let (w1, d1) = at("16:02, 05/12/2026", "2026-12-05T16:02+07:00");
    let (w2, d2) = at("08:30, 02/12/2026", "2026-12-02T08:30+07:00");
    let (w3, d3) = at("21:10, 01/12/2026", "2026-12-01T21:10+07:00");
    let page = CasePage::Dossier {
        line: DossierLine {
            code: "000.00.31.H62-261201-0007".into(),
            procedure: "Đăng ký thường trú".into(),
            href: "/ho-so-cua-toi/000.00.31.H62-261201-0007".into(),
            submitted: "01/12/2026".into(),
            due: Some("09/12/2026".into()),
            status: Status::Refused,
        },
        answer_more: None,
        sent_more: false,
        asked: None,
        timeline: vec![
            Event {
                happened: Happened::Refused,
                by: office.clone(),
                when: w1,
                datetime: d1,
                reason: Some(
                    "Chỗ ở thuộc địa điểm không được đăng ký thường trú mới (đất lấn chiếm)."
                        .into(),
                ),
                basis: Some("Điều 23 khoản 1 Luật Cư trú 2020".into()),
                due: None,
                items: vec![],
            },
            Event {
                happened: Happened::Accepted,
                by: office,
                when: w2,
                datetime: d2,
                reason: None,
                basis: None,
                due: Some("09/12/2026".into()),
                items: vec![],
            },
            Event {
                happened: Happened::Submitted,
                by: Actor::Citizen,
                when: w3,
                datetime: d3,
                reason: None,
                basis: None,
                due: None,
                items: vec![],
            },
        ],
        rows: vec![("Họ và tên".into(), "Giàng Thị Mỷ".into())],
        receipt: None,
        back: "/ho-so-cua-toi".into(),
    };
    view! { <CaseScreen page=page/> }.into_any()
}

fn tra_cuu_khong_thay() -> AnyView {
    let page = CasePage::LookUp {
        values: vec![
            ("ma-ho-so".into(), "000.00.12.H62-261203-0004".into()),
            ("bon-so-cuoi".into(), "1234".into()),
        ],
        problems: vec![],
        not_found: true,
        locked_until: None,
    };
    view! { <CaseScreen page=page/> }.into_any()
}

fn tra_cuu_thay() -> AnyView {
    let page = CasePage::Found {
        line: DossierLine {
            code: "000.00.12.H62-261202-0011".into(),
            procedure: "Cấp bản sao trích lục khai sinh".into(),
            href: "/ho-so-cua-toi/000.00.12.H62-261202-0011".into(),
            submitted: "02/12/2026".into(),
            due: Some("03/12/2026".into()),
            status: Status::ResultReady,
        },
        sign_in: "/ho-so-cua-toi/000.00.12.H62-261202-0011".into(),
        again: "/tra-cuu-ho-so".into(),
    };
    view! { <CaseScreen page=page/> }.into_any()
}
