//! Letter case and "is this a letter" for Latin text, from two small tables
//! ([`super::case_table`]) instead of the tables for all of Unicode that `char::to_lowercase`,
//! `char::to_uppercase` and `char::is_alphabetic` link into the WebAssembly. Exactly Rust's
//! answers for every Latin letter (tested); a letter whose other case is several characters
//! (ß → SS, ŉ → ʼN) and any character of another script keep their case.

use super::case_table::{LOWER, UPPER};

fn is_latin(c: char) -> bool {
    matches!(c as u32, 0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x2AF | 0x1E00..=0x1EFF)
}

/// A letter of the Latin script (the ranges above; × and ÷ are not letters).
///
/// ```
/// use dvc_rules::latin::is_letter;
/// assert!(is_letter('ễ') && is_letter('ƀ') && is_letter('Đ'));
/// assert!(!is_letter('×') && !is_letter('2') && !is_letter('-'));
/// ```
pub fn is_letter(c: char) -> bool {
    is_latin(c) && c != '×' && c != '÷'
}

fn map(table: &[(char, char)], c: char) -> char {
    table
        .binary_search_by_key(&c, |&(from, _)| from)
        .map_or(c, |i| table[i].1)
}

/// The lower case of a Latin letter ("Đ" → "đ", "Ễ" → "ễ"); anything else as it is.
pub fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        map(LOWER, c)
    }
}

/// The upper case of a Latin letter ("đ" → "Đ"); anything else as it is.
pub fn upper(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_uppercase()
    } else {
        map(UPPER, c)
    }
}

/// Text in lower case ([`lower`] of each character; "İ" becomes "i̇", as in Rust).
///
/// ```
/// use dvc_rules::latin::lowercase;
/// assert_eq!(lowercase("Họ Và TÊN"), "họ và tên");
/// ```
pub fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'İ' => out.push_str("i\u{307}"),
            c => out.push(lower(c)),
        }
    }
    out
}

/// The text with its first letter in upper (`to_upper`) or lower case.
pub fn with_first(text: &str, to_upper: bool) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            let first = if to_upper { upper(first) } else { lower(first) };
            std::iter::once(first).chain(chars).collect()
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
        let c = it.next()?;
        it.next().is_none().then_some(c)
    }

    #[test]
    fn the_tables_are_rusts() {
        let latin = || {
            (0x80..0x2000u32)
                .filter_map(char::from_u32)
                .filter(|&c| is_latin(c))
        };
        let table = |f: fn(char) -> Option<char>| -> Vec<(char, char)> {
            latin()
                .filter_map(|c| f(c).filter(|&m| m != c).map(|m| (c, m)))
                .collect()
        };
        let lower_rows = table(|c| single(c.to_lowercase()));
        let upper_rows = table(|c| single(c.to_uppercase()));
        let print = |rows: &[(char, char)]| -> String {
            rows.iter()
                .map(|(a, b)| format!("    ('{a}', '{b}'),\n"))
                .collect()
        };
        assert!(
            lower_rows == LOWER,
            "case_table.rs LOWER:\n{}",
            print(&lower_rows)
        );
        assert!(
            upper_rows == UPPER,
            "case_table.rs UPPER:\n{}",
            print(&upper_rows)
        );
    }

    #[test]
    fn every_latin_letter_as_rust_has_it() {
        for c in (0..0x2000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_latin(c))
        {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            let lowered: String = c.to_lowercase().collect();
            assert_eq!(lowercase(&c.to_string()), lowered, "{c:?}");
            match single(c.to_uppercase()) {
                Some(u) => assert_eq!(upper(c), u, "{c:?}"),
                None => assert_eq!(upper(c), c, "{c:?} keeps its case"),
            }
        }
        for c in (0..0x80u32).filter_map(char::from_u32) {
            assert_eq!(lower(c), single(c.to_lowercase()).unwrap());
            assert_eq!(upper(c), single(c.to_uppercase()).unwrap());
        }
    }

    #[test]
    fn vietnamese_words() {
        assert_eq!(lowercase("ĐẶNG THỊ NGỌC HƯƠNG"), "đặng thị ngọc hương");
        assert_eq!(with_first("đăng ký", true), "Đăng ký");
        assert_eq!(with_first("Họ và tên", false), "họ và tên");
        assert_eq!(with_first("", true), "");
    }
}
