//! Full names (họ và tên): Vietnamese letters with their diacritics, stored NFC; the Latin
//! letters of Central Highlands languages (ƀ č ñ ĕ ĭ ŏ ŭ, and ô ê â ơ ư with a combining
//! breve, which have no precomposed form); apostrophes (H'Hen Niê) and hyphens. Digits and
//! symbols are refused with a message that names them.

use crate::problem::{Problem, ProblemCode};

/// The longest name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Every character in these ranges is a letter (`latin::is_letter`, tested against
/// `char::is_alphabetic`); × and ÷ are left out.
fn is_latin_letter(c: char) -> bool {
    matches!(c as u32,
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F | 0x1E00..=0x1EFF)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F)
}

/// Apostrophes people type: ASCII, right single quotation mark, modifier letter apostrophe.
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// A name tidied for storage: NFC, spaces collapsed, typographic apostrophes made ASCII.
pub fn normalise_name(input: &str) -> String {
    let nfc: String = crate::latin::nfc(input)
        .chars()
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks a full name and returns it tidied (see [`normalise_name`]).
///
/// ```
/// use dvc_rules::name::check_name;
/// assert_eq!(check_name("  Nguyễn   Thị  Hoà "), Ok("Nguyễn Thị Hoà".to_string()));
/// assert_eq!(check_name("H’Hen Niê"), Ok("H'Hen Niê".to_string()));
/// assert!(check_name("Nguyễn Văn 2").is_err());
/// ```
pub fn check_name(input: &str) -> Result<String, Problem> {
    let name = normalise_name(input);
    if name.is_empty() {
        return Err(Problem::new(ProblemCode::Required));
    }
    let bad = crate::digits::distinct(name.chars().filter(|&c| {
        !(is_latin_letter(c) || is_combining_mark(c) || c == ' ' || c == '-' || c == '\'')
    }));
    if !bad.is_empty() {
        return Err(Problem::new(ProblemCode::NameCharacters).with("chars", bad));
    }
    if !name.chars().any(is_latin_letter) {
        return Err(Problem::new(ProblemCode::Required));
    }
    let count = name.chars().count();
    if count > MAX_NAME_CHARS {
        return Err(Problem::new(ProblemCode::TooLong)
            .with("max", MAX_NAME_CHARS)
            .with("actual", count));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn vietnamese_and_central_highlands_names() {
        for name in [
            "Nguyễn Văn An",
            "Trần Thị Thuỷ",
            "Lê Hoà",
            "H'Hen Niê",
            "Y-Moan Ênuôl",
            "Ksor H'Bơ Khăp",
            "Rơ Mah Ŏng",
            "Ƀrâo",
            "Siu Čư",
            "Ñu Ĕ",
            "Kpă Ĭ",
            "Ŭ",
        ] {
            assert_eq!(check_name(name), Ok(name.to_string()), "{name}");
        }
        // ô with a combining breve has no precomposed form and must be kept as it is.
        let breve = "Hô\u{306}n";
        assert_eq!(check_name(breve), Ok(breve.to_string()));
    }

    #[test]
    fn stored_nfc_with_one_space_and_ascii_apostrophes() {
        let decomposed = "Nguye\u{302}\u{303}n Thi\u{323}";
        assert_eq!(check_name(decomposed), Ok("Nguyễn Thị".to_string()));
        assert_eq!(
            check_name("H\u{2019}Hen\u{a0}\u{a0}Niê"),
            Ok("H'Hen Niê".to_string())
        );
    }

    #[test]
    fn digits_and_symbols_are_named() {
        assert_eq!(check_name("Nguyễn Văn 2").unwrap_err().arg("chars"), "2");
        assert_eq!(check_name("An@#@").unwrap_err().arg("chars"), "@#");
        assert_eq!(
            check_name("张伟").unwrap_err().code,
            ProblemCode::NameCharacters
        );
        assert_eq!(check_name(" ").unwrap_err().code, ProblemCode::Required);
        assert_eq!(check_name("' -").unwrap_err().code, ProblemCode::Required);
        assert_eq!(
            check_name(&"a".repeat(101)).unwrap_err().code,
            ProblemCode::TooLong
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_output_is_tidy(s in any::<String>()) {
            if let Ok(name) = check_name(&s) {
                prop_assert!(!name.contains("  ") && name.trim() == name);
                prop_assert_eq!(check_name(&name), Ok(name.clone()), "idempotent");
            }
        }

        #[test]
        fn very_long_input_does_not_panic(s in ".{0,20}", n in 0usize..2000) {
            let _ = check_name(&s.repeat(n));
        }
    }
}
