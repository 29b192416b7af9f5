//! Mã số thuế (Circular 86/2024/TT-BTC): the 10-digit code with its check digit, the
//! 13-digit branch form "0100109106-001", and since 2025-07-01 an individual's 12-digit
//! personal identification number used as the tax code.

use crate::citizen_id;
use crate::digits::{non_digits, strip_separators};
use crate::problem::{Problem, ProblemCode};

const WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// A valid tax code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TaxCode {
    /// 10 digits: an organisation (or a business household registered before 2025).
    Main(String),
    /// The parent's 10 digits and a branch number 001–999.
    Branch { parent: String, branch: String },
    /// An individual's 12-digit personal identification number.
    Personal(String),
}

impl TaxCode {
    /// As it is written: "0100109106", "0100109106-001", or the 12 digits.
    pub fn display(&self) -> String {
        match self {
            TaxCode::Main(d) | TaxCode::Personal(d) => d.clone(),
            TaxCode::Branch { parent, branch } => format!("{parent}-{branch}"),
        }
    }
}

/// The check digit N10 for the first nine digits, or None when the weighted sum leaves
/// remainder 0 (no valid code starts with those nine digits).
pub fn check_digit(first_nine: &[u32; 9]) -> Option<u32> {
    let sum: u32 = first_nine.iter().zip(WEIGHTS).map(|(d, w)| d * w).sum();
    match sum % 11 {
        0 => None,
        r => Some((10 - r) % 10),
    }
}

fn check_main(digits: &str) -> Result<(), Problem> {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    let first: [u32; 9] = d[..9]
        .try_into()
        .map_err(|_| Problem::new(ProblemCode::TaxCodeLength))?;
    match check_digit(&first) {
        Some(c) if c == d[9] => Ok(()),
        _ => Err(Problem::new(ProblemCode::TaxCodeCheckDigit)),
    }
}

/// Checks a tax code as typed ("0100109106", "0100 109 106", "0100109106-001",
/// "0100109106001", or a 12-digit personal ID number).
///
/// ```
/// use dvc_rules::tax_code::{parse_tax_code, TaxCode};
/// assert_eq!(parse_tax_code("0100109106"), Ok(TaxCode::Main("0100109106".into())));
/// assert_eq!(parse_tax_code("0100109106-001").unwrap().display(), "0100109106-001");
/// assert!(parse_tax_code("0100109107").is_err());
/// ```
pub fn parse_tax_code(input: &str) -> Result<TaxCode, Problem> {
    let digits = strip_separators(input);
    if digits.is_empty() {
        return Err(Problem::new(ProblemCode::Required));
    }
    let bad = non_digits(&digits);
    if !bad.is_empty() {
        return Err(Problem::new(ProblemCode::TaxCodeNotDigits).with("chars", bad));
    }
    match digits.len() {
        10 => check_main(&digits).map(|_| TaxCode::Main(digits)),
        13 => {
            let (parent, branch) = digits.split_at(10);
            check_main(parent)?;
            if branch == "000" {
                return Err(Problem::new(ProblemCode::TaxCodeBranch));
            }
            Ok(TaxCode::Branch {
                parent: parent.into(),
                branch: branch.into(),
            })
        }
        // An individual's tax code is their personal ID number: its own problems apply.
        12 => citizen_id::parse_citizen_id(&digits, false)
            .map(|id| TaxCode::Personal(id.digits().to_string())),
        n => Err(Problem::new(ProblemCode::TaxCodeLength).with("actual", n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_codes() {
        assert_eq!(
            parse_tax_code("0100109106"),
            Ok(TaxCode::Main("0100109106".into()))
        );
        assert_eq!(
            parse_tax_code("0100 109 106"),
            Ok(TaxCode::Main("0100109106".into()))
        );
        assert_eq!(
            parse_tax_code("0100109106-001"),
            Ok(TaxCode::Branch {
                parent: "0100109106".into(),
                branch: "001".into()
            })
        );
        assert_eq!(
            parse_tax_code("0100109106001").unwrap().display(),
            "0100109106-001"
        );
        assert_eq!(
            parse_tax_code("0100109107").unwrap_err().code,
            ProblemCode::TaxCodeCheckDigit
        );
        assert_eq!(
            parse_tax_code("0100109106-000").unwrap_err().code,
            ProblemCode::TaxCodeBranch
        );
        assert_eq!(parse_tax_code("0100109").unwrap_err().arg("actual"), "7");
        assert_eq!(parse_tax_code("01001O9106").unwrap_err().arg("chars"), "O");
        assert_eq!(
            parse_tax_code("001203456789"),
            Ok(TaxCode::Personal("001203456789".into()))
        );
        assert_eq!(
            parse_tax_code("999203456789").unwrap_err().code,
            ProblemCode::CitizenIdPlace
        );
        assert_eq!(parse_tax_code(" ").unwrap_err().code, ProblemCode::Required);
    }

    #[test]
    fn a_remainder_of_zero_has_no_valid_code() {
        // 31·1 + 3·8 = 55 = 5·11: remainder 0.
        assert_eq!(check_digit(&[1, 0, 0, 0, 0, 0, 0, 0, 8]), None);
        for last in 0..10 {
            assert!(parse_tax_code(&format!("100000008{last}")).is_err());
        }
        let zero = [0, 0, 0, 0, 0, 0, 0, 0, 0];
        assert_eq!(check_digit(&zero), None);
        for last in 0..10 {
            assert!(parse_tax_code(&format!("000000000{last}")).is_err());
        }
    }

    fn nine_digits() -> impl Strategy<Value = [u32; 9]> {
        proptest::array::uniform9(0u32..10)
    }

    proptest! {
        #[test]
        fn every_valid_code_is_accepted_and_every_wrong_check_digit_rejected(nine in nine_digits(), wrong in 1u32..10) {
            if let Some(check) = check_digit(&nine) {
                let body: String = nine.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
                let code = format!("{body}{check}");
                prop_assert_eq!(parse_tax_code(&code), Ok(TaxCode::Main(code.clone())));
                let bad = format!("{body}{}", (check + wrong) % 10);
                prop_assert_eq!(parse_tax_code(&bad).unwrap_err().code, ProblemCode::TaxCodeCheckDigit);
                let branch = format!("{code}-{:03}", 1 + wrong * 7);
                prop_assert_eq!(parse_tax_code(&branch).unwrap().display(), branch);
            }
        }

        #[test]
        fn never_panics(s in any::<String>()) {
            let _ = parse_tax_code(&s);
        }
    }
}
