//! Message catalogues: every [`Problem`] as a specific sentence that says how to fix it,
//! in Vietnamese (the default) and English. Owns wording only; no checking happens here.

use crate::problem::{Problem, ProblemCode};

/// The language of the page. Vietnamese is the default everywhere in the kit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    Vi,
    En,
}

impl Locale {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Vi => "vi",
            Locale::En => "en",
        }
    }

    /// The locale for a `lang` tag such as "vi", "en" or "en-GB"; Vietnamese otherwise.
    pub fn from_tag(tag: &str) -> Self {
        if tag.trim().to_ascii_lowercase().starts_with("en") {
            Locale::En
        } else {
            Locale::Vi
        }
    }

    /// The visually hidden word read before every error message ("Lỗi:").
    pub fn error_prefix(self) -> &'static str {
        match self {
            Locale::Vi => "Lỗi:",
            Locale::En => "Error:",
        }
    }

    /// The words added to the label of a question that may be left blank.
    pub fn optional_marker(self) -> &'static str {
        match self {
            Locale::Vi => "(không bắt buộc)",
            Locale::En => "(optional)",
        }
    }
}

impl Problem {
    /// The sentence for this problem. `subject` names the question in lower case as it
    /// would be read inside a sentence ("họ và tên", "your full name").
    pub fn message(&self, locale: Locale, subject: &str) -> String {
        match (locale, self.code) {
            (Locale::Vi, ProblemCode::Required) => format!("Nhập {subject}"),
            (Locale::En, ProblemCode::Required) => format!("Enter {subject}"),
            (Locale::Vi, ProblemCode::TooLong) => format!(
                "{} phải có tối đa {} ký tự (hiện có {})",
                capitalise(subject),
                self.arg("max"),
                self.arg("actual")
            ),
            (Locale::En, ProblemCode::TooLong) => format!(
                "{} must be {} characters or fewer (it has {})",
                capitalise(subject),
                self.arg("max"),
                self.arg("actual")
            ),
        }
    }
}

/// Upper-cases the first letter, keeping Vietnamese diacritics ("họ" → "Họ").
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_long_names_limit_and_count_in_both_languages() {
        let p = Problem::new(ProblemCode::TooLong).with("max", 10).with("actual", 12);
        assert_eq!(p.message(Locale::Vi, "họ và tên"), "Họ và tên phải có tối đa 10 ký tự (hiện có 12)");
        assert_eq!(p.message(Locale::En, "your name"), "Your name must be 10 characters or fewer (it has 12)");
    }

    #[test]
    fn locale_from_tag_defaults_to_vietnamese() {
        assert_eq!(Locale::from_tag("en-GB"), Locale::En);
        assert_eq!(Locale::from_tag("vi"), Locale::Vi);
        assert_eq!(Locale::from_tag(""), Locale::Vi);
    }
}
