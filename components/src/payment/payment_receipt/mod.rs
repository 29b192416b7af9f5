//! `PaymentReceipt` (biên lai điện tử): what was paid for a dossier, as the server recorded
//! it once the gateway confirmed: the dossier code, who paid, when, the transaction
//! reference, how, who collected it, each item and the total in figures and words. Its
//! facts are a description list (read as pairs), its items a table with a caption. Printed
//! (or saved as PDF) it fills one A4 page without the site's header, navigation or footer
//! (`payment-receipt.css`); once the page is interactive an "In biên lai" button opens the
//! browser's print dialogue (without JavaScript the browser's own Print does the same).

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use {
    super::fee_summary::capitalised,
    super::Fee,
    crate::i18n::{t, use_locale, Ui},
    dvc_rules::money::{amount_in_words, format_vnd},
    dvc_rules::Locale,
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// "10:30, 24/11/2026" from a gateway's "20261124103000" (`vnp_PayDate`, Viet Nam time), for
/// [`Paid::at`]; anything else is shown as given.
///
/// ```
/// assert_eq!(dvc_ui::payment::pay_time_in_words("20261124103000"), "10:30, 24/11/2026");
/// assert_eq!(dvc_ui::payment::pay_time_in_words("2026112410"), "2026112410");
/// ```
pub fn pay_time_in_words(raw: &str) -> String {
    let part = |from: usize, to: usize| raw.get(from..to).unwrap_or("");
    if raw.len() != 14 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return raw.to_string();
    }
    format!(
        "{}:{}, {}/{}/{}",
        part(8, 10),
        part(10, 12),
        part(6, 8),
        part(4, 6),
        part(0, 4)
    )
}

#[cfg(feature = "markup")]
/// What a receipt says about the payment itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paid {
    /// The dossier code (mã hồ sơ).
    pub reference: String,
    /// Who paid, as the dossier names them.
    pub payer: String,
    /// When, as the citizen reads it ("10:30, 24/11/2026").
    pub at: String,
    /// The gateway's or the bank's transaction reference.
    pub transaction: String,
    /// How ("VNPAY – thẻ ATM NCB", "Chuyển khoản VietQR").
    pub through: String,
    /// Who collected the money (đơn vị thu).
    pub collector: String,
}

#[cfg(feature = "markup")]
/// An electronic receipt for a paid dossier.
///
/// ```
/// use dvc_ui::payment::{Fee, Paid, PaymentReceipt};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Receipt() -> impl IntoView {
///     let paid = Paid {
///         reference: "000.00.12.H62-261124-0004".into(),
///         payer: "Nguyễn Thị Hoà".into(),
///         at: "10:30, 24/11/2026".into(),
///         transaction: "14422574".into(),
///         through: "VNPAY – thẻ ATM NCB".into(),
///         collector: "Văn phòng UBND tỉnh Lào Cai".into(),
///     };
///     view! { <PaymentReceipt paid=paid fees=vec![Fee::new("Lệ phí", "", 50_000)]/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::payment_receipt`].
#[component]
pub fn PaymentReceipt(
    /// The payment's facts.
    paid: Paid,
    /// Each item paid, in the order of the fee summary the citizen saw.
    fees: Vec<Fee>,
    /// The id of the receipt; its title's is this and `-title`. Default: made from the
    /// dossier code and the transaction, so two receipts on one page never share ids.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let id = id.unwrap_or_else(|| {
        crate::instance_id("dvc-receipt", &[&paid.reference, &paid.transaction])
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let total = fees
        .iter()
        .fold(0u64, |sum, f| sum.saturating_add(f.amount));
    let words = match locale {
        Locale::Vi => capitalised(&amount_in_words(total)),
        // The words are Vietnamese law's; an English page gives the figures only.
        Locale::En => format_vnd(total),
    };
    let facts = [
        (t(Ui::DossierCode), paid.reference),
        (t(Ui::Payer), paid.payer),
        (t(Ui::PaidAt), paid.at),
        (t(Ui::TransactionReference), paid.transaction),
        (t(Ui::PaidThrough), paid.through),
        (t(Ui::Collector), paid.collector),
    ];
    let facts = facts
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| {
            view! {
                <div class="dvc-receipt__fact"><dt>{k}</dt><dd>{v}</dd></div>
            }
        });
    // Every data cell names its row's item and its column (`headers`), besides the header
    // cells' `scope`: the total's header spans two columns, which makes the table one of
    // several header levels for some screen readers and checkers.
    let column = {
        let id = id.clone();
        move |name: &str| format!("{id}-{name}")
    };
    let row_id = id.clone();
    let items = fees.into_iter().enumerate().map({
        let column = column.clone();
        move |(n, fee)| {
        let row = format!("{row_id}-item-{}", n + 1);
        view! {
            <tr>
                <th scope="row" id=row.clone() headers=column("item")>{fee.name}</th>
                <td headers=format!("{row} {}", column("receiver"))>{fee.receiver}</td>
                <td class="dvc-receipt__amount" headers=format!("{row} {}", column("amount"))>{format_vnd(fee.amount)}</td>
            </tr>
        }
    }});
    view! {
        <section class="dvc-receipt" id=id aria-labelledby=labelled_by>
            <h2 class="dvc-receipt__title" id=title_id>{t(Ui::ReceiptTitle)}</h2>
            <dl class="dvc-receipt__facts">{facts.collect_view()}</dl>
            <table class="dvc-receipt__items">
                <caption class="dvc-receipt__caption">{t(Ui::ItemsPaid)}</caption>
                <thead>
                    <tr>
                        <th scope="col" id=column("item")>{t(Ui::Item)}</th>
                        <th scope="col" id=column("receiver")>{t(Ui::Receiver)}</th>
                        <th scope="col" id=column("amount") class="dvc-receipt__amount">{t(Ui::Amount)}</th>
                    </tr>
                </thead>
                <tbody>{items.collect_view()}</tbody>
                <tfoot>
                    <tr>
                        <th scope="row" colspan="2" id=column("total")>{t(Ui::Total)}</th>
                        <td class="dvc-receipt__amount" headers=format!("{} {}", column("total"), column("amount"))>{format_vnd(total)}</td>
                    </tr>
                </tfoot>
            </table>
            <p class="dvc-receipt__words"><strong>{format!("{}: ", t(Ui::InWords))}</strong>{words}</p>
            <p class="dvc-receipt__keep">{t(Ui::ReceiptKeep)}</p>
            <button type="button" class="dvc-button dvc-button--secondary dvc-receipt__print" hidden=true data-dvc-module="print">
                {t(Ui::PrintReceipt)}
            </button>
        </section>
    }
}
