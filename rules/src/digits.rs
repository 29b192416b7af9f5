//! Helpers shared by the identifier rules (ID number, phone, tax code): removing what
//! people type between digits, and naming the characters that do not belong.

/// Removes spaces (any kind), dots, dashes and brackets people type or paste between digits.
pub fn strip_separators(input: &str) -> String {
    input
        .chars()
        .filter(|c| {
            !(c.is_whitespace()
                || matches!(c, '.' | '-' | '(' | ')' | '/' | '\u{2010}'..='\u{2015}'))
        })
        .collect()
}

/// The most characters a message names (what is wrong is clear from a few; naming them
/// all would cost time quadratic in a hostile answer's length).
pub const MOST_NAMED: usize = 8;

/// The first [`MOST_NAMED`] distinct characters of `chars`, in order of appearance: one
/// pass, each character compared with at most that many.
pub fn distinct(chars: impl Iterator<Item = char>) -> String {
    let mut seen: Vec<char> = Vec::with_capacity(MOST_NAMED);
    for c in chars {
        if seen.len() == MOST_NAMED {
            break;
        }
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    seen.into_iter().collect()
}

/// The distinct characters that are not ASCII digits, in order of appearance (the first
/// [`MOST_NAMED`]).
pub fn non_digits(s: &str) -> String {
    distinct(s.chars().filter(|c| !c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_a_few_distinct_characters_are_named_in_order() {
        assert_eq!(non_digits("09a1b2a3c"), "abc");
        let many: String = ('一'..='\u{9fff}').take(30_000).collect();
        assert_eq!(non_digits(&many).chars().count(), MOST_NAMED);
        assert_eq!(distinct("aAaA".chars()), "aA");
    }
}

/// Groups digits for reading: `group("001203456789", &[3, 3, 3, 3])` → "001 203 456 789".
pub fn group(digits: &str, sizes: &[usize]) -> String {
    let mut out = String::new();
    let mut rest = digits;
    for &size in sizes {
        if rest.is_empty() {
            break;
        }
        let (head, tail) = rest.split_at(size.min(rest.len()));
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(head);
        rest = tail;
    }
    if !rest.is_empty() {
        out.push(' ');
        out.push_str(rest);
    }
    out
}
