//! `AccountSignIn`: signing in with the portal's own account, for citizens without VNeID:
//! the 12-digit personal identification number as the user name and the password, as a
//! password manager expects them (`autocomplete="username"` / `"current-password"`), a
//! "Quên mật khẩu?" link when the portal has a way to reset it, and "Đăng nhập". Goes
//! inside the portal's [`Form`](crate::form::Form), which posts it to the server. The
//! server decides: a wrong pair is one message that never says which half was wrong
//! (`ProblemCode::SignInWrong`), and after repeated failures it says how long to wait
//! (`ProblemCode::SignInLocked`); both come back as the ID number's error, with every
//! answer kept but the password.

pub(crate) mod examples;

use crate::form::{Button, Field, InputWidth, PasswordInput, TextInput};
use crate::i18n::{use_locale, Ui};
use dvc_rules::form::FieldRule;
use leptos::prelude::*;

/// The ID number, the password, the forgotten-password link and the button.
///
/// ```
/// use dvc_ui::identity::AccountSignIn;
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn PortalAccount() -> impl IntoView {
///     view! {
///         <Form id="account">
///             <AccountSignIn id_name="username" password_name="password" forgot_href="/quen-mat-khau"/>
///         </Form>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::account_sign_in`].
#[component]
pub fn AccountSignIn(
    /// The name the ID number is posted under.
    #[prop(into)]
    id_name: String,
    /// The name the password is posted under.
    #[prop(into)]
    password_name: String,
    /// The portal's "forgot password" page, when it has one.
    #[prop(optional, into)]
    forgot_href: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let forgot = forgot_href.map(|href| view! { <p class="dvc-account-sign-in__forgot"><a href=href>{Ui::ForgotPassword.text(locale)}</a></p> });
    view! {
        <div class="dvc-account-sign-in">
            <Field name=id_name label=Ui::IdLabel.text(locale) hint=Ui::IdHint.text(locale)
                rule=FieldRule::CitizenId { allow_old_card: false, birth_date_field: None, sex_field: None }>
                <TextInput inputmode="numeric".to_string() autocomplete="username" spellcheck=false width=InputWidth::Chars20/>
            </Field>
            <Field name=password_name label=Ui::PasswordLabel.text(locale) rule=FieldRule::Text { max_chars: Some(128) }>
                <PasswordInput autocomplete="current-password"/>
            </Field>
            {forgot}
            <Button>{Ui::SignIn.text(locale)}</Button>
        </div>
    }
}
