//! A repeating group's items in a dossier's answers ("add another": the guests of a stay,
//! the members of a household). Item `n` (from 1) of the group page `page` keeps its
//! question `field` as `page.n.field` (a date's boxes and a place's codes after it, as
//! anywhere: `khach.2.ngay-sinh-day`), so a group's answers are ordinary answers: kept in a
//! draft, dropped when the page leaves the route, read back in order. An item is posted
//! under its questions' own names (`field`) and kept under the item's.

use crate::format::Page;

/// The name answer `field` of item `n` of `page` is kept under.
pub fn item_name(page: &str, n: usize, field: &str) -> String {
    format!("{page}.{n}.{field}")
}

/// Which item of `page` the kept answer `name` belongs to, and its question's name.
fn split<'a>(page: &str, name: &'a str) -> Option<(usize, &'a str)> {
    let rest = name.strip_prefix(page)?.strip_prefix('.')?;
    let (n, field) = rest.split_once('.')?;
    Some((n.parse().ok().filter(|n| *n > 0)?, field))
}

/// Whether `name` is kept for an item of `page`.
pub fn is_item_answer(page: &str, name: &str) -> bool {
    split(page, name).is_some()
}

/// The items of `page` in order, each as its answers under the questions' own names.
pub fn items(answers: &[(String, String)], page: &str) -> Vec<Vec<(String, String)>> {
    let mut out: Vec<(usize, Vec<(String, String)>)> = Vec::new();
    for (name, value) in answers {
        let Some((n, field)) = split(page, name) else {
            continue;
        };
        match out.iter_mut().find(|(m, _)| *m == n) {
            Some((_, item)) => item.push((field.to_string(), value.clone())),
            None => out.push((n, vec![(field.to_string(), value.clone())])),
        }
    }
    out.sort_by_key(|(n, _)| *n);
    out.into_iter().map(|(_, item)| item).collect()
}

/// How many items `page` has.
pub fn count(answers: &[(String, String)], page: &str) -> usize {
    items(answers, page).len()
}

/// `answers` with the items of `page` replaced by `list` (numbered again from 1: a removed
/// item leaves no gap).
fn with_items(
    answers: &[(String, String)],
    page: &str,
    list: &[Vec<(String, String)>],
) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = answers
        .iter()
        .filter(|(n, _)| !is_item_answer(page, n))
        .cloned()
        .collect();
    for (i, item) in list.iter().enumerate() {
        for (field, value) in item.iter().filter(|(_, v)| !v.is_empty()) {
            out.push((item_name(page, i + 1, field), value.clone()));
        }
    }
    out
}

/// Item `n` of `page` set to `item` (a new last item when `n` is one past the last).
pub fn set_item(
    answers: &[(String, String)],
    page: &str,
    n: usize,
    item: Vec<(String, String)>,
) -> Vec<(String, String)> {
    let mut list = items(answers, page);
    match n.checked_sub(1) {
        Some(i) if i < list.len() => list[i] = item,
        Some(i) if i == list.len() => list.push(item),
        _ => return answers.to_vec(),
    }
    with_items(answers, page, &list)
}

/// `answers` without item `n` of `page` (the items after it move up one).
pub fn remove_item(answers: &[(String, String)], page: &str, n: usize) -> Vec<(String, String)> {
    let mut list = items(answers, page);
    if (1..=list.len()).contains(&n) {
        list.remove(n - 1);
    }
    with_items(answers, page, &list)
}

/// Whether the group on `page` has as many items as it must (its `min`); a page that is not
/// a group, always.
pub fn enough(answers: &[(String, String)], page: &Page) -> bool {
    page.group
        .as_ref()
        .is_none_or(|g| count(answers, &page.id) >= g.min)
}

/// Whether another item may be added (fewer than the group's `max`).
pub fn room(answers: &[(String, String)], page: &Page) -> bool {
    page.group
        .as_ref()
        .is_some_and(|g| count(answers, &page.id) < g.max)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn items_are_added_changed_and_removed_without_gaps_and_other_answers_stay() {
        let a = pairs(&[("noi", "x")]);
        let a = set_item(&a, "khach", 1, pairs(&[("ten", "An"), ("ngay-day", "1")]));
        let a = set_item(&a, "khach", 2, pairs(&[("ten", "Bình")]));
        let a = set_item(&a, "khach", 4, pairs(&[("ten", "gap")]));
        assert_eq!(count(&a, "khach"), 2, "no item past one after the last");
        let a = set_item(&a, "khach", 1, pairs(&[("ten", "Ân")]));
        assert_eq!(items(&a, "khach")[0], pairs(&[("ten", "Ân")]));
        let a = remove_item(&a, "khach", 1);
        assert_eq!(items(&a, "khach"), vec![pairs(&[("ten", "Bình")])]);
        assert!(a.contains(&("khach.1.ten".into(), "Bình".into())));
        assert!(a.contains(&("noi".into(), "x".into())));
        assert!(!is_item_answer("khach", "khach"));
        assert!(!is_item_answer("khach", "khach.0.ten"));
        assert!(!is_item_answer("khach", "khachx.1.ten"));
    }
}
