//! The VNPAY payment gateway, as VNPAY publishes its contract (payment URL API 2.1.0 and
//! the IPN): the address that sends a citizen to pay, and the server-to-server notification
//! that says whether they paid. Configured by the merchant code and secret VNPAY issues, so
//! a portal points it at VNPAY's sandbox or production as it is.
//!
//! The rule this module keeps: **the browser's return never decides**. The return address
//! only shows a status page; the IPN, signed by VNPAY, is checked (signature, order, amount)
//! and settles the order once: the same notification twice changes nothing.
//!
//! Signatures: HMAC-SHA512 with the merchant's secret over the `vnp_*` parameters sorted by
//! name, each value form-urlencoded (space as `+`), joined as a query string; hex in
//! `vnp_SecureHash`. Checked in constant time (the `hmac` crate's `verify_slice`).

use crate::database::{get, now_ms, Database, StoreError};
use async_trait::async_trait;
use dvc_rules::Locale;
use hmac::{Hmac, Mac};
use sha2::Sha512;

/// VNPAY's sandbox payment page.
pub const SANDBOX_PAY_URL: &str = "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html";

/// What VNPAY issues a merchant: the terminal code and the secret, and the payment page.
#[derive(Clone)]
pub struct Merchant {
    pub tmn_code: String,
    pub hash_secret: String,
    /// The payment page ([`SANDBOX_PAY_URL`] while testing).
    pub pay_url: String,
    /// The addresses VNPAY sends its IPN from, when the portal lists them
    /// (`DVC_VNPAY_IPN_FROM`): an IPN from anywhere else is refused before it is read.
    /// Empty: any (the signature still decides).
    pub ipn_from: Vec<std::net::IpAddr>,
}

impl std::fmt::Debug for Merchant {
    /// Never prints the secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Merchant")
            .field("tmn_code", &self.tmn_code)
            .field("pay_url", &self.pay_url)
            .finish_non_exhaustive()
    }
}

/// One payment to ask VNPAY for.
#[derive(Clone, Debug)]
pub struct PaymentRequest {
    /// The merchant's reference of this payment (unique per merchant per day; letters,
    /// digits, `-`, `_`).
    pub txn_ref: String,
    /// In đồng (VNPAY receives it × 100).
    pub amount: u64,
    /// What is paid for, in plain letters (VNPAY asks for Vietnamese without marks).
    pub order_info: String,
    /// Where VNPAY sends the citizen back (a status page only).
    pub return_url: String,
    /// The citizen's IP address, as VNPAY asks.
    pub ip_addr: String,
    pub locale: Locale,
    /// When the payment was created and until when it may be paid (seconds since 1970).
    pub created_at: u64,
    pub expires_at: u64,
}

/// What a notification (or a return) from VNPAY says, once its signature is checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notification {
    pub txn_ref: String,
    /// In đồng.
    pub amount: u64,
    /// `vnp_ResponseCode` and `vnp_TransactionStatus` both "00".
    pub paid: bool,
    pub response_code: String,
    pub transaction_no: String,
    pub bank_code: String,
    /// `vnp_PayDate`: when the bank took the money, Viet Nam time, "yyyyMMddHHmmss".
    pub pay_date: String,
}

/// Why a notification is refused before any order is looked at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No signature, or not the one the secret gives.
    Signature,
    /// A field the contract requires is missing or malformed (named).
    Field(&'static str),
    /// A `vnp_` name appears twice: the signature covers only one reading of it (an empty
    /// copy put first would turn a genuine "paid" into "not paid").
    Duplicate,
}

/// "yyyyMMddHHmmss" in Viet Nam's time (UTC+7, no daylight saving), as VNPAY's dates are.
pub fn vn_timestamp(unix_seconds: u64) -> String {
    let local = unix_seconds + 7 * 3600;
    let (days, rest) = (local / 86_400, local % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}{month:02}{day:02}{:02}{:02}{:02}",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// application/x-www-form-urlencoded, as VNPAY's own samples encode values.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The signed text: `vnp_*` pairs (the hash fields left out) sorted by name, encoded.
fn signed_text(pairs: &[(String, String)]) -> String {
    let mut kept: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(k, v)| {
            k.starts_with("vnp_")
                && k != "vnp_SecureHash"
                && k != "vnp_SecureHashType"
                && !v.is_empty()
        })
        .collect();
    kept.sort_by(|a, b| a.0.cmp(&b.0));
    kept.iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn mac(secret: &str) -> Hmac<Sha512> {
    // HMAC takes a key of any length: this cannot fail.
    Hmac::<Sha512>::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length")
}

/// The hex HMAC-SHA512 of `pairs` under `secret`.
pub fn signature(secret: &str, pairs: &[(String, String)]) -> String {
    let mut m = mac(secret);
    m.update(signed_text(pairs).as_bytes());
    m.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Merchant {
    /// A merchant on VNPAY's sandbox.
    pub fn sandbox(tmn_code: &str, hash_secret: &str) -> Merchant {
        Merchant {
            tmn_code: tmn_code.into(),
            hash_secret: hash_secret.into(),
            pay_url: SANDBOX_PAY_URL.into(),
            ipn_from: Vec::new(),
        }
    }

    /// The parameters of a payment, signed; `None` when the amount × 100 does not fit in
    /// a number (no fee is that large: a portal's mistake, never silently wrapped).
    pub fn payment_parameters(&self, r: &PaymentRequest) -> Option<Vec<(String, String)>> {
        let hundredths = r.amount.checked_mul(100)?;
        let mut pairs: Vec<(String, String)> = [
            ("vnp_Version", "2.1.0".to_string()),
            ("vnp_Command", "pay".to_string()),
            ("vnp_TmnCode", self.tmn_code.clone()),
            ("vnp_Amount", hundredths.to_string()),
            ("vnp_CurrCode", "VND".to_string()),
            ("vnp_TxnRef", r.txn_ref.clone()),
            ("vnp_OrderInfo", r.order_info.clone()),
            ("vnp_OrderType", "other".to_string()),
            (
                "vnp_Locale",
                if r.locale == Locale::En { "en" } else { "vn" }.to_string(),
            ),
            ("vnp_ReturnUrl", r.return_url.clone()),
            ("vnp_IpAddr", r.ip_addr.clone()),
            ("vnp_CreateDate", vn_timestamp(r.created_at)),
            ("vnp_ExpireDate", vn_timestamp(r.expires_at)),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let hash = signature(&self.hash_secret, &pairs);
        pairs.push(("vnp_SecureHash".into(), hash));
        Some(pairs)
    }

    /// The payment page's origin ("https://sandbox.vnpayment.vn"): a fee page's form is
    /// redirected there, so its `form-action` must allow it.
    pub fn origin(&self) -> String {
        let url = &self.pay_url;
        let after_scheme = url.find("://").map_or(0, |i| i + 3);
        let end = url[after_scheme..]
            .find('/')
            .map_or(url.len(), |i| after_scheme + i);
        url[..end].to_string()
    }

    /// The address that sends the citizen to VNPAY to pay (`None`: see
    /// [`Merchant::payment_parameters`]).
    pub fn payment_url(&self, r: &PaymentRequest) -> Option<String> {
        let query = self
            .payment_parameters(r)?
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        Some(format!("{}?{query}", self.pay_url))
    }

    /// A merchant from the portal's settings, refused when it could be forged or is not
    /// VNPAY: no terminal code, no secret (anyone could then sign a "paid" notification),
    /// or a payment page that is not `https://` (plain `http://` only for a stand-in on
    /// this machine, [`is_loopback`]). The error is one sentence naming the setting.
    pub fn checked(tmn_code: &str, hash_secret: &str, pay_url: &str) -> Result<Merchant, String> {
        if tmn_code.trim().is_empty() {
            return Err(
                "VNPAY has no terminal code (DVC_VNPAY_TMN_CODE): set the one VNPAY issued".into(),
            );
        }
        if hash_secret.trim().is_empty() {
            return Err(format!(
                "VNPAY has no secret (DVC_VNPAY_SECRET) for {pay_url}: without it anyone could forge a payment notification; set the secret VNPAY issued"
            ));
        }
        if !(pay_url.starts_with("https://")
            || (pay_url.starts_with("http://") && is_loopback(pay_url)))
        {
            return Err(format!(
                "the VNPAY payment page (DVC_VNPAY_PAY_URL) must be an https:// address (http:// only for a stand-in on 127.0.0.1), not {pay_url:?}"
            ));
        }
        Ok(Merchant {
            tmn_code: tmn_code.into(),
            hash_secret: hash_secret.into(),
            pay_url: pay_url.into(),
            ipn_from: Vec::new(),
        })
    }

    /// The same merchant taking IPNs only from `addresses` (none: from any).
    pub fn with_ipn_from(mut self, addresses: Vec<std::net::IpAddr>) -> Merchant {
        self.ipn_from = addresses;
        self
    }

    /// Whether an IPN from `client` is read at all ([`Merchant::ipn_from`]).
    pub fn takes_ipn_from(&self, client: std::net::IpAddr) -> bool {
        self.ipn_from.is_empty() || self.ipn_from.contains(&client.to_canonical())
    }

    /// Checks the signature of a notification or return (its query pairs) and reads it.
    /// A `vnp_` name given twice is refused ([`Refusal::Duplicate`]).
    pub fn verify(&self, pairs: &[(String, String)]) -> Result<Notification, Refusal> {
        let mut names: Vec<&str> = pairs
            .iter()
            .map(|(k, _)| k.as_str())
            .filter(|k| k.starts_with("vnp_"))
            .collect();
        names.sort_unstable();
        if names.windows(2).any(|w| w[0] == w[1]) {
            return Err(Refusal::Duplicate);
        }
        let get = |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        let given = get("vnp_SecureHash").ok_or(Refusal::Signature)?;
        let bytes = hex(given).ok_or(Refusal::Signature)?;
        let mut m = mac(&self.hash_secret);
        m.update(signed_text(pairs).as_bytes());
        m.verify_slice(&bytes).map_err(|_| Refusal::Signature)?;
        let field = |name: &'static str| {
            get(name)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .ok_or(Refusal::Field(name))
        };
        let hundredths: u64 = field("vnp_Amount")?
            .parse()
            .map_err(|_| Refusal::Field("vnp_Amount"))?;
        if hundredths % 100 != 0 {
            return Err(Refusal::Field("vnp_Amount"));
        }
        let response_code = field("vnp_ResponseCode")?;
        let paid = response_code == "00" && get("vnp_TransactionStatus") == Some("00");
        Ok(Notification {
            txn_ref: field("vnp_TxnRef")?,
            amount: hundredths / 100,
            paid,
            response_code,
            transaction_no: get("vnp_TransactionNo").unwrap_or_default().into(),
            bank_code: get("vnp_BankCode").unwrap_or_default().into(),
            pay_date: get("vnp_PayDate").unwrap_or_default().into(),
        })
    }

    /// Answers an IPN: checks it, then settles the order once. The answer is what VNPAY
    /// expects back ([`IpnAnswer::json`]).
    pub async fn answer_ipn(&self, orders: &dyn Orders, pairs: &[(String, String)]) -> IpnAnswer {
        let answer = match self.settle_ipn(orders, pairs).await {
            Ok(answer) => answer,
            Err(e) => {
                // VNPAY notifies again later: nothing is settled on a store failure.
                crate::log::failure("store.failed", &e.to_string());
                IpnAnswer::Unknown
            }
        };
        match answer {
            IpnAnswer::Confirmed => tracing::info!(target: "dvc::security", event = "ipn.settled"),
            other => crate::log::security("ipn.refused", other.message()),
        }
        answer
    }

    async fn settle_ipn(
        &self,
        orders: &dyn Orders,
        pairs: &[(String, String)],
    ) -> Result<IpnAnswer, StoreError> {
        let note = match self.verify(pairs) {
            Ok(n) => n,
            Err(Refusal::Signature) => return Ok(IpnAnswer::InvalidSignature),
            Err(Refusal::Field(_) | Refusal::Duplicate) => return Ok(IpnAnswer::Unknown),
        };
        let Some(order) = orders.find(&note.txn_ref).await? else {
            return Ok(IpnAnswer::OrderNotFound);
        };
        if order.amount != note.amount {
            return Ok(IpnAnswer::InvalidAmount);
        }
        if order.status != PaymentStatus::Pending {
            // Paid after the portal closed the order (it expired, or an earlier attempt
            // failed): the money was taken, so it is recorded, never dropped, and flagged
            // for reconciliation (keep it or refund it).
            let closed = matches!(order.status, PaymentStatus::Expired | PaymentStatus::Failed);
            if note.paid && closed {
                let late = Settlement {
                    status: PaymentStatus::Paid,
                    transaction_no: note.transaction_no,
                    bank_code: note.bank_code,
                    pay_date: note.pay_date,
                    late: true,
                };
                if orders.settle_late(&note.txn_ref, late).await? {
                    return Ok(IpnAnswer::Confirmed);
                }
            }
            return Ok(IpnAnswer::AlreadyConfirmed);
        }
        let status = if note.paid {
            PaymentStatus::Paid
        } else {
            PaymentStatus::Failed
        };
        let settlement = Settlement {
            status,
            transaction_no: note.transaction_no,
            bank_code: note.bank_code,
            pay_date: note.pay_date,
            late: false,
        };
        if orders.settle(&note.txn_ref, settlement).await? {
            Ok(IpnAnswer::Confirmed)
        } else {
            // Settled meanwhile by another copy of this notification.
            Ok(IpnAnswer::AlreadyConfirmed)
        }
    }
}

fn hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// What VNPAY is told back after an IPN, with the contract's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IpnAnswer {
    /// 00: checked and recorded.
    Confirmed,
    /// 01: no such order.
    OrderNotFound,
    /// 02: the order was settled before (a repeated notification).
    AlreadyConfirmed,
    /// 04: the amount is not the order's.
    InvalidAmount,
    /// 97: the signature is wrong.
    InvalidSignature,
    /// 99: anything else (a required field missing).
    Unknown,
}

impl IpnAnswer {
    /// `RspCode` of the contract.
    pub fn code(self) -> &'static str {
        match self {
            IpnAnswer::Confirmed => "00",
            IpnAnswer::OrderNotFound => "01",
            IpnAnswer::AlreadyConfirmed => "02",
            IpnAnswer::InvalidAmount => "04",
            IpnAnswer::InvalidSignature => "97",
            IpnAnswer::Unknown => "99",
        }
    }

    /// `Message` of the contract.
    pub fn message(self) -> &'static str {
        match self {
            IpnAnswer::Confirmed => "Confirm Success",
            IpnAnswer::OrderNotFound => "Order not found",
            IpnAnswer::AlreadyConfirmed => "Order already confirmed",
            IpnAnswer::InvalidAmount => "Invalid amount",
            IpnAnswer::InvalidSignature => "Invalid signature",
            IpnAnswer::Unknown => "Unknown error",
        }
    }

    /// The JSON body VNPAY reads: `{"RspCode":"00","Message":"Confirm Success"}`.
    pub fn json(self) -> String {
        serde_json::json!({ "RspCode": self.code(), "Message": self.message() }).to_string()
    }
}

/// Where a payment stands. Only an IPN moves it from `Pending`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaymentStatus {
    Pending,
    Paid,
    Failed,
    Expired,
}

/// How a payment ended, as the gateway's notification said (what the receipt shows).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settlement {
    pub status: PaymentStatus,
    /// The gateway's transaction number (empty when none was given).
    pub transaction_no: String,
    pub bank_code: String,
    /// "yyyyMMddHHmmss", Viet Nam time (empty when none was given).
    pub pay_date: String,
    /// Paid after the portal had closed the order (expired or failed): recorded as paid
    /// and to be reconciled by the portal's finance office (kept, or refunded).
    pub late: bool,
}

impl Settlement {
    /// A settlement with only its status (e.g. a payment that expired unpaid).
    pub fn to(status: PaymentStatus) -> Settlement {
        Settlement {
            status,
            transaction_no: String::new(),
            bank_code: String::new(),
            pay_date: String::new(),
            late: false,
        }
    }
}

/// Whether `url` names this machine: a stand-in of the gateway, never VNPAY.
pub use crate::client::is_loopback;

/// One payment the portal asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    pub txn_ref: String,
    pub amount: u64,
    pub status: PaymentStatus,
    /// Set once, when the order leaves `Pending`.
    pub settlement: Option<Settlement>,
}

/// The portal's record of payments.
#[async_trait]
pub trait Orders: Send + Sync {
    /// Records a new pending payment; an existing reference keeps its record (so pressing
    /// "pay" twice cannot start a second payment for the same order).
    async fn open(&self, txn_ref: &str, amount: u64) -> Result<Order, StoreError>;
    /// The payment with this reference.
    async fn find(&self, txn_ref: &str) -> Result<Option<Order>, StoreError>;
    /// Moves a pending payment to `to.status` and keeps `to`; false when it was no longer
    /// pending (nothing changed). Atomic: two copies of one notification, to two
    /// processes, settle it once.
    async fn settle(&self, txn_ref: &str, to: Settlement) -> Result<bool, StoreError>;
    /// Records a payment that arrived after the order was closed (expired or failed):
    /// moves it to `to` (paid, `late`) and keeps it for reconciliation; false when the
    /// order was not closed or a late payment is already recorded. Atomic, like `settle`.
    async fn settle_late(&self, txn_ref: &str, to: Settlement) -> Result<bool, StoreError>;
    /// Deletes every order opened more than `age` ago; how many.
    async fn purge(&self, age: std::time::Duration) -> Result<u64, StoreError>;
}

/// How long an order is kept after it was opened: a week (VNPAY may notify days later; a
/// late payment must still find its order).
pub const ORDER_LIFETIME: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

/// Payment orders in the portal's [`Database`].
#[derive(Clone, Debug)]
pub struct SqlOrders(Database);

impl SqlOrders {
    pub fn new(db: Database) -> SqlOrders {
        SqlOrders(db)
    }
}

fn status_word(s: PaymentStatus) -> &'static str {
    match s {
        PaymentStatus::Pending => "pending",
        PaymentStatus::Paid => "paid",
        PaymentStatus::Failed => "failed",
        PaymentStatus::Expired => "expired",
    }
}

fn status_of(word: &str) -> Result<PaymentStatus, StoreError> {
    Ok(match word {
        "pending" => PaymentStatus::Pending,
        "paid" => PaymentStatus::Paid,
        "failed" => PaymentStatus::Failed,
        "expired" => PaymentStatus::Expired,
        other => return Err(StoreError(format!("a payment's status {other:?}"))),
    })
}

impl SqlOrders {
    /// Moves the order to `to` where its status is one of `from`.
    async fn settle_from(
        &self,
        txn_ref: &str,
        to: Settlement,
        from: [&str; 2],
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE payment_orders SET status = $2, settled = 1, transaction_no = $3, bank_code = $4, pay_date = $5, late = $6
             WHERE txn_ref = $1 AND status IN ($7, $8)",
        )
        .bind(txn_ref)
        .bind(status_word(to.status))
        .bind(to.transaction_no)
        .bind(to.bank_code)
        .bind(to.pay_date)
        .bind(i64::from(to.late))
        .bind(from[0])
        .bind(from[1])
        .execute(self.0.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

#[async_trait]
impl Orders for SqlOrders {
    async fn open(&self, txn_ref: &str, amount: u64) -> Result<Order, StoreError> {
        sqlx::query(
            "INSERT INTO payment_orders (txn_ref, amount, status, settled, transaction_no, bank_code, pay_date, late, opened_at)
             VALUES ($1, $2, 'pending', 0, '', '', '', 0, $3) ON CONFLICT (txn_ref) DO NOTHING",
        )
        .bind(txn_ref)
        .bind(i64::try_from(amount).map_err(|e| StoreError(e.to_string()))?)
        .bind(now_ms())
        .execute(self.0.pool())
        .await?;
        self.find(txn_ref)
            .await?
            .ok_or_else(|| StoreError(format!("the order {txn_ref} was not kept")))
    }

    async fn find(&self, txn_ref: &str) -> Result<Option<Order>, StoreError> {
        let row = sqlx::query(
            "SELECT amount, status, settled, transaction_no, bank_code, pay_date, late FROM payment_orders WHERE txn_ref = $1",
        )
        .bind(txn_ref)
        .fetch_optional(self.0.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        let status = status_of(&get::<String>(&r, 1)?)?;
        let settlement = (get::<i64>(&r, 2)? == 1).then(|| -> Result<Settlement, StoreError> {
            Ok(Settlement {
                status,
                transaction_no: get(&r, 3)?,
                bank_code: get(&r, 4)?,
                pay_date: get(&r, 5)?,
                late: get::<i64>(&r, 6)? == 1,
            })
        });
        Ok(Some(Order {
            txn_ref: txn_ref.to_string(),
            amount: u64::try_from(get::<i64>(&r, 0)?).map_err(|e| StoreError(e.to_string()))?,
            status,
            settlement: settlement.transpose()?,
        }))
    }

    async fn settle(&self, txn_ref: &str, to: Settlement) -> Result<bool, StoreError> {
        self.settle_from(txn_ref, to, ["pending", "pending"]).await
    }

    async fn settle_late(&self, txn_ref: &str, to: Settlement) -> Result<bool, StoreError> {
        self.settle_from(txn_ref, to, ["expired", "failed"]).await
    }

    async fn purge(&self, age: std::time::Duration) -> Result<u64, StoreError> {
        let before = now_ms() - i64::try_from(age.as_millis()).unwrap_or(i64::MAX / 4);
        let gone = sqlx::query("DELETE FROM payment_orders WHERE opened_at <= $1")
            .bind(before)
            .execute(self.0.pool())
            .await?;
        Ok(gone.rows_affected())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merchant() -> Merchant {
        Merchant::sandbox("DVCDEMO1", "SECRETKEYFORTESTS")
    }

    fn request() -> PaymentRequest {
        PaymentRequest {
            txn_ref: "HS0004".into(),
            amount: 150_000,
            order_info: "Le phi ho so 0004".into(),
            return_url: "http://127.0.0.1:8080/thanh-toan/ket-qua".into(),
            ip_addr: "127.0.0.1".into(),
            locale: Locale::Vi,
            created_at: 1_764_000_000,
            expires_at: 1_764_000_900,
        }
    }

    /// What VNPAY would send back for `request`, signed with `secret`.
    fn notification(secret: &str, amount_hundredths: &str, code: &str) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = [
            ("vnp_TmnCode", "DVCDEMO1"),
            ("vnp_Amount", amount_hundredths),
            ("vnp_BankCode", "NCB"),
            ("vnp_OrderInfo", "Le phi ho so 0004"),
            ("vnp_ResponseCode", code),
            ("vnp_TransactionStatus", code),
            ("vnp_TransactionNo", "14422574"),
            ("vnp_TxnRef", "HS0004"),
            ("vnp_PayDate", "20251124230000"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let hash = signature(secret, &pairs);
        pairs.push(("vnp_SecureHash".into(), hash));
        pairs
    }

    #[test]
    fn vietnam_time_is_utc_plus_seven() {
        assert_eq!(vn_timestamp(0), "19700101070000");
        assert_eq!(vn_timestamp(1_764_000_000), "20251124230000");
        assert_eq!(
            vn_timestamp(951_782_400 - 7 * 3600),
            "20000229000000",
            "a leap day"
        );
    }

    #[test]
    fn the_payment_url_carries_the_contract_fields_signed() {
        let url = merchant().payment_url(&request()).unwrap();
        assert!(url.starts_with("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=15000000&vnp_Command=pay&"), "{url}");
        assert!(url.contains("&vnp_OrderInfo=Le+phi+ho+so+0004&"));
        assert!(
            url.contains("&vnp_ReturnUrl=http%3A%2F%2F127.0.0.1%3A8080%2Fthanh-toan%2Fket-qua&")
        );
        assert!(
            url.contains("&vnp_CreateDate=20251124230000&")
                && url.contains("&vnp_ExpireDate=20251124231500&")
        );
        let pairs = merchant().payment_parameters(&request()).unwrap();
        assert_eq!(
            merchant().payment_url(&PaymentRequest {
                amount: u64::MAX / 10,
                ..request()
            }),
            None,
            "never wrapped"
        );
        let (_, hash) = pairs.last().unwrap();
        assert_eq!(hash.len(), 128, "SHA-512 in hex");
        assert_eq!(
            hash,
            &signature("SECRETKEYFORTESTS", &pairs[..pairs.len() - 1])
        );
        assert!(
            !format!("{:?}", merchant()).contains("SECRET"),
            "the secret never reaches a log"
        );
    }

    #[test]
    fn a_notification_is_read_only_with_the_right_signature() {
        let good = notification("SECRETKEYFORTESTS", "15000000", "00");
        let n = merchant().verify(&good).unwrap();
        assert_eq!(
            (n.txn_ref.as_str(), n.amount, n.paid),
            ("HS0004", 150_000, true)
        );
        assert_eq!(
            merchant().verify(&notification("ANOTHERSECRET", "15000000", "00")),
            Err(Refusal::Signature)
        );
        let mut changed = good.clone();
        changed[1].1 = "100".into();
        assert_eq!(
            merchant().verify(&changed),
            Err(Refusal::Signature),
            "a changed amount breaks the signature"
        );
        let unsigned: Vec<_> = good
            .iter()
            .filter(|(k, _)| k != "vnp_SecureHash")
            .cloned()
            .collect();
        assert_eq!(merchant().verify(&unsigned), Err(Refusal::Signature));
        assert!(
            !merchant()
                .verify(&notification("SECRETKEYFORTESTS", "15000000", "24"))
                .unwrap()
                .paid,
            "24: the citizen cancelled"
        );
    }

    #[tokio::test]
    async fn the_ipn_settles_an_order_once_and_answers_with_the_contract_codes() {
        let orders = SqlOrders::new(Database::in_memory().await.unwrap());
        let m = merchant();
        assert_eq!(
            m.answer_ipn(
                &orders,
                &notification("SECRETKEYFORTESTS", "15000000", "00")
            )
            .await,
            IpnAnswer::OrderNotFound
        );
        orders.open("HS0004", 150_000).await.unwrap();
        assert_eq!(
            m.answer_ipn(&orders, &notification("WRONG", "15000000", "00"))
                .await,
            IpnAnswer::InvalidSignature
        );
        assert_eq!(
            m.answer_ipn(
                &orders,
                &notification("SECRETKEYFORTESTS", "10000000", "00")
            )
            .await,
            IpnAnswer::InvalidAmount
        );
        assert_eq!(
            orders.find("HS0004").await.unwrap().unwrap().status,
            PaymentStatus::Pending,
            "refusals change nothing"
        );
        let paid = notification("SECRETKEYFORTESTS", "15000000", "00");
        assert_eq!(m.answer_ipn(&orders, &paid).await, IpnAnswer::Confirmed);
        let order = orders.find("HS0004").await.unwrap().unwrap();
        assert_eq!(order.status, PaymentStatus::Paid);
        let kept = order
            .settlement
            .expect("the settlement is kept for the receipt");
        assert_eq!(
            (kept.transaction_no.as_str(), kept.pay_date.as_str()),
            ("14422574", "20251124230000")
        );
        assert_eq!(
            m.answer_ipn(&orders, &paid).await,
            IpnAnswer::AlreadyConfirmed,
            "the same notification twice"
        );
        assert_eq!(
            m.answer_ipn(
                &orders,
                &notification("SECRETKEYFORTESTS", "15000000", "24")
            )
            .await,
            IpnAnswer::AlreadyConfirmed,
            "a paid order stays paid"
        );
        assert_eq!(
            orders.find("HS0004").await.unwrap().unwrap().status,
            PaymentStatus::Paid
        );
        assert_eq!(
            IpnAnswer::Confirmed.json(),
            r#"{"Message":"Confirm Success","RspCode":"00"}"#
        );
        // Opening the same order again keeps its record: no second payment.
        assert_eq!(
            orders.open("HS0004", 999).await.unwrap().status,
            PaymentStatus::Paid
        );
    }

    #[tokio::test]
    async fn a_payment_after_the_order_expired_is_recorded_and_flagged_never_dropped() {
        let orders = SqlOrders::new(Database::in_memory().await.unwrap());
        let m = merchant();
        for closed in [PaymentStatus::Expired, PaymentStatus::Failed] {
            let orders = SqlOrders::new(Database::in_memory().await.unwrap());
            orders.open("HS0004", 150_000).await.unwrap();
            orders
                .settle("HS0004", Settlement::to(closed))
                .await
                .unwrap();
            let paid = notification("SECRETKEYFORTESTS", "15000000", "00");
            assert_eq!(
                m.answer_ipn(&orders, &paid).await,
                IpnAnswer::Confirmed,
                "{closed:?}"
            );
            let order = orders.find("HS0004").await.unwrap().unwrap();
            assert_eq!(order.status, PaymentStatus::Paid);
            let kept = order.settlement.unwrap();
            assert!(kept.late, "flagged for reconciliation");
            assert_eq!(kept.transaction_no, "14422574");
            assert_eq!(
                m.answer_ipn(&orders, &paid).await,
                IpnAnswer::AlreadyConfirmed,
                "once"
            );
        }
        // An unpaid notification for a closed order records nothing.
        orders.open("HS0004", 150_000).await.unwrap();
        orders
            .settle("HS0004", Settlement::to(PaymentStatus::Expired))
            .await
            .unwrap();
        let unpaid = notification("SECRETKEYFORTESTS", "15000000", "24");
        assert_eq!(
            m.answer_ipn(&orders, &unpaid).await,
            IpnAnswer::AlreadyConfirmed
        );
        assert_eq!(
            orders.find("HS0004").await.unwrap().unwrap().status,
            PaymentStatus::Expired
        );
    }

    #[tokio::test]
    async fn a_name_given_twice_is_refused_whatever_its_signature() {
        let m = merchant();
        let genuine = notification("SECRETKEYFORTESTS", "15000000", "00");
        assert!(m.verify(&genuine).unwrap().paid);
        // An empty copy put first is left out of the signed text, so the signature still
        // holds; read first, it would have said "not paid".
        let mut polluted = vec![("vnp_TransactionStatus".to_string(), String::new())];
        polluted.extend(genuine.iter().cloned());
        assert_eq!(m.verify(&polluted), Err(Refusal::Duplicate));
        let orders = SqlOrders::new(Database::in_memory().await.unwrap());
        orders.open("HS0004", 150_000).await.unwrap();
        assert_eq!(m.answer_ipn(&orders, &polluted).await, IpnAnswer::Unknown);
        assert_eq!(
            orders.find("HS0004").await.unwrap().unwrap().status,
            PaymentStatus::Pending
        );
    }

    #[test]
    fn a_merchant_without_a_secret_or_off_https_is_refused() {
        let pay = SANDBOX_PAY_URL;
        assert!(Merchant::checked("DVCDEMO1", "S3CRET", pay).is_ok());
        let no_secret = Merchant::checked("DVCDEMO1", "", pay).unwrap_err();
        assert!(no_secret.contains("DVC_VNPAY_SECRET"), "{no_secret}");
        assert!(Merchant::checked("", "S3CRET", pay).is_err());
        assert!(Merchant::checked("DVCDEMO1", "S3CRET", "http://vnpay.example/pay").is_err());
        assert!(Merchant::checked("DVCDEMO1", "S3CRET", "http://127.0.0.1:9/pay").is_ok());
        for (url, local) in [
            ("http://127.0.0.1:8090/paymentv2/vpcpay.html", true),
            ("http://localhost/x", true),
            ("http://[::1]:80/x", true),
            ("http://127.9.9.9/", true),
            ("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", false),
            ("http://127.0.0.1@evil.example/", false),
            ("http://127.0.0.1.evil.example/", false),
            ("ftp://127.0.0.1/", false),
        ] {
            assert_eq!(is_loopback(url), local, "{url}");
        }
    }

    #[tokio::test]
    async fn orders_are_forgotten_after_their_time() {
        let orders = SqlOrders::new(Database::in_memory().await.unwrap());
        orders.open("HS0004", 150_000).await.unwrap();
        assert_eq!(orders.purge(ORDER_LIFETIME).await.unwrap(), 0);
        assert!(orders.find("HS0004").await.unwrap().is_some());
        assert_eq!(orders.purge(std::time::Duration::ZERO).await.unwrap(), 1);
        assert!(orders.find("HS0004").await.unwrap().is_none());
    }

    #[test]
    fn ipns_only_from_the_listed_addresses_when_a_list_is_given() {
        let any = merchant();
        assert!(any.takes_ipn_from("198.51.100.1".parse().unwrap()));
        let listed = merchant().with_ipn_from(vec!["113.160.92.202".parse().unwrap()]);
        assert!(listed.takes_ipn_from("113.160.92.202".parse().unwrap()));
        assert!(listed.takes_ipn_from("::ffff:113.160.92.202".parse().unwrap()));
        assert!(!listed.takes_ipn_from("198.51.100.1".parse().unwrap()));
    }
}
