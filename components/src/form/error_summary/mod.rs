//! `ErrorSummary`: the list of problems at the top of a form after a failed submit. It takes
//! focus (its `alert` is on a child, so focus and announcement don't race), also when it is
//! on the page as it loads (a page the server rendered with errors); each link focuses the
//! question's control and scrolls its label or legend into view. The box itself has no
//! role, so no name: focused, a screen reader reads what is in it, title first.

pub(crate) mod examples;

use super::model::SummaryItem;
use crate::i18n::{t, Ui};
use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    // Already on the page when it loads: focused once the page can respond (GOV.UK Frontend
    // does the same). Later problems are focused by the form that found them.
    if !crate::SERVER_RENDER {
        let id = id.clone();
        Effect::new(move |_| {
            if !items.with_untracked(Vec::is_empty) {
                super::form::focus_by_id(&id);
            }
        });
    }
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="dvc-error-summary" id=id.clone() tabindex="-1">
                    <div role="alert">
                        <h2 class="dvc-error-summary__title" id=title_id.clone()>{title}</h2>
                        <ul class="dvc-error-summary__list">
                            {list.into_iter().map(|item| {
                                let target = item.target.clone();
                                view! {
                                    <li>
                                        <a href=format!("#{}", item.target) on:click=move |ev: MouseEvent| {
                                            ev.prevent_default();
                                            focus_question(&target);
                                        }>{item.message}</a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

/// Focuses the control with `id` and scrolls its legend (or label) to the top, so the
/// question is read in full (GOV.UK's behaviour).
pub(crate) fn focus_question(id: &str) {
    let doc = document();
    let Some(input) = doc.get_element_by_id(id) else {
        return;
    };
    let heading = input
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fs| fs.query_selector("legend").ok().flatten())
        .or_else(|| {
            doc.query_selector(&format!("label[for=\"{id}\"]"))
                .ok()
                .flatten()
        });
    if let Some(el) = input.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
    if let Some(h) = heading {
        h.scroll_into_view();
    }
}
