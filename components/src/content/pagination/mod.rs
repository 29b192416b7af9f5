//! `Pagination`: the pages of a long list (an officer's queue, a citizen's dossiers) as
//! links that work without a script: "Trước" and "Sau" with the page's number, the first
//! and last page, the current page and its neighbours, "…" for the ones left out. A
//! navigation landmark named "Phân trang"; the current page is marked `aria-current`.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::{t, Ui};
#[cfg(feature = "markup")]
use leptos::prelude::*;

/// The numbers shown for page `current` of `total`: `None` is "…". The first and last
/// pages, and the current with one on each side.
pub fn shown_pages(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut out: Vec<Option<usize>> = Vec::new();
    for n in 1..=total {
        let near = n == 1 || n == total || n.abs_diff(current) <= 1;
        if near {
            out.push(Some(n));
        } else if out.last().is_some_and(Option::is_some) {
            out.push(None);
        }
    }
    out
}

#[cfg(feature = "markup")]
/// Links to the pages of a list. `href(n)` is page `n`'s address (from 1).
///
/// ```
/// use dvc_ui::content::Pagination;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Pages() -> impl IntoView {
///     view! { <Pagination current=3 total=12 href=|n| format!("?trang={n}")/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::pagination`].
#[component]
pub fn Pagination(
    /// The page shown, from 1.
    current: usize,
    /// How many pages (one page: nothing is drawn).
    total: usize,
    /// Page `n`'s address (the list's filters and sorting kept).
    href: impl Fn(usize) -> String + 'static,
) -> impl IntoView {
    if total <= 1 {
        return ().into_any();
    }
    let current = current.clamp(1, total);
    let previous = (current > 1).then(|| {
        view! {
            <div class="dvc-pagination__prev">
                <a class="dvc-pagination__link" href=href(current - 1) rel="prev">
                    <span class="dvc-pagination__link-title">{t(Ui::PreviousPage)}</span>
                    <span class="dvc-visually-hidden">{format!(" {}", page_words(current - 1))}</span>
                </a>
            </div>
        }
    });
    let next = (current < total).then(|| {
        view! {
            <div class="dvc-pagination__next">
                <a class="dvc-pagination__link" href=href(current + 1) rel="next">
                    <span class="dvc-pagination__link-title">{t(Ui::NextPage)}</span>
                    <span class="dvc-visually-hidden">{format!(" {}", page_words(current + 1))}</span>
                </a>
            </div>
        }
    });
    let items = shown_pages(current, total)
        .into_iter()
        .map(|n| match n {
            None => view! { <li class="dvc-pagination__item dvc-pagination__item--ellipsis">"…"</li> }.into_any(),
            Some(n) if n == current => view! {
                <li class="dvc-pagination__item dvc-pagination__item--current">
                    <a class="dvc-pagination__link" href=href(n) aria-label=page_words(n) aria-current="page">{n}</a>
                </li>
            }
            .into_any(),
            Some(n) => view! {
                <li class="dvc-pagination__item">
                    <a class="dvc-pagination__link" href=href(n) aria-label=page_words(n)>{n}</a>
                </li>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <nav class="dvc-pagination" aria-label=t(Ui::PaginationLabel)>
            {previous}
            <ul class="dvc-pagination__list">{items}</ul>
            {next}
        </nav>
    }
    .into_any()
}

#[cfg(feature = "markup")]
/// "Trang 3" / "Page 3".
fn page_words(n: usize) -> String {
    t(Ui::PageNumber).replace("{n}", &n.to_string())
}

#[cfg(test)]
mod tests {
    use super::shown_pages;

    #[test]
    fn the_first_the_last_and_the_neighbours_of_the_current_page_are_shown() {
        assert_eq!(shown_pages(1, 1), vec![Some(1)]);
        assert_eq!(shown_pages(1, 3), vec![Some(1), Some(2), Some(3)]);
        assert_eq!(
            shown_pages(6, 12),
            vec![Some(1), None, Some(5), Some(6), Some(7), None, Some(12)]
        );
        assert_eq!(shown_pages(1, 12), vec![Some(1), Some(2), None, Some(12)]);
        assert_eq!(shown_pages(12, 12), vec![Some(1), None, Some(11), Some(12)]);
        assert_eq!(
            shown_pages(3, 12),
            vec![Some(1), Some(2), Some(3), Some(4), None, Some(12)]
        );
    }
}
