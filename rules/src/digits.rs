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

/// The distinct characters that are not ASCII digits, in order of appearance.
pub fn non_digits(s: &str) -> String {
    let mut seen = String::new();
    for c in s.chars().filter(|c| !c.is_ascii_digit()) {
        if !seen.contains(c) {
            seen.push(c);
        }
    }
    seen
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
