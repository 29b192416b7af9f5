//! A question's [`FieldSpec`] written into its markup and read back: the server renders each
//! question with its rule in `data-` attributes, and the browser's behaviour module (which
//! has no component tree to ask) reads the form's questions from the page it was given.
//! The same text also lets a portal on another stack write the attributes itself.
//!
//! A rule is one attribute value: its kind, then `;`-separated settings, a list's items
//! `,`-separated; `%`, `;`, `,` and `=` inside a value are written `%25`, `%3B`, `%2C`,
//! `%3D`.
//!
//! | rule | written |
//! |---|---|
//! | `Text { max_chars: Some(500) }` | `text;max=500` |
//! | `CitizenId { allow_old_card: true, birth_date_field: Some("dob"), .. }` | `citizen-id;old;dob=dob` |
//! | `Phone { allow_landline: true }` | `phone;landline` |
//! | `OneOf(["a", "b"])` | `one-of;a,b` |
//! | `AnyOf { options: ["a", "b"], exclusive: Some("b") }` | `any-of;a,b;none=b` |
//! | `Date(DateLimits { past: true, min_age: Some(18), .. })` | `date;past;min-age=18` |
//! | `Files(FileLimits { accept: ["pdf"], max_bytes: 5000000, max_files: 2 })` | `files;pdf;max-bytes=5000000;max-files=2` |
//! | `OneTimeCode { digits: 6 }` | `one-time-code;6` |
//!
//! ```
//! use dvc_rules::form::{FieldRule, FieldSpec};
//! use dvc_rules::spec_markup::{rule_attribute, read_spec};
//! let spec = FieldSpec::new("phone", "số điện thoại", FieldRule::Phone { allow_landline: false })
//!     .when("contact", "phone");
//! assert_eq!(rule_attribute(&spec.rule), "phone");
//! let attrs: Vec<(&str, String)> = dvc_rules::spec_markup::spec_attributes(&spec);
//! let read = read_spec(|name| attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.clone()));
//! assert_eq!(read, Some(spec));
//! ```

use crate::date::DateLimits;
use crate::files::FileLimits;
use crate::form::{FieldRule, FieldSpec};

/// The attribute holding the posted name; its presence marks a question.
pub const FIELD: &str = "data-dvc-field";
/// The attribute holding the rule ([`rule_attribute`]).
pub const RULE: &str = "data-dvc-rule";
/// How the question is named in a sentence.
pub const SUBJECT: &str = "data-dvc-subject";
/// Present when the question may be left blank.
pub const OPTIONAL: &str = "data-dvc-optional";
/// `name=value`: asked only when that answer was given.
pub const WHEN: &str = "data-dvc-when";

/// The attributes that say `spec` in markup (the optional ones only when they apply).
pub fn spec_attributes(spec: &FieldSpec) -> Vec<(&'static str, String)> {
    let mut attrs = vec![
        (FIELD, spec.name.clone()),
        (RULE, rule_attribute(&spec.rule)),
        (SUBJECT, spec.subject.clone()),
    ];
    if spec.optional {
        attrs.push((OPTIONAL, String::new()));
    }
    if let Some((name, value)) = &spec.when {
        attrs.push((WHEN, format!("{}={}", escape(name), escape(value))));
    }
    attrs
}

/// The spec that `attribute` (an element's attribute by name) says; `None` when the element
/// is not a question or its rule cannot be read.
pub fn read_spec(attribute: impl Fn(&str) -> Option<String>) -> Option<FieldSpec> {
    let name = attribute(FIELD)?;
    let rule = read_rule(&attribute(RULE)?)?;
    let mut spec = FieldSpec::new(name, attribute(SUBJECT).unwrap_or_default(), rule);
    spec.optional = attribute(OPTIONAL).is_some();
    if let Some(when) = attribute(WHEN) {
        let (name, value) = when.split_once('=')?;
        spec.when = Some((unescape(name)?, unescape(value)?));
    }
    Some(spec)
}

/// `rule` as one attribute value (see the module's table).
pub fn rule_attribute(rule: &FieldRule) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut kind = |k: &str| parts.push(k.to_string());
    match rule {
        FieldRule::Text { max_chars } => {
            kind("text");
            if let Some(max) = max_chars {
                parts.push(format!("max={max}"));
            }
        }
        FieldRule::Email => kind("email"),
        FieldRule::Name => kind("name"),
        FieldRule::CitizenId {
            allow_old_card,
            birth_date_field,
            sex_field,
        } => {
            kind("citizen-id");
            if *allow_old_card {
                parts.push("old".into());
            }
            if let Some(f) = birth_date_field {
                parts.push(format!("dob={}", escape(f)));
            }
            if let Some(f) = sex_field {
                parts.push(format!("sex={}", escape(f)));
            }
        }
        FieldRule::Phone { allow_landline } => {
            kind("phone");
            if *allow_landline {
                parts.push("landline".into());
            }
        }
        FieldRule::TaxCode => kind("tax-code"),
        FieldRule::Money => kind("money"),
        FieldRule::WholeNumber { min, max } => {
            kind("whole");
            if let Some(min) = min {
                parts.push(format!("min={min}"));
            }
            if let Some(max) = max {
                parts.push(format!("max={max}"));
            }
        }
        FieldRule::OneOf(values) => {
            kind("one-of");
            parts.push(list(values));
        }
        FieldRule::CommuneCode { province_field } => {
            kind("commune");
            if let Some(f) = province_field {
                parts.push(format!("province={}", escape(f)));
            }
        }
        FieldRule::AnyOf { options, exclusive } => {
            kind("any-of");
            parts.push(list(options));
            if let Some(none) = exclusive {
                parts.push(format!("none={}", escape(none)));
            }
        }
        FieldRule::Date(limits) => {
            kind("date");
            if limits.past {
                parts.push("past".into());
            }
            if limits.not_past {
                parts.push("not-past".into());
            }
            if let Some(age) = limits.min_age {
                parts.push(format!("min-age={age}"));
            }
        }
        FieldRule::MustTick => kind("must-tick"),
        FieldRule::Files(limits) => {
            kind("files");
            parts.push(list(&limits.accept));
            parts.push(format!("max-bytes={}", limits.max_bytes));
            parts.push(format!("max-files={}", limits.max_files));
        }
        FieldRule::OneTimeCode { digits } => {
            kind("one-time-code");
            parts.push(digits.to_string());
        }
        FieldRule::Unchecked => kind("unchecked"),
    }
    parts.join(";")
}

/// The rule an attribute value says; `None` for anything [`rule_attribute`] does not write.
pub fn read_rule(text: &str) -> Option<FieldRule> {
    let mut parts = text.split(';');
    let kind = parts.next()?;
    let settings: Vec<&str> = parts.collect();
    // A setting `key=value`, or a bare flag `key`.
    let value = |key: &str| -> Option<Option<String>> {
        let mut found = None;
        for s in &settings {
            match s.split_once('=') {
                Some((k, v)) if k == key => found = Some(Some(unescape(v)?)),
                None if *s == key => found = Some(None),
                _ => {}
            }
        }
        Some(found.flatten())
    };
    let flag = |key: &str| settings.contains(&key);
    let number = |key: &str| -> Option<Option<u64>> {
        match value(key)? {
            Some(v) => v.parse().ok().map(Some),
            None => Some(None),
        }
    };
    // Every setting must be one this kind knows (a typo is not silently ignored).
    let only = |known: &[&str]| {
        settings
            .iter()
            .all(|s| known.contains(&s.split_once('=').map_or(*s, |(k, _)| k)))
    };
    let rule = match kind {
        "text" if only(&["max"]) => FieldRule::Text {
            max_chars: number("max")?.map(|n| n as usize),
        },
        "email" if settings.is_empty() => FieldRule::Email,
        "name" if settings.is_empty() => FieldRule::Name,
        "citizen-id" if only(&["old", "dob", "sex"]) => FieldRule::CitizenId {
            allow_old_card: flag("old"),
            birth_date_field: value("dob")?,
            sex_field: value("sex")?,
        },
        "phone" if only(&["landline"]) => FieldRule::Phone {
            allow_landline: flag("landline"),
        },
        "tax-code" if settings.is_empty() => FieldRule::TaxCode,
        "money" if settings.is_empty() => FieldRule::Money,
        "whole" if only(&["min", "max"]) => FieldRule::WholeNumber {
            min: number("min")?,
            max: number("max")?,
        },
        "one-of" if settings.len() == 1 => FieldRule::OneOf(read_list(settings[0])?),
        "commune" if only(&["province"]) => FieldRule::CommuneCode {
            province_field: value("province")?,
        },
        "any-of"
            if !settings.is_empty() && settings[1..].iter().all(|s| s.starts_with("none=")) =>
        {
            FieldRule::AnyOf {
                options: read_list(settings[0])?,
                exclusive: value("none")?,
            }
        }
        "date" if only(&["past", "not-past", "min-age"]) => FieldRule::Date(DateLimits {
            past: flag("past"),
            not_past: flag("not-past"),
            min_age: match number("min-age")? {
                Some(n) => Some(u8::try_from(n).ok()?),
                None => None,
            },
        }),
        "must-tick" if settings.is_empty() => FieldRule::MustTick,
        "files" if settings.len() == 3 => FieldRule::Files(FileLimits {
            accept: read_list(settings[0])?,
            max_bytes: number("max-bytes")??,
            max_files: number("max-files")?? as usize,
        }),
        "one-time-code" if settings.len() == 1 => FieldRule::OneTimeCode {
            digits: settings[0].parse().ok()?,
        },
        "unchecked" if settings.is_empty() => FieldRule::Unchecked,
        _ => return None,
    };
    Some(rule)
}

/// Items joined by `,`, each escaped; an empty list is an empty setting.
fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|i| escape(i))
        .collect::<Vec<_>>()
        .join(",")
}

fn read_list(text: &str) -> Option<Vec<String>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split(',').map(unescape).collect()
}

fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '%' => out.push_str("%25"),
            ';' => out.push_str("%3B"),
            ',' => out.push_str("%2C"),
            '=' => out.push_str("%3D"),
            c => out.push(c),
        }
    }
    out
}

/// The value [`escape`] wrote; `None` for a `%` it never writes.
fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let code = rest.get(at + 1..at + 3)?;
        out.push(match code {
            "25" => '%',
            "3B" => ';',
            "2C" => ',',
            "3D" => '=',
            _ => return None,
        });
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        // Names and values as portals write them, separators and escapes included.
        "[a-zA-Z0-9_ %;,=ăễ-]{0,12}"
    }

    fn rule() -> impl Strategy<Value = FieldRule> {
        prop_oneof![
            proptest::option::of(0usize..100_000)
                .prop_map(|max_chars| FieldRule::Text { max_chars }),
            Just(FieldRule::Email),
            Just(FieldRule::Name),
            (
                any::<bool>(),
                proptest::option::of(text()),
                proptest::option::of(text())
            )
                .prop_map(|(allow_old_card, birth_date_field, sex_field)| {
                    FieldRule::CitizenId {
                        allow_old_card,
                        birth_date_field,
                        sex_field,
                    }
                }),
            any::<bool>().prop_map(|allow_landline| FieldRule::Phone { allow_landline }),
            Just(FieldRule::TaxCode),
            Just(FieldRule::Money),
            (
                proptest::option::of(any::<u64>()),
                proptest::option::of(any::<u64>())
            )
                .prop_map(|(min, max)| FieldRule::WholeNumber { min, max }),
            proptest::collection::vec(text(), 0..5)
                .prop_filter("one empty value reads as none", |v| v.len() != 1
                    || !v[0].is_empty())
                .prop_map(FieldRule::OneOf),
            proptest::option::of(text())
                .prop_map(|province_field| FieldRule::CommuneCode { province_field }),
            (
                proptest::collection::vec(text(), 0..5),
                proptest::option::of(text())
            )
                .prop_filter("one empty value reads as none", |(v, _)| v.len() != 1
                    || !v[0].is_empty())
                .prop_map(|(options, exclusive)| FieldRule::AnyOf { options, exclusive }),
            (
                any::<bool>(),
                any::<bool>(),
                proptest::option::of(any::<u8>())
            )
                .prop_map(|(past, not_past, min_age)| FieldRule::Date(DateLimits {
                    past,
                    not_past,
                    min_age
                })),
            Just(FieldRule::MustTick),
            (
                proptest::collection::vec("[a-z0-9]{1,5}", 0..4),
                any::<u64>(),
                0usize..1000
            )
                .prop_map(|(accept, max_bytes, max_files)| FieldRule::Files(
                    FileLimits {
                        accept,
                        max_bytes,
                        max_files
                    }
                )),
            (1usize..12).prop_map(|digits| FieldRule::OneTimeCode { digits }),
            Just(FieldRule::Unchecked),
        ]
    }

    proptest! {
        #[test]
        fn every_rule_reads_back_as_written(rule in rule()) {
            prop_assert_eq!(read_rule(&rule_attribute(&rule)), Some(rule));
        }

        #[test]
        fn every_spec_reads_back_as_written(
            name in text(), subject in text(), rule in rule(), optional in any::<bool>(),
            when in proptest::option::of((text(), text())),
        ) {
            let spec = FieldSpec { name, subject, rule, optional, when };
            let attrs = spec_attributes(&spec);
            let read = read_spec(|n| attrs.iter().find(|(a, _)| *a == n).map(|(_, v)| v.clone()));
            prop_assert_eq!(read, Some(spec));
        }

        #[test]
        fn reading_any_text_never_panics(s in "\\PC{0,40}") {
            let _ = read_rule(&s);
        }
    }

    #[test]
    fn writes_the_table_of_the_module() {
        assert_eq!(
            rule_attribute(&FieldRule::Text {
                max_chars: Some(500)
            }),
            "text;max=500"
        );
        assert_eq!(
            rule_attribute(&FieldRule::AnyOf {
                options: vec!["a".into(), "b,c".into()],
                exclusive: Some("b,c".into())
            }),
            "any-of;a,b%2Cc;none=b%2Cc"
        );
        assert_eq!(
            rule_attribute(&FieldRule::Date(DateLimits {
                past: true,
                not_past: false,
                min_age: Some(18)
            })),
            "date;past;min-age=18"
        );
    }

    #[test]
    fn refuses_what_it_never_writes() {
        for bad in [
            "",
            "texte",
            "text;maxi=3",
            "text;max=x",
            "phone;mobile",
            "date;min-age=300",
            "one-of;a%zz",
            "files;pdf",
            "one-time-code;six",
            "email;x",
        ] {
            assert_eq!(read_rule(bad), None, "{bad:?}");
        }
    }
}
