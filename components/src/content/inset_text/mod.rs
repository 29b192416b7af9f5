//! `InsetText`: a short passage set apart from the text around it (a quoted rule, what
//! happens next, a reminder), with a border on its left. Not for warnings (`WarningText`)
//! nor for what must be done now (a banner).

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use leptos::prelude::*;

#[cfg(feature = "markup")]
/// Text set apart.
///
/// ```
/// use dvc_ui::content::InsetText;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Note() -> impl IntoView {
///     view! { <InsetText><p>"Hồ sơ được giải quyết trong 3 ngày làm việc."</p></InsetText> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::inset_text`].
#[component]
pub fn InsetText(children: Children) -> impl IntoView {
    view! { <div class="dvc-inset dvc-inset-text">{children()}</div> }
}
