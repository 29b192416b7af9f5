//! `NotificationBanner`: a message at the top of a page, before its heading. Information
//! ("Thông báo quan trọng": a deadline, a service closed for upkeep) is a region named by
//! its title; success (after an action: "Đã gửi giấy tờ bổ sung") is an alert, and its
//! behaviour moves focus to it when the page loads, so a screen reader reads it first
//! (GOV.UK's banner). Without a script the alert is still read out as the page loads.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::{t, Ui};
#[cfg(feature = "markup")]
use leptos::prelude::*;

#[cfg(feature = "markup")]
/// Which banner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BannerKind {
    /// Something the citizen should know (a region).
    #[default]
    Information,
    /// An action just succeeded (an alert that takes focus).
    Success,
}

#[cfg(feature = "markup")]
/// A banner.
///
/// ```
/// use dvc_ui::content::{BannerKind, NotificationBanner};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Sent() -> impl IntoView {
///     view! {
///         <NotificationBanner kind=BannerKind::Success id="da-gui">
///             <h3 class="dvc-notification-banner__heading">"Đã gửi giấy tờ bổ sung"</h3>
///         </NotificationBanner>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::notification_banner`].
#[component]
pub fn NotificationBanner(
    #[prop(optional)] kind: BannerKind,
    /// The banner's id (its title's is this + "-title"); unique on the page.
    #[prop(into)]
    id: String,
    /// The title (default: "Thông báo quan trọng" or "Thành công").
    #[prop(optional, into)]
    title: Option<String>,
    children: Children,
) -> impl IntoView {
    let success = kind == BannerKind::Success;
    let title = title.unwrap_or_else(|| {
        t(if success {
            Ui::BannerSuccess
        } else {
            Ui::BannerImportant
        })
        .to_string()
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <div class=if success { "dvc-notification-banner dvc-notification-banner--success" } else { "dvc-notification-banner" }
            id=id role=if success { "alert" } else { "region" } aria-labelledby=labelled_by
            data-dvc-module=success.then_some("notification-banner")>
            <div class="dvc-notification-banner__header">
                <h2 class="dvc-notification-banner__title" id=title_id>{title}</h2>
            </div>
            <div class="dvc-notification-banner__content">{children()}</div>
        </div>
    }
}
