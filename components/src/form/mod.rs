//! Form building blocks: one question's wiring (`Field`), the controls that plug into it
//! and the buttons that submit. Owns markup and accessibility wiring; validation rules
//! belong to `dvc-rules`.

mod button;
mod checkboxes;
mod choice;
mod consent;
mod date_input;
mod error_summary;
mod file_upload;
mod field;
#[allow(clippy::module_inception)]
mod form;
mod model;
mod password_input;
mod radios;
mod select;
mod submission;
mod text_input;
mod textarea;

pub use button::{Button, ButtonKind};
pub use checkboxes::Checkboxes;
pub use choice::Choice;
pub use consent::Consent;
pub use date_input::DateInput;
pub use file_upload::{human_size, ChosenFile, FileUpload};
pub use password_input::PasswordInput;
pub use radios::Radios;
pub use select::Select;
pub use submission::{Checked, Submission, FORM_ID_FIELD};
pub(crate) use submission::restored_value;
pub use textarea::Textarea;
pub use error_summary::ErrorSummary;
pub use field::{use_field, Field, FieldContext};
pub use form::Form;
pub use model::{use_form, FieldError, FormModel, SummaryItem};
pub use text_input::{InputWidth, TextInput, TextInputType};

/// Turns a form field `name` into a safe HTML id: letters, digits, `-` and `_` kept,
/// everything else replaced by `-`, prefixed so it never starts with a digit.
pub fn id_from_name(name: &str) -> String {
    let body: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    format!("dvc-{body}")
}
