//! `ServiceNavigation`: the links of one service (a portal's "Hồ sơ của tôi", "Tra cứu hồ
//! sơ", "Thủ tục"; an officer's "Hồ sơ chờ xử lý", "Đã xử lý"), under the header, with the
//! service's name first when the header does not carry it. A region named "Thông tin dịch
//! vụ" holding a navigation landmark named "Trình đơn"; the current page's link has
//! `aria-current="page"` and is bold and underlined in colour (never colour alone). No
//! behaviour: on a narrow screen the links wrap onto lines of their own, so every link is
//! there without JavaScript and no "Menu" button hides them.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::{t, Ui};
#[cfg(feature = "markup")]
use leptos::prelude::*;

/// One link of the service's navigation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NavItem {
    pub text: String,
    pub href: String,
    /// The page being shown (or a page below it): marked as current.
    pub current: bool,
}

impl NavItem {
    /// A link to `href`.
    pub fn link(text: impl Into<String>, href: impl Into<String>) -> NavItem {
        NavItem {
            text: text.into(),
            href: href.into(),
            current: false,
        }
    }

    /// The link of the page being shown.
    pub fn current(text: impl Into<String>, href: impl Into<String>) -> NavItem {
        NavItem {
            current: true,
            ..NavItem::link(text, href)
        }
    }
}

#[cfg(feature = "markup")]
/// The service's links, after the header.
///
/// ```
/// use dvc_ui::layout::{NavItem, ServiceNavigation};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Links() -> impl IntoView {
///     view! {
///         <ServiceNavigation items=vec![
///             NavItem::current("Hồ sơ của tôi", "/ho-so"),
///             NavItem::link("Tra cứu hồ sơ", "/tra-cuu"),
///         ]/>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::service_navigation`].
#[component]
pub fn ServiceNavigation(
    /// The links, in order.
    items: Vec<NavItem>,
    /// The service's name, first in the bar (when the header does not show it).
    #[prop(optional, into)]
    service_name: Option<String>,
    /// Where the service's name links (its start page).
    #[prop(optional, into)]
    service_href: Option<String>,
) -> impl IntoView {
    let name = service_name.map(|name| {
        view! {
            <span class="dvc-service-navigation__service">
                <a class="dvc-service-navigation__link" href=service_href.unwrap_or_default()>{name}</a>
            </span>
        }
    });
    let links = items
        .into_iter()
        .map(|item| {
            let class = if item.current {
                "dvc-service-navigation__item dvc-service-navigation__item--current"
            } else {
                "dvc-service-navigation__item"
            };
            view! {
                <li class=class>
                    <a class="dvc-service-navigation__link" href=item.href aria-current=item.current.then_some("page")>{item.text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="dvc-service-navigation" aria-label=t(Ui::ServiceInformation)>
            <div class="dvc-width-container dvc-service-navigation__container">
                {name}
                <nav class="dvc-service-navigation__nav" aria-label=t(Ui::ServiceMenu)>
                    <ul class="dvc-service-navigation__list">{links}</ul>
                </nav>
            </div>
        </section>
    }
}
