//! The fee of a submitted dossier, at the engine's addresses after the confirmation:
//! `…/nop-phi` (what is owed, computed from the dossier's answers by the file's `[[fee]]`
//! rules, and how to pay: VietQR where the portal names the agency's account, the gateway
//! where it has one), `…/chuyen-khoan` (the VietQR code and its facts as text, with the
//! payment's state), `…/thanh-toan` (the state, where the gateway sends the citizen back:
//! its address is checked, then dropped, post/redirect/get), `…/thanh-toan/trang-thai`
//! (the state as one word, for the page's script; never cached) and `…/bien-lai` (the
//! receipt). Only the dossier's own citizen (or browser) reaches them; what they show is
//! the server's record (`super::super::payments`), never what an address claims.

use super::{now, Engine, Visit};
use crate::dossiers::{DossierCode, Draft};
use crate::forms::{today_in_vietnam, Posted};
use crate::procedures::payments::{DossierPayment, Method, Payee};
use crate::redirect::see_other;
use crate::vnpay::PaymentRequest;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use dvc_procedure::route::FeeLine;
use dvc_procedure::screen::{at, posted, FeeStep, PayState, Receipt, Screen};
use dvc_rules::form::{check_posted, FieldRule, FieldSpec};
use dvc_rules::posted::{is_language_switch, FORM_ID_FIELD};
use dvc_rules::vietqr::{Service, Transfer};
use dvc_rules::Locale;

/// A submitted dossier at one of the fee's addresses.
struct Dossier {
    draft: Draft,
    code: DossierCode,
    fees: Vec<FeeLine>,
}

impl Dossier {
    fn total(&self) -> u64 {
        self.fees.iter().map(|f| f.amount).sum()
    }
}

impl Engine {
    /// The dossier this citizen (or browser) submitted: its draft, code and fee. Err: the
    /// page to answer with (nothing submitted, or the store failed).
    async fn dossier(&self, v: &Visit) -> Result<Dossier, Response> {
        let Ok(draft) = self.draft(v).await else {
            return Err(self.unavailable(v).await);
        };
        let code = self.code_of(draft.as_ref()).await;
        let (Some(draft), Some(code)) = (draft, code) else {
            return Err(self.draw(v, Screen::NothingSent, StatusCode::OK, &[]).await);
        };
        let fees = self.fees(v, &draft.answers);
        Ok(Dossier { draft, code, fees })
    }

    /// The account this dossier's fee goes to, when the portal takes it online.
    fn payee(&self, d: &Dossier) -> Option<Payee> {
        self.inner.payments.as_ref()?;
        self.inner.portal.payee(&d.code.agency)
    }

    /// The dossier's current payment (a store failure reads as none, logged).
    async fn current(&self, d: &Dossier) -> Option<DossierPayment> {
        let payments = self.inner.payments.as_ref()?;
        payments
            .current(&d.draft.id, now())
            .await
            .map_err(|e| crate::log::failure("store.failed", &e.to_string()))
            .ok()
            .flatten()
    }

    /// How the confirmation says the fee of `draft` (submitted as `code`) is paid.
    pub(super) async fn fee_step(&self, v: &Visit, draft: &Draft, code: &DossierCode) -> FeeStep {
        let d = Dossier {
            draft: draft.clone(),
            code: code.clone(),
            fees: self.fees(v, &draft.answers),
        };
        if d.total() == 0 {
            return FeeStep::Free;
        }
        if self.payee(&d).is_none() {
            return FeeStep::AtOffice;
        }
        match self.current(&d).await {
            Some(p) if p.state == PayState::Paid => FeeStep::Paid,
            _ => FeeStep::Due,
        }
    }

    /// `…/nop-phi`: what is owed and how to pay; its post starts the payment (or finds the
    /// one under way) and goes to the transfer page or the gateway.
    pub(super) async fn pay(&self, v: &Visit, posted: Option<Posted>) -> Response {
        let d = match self.dossier(v).await {
            Ok(d) => d,
            Err(res) => return res,
        };
        let online = self.payee(&d).is_some();
        let Some(payments) = self.inner.payments.as_ref().filter(|_| online) else {
            return see_other(&self.at(v, at::SENT), &[]);
        };
        if d.total() == 0 {
            return see_other(&self.at(v, at::SENT), &[]);
        }
        let current = self.current(&d).await;
        if current.as_ref().is_some_and(|p| p.state == PayState::Paid) {
            return see_other(&self.at(v, at::PAYMENT), &[]);
        }
        let gateway = payments.gateway().map(|(_, name)| name.clone());
        let mut offered = vec![Method::VietQr.word().to_string()];
        if gateway.is_some() {
            offered.push(Method::Gateway.word().to_string());
        }
        let screen = |problems| Screen::Pay {
            code: d.code.to_string(),
            fees: d.fees.clone(),
            earlier: current
                .as_ref()
                .map(|p| p.state)
                .filter(|s| matches!(s, PayState::Failed | PayState::Expired)),
            gateway: gateway.clone(),
            problems,
        };
        let Some(p) = posted else {
            return self.fee_page(v, screen(Vec::new())).await;
        };
        let form = p
            .pairs
            .iter()
            .find(|(n, _)| n == FORM_ID_FIELD)
            .map(|(_, f)| f.as_str());
        if form != Some(posted::PAY_FORM) || is_language_switch(&p.pairs) {
            return self.fee_page(v, screen(Vec::new())).await;
        }
        let subject = match v.locale {
            Locale::Vi => "cách thanh toán",
            Locale::En => "how to pay",
        };
        let spec = FieldSpec::new(posted::PAY_METHOD, subject, FieldRule::OneOf(offered));
        let problems = check_posted(
            std::slice::from_ref(&spec),
            &p.pairs,
            &[],
            today_in_vietnam(),
        );
        let chosen = p
            .pairs
            .iter()
            .find(|(n, _)| n == posted::PAY_METHOD)
            .and_then(|(_, m)| Method::from_word(m));
        let Some(method) = chosen.filter(|_| problems.is_empty()) else {
            return self.fee_page(v, screen(problems)).await;
        };
        let payer = v.citizen.as_ref().map_or("", |c| c.name.as_str());
        let code = d.code.to_string();
        let started = payments
            .start(&d.draft.id, &code, d.total(), method, payer, now())
            .await;
        let payment = match started {
            Ok(p) => p,
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                return self.unavailable(v).await;
            }
        };
        if payment.state == PayState::Paid {
            return see_other(&self.at(v, at::PAYMENT), &[]);
        }
        crate::log::audit("payment.started", method.word());
        match (method, payments.gateway()) {
            (Method::Gateway, Some((merchant, _))) => {
                let origin = crate::client::public_origin(&v.headers, self.inner.cookies.https);
                let request = PaymentRequest {
                    txn_ref: payment.txn_ref.clone(),
                    amount: payment.amount,
                    order_info: format!("Nop phi ho so {code}"),
                    return_url: format!("{origin}{}", self.at(v, at::PAYMENT)),
                    ip_addr: v.client_ip.clone(),
                    locale: v.locale,
                    created_at: payment.started_at,
                    expires_at: payment.started_at
                        + crate::procedures::payments::PAY_WITHIN_SECONDS,
                };
                match merchant.payment_url(&request) {
                    Some(url) => see_other(&url, &[]),
                    None => see_other(&self.at(v, at::PAYMENT), &[]),
                }
            }
            _ => see_other(&self.at(v, at::TRANSFER), &[]),
        }
    }

    /// The fee page, whose form may be sent on to the gateway (its `form-action`).
    async fn fee_page(&self, v: &Visit, screen: Screen) -> Response {
        let mut res = self.draw(v, screen, StatusCode::OK, &[]).await;
        if let Some((merchant, _)) = self.inner.payments.as_ref().and_then(|p| p.gateway()) {
            crate::security::allow_forms_to(&mut res, &merchant.origin());
        }
        res
    }

    /// `…/chuyen-khoan`: the VietQR code for the current payment, and its state.
    pub(super) async fn transfer(&self, v: &Visit) -> Response {
        let d = match self.dossier(v).await {
            Ok(d) => d,
            Err(res) => return res,
        };
        let (Some(payee), Some(p)) = (self.payee(&d), self.current(&d).await) else {
            return see_other(&self.at(v, at::PAY), &[]);
        };
        let transfer = Transfer::new(&payee.bank_bin, &payee.account_number, Service::Account)
            .with_amount(p.amount)
            .with_purpose(&d.code.to_string());
        let screen = Screen::Transfer {
            code: d.code.to_string(),
            transfer,
            bank_name: payee.bank_name,
            account_holder: payee.account_holder,
            state: p.state,
        };
        self.draw(v, screen, StatusCode::OK, &[]).await
    }

    /// `…/thanh-toan`: where the payment stands. The gateway's return (`vnp_*` in the
    /// address) is checked and dropped: the page is shown again at its bare address, saying
    /// when the return was not signed. Changes nothing: a GET.
    pub(super) async fn payment(&self, v: &Visit) -> Response {
        let query = v.uri.query().unwrap_or("");
        let pairs = crate::forms::query_pairs(query);
        if pairs.iter().any(|(n, _)| n.starts_with("vnp_")) {
            let signed = self
                .inner
                .payments
                .as_ref()
                .and_then(|p| p.gateway())
                .is_some_and(|(m, _)| m.verify(&pairs).is_ok());
            let to = self.at(v, at::PAYMENT);
            return match signed {
                true => see_other(&to, &[]),
                false => see_other(&format!("{to}?{}", at::UNCHECKED_RETURN), &[]),
            };
        }
        let d = match self.dossier(v).await {
            Ok(d) => d,
            Err(res) => return res,
        };
        let Some(p) = self.current(&d).await else {
            return see_other(&self.at(v, at::PAY), &[]);
        };
        let screen = Screen::Payment {
            code: d.code.to_string(),
            state: p.state,
            return_refused: query.split('&').any(|q| q == at::UNCHECKED_RETURN),
        };
        self.draw(v, screen, StatusCode::OK, &[]).await
    }

    /// `…/thanh-toan/trang-thai`: the current payment's state as one word ("pending",
    /// "paid", "failed", "expired"), to its dossier's citizen only; never cached.
    pub(super) async fn payment_state(&self, v: &Visit) -> Response {
        let word = match self.dossier(v).await {
            Ok(d) => self.current(&d).await.map(|p| p.state.word()),
            Err(_) => None,
        };
        let headers = [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ];
        match word {
            Some(w) => (headers, w).into_response(),
            None => (StatusCode::NOT_FOUND, headers, "").into_response(),
        }
    }

    /// `…/bien-lai`: the electronic receipt, once the server has the confirmation.
    pub(super) async fn receipt(&self, v: &Visit) -> Response {
        let d = match self.dossier(v).await {
            Ok(d) => d,
            Err(res) => return res,
        };
        let payee = self.payee(&d);
        let paid = self
            .current(&d)
            .await
            .filter(|p| p.state == PayState::Paid)
            .map(|p| Receipt {
                payer: p.payer,
                paid_at: p.pay_date,
                transaction: p.transaction_no,
                method: p.method.word().to_string(),
                gateway: self
                    .inner
                    .payments
                    .as_ref()
                    .and_then(|x| x.gateway())
                    .map(|(_, name)| name.clone())
                    .unwrap_or_default(),
                bank_code: p.bank_code,
                collector: payee.map(|p| p.account_holder).unwrap_or_default(),
            });
        let screen = Screen::Receipt {
            code: d.code.to_string(),
            fees: d.fees,
            paid,
        };
        self.draw(v, screen, StatusCode::OK, &[]).await
    }
}
