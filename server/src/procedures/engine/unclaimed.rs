//! What was typed when the session had ended (the citizen was away, then pressed
//! "Tiếp tục"; a page typing in the background after the session timed out): it is kept,
//! unchecked, in this browser's draft of the procedure, for the citizen whose session it
//! was (`Portal::ended_subject`; unknown: the next citizen to sign in in this browser),
//! and becomes theirs when they sign in again: its answers replace theirs for the same
//! questions. Nothing typed is lost to a session's end; nobody else signing in on a shared
//! computer gets it.

use super::{now, Engine, Visit, COOKIE};
use crate::dossiers::{Draft, DRAFT_LIFETIME};
use crate::forms::Posted;
use dvc_procedure::route;

impl Engine {
    /// This browser's key to its drafts, without making one.
    fn browser_owner(&self, v: &Visit) -> Option<String> {
        self.inner
            .cookies
            .get(&v.headers, COOKIE)
            .filter(|k| k.len() >= 16)
            .map(|key| format!("may:{key}"))
    }

    /// Keeps what was posted to page `id` without a session, for whoever's session ended
    /// here. The cookie to set when the browser had no key yet.
    pub(super) fn keep_unclaimed(&self, v: &Visit, id: &str, p: &Posted) -> Option<String> {
        let page = route::page(&v.file, id)?;
        let (owner, cookie) = match self.browser_owner(v) {
            Some(o) => (o, None),
            None => {
                let key = crate::identity::random_id();
                (
                    format!("may:{key}"),
                    Some(self.inner.cookies.set(COOKIE, &key, Some(DRAFT_LIFETIME))),
                )
            }
        };
        let kept = self
            .inner
            .store
            .latest_of(&owner, &v.file.procedure.slug, now())
            .ok()
            .flatten()
            .filter(|d| self.inner.store.submitted(&d.id).ok().flatten().is_none());
        let mut draft = kept.unwrap_or_else(|| Draft {
            id: crate::identity::random_id(),
            service: v.file.procedure.slug.clone(),
            answers: Vec::new(),
            step: String::new(),
            updated_at: 0,
            expires_at: 0,
            owner: Some(owner),
            claimant: None,
        });
        if draft.claimant.is_none() {
            // Signed in at too low a level: theirs; else whoever's session just ended here.
            draft.claimant = v
                .citizen
                .as_ref()
                .map(|c| c.subject.clone())
                .or_else(|| self.inner.portal.ended_subject(&v.headers));
        }
        let specs = if page.group.is_some() {
            Vec::new()
        } else {
            route::specs(&v.file, page, &draft.answers, v.locale)
        };
        super::super::keep_unchecked(&mut draft, &specs, &p.pairs);
        draft.step = id.to_string();
        self.save(&mut draft);
        cookie
    }

    /// What this browser kept for the signed-in citizen (or for nobody in particular) when
    /// a session ended, moved into `draft` (their newest, or a new one); true when
    /// something was moved (the browser's copy is then deleted).
    pub(super) fn claim_unclaimed(&self, v: &Visit, draft: &mut Option<Draft>) -> bool {
        let (Some(citizen), Some(owner)) = (&v.citizen, self.browser_owner(v)) else {
            return false;
        };
        let store = &self.inner.store;
        let Some(mut kept) = store
            .latest_of(&owner, &v.file.procedure.slug, now())
            .ok()
            .flatten()
            .filter(|d| !d.answers.is_empty())
            .filter(|d| d.claimant.as_ref().is_none_or(|c| *c == citizen.subject))
            .filter(|d| store.submitted(&d.id).ok().flatten().is_none())
        else {
            return false;
        };
        let mut mine = draft
            .take()
            .filter(|d| store.submitted(&d.id).ok().flatten().is_none())
            .unwrap_or_else(|| self.new_draft(v, citizen.subject.clone()));
        let names: Vec<&String> = kept.answers.iter().map(|(n, _)| n).collect();
        mine.answers.retain(|(n, _)| !names.contains(&n));
        mine.answers.extend(kept.answers.iter().cloned());
        mine.step = route::further(&v.file, &mine.step, &kept.step).to_string();
        if !self.save(&mut mine) {
            *draft = Some(mine);
            return false;
        }
        // The browser's copy goes: expired now, deleted by the next purge.
        kept.answers.clear();
        kept.expires_at = now();
        let _ = store.save_draft(&kept);
        *draft = Some(mine);
        true
    }
}
