//! `SignedIn`: who is signed in and the way out, for the header of every page. The name
//! as the identity record has it (as text, never markup) and a "Đăng xuất" button in a
//! form that posts to the server (a link would let any page sign the citizen out with a
//! GET, and works the same without JavaScript).

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// The signed-in citizen's name and the sign-out button.
///
/// ```
/// use dvc_ui::identity::SignedIn;
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Top() -> impl IntoView {
///     view! {
///         <Header portal_name="Cổng dịch vụ công tỉnh Lào Cai">
///             <SignedIn name="Nguyễn Văn An" sign_out_action="/dang-xuat"/>
///         </Header>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::signed_in`].
#[component]
pub fn SignedIn(
    /// The citizen's full name.
    #[prop(into)]
    name: String,
    /// Where the sign-out form posts.
    #[prop(into)]
    sign_out_action: String,
) -> impl IntoView {
    view! {
        <div class="dvc-signed-in">
            <p class="dvc-signed-in__name">
                <span class="dvc-visually-hidden">{t(Ui::SignedInAs)}</span>
                {name}
            </p>
            <form class="dvc-signed-in__form" method="post" action=sign_out_action>
                <button type="submit" class="dvc-signed-in__button">{t(Ui::SignOut)}</button>
            </form>
        </div>
    }
}
