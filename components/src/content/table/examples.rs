//! Named examples of `Table`: the single source of its demo page, of the markup test over
//! every example and of the end-to-end crawl.

use dvc_ui::content::{Column, SortDirection, Table};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `Table`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "table",
    component: "Table",
    title: "Bảng",
    title_en: "Table",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "bieu_phi",
            title: "Biểu phí (cột số căn phải)",
            title_en: "A fee schedule (numbers right-aligned)",
            render: bieu_phi,
            whole_page: false,
        },
        Example {
            name: "sap_xep",
            title: "Hàng hồ sơ sắp xếp được",
            title_en: "A queue of dossiers that sorts",
            render: sap_xep,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Cho xem dữ liệu để so sánh theo hàng và cột: hàng hồ sơ của cán bộ, biểu phí, danh sách hồ sơ của công dân. Tiêu đề bảng (caption) nói bảng cho biết gì; số căn phải. Cột sắp xếp được có tiêu đề là liên kết tới cùng danh sách đã sắp xếp theo cột đó (máy chủ sắp xếp, không cần JavaScript)."</p>
        <p>"Không dùng bảng để dàn trang. Với các cặp tên và giá trị, dùng SummaryList."</p>
    }
    .into_any()
}

fn bieu_phi() -> AnyView {
    view! {
        <Table
            caption="Lệ phí cấp bản sao trích lục khai sinh".to_string()
            columns=vec![Column::new("Việc"), Column::new("Lệ phí").numeric()]
            rows=vec![
                vec!["Một bản sao".into(), "8.000 ₫".into()],
                vec!["Gửi qua bưu điện".into(), "25.000 ₫".into()],
                vec!["Nộp trực tuyến (giảm 50%)".into(), "4.000 ₫".into()],
            ]
            first_cell_is_header=true
        />
    }
    .into_any()
}

fn sap_xep() -> AnyView {
    view! {
        <Table
            caption="Hồ sơ đang chờ xử lý".to_string()
            columns=vec![
                Column::new("Mã hồ sơ"),
                Column::new("Thủ tục").sorts("?sap-xep=thu-tuc", None),
                Column::new("Ngày nhận").sorts("?sap-xep=ngay-nhan-giam", Some(SortDirection::Ascending)),
                Column::new("Số giấy tờ").numeric().sorts("?sap-xep=so-giay-to", None),
            ]
            rows=vec![
                vec!["000.00.12.H62-261201-0003".into(), "Cấp bản sao trích lục khai sinh".into(), "01/12/2026".into(), "2".into()],
                vec!["000.00.12.H62-261203-0001".into(), "Thông báo lưu trú".into(), "03/12/2026".into(), "5".into()],
                vec!["000.00.12.H62-261205-0012".into(), "Đăng ký thường trú".into(), "05/12/2026".into(), "11".into()],
            ]
            first_cell_is_header=true
        />
    }
    .into_any()
}
