//! TextInput inside a Field in every state, and a small form whose error appears on submit.

use crate::example::{Example, WhenToUse};
use dvc_rules::{text, Locale};
use dvc_ui::prelude::*;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

const NAME_MAX: usize = 50;

pub fn render() -> AnyView {
    let filled = RwSignal::new("Nguyễn Thị Hoà".to_string());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let accepted = RwSignal::new(None::<String>);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let value = name.get_untracked();
        let checked = text::check_required(&value).and_then(|_| text::check_max_chars(&value, NAME_MAX));
        match checked {
            Ok(()) => {
                error.set(None);
                accepted.set(Some(text::tidy_spaces(&value)));
            }
            Err(problem) => {
                accepted.set(None);
                error.set(Some(problem.message(Locale::Vi, "họ và tên")));
            }
        }
    };

    view! {
        <h1>"Ô nhập chữ (TextInput)"</h1>
        <WhenToUse>
            <p>"Dùng cho câu trả lời ngắn, một dòng: họ tên, email, số điện thoại. Luôn đặt trong một "<code>"Field"</code>" để có nhãn, gợi ý và thông báo lỗi gắn đúng với ô nhập. Độ rộng của ô cho biết độ dài câu trả lời mong đợi."</p>
        </WhenToUse>
        <Example title="Trống">
            <Field name="empty_name" label="Họ và tên">
                <TextInput autocomplete="name" spellcheck=false/>
            </Field>
        </Example>
        <Example title="Đã nhập">
            <Field name="filled_name" label="Họ và tên">
                <TextInput autocomplete="name" spellcheck=false value=filled/>
            </Field>
        </Example>
        <Example title="Có gợi ý">
            <Field name="hint_email" label="Địa chỉ email" hint="Chúng tôi chỉ dùng email này để gửi biên nhận hồ sơ.">
                <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
            </Field>
        </Example>
        <Example title="Có lỗi">
            <Field name="error_email" label="Địa chỉ email" hint="Ví dụ: ten@vidu.vn"
                error="Nhập địa chỉ email đúng định dạng, như ten@vidu.vn">
                <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
            </Field>
        </Example>
        <Example title="Không bắt buộc, có hậu tố, độ rộng 10 ký tự">
            <Field name="fee_amount" label="Số tiền đề nghị" optional=true>
                <TextInput inputmode="numeric" width=InputWidth::Chars10 suffix="₫"/>
            </Field>
        </Example>
        <Example title="Bị vô hiệu hoá">
            <Field name="disabled_code" label="Mã hồ sơ" hint="Mã do hệ thống cấp, không sửa được.">
                <TextInput disabled=true width=InputWidth::Chars20 value=RwSignal::new("000.00.12.H45-261123-0001".to_string())/>
            </Field>
        </Example>
        <Example title="Kiểm tra khi gửi">
            <form class="demo-form" method="post" action="/components/text-input" novalidate=true on:submit=on_submit>
                <Field name="full_name" label="Họ và tên" hint="Ghi như trên thẻ căn cước." error=error>
                    <TextInput autocomplete="name" spellcheck=false value=name/>
                </Field>
                <Button>"Tiếp tục"</Button>
            </form>
            <p class="demo-output" aria-live="polite">
                {move || accepted.get().map(|n| format!("Đã nhận: {n}"))}
            </p>
        </Example>
    }
    .into_any()
}
