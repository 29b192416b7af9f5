//! The fees of submitted dossiers, paid online through the procedure engine: what a portal
//! gives ([`Payments`]: its database, and the payment gateway when it has one; [`Payee`]:
//! the account an agency's fees go to, for VietQR and the receipt) and the record kept
//! with each dossier (`dossier_payments`): its current payment at the gateway (one at a
//! time: pressing "Tiếp tục" twice, in two tabs or on two servers finds the same one; a
//! new one only after a failed or expired one; none once paid) and, once paid, what the
//! receipt says, copied from the gateway's order (orders are deleted after a week; the
//! receipt stays with the dossier). Only the gateway's signed notification (IPN, which
//! the portal serves with [`Payments::orders`]) or the bank's confirmation moves a payment
//! from pending; nothing the citizen's browser sends does.

use crate::database::{get, Database, StoreError};
use crate::vnpay::{Merchant, Order, Orders, PaymentStatus, Settlement, SqlOrders};
use dvc_procedure::screen::PayState;
use std::sync::Arc;

/// How long a started payment may be paid (the gateway's `vnp_ExpireDate`); after it, the
/// payment is expired and the citizen may start another.
pub const PAY_WITHIN_SECONDS: u64 = 15 * 60;

/// Where an agency's fees are paid: the account a VietQR transfer goes to, whose holder
/// the receipt names as the collector.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payee {
    /// The bank's 6-digit BIN ("970418").
    pub bank_bin: String,
    /// The bank as citizens know it ("BIDV").
    pub bank_name: String,
    pub account_number: String,
    /// As the bank shows it, usually in capitals ("VAN PHONG UBND TINH LAO CAI").
    pub account_holder: String,
}

/// How a portal takes fees online: its database (orders and the dossiers' payment
/// records) and, optionally, a payment gateway (VNPAY's contract) with its name as citizens
/// know it. A VietQR transfer is offered wherever the portal names a [`Payee`].
#[derive(Clone)]
pub struct Payments {
    db: Database,
    orders: Arc<SqlOrders>,
    gateway: Option<(Merchant, String)>,
}

/// A way to pay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    VietQr,
    Gateway,
}

impl Method {
    /// The posted and kept word ("vietqr", "gateway").
    pub fn word(self) -> &'static str {
        match self {
            Method::VietQr => "vietqr",
            Method::Gateway => "gateway",
        }
    }

    pub fn from_word(word: &str) -> Option<Method> {
        [Method::VietQr, Method::Gateway]
            .into_iter()
            .find(|m| m.word() == word)
    }
}

/// A dossier's current payment, as kept with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DossierPayment {
    /// What is paid, in đồng (the fee computed from the dossier's answers).
    pub amount: u64,
    /// How many payments were started for the dossier (this one is the last).
    pub attempts: u64,
    /// This payment's reference at the gateway (`CODE-N-nonce`).
    pub txn_ref: String,
    pub method: Method,
    /// Who pays, as the dossier names them (empty when unknown).
    pub payer: String,
    /// When it was started (seconds since 1970).
    pub started_at: u64,
    pub state: PayState,
    /// Once paid: the gateway's or bank's transaction number, the bank, and when
    /// ("yyyyMMddHHmmss", Viet Nam time).
    pub transaction_no: String,
    pub bank_code: String,
    pub pay_date: String,
}

fn state_of(s: PaymentStatus) -> PayState {
    match s {
        PaymentStatus::Pending => PayState::Pending,
        PaymentStatus::Paid => PayState::Paid,
        PaymentStatus::Failed => PayState::Failed,
        PaymentStatus::Expired => PayState::Expired,
    }
}

fn state_from_word(word: &str) -> Result<PayState, StoreError> {
    [
        PayState::Pending,
        PayState::Paid,
        PayState::Failed,
        PayState::Expired,
    ]
    .into_iter()
    .find(|s| s.word() == word)
    .ok_or_else(|| StoreError(format!("a dossier payment's state {word:?}")))
}

fn number(v: i64) -> Result<u64, StoreError> {
    u64::try_from(v).map_err(|e| StoreError(e.to_string()))
}

fn stored(v: u64) -> i64 {
    i64::try_from(v).unwrap_or(i64::MAX)
}

impl Payments {
    /// Payments kept in `db` (the engine's and the IPN's orders: the same table), with no
    /// gateway: VietQR only.
    pub fn new(db: Database) -> Payments {
        Payments {
            orders: Arc::new(SqlOrders::new(db.clone())),
            db,
            gateway: None,
        }
    }

    /// With the payment gateway `merchant`, named `name` to citizens ("VNPAY").
    pub fn with_gateway(mut self, merchant: Merchant, name: impl Into<String>) -> Payments {
        self.gateway = Some((merchant, name.into()));
        self
    }

    /// The orders, for the portal's IPN address (`Merchant::answer_ipn`).
    pub fn orders(&self) -> Arc<SqlOrders> {
        self.orders.clone()
    }

    /// The gateway and its name, if the portal has one.
    pub fn gateway(&self) -> Option<&(Merchant, String)> {
        self.gateway.as_ref()
    }

    async fn kept(&self, draft: &str) -> Result<Option<DossierPayment>, StoreError> {
        let row = sqlx::query(
            "SELECT amount, attempts, txn_ref, method, payer, started_at, status, transaction_no, bank_code, pay_date
             FROM dossier_payments WHERE draft_id = $1",
        )
        .bind(draft)
        .fetch_optional(self.db.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        let method: String = get(&r, 3)?;
        Ok(Some(DossierPayment {
            amount: number(get(&r, 0)?)?,
            attempts: number(get(&r, 1)?)?,
            txn_ref: get(&r, 2)?,
            method: Method::from_word(&method)
                .ok_or_else(|| StoreError(format!("a payment method {method:?}")))?,
            payer: get(&r, 4)?,
            started_at: number(get(&r, 5)?)?,
            state: state_from_word(&get::<String>(&r, 6)?)?,
            transaction_no: get(&r, 7)?,
            bank_code: get(&r, 8)?,
            pay_date: get(&r, 9)?,
        }))
    }

    /// The current payment of dossier `draft`, brought up to date at `now`: what the
    /// gateway's order says once it is settled (a late payment too) is copied into the
    /// dossier's record; a pending one past its time is expired (the order with it). None:
    /// no payment was started.
    pub async fn current(
        &self,
        draft: &str,
        now: u64,
    ) -> Result<Option<DossierPayment>, StoreError> {
        let Some(mut p) = self.kept(draft).await? else {
            return Ok(None);
        };
        if p.state == PayState::Paid {
            return Ok(Some(p));
        }
        let mut order = self.orders.find(&p.txn_ref).await?;
        let overdue = now > p.started_at + PAY_WITHIN_SECONDS;
        if overdue
            && order
                .as_ref()
                .is_some_and(|o| o.status == PaymentStatus::Pending)
        {
            self.orders
                .settle(&p.txn_ref, Settlement::to(PaymentStatus::Expired))
                .await?;
            order = self.orders.find(&p.txn_ref).await?;
        }
        let now_is = match &order {
            Some(o) => state_of(o.status),
            // Opened by another server a moment ago, or deleted after its week.
            None if overdue => PayState::Expired,
            None => PayState::Pending,
        };
        if now_is != p.state {
            self.copy(draft, &p.txn_ref, now_is, order.as_ref()).await?;
            p.state = now_is;
            if let Some(s) = order.and_then(|o| o.settlement) {
                p.transaction_no = s.transaction_no;
                p.bank_code = s.bank_code;
                p.pay_date = s.pay_date;
            }
        }
        Ok(Some(p))
    }

    /// Keeps what the order says now with the dossier (only for the payment still current).
    async fn copy(
        &self,
        draft: &str,
        txn_ref: &str,
        state: PayState,
        order: Option<&Order>,
    ) -> Result<(), StoreError> {
        let s = order.and_then(|o| o.settlement.clone());
        let s = s.unwrap_or_else(|| Settlement::to(PaymentStatus::Expired));
        sqlx::query(
            "UPDATE dossier_payments SET status = $3, transaction_no = $4, bank_code = $5, pay_date = $6
             WHERE draft_id = $1 AND txn_ref = $2 AND status <> 'paid'",
        )
        .bind(draft)
        .bind(txn_ref)
        .bind(state.word())
        .bind(s.transaction_no)
        .bind(s.bank_code)
        .bind(s.pay_date)
        .execute(self.db.pool())
        .await?;
        Ok(())
    }

    /// The payment to use for dossier `draft` (its `code`) paid by `method`: the current
    /// one while it is pending or paid (only its method changes), else a new one of
    /// `amount` by `payer`. However many posts race here, on however many servers, one
    /// payment is started: a new one replaces the old only if no other post replaced it
    /// first (the record's `attempts` is compared and set in one statement).
    pub async fn start(
        &self,
        draft: &str,
        code: &str,
        amount: u64,
        method: Method,
        payer: &str,
        now: u64,
    ) -> Result<DossierPayment, StoreError> {
        for _ in 0..3 {
            let current = self.current(draft, now).await?;
            if let Some(p) = current
                .as_ref()
                .filter(|p| matches!(p.state, PayState::Pending | PayState::Paid))
            {
                if p.state == PayState::Pending && p.method != method {
                    sqlx::query(
                        "UPDATE dossier_payments SET method = $3 WHERE draft_id = $1 AND txn_ref = $2",
                    )
                    .bind(draft)
                    .bind(&p.txn_ref)
                    .bind(method.word())
                    .execute(self.db.pool())
                    .await?;
                }
                return Ok(DossierPayment {
                    method: if p.state == PayState::Pending {
                        method
                    } else {
                        p.method
                    },
                    ..p.clone()
                });
            }
            let attempts = current.as_ref().map_or(0, |p| p.attempts);
            let fresh = DossierPayment {
                amount,
                attempts: attempts + 1,
                txn_ref: txn_ref(code, attempts + 1),
                method,
                payer: payer.to_string(),
                started_at: now,
                state: PayState::Pending,
                transaction_no: String::new(),
                bank_code: String::new(),
                pay_date: String::new(),
            };
            let taken = if current.is_none() {
                sqlx::query(
                    "INSERT INTO dossier_payments (draft_id, amount, attempts, txn_ref, method, payer, started_at, status, transaction_no, bank_code, pay_date)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', '', '', '') ON CONFLICT (draft_id) DO NOTHING",
                )
                .bind(draft)
                .bind(stored(amount))
                .bind(stored(fresh.attempts))
                .bind(&fresh.txn_ref)
                .bind(method.word())
                .bind(payer)
                .bind(stored(now))
                .execute(self.db.pool())
                .await?
            } else {
                sqlx::query(
                    "UPDATE dossier_payments SET amount = $2, attempts = $3, txn_ref = $4, method = $5, payer = $6, started_at = $7,
                        status = 'pending', transaction_no = '', bank_code = '', pay_date = ''
                     WHERE draft_id = $1 AND attempts = $8 AND status IN ('failed', 'expired')",
                )
                .bind(draft)
                .bind(stored(amount))
                .bind(stored(fresh.attempts))
                .bind(&fresh.txn_ref)
                .bind(method.word())
                .bind(payer)
                .bind(stored(now))
                .bind(stored(attempts))
                .execute(self.db.pool())
                .await?
            };
            if taken.rows_affected() == 1 {
                self.orders.open(&fresh.txn_ref, amount).await?;
                return Ok(fresh);
            }
            // Another post started one first: that one is used.
        }
        Err(StoreError(
            "a payment kept changing while it was started".into(),
        ))
    }
}

/// A payment's reference at the gateway: the dossier code (letters and digits only, as the
/// gateway takes them), the attempt, and a random part (the code is sequential, and a
/// payment's state is its payer's alone).
fn txn_ref(code: &str, attempt: u64) -> String {
    let code: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    let nonce: String = crate::identity::random_id()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(10)
        .collect();
    format!("{code}-{attempt}-{nonce}")
}
