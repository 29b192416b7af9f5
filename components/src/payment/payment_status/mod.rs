//! `PaymentStatus`: where a payment stands, as the server knows it (never as the browser's
//! return from the gateway claims): pending, paid, failed or expired, each with what it
//! means and what to do. Without JavaScript a "Kiểm tra lại" button loads the page again
//! (a GET: reading a status changes nothing, and a reload never asks to resend); with it,
//! the page also asks the server by itself, less and less often (2 s, then ×1.5 up to
//! 30 s, for 10 minutes), and says a change politely.

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

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

    fn title(self) -> &'static str {
        t(match self {
            PaymentState::Pending => Ui::PaymentPending,
            PaymentState::Paid => Ui::PaymentPaid,
            PaymentState::Failed => Ui::PaymentFailed,
            PaymentState::Expired => Ui::PaymentExpired,
        })
    }

    fn explanation(self) -> &'static str {
        t(match self {
            PaymentState::Pending => Ui::PaymentPendingNext,
            PaymentState::Paid => Ui::PaymentPaidNext,
            PaymentState::Failed => Ui::PaymentFailedNext,
            PaymentState::Expired => Ui::PaymentExpiredNext,
        })
    }
}

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
    let current = RwSignal::new(state);
    let announcement = RwSignal::new(String::new());
    if !crate::SERVER_RENDER && !state.is_final() {
        Effect::new(move |_| poll(check_url.clone(), 2_000, 0, current, announcement));
    }
    let class = move || {
        format!(
            "dvc-payment-status dvc-payment-status--{}",
            current.get().word()
        )
    };
    view! {
        <div class=class>
            <h2 class="dvc-payment-status__title">{t(Ui::PaymentStatusTitle)}</h2>
            <p class="dvc-payment-status__state"><strong class="dvc-payment-status__tag">{move || current.get().title()}</strong></p>
            <p class="dvc-payment-status__explanation">{move || current.get().explanation()}</p>
            <form class="dvc-payment-status__again" method="get" action=recheck_action.filter(|a| !a.is_empty()) hidden=move || current.get().is_final()>
                <button type="submit" class="dvc-button dvc-button--secondary">{t(Ui::CheckAgain)}</button>
            </form>
            <div class="dvc-visually-hidden" aria-live="polite">{move || announcement.get()}</div>
        </div>
    }
}

/// How long the page keeps asking by itself.
const POLL_FOR_MS: u64 = 10 * 60 * 1000;
/// The longest wait between two questions.
#[cfg(target_arch = "wasm32")]
const MAX_DELAY_MS: u64 = 30_000;

/// Asks `url` after `delay` ms, then again less often, until the state is final or 10
/// minutes have passed; a change is shown and said.
fn poll(
    url: String,
    delay: u64,
    waited: u64,
    current: RwSignal<PaymentState>,
    announcement: RwSignal<String>,
) {
    if waited >= POLL_FOR_MS {
        return;
    }
    #[cfg(target_arch = "wasm32")]
    set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                let answer = crate::fetch::get_text(&url, true)
                    .await
                    .as_deref()
                    .and_then(PaymentState::from_word);
                if let Some(state) = answer.filter(|s| *s != current.get_untracked()) {
                    current.set(state);
                    announcement.set(format!("{} {}", state.title(), state.explanation()));
                }
                if !current.get_untracked().is_final() {
                    let next = (delay * 3 / 2).min(MAX_DELAY_MS);
                    poll(url, next, waited + delay, current, announcement);
                }
            });
        },
        std::time::Duration::from_millis(delay),
    );
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (url, delay, current, announcement);
}
