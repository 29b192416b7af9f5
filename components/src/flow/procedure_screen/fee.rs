//! The fee pages of a submitted dossier, as the engine works them out: the confirmation's
//! fee part (pay now, paid, or at the office), the fee page (what is owed, then how to
//! pay: a `Form` of `PaymentMethodChooser` with only the ways the portal offers), the
//! VietQR transfer (`VietQrPanel` and `PaymentStatus`), where the payment stands, and the
//! receipt (`PaymentReceipt`). Every address is the procedure's start page's + the
//! engine's own (`dvc_procedure::screen::at`).

use super::{answered, fee_list, say};
use crate::form::{Button, Form, FORM_ID_FIELD};
use crate::payment::{
    pay_time_in_words, FeeSummary, Paid, PaymentMethod, PaymentMethodChooser, PaymentReceipt,
    PaymentState, PaymentStatus, VietQrPanel,
};
use dvc_procedure::route::FeeLine;
use dvc_procedure::screen::{at, posted, FeeStep, PayState, Receipt};
use dvc_rules::form::FieldProblem;
use dvc_rules::vietqr::Transfer;
use dvc_rules::Locale;
use leptos::prelude::*;

pub(super) fn pay_heading(locale: Locale) -> &'static str {
    say(locale, "Nộp phí, lệ phí", "Pay the fee")
}

pub(super) fn transfer_heading(locale: Locale) -> &'static str {
    say(locale, "Chuyển khoản phí, lệ phí", "Transfer the fee")
}

pub(super) fn payment_heading(locale: Locale) -> &'static str {
    say(locale, "Thanh toán phí, lệ phí", "Paying the fee")
}

pub(super) fn receipt_heading(locale: Locale, paid: bool) -> &'static str {
    match paid {
        true => say(locale, "Biên lai nộp phí, lệ phí", "Fee receipt"),
        false => say(locale, "Chưa có biên lai", "No receipt yet"),
    }
}

fn state(s: PayState) -> PaymentState {
    match s {
        PayState::Pending => PaymentState::Pending,
        PayState::Paid => PaymentState::Paid,
        PayState::Failed => PaymentState::Failed,
        PayState::Expired => PaymentState::Expired,
    }
}

/// Where the page's script asks for the payment's state.
fn check_url(base: &str) -> String {
    format!("{base}/{}/{}", at::PAYMENT, at::PAYMENT_STATE)
}

fn dossier_line(code: &str, locale: Locale) -> impl IntoView {
    view! { <p class="dvc-body">{say(locale, "Hồ sơ ", "Dossier ")}<strong>{code.to_string()}</strong></p> }
}

/// The confirmation's part about paying (after its fee summary).
pub(super) fn after_sent(base: &str, fee: FeeStep, locale: Locale) -> AnyView {
    match fee {
        FeeStep::Free => ().into_any(),
        FeeStep::AtOffice => view! {
            <p class="dvc-body">{say(locale,
                "Bạn nộp phí, lệ phí tại cơ quan giải quyết khi nhận kết quả.",
                "You pay the fee at the deciding office when you collect the result.",
            )}</p>
        }
        .into_any(),
        FeeStep::Due => view! {
            <p class="dvc-body">{say(locale,
                "Hồ sơ được giải quyết sau khi phí, lệ phí được nộp. Bạn có thể nộp ngay bây giờ, hoặc quay lại trang này sau.",
                "The dossier is decided once the fee is paid. You can pay now, or come back to this page later.",
            )}</p>
            <p class="dvc-body dvc-no-print"><a class="dvc-button" href=format!("{base}/{}", at::PAY)>{say(locale, "Nộp phí, lệ phí", "Pay the fee")}</a></p>
        }
        .into_any(),
        FeeStep::Paid => view! {
            <p class="dvc-body">{say(locale, "Phí, lệ phí đã được nộp. ", "The fee has been paid. ")}
                <a class="dvc-link" href=format!("{base}/{}", at::RECEIPT)>{say(locale, "Xem biên lai", "See the receipt")}</a></p>
        }
        .into_any(),
    }
}

/// The fee page: what is owed, how the last payment ended, then how to pay.
#[allow(clippy::too_many_arguments)]
pub(super) fn pay(
    base: &str,
    code: String,
    fees: Vec<FeeLine>,
    earlier: Option<PayState>,
    gateway: Option<String>,
    problems: Vec<FieldProblem>,
    locale: Locale,
) -> AnyView {
    provide_context(answered(
        vec![(FORM_ID_FIELD.to_string(), posted::PAY_FORM.into())],
        problems,
    ));
    let earlier =
        earlier.map(|s| view! { <PaymentStatus state=state(s) check_url=check_url(base)/> });
    let mut methods = vec![PaymentMethod::VietQr];
    if gateway.is_some() {
        methods.push(PaymentMethod::Gateway);
    }
    view! {
        <h1 class="dvc-heading-l">{pay_heading(locale)}</h1>
        {dossier_line(&code, locale)}
        {earlier}
        <FeeSummary fees=fee_list(&fees, locale)/>
        <Form id=posted::PAY_FORM action=format!("{base}/{}", at::PAY)>
            <PaymentMethodChooser name=posted::PAY_METHOD gateway_name=gateway.unwrap_or_default() methods=methods/>
            <Button>{say(locale, "Tiếp tục", "Continue")}</Button>
        </Form>
        <p class="dvc-body"><a class="dvc-link" href=format!("{base}/{}", at::SENT)>{say(locale, "Về trang hồ sơ đã nộp", "Back to the submitted dossier")}</a></p>
    }
    .into_any()
}

/// The VietQR transfer, with the payment's state beside it.
pub(super) fn transfer(
    base: &str,
    code: String,
    transfer: Transfer,
    bank_name: String,
    account_holder: String,
    s: PayState,
    locale: Locale,
) -> AnyView {
    view! {
        <h1 class="dvc-heading-l">{transfer_heading(locale)}</h1>
        {dossier_line(&code, locale)}
        <VietQrPanel transfer=transfer bank_name=bank_name account_holder=account_holder/>
        <PaymentStatus state=state(s) check_url=check_url(base) recheck_action=format!("{base}/{}", at::TRANSFER)/>
        <p class="dvc-body"><a class="dvc-link" href=format!("{base}/{}", at::PAY)>{say(locale, "Chọn cách thanh toán khác", "Choose another way to pay")}</a></p>
    }
    .into_any()
}

/// Where the payment stands, as the server's record has it.
pub(super) fn payment(
    base: &str,
    code: String,
    s: PayState,
    return_refused: bool,
    locale: Locale,
) -> AnyView {
    let refused = return_refused.then(|| view! {
        <div class="dvc-inset dvc-inset--warning">
            <p class="dvc-body">{say(locale,
                "Địa chỉ cổng thanh toán gửi bạn về không kiểm tra được (có thể đã bị sửa). Trạng thái dưới đây là của máy chủ, không phụ thuộc địa chỉ đó.",
                "The address the payment gateway sent you back with could not be checked (it may have been changed). The status below is the server's own, whatever that address said.",
            )}</p>
        </div>
    });
    let next = match s {
        PayState::Paid => view! {
            <p class="dvc-body"><a class="dvc-link" href=format!("{base}/{}", at::RECEIPT)>{say(locale, "Xem biên lai", "See the receipt")}</a></p>
        }
        .into_any(),
        PayState::Pending => ().into_any(),
        PayState::Failed | PayState::Expired => view! {
            <p class="dvc-body"><a class="dvc-link" href=format!("{base}/{}", at::PAY)>{say(locale, "Thanh toán lại", "Pay again")}</a></p>
        }
        .into_any(),
    };
    view! {
        <h1 class="dvc-heading-l">{payment_heading(locale)}</h1>
        {dossier_line(&code, locale)}
        {refused}
        <PaymentStatus state=state(s) check_url=check_url(base) recheck_action=format!("{base}/{}", at::PAYMENT)/>
        {next}
    }
    .into_any()
}

/// The receipt, or why there is none yet.
pub(super) fn receipt(
    base: &str,
    code: String,
    fees: Vec<FeeLine>,
    paid: Option<Receipt>,
    locale: Locale,
) -> AnyView {
    let status = format!("{base}/{}", at::PAYMENT);
    let Some(r) = paid else {
        return view! {
            <h1 class="dvc-heading-l">{receipt_heading(locale, false)}</h1>
            {dossier_line(&code, locale)}
            <p class="dvc-body">{say(locale,
                "Biên lai có khi máy chủ nhận được xác nhận thanh toán của ngân hàng hoặc cổng thanh toán.",
                "The receipt is made when the server receives the bank's or the payment gateway's confirmation.",
            )}</p>
            <p class="dvc-body"><a class="dvc-link" href=status>{say(locale, "Xem trạng thái thanh toán", "See the payment status")}</a></p>
        }
        .into_any();
    };
    let through = match r.method.as_str() {
        "vietqr" => say(locale, "Chuyển khoản VietQR", "VietQR bank transfer").to_string(),
        _ if r.bank_code.is_empty() => r.gateway.clone(),
        _ => format!("{} – {}", r.gateway, r.bank_code),
    };
    let paid = Paid {
        reference: code,
        payer: r.payer,
        at: pay_time_in_words(&r.paid_at),
        transaction: r.transaction,
        through,
        collector: r.collector,
    };
    view! {
        <h1 class="dvc-heading-l">{receipt_heading(locale, true)}</h1>
        <PaymentReceipt paid=paid fees=fee_list(&fees, locale)/>
        <p class="dvc-body dvc-no-print"><a class="dvc-link" href=status>{say(locale, "Về trang trạng thái thanh toán", "Back to the payment status")}</a></p>
    }
    .into_any()
}
