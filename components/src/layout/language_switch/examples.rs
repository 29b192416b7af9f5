//! Named examples of `LanguageSwitch`: the single source of its demo page (each example
//! live, with this code and its server-rendered HTML), of the markup test over every
//! example and of the end-to-end crawl. Each example is one function; its body is the code
//! shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `LanguageSwitch`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "language-switch",
    component: "LanguageSwitch",
    title: "Chọn ngôn ngữ",
    title_en: "Language switch",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "lien_ket",
            title: "Trang không có biểu mẫu: liên kết",
            title_en: "A page without a form: links",
            render: lien_ket,
            whole_page: false,
        },
        Example {
            name: "giu_cau_tra_loi",
            title: "Trang có biểu mẫu: giữ câu trả lời",
            title_en: "A page with a form: answers kept",
            render: giu_cau_tra_loi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! { <p>"Đặt trong phần đầu trang của mọi trang có nhiều ngôn ngữ. Mỗi ngôn ngữ ghi bằng chính ngôn ngữ đó (“English”, không phải “Tiếng Anh”). Trên trang có biểu mẫu, truyền id của biểu mẫu: khi trang đã chạy JavaScript, liên kết gửi những gì người dân đã nhập sang địa chỉ của ngôn ngữ kia mà không kiểm tra, máy chủ hiện lại đúng trang đó với mọi câu trả lời (trừ mật khẩu và tệp). Không dùng nút gửi của biểu mẫu ở phần đầu trang: nút đó sẽ thành nút mặc định, nhấn Enter trong một ô sẽ đổi ngôn ngữ thay vì gửi."</p> }.into_any()
}

fn lien_ket() -> AnyView {
    view! {
        <LanguageSwitch languages=vec![
            (Locale::Vi, "/components/language-switch".into()),
            (Locale::En, "/en/components/language-switch".into()),
        ]/>
    }
    .into_any()
}

fn giu_cau_tra_loi() -> AnyView {
    view! {
        <LanguageSwitch form="ngon-ngu" languages=vec![
            (Locale::Vi, "/components/language-switch/giu-cau-tra-loi".into()),
            (Locale::En, "/en/components/language-switch/giu-cau-tra-loi".into()),
        ]/>
        <Form id="ngon-ngu">
            <NameInput name="ho_ten"/>
            <Button>"Tiếp tục"</Button>
        </Form>
    }
    .into_any()
}
