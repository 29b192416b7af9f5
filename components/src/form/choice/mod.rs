//! `Choice`: one option of a [`Radios`](super::Radios), [`Checkboxes`](super::Checkboxes) or
//! [`Select`](super::Select) question — its value, label, hint, an "or" divider before it,
//! "none of these" exclusivity, and a follow-up question it reveals. Rendered, every
//! follow-up shows (so each can be answered without a script); the group's behaviour
//! (`enhance.js`, `data-dvc-module="choices"`) hides those of options not chosen.

#[cfg(feature = "markup")]
use leptos::prelude::*;

#[cfg(feature = "markup")]
/// One option of a choice question.
///
/// ```
/// use dvc_ui::form::Choice;
/// use leptos::prelude::*;
/// let options = vec![
///     Choice::new("email", "Email").reveals(|| view! { <p>"…"</p> }.into_any()),
///     Choice::new("phone", "Tin nhắn điện thoại").hint("Chỉ gửi mã hồ sơ"),
///     Choice::new("none", "Không nhận thông báo").or_before().exclusive(),
/// ];
/// assert_eq!(options.len(), 3);
/// ```
#[derive(Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
    /// Shows "hoặc" ("or") before this option.
    pub divider_before: bool,
    /// Checkboxes: ticking this clears the others, and ticking another clears this.
    pub exclusive: bool,
    /// Shown under the option while it is chosen (a follow-up question).
    pub reveals: Option<ViewFn>,
}

#[cfg(feature = "markup")]
impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
            divider_before: false,
            exclusive: false,
            reveals: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn or_before(mut self) -> Self {
        self.divider_before = true;
        self
    }

    pub fn exclusive(mut self) -> Self {
        self.exclusive = true;
        self
    }

    pub fn reveals(mut self, view: impl Fn() -> AnyView + Send + Sync + 'static) -> Self {
        self.reveals = Some(ViewFn::from(view));
        self
    }
}

#[cfg(feature = "markup")]
/// The id of option `index` of a group whose first control has `base` (GOV.UK: the first
/// option keeps the question's id, so the error summary can link to it).
pub(crate) fn option_id(base: &str, index: usize) -> String {
    if index == 0 {
        base.to_string()
    } else {
        format!("{base}-{}", index + 1)
    }
}

#[cfg(feature = "markup")]
/// The options checked when the page answers a post or is being hydrated (see
/// [`restored_checked`](super::submission::restored_checked)); `None` when there is nothing
/// to restore, so the control keeps its own value.
pub(crate) fn restored_choices(base: &str, name: &str, options: &[Choice]) -> Option<Vec<String>> {
    let states: Vec<Option<bool>> = options
        .iter()
        .enumerate()
        .map(|(i, o)| super::submission::restored_checked(&option_id(base, i), name, &o.value))
        .collect();
    states.iter().any(Option::is_some).then(|| {
        options
            .iter()
            .zip(&states)
            .filter(|(_, on)| **on == Some(true))
            .map(|(o, _)| o.value.clone())
            .collect()
    })
}

#[cfg(feature = "markup")]
/// The ids one option needs: its control, its hint, its follow-up.
pub(crate) struct OptionIds {
    pub id: String,
    pub hint: Option<String>,
    pub conditional: Option<String>,
}

#[cfg(feature = "markup")]
impl OptionIds {
    pub(crate) fn new(base: &str, index: usize, option: &Choice) -> Self {
        let id = option_id(base, index);
        let hint = option.hint.as_ref().map(|_| format!("{id}-item-hint"));
        let conditional = option.reveals.as_ref().map(|_| format!("{id}-conditional"));
        OptionIds {
            id,
            hint,
            conditional,
        }
    }
}

#[cfg(feature = "markup")]
/// The markup around one radio or checkbox (`block` is "dvc-radios" or "dvc-checkboxes"):
/// the "or" divider, the item with its label and hint, and the follow-up shown while chosen.
pub(crate) fn option_view(
    block: &'static str,
    or: &'static str,
    option: Choice,
    ids: OptionIds,
    input: AnyView,
) -> AnyView {
    let Choice {
        label,
        hint,
        divider_before,
        reveals,
        ..
    } = option;
    view! {
        {divider_before.then(|| view! { <div class=format!("{block}__divider")>{or}</div> })}
        <div class=format!("{block}__item")>
            {input}
            <label class=format!("dvc-label {block}__label") for=ids.id>{label}</label>
            {hint.map(|h| view! { <div class=format!("dvc-hint {block}__hint") id=ids.hint>{h}</div> })}
        </div>
        {reveals.map(|reveal| view! {
            <div class=format!("{block}__conditional") id=ids.conditional>
                {reveal.run()}
            </div>
        })}
    }
    .into_any()
}
