//! The complete example service "Đăng ký thông tin cá nhân": every building block in one
//! form, the error summary on a failed submit, and a confirmation with the answers.

use crate::language::{href, pick, say};
use dvc_rules::date::DateLimits;
use dvc_rules::form::{FieldRule, FormValues};
use dvc_rules::money;
use dvc_ui::flow::Confirmation;
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
/// The form's id (posted as `dvc_form`).
pub const FORM_ID: &str = "register";

pub fn render() -> AnyView {
    view! {
        <h1>{say("Đăng ký thông tin cá nhân", "Register your personal details")}</h1>
        <p>{say(
            "Điền các thông tin dưới đây. Mọi câu hỏi đều phải trả lời, trừ khi ghi “(không bắt buộc)”.",
            "Fill in the details below. Answer every question unless it says “(optional)”.",
        )}</p>
        <Form id=FORM_ID>
            <NameInput name="full_name"/>
            <Field name="dob" label=say("Ngày sinh", "Date of birth") hint=say("Ví dụ: 27 3 1990", "For example: 27 3 1990") group=true
                rule=FieldRule::Date(DateLimits { past: true, ..Default::default() })>
                <DateInput birthday=true/>
            </Field>
            <Field name="sex" label=say("Giới tính", "Sex") group=true rule=FieldRule::OneOf(vec!["male".into(), "female".into()])>
                <Radios inline=true options=vec![Choice::new("male", say("Nam", "Male")), Choice::new("female", say("Nữ", "Female"))]/>
            </Field>
            <CitizenIdInput name="id_number" birth_date_field="dob" sex_field="sex"/>
            <Field name="email" label=say("Địa chỉ email", "Email address") hint=say("Chúng tôi gửi biên nhận hồ sơ tới địa chỉ này.", "We send the dossier's receipt to this address.")
                optional=true rule=FieldRule::Email>
                <TextInput input_type=TextInputType::Email autocomplete="email" spellcheck=false/>
            </Field>
            <PhoneInput name="phone"/>
            <h2>{say("Địa chỉ thường trú", "Permanent address")}</h2>
            <AddressInput prefix="address"/>
            <Field name="attachments" label=say("Ảnh thẻ căn cước (hai mặt)", "Photos of your identity card (both sides)")
                hint=say("PDF, JPG hoặc PNG; mỗi tệp tối đa 5 MB; tối đa 2 tệp.", "PDF, JPG or PNG; each file up to 5 MB; at most 2 files.")
                subject=say("ảnh thẻ căn cước", "photos of your identity card") rule=FieldRule::Files(attachment_limits())>
                <FileUpload accept=ACCEPT.to_vec() max_bytes=MAX_BYTES max_files=MAX_FILES/>
            </Field>
            <h2>{say("Dữ liệu cá nhân", "Personal data")}</h2>
            <Consent name="consent_sms" title=say("Nhận tin nhắn về hồ sơ", "Text messages about your dossier")
                label=say(
                    "Tôi đồng ý cho cơ quan giải quyết dùng số điện thoại của tôi để nhắn tin về tình trạng hồ sơ này",
                    "I agree that the office handling this dossier may use my phone number to text me about its progress",
                )
                data=say("Số điện thoại di động", "Mobile phone number")
                purpose=say("Báo khi hồ sơ được tiếp nhận, cần bổ sung hoặc đã có kết quả", "To tell you when the dossier is received, needs more documents or has a result")
                controller=say("Văn phòng UBND tỉnh (bộ phận một cửa)", "Office of the Provincial People's Committee (one-stop desk)")
                withdraw=say("Bỏ chọn ô này trước khi gửi, hoặc gọi đường dây nóng của tỉnh bất cứ lúc nào", "Untick this box before sending, or call the province's hotline at any time")/>
            <Field name="declaration" label=say("Cam đoan", "Declaration") group=true rule=FieldRule::MustTick subject=say("lời cam đoan", "the declaration")>
                <Checkboxes options=vec![Choice::new("yes", say("Tôi cam đoan những thông tin trên là đúng sự thật", "I declare that the information above is true"))]/>
            </Field>
            <Button>{say("Gửi đăng ký", "Send registration")}</Button>
        </Form>
    }
    .into_any()
}

/// What the confirmation page lists, kept by the server for the citizen who sent it (never
/// in the address).
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "ssr", derive(serde::Serialize, serde::Deserialize))]
pub struct Receipt {
    pub reference: String,
    pub rows: Vec<(String, String)>,
    /// Who pays the fee (the applicant's name).
    pub payer: String,
    /// The dossier's latest payment at the gateway (its `txn_ref`) and how it was chosen
    /// ("vietqr", "gateway"); empty before the first.
    pub txn_ref: String,
    pub method: String,
    /// How many payments were started (a new one only after a failed or expired one), and
    /// when the latest was (seconds since 1970).
    pub attempts: u32,
    pub started_at: u64,
    /// The gateway's last return address could not be checked.
    pub return_refused: bool,
    /// The signed-in citizen the dossier belongs to (the example service's): its pages
    /// are shown to that citizen's session only. None: the browser that sent it.
    pub owner: Option<String>,
}

/// The answers as the confirmation page lists them, in `locale`; `files` are (name, bytes).
pub fn receipt_rows(
    values: &FormValues,
    files: &[(String, u64)],
    locale: Locale,
) -> Vec<(String, String)> {
    let say = |vi: &str, en: &str| pick(locale, vi, en).to_string();
    let dob = values.date("dob").map(|d| d.display()).unwrap_or_default();
    let phone = values
        .phone("phone", false)
        .map(|p| p.display())
        .unwrap_or_default();
    let sex = if values.text("sex") == "female" {
        say("Nữ", "Female")
    } else {
        say("Nam", "Male")
    };
    let email = values
        .email("email")
        .unwrap_or_else(|| say("Không cung cấp", "Not given"));
    let sms = if values.text("consent_sms") == "yes" {
        say("Đồng ý", "Agreed")
    } else {
        say("Không đồng ý", "Not agreed")
    };
    let attached = files
        .iter()
        .map(|(n, b)| format!("{n} ({})", human_size(*b, locale)))
        .collect::<Vec<_>>()
        .join(", ");
    vec![
        (
            say("Họ và tên", "Full name"),
            values.name("full_name").unwrap_or_default(),
        ),
        (
            say("Số định danh cá nhân", "Personal identification number"),
            values
                .citizen_id("id_number", false)
                .map(|id| id.grouped())
                .unwrap_or_default(),
        ),
        (say("Ngày sinh", "Date of birth"), dob),
        (say("Giới tính", "Sex"), sex),
        (say("Địa chỉ email", "Email address"), email),
        (say("Số điện thoại di động", "Mobile phone number"), phone),
        (
            say("Địa chỉ thường trú", "Permanent address"),
            address_line(values),
        ),
        (say("Tệp đã đính kèm", "Files attached"), attached),
        (
            say("Nhận tin nhắn về hồ sơ", "Text messages about the dossier"),
            sms,
        ),
    ]
}

/// The confirmation page after a successful post.
pub fn sent() -> AnyView {
    let receipt = use_context::<Receipt>();
    let Some(receipt) = receipt else {
        return view! {
            <h1>{say("Đã gửi đăng ký", "Registration sent")}</h1>
            <p>{say(
                "Trang này chỉ hiện biên nhận ngay sau khi bạn gửi, trên chính thiết bị đã gửi. Không tìm thấy biên nhận: có thể bạn đã mở trang này từ một đường dẫn khác, hoặc phiên đã hết hạn.",
                "This page shows the receipt only just after you send, on the device you sent from. No receipt was found: you may have opened this page from another link, or the session has ended.",
            )}</p>
            <p><a href=href(PATH)>{say("Quay lại biểu mẫu đăng ký", "Back to the registration form")}</a></p>
        }
        .into_any();
    };
    let fee = money::format_vnd(super::payment::total());
    view! {
        <Confirmation title=say("Đã gửi đăng ký", "Registration sent") code=receipt.reference/>
        <p>{say(
            "Chúng tôi đã ghi nhận các thông tin dưới đây. Đây là bản trình diễn: máy chủ trình diễn chỉ giữ hồ sơ trong bộ nhớ, và không gửi đi đâu.",
            "We have recorded the details below. This is a demonstration: the demo server keeps the dossier in memory only and sends it nowhere.",
        )}</p>
        <h2>{say("Việc tiếp theo: nộp lệ phí", "Next: pay the fee")}</h2>
        <p>{say("Hồ sơ được xử lý sau khi lệ phí ", "The dossier is handled once the fee of ")}{fee}{say(
            " được nộp. Bạn có thể nộp ngay, bằng chuyển khoản VietQR hoặc qua cổng thanh toán.",
            " is paid. You can pay now, by VietQR bank transfer or through the payment gateway.",
        )}</p>
        <p><a class="dvc-button" href=href(super::payment::FEE_PATH)>{say("Nộp lệ phí", "Pay the fee")}</a></p>
        <h2>{say("Thông tin đã gửi", "What you sent")}</h2>
        <dl class="demo-summary-list" id="receipt">
            {receipt.rows.into_iter().map(|(k, v)| view! { <div class="demo-summary-list__row"><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
        </dl>
        <p><a href=href(PATH)>{say("Đăng ký cho người khác", "Register someone else")}</a></p>
    }
    .into_any()
}

/// "Số 1 Hoàng Liên, Phường Cam Đường, Tỉnh Lào Cai" from the three address answers.
pub fn address_line(values: &FormValues) -> String {
    let commune = dvc_rules::divisions::commune(values.text("address_commune"))
        .map(|c| c.name.as_str())
        .unwrap_or("");
    let province = dvc_rules::divisions::provinces()
        .iter()
        .find(|p| p.code == values.text("address_province"))
        .map(|p| p.name)
        .unwrap_or("");
    [values.text("address_street").trim(), commune, province]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}
