//! Form building blocks: one question's wiring (`Field`), the controls that plug into it
//! and the buttons that submit. Owns markup and accessibility wiring; validation rules
//! belong to `dvc-rules`.

pub(crate) mod button;
pub(crate) mod checkboxes;
pub(crate) mod choice;
pub(crate) mod consent;
pub(crate) mod date_input;
pub(crate) mod error_summary;
pub(crate) mod field;
pub(crate) mod file_upload;
#[allow(clippy::module_inception)]
pub(crate) mod form;
pub(crate) mod model;
pub(crate) mod password_input;
pub(crate) mod radios;
pub(crate) mod select;
pub(crate) mod submission;
pub(crate) mod text_input;
pub(crate) mod textarea;

pub use button::{Button, ButtonKind};
pub use checkboxes::Checkboxes;
pub use choice::Choice;
pub use consent::Consent;
pub use date_input::DateInput;
pub use error_summary::ErrorSummary;
pub use field::{use_field, Field, FieldContext};
pub use file_upload::{human_size, ChosenFile, FileUpload};
pub use form::autosave::AUTOSAVE;
pub use form::retry::NotSent;
pub use form::Form;
pub use model::{use_form, FieldError, FormModel, SummaryItem};
pub use password_input::PasswordInput;
pub use radios::Radios;
pub use select::Select;
pub(crate) use submission::restored_value;
pub use submission::{Checked, Submission, ACTION_FIELD, FORM_ID_FIELD};
pub use text_input::{InputWidth, TextInput, TextInputType};
pub use textarea::Textarea;

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
