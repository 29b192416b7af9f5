//! The demo's payments (server only): the orders the payment examples refer to, the
//! example service's payment step (one payment per dossier at a time: the idempotency
//! rule is [`Payments::start`]), the status address `PaymentStatus` asks
//! (`/thanh-toan/{reference}/trang-thai`, never cached), and VNPAY's IPN
//! (`/thanh-toan/vnpay/ipn`), checked and settled by `dvc_server::vnpay`. The demo's
//! merchant is VNPAY's sandbox with the code and secret from `DVC_VNPAY_TMN_CODE` and
//! `DVC_VNPAY_SECRET` (required: without a secret the server does not start);
//! `DVC_VNPAY_PAY_URL` points it at another gateway speaking the same contract, such as the
//! tests' stand-in on this machine (`tests/gateway/vnpay-stand-in.mjs`), for which the
//! demo's own code and secret are used when none is set.

use crate::language::address;
use crate::pages::payment::{self, PaymentView};
use crate::pages::register::Receipt;
use axum::extract::{Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use dvc_rules::Locale;
use dvc_server::database::{Database, StoreError};
use dvc_server::vnpay::{
    is_loopback, Merchant, Order, Orders, PaymentRequest, PaymentStatus, Settlement, SqlOrders,
    SANDBOX_PAY_URL,
};
use dvc_ui::payment::PaymentMethod;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// How long a started payment may be paid (VNPAY's `vnp_ExpireDate`).
pub const PAY_WITHIN_SECONDS: u64 = 15 * 60;

/// Demo values for the sandbox merchant, used when the environment names none.
pub const DEMO_TMN_CODE: &str = "DVCDEMO1";
pub const DEMO_SECRET: &str = "DVCDEMOSECRETNOTFORMONEY";

/// The demo's merchant and its orders.
#[derive(Clone)]
pub struct Payments {
    pub merchant: Merchant,
    pub orders: Arc<SqlOrders>,
    /// Held while a dossier's payment is started, from reading the dossier to keeping it:
    /// two posts of "Tiếp tục" at once must find one payment, not start one each.
    starting: Arc<tokio::sync::Mutex<()>>,
}

impl Payments {
    /// The sandbox merchant, and the orders the `PaymentStatus` examples show: HS0004
    /// pending (its page asks until the IPN settles it), HS0005 paid, HS0006 failed, HS0007
    /// expired.
    /// The merchant comes from `DVC_VNPAY_PAY_URL` (VNPAY's sandbox when unset),
    /// `DVC_VNPAY_TMN_CODE` and `DVC_VNPAY_SECRET`; the demo's own code and secret only
    /// for a stand-in on this machine; `DVC_VNPAY_IPN_FROM`, VNPAY's addresses, when the
    /// IPN should be taken from them only. A real gateway without its secret is refused: the
    /// server does not start (anyone could forge a "paid" notification).
    pub async fn new(db: Database) -> Result<Payments, String> {
        let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let pay_url = env("DVC_VNPAY_PAY_URL").unwrap_or_else(|| SANDBOX_PAY_URL.into());
        let stand_in = is_loopback(&pay_url);
        let or_demo = |value: Option<String>, demo: &str| {
            value
                .or_else(|| stand_in.then(|| demo.to_string()))
                .unwrap_or_default()
        };
        let ipn_from = env("DVC_VNPAY_IPN_FROM")
            .map(|list| {
                list.split(',')
                    .map(str::trim)
                    .filter(|a| !a.is_empty())
                    .map(|a| {
                        a.parse().map_err(|_| {
                            format!("DVC_VNPAY_IPN_FROM: {a:?} is not an IP address (write them as 113.160.92.202,113.52.45.78)")
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()
            })
            .transpose()?
            .unwrap_or_default();
        let merchant = Merchant::checked(
            &or_demo(env("DVC_VNPAY_TMN_CODE"), DEMO_TMN_CODE),
            &or_demo(env("DVC_VNPAY_SECRET"), DEMO_SECRET),
            &pay_url,
        )?
        .with_ipn_from(ipn_from);
        let payments = Payments {
            merchant,
            orders: Arc::new(SqlOrders::new(db)),
            starting: Arc::default(),
        };
        payments.open_examples().await;
        Ok(payments)
    }

    /// The orders the `PaymentStatus` examples show (again after a purge: opening keeps
    /// an order that is there).
    async fn open_examples(&self) {
        for (reference, settled) in [
            (EXAMPLE_ORDERS[0], None),
            (EXAMPLE_ORDERS[1], Some(PaymentStatus::Paid)),
            (EXAMPLE_ORDERS[2], Some(PaymentStatus::Failed)),
            (EXAMPLE_ORDERS[3], Some(PaymentStatus::Expired)),
        ] {
            if matches!(self.orders.find(reference).await, Ok(None)) {
                logged(self.orders.open(reference, 150_000).await);
                if let Some(to) = settled {
                    logged(self.orders.settle(reference, Settlement::to(to)).await);
                }
            }
        }
    }

    /// Forgets orders past [`dvc_server::vnpay::ORDER_LIFETIME`] (the purge timer).
    pub async fn purge(&self) {
        logged(self.orders.purge(dvc_server::vnpay::ORDER_LIFETIME).await);
        self.open_examples().await;
    }
}

impl Payments {
    /// One start at a time (see `starting`); hold it from reading the dossier until it is
    /// kept again.
    pub async fn one_start_at_a_time(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.starting.lock().await
    }

    /// Where the citizen goes after choosing `method` for `dossier` (updated in place): the
    /// VietQR page, the gateway, or (already paid) the status page. One payment per dossier
    /// at a time: while the latest is pending and not past its time, it is the one used
    /// again (pressing "Tiếp tục" twice, in two tabs, or coming back from the gateway
    /// starts nothing new); a new one only after a failed or expired one; none once paid.
    /// `return_url`: the absolute address the gateway sends the citizen back to.
    pub async fn start(
        &self,
        dossier: &mut Receipt,
        method: PaymentMethod,
        locale: Locale,
        return_url: &str,
        ip: &str,
    ) -> String {
        let now = unix_now();
        let current = self.latest(dossier).await;
        if let Some(order) = current
            .as_ref()
            .filter(|o| o.status == PaymentStatus::Pending)
        {
            if now > dossier.started_at + PAY_WITHIN_SECONDS {
                logged(
                    self.orders
                        .settle(&order.txn_ref, Settlement::to(PaymentStatus::Expired))
                        .await,
                );
            }
        }
        match self.latest(dossier).await.map(|o| o.status) {
            Some(PaymentStatus::Paid) => return address(payment::STATUS_PATH, locale),
            Some(PaymentStatus::Pending) => {}
            _ => {
                dossier.attempts += 1;
                // Unguessable: the dossier's code is sequential, and a payment's state is
                // its payer's alone.
                let nonce: String = crate::server::random_id()
                    .unwrap_or_default()
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .take(10)
                    .collect();
                dossier.txn_ref = format!("{}-{}-{nonce}", dossier.reference, dossier.attempts);
                dossier.started_at = now;
                logged(self.orders.open(&dossier.txn_ref, payment::total()).await);
            }
        }
        dossier.method = method.value().to_string();
        match method {
            PaymentMethod::VietQr => address(payment::TRANSFER_PATH, locale),
            PaymentMethod::Gateway => {
                let request = PaymentRequest {
                    txn_ref: dossier.txn_ref.clone(),
                    amount: payment::total(),
                    order_info: format!("Nop le phi ho so {}", dossier.reference),
                    return_url: return_url.to_string(),
                    ip_addr: ip.to_string(),
                    locale,
                    created_at: dossier.started_at,
                    expires_at: dossier.started_at + PAY_WITHIN_SECONDS,
                };
                self.merchant
                    .payment_url(&request)
                    .unwrap_or_else(|| address(payment::STATUS_PATH, locale))
            }
        }
    }

    /// The gateway's origin ("https://sandbox.vnpayment.vn"): the fee page's form may be
    /// redirected there (its `form-action`).
    pub fn gateway_origin(&self) -> String {
        self.merchant.origin()
    }

    /// Whether the gateway's return address carries the merchant's signature. Only said on
    /// the status page: the state itself is the server's record (the IPN's).
    pub fn return_is_signed(&self, pairs: &[(String, String)]) -> bool {
        self.merchant.verify(pairs).is_ok()
    }

    /// What the payment pages show for `dossier` (none: this browser has no dossier).
    pub async fn view_of(&self, dossier: Option<&Receipt>) -> PaymentView {
        let Some(d) = dossier else {
            return PaymentView::default();
        };
        let order = self.latest(d).await;
        let settlement = order.as_ref().and_then(|o| o.settlement.clone());
        PaymentView {
            reference: d.reference.clone(),
            payer: d.payer.clone(),
            txn_ref: d.txn_ref.clone(),
            state: order
                .map(|o| word(o.status).to_string())
                .unwrap_or_default(),
            method: d.method.clone(),
            transaction_no: settlement
                .as_ref()
                .map(|s| s.transaction_no.clone())
                .unwrap_or_default(),
            bank_code: settlement
                .as_ref()
                .map(|s| s.bank_code.clone())
                .unwrap_or_default(),
            pay_date: settlement.map(|s| s.pay_date).unwrap_or_default(),
            return_refused: d.return_refused,
        }
    }

    async fn latest(&self, dossier: &Receipt) -> Option<Order> {
        if dossier.txn_ref.is_empty() {
            return None;
        }
        logged(self.orders.find(&dossier.txn_ref).await).flatten()
    }
}

/// A store failure, logged (the page shows what it knows).
fn logged<T>(r: Result<T, StoreError>) -> Option<T> {
    r.map_err(|e| dvc_server::log::failure("store.failed", &e.to_string()))
        .ok()
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default()
}

/// The word the status address answers for `status`.
fn word(status: PaymentStatus) -> &'static str {
    match status {
        PaymentStatus::Pending => "pending",
        PaymentStatus::Paid => "paid",
        PaymentStatus::Failed => "failed",
        PaymentStatus::Expired => "expired",
    }
}

/// The payments the gallery's `PaymentStatus` examples show: public fixtures, anyone's to
/// read.
pub const EXAMPLE_ORDERS: [&str; 4] = ["HS0004", "HS0005", "HS0006", "HS0007"];

/// `GET /thanh-toan/{reference}/trang-thai`: "pending", "paid", "failed" or "expired", for
/// a payment of `mine` (this browser's dossier, its citizen's session) or an example's;
/// any other reference is answered as unknown.
pub async fn status(payments: &Payments, reference: &str, mine: Option<&Receipt>) -> Response {
    let allowed = EXAMPLE_ORDERS.contains(&reference)
        || mine.is_some_and(|d| !d.txn_ref.is_empty() && d.txn_ref == reference);
    let order = match allowed {
        true => logged(payments.orders.find(reference).await).flatten(),
        false => None,
    };
    let Some(order) = order else {
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "Không có khoản thanh toán này",
        )
            .into_response();
    };
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        word(order.status),
    )
        .into_response()
}

/// `GET /thanh-toan/vnpay/ipn?vnp_…`: VNPAY's notification, answered with the contract's
/// JSON (always 200: the code is in the body, as VNPAY reads it).
pub async fn ipn(
    State(payments): State<Payments>,
    client: Option<axum::Extension<dvc_server::client::ClientAddr>>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Response {
    let from = client
        .map(|c| c.0 .0)
        .unwrap_or(dvc_server::client::UNKNOWN);
    if !payments.merchant.takes_ipn_from(from) {
        // Not from VNPAY's listed addresses: not read (DVC_VNPAY_IPN_FROM).
        dvc_server::log::security("ipn.refused", "not from a listed address");
        return StatusCode::FORBIDDEN.into_response();
    }
    let answer = payments
        .merchant
        .answer_ipn(payments.orders.as_ref(), &pairs)
        .await;
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        answer.json(),
    )
        .into_response()
}
