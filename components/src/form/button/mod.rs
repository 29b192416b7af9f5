//! `Button`: the kit's one button, in its kinds, with a guard against submitting twice.
//! Owns button markup and the busy state; what a click does belongs to the caller.

pub(crate) mod examples;

use leptos::ev::MouseEvent;
use leptos::prelude::*;

/// How important the action is. One primary button per page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ButtonKind {
    /// The main action ("Tiếp tục", "Gửi hồ sơ").
    #[default]
    Primary,
    /// Other actions.
    Secondary,
    /// Destructive actions ("Xoá hồ sơ").
    Warning,
    /// Looks like a link, behaves like a button.
    Link,
}

impl ButtonKind {
    fn class(self) -> &'static str {
        match self {
            ButtonKind::Primary => "dvc-button",
            ButtonKind::Secondary => "dvc-button dvc-button--secondary",
            ButtonKind::Warning => "dvc-button dvc-button--warning",
            ButtonKind::Link => "dvc-button dvc-button--link",
        }
    }
}

/// A button. Submits its form by default (`submit=false` for a plain button).
///
/// While `busy` is true (e.g. the form is being sent) the button shows `busy_label`, is
/// marked `aria-disabled="true"` (it stays focusable, so a screen-reader user is not lost)
/// and ignores presses, so nothing is submitted twice.
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Send() -> impl IntoView {
///     let sending = RwSignal::new(false);
///     view! {
///         <Button busy=sending busy_label="Đang gửi…">"Gửi hồ sơ"</Button>
///         <Button kind=ButtonKind::Secondary submit=false on_click=move |_| ()>"Lưu nháp"</Button>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::button`].
#[component]
pub fn Button(
    /// How important the action is.
    #[prop(optional)]
    kind: ButtonKind,
    /// `type="submit"` (default) or, when false, `type="button"`.
    #[prop(optional, default = true)]
    submit: bool,
    /// The `name` posted with the form when this button submits it.
    #[prop(optional, into)]
    name: Option<String>,
    /// The `value` posted with `name`.
    #[prop(optional, into)]
    value: Option<String>,
    /// Sends the answers as they are, without the form's checks in the browser
    /// (`formnovalidate`): for "save and come back later" or a language switch. The server
    /// still decides what to do with them.
    #[prop(optional)]
    without_checks: bool,
    /// Truly disabled (not focusable). Prefer `busy` or explaining why an action is unavailable.
    #[prop(optional, into)]
    disabled: MaybeProp<bool>,
    /// The action is under way: presses are ignored and `busy_label` is shown.
    #[prop(optional, into)]
    busy: MaybeProp<bool>,
    /// Shown while busy (default: the normal label).
    #[prop(optional, into)]
    busy_label: Option<String>,
    /// Called on a press that is not ignored.
    #[prop(optional, into)]
    on_click: Option<Callback<MouseEvent>>,
    /// The label.
    children: Children,
) -> impl IntoView {
    // Inside a Form, a submit button is busy while the form is being sent.
    let form_pending = submit
        .then(super::model::use_form)
        .flatten()
        .map(|f| f.pending);
    let is_busy = move || busy.get().unwrap_or(false) || form_pending.is_some_and(|p| p.get());
    let label = children();
    let busy_text = busy_label.map(|text| {
        view! { <span class="dvc-button__busy" class:dvc-hidden=move || !is_busy()>{text}</span> }
    });
    let has_busy_text = busy_text.is_some();
    view! {
        <button
            class=kind.class()
            type=if submit { "submit" } else { "button" }
            name=name
            value=value
            formnovalidate=without_checks
            disabled=move || disabled.get().unwrap_or(false)
            aria-disabled=move || is_busy().then_some("true")
            data-busy=move || is_busy().then_some("true")
            on:click=move |ev: MouseEvent| {
                if is_busy() {
                    ev.prevent_default();
                    return;
                }
                if let Some(cb) = on_click {
                    cb.run(ev);
                }
            }
        >
            <span class="dvc-button__label" class:dvc-hidden=move || has_busy_text && is_busy()>{label}</span>
            {busy_text}
        </button>
    }
}
