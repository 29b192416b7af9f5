//! A hostile-input fuzz of the post parser and every rule (issue 22, L6): random bodies
//! and answers, built from what breaks parsers (escapes cut short, `&` and `=` floods,
//! invalid UTF-8 escapes, combining marks, bidi and control characters, many distinct
//! characters), within a case budget: nothing panics, the bounded decoder keeps its
//! limits, and the worst answer the server accepts (100 KB of distinct characters, which
//! made the message-naming loops quadratic) is checked by every rule in well under a second.

use dvc_rules::date::{check_date, Date, DateLimits};
use dvc_rules::form::{decode_urlencoded_within, validate, OverLimit};
use dvc_rules::{citizen_id, email, money, name, otp, phone, tax_code, text, vietqr};
use proptest::prelude::*;

mod common;
use common::specs;
use std::time::{Duration, Instant};

fn today() -> Date {
    Date::new(2026, 11, 23).unwrap()
}

/// Every rule on one answer.
fn every_rule(s: &str) {
    let _ = text::check_max_chars(s, 2000);
    let _ = name::check_name(s);
    let _ = email::check_email(s);
    let _ = money::parse_vnd(s);
    let _ = phone::parse_phone(s, true);
    let _ = tax_code::parse_tax_code(s);
    let _ = citizen_id::parse_citizen_id(s, true);
    let _ = otp::parse_one_time_code(s, 6);
    let _ = check_date(s, s, s, DateLimits::default(), today());
    let _ = vietqr::transfer_content(s);
    let _ = vietqr::Transfer::parse(s);
}

/// Pieces that break parsers, glued at random.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("%".to_string()),
        Just("%E1%BB".to_string()),
        Just("%FF%FE".to_string()),
        Just("&&&&".to_string()),
        Just("====".to_string()),
        Just("+".to_string()),
        Just("\u{300}\u{301}\u{303}".to_string()),
        Just("\u{202e}\u{2066}\u{200b}".to_string()),
        Just("\u{0}\u{7}\r\n\t".to_string()),
        Just("Nguyễn Thị Hoà".to_string()),
        Just("0912 345 678".to_string()),
        "[0-9]{1,12}",
        "\\PC{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_rule_panics_on_hostile_answers(s in hostile()) {
        every_rule(&s);
    }

    #[test]
    fn the_post_parser_never_panics_and_keeps_its_limits(body in hostile(), pairs in 0usize..50, len in 0usize..200) {
        match decode_urlencoded_within(&body, pairs, len) {
            Ok(decoded) => {
                prop_assert!(decoded.len() <= pairs);
                prop_assert!(decoded.iter().all(|(n, v)| n.len() <= len && v.len() <= len));
                let _ = validate(&specs(), &decoded, today());
            }
            Err(OverLimit::TooManyPairs) | Err(OverLimit::TooLong) => {}
        }
    }
}

#[test]
fn the_worst_answer_the_server_takes_is_checked_quickly_by_every_rule() {
    // 100 KB (the server's limit for one answer) of distinct characters: each rule that
    // names the characters it refuses compared every one with every other before.
    let distinct: String = ('\u{4e00}'..='\u{9fff}').take(100_000 / 3).collect();
    let started = Instant::now();
    every_rule(&distinct);
    let body = format!("a={distinct}&b={distinct}&d={distinct}&p={distinct}&t={distinct}");
    let pairs = decode_urlencoded_within(&body, 500, 100_000).expect("within the limits");
    let _ = validate(&specs(), &pairs, today());
    let took = started.elapsed();
    assert!(took < Duration::from_secs(1), "{took:?}");
}
