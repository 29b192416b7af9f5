//! Textarea with a count, PasswordInput and DateInput in every state.

use crate::example::{Example, WhenToUse};
use dvc_ui::form::{DateInput, PasswordInput, Textarea};
use dvc_ui::prelude::*;
use leptos::prelude::*;

pub fn textarea() -> AnyView {
    view! {
        <h1>"Ô nhập nhiều dòng (Textarea)"</h1>
        <WhenToUse>
            <p>"Dùng cho câu trả lời dài: lý do, mô tả. Có thể đếm ký tự hoặc từ: số còn lại hiện dưới ô và được đọc cho người dùng trình đọc màn hình khi họ ngừng gõ. Nhập quá giới hạn không bị chặn, chỉ được báo."</p>
        </WhenToUse>
        <Example title="Trống, đếm ký tự">
            <Field name="t_reason" label="Lý do đề nghị cấp lại" hint="Ví dụ: bị mất, bị hỏng, thay đổi thông tin.">
                <Textarea max_chars=200/>
            </Field>
        </Example>
        <Example title="Quá giới hạn (không bị cắt)">
            <Field name="t_over" label="Mô tả ngắn">
                <Textarea max_chars=20 value=RwSignal::new("Giấy tờ bị ướt và rách một góc khi lũ về".to_string())/>
            </Field>
        </Example>
        <Example title="Đếm từ">
            <Field name="t_words" label="Tóm tắt kiến nghị" optional=true>
                <Textarea max_words=50 rows=3/>
            </Field>
        </Example>
        <Example title="Có lỗi">
            <Field name="t_error" label="Lý do đề nghị cấp lại" error="Nhập lý do đề nghị cấp lại">
                <Textarea/>
            </Field>
        </Example>
    }
    .into_any()
}

pub fn password() -> AnyView {
    view! {
        <h1>"Mật khẩu (PasswordInput)"</h1>
        <WhenToUse>
            <p>"Dùng khi người dùng đặt hoặc nhập mật khẩu. Nút “Hiện” cho người dùng kiểm tra điều vừa gõ; trình đọc màn hình được báo khi mật khẩu hiện hay ẩn. Khi phím Caps Lock đang bật, ô báo cho người dùng biết."</p>
        </WhenToUse>
        <Example title="Trống">
            <Field name="p_password" label="Mật khẩu"><PasswordInput/></Field>
        </Example>
        <Example title="Đặt mật khẩu mới, có gợi ý">
            <Field name="p_new" label="Mật khẩu mới" hint="Ít nhất 8 ký tự. Nên dùng một câu ngắn dễ nhớ."><PasswordInput autocomplete="new-password"/></Field>
        </Example>
        <Example title="Có lỗi">
            <Field name="p_error" label="Mật khẩu" error="Nhập mật khẩu"><PasswordInput/></Field>
        </Example>
    }
    .into_any()
}

pub fn date() -> AnyView {
    view! {
        <h1>"Ngày tháng (DateInput)"</h1>
        <WhenToUse>
            <p>"Dùng cho ngày người dùng đã biết, như ngày sinh hay ngày cấp giấy tờ: ba ô ngày / tháng / năm, nhập bằng bàn phím số. Nhận cả “5” và “05”. Khi sai, chỉ ô sai được tô đỏ và thông báo nói rõ phải sửa gì."</p>
        </WhenToUse>
        <Example title="Trống, có gợi ý">
            <Field name="d_dob" label="Ngày sinh" hint="Ví dụ: 27 3 1990" group=true>
                <DateInput birthday=true/>
            </Field>
        </Example>
        <Example title="Đã nhập">
            <Field name="d_issued" label="Ngày cấp" group=true>
                <DateInput values=("5".to_string(), "02".to_string(), "2021".to_string())/>
            </Field>
        </Example>
        <Example title="Lỗi ở một ô (ngày 31/02)">
            <Form id="d-form-demo">
                <Field name="d_wrong" label="Ngày cấp" hint="Ví dụ: 27 3 2021" group=true
                    rule=dvc_rules::form::FieldRule::Date(Default::default())>
                    <DateInput values=("31".to_string(), "2".to_string(), "2021".to_string())/>
                </Field>
                <Button>"Kiểm tra"</Button>
            </Form>
        </Example>
    }
    .into_any()
}
