//! Checks shared by every free-text answer: required, length. Owns only these generic
//! rules; Vietnamese formats (ID numbers, phones…) get modules of their own.

use crate::problem::{Problem, ProblemCode};

/// Collapses runs of white space (including no-break spaces) to one space and trims.
pub fn tidy_spaces(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An answer is required: empty or white space only is a [`ProblemCode::Required`].
pub fn check_required(input: &str) -> Result<(), Problem> {
    if input.trim().is_empty() {
        Err(Problem::new(ProblemCode::Required))
    } else {
        Ok(())
    }
}

/// At most `max` characters (Unicode scalar values, counted after tidying spaces).
/// The answer is never cut: a longer one is reported with its count.
pub fn check_max_chars(input: &str, max: usize) -> Result<(), Problem> {
    let actual = tidy_spaces(input).chars().count();
    if actual > max {
        Err(Problem::new(ProblemCode::TooLong)
            .with("max", max)
            .with("actual", actual))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn blank_is_required() {
        assert!(check_required("").is_err());
        assert!(check_required(" \u{a0}\t").is_err());
        assert!(check_required("Nguyễn Văn A").is_ok());
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // "Hoà" is 3 characters but 4 bytes in UTF-8.
        assert!(check_max_chars("Hoà", 3).is_ok());
        let p = check_max_chars("Hoàng", 3).unwrap_err();
        assert_eq!((p.arg("max"), p.arg("actual")), ("3", "5"));
    }

    proptest! {
        #[test]
        fn no_panic_on_any_text(s in any::<String>(), max in 0usize..50) {
            let _ = check_required(&s);
            let _ = check_max_chars(&s, max);
            let tidy = tidy_spaces(&s);
            prop_assert!(!tidy.starts_with(' ') && !tidy.contains("  "));
        }
    }
}
