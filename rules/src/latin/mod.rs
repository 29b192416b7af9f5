//! Canonical normalization (NFC and NFD) of Latin text: every Vietnamese letter and tone
//! mark, the letters of the Central Highlands languages, and any other Latin letter with
//! combining diacritics (U+0300–U+036F), exactly as Unicode's algorithm gives them, from a
//! table of 497 compositions ([`table`]) instead of the tables for all of Unicode that the
//! `unicode-normalization` crate links into the WebAssembly (about 40 KB brotli, most of
//! them never used). Text in other scripts passes through unchanged; the kit's checks
//! refuse it anyway. The tests prove these functions equal to `unicode-normalization` on
//! every Latin letter, every letter followed by any one or two diacritics, and random text.

mod case;
mod case_table;
mod table;

pub use case::{is_letter, lower, lowercase, upper, with_first};

use table::COMPOSITIONS;

/// The canonical combining class of U+0300 + i, for each combining diacritic (Unicode's
/// `Canonical_Combining_Class`; checked by the tests).
const CLASSES: [u8; 0x70] = [
    230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, // 0300
    230, 230, 230, 230, 230, 232, 220, 220, 220, 220, 232, 216, 220, 220, 220, 220, // 0310
    220, 202, 202, 220, 220, 220, 220, 202, 202, 220, 220, 220, 220, 220, 220, 220, // 0320
    220, 220, 220, 220, 1, 1, 1, 1, 1, 220, 220, 220, 220, 230, 230, 230, // 0330
    230, 230, 230, 230, 230, 240, 230, 220, 220, 220, 230, 230, 230, 220, 220, 0, // 0340
    230, 230, 230, 220, 220, 220, 220, 230, 232, 220, 220, 230, 233, 234, 234, 233, // 0350
    234, 234, 233, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, // 0360
];

fn class(c: char) -> u8 {
    match c as u32 {
        m @ 0x300..=0x36F => CLASSES[(m - 0x300) as usize],
        _ => 0,
    }
}

/// Writes the canonical decomposition of `c` (its base first, then its marks).
fn decompose_into(c: char, out: &mut Vec<char>) {
    match c {
        // Marks that are another mark (or two) in canonical form.
        '\u{340}' => out.push('\u{300}'),
        '\u{341}' => out.push('\u{301}'),
        '\u{343}' => out.push('\u{313}'),
        '\u{344}' => out.extend(['\u{308}', '\u{301}']),
        _ => match COMPOSITIONS.binary_search_by_key(&c, |&(composed, _, _)| composed) {
            Ok(i) => {
                let (_, base, mark) = COMPOSITIONS[i];
                decompose_into(base, out);
                out.push(mark);
            }
            Err(_) => out.push(c),
        },
    }
}

/// The decomposition in canonical order: each run of marks sorted (stably) by class.
fn decomposed(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        decompose_into(c, &mut out);
    }
    let mut start = 0;
    while start < out.len() {
        if class(out[start]) == 0 {
            start += 1;
            continue;
        }
        let end = out[start..]
            .iter()
            .position(|&c| class(c) == 0)
            .map_or(out.len(), |n| start + n);
        // Canonical order: by combining class, keeping the order of equal classes (a
        // stable insertion sort: a letter carries a mark or two, and the general stable
        // sort would add kilobytes to a browser's WebAssembly).
        for i in start + 1..end {
            let mut j = i;
            while j > start && class(out[j - 1]) > class(out[j]) {
                out.swap(j - 1, j);
                j -= 1;
            }
        }
        start = end;
    }
    out
}

/// The composed letter of `base` and `mark`, if Unicode has one (and does not exclude it).
fn compose(base: char, mark: char) -> Option<char> {
    // A walk through the table (a few hundred rows, for a mark or two per name): a copy
    // sorted by parts would link a whole sort into a browser's WebAssembly.
    COMPOSITIONS
        .iter()
        .find(|&&(_, b, m)| b == base && m == mark)
        .map(|&(c, _, _)| c)
}

/// Canonical decomposition (NFD): "Hoà" becomes H, o, a, U+0300.
///
/// ```
/// use dvc_rules::latin::nfd;
/// assert_eq!(nfd("Ấ"), "A\u{302}\u{301}");
/// assert_eq!(nfd("ợ"), "o\u{31b}\u{323}");
/// ```
pub fn nfd(text: &str) -> String {
    decomposed(text).into_iter().collect()
}

/// Canonical composition (NFC), the form names are stored in: a letter typed as base and
/// marks (in any order Unicode treats as the same) becomes the one precomposed letter.
///
/// ```
/// use dvc_rules::latin::nfc;
/// assert_eq!(nfc("Nguye\u{302}\u{303}n"), "Nguyễn");
/// assert_eq!(nfc("o\u{323}\u{31b}"), "ợ");
/// // ô with a breve (Central Highlands) has no precomposed form: it stays two characters.
/// assert_eq!(nfc("o\u{302}\u{306}"), "ô\u{306}");
/// ```
pub fn nfc(text: &str) -> String {
    let chars = decomposed(text);
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    // The last starter written, and the class of the last character after it (0: none).
    let mut starter: Option<usize> = None;
    let mut last_class = 0u8;
    for c in chars {
        let cc = class(c);
        if let Some(s) = starter {
            // Not blocked: nothing between the starter and `c`, or only marks of a lower class.
            let blocked = out.len() > s + 1 && (last_class == 0 || last_class >= cc);
            if !blocked {
                if let Some(composed) = compose(out[s], c) {
                    out[s] = composed;
                    continue;
                }
            }
        }
        if cc == 0 {
            starter = Some(out.len());
            last_class = 0;
        } else {
            last_class = cc;
        }
        out.push(c);
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::char::{canonical_combining_class, compose as unicode_compose};
    use unicode_normalization::UnicodeNormalization;

    fn is_latin(c: u32) -> bool {
        matches!(c, 0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x2AF | 0x1E00..=0x1EFF)
    }

    fn latin_letters() -> impl Iterator<Item = char> {
        (0x41..0x2000u32)
            .filter(|&c| is_latin(c))
            .filter_map(char::from_u32)
    }

    fn marks() -> impl Iterator<Item = char> + Clone {
        (0x300..=0x36Fu32).filter_map(char::from_u32)
    }

    fn same(text: &str) {
        assert_eq!(nfc(text), text.nfc().collect::<String>(), "NFC of {text:?}");
        assert_eq!(nfd(text), text.nfd().collect::<String>(), "NFD of {text:?}");
    }

    #[test]
    fn the_table_is_unicodes() {
        let mut rows = Vec::new();
        for base in latin_letters() {
            for mark in marks() {
                if let Some(c) = unicode_compose(base, mark) {
                    rows.push((c, base, mark));
                }
            }
        }
        rows.sort_unstable();
        let printed: String = rows
            .iter()
            .map(|(c, b, m)| format!("    ('{c}', '{b}', '\\u{{{:X}}}'),\n", *m as u32))
            .collect();
        assert!(
            rows == COMPOSITIONS,
            "rules/src/latin/table.rs must list:\n{printed}"
        );
        for mark in marks() {
            assert_eq!(class(mark), canonical_combining_class(mark), "{mark:?}");
        }
    }

    #[test]
    fn every_latin_letter_alone_and_with_one_or_two_marks() {
        // Vietnamese (tones, circumflex, breve, horn), Central Highlands (caron, breve),
        // and the marks other Latin letters take.
        let common = [
            0x300, 0x301, 0x302, 0x303, 0x304, 0x306, 0x307, 0x308, 0x309, 0x30A, 0x30B, 0x30C,
            0x31B, 0x323, 0x327, 0x328, 0x331, 0x340, 0x341, 0x344,
        ]
        .map(|m| char::from_u32(m).unwrap());
        for letter in latin_letters() {
            same(&letter.to_string());
            for mark in marks() {
                same(&format!("{letter}{mark}"));
            }
            for a in common {
                for b in common {
                    same(&format!("{letter}{a}{b}"));
                }
            }
        }
    }

    #[test]
    fn vietnamese_names_typed_every_way() {
        for (typed, stored) in [
            (
                "Nguye\u{302}\u{303}n Thi\u{323} Hoa\u{300}",
                "Nguyễn Thị Hoà",
            ),
            // A tone typed before the hat is another letter for Unicode (same class: order
            // counts): kept as typed, and the name check still accepts it.
            ("Nguye\u{303}\u{302}n", "Nguyẽ\u{302}n"),
            ("Tra\u{302}\u{300}n", "Trần"),
            ("Thu\u{31b}\u{301}c", "Thức"),
            ("Y\u{301}", "Ý"),
            ("D\u{300}", "D\u{300}"),
            ("H'Hen Nie\u{302}", "H'Hen Niê"),
            ("\u{180}i\u{306}", "ƀĭ"),
            ("Đặng", "Đặng"),
        ] {
            assert_eq!(nfc(typed), stored, "{typed:?}");
            same(typed);
        }
    }

    proptest! {
        #[test]
        fn random_latin_text_is_normalized_as_unicode_does(
            text in proptest::collection::vec(
                prop_oneof![
                    (0x41u32..0x7B).prop_filter_map("letter", char::from_u32),
                    (0xC0u32..0x2B0).prop_filter_map("letter", char::from_u32),
                    (0x1E00u32..0x1F00).prop_filter_map("letter", char::from_u32),
                    (0x300u32..0x370).prop_filter_map("mark", char::from_u32),
                    Just(' '),
                    Just('\''),
                ],
                0..12,
            )
        ) {
            same(&text.into_iter().collect::<String>());
        }
    }
}
