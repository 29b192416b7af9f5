//! One-time codes (mã xác thực, OTP) as a citizen types or pastes them: digits only, with
//! the spaces and hyphens a message may show between groups ("123 456", "123-456")
//! tolerated, and a fixed length (6 unless the portal says otherwise). Whether the code is
//! the right one, or has expired, only the server that sent it knows
//! ([`ProblemCode::OtpWrong`], [`ProblemCode::OtpExpired`]).

use crate::digits::{non_digits, strip_separators};
use crate::problem::{Problem, ProblemCode};

/// The usual length of a one-time code.
pub const DEFAULT_DIGITS: usize = 6;

/// The code's digits, or what is wrong with it.
///
/// ```
/// use dvc_rules::otp::parse_one_time_code;
///
/// assert_eq!(parse_one_time_code(" 123-456 ", 6).unwrap(), "123456");
/// assert!(parse_one_time_code("12345", 6).is_err());
/// ```
pub fn parse_one_time_code(input: &str, digits: usize) -> Result<String, Problem> {
    let code = strip_separators(input);
    let bad = non_digits(&code);
    if !bad.is_empty() {
        return Err(Problem::new(ProblemCode::OtpNotDigits).with("chars", bad));
    }
    if code.chars().count() != digits {
        return Err(Problem::new(ProblemCode::OtpLength)
            .with("digits", digits)
            .with("actual", code.chars().count()));
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Locale;

    #[test]
    fn separators_are_tolerated_and_each_defect_is_named() {
        assert_eq!(parse_one_time_code("123456", 6).unwrap(), "123456");
        assert_eq!(parse_one_time_code("123 456", 6).unwrap(), "123456");
        assert_eq!(parse_one_time_code("12-34-56", 6).unwrap(), "123456");
        assert_eq!(parse_one_time_code("\u{a0}1234\u{a0}", 4).unwrap(), "1234");
        let e = parse_one_time_code("12a45b", 6).unwrap_err();
        assert_eq!((e.code, e.arg("chars")), (ProblemCode::OtpNotDigits, "ab"));
        let e = parse_one_time_code("12345", 6).unwrap_err();
        assert_eq!(e.code, ProblemCode::OtpLength);
        assert_eq!(
            e.message(Locale::Vi, "mã xác thực"),
            "Mã xác thực gồm 6 chữ số (bạn đã nhập 5 chữ số)"
        );
        assert_eq!(
            e.message(Locale::En, "the code"),
            "The code has 6 digits (you entered 5)"
        );
        assert_eq!(
            parse_one_time_code("1234567", 6).unwrap_err().code,
            ProblemCode::OtpLength
        );
        // Full-width digits are not ASCII digits: named, not silently accepted.
        assert_eq!(
            parse_one_time_code("１２３４５６", 6).unwrap_err().code,
            ProblemCode::OtpNotDigits
        );
    }

    #[test]
    fn the_servers_own_verdicts_have_their_messages() {
        let wrong = Problem::new(ProblemCode::OtpWrong);
        assert!(wrong
            .message(Locale::Vi, "")
            .starts_with("Mã xác thực không đúng"));
        let expired = Problem::new(ProblemCode::OtpExpired);
        assert!(expired.message(Locale::Vi, "").contains("Gửi lại mã"));
        assert!(expired.message(Locale::En, "").contains("Send a new code"));
    }
}
