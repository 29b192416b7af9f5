//! `Breadcrumbs`: where a page sits in the portal ("Trang chủ › Hồ sơ của tôi › …"), as a
//! navigation landmark named "Đường dẫn" with an ordered list of links; the current page,
//! when shown, is text with `aria-current="page"`. Not on the pages of a procedure (their
//! way back is `BackLink`).

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::{t, Ui};
#[cfg(feature = "markup")]
use leptos::prelude::*;

/// One step of the path: its words and its address (none: the current page).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    pub text: String,
    pub href: Option<String>,
}

impl Crumb {
    /// A step that links to `href`.
    pub fn link(text: impl Into<String>, href: impl Into<String>) -> Crumb {
        Crumb {
            text: text.into(),
            href: Some(href.into()),
        }
    }

    /// The current page (not a link).
    pub fn here(text: impl Into<String>) -> Crumb {
        Crumb {
            text: text.into(),
            href: None,
        }
    }
}

#[cfg(feature = "markup")]
/// The path to this page.
///
/// ```
/// use dvc_ui::content::{Breadcrumbs, Crumb};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Path() -> impl IntoView {
///     view! { <Breadcrumbs crumbs=vec![Crumb::link("Trang chủ", "/"), Crumb::link("Hồ sơ của tôi", "/ho-so")]/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::breadcrumbs`].
#[component]
pub fn Breadcrumbs(crumbs: Vec<Crumb>) -> impl IntoView {
    let items = crumbs
        .into_iter()
        .map(|c| match c.href {
            Some(href) => view! {
                <li class="dvc-breadcrumbs__item"><a class="dvc-breadcrumbs__link" href=href>{c.text}</a></li>
            }
            .into_any(),
            None => view! {
                <li class="dvc-breadcrumbs__item" aria-current="page">{c.text}</li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <nav class="dvc-breadcrumbs" aria-label=t(Ui::BreadcrumbsLabel)>
            <ol class="dvc-breadcrumbs__list">{items}</ol>
        </nav>
    }
}
