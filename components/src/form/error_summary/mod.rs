//! `ErrorSummary`: the list of problems at the top of a form after a failed submit. It takes
//! focus (its `alert` is on a child, so focus and announcement don't race), also when it is
//! on the page as it loads (a page the server rendered with errors); each link focuses the
//! question's control and scrolls its label or legend into view. The box itself has no
//! role, so no name: focused, a screen reader reads what is in it, title first.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use {
    super::model::SummaryItem,
    crate::i18n::{t, Ui},
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// The summary box. Inside a [`Form`](super::Form) it is placed and filled for you; use it
/// directly for errors a server found (a page rendered after a no-JavaScript post).
///
/// ```
/// use dvc_ui::form::{ErrorSummary, SummaryItem};
/// use leptos::prelude::*;
///
/// #[component]
/// fn ServerErrors() -> impl IntoView {
///     let items = vec![SummaryItem { target: "dvc-full_name".into(), message: "Nhập họ và tên".into() }];
///     view! { <ErrorSummary items=Signal::stored(items)/> }
/// }
/// ```
///
/// Its behaviour (`enhance.rs`, `data-dvc-module="error-summary"`) is started by
/// [`crate::enhance`].
///
/// Every named example, compiled: [`crate::examples::gallery::error_summary`].
#[component]
pub fn ErrorSummary(
    /// The problems, in page order. Nothing is shown while empty.
    #[prop(into)]
    items: Signal<Vec<SummaryItem>>,
    /// The id of the box (to focus it).
    #[prop(optional, into, default = "dvc-error-summary".to_string())]
    id: String,
) -> impl IntoView {
    let title = t(Ui::ErrorSummaryTitle);
    let title_id = format!("{id}-title");
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="dvc-error-summary" id=id.clone() tabindex="-1" data-dvc-module="error-summary">
                    <div role="alert">
                        <h2 class="dvc-error-summary__title" id=title_id.clone()>{title}</h2>
                        <ul class="dvc-error-summary__list">
                            {list.into_iter().map(|item| view! {
                                <li><a href=format!("#{}", item.target)>{item.message}</a></li>
                            }).collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}
