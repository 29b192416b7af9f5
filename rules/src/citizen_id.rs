//! Số định danh cá nhân (Circular 07/2016/TT-BCA; Identity Law 2023): 12 digits — "0" and
//! the *pre-2025* province code of the place of birth registration, one digit for century
//! and sex, the last two digits of the birth year, and six random digits. There is no check
//! digit. The old 9-digit ID card (CMND) number is accepted only where the caller allows it.

use crate::digits::{group, non_digits, strip_separators};
use crate::divisions::{province_pre2025, OldProvince};
use crate::problem::{Problem, ProblemCode};

/// Sex as encoded in the ID number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// A checked identity number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CitizenId {
    /// The 12-digit personal identification number, decoded.
    Personal {
        digits: String,
        province: OldProvince,
        sex: Sex,
        birth_year: u16,
    },
    /// An old 9-digit ID card number (only where the caller allows it); nothing is decoded.
    OldCard { digits: String },
}

impl CitizenId {
    pub fn digits(&self) -> &str {
        match self {
            CitizenId::Personal { digits, .. } | CitizenId::OldCard { digits } => digits,
        }
    }

    /// Grouped for reading aloud or checking by eye: "001 203 456 789", "123 456 789".
    pub fn grouped(&self) -> String {
        group(self.digits(), &[3, 3, 3, 3])
    }
}

/// Checks an identity number as typed; spaces (and dots or dashes) are removed first.
///
/// ```
/// use dvc_rules::citizen_id::{parse_citizen_id, CitizenId, Sex};
/// let id = parse_citizen_id("001 203 456 789", false).unwrap();
/// let CitizenId::Personal { province, sex, birth_year, .. } = &id else { unreachable!() };
/// assert_eq!((province.name, *sex, *birth_year), ("Thành phố Hà Nội", Sex::Male, 2003));
/// assert_eq!(id.grouped(), "001 203 456 789");
/// assert!(parse_citizen_id("123456789", false).is_err());
/// assert!(parse_citizen_id("123456789", true).is_ok());
/// ```
pub fn parse_citizen_id(input: &str, allow_old_card: bool) -> Result<CitizenId, Problem> {
    let digits = strip_separators(input);
    if digits.is_empty() {
        return Err(Problem::new(ProblemCode::Required));
    }
    let bad = non_digits(&digits);
    if !bad.is_empty() {
        return Err(Problem::new(ProblemCode::CitizenIdNotDigits).with("chars", bad));
    }
    match digits.len() {
        12 => decode(digits),
        9 if allow_old_card => Ok(CitizenId::OldCard { digits }),
        9 => Err(Problem::new(ProblemCode::CitizenIdOldCard)),
        n => Err(Problem::new(ProblemCode::CitizenIdLength).with("actual", n)),
    }
}

fn decode(digits: String) -> Result<CitizenId, Problem> {
    let b = digits.as_bytes();
    let place = &digits[1..3];
    let province = (b[0] == b'0')
        .then(|| province_pre2025(place))
        .flatten()
        .ok_or_else(|| Problem::new(ProblemCode::CitizenIdPlace).with("code", &digits[..3]))?;
    let century_sex = u16::from(b[3] - b'0');
    let sex = if century_sex % 2 == 0 {
        Sex::Male
    } else {
        Sex::Female
    };
    let century = 1900 + (century_sex / 2) * 100;
    let birth_year = century + u16::from(b[4] - b'0') * 10 + u16::from(b[5] - b'0');
    Ok(CitizenId::Personal {
        digits,
        province,
        sex,
        birth_year,
    })
}

/// When the same form asks for the date of birth and sex, says which disagrees with the ID
/// number (the year of birth, the sex, or both), and that a birth year after `this_year`
/// is impossible. Old card numbers carry nothing to compare.
pub fn cross_check(
    id: &CitizenId,
    birth_year: Option<u16>,
    sex: Option<Sex>,
    this_year: u16,
) -> Vec<Problem> {
    let CitizenId::Personal {
        birth_year: id_year,
        sex: id_sex,
        ..
    } = id
    else {
        return Vec::new();
    };
    let mut problems = Vec::new();
    if *id_year > this_year {
        problems.push(Problem::new(ProblemCode::CitizenIdFutureYear).with("year", id_year));
    }
    if let Some(year) = birth_year.filter(|y| y != id_year) {
        problems.push(
            Problem::new(ProblemCode::CitizenIdYearMismatch)
                .with("id_year", id_year)
                .with("year", year),
        );
    }
    if let Some(s) = sex.filter(|s| s != id_sex) {
        let word = |s: Sex| if s == Sex::Male { "male" } else { "female" };
        problems.push(
            Problem::new(ProblemCode::CitizenIdSexMismatch)
                .with("id_sex", word(*id_sex))
                .with("sex", word(s)),
        );
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn decodes_place_century_sex_and_year() {
        let id = parse_citizen_id("079 304 012 345", false).unwrap();
        let CitizenId::Personal {
            province,
            sex,
            birth_year,
            ..
        } = id
        else {
            panic!()
        };
        assert_eq!((province.code, sex, birth_year), ("79", Sex::Female, 2004));
        let CitizenId::Personal {
            sex, birth_year, ..
        } = parse_citizen_id("001090123456", false).unwrap()
        else {
            panic!()
        };
        assert_eq!((sex, birth_year), (Sex::Male, 1990));
        let CitizenId::Personal {
            sex, birth_year, ..
        } = parse_citizen_id("001501000001", false).unwrap()
        else {
            panic!()
        };
        assert_eq!((sex, birth_year), (Sex::Female, 2101));
    }

    #[test]
    fn place_codes_use_the_63_province_table() {
        // 15 was Yên Bái before 2025 (now Lào Cai's 2025 code): an ID says where the person
        // was registered under the old map.
        let CitizenId::Personal { province, .. } = parse_citizen_id("015190000001", false).unwrap()
        else {
            panic!()
        };
        assert_eq!(province.name, "Tỉnh Yên Bái");
        assert_eq!(
            parse_citizen_id("003190000001", false)
                .unwrap_err()
                .arg("code"),
            "003"
        );
        assert_eq!(
            parse_citizen_id("101190000001", false).unwrap_err().code,
            ProblemCode::CitizenIdPlace
        );
    }

    #[test]
    fn problems_are_specific() {
        assert_eq!(
            parse_citizen_id("", false).unwrap_err().code,
            ProblemCode::Required
        );
        assert_eq!(
            parse_citizen_id("00120345678", false)
                .unwrap_err()
                .arg("actual"),
            "11"
        );
        assert_eq!(
            parse_citizen_id("00120345678a", false)
                .unwrap_err()
                .arg("chars"),
            "a"
        );
        assert_eq!(
            parse_citizen_id("123 456 789", false).unwrap_err().code,
            ProblemCode::CitizenIdOldCard
        );
        assert_eq!(
            parse_citizen_id("123456789", true).unwrap().grouped(),
            "123 456 789"
        );
    }

    #[test]
    fn cross_check_names_what_disagrees() {
        let id = parse_citizen_id("001203456789", false).unwrap();
        assert!(cross_check(&id, Some(2003), Some(Sex::Male), 2026).is_empty());
        let p = cross_check(&id, Some(2004), Some(Sex::Female), 2026);
        assert_eq!(
            p.iter().map(|p| p.code).collect::<Vec<_>>(),
            vec![
                ProblemCode::CitizenIdYearMismatch,
                ProblemCode::CitizenIdSexMismatch
            ]
        );
        assert_eq!((p[1].arg("id_sex"), p[1].arg("sex")), ("male", "female"));
        let future = parse_citizen_id("001430000001", false).unwrap();
        assert_eq!(
            cross_check(&future, None, None, 2026)[0].code,
            ProblemCode::CitizenIdFutureYear
        );
    }

    proptest! {
        #[test]
        fn every_generated_number_round_trips(p in 0usize..63, cs in 0u8..10, yy in 0u8..100, rest in 0u32..1_000_000) {
            let province = crate::divisions::provinces_pre2025()[p];
            let digits = format!("0{}{cs}{yy:02}{rest:06}", province.code);
            let spaced = group(&digits, &[3, 3, 3, 3]);
            let id = parse_citizen_id(&spaced, false).unwrap();
            prop_assert_eq!(id.digits(), digits.as_str());
            let CitizenId::Personal { birth_year, sex, province: got, .. } = id else { unreachable!() };
            prop_assert_eq!(birth_year, 1900 + u16::from(cs / 2) * 100 + u16::from(yy));
            prop_assert_eq!(sex == Sex::Female, cs % 2 == 1);
            prop_assert_eq!(got, province);
        }

        #[test]
        fn a_changed_length_or_a_letter_is_rejected(d in "[0-9]{12}", cut in 1usize..12, letter in "[a-zA-Z]") {
            prop_assert!(parse_citizen_id(&d[..cut], false).is_err());
            let mut with_letter = d.clone();
            with_letter.replace_range(cut..cut + 1, &letter);
            prop_assert_eq!(parse_citizen_id(&with_letter, false).unwrap_err().code, ProblemCode::CitizenIdNotDigits);
        }

        #[test]
        fn never_panics(s in any::<String>(), old in any::<bool>()) {
            let _ = parse_citizen_id(&s, old);
        }
    }
}
