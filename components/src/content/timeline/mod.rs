//! `Timeline`: what happened to a dossier, newest first — each event what happened, who
//! did it in words (an office, "Bộ phận Một cửa UBND phường Ba Đình", never a person's
//! private data) and when, with an optional detail (the reason more papers are needed).
//! An ordered list with a heading per event, so a screen reader can move event by event.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use leptos::prelude::*;

/// One event of a dossier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// What happened ("Cần bổ sung giấy tờ").
    pub what: String,
    /// Who, in words: an office or "Bạn".
    pub who: String,
    /// When, as the citizen reads it ("9:15, 05/12/2026").
    pub when: String,
    /// The machine-readable time for `<time datetime>` ("2026-12-05T09:15+07:00").
    pub datetime: String,
    /// More: a reason, a deadline.
    pub detail: Option<String>,
}

#[cfg(feature = "markup")]
/// A dossier's events, newest first.
///
/// ```
/// use dvc_ui::content::{Event, Timeline};
/// use leptos::prelude::*;
///
/// #[component]
/// fn History() -> impl IntoView {
///     view! {
///         <Timeline events=vec![Event {
///             what: "Đã tiếp nhận".into(),
///             who: "Bộ phận Một cửa UBND phường Ba Đình".into(),
///             when: "9:15, 05/12/2026".into(),
///             datetime: "2026-12-05T09:15+07:00".into(),
///             detail: None,
///         }]/>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::timeline`].
#[component]
pub fn Timeline(
    events: Vec<Event>,
    /// The level of each event's heading (3 by default: under the page's `h2`).
    #[prop(optional, default = 3)]
    heading_level: u8,
) -> impl IntoView {
    let items = events
        .into_iter()
        .map(|e| {
            let title = match heading_level {
                2 => view! { <h2 class="dvc-timeline__title">{e.what}</h2> }.into_any(),
                4 => view! { <h4 class="dvc-timeline__title">{e.what}</h4> }.into_any(),
                _ => view! { <h3 class="dvc-timeline__title">{e.what}</h3> }.into_any(),
            };
            view! {
                <li class="dvc-timeline__item">
                    {title}
                    <p class="dvc-timeline__byline">{e.who}", "<time datetime=e.datetime>{e.when}</time></p>
                    {e.detail.map(|d| view! { <p class="dvc-timeline__detail">{d}</p> })}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="dvc-timeline">{items}</ol> }
}
