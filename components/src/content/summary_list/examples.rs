//! Named examples of `SummaryList` and `SummaryCard`: the single source of their demo page,
//! of the markup test over every example and of the end-to-end crawl.

use dvc_ui::content::{SummaryAction, SummaryCard, SummaryList, SummaryRow};
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use leptos::prelude::*;

/// What the demo says about `SummaryList`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "summary-list",
    component: "SummaryList",
    title: "Danh sách tóm tắt",
    title_en: "Summary list",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "thong_tin_ho_so",
            title: "Thông tin một hồ sơ",
            title_en: "A dossier's details",
            render: thong_tin_ho_so,
            whole_page: false,
        },
        Example {
            name: "co_thay_doi",
            title: "Có liên kết thay đổi",
            title_en: "With change links",
            render: co_thay_doi,
            whole_page: false,
        },
        Example {
            name: "nhieu_hanh_dong",
            title: "Nhiều hành động trên một dòng",
            title_en: "Several actions on a row",
            render: nhieu_hanh_dong,
            whole_page: false,
        },
        Example {
            name: "khong_ke_dong",
            title: "Không kẻ dòng",
            title_en: "Without lines",
            render: khong_ke_dong,
            whole_page: false,
        },
        Example {
            name: "the_tom_tat",
            title: "Thẻ tóm tắt (mỗi người một thẻ)",
            title_en: "Summary cards (one for each person)",
            render: the_tom_tat,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Cho xem các thông tin theo cặp tên và giá trị: thông tin một hồ sơ trên màn hình cán bộ, thông tin cá nhân, một khoản phí. Mỗi dòng có thể có hành động (“Thay đổi”, “Xoá”); đường dẫn luôn nói với trình đọc màn hình là thay đổi gì. Giá trị là chữ, giữ xuống dòng."</p>
        <p>"Dùng thẻ tóm tắt khi có nhiều nhóm giống nhau (các thành viên hộ gia đình, các giấy tờ). Để đọc lại câu trả lời trước khi nộp, dùng CheckAnswers."</p>
    }
    .into_any()
}

fn thong_tin_ho_so() -> AnyView {
    let rows = vec![
        SummaryRow::new("Mã hồ sơ", "000.00.12.H62-261205-0001"),
        SummaryRow::new("Thủ tục", "Cấp bản sao trích lục khai sinh"),
        SummaryRow::new("Ngày nộp", "05/12/2026"),
        SummaryRow::new("Hẹn trả kết quả", "08/12/2026"),
        SummaryRow::new(
            "Nơi tiếp nhận",
            "Bộ phận Một cửa UBND phường Ba Đình\nThành phố Hà Nội",
        ),
    ];
    view! { <SummaryList rows=rows/> }.into_any()
}

fn co_thay_doi() -> AnyView {
    let change = |href: &str, what: &str| SummaryAction::new("Thay đổi", href, what);
    let rows = vec![
        SummaryRow::new("Họ và tên", "Lò Văn Páo").with(change("?sua=ho-ten", "họ và tên")),
        SummaryRow::new("Số định danh cá nhân", "001 099 012 345"),
        SummaryRow::new("Số điện thoại", "0912 345 678")
            .with(change("?sua=dien-thoai", "số điện thoại")),
        SummaryRow::new("Địa chỉ", "Số 1 Hoàng Liên\nPhường Cam Đường\nTỉnh Lào Cai")
            .with(change("?sua=dia-chi", "địa chỉ")),
    ];
    view! { <SummaryList rows=rows/> }.into_any()
}

fn nhieu_hanh_dong() -> AnyView {
    let rows = vec![
        SummaryRow::new("Giấy khai sinh", "giay-khai-sinh.pdf (240 KB)")
            .with(SummaryAction::new(
                "Xem",
                "?xem=giay-khai-sinh",
                "giấy khai sinh",
            ))
            .with(SummaryAction::new(
                "Thay tệp",
                "?sua=giay-khai-sinh",
                "giấy khai sinh",
            )),
        SummaryRow::new(
            "Sổ hộ khẩu",
            "Không cần (đã có trong Cơ sở dữ liệu quốc gia về dân cư)",
        ),
    ];
    view! { <SummaryList rows=rows/> }.into_any()
}

fn khong_ke_dong() -> AnyView {
    let rows = vec![
        SummaryRow::new("Lệ phí", "8.000 ₫"),
        SummaryRow::new("Cước gửi", "25.000 ₫"),
        SummaryRow::new("Tổng cộng", "33.000 ₫"),
    ];
    view! { <SummaryList rows=rows no_border=true/> }.into_any()
}

fn the_tom_tat() -> AnyView {
    let guest = |n: u8, name: &str, born: &str, relation: &str| {
        view! {
            <SummaryCard
                title=format!("Khách {n}: {name}")
                actions=vec![
                    SummaryAction::new("Thay đổi", &format!("?sua=khach-{n}"), ""),
                    SummaryAction::new("Xoá", &format!("?xoa=khach-{n}"), ""),
                ]
                rows=vec![
                    SummaryRow::new("Ngày sinh", born),
                    SummaryRow::new("Quan hệ với chủ hộ", relation),
                ]
            />
        }
    };
    view! {
        {guest(1, "Lò Thị Mai", "05/02/1990", "Vợ")}
        {guest(2, "Lò Văn Sơn", "12/09/2015", "Con")}
    }
    .into_any()
}
