//! What was typed when the session had ended (the citizen was away, then pressed
//! "Tiếp tục"; a page typing in the background after the session timed out): it is kept,
//! unchecked, for the citizen whose session it was (`Portal::ended_subject`, or the citizen
//! signed in at too low a level), and becomes theirs when they sign in again in this
//! browser: for each page it touched, its answers replace theirs. Each such citizen has a
//! draft of their own in this browser (`ended:KEY:SUBJECT`), so nobody else signing in on a
//! shared computer gets it, and nothing is kept for a visitor nobody knows (no row for an
//! anonymous post: a flood of posts without a session stores nothing).

use super::{now, Engine, Visit, COOKIE};
use crate::dossiers::{Draft, DRAFT_LIFETIME};
use crate::forms::Posted;
use dvc_procedure::format::Answer;
use dvc_procedure::route;

/// How long what was kept for a citizen waits for them to sign in again.
const WAIT: u64 = 24 * 3600;

impl Engine {
    /// The owner of what this browser keeps for `subject`.
    fn kept_for(&self, v: &Visit, subject: &str) -> Option<String> {
        self.inner
            .cookies
            .get(&v.headers, COOKIE)
            .filter(|k| k.len() >= 16)
            .map(|key| format!("ended:{key}:{subject}"))
    }

    /// Keeps what was posted to page `id` without a session, for the citizen it belongs
    /// to. Returns whether it was kept (nothing is kept for an unknown visitor, a files
    /// question or a repeating group's item) and the cookie to set when the browser had no
    /// key yet.
    pub(super) async fn keep_unclaimed(
        &self,
        v: &Visit,
        id: &str,
        p: &Posted,
    ) -> (bool, Option<String>) {
        let Some(page) = route::page(&v.file, id) else {
            return (false, None);
        };
        let kept_here = matches!(page.answer, Some(ref a) if !matches!(a, Answer::Files { .. }));
        let claimant = match &v.citizen {
            Some(c) => Some(c.subject.clone()),
            None => self.inner.portal.ended_subject(&v.headers).await,
        };
        let Some(claimant) = claimant.filter(|_| kept_here) else {
            return (false, None);
        };
        let (owner, cookie) = match self.kept_for(v, &claimant) {
            Some(o) => (o, None),
            None => {
                let key = crate::identity::random_id();
                (
                    format!("ended:{key}:{claimant}"),
                    Some(self.inner.cookies.set(COOKIE, &key, Some(DRAFT_LIFETIME))),
                )
            }
        };
        let latest = self
            .inner
            .store
            .latest_of(&owner, &v.file.procedure.slug, now())
            .await
            .ok()
            .flatten();
        let open = match self.code_of(latest.as_ref()).await {
            None => latest,
            Some(_) => None,
        };
        let mut draft = open.unwrap_or_else(|| Draft {
            id: crate::identity::random_id(),
            service: v.file.procedure.slug.clone(),
            answers: Vec::new(),
            step: String::new(),
            updated_at: 0,
            expires_at: 0,
            owner: Some(owner),
            claimant: Some(claimant),
        });
        let specs = route::specs(&v.file, page, &draft.answers, v.locale);
        super::super::keep_unchecked(&mut draft, &specs, &p.pairs);
        draft.step = id.to_string();
        let t = now();
        draft.updated_at = t;
        draft.expires_at = t + WAIT;
        let saved = match self.inner.store.save_draft(&draft).await {
            Ok(()) => true,
            Err(e) => {
                crate::log::failure("store.failed", &e.to_string());
                false
            }
        };
        (saved, cookie)
    }

    /// What this browser kept for the signed-in citizen when a session of theirs ended,
    /// moved into `draft` (their newest, or a new one): for each page it touched, its
    /// answers replace theirs. True when something was moved (the browser's copy is then
    /// deleted).
    pub(super) async fn claim_unclaimed(&self, v: &Visit, draft: &mut Option<Draft>) -> bool {
        let Some(citizen) = &v.citizen else {
            return false;
        };
        let Some(owner) = self.kept_for(v, &citizen.subject) else {
            return false;
        };
        let store = &self.inner.store;
        let kept = store
            .latest_of(&owner, &v.file.procedure.slug, now())
            .await
            .ok()
            .flatten()
            .filter(|d| !d.answers.is_empty());
        let Some(mut kept) = kept else {
            return false;
        };
        if self.code_of(Some(&kept)).await.is_some() {
            return false;
        }
        let taken = draft.take();
        let open = match self.code_of(taken.as_ref()).await {
            None => taken,
            Some(_) => None,
        };
        let mut mine = open.unwrap_or_else(|| self.new_draft(v, citizen.subject.clone()));
        // Every answer of each page it touched is replaced (a box left empty is empty).
        for page in &v.file.pages {
            let specs = route::specs(&v.file, page, &mine.answers, v.locale);
            if kept
                .answers
                .iter()
                .any(|(n, _)| super::super::belongs(n, &specs))
            {
                mine.answers
                    .retain(|(n, _)| !super::super::belongs(n, &specs));
            }
        }
        mine.answers.extend(kept.answers.iter().cloned());
        mine.answers = route::on_route_only(&v.file, &mine.answers);
        mine.step = route::further(&v.file, &mine.step, &kept.step).to_string();
        if !self.save(&mut mine).await {
            *draft = Some(mine);
            return false;
        }
        // The browser's copy goes: expired now, deleted by the next purge.
        kept.answers.clear();
        kept.expires_at = now();
        let _ = store.save_draft(&kept).await;
        *draft = Some(mine);
        true
    }
}
