//! Form building blocks: one question's wiring (`Field`), the controls that plug into it
//! and the buttons that submit. Owns markup and accessibility wiring; validation rules
//! belong to `dvc-rules`.

mod button;
mod field;
mod text_input;

pub use button::{Button, ButtonKind};
pub use field::{Field, FieldContext};
pub use text_input::{InputWidth, TextInput, TextInputType};

/// Turns a form field `name` into a safe HTML id: letters, digits, `-` and `_` kept,
/// everything else replaced by `-`, prefixed so it never starts with a digit.
pub(crate) fn id_from_name(name: &str) -> String {
    let body: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    format!("dvc-{body}")
}
