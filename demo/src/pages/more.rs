//! FileUpload, Consent and ErrorSummary in their states.

use crate::example::{Example, WhenToUse};
use dvc_ui::form::{Consent, FileUpload, SummaryItem};
use dvc_ui::prelude::*;
use leptos::prelude::*;

pub fn file_upload() -> AnyView {
    view! {
        <h1>"Tải tệp lên (FileUpload)"</h1>
        <WhenToUse>
            <p>"Dùng để đính kèm giấy tờ của hồ sơ. Loại tệp và dung lượng được kiểm tra ngay khi chọn; tệp không nhận được nêu tên và lý do. Có thể chọn thêm tệp nhiều lần và xoá từng tệp. Kéo thả chỉ là cách thêm; mọi việc đều làm được bằng bàn phím."</p>
        </WhenToUse>
        <Example title="Trống">
            <Field name="f_attachments" label="Giấy tờ kèm theo" hint="PDF, JPG hoặc PNG; mỗi tệp tối đa 5 MB; tối đa 5 tệp.">
                <FileUpload accept=vec!["pdf", "jpg", "jpeg", "png"] max_bytes=5_000_000 max_files=5/>
            </Field>
        </Example>
        <Example title="Có lỗi">
            <Field name="f_error" label="Ảnh chân dung" error="Chọn ảnh chân dung của bạn">
                <FileUpload accept=vec!["jpg", "jpeg", "png"] max_bytes=2_000_000 max_files=1/>
            </Field>
        </Example>
    }
    .into_any()
}

pub fn consent() -> AnyView {
    view! {
        <h1>"Đồng ý xử lý dữ liệu cá nhân (Consent)"</h1>
        <WhenToUse>
            <p>"Mỗi mục đích một ô, luôn để trống khi mở trang; kèm theo thông báo dữ liệu nào, để làm gì, ai chịu trách nhiệm và cách rút lại đồng ý (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định 356/2025). Không dùng ô này cho điều bắt buộc để giải quyết hồ sơ: việc đó không phải là đồng ý."</p>
        </WhenToUse>
        <Example title="Một mục đích">
            <Consent name="consent_sms" title="Nhận tin nhắn về hồ sơ"
                label="Tôi đồng ý cho cơ quan giải quyết dùng số điện thoại của tôi để nhắn tin về tình trạng hồ sơ này"
                data="Số điện thoại di động" purpose="Báo khi hồ sơ được tiếp nhận, cần bổ sung hoặc đã có kết quả"
                controller="Văn phòng UBND tỉnh (bộ phận một cửa)" withdraw="Bỏ chọn ô này trước khi gửi, hoặc gọi đường dây nóng của tỉnh bất cứ lúc nào"/>
        </Example>
        <Example title="Mục đích thứ hai, tách riêng">
            <Consent name="consent_survey" title="Khảo sát mức độ hài lòng"
                label="Tôi đồng ý nhận một khảo sát qua email sau khi hồ sơ có kết quả"
                data="Địa chỉ email" purpose="Gửi một phiếu khảo sát về chất lượng phục vụ"
                controller="Sở Nội vụ" withdraw="Bấm “Huỷ nhận” trong email, hoặc gọi đường dây nóng của tỉnh"/>
        </Example>
    }
    .into_any()
}

pub fn error_summary() -> AnyView {
    let items = vec![
        SummaryItem { target: "dvc-es_name".into(), message: "Nhập họ và tên".into() },
        SummaryItem { target: "dvc-es_phone".into(), message: "Nhập số điện thoại di động gồm 10 chữ số, như 0912 345 678".into() },
    ];
    view! {
        <h1>"Tóm tắt lỗi (ErrorSummary)"</h1>
        <WhenToUse>
            <p>"Hiện ở đầu biểu mẫu khi gửi mà có lỗi: nhận tiêu điểm để trình đọc màn hình đọc ngay, mỗi lỗi là một liên kết đưa tới đúng ô cần sửa. Trong một "<code>"Form"</code>" bộ công cụ tự tạo phần này; dùng trực tiếp khi máy chủ đã kiểm tra biểu mẫu gửi lên không có JavaScript."</p>
        </WhenToUse>
        <Example title="Lỗi do máy chủ trả về">
            <ErrorSummary items=Signal::stored(items) id="es-demo"/>
            <Field name="es_name" label="Họ và tên" error="Nhập họ và tên"><TextInput autocomplete="name" spellcheck=false/></Field>
            <Field name="es_phone" label="Số điện thoại di động" error="Nhập số điện thoại di động gồm 10 chữ số, như 0912 345 678">
                <TextInput input_type=TextInputType::Tel autocomplete="tel" width=InputWidth::Chars20 value=RwSignal::new("091234".to_string())/>
            </Field>
        </Example>
    }
    .into_any()
}
