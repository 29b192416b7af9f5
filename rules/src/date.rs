//! Dates typed as three boxes (ngày / tháng / năm): which part is wrong, impossible dates
//! (31/02, 29/02/2023), four-digit years, and limits such as "in the past" or a minimum age.
//! The caller passes today's date: rules never read a clock.

use crate::problem::{Problem, ProblemCode};

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, or None when it does not exist.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// "05/02/2024": day/month/year, as Vietnamese documents write it.
    pub fn display(&self) -> String {
        format!("{:02}/{:02}/{:04}", self.day, self.month, self.year)
    }

    /// Whole years from `self` to `on` (an age on a date).
    pub fn years_until(&self, on: Date) -> i32 {
        let mut years = i32::from(on.year) - i32::from(self.year);
        if (on.month, on.day) < (self.month, self.day) {
            years -= 1;
        }
        years
    }
}

pub fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// What the date must satisfy besides existing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateLimits {
    /// Strictly before today (a date of birth, an issue date).
    pub past: bool,
    /// Today or later (an appointment).
    pub not_past: bool,
    /// The person is at least this old today.
    pub min_age: Option<u8>,
}

/// The parts of a date, for naming which box is wrong ("day,year").
fn parts(day: bool, month: bool, year: bool) -> String {
    [(day, "day"), (month, "month"), (year, "year")]
        .iter()
        .filter(|(bad, _)| *bad)
        .map(|(_, p)| *p)
        .collect::<Vec<_>>()
        .join(",")
}

/// Checks a date typed in three boxes. Accepts "5" and "05"; spaces are ignored.
/// Problems carry `parts`: the boxes to highlight ("day", "month", "year", comma-separated).
///
/// ```
/// use dvc_rules::date::{check_date, Date, DateLimits};
/// let today = Date::new(2026, 11, 23).unwrap();
/// assert_eq!(check_date("5", "2", "1990", DateLimits::default(), today), Ok(Date::new(1990, 2, 5).unwrap()));
/// assert_eq!(check_date("31", "2", "1990", DateLimits::default(), today).unwrap_err().arg("parts"), "day");
/// ```
pub fn check_date(
    day: &str,
    month: &str,
    year: &str,
    limits: DateLimits,
    today: Date,
) -> Result<Date, Problem> {
    let clean = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let (d, m, y) = (clean(day), clean(month), clean(year));
    if d.is_empty() && m.is_empty() && y.is_empty() {
        return Err(Problem::new(ProblemCode::Required));
    }
    if d.is_empty() || m.is_empty() || y.is_empty() {
        return Err(Problem::new(ProblemCode::DateMissing)
            .with("parts", parts(d.is_empty(), m.is_empty(), y.is_empty())));
    }
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit()) && s.len() <= 4;
    if !(digits(&d) && digits(&m) && digits(&y)) {
        return Err(Problem::new(ProblemCode::DateNotNumbers)
            .with("parts", parts(!digits(&d), !digits(&m), !digits(&y))));
    }
    let (dn, mn, yn): (u16, u16, u16) = (
        d.parse().unwrap_or(0),
        m.parse().unwrap_or(0),
        y.parse().unwrap_or(0),
    );
    if y.len() != 4 || yn < 1000 {
        return Err(Problem::new(ProblemCode::DateYearDigits).with("parts", "year"));
    }
    if !(1..=12).contains(&mn) {
        return Err(Problem::new(ProblemCode::DateMonth).with("parts", "month"));
    }
    let max_day = days_in_month(yn, mn as u8);
    if dn < 1 || dn > u16::from(max_day) {
        return Err(Problem::new(ProblemCode::DateDay)
            .with("parts", "day")
            .with("max", max_day)
            .with("month", mn)
            .with("year", yn));
    }
    let date = Date {
        year: yn,
        month: mn as u8,
        day: dn as u8,
    };
    if limits.past && date >= today {
        return Err(Problem::new(ProblemCode::DateNotPast).with("parts", "day,month,year"));
    }
    if limits.not_past && date < today {
        return Err(Problem::new(ProblemCode::DatePast).with("parts", "day,month,year"));
    }
    if let Some(age) = limits.min_age {
        if date.years_until(today) < i32::from(age) {
            return Err(Problem::new(ProblemCode::DateMinAge)
                .with("parts", "day,month,year")
                .with("age", age));
        }
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    fn code_and_parts(r: Result<Date, Problem>) -> (ProblemCode, String) {
        let p = r.unwrap_err();
        (p.code, p.arg("parts").to_string())
    }

    #[test]
    fn impossible_dates_name_the_wrong_part() {
        let none = DateLimits::default();
        assert_eq!(
            code_and_parts(check_date("31", "02", "2020", none, today())),
            (ProblemCode::DateDay, "day".into())
        );
        assert_eq!(
            code_and_parts(check_date("29", "2", "2023", none, today())),
            (ProblemCode::DateDay, "day".into())
        );
        assert!(check_date("29", "2", "2024", none, today()).is_ok());
        assert!(check_date("29", "2", "2000", none, today()).is_ok());
        assert!(check_date("29", "2", "1900", none, today()).is_err());
        assert_eq!(
            code_and_parts(check_date("1", "13", "2020", none, today())),
            (ProblemCode::DateMonth, "month".into())
        );
        assert_eq!(
            code_and_parts(check_date("1", "1", "90", none, today())),
            (ProblemCode::DateYearDigits, "year".into())
        );
        assert_eq!(
            code_and_parts(check_date("", "1", "", none, today())),
            (ProblemCode::DateMissing, "day,year".into())
        );
        assert_eq!(
            code_and_parts(check_date("a", "1", "1990", none, today())),
            (ProblemCode::DateNotNumbers, "day".into())
        );
        assert_eq!(
            check_date(" ", "", "", none, today()).unwrap_err().code,
            ProblemCode::Required
        );
        assert_eq!(
            check_date("05", "02", "1990", none, today()),
            check_date("5", "2", "1990", none, today())
        );
    }

    #[test]
    fn limits() {
        let birth = DateLimits {
            past: true,
            ..Default::default()
        };
        assert_eq!(
            check_date("23", "11", "2026", birth, today())
                .unwrap_err()
                .code,
            ProblemCode::DateNotPast
        );
        assert!(check_date("22", "11", "2026", birth, today()).is_ok());
        let adult = DateLimits {
            past: true,
            min_age: Some(18),
            ..Default::default()
        };
        assert!(
            check_date("23", "11", "2008", adult, today()).is_ok(),
            "18 today"
        );
        let p = check_date("24", "11", "2008", adult, today()).unwrap_err();
        assert_eq!((p.code, p.arg("age")), (ProblemCode::DateMinAge, "18"));
        let appointment = DateLimits {
            not_past: true,
            ..Default::default()
        };
        assert!(check_date("23", "11", "2026", appointment, today()).is_ok());
        assert_eq!(
            check_date("22", "11", "2026", appointment, today())
                .unwrap_err()
                .code,
            ProblemCode::DatePast
        );
    }

    proptest! {
        #[test]
        fn every_real_date_is_accepted(y in 1000u16..=9999, m in 1u8..=12, d in 1u8..=31) {
            let real = d <= days_in_month(y, m);
            let r = check_date(&d.to_string(), &format!("{m:02}"), &y.to_string(), DateLimits::default(), today());
            prop_assert_eq!(r.is_ok(), real);
            if real {
                prop_assert_eq!(r.unwrap(), Date { year: y, month: m, day: d });
            } else {
                let p = r.unwrap_err();
                prop_assert_eq!(p.arg("parts"), "day");
            }
        }

        #[test]
        fn every_impossible_month_or_day_is_rejected(y in 1000u16..=9999, m in 13u8..=99, d in 32u8..=99) {
            prop_assert!(check_date("1", &m.to_string(), &y.to_string(), DateLimits::default(), today()).is_err());
            prop_assert!(check_date(&d.to_string(), "1", &y.to_string(), DateLimits::default(), today()).is_err());
            prop_assert!(check_date("0", "1", &y.to_string(), DateLimits::default(), today()).is_err());
        }

        #[test]
        fn never_panics(a in any::<String>(), b in any::<String>(), c in any::<String>()) {
            let _ = check_date(&a, &b, &c, DateLimits { past: true, not_past: false, min_age: Some(18) }, today());
        }
    }
}
