//! Named examples of `Button`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_rules::form::FieldRule;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Button`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "button",
    component: "Button",
    title: "Nút bấm",
    title_en: "Button",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "chinh",
            title: "Nút chính",
            title_en: "Primary button",
            render: chinh,
            whole_page: false,
        },
        Example {
            name: "phu",
            title: "Nút phụ",
            title_en: "Secondary button",
            render: phu,
            whole_page: false,
        },
        Example {
            name: "canh_bao",
            title: "Nút cảnh báo",
            title_en: "Warning button",
            render: canh_bao,
            whole_page: false,
        },
        Example {
            name: "lien_ket",
            title: "Nút dạng liên kết",
            title_en: "Button styled as a link",
            render: lien_ket,
            whole_page: false,
        },
        Example {
            name: "dang_xu_ly",
            title: "Đang xử lý (chống gửi hai lần)",
            title_en: "Busy (no double submit)",
            render: dang_xu_ly,
            whole_page: false,
        },
        Example {
            name: "vo_hieu_hoa",
            title: "Bị vô hiệu hoá",
            title_en: "Disabled",
            render: vo_hieu_hoa,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng nút để người dùng thực hiện một hành động: tiếp tục, gửi hồ sơ, lưu nháp. Mỗi trang chỉ có một nút chính. Dùng liên kết, không dùng nút, để chuyển sang trang khác."</p>
    }
    .into_any()
}

fn chinh() -> AnyView {
    view! {
        <Button submit=false>"Tiếp tục"</Button>
    }
    .into_any()
}

fn phu() -> AnyView {
    view! {
        <Button kind=ButtonKind::Secondary submit=false>"Lưu nháp"</Button>
    }
    .into_any()
}

fn canh_bao() -> AnyView {
    view! {
        <Button kind=ButtonKind::Warning submit=false>"Xoá hồ sơ"</Button>
    }
    .into_any()
}

fn lien_ket() -> AnyView {
    view! {
        <Button kind=ButtonKind::Link submit=false>"Thay đổi"</Button>
    }
    .into_any()
}

fn dang_xu_ly() -> AnyView {
    view! {
        <p>"Trong một biểu mẫu, nút gửi chuyển sang “Đang gửi…” ngay khi được bấm và bỏ qua lần bấm tiếp theo (bấm hai lần là một ý định): hồ sơ chỉ được gửi một lần."</p>
        <Form id="f-button-busy">
            <Field name="b_name" label="Họ và tên" rule=FieldRule::Name>
                <TextInput autocomplete="name" spellcheck=false/>
            </Field>
            <Button busy_label="Đang gửi…">"Gửi hồ sơ"</Button>
        </Form>
    }
    .into_any()
}

fn vo_hieu_hoa() -> AnyView {
    view! {
        <p class="dvc-body-secondary">"Nên tránh: hãy giải thích vì sao chưa làm được hành động này."</p>
        <Button submit=false disabled=true>"Thanh toán"</Button>
    }
    .into_any()
}
