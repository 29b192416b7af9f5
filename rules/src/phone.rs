//! Vietnamese phone numbers after the 2018 renumbering: mobiles are 0 + [35789] + 8 digits;
//! landlines 0 + area code (24 and 28 have two digits, the others 2XX) + subscriber, 11
//! digits with the 0. Accepts 0912345678, +84912345678, 84912345678, 0084912345678 and spaced,
//! dotted or dashed forms; stores +84 and the national number; shows "0912 345 678".

use crate::digits::{non_digits, strip_separators};
use crate::problem::{Problem, ProblemCode};

/// A checked phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    /// The national significant number, without 0 or +84 ("912345678").
    pub national: String,
    pub is_mobile: bool,
}

impl Phone {
    /// International form for storage: "+84912345678".
    pub fn e164(&self) -> String {
        format!("+84{}", self.national)
    }

    /// Grouped for reading: "0912 345 678"; landlines "024 3825 4321", "0203 382 5432".
    pub fn display(&self) -> String {
        let n = format!("0{}", self.national);
        let sizes: &[usize] = if self.is_mobile {
            &[4, 3, 3]
        } else if n.starts_with("024") || n.starts_with("028") {
            &[3, 4, 4]
        } else {
            &[4, 3, 4]
        };
        crate::digits::group(&n, sizes)
    }
}

/// Checks a phone number as typed. Landlines are accepted only when `allow_landline`.
///
/// ```
/// use dvc_rules::phone::parse_phone;
/// let p = parse_phone("+84 912.345.678", false).unwrap();
/// assert_eq!((p.e164(), p.display()), ("+84912345678".to_string(), "0912 345 678".to_string()));
/// assert!(parse_phone("024 3825 4321", false).is_err());
/// assert_eq!(parse_phone("024 3825 4321", true).unwrap().display(), "024 3825 4321");
/// ```
pub fn parse_phone(input: &str, allow_landline: bool) -> Result<Phone, Problem> {
    let raw = strip_separators(input);
    if raw.is_empty() {
        return Err(Problem::new(ProblemCode::Required));
    }
    let (plus, body) = match raw.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, raw.as_str()),
    };
    let bad = non_digits(body);
    if !bad.is_empty() {
        return Err(Problem::new(ProblemCode::PhoneNotDigits).with("chars", bad));
    }
    let national = if plus {
        body.strip_prefix("84")
            .ok_or_else(|| Problem::new(ProblemCode::PhoneNotVietnamese))?
    } else if let Some(rest) = body.strip_prefix("0084") {
        rest
    } else if let Some(rest) = body.strip_prefix('0') {
        rest
    } else if body.len() == 11 && body.starts_with("84") {
        &body[2..]
    } else {
        return Err(Problem::new(ProblemCode::PhoneStart));
    };
    let national = national
        .strip_prefix('0')
        .filter(|_| plus || body.starts_with("0084"))
        .unwrap_or(national);
    let first = national.chars().next().unwrap_or(' ');
    match first {
        '3' | '5' | '7' | '8' | '9' if national.len() == 9 => Ok(Phone {
            national: national.into(),
            is_mobile: true,
        }),
        '3' | '5' | '7' | '8' | '9' => {
            Err(Problem::new(ProblemCode::PhoneLength).with("actual", national.len() + 1))
        }
        '2' if !allow_landline => Err(Problem::new(ProblemCode::PhoneLandline)),
        '2' if national.len() == 10 => Ok(Phone {
            national: national.into(),
            is_mobile: false,
        }),
        '2' => {
            Err(Problem::new(ProblemCode::PhoneLandlineLength).with("actual", national.len() + 1))
        }
        _ => Err(Problem::new(ProblemCode::PhoneStart)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_usual_way_of_writing_a_mobile() {
        for s in [
            "0912345678",
            "+84912345678",
            "84912345678",
            "0084912345678",
            "0912 345 678",
            "0912.345.678",
            "091-234-5678",
            "+84 (0) 912 345 678",
            " 0912\u{a0}345\u{a0}678 ",
        ] {
            let p = parse_phone(s, false).unwrap_or_else(|e| panic!("{s}: {e:?}"));
            assert_eq!(p.e164(), "+84912345678", "{s}");
            assert_eq!(p.display(), "0912 345 678");
        }
        for prefix in ["03", "05", "07", "08", "09"] {
            assert!(parse_phone(&format!("{prefix}12345678"), false).is_ok());
        }
    }

    #[test]
    fn problems_are_specific() {
        assert_eq!(
            parse_phone("", false).unwrap_err().code,
            ProblemCode::Required
        );
        assert_eq!(
            parse_phone("091234567", false).unwrap_err().code,
            ProblemCode::PhoneLength
        );
        assert_eq!(
            parse_phone("091234567", false).unwrap_err().arg("actual"),
            "9"
        );
        assert_eq!(
            parse_phone("09123456789", false).unwrap_err().arg("actual"),
            "11"
        );
        assert_eq!(
            parse_phone("0612345678", false).unwrap_err().code,
            ProblemCode::PhoneStart
        );
        assert_eq!(
            parse_phone("912345678", false).unwrap_err().code,
            ProblemCode::PhoneStart
        );
        assert_eq!(
            parse_phone("+1 650 253 0000", false).unwrap_err().code,
            ProblemCode::PhoneNotVietnamese
        );
        assert_eq!(
            parse_phone("0912abc678", false).unwrap_err().arg("chars"),
            "abc"
        );
        assert_eq!(
            parse_phone("02438254321", false).unwrap_err().code,
            ProblemCode::PhoneLandline
        );
        assert_eq!(
            parse_phone("0243825432", true).unwrap_err().code,
            ProblemCode::PhoneLandlineLength
        );
    }

    #[test]
    fn landlines_where_allowed() {
        let hn = parse_phone("024 3825 4321", true).unwrap();
        assert_eq!(
            (hn.e164(), hn.display(), hn.is_mobile),
            ("+842438254321".into(), "024 3825 4321".into(), false)
        );
        assert_eq!(
            parse_phone("+84 203 382 5432", true).unwrap().display(),
            "0203 382 5432"
        );
    }

    proptest! {
        #[test]
        fn generated_mobiles_round_trip(p in "[35789]", rest in "[0-9]{8}") {
            let national = format!("{p}{rest}");
            let phone = parse_phone(&format!("0{national}"), false).unwrap();
            prop_assert_eq!(&phone.national, &national);
            prop_assert_eq!(parse_phone(&phone.display(), false).unwrap(), phone.clone());
            prop_assert_eq!(parse_phone(&phone.e164(), false).unwrap(), phone);
        }

        #[test]
        fn never_panics(s in any::<String>(), land in any::<bool>()) {
            let _ = parse_phone(&s, land);
        }
    }
}
