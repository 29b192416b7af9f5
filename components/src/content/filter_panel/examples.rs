//! Named examples of `FilterPanel`: the single source of its demo page, of the markup test
//! over every example and of the end-to-end crawl.

use dvc_ui::content::{FilterGroup, FilterPanel};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `FilterPanel`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "filter-panel",
    component: "FilterPanel",
    title: "Bộ lọc danh sách",
    title_en: "Filter panel",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "chua_loc",
            title: "Chưa chọn gì",
            title_en: "Nothing chosen",
            render: chua_loc,
            whole_page: false,
        },
        Example {
            name: "dang_loc",
            title: "Đang lọc theo trạng thái và thủ tục",
            title_en: "Filtered by status and procedure",
            render: dang_loc,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Khi một danh sách dài cần thu hẹp theo đặc điểm của từng mục, như hàng hồ sơ chờ xử lý của bộ phận một cửa (trạng thái, thủ tục, ngày nhận). Bộ lọc là một biểu mẫu gửi bằng địa chỉ (GET): danh sách đã lọc có địa chỉ riêng để đánh dấu, quay lại, tải lại. Dùng cùng bảng có sắp xếp và phân trang; giữ cách sắp xếp khi lọc."</p> }.into_any()
}

fn chua_loc() -> AnyView {
    let status = FilterGroup::several(
        "trang-thai",
        "Trạng thái",
        &[
            ("moi", "Mới nộp"),
            ("dang-xu-ly", "Đang xử lý"),
            ("bo-sung", "Chờ bổ sung"),
            ("co-ket-qua", "Có kết quả"),
        ],
    );
    let procedure = FilterGroup::one(
        "thu-tuc",
        "Thủ tục",
        &[
            ("1.004222", "Đăng ký thường trú"),
            ("2.000635", "Cấp bản sao trích lục khai sinh"),
            ("1.004194", "Thông báo lưu trú"),
        ],
    );
    view! { <FilterPanel action="/components/filter-panel" groups=vec![status, procedure] id="bo-loc-trong"/> }
        .into_any()
}

fn dang_loc() -> AnyView {
    let status = FilterGroup::several(
        "trang-thai",
        "Trạng thái",
        &[
            ("moi", "Mới nộp"),
            ("dang-xu-ly", "Đang xử lý"),
            ("bo-sung", "Chờ bổ sung"),
            ("co-ket-qua", "Có kết quả"),
        ],
    )
    .with_chosen(&["moi", "bo-sung"]);
    let procedure = FilterGroup::one(
        "thu-tuc",
        "Thủ tục",
        &[
            ("1.004222", "Đăng ký thường trú"),
            ("2.000635", "Cấp bản sao trích lục khai sinh"),
            ("1.004194", "Thông báo lưu trú"),
        ],
    )
    .with_chosen(&["1.004222"]);
    let sorting = vec![("sap-xep".to_string(), "ngay-nhan".to_string())];
    view! { <FilterPanel action="/components/filter-panel" groups=vec![status, procedure] keep=sorting id="bo-loc-dang"/> }
        .into_any()
}
