//! `Table`: data in rows and columns (an officer's queue, a fee schedule, a citizen's
//! dossiers). A `caption` names it; header cells say what they head (`scope`); numbers are
//! right-aligned in tabular figures. A column that sorts has its heading as a link to the
//! same list sorted by it (the server sorts: it works without a script), named "Sắp xếp
//! theo …" to a screen reader, and the header cell says how the list is sorted now
//! (`aria-sort`: ascending, descending or none). A table wider than the screen scrolls
//! sideways inside its container (the page itself never does). Markup only: no behaviour.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::{t, Ui};
#[cfg(feature = "markup")]
use leptos::prelude::*;

/// How a column is sorted now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortDirection {
    Ascending,
    Descending,
}

/// A column: its heading, whether it holds numbers, and how it sorts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub heading: String,
    /// Numbers (amounts, counts, dates as figures): right-aligned.
    pub numeric: bool,
    /// The address of the list sorted by this column, when it sorts.
    pub sort_href: Option<String>,
    /// How the list is sorted by this column now (None: not by this one).
    pub sorted: Option<SortDirection>,
}

impl Column {
    pub fn new(heading: &str) -> Column {
        Column {
            heading: heading.into(),
            numeric: false,
            sort_href: None,
            sorted: None,
        }
    }

    /// The same column, holding numbers.
    pub fn numeric(mut self) -> Column {
        self.numeric = true;
        self
    }

    /// The same column, sorting the list at `href`; `sorted`: how it is sorted by it now.
    pub fn sorts(mut self, href: &str, sorted: Option<SortDirection>) -> Column {
        self.sort_href = Some(href.into());
        self.sorted = sorted;
        self
    }
}

#[cfg(feature = "markup")]
/// One cell: text, a link (the row's page), or a status tag (its words always said).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Link {
        text: String,
        href: String,
    },
    Tag {
        text: String,
        colour: crate::content::tag::TagColour,
    },
}

#[cfg(feature = "markup")]
impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

#[cfg(feature = "markup")]
impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.into())
    }
}

#[cfg(feature = "markup")]
impl Cell {
    fn view(self) -> AnyView {
        match self {
            Cell::Text(t) => view! { {t} }.into_any(),
            Cell::Link { text, href } => {
                view! { <a class="dvc-link" href=href>{text}</a> }.into_any()
            }
            Cell::Tag { text, colour } => {
                view! { <strong class=colour.class()>{text}</strong> }.into_any()
            }
        }
    }
}

#[cfg(feature = "markup")]
/// A table of `rows` (a cell: text, a link or a tag; `"…".into()` is text) under `columns`.
///
/// ```
/// use dvc_ui::content::{Column, Table};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Fees() -> impl IntoView {
///     view! {
///         <Table
///             caption="Lệ phí".to_string()
///             columns=vec![Column::new("Việc"), Column::new("Lệ phí").numeric()]
///             rows=vec![vec!["Bản sao trích lục".into(), "8.000 ₫".into()]]
///         />
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::table`].
#[component]
pub fn Table(
    /// What the table shows, said before it.
    caption: String,
    columns: Vec<Column>,
    /// The cells of each row, in the columns' order.
    rows: Vec<Vec<Cell>>,
    /// Each row's first cell names the row (a header cell with `scope="row"`).
    #[prop(optional)]
    first_cell_is_header: bool,
) -> impl IntoView {
    let numeric: Vec<bool> = columns.iter().map(|c| c.numeric).collect();
    let heads = columns
        .into_iter()
        .map(|c| {
            let class = if c.numeric {
                "dvc-table__header dvc-table__header--numeric"
            } else {
                "dvc-table__header"
            };
            let aria_sort = c.sort_href.as_ref().map(|_| match c.sorted {
                Some(SortDirection::Ascending) => "ascending",
                Some(SortDirection::Descending) => "descending",
                None => "none",
            });
            // The order seen as well as said (`aria-sort`): an arrow, hidden from screen readers.
            let mark = c.sorted.map(|d| {
                let arrow = match d {
                    SortDirection::Ascending => " ▲",
                    SortDirection::Descending => " ▼",
                };
                view! { <span class="dvc-table__sort-mark" aria-hidden="true">{arrow}</span> }
            });
            let heading = match c.sort_href {
                Some(href) => view! {
                    <a class="dvc-link dvc-table__sort-link" href=href>
                        <span class="dvc-visually-hidden">{format!("{} ", t(Ui::SortBy))}</span>
                        {c.heading}
                        {mark}
                    </a>
                }
                .into_any(),
                None => view! { {c.heading} }.into_any(),
            };
            view! { <th scope="col" class=class aria-sort=aria_sort>{heading}</th> }
        })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells = row
                .into_iter()
                .enumerate()
                .map(|(i, cell)| {
                    let number = numeric.get(i).copied().unwrap_or(false);
                    let cell = cell.view();
                    match (i, first_cell_is_header, number) {
                        (0, true, _) => view! { <th scope="row" class="dvc-table__header">{cell}</th> }.into_any(),
                        (_, _, true) => view! { <td class="dvc-table__cell dvc-table__cell--numeric">{cell}</td> }.into_any(),
                        _ => view! { <td class="dvc-table__cell">{cell}</td> }.into_any(),
                    }
                })
                .collect_view();
            view! { <tr class="dvc-table__row">{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="dvc-table-container">
            <table class="dvc-table">
                <caption class="dvc-table__caption">{caption}</caption>
                <thead class="dvc-table__head"><tr class="dvc-table__row">{heads}</tr></thead>
                <tbody class="dvc-table__body">{body}</tbody>
            </table>
        </div>
    }
}
