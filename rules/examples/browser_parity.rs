//! Reads cases on stdin, one per line, and prints what dvc-rules says of each, one line each.
//! Used by tests/rules/browser-rules.test.mjs to prove rules/js/rules.js (the browser's copy
//! of these rules) gives exactly the same answers.
//!
//! A case is a kind and its fields, separated by tabs; each field is percent-encoded (as
//! JavaScript's encodeURIComponent writes it), and a lone `%` is an absent value. An answer
//! is its fields separated by tabs, each with `%`, tab, CR and LF written `%25`, `%09`,
//! `%0D`, `%0A`; a problem is `err`, its code and its arguments (`name=value` joined by `&`,
//! with `&` and `=` inside written `%26`, `%3D`).
//!
//! | case | answer |
//! |---|---|
//! | `check` field rule subject optional when body today | `ok`, `unread` (no spec), or code, arguments, Vietnamese and English message |
//! | `rule` attribute | the rule's fields ([`describe`]) or `none` |
//! | `message` code arguments (a urlencoded body) subject | Vietnamese and English message |
//! | `cid` text old (0/1) | `ok` kind digits grouped (personal: place-code place-name sex birth-year), or a problem |
//! | `phone` text landline (0/1) | `ok` national e164 display mobile, or a problem |
//! | `tax` text | `ok` kind display, or a problem |
//! | `money` text | `ok` amount format_vnd and the words capitalised, or a problem |
//! | `words` amount | format_vnd and amount in words |
//! | `case` text | with_first upper, with_first lower, lowercase, nfc |
//! | `file` name size rule | check_file by name and size, then check_count(size) |
//! | `prefix` | the error prefix in Vietnamese and English |
//! | `codes` | every ProblemCode's name |
//!
//! `body` is the posted pairs urlencoded (decoded by `form::decode_urlencoded`); `today` is
//! YYYY-MM-DD.
use dvc_rules::date::Date;
use dvc_rules::form::{check_field, decode_urlencoded, FieldRule};
use dvc_rules::spec_markup::{read_rule, read_spec, FIELD, OPTIONAL, RULE, SUBJECT, WHEN};
use dvc_rules::{Locale, Problem, ProblemCode};
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let fields: Vec<Option<String>> = line.split('\t').map(decode).collect();
        let answer = answer(&fields).unwrap_or_else(|| "bad case".to_string());
        let _ = writeln!(out, "{answer}");
    }
}

/// A field as JavaScript's encodeURIComponent wrote it; `None` for `%` (absent).
fn decode(field: &str) -> Option<String> {
    if field == "%" {
        return None;
    }
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

fn esc(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\t', "%09")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn args(problem: &Problem) -> String {
    problem
        .args
        .iter()
        .map(|(n, v)| {
            let v = esc(v).replace('&', "%26").replace('=', "%3D");
            format!("{n}={v}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn err(problem: &Problem) -> String {
    format!("err\t{:?}\t{}", problem.code, args(problem))
}

fn date(text: &str) -> Option<Date> {
    let mut parts = text.split('-').map(|p| p.parse::<u16>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

fn answer(fields: &[Option<String>]) -> Option<String> {
    let field = |i: usize| fields.get(i).cloned().flatten();
    let text = |i: usize| field(i).unwrap_or_default();
    let kind = text(0);
    Some(match kind.as_str() {
        "check" => {
            let attrs = [
                (FIELD, field(1)),
                (RULE, field(2)),
                (SUBJECT, field(3)),
                (OPTIONAL, field(4)),
                (WHEN, field(5)),
            ];
            let Some(spec) = read_spec(|name| {
                attrs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .and_then(|(_, v)| v.clone())
            }) else {
                return Some("unread".into());
            };
            let posted = decode_urlencoded(&text(6));
            match check_field(&spec, &posted, date(&text(7))?) {
                Ok(()) => "ok".into(),
                Err(p) => format!(
                    "{:?}\t{}\t{}\t{}",
                    p.code,
                    args(&p),
                    esc(&p.message(Locale::Vi, &spec.subject)),
                    esc(&p.message(Locale::En, &spec.subject))
                ),
            }
        }
        "rule" => match read_rule(&text(1)) {
            Some(rule) => describe(&rule),
            None => "none".into(),
        },
        "message" => {
            let code = all_codes()
                .into_iter()
                .find(|c| format!("{c:?}") == text(1))?;
            let mut problem = Problem::new(code);
            for (n, v) in decode_urlencoded(&text(2)) {
                problem = problem.with(Box::leak(n.into_boxed_str()), v);
            }
            let subject = text(3);
            format!(
                "{}\t{}",
                esc(&problem.message(Locale::Vi, &subject)),
                esc(&problem.message(Locale::En, &subject))
            )
        }
        "cid" => {
            use dvc_rules::citizen_id::{parse_citizen_id, CitizenId, Sex};
            match parse_citizen_id(&text(1), text(2) == "1") {
                Ok(id) => match &id {
                    CitizenId::Personal {
                        province,
                        sex,
                        birth_year,
                        ..
                    } => format!(
                        "ok\tpersonal\t{}\t{}\t{}\t{}\t{}\t{birth_year}",
                        id.digits(),
                        id.grouped(),
                        province.code,
                        province.name,
                        if *sex == Sex::Male { "male" } else { "female" }
                    ),
                    CitizenId::OldCard { .. } => {
                        format!("ok\told-card\t{}\t{}", id.digits(), id.grouped())
                    }
                },
                Err(p) => err(&p),
            }
        }
        "phone" => match dvc_rules::phone::parse_phone(&text(1), text(2) == "1") {
            Ok(p) => format!(
                "ok\t{}\t{}\t{}\t{}",
                p.national,
                p.e164(),
                p.display(),
                p.is_mobile
            ),
            Err(p) => err(&p),
        },
        "tax" => {
            use dvc_rules::tax_code::{parse_tax_code, TaxCode};
            match parse_tax_code(&text(1)) {
                Ok(code) => {
                    let kind = match code {
                        TaxCode::Main(_) => "main",
                        TaxCode::Branch { .. } => "branch",
                        TaxCode::Personal(_) => "personal",
                    };
                    format!("ok\t{kind}\t{}", code.display())
                }
                Err(p) => err(&p),
            }
        }
        "money" => match dvc_rules::money::parse_vnd(&text(1)) {
            Ok(n) => {
                let words = dvc_rules::money::amount_in_words(n);
                format!(
                    "ok\t{n}\t{}\t{}",
                    esc(&dvc_rules::money::format_vnd(n)),
                    dvc_rules::latin::with_first(&words, true)
                )
            }
            Err(p) => err(&p),
        },
        "words" => {
            let n: u64 = text(1).parse().ok()?;
            format!(
                "{}\t{}",
                esc(&dvc_rules::money::format_vnd(n)),
                dvc_rules::money::amount_in_words(n)
            )
        }
        "case" => {
            use dvc_rules::latin::{lowercase, nfc, with_first};
            let t = text(1);
            [
                with_first(&t, true),
                with_first(&t, false),
                lowercase(&t),
                nfc(&t),
            ]
            .iter()
            .map(|s| esc(s))
            .collect::<Vec<_>>()
            .join("\t")
        }
        "file" => {
            let Some(FieldRule::Files(limits)) = read_rule(&text(3)) else {
                return Some("none".into());
            };
            let size: u64 = text(2).parse().ok()?;
            let one = dvc_rules::files::check_file(&text(1), size, None, &limits);
            let count = usize::try_from(size)
                .map(|n| dvc_rules::files::check_count(n, &limits))
                .ok()?;
            let show = |r: Result<(), Problem>| r.map_or_else(|p| err(&p), |()| "ok".into());
            format!(
                "{}\t{}\t{}",
                show(one),
                show(count),
                esc(&dvc_rules::files::extension(&text(1)))
            )
        }
        "prefix" => format!(
            "{}\t{}",
            Locale::Vi.error_prefix(),
            Locale::En.error_prefix()
        ),
        "codes" => all_codes()
            .iter()
            .map(|c| format!("{c:?}"))
            .collect::<Vec<_>>()
            .join("\t"),
        _ => return None,
    })
}

/// A rule's fields, in the order Rust declares them, as rules.js's test writes them:
/// kind, then each setting (`%` for none; a list as its length and escaped items).
fn describe(rule: &FieldRule) -> String {
    let opt = |o: &Option<String>| o.as_deref().map_or("%".to_string(), esc_item);
    let num = |o: Option<u64>| o.map_or("%".to_string(), |n| n.to_string());
    let list = |items: &[String]| {
        let items: Vec<String> = items.iter().map(|i| esc_item(i)).collect();
        format!("{}:{}", items.len(), items.join(","))
    };
    let parts: Vec<String> = match rule {
        FieldRule::Text { max_chars } => {
            vec!["text".into(), num(max_chars.map(|n| n as u64))]
        }
        FieldRule::Email => vec!["email".into()],
        FieldRule::Name => vec!["name".into()],
        FieldRule::CitizenId {
            allow_old_card,
            birth_date_field,
            sex_field,
        } => vec![
            "citizen-id".into(),
            allow_old_card.to_string(),
            opt(birth_date_field),
            opt(sex_field),
        ],
        FieldRule::Phone { allow_landline } => vec!["phone".into(), allow_landline.to_string()],
        FieldRule::TaxCode => vec!["tax-code".into()],
        FieldRule::Money => vec!["money".into()],
        FieldRule::WholeNumber { min, max } => vec!["whole".into(), num(*min), num(*max)],
        FieldRule::OneOf(options) => vec!["one-of".into(), list(options)],
        FieldRule::CommuneCode { province_field } => {
            vec!["commune".into(), opt(province_field)]
        }
        FieldRule::AnyOf { options, exclusive } => {
            vec!["any-of".into(), list(options), opt(exclusive)]
        }
        FieldRule::Date(limits) => vec![
            "date".into(),
            limits.past.to_string(),
            limits.not_past.to_string(),
            num(limits.min_age.map(u64::from)),
        ],
        FieldRule::MustTick => vec!["must-tick".into()],
        FieldRule::Files(limits) => vec![
            "files".into(),
            list(&limits.accept),
            limits.max_bytes.to_string(),
            limits.max_files.to_string(),
        ],
        FieldRule::OneTimeCode { digits } => vec!["one-time-code".into(), digits.to_string()],
        FieldRule::Unchecked => vec!["unchecked".into()],
    };
    parts.join("\t")
}

fn esc_item(text: &str) -> String {
    esc(text).replace(',', "%2C")
}

/// Every problem code, listed once: the macro also writes a match on them, which stops the
/// build when a code is added to dvc-rules and not here.
macro_rules! codes {
    ($($code:ident),* $(,)?) => {{
        fn _every_code_is_listed(code: ProblemCode) {
            match code {
                $(ProblemCode::$code)|* => {}
            }
        }
        vec![$(ProblemCode::$code),*]
    }};
}

fn all_codes() -> Vec<ProblemCode> {
    codes![
        Required,
        RequiredChoice,
        TooLong,
        AmountNotANumber,
        AmountNotWhole,
        AmountTooLarge,
        NumberNotWhole,
        NumberRange,
        NumberTooSmall,
        NumberTooLarge,
        CitizenIdNotDigits,
        CitizenIdLength,
        CitizenIdOldCard,
        CitizenIdPlace,
        CitizenIdFutureYear,
        CitizenIdYearMismatch,
        CitizenIdSexMismatch,
        PhoneNotDigits,
        PhoneNotVietnamese,
        PhoneStart,
        PhoneLength,
        PhoneLandline,
        PhoneLandlineLength,
        TaxCodeNotDigits,
        TaxCodeLength,
        TaxCodeCheckDigit,
        TaxCodeBranch,
        NameCharacters,
        DateMissing,
        DateNotNumbers,
        DateYearDigits,
        DateMonth,
        DateDay,
        DateNotPast,
        DatePast,
        DateMinAge,
        EmailFormat,
        ChoiceUnknown,
        CommuneNotInProvince,
        ChoiceExclusive,
        NotTicked,
        FileType,
        FileTooLarge,
        FileTooMany,
        FileEmpty,
        FileContent,
        OtpNotDigits,
        OtpLength,
        OtpWrong,
        OtpExpired,
        SignInWrong,
        SignInLocked,
        Portal,
    ]
}
