//! Form building blocks: one question's wiring (`Field`), the controls that plug into it
//! and the buttons that submit. Owns markup and accessibility wiring; validation rules
//! belong to `dvc-rules`.

#[cfg(feature = "markup")]
pub(crate) mod button;
#[cfg(feature = "markup")]
pub(crate) mod checkboxes;
#[cfg(feature = "markup")]
pub(crate) mod choice;
#[cfg(feature = "markup")]
pub(crate) mod consent;
#[cfg(feature = "markup")]
pub(crate) mod date_input;
#[cfg(feature = "markup")]
pub(crate) mod error_summary;
#[cfg(feature = "markup")]
pub(crate) mod field;
#[cfg(feature = "markup")]
pub(crate) mod file_upload;
#[allow(clippy::module_inception)]
#[cfg(feature = "markup")]
pub(crate) mod form;
#[cfg(feature = "markup")]
pub(crate) mod model;
#[cfg(feature = "markup")]
pub(crate) mod password_input;
#[cfg(feature = "markup")]
pub(crate) mod radios;
#[cfg(feature = "markup")]
pub(crate) mod select;
pub(crate) mod submission;
#[cfg(feature = "markup")]
pub(crate) mod text_input;
#[cfg(feature = "markup")]
pub(crate) mod textarea;

#[cfg(feature = "markup")]
pub(crate) use self::submission::restored_value;
pub use self::submission::{ACTION_FIELD, FORM_ID_FIELD};
#[cfg(feature = "markup")]
pub use self::{
    button::{Button, ButtonKind},
    checkboxes::Checkboxes,
    choice::Choice,
    consent::Consent,
    date_input::DateInput,
    error_summary::ErrorSummary,
    field::{use_field, Field, FieldContext},
    file_upload::{human_size, Accept, ChosenFile, FileUpload},
    form::retry::NotSent,
    form::Form,
    form::AUTOSAVE,
    model::{use_form, FieldError, FormModel, SummaryItem},
    password_input::PasswordInput,
    radios::Radios,
    select::Select,
    submission::{Checked, Submission},
    text_input::{InputWidth, TextInput, TextInputType},
    textarea::Textarea,
};

/// Turns a form field `name` into a safe HTML id: letters, digits, `-` and `_` kept,
/// everything else replaced by `-`, prefixed so it never starts with a digit.
pub fn id_from_name(name: &str) -> String {
    let body: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("dvc-{body}")
}
