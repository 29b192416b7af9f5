//! `build`: reads transfers, one per line as `bin<TAB>number<TAB>A|C<TAB>amount<TAB>content`
//! (amount may be empty), and prints each payload. `parse`: reads payloads and prints each
//! back in the same tab-separated form, or `defect: <message>`. Used by
//! tests/rules/vietqr.test.mjs to compare with an independent library.
use dvc_rules::vietqr::{Service, Transfer};
use dvc_rules::Locale;
use std::io::{BufRead, Write};

fn main() {
    let parse = std::env::args().nth(1).as_deref() == Some("parse");
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let answer = if parse {
            match Transfer::parse(&line) {
                Ok(t) => {
                    let service = if t.service == Service::Card { "C" } else { "A" };
                    let amount = t.amount.map(|a| a.to_string()).unwrap_or_default();
                    format!(
                        "{}\t{}\t{service}\t{amount}\t{}",
                        t.bank_bin, t.number, t.purpose
                    )
                }
                Err(d) => format!("defect: {}", d.message(Locale::En)),
            }
        } else {
            let parts: Vec<&str> = line.split('\t').collect();
            let [bin, number, service, amount, purpose] = parts[..] else {
                let _ = writeln!(out, "not five fields: {line}");
                continue;
            };
            let service = if service == "C" {
                Service::Card
            } else {
                Service::Account
            };
            let mut t = Transfer::new(bin, number, service).with_purpose(purpose);
            if let Ok(a) = amount.parse() {
                t = t.with_amount(a);
            }
            t.payload()
                .unwrap_or_else(|d| format!("defect: {}", d.message(Locale::En)))
        };
        let _ = writeln!(out, "{answer}");
    }
}
