//! `FilterPanel`: narrowing a long list (an officer's queue of dossiers) by what each item
//! is: groups of checkboxes and selects in a form that the browser sends with `GET` (the
//! filtered list has its own address: a bookmark, the back button and a reload keep it),
//! then "Áp dụng bộ lọc". Above the form, what is chosen now, each as a link that removes
//! just that choice, and "Xoá tất cả bộ lọc". Works without JavaScript; nothing is hidden
//! behind a button. The server reads the same names it wrote and filters the list.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::{t, Ui};
#[cfg(feature = "markup")]
use leptos::prelude::*;

/// How a group's options are chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterKind {
    /// Any number of options (checkboxes).
    Several,
    /// One option or all (a select whose first choice is "Tất cả").
    One,
}

/// One group of options the list can be narrowed by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterGroup {
    /// The name the form sends (`trang-thai`).
    pub name: String,
    /// What the group is about ("Trạng thái").
    pub legend: String,
    pub kind: FilterKind,
    /// Each option's value and words.
    pub options: Vec<(String, String)>,
    /// The values chosen now (from the address the list was asked with).
    pub chosen: Vec<String>,
}

impl FilterGroup {
    /// A group of checkboxes.
    pub fn several(name: &str, legend: &str, options: &[(&str, &str)]) -> FilterGroup {
        FilterGroup {
            name: name.into(),
            legend: legend.into(),
            kind: FilterKind::Several,
            options: options
                .iter()
                .map(|(v, l)| (v.to_string(), l.to_string()))
                .collect(),
            chosen: Vec::new(),
        }
    }

    /// A select: one option, or all.
    pub fn one(name: &str, legend: &str, options: &[(&str, &str)]) -> FilterGroup {
        FilterGroup {
            kind: FilterKind::One,
            ..FilterGroup::several(name, legend, options)
        }
    }

    /// The same group with `values` chosen; values it does not offer are left out.
    pub fn with_chosen<S: AsRef<str>>(mut self, values: &[S]) -> FilterGroup {
        self.chosen = values
            .iter()
            .map(|v| v.as_ref().to_string())
            .filter(|v| self.options.iter().any(|(o, _)| o == v))
            .collect();
        if self.kind == FilterKind::One {
            self.chosen.truncate(1);
        }
        self
    }
}

/// A query value as a form would send it (`application/x-www-form-urlencoded`).
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => {
                (b as char).to_string()
            }
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The address of the list at `action` with `pairs` as its query.
pub fn address(action: &str, pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return action.to_string();
    }
    let query: Vec<String> = pairs
        .iter()
        .map(|(n, v)| format!("{}={}", encoded(n), encoded(v)))
        .collect();
    format!("{action}?{}", query.join("&"))
}

#[cfg(feature = "markup")]
/// Every choice of `groups` as query pairs, then `keep`, leaving out `(name, value)`.
fn pairs_without(
    groups: &[FilterGroup],
    keep: &[(String, String)],
    without: Option<(&str, &str)>,
) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = groups
        .iter()
        .flat_map(|g| g.chosen.iter().map(move |v| (g.name.clone(), v.clone())))
        .filter(|(n, v)| without != Some((n.as_str(), v.as_str())))
        .collect();
    pairs.extend(keep.iter().cloned());
    pairs
}

#[cfg(feature = "markup")]
/// Filters for a list at `action`.
///
/// ```
/// use dvc_ui::content::{FilterGroup, FilterPanel};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Queue() -> impl IntoView {
///     let status = FilterGroup::several("trang-thai", "Trạng thái", &[("moi", "Mới nộp"), ("bo-sung", "Chờ bổ sung")])
///         .with_chosen(&["moi"]);
///     view! { <FilterPanel action="/mot-cua" groups=vec![status]/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::filter_panel`].
#[component]
pub fn FilterPanel(
    /// The list's address, without a query (the form sends its choices there, `GET`: a
    /// browser replaces an action's query with the form's).
    #[prop(into)]
    action: String,
    groups: Vec<FilterGroup>,
    /// Other parts of the address to keep (the sorting), sent along as they are.
    #[prop(optional)]
    keep: Vec<(String, String)>,
    /// The id of the panel (default "bo-loc"); its controls' ids start with it.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| "bo-loc".into());
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let any_chosen = groups.iter().any(|g| !g.chosen.is_empty());
    let selected = any_chosen.then(|| {
        let clear_all = address(&action, &keep);
        let chosen_groups = groups
            .iter()
            .filter(|g| !g.chosen.is_empty())
            .map(|g| {
                let tags = g
                    .chosen
                    .iter()
                    .map(|v| {
                        let label = g
                            .options
                            .iter()
                            .find(|(o, _)| o == v)
                            .map_or(v.clone(), |(_, l)| l.clone());
                        let href = address(
                            &action,
                            &pairs_without(&groups, &keep, Some((&g.name, v))),
                        );
                        view! {
                            <li>
                                <a class="dvc-filter__tag" href=href>
                                    <span class="dvc-visually-hidden">{format!("{}: ", t(Ui::FilterRemove))}</span>
                                    {label}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h4 class="dvc-filter__selected-heading">{g.legend.clone()}</h4>
                    <ul class="dvc-filter__tags">{tags}</ul>
                }
            })
            .collect_view();
        view! {
            <div class="dvc-filter__selected">
                <div class="dvc-filter__selected-top">
                    <h3 class="dvc-filter__selected-title">{t(Ui::FilterSelected)}</h3>
                    <a class="dvc-link" href=clear_all>{t(Ui::FilterClearAll)}</a>
                </div>
                {chosen_groups}
            </div>
        }
    });
    let hidden = keep
        .iter()
        .map(|(n, v)| view! { <input type="hidden" name=n.clone() value=v.clone()/> })
        .collect_view();
    let fields = groups
        .into_iter()
        .enumerate()
        .map(|(gi, g)| {
            let base = format!("{id}-{gi}");
            match g.kind {
                FilterKind::Several => {
                    let items = g
                        .options
                        .iter()
                        .enumerate()
                        .map(|(oi, (value, label))| {
                            let box_id = format!("{base}-{oi}");
                            view! {
                                <div class="dvc-checkboxes__item">
                                    <input class="dvc-checkboxes__input" type="checkbox" id=box_id.clone() name=g.name.clone()
                                        value=value.clone() checked=g.chosen.contains(value)/>
                                    <label class="dvc-label dvc-checkboxes__label" for=box_id>{label.clone()}</label>
                                </div>
                            }
                        })
                        .collect_view();
                    view! {
                        <fieldset class="dvc-fieldset dvc-filter__group">
                            <legend class="dvc-fieldset__legend dvc-filter__legend">{g.legend.clone()}</legend>
                            <div class="dvc-checkboxes">{items}</div>
                        </fieldset>
                    }
                    .into_any()
                }
                FilterKind::One => {
                    let options = g
                        .options
                        .iter()
                        .map(|(value, label)| {
                            view! { <option value=value.clone() selected=g.chosen.contains(value)>{label.clone()}</option> }
                        })
                        .collect_view();
                    view! {
                        <div class="dvc-field dvc-filter__group">
                            <label class="dvc-label dvc-filter__legend" for=base.clone()>{g.legend.clone()}</label>
                            <select class="dvc-select" id=base name=g.name.clone()>
                                <option value="" selected=g.chosen.is_empty()>{t(Ui::FilterAny)}</option>
                                {options}
                            </select>
                        </div>
                    }
                    .into_any()
                }
            }
        })
        .collect_view();
    view! {
        <section class="dvc-filter" id=id aria-labelledby=labelled_by>
            <h2 class="dvc-filter__title" id=title_id>{t(Ui::FilterTitle)}</h2>
            {selected}
            <form class="dvc-filter__options" method="get" action=action>
                {hidden}
                {fields}
                <button class="dvc-button" type="submit">{t(Ui::FilterApply)}</button>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_removal_link_keeps_every_other_choice_and_the_sorting() {
        let groups = vec![
            FilterGroup::several(
                "trang-thai",
                "Trạng thái",
                &[("moi", "Mới"), ("bo-sung", "Bổ sung")],
            )
            .with_chosen(&["moi", "bo-sung", "khong-co"]),
            FilterGroup::one(
                "thu-tuc",
                "Thủ tục",
                &[("2.000635", "Bản sao"), ("1.004222", "Thường trú")],
            )
            .with_chosen(&["1.004222"]),
        ];
        assert_eq!(
            groups[0].chosen,
            ["moi", "bo-sung"],
            "a value not offered is left out"
        );
        let keep = vec![("sap-xep".to_string(), "ngay nop".to_string())];
        let without = pairs_without(&groups, &keep, Some(("trang-thai", "moi")));
        assert_eq!(
            address("/mot-cua", &without),
            "/mot-cua?trang-thai=bo-sung&thu-tuc=1.004222&sap-xep=ngay+nop"
        );
        assert_eq!(address("/mot-cua", &[]), "/mot-cua");
        assert_eq!(encoded("a&b=c/é"), "a%26b%3Dc%2F%C3%A9");
    }
}
