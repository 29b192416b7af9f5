//! `SignInChooser`: the one sign-in page every province shows. "Đăng nhập bằng tài khoản
//! định danh điện tử (VNeID)" first, as a start button; then, when the portal has one,
//! its own account. When the procedure needs a level 2 account, it says so before the
//! citizen leaves the portal, and what to do without one. Each way is a real link: it
//! works without JavaScript (the server starts the sign-in and redirects).

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// The ways to sign in.
///
/// ```
/// use dvc_ui::identity::SignInChooser;
/// use leptos::prelude::*;
///
/// #[component]
/// fn SignIn() -> impl IntoView {
///     view! {
///         <h1>"Đăng nhập để nộp hồ sơ"</h1>
///         <SignInChooser vneid_href="/dang-nhap/vneid?muc=2" level_two=true account_href="/dang-nhap/tai-khoan"/>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::sign_in_chooser`].
#[component]
pub fn SignInChooser(
    /// Where the server starts the sign-in with the national identity provider.
    #[prop(into)]
    vneid_href: String,
    /// The procedure needs a level 2 account (registered in person): said before leaving.
    #[prop(optional)]
    level_two: bool,
    /// The portal's own account sign-in, when it has one.
    #[prop(optional, into)]
    account_href: Option<String>,
) -> impl IntoView {
    let level = level_two.then(|| {
        view! {
            <div class="dvc-inset">
                <p>{t(Ui::SignInLevelTwo)}</p>
                <p>{t(Ui::SignInLevelTwoHow)}</p>
            </div>
        }
    });
    let account = account_href.map(|href| {
        view! {
            <p class="dvc-sign-in__or">{t(Ui::Or)}</p>
            <p><a href=href>{t(Ui::SignInWithAccount)}</a></p>
        }
    });
    view! {
        <div class="dvc-sign-in">
            {level}
            <p>
                <a class="dvc-button dvc-button--start" href=vneid_href draggable="false">
                    {t(Ui::SignInWithVneid)}
                </a>
            </p>
            {account}
        </div>
    }
}
