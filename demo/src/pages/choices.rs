//! Radios, Checkboxes and Select in every state.

use crate::example::{Example, WhenToUse};
use dvc_ui::form::{Checkboxes, Choice, Radios, Select};
use dvc_ui::prelude::*;
use leptos::prelude::*;

pub fn radios() -> AnyView {
    view! {
        <h1>"Nút chọn một (Radios)"</h1>
        <WhenToUse>
            <p>"Dùng khi người dùng chỉ được chọn một trong vài lựa chọn. Câu hỏi là chú thích (legend) của nhóm. Đặt lựa chọn hay dùng nhất lên đầu; dùng “hoặc” để tách lựa chọn khác hẳn các lựa chọn còn lại."</p>
        </WhenToUse>
        <Example title="Trống, xếp dọc, có gợi ý cho từng lựa chọn">
            <Field name="r_receive" label="Bạn muốn nhận kết quả bằng cách nào?" group=true>
                <Radios options=vec![
                    Choice::new("post", "Qua đường bưu điện").hint("Phí chuyển phát do bạn trả khi nhận"),
                    Choice::new("office", "Nhận tại bộ phận một cửa"),
                    Choice::new("online", "Bản điện tử trên cổng").or_before(),
                ]/>
            </Field>
        </Example>
        <Example title="Đã chọn, xếp ngang">
            <Field name="r_sex" label="Giới tính" group=true>
                <Radios inline=true value=RwSignal::new("female".to_string()) options=vec![Choice::new("male", "Nam"), Choice::new("female", "Nữ")]/>
            </Field>
        </Example>
        <Example title="Có câu hỏi mở ra khi chọn">
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
        </Example>
        <Example title="Có lỗi">
            <Field name="r_error" label="Bạn đã từng đăng ký thường trú ở tỉnh này chưa?" group=true error="Chọn “Có” nếu bạn đã từng đăng ký thường trú ở tỉnh này">
                <Radios inline=true options=vec![Choice::new("yes", "Có"), Choice::new("no", "Không")]/>
            </Field>
        </Example>
    }
    .into_any()
}

pub fn checkboxes() -> AnyView {
    let options = || vec![
        Choice::new("elderly", "Trợ cấp người cao tuổi"),
        Choice::new("disability", "Trợ cấp người khuyết tật").hint("Theo giấy xác nhận mức độ khuyết tật"),
        Choice::new("orphan", "Trợ cấp trẻ em mồ côi"),
        Choice::new("none", "Không nhận trợ cấp nào").or_before().exclusive(),
    ];
    view! {
        <h1>"Ô đánh dấu (Checkboxes)"</h1>
        <WhenToUse>
            <p>"Dùng khi người dùng có thể chọn nhiều lựa chọn. Lựa chọn “Không có” đứng riêng sau chữ “hoặc”: chọn nó sẽ bỏ các ô khác, và ngược lại."</p>
        </WhenToUse>
        <Example title="Trống, có lựa chọn loại trừ “Không có”">
            <Field name="c_benefits" label="Bạn đang nhận trợ cấp nào?" hint="Chọn tất cả trợ cấp bạn đang nhận." group=true>
                <Checkboxes options=options()/>
            </Field>
        </Example>
        <Example title="Đã chọn">
            <Field name="c_benefits_filled" label="Bạn đang nhận trợ cấp nào?" group=true>
                <Checkboxes value=RwSignal::new(vec!["elderly".to_string()]) options=options()/>
            </Field>
        </Example>
        <Example title="Có câu hỏi mở ra khi chọn">
            <Field name="c_needs" label="Bạn cần hỗ trợ gì khi đến làm thủ tục?" group=true optional=true>
                <Checkboxes options=vec![
                    Choice::new("wheelchair", "Lối đi cho xe lăn"),
                    Choice::new("language", "Phiên dịch tiếng dân tộc").reveals(|| view! {
                        <Field name="c_language" label="Tiếng dân tộc nào?">
                            <TextInput width=InputWidth::Chars20/>
                        </Field>
                    }.into_any()),
                ]/>
            </Field>
        </Example>
        <Example title="Có lỗi">
            <Field name="c_error" label="Bạn đang nhận trợ cấp nào?" group=true error="Chọn trợ cấp bạn đang nhận, hoặc chọn “Không nhận trợ cấp nào”">
                <Checkboxes options=options()/>
            </Field>
        </Example>
    }
    .into_any()
}

pub fn select() -> AnyView {
    let options = || vec![Choice::new("kinh", "Kinh"), Choice::new("tay", "Tày"), Choice::new("thai", "Thái"), Choice::new("muong", "Mường"), Choice::new("hmong", "Mông"), Choice::new("khmer", "Khmer"), Choice::new("ede", "Ê Đê")];
    view! {
        <h1>"Danh sách chọn (Select)"</h1>
        <WhenToUse>
            <p>"Chỉ dùng khi có nhiều lựa chọn mà nút chọn một sẽ quá dài. Với ít hơn khoảng 8 lựa chọn, dùng nút chọn một (Radios) để người dùng thấy hết các lựa chọn."</p>
        </WhenToUse>
        <Example title="Trống">
            <Field name="s_ethnicity" label="Dân tộc"><Select placeholder="Chọn dân tộc" options=options()/></Field>
        </Example>
        <Example title="Đã chọn, có gợi ý">
            <Field name="s_ethnicity_filled" label="Dân tộc" hint="Ghi như trong giấy khai sinh.">
                <Select placeholder="Chọn dân tộc" value=RwSignal::new("tay".to_string()) options=options()/>
            </Field>
        </Example>
        <Example title="Có lỗi">
            <Field name="s_ethnicity_error" label="Dân tộc" error="Chọn dân tộc của bạn"><Select placeholder="Chọn dân tộc" options=options()/></Field>
        </Example>
        <Example title="Bị vô hiệu hoá">
            <Field name="s_ethnicity_disabled" label="Dân tộc"><Select disabled=true value=RwSignal::new("kinh".to_string()) options=options()/></Field>
        </Example>
    }
    .into_any()
}
