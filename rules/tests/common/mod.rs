//! What the rules' integration tests share: one question of each kind, with the fields
//! some of them read beside them.

use dvc_rules::date::DateLimits;
use dvc_rules::form::{FieldRule, FieldSpec};

/// A name, an identification number (reading the birth date and sex beside it), a date
/// of birth (18 or older), an amount, an email, a phone and a tax code.
pub fn specs() -> Vec<FieldSpec> {
    vec![
        FieldSpec::new("a", "a", FieldRule::Name),
        FieldSpec::new(
            "b",
            "b",
            FieldRule::CitizenId {
                allow_old_card: true,
                birth_date_field: Some("c".into()),
                sex_field: Some("s".into()),
            },
        ),
        FieldSpec::new(
            "c",
            "c",
            FieldRule::Date(DateLimits {
                past: true,
                not_past: false,
                min_age: Some(18),
            }),
        ),
        FieldSpec::new("d", "d", FieldRule::Money),
        FieldSpec::new("e", "e", FieldRule::Email),
        FieldSpec::new(
            "p",
            "p",
            FieldRule::Phone {
                allow_landline: true,
            },
        ),
        FieldSpec::new("t", "t", FieldRule::TaxCode),
    ]
}
