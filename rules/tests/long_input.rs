//! No rule panics, or takes unbounded time, on very long or strange input: every public
//! check is fed 100,000-character strings of digits, separators, Vietnamese letters,
//! combining marks, emoji and control characters.

use dvc_rules::date::{check_date, Date, DateLimits};

mod common;
use common::specs;
use dvc_rules::form::{decode_urlencoded, validate};
use dvc_rules::{citizen_id, divisions, email, money, name, phone, tax_code, text};

fn inputs() -> Vec<String> {
    let pieces = [
        "0",
        "9",
        " ",
        ".",
        "-",
        "+84",
        "ễ",
        "\u{306}",
        "\u{300}\u{301}",
        "😀",
        "\u{0}",
        "\u{feff}",
        "%",
        "%E1%BB",
        "&=",
        "Đ",
    ];
    let mut out: Vec<String> = pieces
        .iter()
        .map(|p| p.repeat(100_000 / p.chars().count().max(1)))
        .collect();
    out.push(pieces.concat().repeat(6_000));
    out.push(String::new());
    out
}

#[test]
fn every_rule_survives_long_and_strange_input() {
    let today = Date::new(2026, 11, 23).unwrap();
    let specs = specs();
    for s in inputs() {
        let _ = text::check_max_chars(&s, 10);
        let _ = name::check_name(&s);
        let _ = email::check_email(&s);
        let _ = money::parse_vnd(&s);
        let _ = phone::parse_phone(&s, true);
        let _ = tax_code::parse_tax_code(&s);
        let _ = citizen_id::parse_citizen_id(&s, true);
        let _ = check_date(&s, &s, &s, DateLimits::default(), today);
        let _ = divisions::search_provinces(&s);
        let _ = divisions::search_communes(None, &s);
        let body = format!("a={s}&b={s}&c-day={s}&d={s}");
        let _ = validate(&specs, &decode_urlencoded(&body), today);
    }
}
