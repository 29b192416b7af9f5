//! `PasswordInput`: a password box with a show/hide button (a real button whose state is
//! announced) and a Caps Lock warning.

pub(crate) mod examples;

use super::field::use_field;
use super::submission::server_value;
use crate::i18n::{t, Ui};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// A password inside a [`Field`](super::Field). `autocomplete` is "current-password" (sign
/// in) or "new-password" (choose one). The show/hide button appears once WebAssembly runs.
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
    let shown = RwSignal::new(false);
    let enhanced = crate::use_enhanced();
    let caps = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    let (show, hide, show_label, hide_label) = (
        t(Ui::Show),
        t(Ui::Hide),
        t(Ui::ShowPassword),
        t(Ui::HidePassword),
    );
    let (now_shown, now_hidden, caps_text) = (
        t(Ui::PasswordShown),
        t(Ui::PasswordHidden),
        t(Ui::CapsLockOn),
    );
    let caps_id = format!("{}-caps", field.input_id);
    let caps_ref = caps_id.clone();
    let described = field
        .aria_describedby_with(move || caps.get().then(|| caps_ref.clone()).into_iter().collect());
    let check_caps = move |ev: KeyboardEvent| caps.set(ev.get_modifier_state("CapsLock"));
    view! {
        <div class="dvc-password-input">
            <div class="dvc-password-input__wrapper">
                <input class="dvc-input dvc-password-input__input" class:dvc-input--error=field.in_error()
                    id=field.input_id.clone() name=field.name.clone()
                    type=move || if shown.get() { "text" } else { "password" }
                    autocomplete=autocomplete spellcheck="false" autocapitalize="none"
                    aria-describedby=described
                    aria-invalid=field.aria_invalid()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                    on:keydown=check_caps on:keyup=check_caps/>
                <button type="button" class="dvc-button dvc-button--secondary dvc-password-input__toggle"
                    hidden=move || !enhanced.get()
                    aria-controls=field.input_id.clone()
                    aria-label=move || if shown.get() { hide_label } else { show_label }
                    on:click=move |_| {
                        let now = !shown.get_untracked();
                        shown.set(now);
                        announcement.set(if now { now_shown } else { now_hidden }.to_string());
                    }>
                    {move || if shown.get() { hide } else { show }}
                </button>
            </div>
            <div class="dvc-visually-hidden" aria-live="polite">{move || announcement.get()}</div>
            <div aria-live="polite">
                {move || caps.get().then(|| view! { <p class="dvc-password-input__caps" id=caps_id.clone()>{caps_text}</p> })}
            </div>
        </div>
    }
    .into_any()
}
