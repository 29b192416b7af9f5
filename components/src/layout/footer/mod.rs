//! `Footer`: the `contentinfo` landmark at the bottom of every page.

pub(crate) mod examples;

use leptos::prelude::*;

/// The bottom of every page: who runs the portal, contact and policy links (as children).
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Bottom() -> impl IntoView {
///     view! { <Footer><p>"Văn phòng UBND tỉnh"</p></Footer> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::footer`].
#[component]
pub fn Footer(children: Children) -> impl IntoView {
    view! {
        <footer class="dvc-footer">
            <div class="dvc-width-container">{children()}</div>
        </footer>
    }
}
