//! `FeeSummary`: what a procedure costs before the citizen pays: each fee or charge, who
//! receives it, its amount, and the total in figures ("1.234.567 ₫") and, on a Vietnamese
//! page, in words. A description list, so a screen reader reads each item and its amount
//! as a pair.

pub(crate) mod examples;

use crate::i18n::{t, use_locale, Ui};
use dvc_rules::money::{amount_in_words, format_vnd};
use dvc_rules::Locale;
use leptos::prelude::*;

/// One item of a fee summary: "Lệ phí đăng ký hộ kinh doanh", received by "UBND xã", 100.000 ₫.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fee {
    /// What it is ("Lệ phí", "Phí thẩm định …").
    pub name: String,
    /// Who receives it; empty when the page says it once elsewhere.
    pub receiver: String,
    /// In đồng.
    pub amount: u64,
}

impl Fee {
    pub fn new(name: &str, receiver: &str, amount: u64) -> Fee {
        Fee {
            name: name.into(),
            receiver: receiver.into(),
            amount,
        }
    }
}

/// The fees of a procedure and their total.
///
/// ```
/// use dvc_ui::payment::{Fee, FeeSummary};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Fees() -> impl IntoView {
///     view! { <FeeSummary fees=vec![Fee::new("Lệ phí đăng ký hộ kinh doanh", "UBND xã Cam Đường", 100_000)]/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::fee_summary`].
#[component]
pub fn FeeSummary(
    /// Each fee or charge, in the order the citizen reads them.
    fees: Vec<Fee>,
    /// The heading above the list (default "Phí, lệ phí phải nộp").
    #[prop(optional, into)]
    title: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    // A total beyond u64 is not a fee: saturate rather than wrap.
    let total = fees
        .iter()
        .fold(0u64, |sum, f| sum.saturating_add(f.amount));
    let words = (locale == Locale::Vi).then(|| view! { <p class="dvc-fee-summary__words">{format!("{}: {}", t(Ui::InWords), capitalised(&amount_in_words(total)))}</p> });
    let receiver_label = t(Ui::Receiver);
    view! {
        <div class="dvc-fee-summary">
            <h2 class="dvc-fee-summary__title">{title.unwrap_or_else(|| t(Ui::FeesToPay).into())}</h2>
            <dl class="dvc-fee-summary__list">
                {fees.into_iter().map(|fee| {
                    let receiver = (!fee.receiver.is_empty()).then(|| view! {
                        <span class="dvc-fee-summary__receiver">{format!("{receiver_label}: {}", fee.receiver)}</span>
                    });
                    view! {
                        <div class="dvc-fee-summary__row">
                            <dt class="dvc-fee-summary__name">{fee.name}" "{receiver}</dt>
                            <dd class="dvc-fee-summary__amount">{format_vnd(fee.amount)}</dd>
                        </div>
                    }
                }).collect_view()}
                <div class="dvc-fee-summary__row dvc-fee-summary__row--total">
                    <dt class="dvc-fee-summary__name">{t(Ui::Total)}</dt>
                    <dd class="dvc-fee-summary__amount">{format_vnd(total)}</dd>
                </div>
            </dl>
            {words}
        </div>
    }
}

/// "Một trăm nghìn đồng" from "một trăm nghìn đồng".
pub(crate) fn capitalised(text: &str) -> String {
    dvc_rules::latin::with_first(text, true)
}
