//! Named examples of `Form`: the single source of its demo page (each example live,
//! with this code and its server-rendered HTML), of the markup test over every example
//! and of the end-to-end crawl. Each example is one function; its body is the code shown.

use dvc_rules::form::FieldRule;
use dvc_ui::examples::{server_only, server_only_view, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What the demo says about `Form`, and its examples in the order shown.
pub const DOC: Doc = Doc {
    slug: "form",
    component: "Form",
    title: "Biểu mẫu",
    title_en: "Form",
    when_to_use: server_only_view(when_to_use),
    source: server_only(include_str!("examples.rs")),
    examples: &[
        Example {
            name: "kiem_tra_khi_gui",
            title: "Kiểm tra khi gửi, tóm tắt lỗi",
            title_en: "Checked on submit, error summary",
            render: kiem_tra_khi_gui,
            whole_page: false,
        },
        Example {
            name: "mat_ket_noi",
            title: "Mất kết nối khi gửi: “Thử lại”",
            title_en: "Connection lost while sending: “Try again”",
            render: mat_ket_noi,
            whole_page: false,
        },
    ],
};

fn when_to_use() -> AnyView {
    view! {
        <p>"Bao quanh các câu hỏi của một trang. Khi gửi, mọi quy tắc được kiểm tra; nếu có lỗi, bản tóm tắt lỗi hiện ở đầu biểu mẫu và nhận tiêu điểm, tiêu đề trang có thêm “Lỗi: ”. Không có JavaScript, biểu mẫu vẫn gửi lên máy chủ, máy chủ kiểm tra bằng cùng quy tắc và trả lại trang với lỗi và mọi câu trả lời. Nút gửi bận trong lúc đang gửi để không gửi hai lần."</p>
        <p>"Với retry=true (cho máy chủ trả lời hai lần gửi giống nhau như một), bài gửi bị mất trên mạng không làm mất gì: trang giữ nguyên, báo “Chưa gửi được: mất kết nối mạng…”, tự gửi lại sau 2, 4 và 8 giây, rồi hiện như ví dụ dưới đây với nút “Thử lại”."</p>
    }
    .into_any()
}

fn kiem_tra_khi_gui() -> AnyView {
    view! {
        <Form id="f-form-check">
            <Field name="fo_name" label="Họ và tên" rule=FieldRule::Name>
                <TextInput autocomplete="name" spellcheck=false/>
            </Field>
            <Field name="fo_phone" label="Số điện thoại di động" rule=FieldRule::Phone { allow_landline: false }>
                <TextInput input_type=TextInputType::Tel autocomplete="tel" width=InputWidth::Chars20/>
            </Field>
            <Button>"Tiếp tục"</Button>
        </Form>
    }
    .into_any()
}

fn mat_ket_noi() -> AnyView {
    view! {
        <Form id="f-form-offline" retry=true>
            <NotSent failed=true/>
            <Field name="fo_off_name" label="Họ và tên" rule=FieldRule::Name>
                <TextInput autocomplete="name" spellcheck=false/>
            </Field>
            <Button>"Tiếp tục"</Button>
        </Form>
    }
    .into_any()
}
