//! `HandOffCode`: the short code a citizen reads to the officer at a one-stop counter to
//! hand over their draft (the engine's counter page, `ProcedureScreen`'s
//! `Screen::Counter`): what it is, the code large and spaced in threes for reading aloud,
//! and until when it works. A panel with a border, not a colour alone; no script.

pub(crate) mod examples;

use crate::i18n::use_locale;
use dvc_rules::Locale;
use leptos::prelude::*;

/// The code panel.
///
/// ```
/// use dvc_ui::flow::HandOffCode;
/// use leptos::prelude::*;
///
/// let html = Owner::new().with(|| view! { <HandOffCode code="482 913" until="10:52"/> }.to_html());
/// assert!(html.contains("482 913"));
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::hand_off_code`].
#[component]
pub fn HandOffCode(
    /// The code as read aloud ("482 913").
    #[prop(into)]
    code: String,
    /// When it stops working, in Viet Nam's time ("10:52").
    #[prop(into)]
    until: String,
) -> impl IntoView {
    let (yours, works) = match use_locale() {
        Locale::Vi => ("Mã của bạn", "Dùng được một lần, đến "),
        Locale::En => ("Your code", "Works once, until "),
    };
    view! {
        <div class="dvc-hand-off-code">
            <p class="dvc-body">{yours}</p>
            <p class="dvc-hand-off-code__code">{code}</p>
            <p class="dvc-body">{works}<strong>{until}</strong>"."</p>
        </div>
    }
}
