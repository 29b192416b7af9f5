//! Named examples of `AddressInput`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `AddressInput`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "address-input",
    component: "AddressInput",
    title: "Địa chỉ",
    title_en: "Address",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[Example {
        name: "trong",
        title: "Trống",
        title_en: "Empty",
        render: trong,
        whole_page: false,
    }],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Địa chỉ theo địa giới hai cấp từ ngày 01/7/2025: tỉnh, thành phố (34), rồi xã, phường hoặc đặc khu (3.321), rồi số nhà và đường. Ô chọn tìm được khi gõ không dấu và viết tắt (“ha noi”, “hn”, “tp hcm”, “thu duc”). Dùng phím mũi tên để đi trong danh sách, Enter để chọn, Esc để đóng. Khi trang chưa có WebAssembly (hoặc không có JavaScript), mỗi ô là một danh sách chọn thông thường: chọn tỉnh, thành phố, bấm “Xem xã, phường của tỉnh, thành phố này”, và máy chủ gửi lại trang, giữ nguyên mọi câu trả lời, với danh sách xã, phường của riêng tỉnh đó (không bao giờ cả 3.321 xã, phường). Xã, phường phải thuộc tỉnh, thành phố đã chọn, ở trình duyệt cũng như ở máy chủ."</p>
    }
    .into_any()
}

fn trong() -> AnyView {
    let province = RwSignal::new(String::new());
    let commune = RwSignal::new(String::new());
    let chosen = move || {
        let p = dvc_rules::divisions::provinces()
            .iter()
            .find(|p| p.code == province.get())
            .map(|p| p.name);
        match (commune.get(), p) {
            (c, Some(p)) if !c.is_empty() => {
                format!("Đã chọn: xã, phường mã {c}, {p} (mã {})", province.get())
            }
            (_, Some(p)) => format!("Đã chọn: {p} (mã {})", province.get()),
            _ => String::new(),
        }
    };
    view! {
        <Form id="f-address">
            <AddressInput prefix="residence" province=province commune=commune/>
            <p aria-live="polite">{chosen}</p>
            <Button>"Kiểm tra"</Button>
        </Form>
    }
    .into_any()
}
