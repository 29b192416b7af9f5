//! A repeating group's pages ("add another", GOV.UK's "add multiple things"): the list at
//! the group page's address (each item with "Thay đổi" and "Xoá", then "add another?"), a
//! new item at `…/{page}/them` and item N at `…/{page}/N`. An item is checked against the
//! file's questions for one item and kept when complete; without JavaScript all of it works
//! by posts and redirects.

use super::{Arrived, Engine, Visit};
use crate::forms::{today_in_vietnam, Posted};
use crate::redirect::see_other;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use dvc_procedure::group;
use dvc_procedure::route;
use dvc_procedure::screen::{at, posted, Screen};
use dvc_rules::form::{check_posted, strip_unasked, FieldRule, FieldSpec};
use dvc_rules::posted::{action, is_language_switch, AUTOSAVE, FORM_ID_FIELD};
use dvc_rules::Locale;

/// "Bạn có cần thêm … khác không?": its spec (asked while there is room).
fn add_another_spec(locale: Locale) -> FieldSpec {
    let subject = match locale {
        Locale::Vi => "có hoặc không",
        Locale::En => "yes or no",
    };
    FieldSpec::new(
        posted::ADD_ANOTHER,
        subject,
        FieldRule::OneOf(vec!["co".into(), "khong".into()]),
    )
}

fn form_of(p: &Posted) -> Option<&str> {
    p.pairs
        .iter()
        .find(|(n, _)| n == FORM_ID_FIELD)
        .map(|(_, f)| f.as_str())
}

impl Engine {
    /// `address` with the mark of a page opened from check answers, when it was.
    fn keeping_return(&self, v: &Visit, address: String) -> String {
        if v.returning() {
            format!("{address}?{}", at::RETURN_QUERY)
        } else {
            address
        }
    }

    /// Where "Quay lại" goes from the group's first item or its list: check answers when
    /// opened from there, else the route's page before it, else the start page.
    fn back_from_group(&self, v: &Visit, id: &str, answers: &[(String, String)]) -> String {
        if v.returning() {
            return self.at(v, at::CHECK);
        }
        route::previous(&v.file, answers, id).map_or_else(|| self.base(v), |p| self.at(v, &p.id))
    }

    pub(super) async fn group_list(&self, v: &Visit, id: &str, posted: Option<Posted>) -> Response {
        let Arrived {
            draft,
            answers,
            seen,
        } = match self.arrive(v, id).await {
            Ok(a) => a,
            Err(res) => return res,
        };
        let Some(page) = route::page(&v.file, id) else {
            return super::not_found();
        };
        let list = self.at(v, id);
        let new_item = self.keeping_return(v, format!("{list}/{}", at::NEW_ITEM));
        let min = page.group.as_ref().map_or(0, |g| g.min);
        if group::count(&answers, id) == 0 && posted.is_none() && min > 0 {
            // Nothing listed yet and one is needed: straight to the first item.
            return see_other(&new_item, &[]);
        }
        let items: Vec<_> = super::read_back(&v.file, &answers, v.locale)
            .into_iter()
            .filter(|r| r.page.starts_with(&format!("{id}/")))
            .collect();
        let action_here = self.keeping_return(v, list.clone());
        let can_add = group::room(&answers, page);
        let screen = |problems| Screen::GroupList {
            page: id.to_string(),
            items: items.clone(),
            needs_more: !group::enough(&answers, page),
            can_add,
            back: self.back_from_group(v, id, &answers),
            action: action_here.clone(),
            problems,
        };
        let Some(p) = posted else {
            return self.draw(v, screen(Vec::new()), StatusCode::OK, &[]).await;
        };
        let form = form_of(&p);
        if form != Some(posted::GROUP_FORM) && form != Some(posted::GROUP_ITEMS_FORM) {
            return see_other(&action_here, &[]);
        }
        if is_language_switch(&p.pairs) {
            return self.draw(v, screen(Vec::new()), StatusCode::OK, &[]).await;
        }
        let doing = action(&p.pairs);
        if doing == AUTOSAVE {
            return StatusCode::NO_CONTENT.into_response();
        }
        let Some(mut draft) = draft else {
            return see_other(&new_item, &[]);
        };
        if form == Some(posted::GROUP_ITEMS_FORM) {
            let Some(n) = doing
                .strip_prefix(posted::REMOVE)
                .and_then(|n| n.parse::<usize>().ok())
            else {
                return see_other(&action_here, &[]);
            };
            draft.answers = group::remove_item(&draft.answers, id, n);
            draft.answers = route::on_route_only(&v.file, &draft.answers);
            if !self.save(&mut draft).await {
                return self.unavailable(v).await;
            }
            return see_other(&action_here, &[]);
        }
        if !group::enough(&answers, page) {
            return see_other(&new_item, &[]);
        }
        if can_add {
            let spec = add_another_spec(v.locale);
            let problems = check_posted(
                std::slice::from_ref(&spec),
                &p.pairs,
                &[],
                today_in_vietnam(),
            );
            if !problems.is_empty() {
                return self.draw(v, screen(problems), StatusCode::OK, &[]).await;
            }
            if p.pairs
                .iter()
                .any(|(n, val)| n == posted::ADD_ANOTHER && val == "co")
            {
                return see_other(&new_item, &[]);
            }
        }
        // Done with the list: on along the route (or back to check answers).
        let next = if v.returning() {
            route::first_unanswered(&v.file, &answers)
        } else {
            route::next(&v.file, &answers, id)
        };
        let (reached, to) = match next {
            route::Next::Page(n) => (n.id.clone(), self.keeping_return(v, self.at(v, &n.id))),
            route::Next::CheckAnswers => (at::CHECK.to_string(), self.at(v, at::CHECK)),
        };
        draft.step = route::further(&v.file, &seen, &reached).to_string();
        if !self.save(&mut draft).await {
            return self.unavailable(v).await;
        }
        see_other(&to, &[])
    }

    pub(super) async fn group_item(
        &self,
        v: &Visit,
        id: &str,
        which: &str,
        posted: Option<Posted>,
    ) -> Response {
        let Arrived {
            draft,
            answers,
            seen,
        } = match self.arrive(v, id).await {
            Ok(a) => a,
            Err(res) => return res,
        };
        let Some(page) = route::page(&v.file, id) else {
            return super::not_found();
        };
        let list = group::items(&answers, id);
        let list_at = self.keeping_return(v, self.at(v, id));
        let n = if which == at::NEW_ITEM {
            if !group::room(&answers, page) {
                return see_other(&list_at, &[]);
            }
            list.len() + 1
        } else {
            match which.parse::<usize>() {
                Ok(n) if (1..=list.len()).contains(&n) => n,
                _ => return super::not_found(),
            }
        };
        let back = if list.is_empty() {
            self.back_from_group(v, id, &answers)
        } else {
            list_at.clone()
        };
        let action_here = v.uri.path_and_query().map_or_else(
            || format!("{}/{which}", self.at(v, id)),
            |p| p.as_str().to_string(),
        );
        let screen = |values, problems, not_saved| Screen::Question {
            page: id.to_string(),
            answers: answers.clone(),
            values,
            problems,
            back: back.clone(),
            action: action_here.clone(),
            not_saved,
            item: true,
            vouched: None,
            kept: Vec::new(),
        };
        let Some(p) = posted else {
            let values = list.get(n - 1).cloned().unwrap_or_default();
            return self
                .draw(v, screen(values, Vec::new(), false), StatusCode::OK, &[])
                .await;
        };
        if form_of(&p) != Some(posted::QUESTION_FORM) {
            return see_other(&action_here, &[]);
        }
        if is_language_switch(&p.pairs) || dvc_rules::posted::wants_communes(&p.pairs) {
            return self
                .draw(
                    v,
                    screen(p.pairs.clone(), Vec::new(), false),
                    StatusCode::OK,
                    &[],
                )
                .await;
        }
        if action(&p.pairs) == AUTOSAVE {
            // An item is kept when complete.
            return StatusCode::NO_CONTENT.into_response();
        }
        let specs = route::item_specs(page, v.locale);
        let problems = check_posted(&specs, &p.pairs, &[], today_in_vietnam());
        if !problems.is_empty() {
            return self
                .draw(
                    v,
                    screen(p.pairs.clone(), problems, false),
                    StatusCode::OK,
                    &[],
                )
                .await;
        }
        let item: Vec<(String, String)> = strip_unasked(&specs, &p.pairs)
            .into_iter()
            .filter(|(name, value)| super::super::belongs(name, &specs) && !value.is_empty())
            .collect();
        let (owner, cookie) = self.owner(v);
        let cookies: Vec<String> = cookie.into_iter().collect();
        let mut draft = draft.unwrap_or_else(|| self.new_draft(v, owner));
        draft.answers = group::set_item(&draft.answers, id, n, item);
        draft.answers = route::on_route_only(&v.file, &draft.answers);
        draft.step = route::further(&v.file, &seen, id).to_string();
        if !self.save(&mut draft).await {
            return self
                .draw(
                    v,
                    screen(p.pairs.clone(), Vec::new(), true),
                    StatusCode::SERVICE_UNAVAILABLE,
                    &cookies,
                )
                .await;
        }
        see_other(&list_at, &cookies)
    }
}
