//! The example service's payment step, after its confirmation: the fee page (what is owed,
//! and how to pay), the VietQR transfer page, the status page the gateway sends the citizen
//! back to (through [`RETURN_PATH`], which only checks the return and redirects), and the
//! receipt. What each page shows comes from the server's record of the dossier and its
//! order ([`PaymentView`]), never from the address: the gateway's return proves nothing;
//! its signed notification to the server (IPN) does.

use crate::language::{href, pick, say};
use dvc_rules::vietqr::{Service, Transfer};
use dvc_rules::Locale;
use dvc_ui::payment::{
    Fee, FeeSummary, Paid, PaymentMethodChooser, PaymentReceipt, PaymentState, PaymentStatus,
    VietQrPanel,
};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// What is owed and how to pay (the form posts here).
pub const FEE_PATH: &str = "/examples/dang-ky-thong-tin-ca-nhan/le-phi";
/// The bank transfer by VietQR.
pub const TRANSFER_PATH: &str = "/examples/dang-ky-thong-tin-ca-nhan/chuyen-khoan";
/// Where the payment stands (the server's record).
pub const STATUS_PATH: &str = "/examples/dang-ky-thong-tin-ca-nhan/thanh-toan";
/// The word in the status page's address after a gateway return whose signature did not
/// hold ("the address proves nothing"; the page shows the server's record).
pub const UNCHECKED_RETURN: &str = "tra-ve=chua-xac-minh";
/// Where the gateway sends the citizen back: checked, then redirected to [`STATUS_PATH`].
pub const RETURN_PATH: &str = "/examples/dang-ky-thong-tin-ca-nhan/ket-qua-thanh-toan";
/// The electronic receipt, once paid.
pub const RECEIPT_PATH: &str = "/examples/dang-ky-thong-tin-ca-nhan/bien-lai";
/// The fee page's form id (posted as `dvc_form`).
pub const FORM_ID: &str = "payment";
/// The gateway's name as citizens know it.
pub const GATEWAY: &str = "VNPAY";

/// The demo's receiving account (fictitious: the pages say not to send real money).
pub const BANK_BIN: &str = "970418";
pub const BANK_NAME: &str = "BIDV";
pub const ACCOUNT_NUMBER: &str = "12010000000000";
pub const ACCOUNT_HOLDER: &str = "VAN PHONG UBND TINH (TRINH DIEN)";

/// Where the page asks for the state of payment `txn_ref` (answers "pending", "paid", …).
pub fn check_url(txn_ref: &str) -> String {
    format!("/thanh-toan/{txn_ref}/trang-thai")
}

/// The example service's fees, in `locale`.
pub fn fees(locale: Locale) -> Vec<Fee> {
    let say = |vi: &'static str, en: &'static str| pick(locale, vi, en);
    vec![
        Fee::new(
            say("Lệ phí đăng ký thông tin", "Registration fee"),
            say(
                "Văn phòng UBND tỉnh",
                "Office of the Provincial People's Committee",
            ),
            30_000,
        ),
        Fee::new(
            say("Phí cấp bản sao kết quả", "Charge for a copy of the result"),
            say(
                "Trung tâm Phục vụ hành chính công tỉnh",
                "Provincial public administration service centre",
            ),
            20_000,
        ),
    ]
}

/// The total of [`fees`], in đồng.
pub fn total() -> u64 {
    fees(Locale::Vi).iter().map(|f| f.amount).sum()
}

/// What the payment pages show, from the server's record of the citizen's dossier (given
/// as context while the server renders).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PaymentView {
    /// The dossier code; empty when this browser has no dossier.
    pub reference: String,
    pub payer: String,
    /// The current payment's reference at the gateway; empty before the first.
    pub txn_ref: String,
    /// "pending", "paid", "failed", "expired"; empty before the first payment.
    pub state: String,
    /// How it was paid ("vietqr", "gateway"), with the gateway's facts once settled.
    pub method: String,
    pub transaction_no: String,
    pub bank_code: String,
    /// "yyyyMMddHHmmss", Viet Nam time.
    pub pay_date: String,
    /// The gateway's return could not be checked (a changed or forged address).
    pub return_refused: bool,
}

impl PaymentView {
    fn payment_state(&self) -> Option<PaymentState> {
        PaymentState::from_word(&self.state)
    }
}

/// The record the server rendering this page gave.
fn view_data() -> PaymentView {
    use_context::<PaymentView>().unwrap_or_default()
}

/// A payment page's content (its record was given as context; nothing of it is written
/// into the page besides what the page shows).
fn page(_data: &PaymentView, content: AnyView) -> AnyView {
    content
}

/// When this browser has no dossier (another device, or the 30 minutes have passed).
fn no_dossier(title: &'static str) -> AnyView {
    view! {
        <h1>{title}</h1>
        <p>{say(
            "Không tìm thấy hồ sơ của bạn trên thiết bị này: trang này chỉ mở được trên thiết bị đã gửi hồ sơ, trong 30 phút sau khi gửi.",
            "Your dossier was not found on this device: this page opens only on the device that sent the dossier, within 30 minutes of sending.",
        )}</p>
        <p><a href=href(super::register::PATH)>{say("Đến biểu mẫu đăng ký", "Go to the registration form")}</a></p>
    }
    .into_any()
}

fn dossier_line(reference: &str) -> AnyView {
    view! { <p class="demo-lead">{say("Hồ sơ ", "Dossier ")}<strong>{reference.to_string()}</strong></p> }.into_any()
}

/// The fee page: what is owed, then how to pay (a form: nothing chosen in advance).
pub fn fee() -> AnyView {
    let data = view_data();
    if data.reference.is_empty() {
        return no_dossier(say("Nộp lệ phí", "Pay the fee"));
    }
    let state = data.payment_state();
    if state == Some(PaymentState::Paid) {
        let content = view! {
            <h1>{say("Lệ phí đã được nộp", "The fee has been paid")}</h1>
            {dossier_line(&data.reference)}
            <p>{say("Hồ sơ này đã được thanh toán; bạn không cần trả lần nữa.", "This dossier has been paid for; you do not need to pay again.")}</p>
            <p><a href=href(RECEIPT_PATH)>{say("Xem biên lai", "See the receipt")}</a></p>
        };
        return page(&data, content.into_any());
    }
    let earlier = state.filter(|s| *s != PaymentState::Pending).map(|s| {
        view! {
            <PaymentStatus state=s check_url=check_url(&data.txn_ref)/>
        }
    });
    let content = view! {
        <h1>{say("Nộp lệ phí", "Pay the fee")}</h1>
        {dossier_line(&data.reference)}
        {earlier}
        <FeeSummary fees=fees(use_locale())/>
        <Form id=FORM_ID>
            <PaymentMethodChooser gateway_name=GATEWAY/>
            <Button>{say("Tiếp tục", "Continue")}</Button>
        </Form>
    };
    page(&data, content.into_any())
}

/// The VietQR transfer, with the payment's status beside it.
pub fn transfer() -> AnyView {
    let data = view_data();
    let Some(state) = data.payment_state().filter(|_| !data.reference.is_empty()) else {
        return no_dossier(say("Chuyển khoản bằng mã VietQR", "Pay by VietQR transfer"));
    };
    let code = Transfer::new(BANK_BIN, ACCOUNT_NUMBER, Service::Account)
        .with_amount(total())
        .with_purpose(&data.reference);
    let content = view! {
        <h1>{say("Chuyển khoản lệ phí", "Transfer the fee")}</h1>
        {dossier_line(&data.reference)}
        <p class="demo-warning"><strong>{say(
            "Đây là trang trình diễn: tài khoản dưới đây là giả, đừng chuyển tiền thật.",
            "This is a demonstration: the account below is not real; do not send real money.",
        )}</strong></p>
        <VietQrPanel transfer=code bank_name=BANK_NAME account_holder=ACCOUNT_HOLDER/>
        <PaymentStatus state=state check_url=check_url(&data.txn_ref) recheck_action=href(TRANSFER_PATH)/>
        <p><a href=href(FEE_PATH)>{say("Chọn cách thanh toán khác", "Choose another way to pay")}</a></p>
    };
    page(&data, content.into_any())
}

/// Where the payment stands, as the server's record has it.
pub fn status() -> AnyView {
    let data = view_data();
    let Some(state) = data.payment_state().filter(|_| !data.reference.is_empty()) else {
        return no_dossier(say("Thanh toán lệ phí", "Paying the fee"));
    };
    let refused = data.return_refused.then(|| view! {
        <p class="demo-warning">{say(
            "Địa chỉ cổng thanh toán gửi bạn về không kiểm tra được (có thể đã bị sửa). Trạng thái dưới đây là của máy chủ, không phụ thuộc địa chỉ đó.",
            "The address the payment gateway sent you back with could not be checked (it may have been changed). The status below is the server's own, whatever that address said.",
        )}</p>
    });
    let next = match state {
        PaymentState::Paid => {
            view! { <p><a href=href(RECEIPT_PATH)>{say("Xem biên lai", "See the receipt")}</a></p> }
                .into_any()
        }
        PaymentState::Pending => ().into_any(),
        PaymentState::Failed | PaymentState::Expired => {
            view! { <p><a href=href(FEE_PATH)>{say("Thanh toán lại", "Pay again")}</a></p> }
                .into_any()
        }
    };
    let content = view! {
        <h1>{say("Thanh toán lệ phí", "Paying the fee")}</h1>
        {dossier_line(&data.reference)}
        {refused}
        <PaymentStatus state=state check_url=check_url(&data.txn_ref) recheck_action=href(STATUS_PATH)/>
        {next}
    };
    page(&data, content.into_any())
}

/// The electronic receipt, once the server has the gateway's confirmation.
pub fn receipt() -> AnyView {
    let data = view_data();
    if data.reference.is_empty() {
        return no_dossier(say("Biên lai nộp lệ phí", "Fee receipt"));
    }
    if data.payment_state() != Some(PaymentState::Paid) {
        let content = view! {
            <h1>{say("Chưa có biên lai", "No receipt yet")}</h1>
            {dossier_line(&data.reference)}
            <p>{say(
                "Biên lai có khi máy chủ nhận được xác nhận thanh toán của ngân hàng hoặc cổng thanh toán.",
                "The receipt is made when the server receives the bank's or the payment gateway's confirmation.",
            )}</p>
            <p><a href=href(STATUS_PATH)>{say("Xem trạng thái thanh toán", "See the payment status")}</a></p>
        };
        return page(&data, content.into_any());
    }
    let locale = use_locale();
    let through = match data.method.as_str() {
        "vietqr" => say("Chuyển khoản VietQR", "VietQR bank transfer").to_string(),
        _ if data.bank_code.is_empty() => GATEWAY.to_string(),
        _ => format!("{GATEWAY} – {}", data.bank_code),
    };
    let paid = Paid {
        reference: data.reference.clone(),
        payer: data.payer.clone(),
        at: dvc_ui::payment::pay_time_in_words(&data.pay_date),
        transaction: data.transaction_no.clone(),
        through,
        collector: say(
            "Văn phòng UBND tỉnh",
            "Office of the Provincial People's Committee",
        )
        .into(),
    };
    let content = view! {
        <h1>{say("Biên lai nộp lệ phí", "Fee receipt")}</h1>
        <PaymentReceipt paid=paid fees=fees(locale)/>
        <p class="dvc-no-print"><a href=href(STATUS_PATH)>{say("Về trang trạng thái thanh toán", "Back to the payment status")}</a></p>
    };
    page(&data, content.into_any())
}
