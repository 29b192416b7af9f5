//! `use_field`: how a control finds its [`Field`](super::Field) and wires itself to it.
//! Owns the one "must be inside a Field" guard and the `aria-describedby` /
//! `aria-invalid` / error-class signals every control spreads onto its element, so no
//! control writes them by hand.

use super::FieldContext;
use leptos::prelude::*;

/// The [`FieldContext`] of the enclosing [`Field`](super::Field), or, when there is none
/// (or the control needs a group and the field is not one), a visible developer error to
/// render instead of an unlabelled control.
///
/// ```
/// use dvc_ui::form::{use_field, Field};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Colour() -> impl IntoView {
///     let field = match use_field("Colour", false) {
///         Ok(field) => field,
///         Err(problem) => return problem,
///     };
///     view! {
///         <input id=field.input_id.clone() name=field.name.clone()
///             aria-describedby=field.aria_describedby() aria-invalid=field.aria_invalid()/>
///     }
///     .into_any()
/// }
///
/// #[component]
/// fn ColourQuestion() -> impl IntoView {
///     view! { <Field name="colour" label="Màu"><Colour/></Field> }
/// }
/// ```
pub fn use_field(component: &'static str, needs_group: bool) -> Result<FieldContext, AnyView> {
    match use_context::<FieldContext>() {
        Some(field) if field.group || !needs_group => Ok(field),
        _ => {
            let place = if needs_group {
                "Field group=true"
            } else {
                "Field"
            };
            let message = format!("dvc-ui: {component} phải nằm trong một {place} ({component} must be inside a {place}).");
            Err(view! { <p class="dvc-error-message">{message}</p> }.into_any())
        }
    }
}

impl FieldContext {
    /// `aria-describedby` for the control (hint, then the error while there is one; none
    /// inside a group, whose fieldset carries it).
    pub fn aria_describedby(&self) -> Signal<Option<String>> {
        self.aria_describedby_with(|| Vec::new())
    }

    /// [`aria_describedby`](Self::aria_describedby) followed by the control's own
    /// descriptions (a character count, a Caps Lock warning), tracked.
    pub fn aria_describedby_with(
        &self,
        extra: impl Fn() -> Vec<String> + Send + Sync + 'static,
    ) -> Signal<Option<String>> {
        let field = self.clone();
        Signal::derive(move || {
            let mut ids: Vec<String> = field.control_described_by().into_iter().collect();
            ids.extend(extra());
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    }

    /// `aria-invalid="true"` while the question is in error, absent otherwise.
    pub fn aria_invalid(&self) -> Signal<Option<&'static str>> {
        let field = self.clone();
        Signal::derive(move || field.has_error().then_some("true"))
    }

    /// Whether the question is in error, as a signal for a `class:…--error` modifier.
    pub fn in_error(&self) -> Signal<bool> {
        let field = self.clone();
        Signal::derive(move || field.has_error())
    }
}
