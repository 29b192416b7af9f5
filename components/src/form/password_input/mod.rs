//! `PasswordInput`: a password box with a show/hide button (a real button whose state is
//! announced) and a Caps Lock warning. The component renders; its behaviour is
//! `enhance.js` (`data-dvc-module="password-input"`).

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use {
    super::field::use_field,
    super::submission::server_value,
    crate::i18n::{t, Ui},
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// A password inside a [`Field`](super::Field). `autocomplete` is "current-password" (sign
/// in) or "new-password" (choose one). The show/hide button appears once its behaviour starts.
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::form::PasswordInput;
/// use leptos::prelude::*;
///
/// #[component]
/// fn SignIn() -> impl IntoView {
///     view! { <Field name="password" label="Mật khẩu"><PasswordInput autocomplete="current-password"/></Field> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::password_input`].
#[component]
pub fn PasswordInput(
    #[prop(optional, into, default = "current-password".to_string())] autocomplete: String,
    #[prop(optional, into)] value: Option<RwSignal<String>>,
) -> impl IntoView {
    let field = match use_field("PasswordInput", false) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    // A password is never sent back by the server; one typed before the page became
    // interactive is kept.
    if let Some(typed) = (!crate::SERVER_RENDER)
        .then(|| server_value(&field.input_id))
        .flatten()
    {
        value.set(typed);
    }
    view! {
        <div class="dvc-password-input" data-dvc-module="password-input">
            <div class="dvc-password-input__wrapper">
                <input class="dvc-input dvc-password-input__input" class:dvc-input--error=field.in_error()
                    id=field.input_id.clone() name=field.name.clone() type="password"
                    autocomplete=autocomplete spellcheck="false" autocapitalize="none"
                    aria-describedby=field.aria_describedby()
                    aria-invalid=field.aria_invalid()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))/>
                // Shown by the behaviour: without a script it could do nothing.
                <button type="button" class="dvc-button dvc-button--secondary dvc-password-input__toggle"
                    hidden=true aria-controls=field.input_id.clone() aria-label=t(Ui::ShowPassword)>
                    {t(Ui::Show)}
                </button>
            </div>
            <div class="dvc-visually-hidden" aria-live="polite"></div>
            <div aria-live="polite"></div>
        </div>
    }
    .into_any()
}
