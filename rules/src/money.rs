//! Vietnamese đồng: writing an amount ("1.234.567 ₫"), reading one typed by a citizen
//! ("1.234.567", "1234567", "1 234 567"), and saying it in words ("một triệu hai trăm ba
//! mươi tư nghìn năm trăm sáu mươi bảy đồng"). VND has no minor unit: amounts are whole đồng.

use crate::problem::{Problem, ProblemCode};

/// The no-break space between the number and "₫", so the sign never wraps alone.
pub const NBSP: char = '\u{a0}';

/// "1.234.567 ₫": dots group thousands, a no-break space, then the đồng sign.
///
/// ```
/// assert_eq!(dvc_rules::money::format_vnd(1_234_567), "1.234.567\u{a0}₫");
/// ```
pub fn format_vnd(amount: u64) -> String {
    format!("{}{NBSP}₫", group_thousands(amount))
}

/// "1.234.567": the amount with dots between groups of three digits.
pub fn group_thousands(amount: u64) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(ch);
    }
    out
}

/// How "0" after a hundreds digit is read: "linh" (the default, northern) or "lẻ".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ZeroTens {
    #[default]
    Linh,
    Le,
}

const DIGITS: [&str; 10] = [
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
];
/// Names of the groups of three digits inside a block of nine (below one tỷ).
const GROUPS: [&str; 3] = ["", "nghìn", "triệu"];
const BILLION: u64 = 1_000_000_000;

/// The amount in words, ending in "đồng", reading zero tens as "linh".
///
/// Amounts of a tỷ (10^9) or more are read as a number of tỷ, then the rest:
/// 4.493.136.678.068 is "bốn nghìn bốn trăm chín mươi ba tỷ một trăm ba mươi sáu triệu …",
/// and 10^18 is "một tỷ tỷ".
///
/// ```
/// use dvc_rules::money::amount_in_words;
/// assert_eq!(amount_in_words(1_234_567),
///     "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng");
/// assert_eq!(amount_in_words(105), "một trăm linh năm đồng");
/// ```
pub fn amount_in_words(amount: u64) -> String {
    amount_in_words_with(amount, ZeroTens::Linh)
}

/// The amount in words with the chosen reading of zero tens ("linh" or "lẻ").
pub fn amount_in_words_with(amount: u64, zero_tens: ZeroTens) -> String {
    if amount == 0 {
        return "không đồng".into();
    }
    // Blocks of nine digits, lowest first; block k is followed by "tỷ" k times.
    let mut blocks = Vec::new();
    let mut rest = amount;
    while rest > 0 {
        blocks.push(rest % BILLION);
        rest /= BILLION;
    }
    let mut words: Vec<&str> = Vec::new();
    for (k, &block) in blocks.iter().enumerate().rev() {
        if block == 0 {
            continue;
        }
        for (index, name) in GROUPS.iter().enumerate().rev() {
            let group = (block / 1000u64.pow(index as u32) % 1000) as usize;
            if group == 0 {
                continue;
            }
            let inner = !words.is_empty();
            read_group(group, inner, zero_tens, &mut words);
            if !name.is_empty() {
                words.push(name);
            }
        }
        words.extend(std::iter::repeat_n("tỷ", k));
    }
    words.push("đồng");
    words.join(" ")
}

/// Reads one group of three digits. `inner` is true for a group after a higher one, where
/// a missing hundreds digit is read "không trăm" (1.000.005 → "một triệu không trăm linh năm").
fn read_group(group: usize, inner: bool, zero_tens: ZeroTens, words: &mut Vec<&'static str>) {
    let (hundreds, tens, units) = (group / 100, group / 10 % 10, group % 10);
    if hundreds > 0 || inner {
        words.push(DIGITS[hundreds]);
        words.push("trăm");
    }
    match tens {
        0 if units == 0 => {}
        0 => {
            if hundreds > 0 || inner {
                words.push(match zero_tens {
                    ZeroTens::Linh => "linh",
                    ZeroTens::Le => "lẻ",
                });
            }
            words.push(DIGITS[units]);
        }
        1 => {
            words.push("mười");
            match units {
                0 => {}
                5 => words.push("lăm"),
                u => words.push(DIGITS[u]),
            }
        }
        t => {
            words.push(DIGITS[t]);
            words.push("mươi");
            match units {
                0 => {}
                1 => words.push("mốt"),
                4 => words.push("tư"),
                5 => words.push("lăm"),
                u => words.push(DIGITS[u]),
            }
        }
    }
}

/// Reads an amount typed by a citizen: "1.234.567", "1234567", "1 234 567", "1,234,567",
/// with or without "₫", "đ", "đồng" or "VND". Whole đồng only.
///
/// ```
/// use dvc_rules::money::parse_vnd;
/// assert_eq!(parse_vnd("1.234.567"), Ok(1_234_567));
/// assert_eq!(parse_vnd(" 1 234 567 ₫"), Ok(1_234_567));
/// assert!(parse_vnd("12,5").is_err());
/// ```
pub fn parse_vnd(input: &str) -> Result<u64, Problem> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(Problem::new(ProblemCode::Required));
    }
    let lower = crate::latin::lowercase(trimmed);
    let body = ["đồng", "vnđ", "vnd", "₫", "đ"]
        .iter()
        .find_map(|unit| lower.strip_suffix(unit))
        .unwrap_or(&lower)
        .trim();
    let bad: String = body
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '.' | ',' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if !bad.is_empty() {
        return Err(Problem::new(ProblemCode::AmountNotANumber).with("chars", distinct(&bad)));
    }
    // Separators must group thousands: every group after the first has exactly 3 digits.
    let groups: Vec<&str> = body.split(['.', ',', ' ', '\u{a0}', '\u{202f}']).collect();
    let grouped = groups.len() > 1;
    let well_grouped = !grouped
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    if !well_grouped {
        return Err(Problem::new(ProblemCode::AmountNotWhole));
    }
    let digits: String = groups.concat();
    if digits.is_empty() {
        return Err(Problem::new(ProblemCode::AmountNotANumber).with("chars", distinct(body)));
    }
    digits.parse::<u64>().map_err(|_| {
        Problem::new(ProblemCode::AmountTooLarge).with("max", group_thousands(u64::MAX))
    })
}

/// The distinct characters of `s` but spaces, in order, for messages that name what is
/// wrong (the first few: [`crate::digits::distinct`]).
pub(crate) fn distinct(s: &str) -> String {
    crate::digits::distinct(s.chars().filter(|c| !c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formats_with_dots_and_a_no_break_space() {
        assert_eq!(format_vnd(0), "0\u{a0}₫");
        assert_eq!(format_vnd(999), "999\u{a0}₫");
        assert_eq!(format_vnd(1000), "1.000\u{a0}₫");
        assert_eq!(format_vnd(1_234_567), "1.234.567\u{a0}₫");
        assert_eq!(format_vnd(u64::MAX), "18.446.744.073.709.551.615\u{a0}₫");
    }

    #[test]
    fn words_follow_the_spelling_rules() {
        let cases = [
            (0, "không đồng"),
            (5, "năm đồng"),
            (10, "mười đồng"),
            (11, "mười một đồng"),
            (14, "mười bốn đồng"),
            (15, "mười lăm đồng"),
            (21, "hai mươi mốt đồng"),
            (24, "hai mươi tư đồng"),
            (25, "hai mươi lăm đồng"),
            (30, "ba mươi đồng"),
            (101, "một trăm linh một đồng"),
            (105, "một trăm linh năm đồng"),
            (110, "một trăm mười đồng"),
            (115, "một trăm mười lăm đồng"),
            (1004, "một nghìn không trăm linh bốn đồng"),
            (1_000_100, "một triệu một trăm đồng"),
            (1_000_001, "một triệu không trăm linh một đồng"),
            (2_000_000_015, "hai tỷ không trăm mười lăm đồng"),
            (1_234_567, "một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"),
            (1_000_000_000_000, "một nghìn tỷ đồng"),
            (4_493_136_678_068, "bốn nghìn bốn trăm chín mươi ba tỷ một trăm ba mươi sáu triệu sáu trăm bảy mươi tám nghìn không trăm sáu mươi tám đồng"),
            (5_000_000_001_000, "năm nghìn tỷ không trăm linh một nghìn đồng"),
            (1_000_000_000_000_000_000, "một tỷ tỷ đồng"),
            (1_000_000_000_000_000, "một triệu tỷ đồng"),
        ];
        for (n, words) in cases {
            assert_eq!(amount_in_words(n), words, "{n}");
        }
        assert_eq!(
            amount_in_words_with(105, ZeroTens::Le),
            "một trăm lẻ năm đồng"
        );
    }

    #[test]
    fn parses_the_ways_people_type_amounts() {
        for s in [
            "1.234.567",
            "1234567",
            "1 234 567",
            "1,234,567",
            "1.234.567 ₫",
            "1234567đ",
            "1.234.567 đồng",
            "1\u{a0}234\u{a0}567 VND",
        ] {
            assert_eq!(parse_vnd(s), Ok(1_234_567), "{s}");
        }
        assert_eq!(parse_vnd("").unwrap_err().code, ProblemCode::Required);
        assert_eq!(
            parse_vnd("12,5").unwrap_err().code,
            ProblemCode::AmountNotWhole
        );
        assert_eq!(
            parse_vnd("1.23.456").unwrap_err().code,
            ProblemCode::AmountNotWhole
        );
        let p = parse_vnd("12a3b").unwrap_err();
        assert_eq!(
            (p.code, p.arg("chars")),
            (ProblemCode::AmountNotANumber, "ab")
        );
        assert_eq!(
            parse_vnd("99999999999999999999").unwrap_err().code,
            ProblemCode::AmountTooLarge
        );
        assert_eq!(parse_vnd("-5").unwrap_err().arg("chars"), "-");
    }

    proptest! {
        #[test]
        fn formatted_amounts_read_back(n in any::<u64>()) {
            prop_assert_eq!(parse_vnd(&format_vnd(n)), Ok(n));
            prop_assert_eq!(parse_vnd(&group_thousands(n)), Ok(n));
            prop_assert_eq!(parse_vnd(&n.to_string()), Ok(n));
        }

        #[test]
        fn words_never_panic_and_end_in_dong(n in any::<u64>()) {
            let w = amount_in_words(n);
            prop_assert!(w.ends_with("đồng"));
            prop_assert!(!w.contains("  "));
        }

        #[test]
        fn parse_never_panics(s in any::<String>()) {
            let _ = parse_vnd(&s);
        }
    }
}
