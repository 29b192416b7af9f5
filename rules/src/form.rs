//! One validation model for the browser and the server. A form is described once as a list
//! of [`FieldSpec`]s; [`validate`] checks the name/value pairs a form posts — read from the
//! page's `FormData` in the browser, or decoded from an `application/x-www-form-urlencoded`
//! body on the server — and gives the same problems in both places. Values are tidied
//! (spaces, separators) before checking; what the citizen typed is never changed here.

use crate::date::{check_date, Date, DateLimits};
use crate::files::{self, FileLimits};
use crate::problem::{Problem, ProblemCode};
use crate::{citizen_id, email, money, name, phone, tax_code, text};

/// What one question accepts.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldRule {
    /// Free text, optionally limited in characters (never cut: a longer answer is flagged).
    Text {
        max_chars: Option<usize>,
    },
    Email,
    /// A full name (see [`crate::name`]).
    Name,
    /// A personal ID number; when the form also asks for the date of birth (a Date field) or
    /// sex (values "male"/"female"), name those fields to cross-check them.
    CitizenId {
        allow_old_card: bool,
        birth_date_field: Option<String>,
        sex_field: Option<String>,
    },
    Phone {
        allow_landline: bool,
    },
    TaxCode,
    /// Whole đồng.
    Money,
    /// A whole number (a count), between `min` and `max` when given.
    WholeNumber {
        min: Option<u64>,
        max: Option<u64>,
    },
    /// One of these values (radios, select).
    OneOf(Vec<String>),
    /// The code of a commune in force (the 2025 map), checked against the kit's table
    /// ([`crate::divisions::is_commune_code`]) without listing its 3,321 codes; when the
    /// form also asks for the province, name that field: the commune must be one of its
    /// ([`crate::divisions::commune_province`]).
    CommuneCode {
        province_field: Option<String>,
    },
    /// Any of these values (checkboxes); `exclusive` is the "none of these" value.
    AnyOf {
        options: Vec<String>,
        exclusive: Option<String>,
    },
    /// Three boxes posted as `NAME-day`, `NAME-month`, `NAME-year`.
    Date(DateLimits),
    /// A box that must be ticked (a declaration). Consent to optional uses is not this:
    /// it is an optional checkbox and never pre-ticked.
    MustTick,
    /// Files, posted as their names: at least one chosen, no more than the limit, each of
    /// an accepted type by its name. Sizes and contents are checked as files are chosen and
    /// again by the server on the posted bytes ([`crate::files::check_file`]).
    Files(FileLimits),
    /// A one-time code of this many digits (spaces and hyphens tolerated).
    OneTimeCode {
        digits: usize,
    },
    /// Not checked here (e.g. hidden fields).
    Unchecked,
}

/// One question of a form.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldSpec {
    /// The posted name (for dates, the prefix of the three names).
    pub name: String,
    /// How the question is named inside a sentence ("họ và tên", "ngày sinh").
    pub subject: String,
    pub rule: FieldRule,
    /// The question may be left blank.
    pub optional: bool,
    /// Asked only when another answer has this value (a follow-up question revealed by a
    /// radio or checkbox): (name, value). Otherwise not checked.
    pub when: Option<(String, String)>,
}

impl FieldSpec {
    pub fn new(name: impl Into<String>, subject: impl Into<String>, rule: FieldRule) -> Self {
        FieldSpec {
            name: name.into(),
            subject: subject.into(),
            rule,
            optional: false,
            when: None,
        }
    }

    /// Asks this question only when `name` was answered `value`.
    pub fn when(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.when = Some((name.into(), value.into()));
        self
    }

    pub fn optional(mut self) -> Self {
        self.optional = true;
        self
    }
}

/// A problem with one question of a posted form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldProblem {
    pub name: String,
    pub problem: Problem,
}

/// Checks one question against the posted pairs. `today` is needed for date limits.
pub fn check_field(
    spec: &FieldSpec,
    posted: &[(String, String)],
    today: Date,
) -> Result<(), Problem> {
    if !is_asked(spec, posted) {
        return Ok(());
    }
    let values: Vec<&str> = posted
        .iter()
        .filter(|(n, _)| *n == spec.name)
        .map(|(_, v)| v.as_str())
        .collect();
    let first = values.first().copied().unwrap_or("");
    let blank = values.iter().all(|v| v.trim().is_empty());
    if let FieldRule::Date(limits) = spec.rule {
        let part = |p: &str| {
            let key = format!("{}-{p}", spec.name);
            posted
                .iter()
                .find(|(n, _)| *n == key)
                .map(|(_, v)| v.as_str())
                .unwrap_or("")
        };
        let (d, m, y) = (part("day"), part("month"), part("year"));
        if spec.optional && (d.trim().is_empty() && m.trim().is_empty() && y.trim().is_empty()) {
            return Ok(());
        }
        return check_date(d, m, y, limits, today).map(|_| ());
    }
    if blank {
        return if spec.optional || spec.rule == FieldRule::Unchecked {
            Ok(())
        } else if spec.rule == FieldRule::MustTick {
            Err(Problem::new(ProblemCode::NotTicked))
        } else if matches!(
            spec.rule,
            FieldRule::OneOf(_)
                | FieldRule::CommuneCode { .. }
                | FieldRule::AnyOf { .. }
                | FieldRule::Files(_)
        ) {
            Err(Problem::new(ProblemCode::RequiredChoice))
        } else {
            Err(Problem::new(ProblemCode::Required))
        };
    }
    match &spec.rule {
        FieldRule::Text { max_chars } => {
            max_chars.map_or(Ok(()), |max| text::check_max_chars(first, max))
        }
        FieldRule::Email => email::check_email(first).map(|_| ()),
        FieldRule::Name => name::check_name(first).map(|_| ()),
        FieldRule::CitizenId {
            allow_old_card,
            birth_date_field,
            sex_field,
        } => {
            let id = citizen_id::parse_citizen_id(first, *allow_old_card)?;
            let values = FormValues(posted.to_vec());
            let year = birth_date_field
                .as_deref()
                .and_then(|f| values.date(f))
                .map(|d| d.year);
            let sex = sex_field.as_deref().and_then(|f| match values.text(f) {
                "male" => Some(citizen_id::Sex::Male),
                "female" => Some(citizen_id::Sex::Female),
                _ => None,
            });
            match citizen_id::cross_check(&id, year, sex, today.year)
                .into_iter()
                .next()
            {
                Some(problem) => Err(problem),
                None => Ok(()),
            }
        }
        FieldRule::Phone { allow_landline } => {
            phone::parse_phone(first, *allow_landline).map(|_| ())
        }
        FieldRule::TaxCode => tax_code::parse_tax_code(first).map(|_| ()),
        FieldRule::OneTimeCode { digits } => {
            crate::otp::parse_one_time_code(first, *digits).map(|_| ())
        }
        FieldRule::Money => money::parse_vnd(first).map(|_| ()),
        FieldRule::WholeNumber { min, max } => {
            crate::number::check_whole_number(first, *min, *max).map(|_| ())
        }
        FieldRule::OneOf(options) => {
            if options.iter().any(|o| o == first) {
                Ok(())
            } else {
                Err(Problem::new(ProblemCode::ChoiceUnknown))
            }
        }
        FieldRule::CommuneCode { province_field } => {
            let Some(province) = crate::divisions::commune_province(first) else {
                return Err(Problem::new(ProblemCode::ChoiceUnknown));
            };
            let chosen = province_field
                .as_deref()
                .and_then(|f| posted.iter().find(|(n, _)| n == f))
                .map(|(_, v)| v.as_str());
            // A blank or unknown province is the province question's own problem.
            let known = |p: &str| crate::divisions::provinces().iter().any(|x| x.code == p);
            match chosen {
                Some(p) if p != province && known(p) => {
                    Err(Problem::new(ProblemCode::CommuneNotInProvince))
                }
                _ => Ok(()),
            }
        }
        FieldRule::AnyOf { options, exclusive } => {
            let chosen: Vec<&str> = values.iter().copied().filter(|v| !v.is_empty()).collect();
            if chosen.iter().any(|v| !options.iter().any(|o| o == v)) {
                Err(Problem::new(ProblemCode::ChoiceUnknown))
            } else if exclusive.as_deref().is_some_and(|x| chosen.contains(&x)) && chosen.len() > 1
            {
                Err(Problem::new(ProblemCode::ChoiceExclusive))
            } else {
                Ok(())
            }
        }
        FieldRule::Files(limits) => {
            let names: Vec<&str> = values.iter().copied().filter(|v| !v.is_empty()).collect();
            files::check_count(names.len(), limits)?;
            names
                .iter()
                .try_for_each(|n| files::check_file(n, 1, None, limits))
        }
        FieldRule::MustTick | FieldRule::Unchecked | FieldRule::Date(_) => Ok(()),
    }
}

/// Checks every question, in the order given (the order of the page), and returns the
/// problems found: empty when the form can be accepted.
pub fn validate(
    specs: &[FieldSpec],
    posted: &[(String, String)],
    today: Date,
) -> Vec<FieldProblem> {
    specs
        .iter()
        .filter_map(|spec| {
            check_field(spec, posted, today)
                .err()
                .map(|problem| FieldProblem {
                    name: spec.name.clone(),
                    problem,
                })
        })
        .collect()
}

/// A file as the server received it, for [`check_posted`]: enough to check its type by
/// its first bytes without holding the whole file here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileInfo {
    /// The question's name.
    pub field: String,
    pub file_name: String,
    pub size: u64,
    /// The first [`files::SNIFF_BYTES`] bytes (fewer for a shorter file).
    pub head: Vec<u8>,
    /// The last [`files::TAIL_BYTES`] bytes, where the server has them (empty: not known,
    /// as in the browser): a file must end as its type does ([`files::ends_right`]).
    pub tail: Vec<u8>,
}

/// Everything a server checks on a post, in page order: [`validate`] on the pairs (exactly
/// what the browser runs), then, for each file question without a problem yet, each file's
/// size and first bytes against its [`FileLimits`].
pub fn check_posted(
    specs: &[FieldSpec],
    pairs: &[(String, String)],
    files: &[FileInfo],
    today: Date,
) -> Vec<FieldProblem> {
    let mut problems = validate(specs, pairs, today);
    for spec in specs {
        let FieldRule::Files(limits) = &spec.rule else {
            continue;
        };
        if problems.iter().any(|p| p.name == spec.name) || !is_asked(spec, pairs) {
            continue;
        }
        let posted: Vec<&FileInfo> = files.iter().filter(|f| f.field == spec.name).collect();
        let found = files::check_count(posted.len(), limits).err().or_else(|| {
            posted.iter().find_map(|f| {
                files::check_file(&f.file_name, f.size, Some(&f.head), limits)
                    .err()
                    .or_else(|| {
                        let ext = files::extension(&f.file_name);
                        (!files::ends_right(&ext, &f.tail)).then(|| {
                            Problem::new(ProblemCode::FileContent)
                                .with("file", f.file_name.as_str())
                                .with("type", ext.to_ascii_uppercase())
                        })
                    })
            })
        });
        if let Some(problem) = found {
            problems.push(FieldProblem {
                name: spec.name.clone(),
                problem,
            });
        }
    }
    // One problem per question: positions are distinct, an unstable sort is exact.
    problems.sort_unstable_by_key(|p| specs.iter().position(|s| s.name == p.name));
    problems
}

/// Whether a question is asked, given the answers: always, or (a follow-up) when the answer
/// it follows has its value.
pub fn is_asked(spec: &FieldSpec, posted: &[(String, String)]) -> bool {
    spec.when
        .as_ref()
        .is_none_or(|(name, value)| posted.iter().any(|(n, v)| n == name && v == value))
}

/// The pairs without the answers to follow-up questions that were not asked (typed, then
/// hidden again by changing the answer they follow): nobody keeps data the citizen took
/// back.
pub fn strip_unasked(specs: &[FieldSpec], posted: &[(String, String)]) -> Vec<(String, String)> {
    let unasked: Vec<&FieldSpec> = specs.iter().filter(|s| !is_asked(s, posted)).collect();
    posted
        .iter()
        .filter(|(n, _)| {
            !unasked.iter().any(|s| {
                *n == s.name
                    || (matches!(s.rule, FieldRule::Date(_))
                        && n.strip_prefix(s.name.as_str())
                            .is_some_and(|r| r.starts_with('-')))
            })
        })
        .cloned()
        .collect()
}

/// The answers of a form that passed [`validate`], read as the types the rules produce.
/// Each getter returns None for a question left blank (or one that would not pass).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormValues(pub Vec<(String, String)>);

impl FormValues {
    /// The first value posted under `name`, "" when none.
    pub fn text(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    /// Every value posted under `name` (checkboxes).
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn name(&self, field: &str) -> Option<String> {
        name::check_name(self.text(field)).ok()
    }

    pub fn email(&self, field: &str) -> Option<String> {
        email::check_email(self.text(field)).ok()
    }

    pub fn date(&self, field: &str) -> Option<Date> {
        let part = |p: &str| self.text(&format!("{field}-{p}")).to_string();
        check_date(
            &part("day"),
            &part("month"),
            &part("year"),
            DateLimits::default(),
            Date {
                year: 9999,
                month: 12,
                day: 31,
            },
        )
        .ok()
    }

    pub fn citizen_id(&self, field: &str, allow_old_card: bool) -> Option<citizen_id::CitizenId> {
        citizen_id::parse_citizen_id(self.text(field), allow_old_card).ok()
    }

    pub fn phone(&self, field: &str, allow_landline: bool) -> Option<phone::Phone> {
        phone::parse_phone(self.text(field), allow_landline).ok()
    }

    pub fn tax_code(&self, field: &str) -> Option<tax_code::TaxCode> {
        tax_code::parse_tax_code(self.text(field)).ok()
    }

    pub fn money(&self, field: &str) -> Option<u64> {
        money::parse_vnd(self.text(field)).ok()
    }

    /// A whole number (limits are the rule's business, checked before).
    pub fn whole_number(&self, field: &str) -> Option<u64> {
        crate::number::check_whole_number(self.text(field), None, None).ok()
    }
}

/// Decodes an `application/x-www-form-urlencoded` body into name/value pairs, as a browser
/// encodes a posted form ("+" is a space, "%XX" a byte of UTF-8). Malformed escapes are kept
/// as typed; invalid UTF-8 becomes U+FFFD. Never panics.
///
/// ```
/// use dvc_rules::form::decode_urlencoded;
/// let pairs = decode_urlencoded("full_name=Nguy%E1%BB%85n+An&consent=yes");
/// assert_eq!(pairs[0], ("full_name".to_string(), "Nguyễn An".to_string()));
/// ```
pub fn decode_urlencoded(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (n, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(n), percent_decode(v))
        })
        .collect()
}

/// Why [`decode_urlencoded_within`] refused a body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverLimit {
    /// More pairs than allowed.
    TooManyPairs,
    /// One name or value longer (decoded) than allowed.
    TooLong,
}

/// [`decode_urlencoded`] for a body nobody vouches for: refuses it, before allocating any
/// pair, when it holds more than `max_pairs` pairs or a name or value whose decoded length
/// is over `max_len` bytes. Counting walks the body once without allocating, so a hostile
/// body ("a&" twelve million times) costs its own bytes and nothing more.
///
/// ```
/// use dvc_rules::form::{decode_urlencoded_within, OverLimit};
/// assert_eq!(decode_urlencoded_within("a=1&b=2", 2, 10).unwrap().len(), 2);
/// assert_eq!(decode_urlencoded_within("a&b&c", 2, 10), Err(OverLimit::TooManyPairs));
/// assert_eq!(decode_urlencoded_within("a=%41%41%41", 2, 2), Err(OverLimit::TooLong));
/// ```
pub fn decode_urlencoded_within(
    body: &str,
    max_pairs: usize,
    max_len: usize,
) -> Result<Vec<(String, String)>, OverLimit> {
    let mut pairs = 0usize;
    for pair in body.split('&').filter(|pair| !pair.is_empty()) {
        pairs += 1;
        if pairs > max_pairs {
            return Err(OverLimit::TooManyPairs);
        }
        let (n, v) = pair.split_once('=').unwrap_or((pair, ""));
        if decoded_len(n) > max_len || decoded_len(v) > max_len {
            return Err(OverLimit::TooLong);
        }
    }
    // Bytes that are not UTF-8 become U+FFFD (3 bytes): checked again on what was made,
    // which the counting above has bounded.
    let pairs = decode_urlencoded(body);
    if pairs
        .iter()
        .any(|(n, v)| n.len() > max_len || v.len() > max_len)
    {
        return Err(OverLimit::TooLong);
    }
    Ok(pairs)
}

/// How many bytes [`percent_decode`] decodes `s` to (before invalid UTF-8 becomes U+FFFD),
/// without allocating.
fn decoded_len(s: &str) -> usize {
    let bytes = s.as_bytes();
    let (mut i, mut len) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            i += 2;
        }
        len += 1;
        i += 1;
    }
    len
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                out.push(hex_value(bytes[i + 1]) << 4 | hex_value(bytes[i + 2]));
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of one ASCII hex digit (the caller has checked it is one).
fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit.wrapping_sub(b'A').wrapping_add(10),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> Date {
        Date::new(2026, 11, 23).unwrap()
    }

    fn specs() -> Vec<FieldSpec> {
        vec![
            FieldSpec::new("full_name", "họ và tên", FieldRule::Name),
            FieldSpec::new(
                "dob",
                "ngày sinh",
                FieldRule::Date(DateLimits {
                    past: true,
                    ..Default::default()
                }),
            ),
            FieldSpec::new(
                "sex",
                "giới tính",
                FieldRule::OneOf(vec!["male".into(), "female".into()]),
            ),
            FieldSpec::new("email", "địa chỉ email", FieldRule::Email).optional(),
            FieldSpec::new(
                "phone",
                "số điện thoại",
                FieldRule::Phone {
                    allow_landline: false,
                },
            ),
            FieldSpec::new("declaration", "lời cam đoan", FieldRule::MustTick),
        ]
    }

    #[test]
    fn an_empty_post_gives_one_problem_per_required_question_in_page_order() {
        let problems = validate(
            &specs(),
            &decode_urlencoded("full_name=&dob-day=&dob-month=&dob-year=&email=&phone="),
            today(),
        );
        let got: Vec<(&str, ProblemCode)> = problems
            .iter()
            .map(|p| (p.name.as_str(), p.problem.code))
            .collect();
        assert_eq!(
            got,
            vec![
                ("full_name", ProblemCode::Required),
                ("dob", ProblemCode::Required),
                ("sex", ProblemCode::RequiredChoice),
                ("phone", ProblemCode::Required),
                ("declaration", ProblemCode::NotTicked),
            ]
        );
    }

    #[test]
    fn a_good_post_passes_and_a_tampered_choice_does_not() {
        let body = "full_name=H%E2%80%99Hen+Ni%C3%AA&dob-day=5&dob-month=02&dob-year=1990&sex=female&email=&phone=0912+345+678&declaration=yes";
        assert_eq!(
            validate(&specs(), &decode_urlencoded(body), today()),
            vec![]
        );
        let tampered = body.replace("sex=female", "sex=robot");
        assert_eq!(
            validate(&specs(), &decode_urlencoded(&tampered), today())[0]
                .problem
                .code,
            ProblemCode::ChoiceUnknown
        );
    }

    #[test]
    fn a_commune_code_must_be_one_in_force() {
        let spec = FieldSpec::new(
            "commune",
            "xã, phường",
            FieldRule::CommuneCode {
                province_field: None,
            },
        );
        let check = |value: &str| {
            check_field(&spec, &[("commune".into(), value.into())], today()).map_err(|p| p.code)
        };
        // Phường Ba Đình (Hà Nội) and the last code of the table are in force.
        assert_eq!(check("00004"), Ok(()));
        let last = crate::divisions::commune_codes().pop().unwrap();
        assert_eq!(check(&last), Ok(()));
        assert_eq!(check(""), Err(ProblemCode::RequiredChoice));
        for tampered in [
            "00001", "99999", "0004", "000040", "abcde", " 00004", "00004 ",
        ] {
            assert_eq!(
                check(tampered),
                Err(ProblemCode::ChoiceUnknown),
                "{tampered:?}"
            );
        }
    }

    #[test]
    fn a_commune_must_be_in_the_province_chosen_beside_it() {
        let spec = FieldSpec::new(
            "commune",
            "xã, phường",
            FieldRule::CommuneCode {
                province_field: Some("province".into()),
            },
        );
        let check = |province: &str, commune: &str| {
            let posted = [
                ("province".to_string(), province.to_string()),
                ("commune".to_string(), commune.to_string()),
            ];
            check_field(&spec, &posted, today()).map_err(|p| p.code)
        };
        // Phường Ba Đình is in Hà Nội (01), not in Lào Cai (15).
        assert_eq!(check("01", "00004"), Ok(()));
        assert_eq!(check("15", "00004"), Err(ProblemCode::CommuneNotInProvince));
        // No province, or one that is not a province: that question says so, not this one.
        assert_eq!(check("", "00004"), Ok(()));
        assert_eq!(check("99", "00004"), Ok(()));
        assert_eq!(check("15", "00005"), Err(ProblemCode::ChoiceUnknown));
        let message = Problem::new(ProblemCode::CommuneNotInProvince)
            .message(crate::Locale::Vi, "xã, phường");
        assert_eq!(message, "Chọn xã, phường thuộc tỉnh, thành phố đã chọn");
    }

    #[test]
    fn follow_up_questions_are_checked_only_when_revealed() {
        let specs = vec![
            FieldSpec::new(
                "contact",
                "cách liên hệ",
                FieldRule::OneOf(vec!["email".into(), "phone".into()]),
            ),
            FieldSpec::new("contact_email", "địa chỉ email", FieldRule::Email)
                .when("contact", "email"),
        ];
        assert_eq!(
            validate(
                &specs,
                &decode_urlencoded("contact=phone&contact_email="),
                today()
            ),
            vec![]
        );
        assert_eq!(
            validate(
                &specs,
                &decode_urlencoded("contact=email&contact_email="),
                today()
            )[0]
            .name,
            "contact_email"
        );
    }

    #[test]
    fn the_id_number_is_cross_checked_with_birth_date_and_sex() {
        let spec = FieldSpec::new(
            "id",
            "số định danh cá nhân",
            FieldRule::CitizenId {
                allow_old_card: false,
                birth_date_field: Some("dob".into()),
                sex_field: Some("sex".into()),
            },
        );
        let check =
            |body: &str| check_field(&spec, &decode_urlencoded(body), today()).map_err(|p| p.code);
        assert_eq!(
            check("id=001203456789&dob-day=1&dob-month=1&dob-year=2003&sex=male"),
            Ok(())
        );
        assert_eq!(
            check("id=001203456789&dob-day=1&dob-month=1&dob-year=2004&sex=male"),
            Err(ProblemCode::CitizenIdYearMismatch)
        );
        assert_eq!(
            check("id=001203456789&dob-day=1&dob-month=1&dob-year=2003&sex=female"),
            Err(ProblemCode::CitizenIdSexMismatch)
        );
        assert_eq!(
            check("id=001203456789&dob-day=&dob-month=&dob-year="),
            Ok(()),
            "nothing to compare yet"
        );
    }

    #[test]
    fn typed_values() {
        let v = FormValues(decode_urlencoded(
            "n=++Tr%E1%BA%A7n++An&d-day=5&d-month=2&d-year=1990&p=0912.345.678&m=1.234.567&c=a&c=b",
        ));
        assert_eq!(v.name("n").as_deref(), Some("Trần An"));
        assert_eq!(v.date("d"), Date::new(1990, 2, 5));
        assert_eq!(
            v.phone("p", false).map(|p| p.e164()).as_deref(),
            Some("+84912345678")
        );
        assert_eq!(v.money("m"), Some(1_234_567));
        assert_eq!(v.all("c"), vec!["a", "b"]);
        assert_eq!(v.email("missing"), None);
    }

    #[test]
    fn exclusive_none_cannot_be_combined() {
        let spec = FieldSpec::new(
            "benefits",
            "trợ cấp",
            FieldRule::AnyOf {
                options: vec!["a".into(), "b".into(), "none".into()],
                exclusive: Some("none".into()),
            },
        );
        let check =
            |body: &str| check_field(&spec, &decode_urlencoded(body), today()).map_err(|p| p.code);
        assert_eq!(check("benefits=a&benefits=b"), Ok(()));
        assert_eq!(check("benefits=none"), Ok(()));
        assert_eq!(
            check("benefits=a&benefits=none"),
            Err(ProblemCode::ChoiceExclusive)
        );
        assert_eq!(check(""), Err(ProblemCode::RequiredChoice));
    }

    #[test]
    fn decoding_is_lossless_for_what_browsers_send() {
        assert_eq!(
            decode_urlencoded("a=1%2B1+%3D+2&b"),
            vec![("a".into(), "1+1 = 2".into()), ("b".into(), "".into())]
        );
        assert_eq!(
            decode_urlencoded("a=%E1%BB%85%"),
            vec![("a".into(), "ễ%".into())]
        );
        assert_eq!(decode_urlencoded("a=%zz"), vec![("a".into(), "%zz".into())]);
        // Only two hex digits make an escape ("%+1" is not byte 1).
        assert_eq!(decode_urlencoded("a=%+1"), vec![("a".into(), "% 1".into())]);
        assert_eq!(
            decode_urlencoded("a=%c3%A9"),
            vec![("a".into(), "é".into())]
        );
    }

    #[test]
    fn a_hostile_body_is_refused_before_its_pairs_are_made() {
        let flood = "a&".repeat(1_000_000);
        assert_eq!(
            decode_urlencoded_within(&flood, 500, 100_000),
            Err(OverLimit::TooManyPairs)
        );
        let ampersands = "&".repeat(1_000_000) + "a=1";
        assert_eq!(
            decode_urlencoded_within(&ampersands, 1, 10).unwrap().len(),
            1
        );
        let long = format!("a={}", "%41".repeat(101));
        assert_eq!(
            decode_urlencoded_within(&long, 5, 100),
            Err(OverLimit::TooLong)
        );
        assert_eq!(
            decode_urlencoded_within(&long, 5, 101).unwrap()[0].1.len(),
            101
        );
        let long_name = format!("{}=1", "n".repeat(101));
        assert_eq!(
            decode_urlencoded_within(&long_name, 5, 100),
            Err(OverLimit::TooLong)
        );
    }

    proptest! {
        #[test]
        fn decoding_never_panics(s in any::<String>()) {
            let _ = validate(&specs(), &decode_urlencoded(&s), today());
        }

        #[test]
        fn the_bounded_decoder_agrees_with_the_limits_it_checks(
            s in "([a-z%+=&]|%[0-9a-fA-F]{2}|%E1%BB%85){0,80}",
            max_pairs in 0usize..8,
            max_len in 0usize..12,
        ) {
            let all = decode_urlencoded(&s);
            match decode_urlencoded_within(&s, max_pairs, max_len) {
                Ok(pairs) => {
                    prop_assert_eq!(&pairs, &all);
                    prop_assert!(pairs.len() <= max_pairs);
                    prop_assert!(pairs.iter().all(|(n, v)| n.len() <= max_len && v.len() <= max_len));
                }
                Err(OverLimit::TooManyPairs) => prop_assert!(all.len() > max_pairs),
                Err(OverLimit::TooLong) => prop_assert!(
                    all.iter().any(|(n, v)| n.len() > max_len || v.len() > max_len)
                ),
            }
        }
    }

    #[test]
    fn follow_up_answers_not_asked_are_dropped() {
        let specs = vec![
            FieldSpec::new(
                "contact",
                "cách liên hệ",
                FieldRule::OneOf(vec!["phone".into(), "email".into()]),
            ),
            FieldSpec::new("contact_email", "địa chỉ email", FieldRule::Email)
                .when("contact", "email"),
            FieldSpec::new(
                "moved",
                "ngày chuyển đến",
                FieldRule::Date(DateLimits::default()),
            )
            .when("contact", "email"),
        ];
        let p = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        let posted = p(&[
            ("contact", "phone"),
            ("contact_email", "an@vidu.vn"),
            ("moved-day", "1"),
            ("moved-year", "2020"),
            ("movedx", "k"),
        ]);
        assert_eq!(
            strip_unasked(&specs, &posted),
            p(&[("contact", "phone"), ("movedx", "k")])
        );
        let asked = p(&[("contact", "email"), ("contact_email", "an@vidu.vn")]);
        assert_eq!(strip_unasked(&specs, &asked), asked);
    }

    #[test]
    fn posted_files_are_checked_by_their_bytes() {
        let limits = FileLimits::new(&["pdf"], 100, 1);
        let specs = vec![FieldSpec::new("docs", "giấy tờ", FieldRule::Files(limits))];
        let pairs = vec![("docs".to_string(), "don.pdf".to_string())];
        let file = |head: &[u8], size| FileInfo {
            field: "docs".into(),
            file_name: "don.pdf".into(),
            size,
            head: head.to_vec(),
            tail: Vec::new(),
        };
        let today = Date {
            year: 2026,
            month: 1,
            day: 1,
        };
        assert!(check_posted(&specs, &pairs, &[file(b"%PDF-1.7", 50)], today).is_empty());
        assert_eq!(
            check_posted(&specs, &pairs, &[file(b"GIF89a", 50)], today)[0]
                .problem
                .code,
            ProblemCode::FileContent
        );
        assert_eq!(
            check_posted(&specs, &pairs, &[file(b"%PDF-1.7", 101)], today)[0]
                .problem
                .code,
            ProblemCode::FileTooLarge
        );
        assert_eq!(
            check_posted(&specs, &[], &[], today)[0].problem.code,
            ProblemCode::RequiredChoice
        );
    }
}
