//! E-mail addresses: a practical check (one @, a name, a domain with a dot, no spaces),
//! not the full RFC grammar: the aim is to catch typing slips and say how to fix them.

use crate::problem::{Problem, ProblemCode};

/// Checks an e-mail address and returns it trimmed, with the domain in lower case.
///
/// ```
/// use dvc_rules::email::check_email;
/// assert_eq!(check_email(" An.Nguyen@Vidu.VN "), Ok("An.Nguyen@vidu.vn".to_string()));
/// assert!(check_email("an.nguyen@vidu").is_err());
/// ```
pub fn check_email(input: &str) -> Result<String, Problem> {
    let s = input.trim();
    if s.is_empty() {
        return Err(Problem::new(ProblemCode::Required));
    }
    let format = || Problem::new(ProblemCode::EmailFormat);
    if s.chars().count() > 254 || s.chars().any(char::is_whitespace) {
        return Err(format());
    }
    let (local, domain) = s.rsplit_once('@').ok_or_else(format)?;
    let labels_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    if local.is_empty() || local.contains('@') || !domain.contains('.') || !labels_ok {
        return Err(format());
    }
    Ok(format!("{local}@{}", crate::latin::lowercase(domain)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typical_slips_are_caught() {
        for bad in [
            "an",
            "an@",
            "@vidu.vn",
            "an@vidu",
            "an@@vidu.vn",
            "an @vidu.vn",
            "an@vidu..vn",
            "an@-vidu.vn",
        ] {
            assert_eq!(
                check_email(bad).unwrap_err().code,
                ProblemCode::EmailFormat,
                "{bad}"
            );
        }
        assert_eq!(check_email("ten@vidu.vn"), Ok("ten@vidu.vn".into()));
        assert_eq!(check_email("").unwrap_err().code, ProblemCode::Required);
    }
}
