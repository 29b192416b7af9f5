//! `StepIndicator`: for a fixed sequence of three or more sections, where the citizen is:
//! "Bước 2 trên 5" as its heading (with the current step's name), then every step in
//! order, the current one marked `aria-current="step"`, and each one's state said in
//! visually hidden text (done, current, not yet), so a screen reader hears what sighted
//! people see from the numbers' colours. Not links: going back is the page's back link.

pub(crate) mod examples;

use crate::i18n::{t, use_locale, Ui};
use leptos::prelude::*;

/// The steps of a service and the current one.
///
/// ```
/// use dvc_ui::flow::StepIndicator;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Steps() -> impl IntoView {
///     let steps = vec!["Thông tin cá nhân".to_string(), "Địa chỉ".into(), "Giấy tờ".into(), "Kiểm tra".into()];
///     view! { <StepIndicator steps=steps current=2/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::step_indicator`].
#[component]
pub fn StepIndicator(
    /// Each step's name, in order.
    steps: Vec<String>,
    /// The current step, counted from 1 (clamped to the steps there are).
    current: usize,
    /// The id of the indicator; its heading's is this and `-heading`. Default: made from
    /// its steps and the current one, so two indicators on one page never share ids.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let total = steps.len();
    let current = current.clamp(1, total.max(1));
    let id = id.unwrap_or_else(|| {
        let mut shown: Vec<&str> = steps.iter().map(String::as_str).collect();
        let at = current.to_string();
        shown.push(&at);
        crate::instance_id("dvc-step-indicator", &shown)
    });
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let name = steps.get(current - 1).cloned().unwrap_or_default();
    let count = Ui::StepCount.fill(locale, &[("n", &current), ("total", &total)]);
    let items = steps.into_iter().enumerate().map(|(i, step)| {
        let n = i + 1;
        let (state, said) = match n.cmp(&current) {
            std::cmp::Ordering::Less => ("done", t(Ui::StepDone)),
            std::cmp::Ordering::Equal => ("current", t(Ui::StepCurrent)),
            std::cmp::Ordering::Greater => ("todo", t(Ui::StepTodo)),
        };
        view! {
            <li class=format!("dvc-step-indicator__step dvc-step-indicator__step--{state}") aria-current=(n == current).then_some("step")>
                <span class="dvc-step-indicator__number" aria-hidden="true">{n}</span>
                <span class="dvc-step-indicator__name">{step}</span>
                <span class="dvc-visually-hidden">{format!(" ({said})")}</span>
            </li>
        }
    });
    view! {
        <nav class="dvc-step-indicator" id=id aria-labelledby=labelled_by>
            <h2 class="dvc-step-indicator__heading" id=heading_id>
                <span class="dvc-step-indicator__count">{count}</span>
                <span class="dvc-visually-hidden">": "</span>
                <span class="dvc-step-indicator__current">{name}</span>
            </h2>
            <ol class="dvc-step-indicator__steps">{items.collect_view()}</ol>
        </nav>
    }
}
