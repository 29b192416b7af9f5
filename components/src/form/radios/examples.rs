//! Named examples of `Radios`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::form::{Choice, Radios};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Radios`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "radios",
    component: "Radios",
    title: "Nút chọn một",
    title_en: "Radios",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "xep_doc",
            title: "Trống, xếp dọc, có gợi ý cho từng lựa chọn",
            title_en: "Empty, stacked, a hint for each option",
            render: xep_doc,
            whole_page: false,
        },
        Example {
            name: "xep_ngang",
            title: "Đã chọn, xếp ngang",
            title_en: "Chosen, inline",
            render: xep_ngang,
            whole_page: false,
        },
        Example {
            name: "cau_hoi_mo",
            title: "Có câu hỏi mở ra khi chọn",
            title_en: "With a question revealed when chosen",
            render: cau_hoi_mo,
            whole_page: false,
        },
        Example {
            name: "co_loi",
            title: "Có lỗi",
            title_en: "With an error",
            render: co_loi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Dùng khi người dùng chỉ được chọn một trong vài lựa chọn. Câu hỏi là chú thích (legend) của nhóm. Đặt lựa chọn hay dùng nhất lên đầu; dùng “hoặc” để tách lựa chọn khác hẳn các lựa chọn còn lại."</p>
    }
    .into_any()
}

fn xep_doc() -> AnyView {
    view! {
        <Field name="r_receive" label="Bạn muốn nhận kết quả bằng cách nào?" group=true>
            <Radios options=vec![
                Choice::new("post", "Qua đường bưu điện").hint("Phí chuyển phát do bạn trả khi nhận"),
                Choice::new("office", "Nhận tại bộ phận một cửa"),
                Choice::new("online", "Bản điện tử trên cổng").or_before(),
            ]/>
        </Field>
    }
    .into_any()
}

fn xep_ngang() -> AnyView {
    view! {
        <Field name="r_sex" label="Giới tính" group=true>
            <Radios inline=true value=RwSignal::new("female".to_string()) options=vec![Choice::new("male", "Nam"), Choice::new("female", "Nữ")]/>
        </Field>
    }
    .into_any()
}

fn cau_hoi_mo() -> AnyView {
    view! {
        <Field name="r_contact" label="Chúng tôi liên hệ với bạn qua đâu?" group=true>
            <Radios options=vec![
                Choice::new("email", "Email").reveals(|| view! {
                    <Field name="r_contact_email" label="Địa chỉ email" when=("r_contact".to_string(), "email".to_string())>
                        <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
                    </Field>
                }.into_any()),
                Choice::new("phone", "Điện thoại").reveals(|| view! {
                    <Field name="r_contact_phone" label="Số điện thoại di động">
                        <TextInput input_type=TextInputType::Tel autocomplete="tel" width=InputWidth::Chars20/>
                    </Field>
                }.into_any()),
            ]/>
        </Field>
    }
    .into_any()
}

fn co_loi() -> AnyView {
    view! {
        <Field name="r_error" label="Bạn đã từng đăng ký thường trú ở tỉnh này chưa?" group=true error="Chọn “Có” nếu bạn đã từng đăng ký thường trú ở tỉnh này">
            <Radios inline=true options=vec![Choice::new("yes", "Có"), Choice::new("no", "Không")]/>
        </Field>
    }
    .into_any()
}
