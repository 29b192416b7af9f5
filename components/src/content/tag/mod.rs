//! `Tag`: a dossier's status in a word or two ("Đang xử lý", "Cần bổ sung"), in a colour
//! that goes with it. The words always say the status: the colour only repeats it (never
//! colour alone, WCAG 1.4.1), and every colour pair passes AA contrast.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use leptos::prelude::*;

/// The colour of a tag, by what the status means.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagColour {
    /// Waiting, not started, closed (grey).
    #[default]
    Grey,
    /// Received, in progress (blue).
    Blue,
    /// Done, approved, result ready (green).
    Green,
    /// Needs the citizen: more papers, payment due (yellow).
    Yellow,
    /// Refused, overdue (red).
    Red,
}

impl TagColour {
    pub(crate) fn class(self) -> &'static str {
        match self {
            TagColour::Grey => "dvc-tag dvc-tag--grey",
            TagColour::Blue => "dvc-tag dvc-tag--blue",
            TagColour::Green => "dvc-tag dvc-tag--green",
            TagColour::Yellow => "dvc-tag dvc-tag--yellow",
            TagColour::Red => "dvc-tag dvc-tag--red",
        }
    }
}

#[cfg(feature = "markup")]
/// A status tag.
///
/// ```
/// use dvc_ui::content::{Tag, TagColour};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Status() -> impl IntoView {
///     view! { <Tag colour=TagColour::Yellow>"Cần bổ sung"</Tag> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::tag`].
#[component]
pub fn Tag(
    /// The colour that goes with the status (grey by default).
    #[prop(optional)]
    colour: TagColour,
    /// The status, in words.
    children: Children,
) -> impl IntoView {
    view! { <strong class=colour.class()>{children()}</strong> }
}
