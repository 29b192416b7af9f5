//! The demo's payments (server only): the orders the payment examples refer to, the status
//! address `PaymentStatus` asks (`/thanh-toan/{reference}/trang-thai`, never cached), and
//! VNPAY's IPN (`/thanh-toan/vnpay/ipn`), checked and settled by `dvc_server::vnpay`. The
//! demo's merchant is VNPAY's sandbox with the code and secret from `DVC_VNPAY_TMN_CODE`
//! and `DVC_VNPAY_SECRET` (demo values when unset: the demo never takes real money).

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use dvc_server::vnpay::{Merchant, MemoryOrders, Orders, PaymentStatus, Settlement};
use std::sync::Arc;

/// Demo values for the sandbox merchant, used when the environment names none.
pub const DEMO_TMN_CODE: &str = "DVCDEMO1";
pub const DEMO_SECRET: &str = "DVCDEMOSECRETNOTFORMONEY";

/// The status address of an order.
pub fn status_path(reference: &str) -> String {
    format!("/thanh-toan/{reference}/trang-thai")
}

/// The demo's merchant and its orders.
#[derive(Clone)]
pub struct Payments {
    pub merchant: Merchant,
    pub orders: Arc<MemoryOrders>,
}

impl Payments {
    /// The sandbox merchant, and the orders the `PaymentStatus` examples show: HS0004
    /// pending (its page asks until the IPN settles it), HS0005 paid, HS0006 failed, HS0007
    /// expired.
    pub fn new() -> Payments {
        let env = |k: &str, default: &str| std::env::var(k).ok().filter(|v| !v.is_empty()).unwrap_or_else(|| default.to_string());
        let merchant = Merchant::sandbox(&env("DVC_VNPAY_TMN_CODE", DEMO_TMN_CODE), &env("DVC_VNPAY_SECRET", DEMO_SECRET));
        let orders = Arc::new(MemoryOrders::default());
        for (reference, settled) in [("HS0004", None), ("HS0005", Some(PaymentStatus::Paid)), ("HS0006", Some(PaymentStatus::Failed)), ("HS0007", Some(PaymentStatus::Expired))] {
            orders.open(reference, 150_000);
            if let Some(to) = settled {
                orders.settle(reference, Settlement::to(to));
            }
        }
        Payments { merchant, orders }
    }
}

impl Default for Payments {
    fn default() -> Self {
        Self::new()
    }
}

/// `GET /thanh-toan/{reference}/trang-thai`: "pending", "paid", "failed" or "expired".
pub async fn status(State(payments): State<Payments>, Path(reference): Path<String>) -> Response {
    let Some(order) = payments.orders.find(&reference) else {
        return (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "Không có khoản thanh toán này").into_response();
    };
    let word = match order.status {
        PaymentStatus::Pending => "pending",
        PaymentStatus::Paid => "paid",
        PaymentStatus::Failed => "failed",
        PaymentStatus::Expired => "expired",
    };
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8"), (header::CACHE_CONTROL, "no-store")], word).into_response()
}

/// `GET /thanh-toan/vnpay/ipn?vnp_…`: VNPAY's notification, answered with the contract's
/// JSON (always 200: the code is in the body, as VNPAY reads it).
pub async fn ipn(State(payments): State<Payments>, Query(pairs): Query<Vec<(String, String)>>) -> Response {
    let answer = payments.merchant.answer_ipn(payments.orders.as_ref(), &pairs);
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-store")], answer.json()).into_response()
}
