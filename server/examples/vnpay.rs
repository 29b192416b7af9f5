//! For tests/rules/vnpay.test.mjs, which compares this crate's VNPAY contract with an
//! independent library (npm vnpay). Reads one JSON object per line on stdin and prints one
//! line each:
//! - `{"url": {tmn, secret, txn_ref, amount, order_info, return_url, ip, created, expires}}`
//!   → the payment URL;
//! - `{"sign": {secret, pairs: [[name, value], …]}}` → the signature of those pairs;
//! - `{"verify": {tmn, secret, pairs}}` → `ok <txn_ref> <amount> <paid>` or `refused`.
use dvc_rules::Locale;
use dvc_server::vnpay::{signature, Merchant, PaymentRequest};
use serde_json::Value;
use std::io::{BufRead, Write};

fn text(v: &Value, k: &str) -> String {
    v.get(k)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

fn pairs(v: &Value) -> Vec<(String, String)> {
    v.get("pairs")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|p| {
            Some((
                p.get(0)?.as_str()?.to_string(),
                p.get(1)?.as_str()?.to_string(),
            ))
        })
        .collect()
}

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let Ok(job) = serde_json::from_str::<Value>(&line) else {
            let _ = writeln!(out, "not JSON: {line}");
            continue;
        };
        let answer = if let Some(u) = job.get("url") {
            let merchant = Merchant::sandbox(&text(u, "tmn"), &text(u, "secret"));
            merchant
                .payment_url(&PaymentRequest {
                    txn_ref: text(u, "txn_ref"),
                    amount: u.get("amount").and_then(Value::as_u64).unwrap_or_default(),
                    order_info: text(u, "order_info"),
                    return_url: text(u, "return_url"),
                    ip_addr: text(u, "ip"),
                    locale: Locale::Vi,
                    created_at: u.get("created").and_then(Value::as_u64).unwrap_or_default(),
                    expires_at: u.get("expires").and_then(Value::as_u64).unwrap_or_default(),
                })
                .unwrap_or_else(|| "amount too large".into())
        } else if let Some(s) = job.get("sign") {
            signature(&text(s, "secret"), &pairs(s))
        } else if let Some(v) = job.get("verify") {
            match Merchant::sandbox(&text(v, "tmn"), &text(v, "secret")).verify(&pairs(v)) {
                Ok(n) => format!("ok {} {} {}", n.txn_ref, n.amount, n.paid),
                Err(_) => "refused".into(),
            }
        } else {
            "unknown job".into()
        };
        let _ = writeln!(out, "{answer}");
    }
}
