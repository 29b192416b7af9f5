//! `SummaryList` and `SummaryCard`: facts as key and value pairs (GOV.UK's summary list):
//! a dossier's answers on the officer's screen, a citizen's details, a fee and its
//! receipt. A description list (`dl`), one row per fact; each row may have actions ("Thay
//! đổi", "Xoá"), every action's link saying to a screen reader what it acts on ("Thay
//! đổi họ và tên"). In a list where some rows have actions, a row without keeps its place
//! (`--no-actions`). A value is text: never markup, line breaks kept, long words broken.
//! `SummaryCard` puts a list under a heading with actions of its own (a person of a
//! household, a paper of a dossier), each action naming the card to a screen reader.
//! Markup only: no behaviour.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use leptos::prelude::*;

/// An action of a row or a card: a link with words and what it acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryAction {
    /// The visible words ("Thay đổi").
    pub text: String,
    pub href: String,
    /// What it acts on, for a screen reader ("họ và tên"): read after `text`.
    pub hidden: String,
    /// The link's id, for an error summary to point at (unique on the page).
    pub id: Option<String>,
}

impl SummaryAction {
    pub fn new(text: &str, href: &str, hidden: &str) -> SummaryAction {
        SummaryAction {
            text: text.into(),
            href: href.into(),
            hidden: hidden.into(),
            id: None,
        }
    }

    /// The same action with the link's `id`.
    pub fn id(mut self, id: &str) -> SummaryAction {
        self.id = Some(id.into());
        self
    }
}

/// One fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryRow {
    /// What the fact is ("Họ và tên").
    pub key: String,
    /// The fact, as text (line breaks kept). The caller says an empty one in words
    /// ("Chưa trả lời").
    pub value: String,
    pub actions: Vec<SummaryAction>,
}

impl SummaryRow {
    /// A row without actions.
    pub fn new(key: &str, value: &str) -> SummaryRow {
        SummaryRow {
            key: key.into(),
            value: value.into(),
            actions: Vec::new(),
        }
    }

    /// The same row with `action` added.
    pub fn with(mut self, action: SummaryAction) -> SummaryRow {
        self.actions.push(action);
        self
    }
}

#[cfg(feature = "markup")]
/// The actions of a row or a card: one as a link alone, several as a list. `context` is
/// added, hidden, after each action's own (a card's title).
fn actions(list: Vec<SummaryAction>, context: Option<&str>, class: &'static str) -> AnyView {
    let link = move |a: SummaryAction| {
        let hidden = match context {
            Some(c) if a.hidden.is_empty() => format!(" ({c})"),
            Some(c) => format!(" {} ({c})", a.hidden),
            None if a.hidden.is_empty() => String::new(),
            None => format!(" {}", a.hidden),
        };
        let hidden = (!hidden.is_empty())
            .then(|| view! { <span class="dvc-visually-hidden">{hidden}</span> });
        view! { <a class="dvc-link" id=a.id href=a.href>{a.text}{hidden}</a> }
    };
    if list.len() == 1 {
        let only = list.into_iter().next().map(link);
        return view! { {only} }.into_any();
    }
    let items = list
        .into_iter()
        .map(|a| view! { <li class=class>{link(a)}</li> })
        .collect_view();
    view! { <ul class="dvc-summary-list__actions-list">{items}</ul> }.into_any()
}

#[cfg(feature = "markup")]
/// Facts as key and value pairs.
///
/// ```
/// use dvc_ui::content::{SummaryAction, SummaryList, SummaryRow};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Details() -> impl IntoView {
///     let rows = vec![
///         SummaryRow::new("Họ và tên", "Lò Văn Páo")
///             .with(SummaryAction::new("Thay đổi", "/ho-so/ho-ten", "họ và tên")),
///         SummaryRow::new("Mã hồ sơ", "000.00.12.H62-261205-0001"),
///     ];
///     view! { <SummaryList rows=rows/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::summary_list`].
#[component]
pub fn SummaryList(
    /// The facts, in order.
    rows: Vec<SummaryRow>,
    /// No lines between rows (a short list inside other content).
    #[prop(optional)]
    no_border: bool,
) -> impl IntoView {
    let some_actions = rows.iter().any(|r| !r.actions.is_empty());
    let rows = rows
        .into_iter()
        .map(|r| {
            let class = if some_actions && r.actions.is_empty() {
                "dvc-summary-list__row dvc-summary-list__row--no-actions"
            } else {
                "dvc-summary-list__row"
            };
            let acts = (!r.actions.is_empty()).then(|| {
                let list = actions(r.actions, None, "dvc-summary-list__actions-list-item");
                view! { <dd class="dvc-summary-list__actions">{list}</dd> }
            });
            view! {
                <div class=class>
                    <dt class="dvc-summary-list__key">{r.key}</dt>
                    <dd class="dvc-summary-list__value">{r.value}</dd>
                    {acts}
                </div>
            }
        })
        .collect_view();
    let class = match (no_border, some_actions) {
        (true, true) => {
            "dvc-summary-list dvc-summary-list--no-border dvc-summary-list--with-actions"
        }
        (true, false) => "dvc-summary-list dvc-summary-list--no-border",
        (false, true) => "dvc-summary-list dvc-summary-list--with-actions",
        (false, false) => "dvc-summary-list",
    };
    view! { <dl class=class>{rows}</dl> }
}

#[cfg(feature = "markup")]
/// A summary list under a heading, with actions for the whole card.
///
/// ```
/// use dvc_ui::content::{SummaryAction, SummaryCard, SummaryRow};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Guest() -> impl IntoView {
///     view! {
///         <SummaryCard
///             title="Khách 1: Lò Thị Mai".to_string()
///             actions=vec![SummaryAction::new("Xoá", "/khach/1/xoa", "")]
///             rows=vec![SummaryRow::new("Ngày sinh", "05/02/1990")]
///         />
///     }
/// }
/// ```
#[component]
pub fn SummaryCard(
    /// The card's heading (a person, a paper).
    title: String,
    /// Its facts.
    rows: Vec<SummaryRow>,
    /// Actions on the whole card; each names the card to a screen reader.
    #[prop(optional)]
    actions: Vec<SummaryAction>,
    /// The heading's level (2 by default; 3 under a section's own heading).
    #[prop(optional)]
    heading_level: Option<u8>,
) -> impl IntoView {
    let heading = match heading_level.unwrap_or(2) {
        3 => view! { <h3 class="dvc-summary-card__title">{title.clone()}</h3> }.into_any(),
        4 => view! { <h4 class="dvc-summary-card__title">{title.clone()}</h4> }.into_any(),
        _ => view! { <h2 class="dvc-summary-card__title">{title.clone()}</h2> }.into_any(),
    };
    let card_actions = (!actions.is_empty()).then(|| {
        let items = actions
            .into_iter()
            .map(|a| {
                let one = self::actions(vec![a], Some(&title), "");
                view! { <li class="dvc-summary-card__action">{one}</li> }
            })
            .collect_view();
        view! { <ul class="dvc-summary-card__actions">{items}</ul> }
    });
    view! {
        <div class="dvc-summary-card">
            <div class="dvc-summary-card__title-wrapper">{heading}{card_actions}</div>
            <div class="dvc-summary-card__content"><SummaryList rows=rows/></div>
        </div>
    }
}
