//! `TextInput`: a single-line text control that wires itself to its [`Field`](super::Field).
//! Owns the `<input>` markup and its binding to a signal; never truncates what was typed.

pub(crate) mod examples;

use super::field::use_field;
use super::submission::restored_value;
use leptos::prelude::*;

/// The kind of single-line text being asked for. Never `number`: identifiers such as ID
/// numbers and phone numbers are text typed with a numeric keyboard (`inputmode`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TextInputType {
    #[default]
    Text,
    Email,
    Tel,
    Password,
}

impl TextInputType {
    fn as_attr(self) -> &'static str {
        match self {
            TextInputType::Text => "text",
            TextInputType::Email => "email",
            TextInputType::Tel => "tel",
            TextInputType::Password => "password",
        }
    }
}

/// How wide the box is, matched to the expected length of the answer (a box's width is a
/// hint of what is expected). `Full` fills the column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputWidth {
    #[default]
    Full,
    /// About 20 characters.
    Chars20,
    /// About 10 characters.
    Chars10,
    /// About 5 characters.
    Chars5,
    /// About 2 characters.
    Chars2,
}

impl InputWidth {
    fn class(self) -> &'static str {
        match self {
            InputWidth::Full => "dvc-input--width-full",
            InputWidth::Chars20 => "dvc-input--width-20",
            InputWidth::Chars10 => "dvc-input--width-10",
            InputWidth::Chars5 => "dvc-input--width-5",
            InputWidth::Chars2 => "dvc-input--width-2",
        }
    }
}

/// A text box inside a [`Field`](super::Field): takes its id, name, hint and error from
/// the field, so the caller cannot forget a label or an error link.
///
/// `value` is two-way: what the citizen types is written to it, and setting it updates
/// the box. The initial value is also rendered as the `value` attribute, so a
/// server-rendered page shows it before WebAssembly loads.
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Phone() -> impl IntoView {
///     let phone = RwSignal::new(String::new());
///     view! {
///         <Field name="phone" label="Số điện thoại" hint="Ví dụ: 0912 345 678">
///             <TextInput input_type=TextInputType::Tel autocomplete="tel" inputmode="tel"
///                 width=InputWidth::Chars20 value=phone/>
///         </Field>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::text_input`].
#[component]
pub fn TextInput(
    /// The kind of text (`text`, `email`, `tel`, `password`).
    #[prop(optional)]
    input_type: TextInputType,
    /// The `autocomplete` token, e.g. "name", "email", "tel", or "off".
    #[prop(optional, into)]
    autocomplete: Option<String>,
    /// The on-screen keyboard to show, e.g. "numeric", "tel", "email".
    #[prop(optional, into)]
    inputmode: MaybeProp<String>,
    /// Spell-checking: off for names, codes and addresses (default: the browser's choice).
    #[prop(optional, into)]
    spellcheck: Option<bool>,
    /// The width class for the expected length.
    #[prop(optional)]
    width: InputWidth,
    /// The answer, two-way bound.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// Greyed out and not posted. Prefer not disabling: say why a question is not needed.
    #[prop(optional, into)]
    disabled: MaybeProp<bool>,
    /// Text shown before the box, e.g. "+84". Decoration only (`aria-hidden`): say the same
    /// in the label or hint if a screen reader user needs it.
    #[prop(optional, into)]
    prefix: MaybeProp<String>,
    /// Text shown after the box, e.g. "₫".
    #[prop(optional, into)]
    suffix: MaybeProp<String>,
) -> impl IntoView {
    let field = match use_field("TextInput", false) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    if let Some(v) = restored_value(&field.input_id, &field.name) {
        value.set(v);
    }
    let initial = value.get_untracked();
    let class = format!("dvc-input {}", width.class());

    let input = view! {
        <input
            class=class
            class:dvc-input--error=field.in_error()
            id=field.input_id.clone()
            name=field.name.clone()
            type=input_type.as_attr()
            autocomplete=autocomplete
            inputmode=move || inputmode.get()
            spellcheck=spellcheck.map(|s| if s { "true" } else { "false" })
            aria-describedby=field.aria_describedby()
            aria-invalid=field.aria_invalid()
            disabled=move || disabled.get().unwrap_or(false)
            value=initial
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    };
    let (prefix, suffix) = (prefix.get_untracked(), suffix.get_untracked());
    if prefix.is_none() && suffix.is_none() {
        return input.into_any();
    }
    view! {
        <div class="dvc-input-wrapper">
            {prefix.map(|p| view! { <div class="dvc-input__prefix" aria-hidden="true">{p}</div> })}
            {input}
            {suffix.map(|s| view! { <div class="dvc-input__suffix" aria-hidden="true">{s}</div> })}
        </div>
    }
    .into_any()
}
