//! The complete example service "Đăng ký thông tin cá nhân": every building block in one
//! form, the error summary on a failed submit, and a confirmation with the answers.

use dvc_rules::date::DateLimits;
use dvc_rules::form::{FieldRule, FormValues};
use dvc_rules::money;
use dvc_ui::form::{human_size, Checkboxes, Choice, Consent, DateInput, FileUpload, Radios};
use dvc_ui::prelude::*;
use leptos::prelude::*;

const ACCEPT: [&str; 4] = ["pdf", "jpg", "jpeg", "png"];
const MAX_BYTES: u64 = 5_000_000;
const MAX_FILES: usize = 2;

/// What the attachments question accepts: one definition for the browser and the server.
pub fn attachment_limits() -> dvc_rules::files::FileLimits {
    dvc_rules::files::FileLimits::new(&ACCEPT, MAX_BYTES, MAX_FILES)
}

/// Where a successful post of the form leads (post/redirect/get).
pub const SENT_PATH: &str = "/examples/dang-ky-thong-tin-ca-nhan/da-gui";
/// The form's own address.
pub const PATH: &str = "/examples/dang-ky-thong-tin-ca-nhan";

pub fn render() -> AnyView {
    view! {
        <h1>"Đăng ký thông tin cá nhân"</h1>
        <p>"Điền các thông tin dưới đây. Mọi câu hỏi đều phải trả lời, trừ khi ghi “(không bắt buộc)”."</p>
        <Form id="register">
            <NameInput name="full_name"/>
            <Field name="dob" label="Ngày sinh" hint="Ví dụ: 27 3 1990" group=true
                rule=FieldRule::Date(DateLimits { past: true, ..Default::default() })>
                <DateInput birthday=true/>
            </Field>
            <Field name="sex" label="Giới tính" group=true rule=FieldRule::OneOf(vec!["male".into(), "female".into()])>
                <Radios inline=true options=vec![Choice::new("male", "Nam"), Choice::new("female", "Nữ")]/>
            </Field>
            <CitizenIdInput name="id_number" birth_date_field="dob" sex_field="sex"/>
            <Field name="email" label="Địa chỉ email" hint="Chúng tôi gửi biên nhận hồ sơ tới địa chỉ này." optional=true rule=FieldRule::Email>
                <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
            </Field>
            <PhoneInput name="phone"/>
            <h2>"Địa chỉ thường trú"</h2>
            <AddressInput prefix="address"/>
            <Field name="attachments" label="Ảnh thẻ căn cước (hai mặt)" hint="PDF, JPG hoặc PNG; mỗi tệp tối đa 5 MB; tối đa 2 tệp." subject="ảnh thẻ căn cước" rule=FieldRule::Files(attachment_limits())>
                <FileUpload accept=ACCEPT.to_vec() max_bytes=MAX_BYTES max_files=MAX_FILES/>
            </Field>
            <h2>"Dữ liệu cá nhân"</h2>
            <Consent name="consent_sms" title="Nhận tin nhắn về hồ sơ"
                label="Tôi đồng ý cho cơ quan giải quyết dùng số điện thoại của tôi để nhắn tin về tình trạng hồ sơ này"
                data="Số điện thoại di động" purpose="Báo khi hồ sơ được tiếp nhận, cần bổ sung hoặc đã có kết quả"
                controller="Văn phòng UBND tỉnh (bộ phận một cửa)" withdraw="Bỏ chọn ô này trước khi gửi, hoặc gọi đường dây nóng của tỉnh bất cứ lúc nào"/>
            <Field name="declaration" label="Cam đoan" group=true rule=FieldRule::MustTick subject="lời cam đoan">
                <Checkboxes options=vec![Choice::new("yes", "Tôi cam đoan những thông tin trên là đúng sự thật")]/>
            </Field>
            <Button>"Gửi đăng ký"</Button>
        </Form>
    }
    .into_any()
}

/// What the confirmation page lists, kept by the server for the citizen who sent it (never
/// in the address). The browser reads the same rows from the page it hydrates.
#[derive(Clone, Debug, Default)]
pub struct Receipt {
    pub reference: String,
    pub rows: Vec<(String, String)>,
}

/// The answers as the confirmation page lists them; `files` are (name, bytes).
pub fn receipt_rows(values: &FormValues, files: &[(String, u64)]) -> Vec<(String, String)> {
    let dob = values.date("dob").map(|d| d.display()).unwrap_or_default();
    let phone = values.phone("phone", false).map(|p| p.display()).unwrap_or_default();
    let sex = if values.text("sex") == "female" { "Nữ" } else { "Nam" };
    let email = values.email("email").unwrap_or_else(|| "Không cung cấp".into());
    let sms = if values.text("consent_sms") == "yes" { "Đồng ý" } else { "Không đồng ý" };
    let attached = files.iter().map(|(n, b)| format!("{n} ({})", human_size(*b, Locale::Vi))).collect::<Vec<_>>().join(", ");
    vec![
        ("Họ và tên".into(), values.name("full_name").unwrap_or_default()),
        ("Số định danh cá nhân".into(), values.citizen_id("id_number", false).map(|id| id.grouped()).unwrap_or_default()),
        ("Ngày sinh".into(), dob),
        ("Giới tính".into(), sex.to_string()),
        ("Địa chỉ email".into(), email),
        ("Số điện thoại di động".into(), phone),
        ("Địa chỉ thường trú".into(), address_line(values)),
        ("Tệp đã đính kèm".into(), attached),
        ("Nhận tin nhắn về hồ sơ".into(), sms.to_string()),
    ]
}

/// The confirmation page after a successful post.
pub fn sent() -> AnyView {
    let receipt = use_context::<Receipt>().or_else(receipt_from_page);
    let Some(receipt) = receipt else {
        return view! {
            <h1>"Đã gửi đăng ký"</h1>
            <p>"Trang này chỉ hiện biên nhận ngay sau khi bạn gửi, trên chính thiết bị đã gửi. Không tìm thấy biên nhận: có thể bạn đã mở trang này từ một đường dẫn khác, hoặc phiên đã hết hạn."</p>
            <p><a href=PATH>"Quay lại biểu mẫu đăng ký"</a></p>
        }
        .into_any();
    };
    let fee = money::format_vnd(0);
    let encoded = receipt.rows.iter().map(|(k, v)| format!("{k}\t{v}")).collect::<Vec<_>>().join("\n");
    view! {
        <div class="demo-panel">
            <h1 class="demo-panel__title">"Đã gửi đăng ký"</h1>
            <p class="demo-panel__body">"Mã hồ sơ của bạn"<br/><strong id="receipt-reference">{receipt.reference}</strong></p>
        </div>
        <p>"Lệ phí: "{fee}". Chúng tôi đã ghi nhận các thông tin dưới đây. Đây là bản trình diễn: máy chủ trình diễn chỉ giữ hồ sơ trong bộ nhớ, và không gửi đi đâu."</p>
        <h2>"Thông tin đã gửi"</h2>
        <dl class="demo-summary-list" id="receipt" data-rows=encoded>
            {receipt.rows.into_iter().map(|(k, v)| view! { <div class="demo-summary-list__row"><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
        </dl>
        <p><a href=PATH>"Đăng ký cho người khác"</a></p>
    }
    .into_any()
}

/// In the browser: the receipt the server wrote into the page (hydration builds the same).
fn receipt_from_page() -> Option<Receipt> {
    if cfg!(feature = "ssr") {
        return None;
    }
    let doc = document();
    let rows = doc.get_element_by_id("receipt")?.get_attribute("data-rows")?;
    let reference = doc.get_element_by_id("receipt-reference")?.text_content()?;
    let rows = rows.lines().filter_map(|l| l.split_once('\t')).map(|(k, v)| (k.to_string(), v.to_string())).collect();
    Some(Receipt { reference, rows })
}

/// "Số 1 Hoàng Liên, Phường Cam Đường, Tỉnh Lào Cai" from the three address answers.
fn address_line(values: &FormValues) -> String {
    let commune = dvc_rules::divisions::commune(values.text("address_commune")).map(|c| c.name).unwrap_or("");
    let province = dvc_rules::divisions::provinces().iter().find(|p| p.code == values.text("address_province")).map(|p| p.name).unwrap_or("");
    [values.text("address_street").trim(), commune, province].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(", ")
}
