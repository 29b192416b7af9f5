//! Whole numbers a citizen types: a count of copies, of people, of rooms. Digits only
//! (spaces around them ignored), within the question's limits. Owns the check; the
//! sentences are `messages`.

use crate::problem::{Problem, ProblemCode};

/// Checks a whole number typed by a citizen against `min` and `max` (each optional).
///
/// ```
/// use dvc_rules::number::check_whole_number;
/// assert_eq!(check_whole_number(" 3 ", Some(1), Some(10)), Ok(3));
/// assert!(check_whole_number("11", Some(1), Some(10)).is_err());
/// assert!(check_whole_number("2,5", None, None).is_err());
/// ```
pub fn check_whole_number(input: &str, min: Option<u64>, max: Option<u64>) -> Result<u64, Problem> {
    let typed = input.trim();
    let wrong: String = typed.chars().filter(|c| !c.is_ascii_digit()).collect();
    if !wrong.is_empty() {
        let mut shown: Vec<char> = Vec::new();
        for c in wrong.chars() {
            if !shown.contains(&c) {
                shown.push(c);
            }
        }
        return Err(Problem::new(ProblemCode::NumberNotWhole)
            .with("chars", shown.into_iter().collect::<String>()));
    }
    let out_of_range = || match (min, max) {
        (Some(lo), Some(hi)) => Problem::new(ProblemCode::NumberRange)
            .with("min", lo)
            .with("max", hi),
        (Some(lo), None) => Problem::new(ProblemCode::NumberTooSmall).with("min", lo),
        (None, Some(hi)) => Problem::new(ProblemCode::NumberTooLarge).with("max", hi),
        (None, None) => Problem::new(ProblemCode::NumberTooLarge).with("max", u64::MAX),
    };
    let value: u64 = typed.parse().map_err(|_| out_of_range())?;
    if min.is_some_and(|lo| value < lo) || max.is_some_and(|hi| value > hi) {
        return Err(out_of_range());
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Locale;

    #[test]
    fn digits_within_the_limits_pass() {
        assert_eq!(check_whole_number("1", Some(1), Some(10)), Ok(1));
        assert_eq!(check_whole_number("010", Some(1), Some(10)), Ok(10));
        assert_eq!(check_whole_number("0", None, None), Ok(0));
    }

    #[test]
    fn each_refusal_says_what_to_type() {
        let say = |typed: &str, min, max| {
            let p = check_whole_number(typed, min, max).unwrap_err();
            (
                p.message(Locale::Vi, "số bản sao"),
                p.message(Locale::En, "the number of copies"),
            )
        };
        assert_eq!(
            say("2,5", Some(1), Some(10)),
            (
                "Số bản sao phải là số nguyên, chỉ gồm chữ số, không có “,”. Ví dụ: 3".to_string(),
                "The number of copies must be a whole number, digits only, not “,”. For example: 3"
                    .to_string()
            )
        );
        assert_eq!(
            say("11", Some(1), Some(10)),
            (
                "Số bản sao phải từ 1 đến 10".to_string(),
                "The number of copies must be between 1 and 10".to_string()
            )
        );
        assert_eq!(
            say("0", Some(1), None),
            (
                "Số bản sao phải từ 1 trở lên".to_string(),
                "The number of copies must be 1 or more".to_string()
            )
        );
        assert_eq!(
            say("99999999999999999999999", None, Some(5)),
            (
                "Số bản sao phải từ 5 trở xuống".to_string(),
                "The number of copies must be 5 or fewer".to_string()
            )
        );
        assert_eq!(
            say("-1", None, None).1,
            "The number of copies must be a whole number, digits only, not “-”. For example: 3"
        );
    }
}
