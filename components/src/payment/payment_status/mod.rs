//! `PaymentStatus`: where a payment stands, as the server knows it (never as the browser's
//! return from the gateway claims): pending, paid, failed or expired, each with what it
//! means and what to do. Without JavaScript a "Kiểm tra lại" button loads the page again
//! (a GET: reading a status changes nothing, and a reload never asks to resend); with it,
//! the page also asks the server by itself, less and less often (2 s, then ×1.5 up to
//! 30 s, for 10 minutes), and says a change politely (`enhance.js`,
//! `data-dvc-module="payment-status"`, while the payment is pending).

#[cfg(feature = "markup")]
pub(crate) mod examples;

use crate::i18n::Ui;
use dvc_rules::Locale;
#[cfg(feature = "markup")]
use {
    crate::i18n::{t, use_locale},
    leptos::prelude::*,
};

/// A payment's state, as the server's record (the gateway's notification) has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaymentState {
    Pending,
    Paid,
    Failed,
    Expired,
}

impl PaymentState {
    /// The word the status address answers with ("pending", "paid", "failed", "expired").
    pub fn word(self) -> &'static str {
        match self {
            PaymentState::Pending => "pending",
            PaymentState::Paid => "paid",
            PaymentState::Failed => "failed",
            PaymentState::Expired => "expired",
        }
    }

    /// The state a status answer names.
    pub fn from_word(word: &str) -> Option<PaymentState> {
        [
            PaymentState::Pending,
            PaymentState::Paid,
            PaymentState::Failed,
            PaymentState::Expired,
        ]
        .into_iter()
        .find(|s| s.word() == word.trim())
    }

    /// Whether it can still change (only a pending payment can).
    pub fn is_final(self) -> bool {
        self != PaymentState::Pending
    }

    fn title(self, locale: Locale) -> &'static str {
        (match self {
            PaymentState::Pending => Ui::PaymentPending,
            PaymentState::Paid => Ui::PaymentPaid,
            PaymentState::Failed => Ui::PaymentFailed,
            PaymentState::Expired => Ui::PaymentExpired,
        })
        .text(locale)
    }

    fn explanation(self, locale: Locale) -> &'static str {
        (match self {
            PaymentState::Pending => Ui::PaymentPendingNext,
            PaymentState::Paid => Ui::PaymentPaidNext,
            PaymentState::Failed => Ui::PaymentFailedNext,
            PaymentState::Expired => Ui::PaymentExpiredNext,
        })
        .text(locale)
    }
}

#[cfg(feature = "markup")]
/// The status of one payment.
///
/// ```
/// use dvc_ui::payment::{PaymentState, PaymentStatus};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Status() -> impl IntoView {
///     view! { <PaymentStatus state=PaymentState::Pending check_url="/thanh-toan/HS0004/trang-thai"/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::payment_status`].
#[component]
pub fn PaymentStatus(
    /// The state when the page was made (by the server).
    state: PaymentState,
    /// Where the page asks for the current state (answers one of [`PaymentState::word`]).
    #[prop(into)]
    check_url: String,
    /// The page "Kiểm tra lại" loads (default: this page).
    #[prop(optional, into)]
    recheck_action: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class=format!("dvc-payment-status dvc-payment-status--{}", state.word())
            data-dvc-module=(!state.is_final()).then_some("payment-status") data-check-url=check_url>
            <h2 class="dvc-payment-status__title">{t(Ui::PaymentStatusTitle)}</h2>
            <p class="dvc-payment-status__state"><strong class="dvc-payment-status__tag">{state.title(locale)}</strong></p>
            <p class="dvc-payment-status__explanation">{state.explanation(locale)}</p>
            <form class="dvc-payment-status__again" method="get" action=recheck_action.filter(|a| !a.is_empty()) hidden=state.is_final()>
                <button type="submit" class="dvc-button dvc-button--secondary">{t(Ui::CheckAgain)}</button>
            </form>
            <div class="dvc-visually-hidden" aria-live="polite"></div>
        </div>
    }
}
