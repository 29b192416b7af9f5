//! The example service's drafts on the server ("Đăng ký thường trú", see
//! [`crate::service`]): which draft a browser has (an `HttpOnly` cookie holding the draft's
//! random id, nothing personal), what each page shows from it ([`ServiceView`]), and what a
//! post does: the answers merged into the draft and saved before the redirect to the next
//! question, files kept in the store, "Lưu và tiếp tục sau", a kept file's removal, and
//! the submission, which gives the dossier its code once (a second submit, from a double
//! press, a second tab or a replayed post, finds the same code).
//!
//! Drafts live in `dvc_server::dossiers`, in the portal's database (`dvc-demo --database`).
//! This example service is synchronous code run off the async workers
//! (`spawn_blocking`): it waits for the async store there ([`wait`]). The procedure engine
//! is async throughout.

use crate::language::{address, pick};
use crate::pages::register::address_line;
use crate::service::pages::{proof_limits, MAX_FILES};
use crate::service::view::{KeptFile, ReadBack, ServiceView};
use crate::service::{
    answer, first_missing, is_done, is_vouched, next, previous, questions, Step, ACTION, BASE,
    DONE, FORM_ID, NEW_FORM_ID, PROOF, RETURN_QUERY, SAVED_PATH, SENT_PATH, VOUCHED,
};
use axum::http::{HeaderMap, Uri};
use dvc_rules::files::{check_bytes, check_count};
use dvc_rules::form::{FieldProblem, FieldRule, FieldSpec, FormValues};
use dvc_rules::Locale;
use dvc_server::dossiers::{DossierStore, Draft, DRAFT_LIFETIME};
use dvc_server::forms::{date_in_vietnam, today_in_vietnam, Posted};
use dvc_server::identity::Citizen;
use dvc_ui::form::human_size;
use std::sync::Arc;

/// The cookie that holds this browser's draft id.
pub const COOKIE: &str = "dvc_draft";
const SERVICE: &str = "dang-ky-thuong-tru";
/// The demo's receiving agency (a made-up code in the national format).
pub const AGENCY: &str = "000.00.12.H62";

/// What a post to the service leads to.
pub enum Outcome {
    /// Saved (or nothing to save): go there, with this cookie.
    Go {
        to: String,
        cookie: Option<String>,
        submitted: Option<Submitted>,
    },
    /// Kept while typing (a background post): nothing to show, this cookie to set.
    Kept { cookie: Option<String> },
    /// Show the page again with these problems and every answer kept.
    Fix(Vec<FieldProblem>),
    /// The store failed: show the page again with every answer kept, saying so.
    NotSaved,
}

/// A dossier just submitted: what the payment step needs.
pub struct Submitted {
    pub draft: String,
    pub code: String,
    pub payer: String,
    /// The citizen it belongs to: only their session sees its payment pages.
    pub owner: Option<String>,
}

#[derive(Clone)]
pub struct Drafts {
    store: Arc<dyn DossierStore>,
}

/// Waits for the store on this blocking thread (the example service runs in
/// `spawn_blocking`, inside the server's runtime).
fn wait<T>(f: impl std::future::Future<Output = T>) -> T {
    tokio::runtime::Handle::current().block_on(f)
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Whether `path` (without its language) is a page of the service.
pub fn is_service(path: &str) -> bool {
    path == BASE || path.starts_with(&format!("{BASE}/"))
}

/// Whether the page at `path` (without its language) is for a signed-in citizen only:
/// every page of the service but its start page.
pub fn needs_sign_in(path: &str) -> bool {
    is_service(path) && path != BASE
}

impl Drafts {
    /// Drafts in `store`.
    pub fn new(store: Arc<dyn DossierStore>) -> Drafts {
        Drafts { store }
    }

    /// The store the drafts live in (the procedures' engine keeps its drafts there too).
    pub fn store(&self) -> Arc<dyn DossierStore> {
        self.store.clone()
    }

    /// Deletes expired drafts and their files (by whichever process takes the purge).
    pub async fn purge(&self) {
        if let Err(e) = self.store.purge_expired(now()).await {
            dvc_server::log::failure("store.failed", &e.to_string());
        }
    }

    /// The draft this request works on, if kept and not expired: the signed-in citizen's
    /// newest (found by owner, in any browser), after claiming what was kept for them when
    /// a session of theirs ended ([`Drafts::claim`]). Nobody signed in: none. The draft
    /// cookie never reads or writes a citizen's draft.
    fn load(&self, owner: Option<&Citizen>) -> Option<Draft> {
        let o = owner?;
        self.claim(o);
        let mut d = logged(wait(self.store.latest_of(&o.subject, SERVICE, now())))?;
        vouch(&mut d.answers, o);
        Some(d)
    }

    /// What was kept for `citizen` after a session of theirs ended
    /// ([`Drafts::keep_unclaimed`], in whichever browser) becomes theirs: its answers replace
    /// theirs for the same questions in their newest draft (or it becomes that draft), and
    /// it is forgotten. Never another citizen's: those wait for their own sign-in.
    fn claim(&self, citizen: &Citizen) {
        let Some(mut kept) = logged(wait(self.store.unclaimed_for(
            &citizen.subject,
            SERVICE,
            now(),
        ))) else {
            return;
        };
        let newest = logged(wait(self.store.latest_of(&citizen.subject, SERVICE, now())))
            .filter(|d| !matches!(wait(self.store.submitted(&d.id)), Ok(Some(_))));
        match newest {
            Some(mut mine) => {
                merge(&mut mine.answers, &kept.answers);
                vouch(&mut mine.answers, citizen);
                mine.step = kept.step.clone();
                mine.updated_at = now();
                mine.expires_at = mine.updated_at + DRAFT_LIFETIME.as_secs();
                if logged(wait(self.store.save_draft(&mine)).map(Some)).is_some() {
                    kept.expires_at = now();
                    logged(wait(self.store.save_draft(&kept)).map(Some));
                }
            }
            None => {
                kept.owner = Some(citizen.subject.clone());
                vouch(&mut kept.answers, citizen);
                kept.updated_at = now();
                kept.expires_at = kept.updated_at + DRAFT_LIFETIME.as_secs();
                logged(wait(self.store.save_draft(&kept)).map(Some));
            }
        }
    }

    /// A question page posted after the session ended (the citizen was typing): its
    /// answers are kept, unchecked and without files, in this browser's one unclaimed
    /// draft, for [`UNCLAIMED_LIFETIME`], for the citizen whose session it was
    /// (`ended_for`, from the session cookie the browser still holds) or whose draft the
    /// browser was working on; only that citizen's sign-in claims it. When nobody's is
    /// known, nothing is kept (it would go to whoever signs in next on that computer).
    /// Bounded: at most [`UNCLAIMED_MAX_BYTES`] of answers in a draft, [`MAX_UNCLAIMED`]
    /// such drafts at once. The cookie naming it, or None when nothing was kept.
    pub fn keep_unclaimed(
        &self,
        headers: &HeaderMap,
        path: &str,
        posted: &Posted,
        specs: &[FieldSpec],
        ended_for: Option<String>,
    ) -> Option<String> {
        let step = Step::from_path(path).filter(|s| *s != Step::Check)?;
        if value(&posted.pairs, dvc_ui::form::FORM_ID_FIELD) != FORM_ID {
            return None;
        }
        let page = page_answers(specs, &posted.pairs);
        let size: usize = page.iter().map(|(n, v)| n.len() + v.len()).sum();
        if size > UNCLAIMED_MAX_BYTES {
            return None;
        }
        let now = now();
        let held = crate::cookies()
            .get(headers, COOKIE)
            .and_then(|id| logged(wait(self.store.draft(&id, now))));
        let mut kept = match held {
            Some(d)
                if d.owner.is_none()
                    && d.claimant.is_some()
                    && (ended_for.is_none() || d.claimant == ended_for) =>
            {
                d
            }
            other => {
                let claimant = ended_for.or_else(|| other.and_then(|d| d.owner))?;
                if logged(wait(self.store.unowned(now)).map(Some))
                    .is_none_or(|n| n >= MAX_UNCLAIMED)
                {
                    return None;
                }
                let mut fresh = new_draft(step, None);
                fresh.claimant = Some(claimant);
                fresh
            }
        };
        if kept.id.is_empty() {
            return None;
        }
        merge(&mut kept.answers, &page);
        let size: usize = kept.answers.iter().map(|(n, v)| n.len() + v.len()).sum();
        if size > UNCLAIMED_MAX_BYTES {
            return None;
        }
        kept.step = step.path();
        kept.updated_at = now;
        kept.expires_at = now + UNCLAIMED_LIFETIME.as_secs();
        logged(wait(self.store.save_draft(&kept)).map(Some))?;
        Some(crate::cookies().set(COOKIE, &kept.id, Some(UNCLAIMED_LIFETIME)))
    }

    /// Where a page of a question that is not asked goes instead (the identity provider
    /// answered it: it is not changeable here): the first question not yet answered, or
    /// check answers. `None` for every other page.
    pub fn not_asked(&self, path: &str, owner: Option<&Citizen>) -> Option<String> {
        let step = Step::from_path(path).filter(|s| *s != Step::Check)?;
        let answers = self
            .load(owner)
            .map(|d| d.answers)
            .unwrap_or_else(|| vouched(owner));
        is_vouched(&answers, step).then(|| first_missing(&answers).unwrap_or(Step::Check).path())
    }

    /// The answers a question page starts with (this browser's draft, for the page's
    /// form): None for other pages, and for check answers, whose declaration is never
    /// ticked in advance.
    pub fn answers_for(
        &self,
        path: &str,
        owner: Option<&Citizen>,
    ) -> Option<Vec<(String, String)>> {
        Step::from_path(path).filter(|s| *s != Step::Check)?;
        let mut answers = self.load(owner).map(|d| d.answers).unwrap_or_default();
        answers.retain(|(n, _)| n != DONE && n != VOUCHED);
        if answers.is_empty() {
            return None;
        }
        answers.push((dvc_ui::form::FORM_ID_FIELD.into(), FORM_ID.into()));
        Some(answers)
    }

    /// What the page at `path` (without its language) shows for this browser.
    pub fn view(
        &self,
        uri: &Uri,
        path: &str,
        locale: Locale,
        owner: Option<&Citizen>,
    ) -> ServiceView {
        let at = |p: &str| address(p, locale);
        let draft = owner.and_then(|o| self.load(Some(o)));
        // No draft yet: what the identity provider vouched for is already known.
        let answers = draft
            .as_ref()
            .map(|d| d.answers.clone())
            .unwrap_or_else(|| vouched(owner));
        let id = draft.as_ref().map(|d| d.id.clone()).unwrap_or_default();
        let code = draft
            .as_ref()
            .and_then(|d| wait(self.store.submitted(&d.id)).ok().flatten())
            .map(|c| c.to_string())
            .unwrap_or_default();
        let returning = uri
            .query()
            .is_some_and(|q| q.split('&').any(|p| p == RETURN_QUERY));
        let step = Step::from_path(path);
        let back = match step {
            Some(Step::Check) | None => at(&previous(Step::Check, &answers)
                .map(|s| s.path())
                .unwrap_or(BASE.into())),
            Some(_) if returning => at(&Step::Check.path()),
            Some(s) => at(&previous(s, &answers)
                .map(|p| p.path())
                .unwrap_or(BASE.into())),
        };
        let files = if matches!(step, Some(Step::Proof) | Some(Step::Check)) {
            self.files(&id)
        } else {
            Vec::new()
        };
        let (read_back, missing) = if step == Some(Step::Check) {
            (
                read_back(&answers, &files, locale),
                first_missing(&answers)
                    .map(|s| at(&s.path()))
                    .unwrap_or_default(),
            )
        } else {
            (Vec::new(), String::new())
        };
        ServiceView {
            back,
            returning,
            files,
            answers: read_back,
            missing,
            resume: draft
                .as_ref()
                .filter(|_| code.is_empty())
                .map(|d| at(&d.step))
                .unwrap_or_default(),
            applicant: FormValues(answers.clone())
                .name("full_name")
                .unwrap_or_default(),
            expires: draft
                .as_ref()
                .map(|d| date_in_vietnam(d.expires_at).display())
                .unwrap_or_default(),
            code,
            not_saved: false,
            signed_in: owner.is_some(),
            from_identity: Step::QUESTIONS.iter().any(|s| is_vouched(&answers, *s)),
        }
    }

    fn files(&self, id: &str) -> Vec<KeptFile> {
        if id.is_empty() {
            return Vec::new();
        }
        wait(self.store.files(id, PROOF))
            .unwrap_or_default()
            .into_iter()
            .map(|f| KeptFile {
                id: f.id,
                name: f.name,
                bytes: f.bytes,
            })
            .collect()
    }

    /// A post to the page at `path` of the service, once the page's form has checked it
    /// (`specs`, `problems`).
    pub fn answer(
        &self,
        uri: &Uri,
        path: &str,
        posted: &Posted,
        specs: &[FieldSpec],
        problems: Vec<FieldProblem>,
        locale: Locale,
        owner: Option<&Citizen>,
    ) -> Outcome {
        let at = |p: &str| address(p, locale);
        let form = value(&posted.pairs, dvc_ui::form::FORM_ID_FIELD);
        let action = value(&posted.pairs, ACTION);
        let returning = uri
            .query()
            .is_some_and(|q| q.split('&').any(|p| p == RETURN_QUERY));
        let back_here = |p: &str| {
            if returning {
                format!("{}?{RETURN_QUERY}", at(p))
            } else {
                at(p)
            }
        };
        if form == NEW_FORM_ID {
            // A new dossier: an empty draft becomes the citizen's newest (the store keeps the
            // old one until it expires); this browser forgets the old one.
            let forget = Some(forget_cookie());
            if let Some(o) = owner {
                let fresh = new_draft(Step::Name, Some(o));
                if fresh.id.is_empty() || wait(self.store.save_draft(&fresh)).is_err() {
                    return Outcome::NotSaved;
                }
                let first = first_missing(&fresh.answers).unwrap_or(Step::Check);
                return Outcome::Go {
                    to: at(&first.path()),
                    cookie: Some(draft_cookie(&fresh.id)),
                    submitted: None,
                };
            }
            return Outcome::Go {
                to: at(&Step::Name.path()),
                cookie: forget,
                submitted: None,
            };
        }
        let Some(step) = Step::from_path(path) else {
            return go(at(path));
        };
        let draft = self.load(owner);
        if let Some(code) = draft
            .as_ref()
            .and_then(|d| wait(self.store.submitted(&d.id)).ok().flatten())
        {
            // Submitted already (a replayed post, a second tab): the same dossier, unchanged.
            if action == dvc_ui::form::AUTOSAVE {
                return Outcome::Kept { cookie: None };
            }
            let payer = FormValues(
                draft
                    .as_ref()
                    .map(|d| d.answers.clone())
                    .unwrap_or_default(),
            )
            .name("full_name")
            .unwrap_or_default();
            let id = draft.map(|d| d.id).unwrap_or_default();
            return Outcome::Go {
                to: at(SENT_PATH),
                cookie: None,
                submitted: Some(Submitted {
                    draft: id,
                    code: code.to_string(),
                    payer,
                    owner: owner.map(|o| o.subject.clone()),
                }),
            };
        }
        if form == "kept-files" {
            if let (Some(d), Some(file)) = (
                &draft,
                action
                    .strip_prefix("remove-")
                    .and_then(|n| n.parse::<i64>().ok()),
            ) {
                if let Err(e) = wait(self.store.remove_file(&d.id, file)) {
                    dvc_server::log::failure("store.failed", &e.to_string());
                    return Outcome::NotSaved;
                }
            }
            return go(back_here(path));
        }
        if form != FORM_ID {
            return go(at(path));
        }
        let typing = action == dvc_ui::form::AUTOSAVE;
        if typing && step == Step::Check {
            // The declaration is never kept ticked in advance.
            return Outcome::Kept { cookie: None };
        }
        let saving = action == "save" || typing;
        if !saving && !problems.is_empty() {
            return Outcome::Fix(problems);
        }
        let mut draft = draft.unwrap_or_else(|| new_draft(step, owner));
        if draft.owner.is_none() {
            draft.owner = owner.map(|o| o.subject.clone());
        }
        if draft.id.is_empty() {
            return Outcome::NotSaved;
        }
        let kept = self.files(&draft.id).len();
        if step == Step::Proof && !saving {
            let added = posted
                .files
                .iter()
                .filter(|f| f.field == PROOF && !f.file_name.is_empty())
                .count();
            if kept + added == 0 {
                return Outcome::Fix(vec![FieldProblem {
                    name: PROOF.into(),
                    problem: dvc_rules::problem::Problem::new(
                        dvc_rules::problem::ProblemCode::RequiredChoice,
                    ),
                }]);
            }
            if let Err(problem) = check_count(kept + added, &proof_limits(0)) {
                return Outcome::Fix(vec![FieldProblem {
                    name: PROOF.into(),
                    problem,
                }]);
            }
        }
        // The page's answers replace what the draft had for its questions.
        let owned = |name: &str| specs.iter().any(|s| owns(s, name));
        draft
            .answers
            .retain(|(n, v)| !owned(n) && !(n == DONE && v == step.slug()));
        draft.answers.extend(
            dvc_rules::form::strip_unasked(specs, &posted.pairs)
                .into_iter()
                .filter(|(n, _)| owned(n) && n != PROOF),
        );
        if !saving && step != Step::Check {
            draft.answers.push((DONE.into(), step.slug().into()));
        }
        if let Some(o) = owner {
            // What the identity provider vouched for stays as it said, whatever was posted.
            vouch(&mut draft.answers, o);
        }
        let then = if saving {
            step
        } else if step == Step::Check {
            Step::Check
        } else {
            next(step, &draft.answers, returning)
        };
        draft.step = then.path();
        draft.updated_at = now();
        draft.expires_at = draft.updated_at + DRAFT_LIFETIME.as_secs();
        if let Err(e) = wait(self.store.save_draft(&draft)) {
            dvc_server::log::failure("store.failed", &e.to_string());
            return Outcome::NotSaved;
        }
        // Files: the accepted ones are kept (on "save" too, each that passes its own checks).
        let limits = proof_limits(0);
        let mut room = MAX_FILES.saturating_sub(kept);
        for f in posted
            .files
            .iter()
            .filter(|f| f.field == PROOF && !f.file_name.is_empty())
        {
            if room == 0 || check_bytes(&f.file_name, f.size, &f.bytes, &limits).is_err() {
                continue;
            }
            match wait(
                self.store
                    .add_file(&draft.id, PROOF, &f.file_name, &f.bytes, MAX_FILES),
            ) {
                Ok(Some(_)) => room -= 1,
                // The question is full (another post added meanwhile).
                Ok(None) => room = 0,
                Err(e) => {
                    dvc_server::log::failure("store.failed", &e.to_string());
                    return Outcome::NotSaved;
                }
            }
        }
        let cookie = Some(draft_cookie(&draft.id));
        if typing {
            return Outcome::Kept { cookie };
        }
        if saving {
            return Outcome::Go {
                to: at(SAVED_PATH),
                cookie,
                submitted: None,
            };
        }
        if step != Step::Check {
            let to = if returning && then != Step::Check {
                format!("{}?{RETURN_QUERY}", at(&then.path()))
            } else {
                at(&then.path())
            };
            return Outcome::Go {
                to,
                cookie,
                submitted: None,
            };
        }
        if let Some(missing) = first_missing(&draft.answers) {
            return Outcome::Go {
                to: at(&missing.path()),
                cookie,
                submitted: None,
            };
        }
        match wait(self.store.submit(&draft.id, AGENCY, today_in_vietnam())) {
            Ok(Some(code)) => {
                let payer = FormValues(draft.answers.clone())
                    .name("full_name")
                    .unwrap_or_default();
                Outcome::Go {
                    to: at(SENT_PATH),
                    cookie,
                    submitted: Some(Submitted {
                        draft: draft.id,
                        code: code.to_string(),
                        payer,
                        owner: draft.owner.clone(),
                    }),
                }
            }
            Ok(None) => Outcome::NotSaved,
            Err(e) => {
                dvc_server::log::failure("store.failed", &e.to_string());
                Outcome::NotSaved
            }
        }
    }
}

/// An empty draft of the service, at `step`, belonging to `owner` when signed in (an
/// empty id when no random id could be made).
fn new_draft(step: Step, owner: Option<&Citizen>) -> Draft {
    Draft {
        id: random_id().unwrap_or_default(),
        service: SERVICE.into(),
        answers: vouched(owner),
        step: step.path(),
        updated_at: now(),
        expires_at: now() + DRAFT_LIFETIME.as_secs(),
        owner: owner.map(|o| o.subject.clone()),
        claimant: None,
    }
}

/// How long what was typed after a session ended is kept for a sign-in to claim it.
pub const UNCLAIMED_LIFETIME: std::time::Duration = std::time::Duration::from_secs(60 * 60);
/// The most answers (name and value bytes) kept in one draft without a session.
pub const UNCLAIMED_MAX_BYTES: usize = 64 * 1024;
/// The most unclaimed drafts kept at once (anonymous posts cannot fill the store).
pub const MAX_UNCLAIMED: usize = 10_000;

/// Whether the answer `name` is the question `spec`'s (a date's three boxes included).
fn owns(spec: &FieldSpec, name: &str) -> bool {
    spec.name == name
        || (matches!(spec.rule, FieldRule::Date(_))
            && name
                .strip_prefix(spec.name.as_str())
                .is_some_and(|r| r.starts_with('-')))
}

/// A page's answers as posted (follow-ups hidden again left out, files never), and an
/// empty answer for each of its questions the post did not mention (a checkbox left
/// unticked), so that merging them says what the page said.
fn page_answers(specs: &[FieldSpec], posted: &[(String, String)]) -> Vec<(String, String)> {
    let mut page: Vec<(String, String)> = dvc_rules::form::strip_unasked(specs, posted)
        .into_iter()
        .filter(|(n, _)| n != PROOF && specs.iter().any(|s| owns(s, n)))
        .collect();
    for s in specs {
        if s.name != PROOF && !page.iter().any(|(n, _)| owns(s, n)) {
            page.push((s.name.clone(), String::new()));
        }
    }
    page
}

/// `answers` with every answer named in `page` replaced by the page's.
fn merge(answers: &mut Vec<(String, String)>, page: &[(String, String)]) {
    answers.retain(|(n, _)| !page.iter().any(|(p, _)| p == n));
    answers.extend(page.iter().cloned());
}

/// A store's answer, its error written to the server's log (never a draft id).
fn logged<T>(r: Result<Option<T>, dvc_server::dossiers::StoreError>) -> Option<T> {
    r.unwrap_or_else(|e| {
        dvc_server::log::failure("store.failed", &e.to_string());
        None
    })
}

/// The cookie naming this browser's draft (30 days, renewed at each save).
fn draft_cookie(id: &str) -> String {
    crate::cookies().set(COOKIE, id, Some(DRAFT_LIFETIME))
}

/// The cookie that makes this browser forget its draft (at sign-out: a shared computer).
pub fn forget_cookie() -> String {
    crate::cookies().clear(COOKIE)
}

/// A new dossier's answers: what the identity provider vouched for, if signed in.
fn vouched(owner: Option<&Citizen>) -> Vec<(String, String)> {
    let mut answers = Vec::new();
    if let Some(o) = owner {
        vouch(&mut answers, o);
    }
    answers
}

/// Writes what the identity provider vouched for into `answers`, replacing what was there,
/// and marks each question it answers whole as done and vouched ([`VOUCHED`]: not asked,
/// not changeable here). A question it does not answer (no birth date in the claims, say)
/// is asked as usual.
fn vouch(answers: &mut Vec<(String, String)>, c: &Citizen) {
    let known = known_answers(c);
    let fields: [(Step, &[&str]); 3] = [
        (Step::Name, &["full_name"]),
        (Step::Birth, &["dob-day", "dob-month", "dob-year"]),
        (Step::Id, &["id_number"]),
    ];
    for (step, names) in fields {
        if !names.iter().all(|n| known.iter().any(|(k, _)| k == n)) {
            continue;
        }
        answers.retain(|(n, v)| {
            !names.contains(&n.as_str()) && !((n == DONE || n == VOUCHED) && v == step.slug())
        });
        answers.extend(
            known
                .iter()
                .filter(|(k, _)| names.contains(&k.as_str()))
                .cloned(),
        );
        answers.push((DONE.into(), step.slug().into()));
        answers.push((VOUCHED.into(), step.slug().into()));
    }
}

/// The answers the identity provider vouched for, as the questions' fields name them.
fn known_answers(c: &Citizen) -> Vec<(String, String)> {
    let mut known = Vec::new();
    if !c.name.trim().is_empty() {
        known.push(("full_name".to_string(), c.name.clone()));
    }
    if let Some(n) = &c.id_number {
        known.push(("id_number".into(), n.clone()));
    }
    if let Some((y, m, d)) = c.birth_date.as_deref().and_then(|b| {
        let mut parts = b.split('-').map(|p| p.parse::<u32>().ok());
        Some((parts.next()??, parts.next()??, parts.next()??))
    }) {
        known.extend([
            ("dob-day".to_string(), d.to_string()),
            ("dob-month".into(), m.to_string()),
            ("dob-year".into(), y.to_string()),
        ]);
    }
    known
}

fn go(to: String) -> Outcome {
    Outcome::Go {
        to,
        cookie: None,
        submitted: None,
    }
}

fn value(pairs: &[(String, String)], name: &str) -> String {
    pairs
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The value of the cookie `name`.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    dvc_server::identity::sessions::cookie(headers, name)
}

/// Every answer on the route, formatted as the citizen should read it back.
fn read_back(answers: &[(String, String)], files: &[KeptFile], locale: Locale) -> Vec<ReadBack> {
    let values = FormValues(answers.to_vec());
    let say = |vi: &str, en: &str| pick(locale, vi, en).to_string();
    questions(answers)
        .into_iter()
        .map(|step| {
            let shown = if !is_done(answers, step) {
                String::new()
            } else {
                match step {
                    Step::Name => values.name("full_name").unwrap_or_default(),
                    Step::Birth => values.date("dob").map(|d| d.display()).unwrap_or_default(),
                    Step::Id => values
                        .citizen_id("id_number", false)
                        .map(|id| id.grouped())
                        .unwrap_or_default(),
                    Step::Phone => values
                        .phone("phone", false)
                        .map(|p| p.display())
                        .unwrap_or_default(),
                    Step::Address => address_line(&values),
                    Step::Home => match answer(answers, "home") {
                        "own" => say("Của tôi", "Me"),
                        "relative" => say(
                            "Của người thân, tôi về ở cùng",
                            "A relative I am moving in with",
                        ),
                        _ => say("Nhà thuê, mượn hoặc ở nhờ", "Rented, lent or by agreement"),
                    },
                    Step::Owner => format!(
                        "{}\n{}",
                        values.name("owner_name").unwrap_or_default(),
                        say(
                            "Đã đồng ý cho đăng ký thường trú",
                            "Has agreed to the registration"
                        )
                    ),
                    Step::Proof => files
                        .iter()
                        .map(|f| format!("{} ({})", f.name, human_size(f.bytes, locale)))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    Step::Check => String::new(),
                }
            };
            // What the identity provider vouched for is read-only: no "Thay đổi".
            let change_href = if is_vouched(answers, step) {
                String::new()
            } else {
                format!("{}?{RETURN_QUERY}", address(&step.path(), locale))
            };
            ReadBack {
                question: step.short(locale).into(),
                answer: shown,
                change_href,
            }
        })
        .collect()
}

/// 128 random bits as hex from the operating system (None: no id rather than a guessable one).
pub fn random_id() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;

    /// Runs `test` as the server runs this service: on a blocking thread of a runtime,
    /// with drafts in a database in memory.
    fn with_drafts(test: impl FnOnce(&Drafts) + Send + 'static) {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let db = dvc_server::database::Database::in_memory().await.unwrap();
            let drafts = Drafts::new(Arc::new(dvc_server::dossiers::SqlDossiers::new(db)));
            if let Err(e) = tokio::task::spawn_blocking(move || test(&drafts)).await {
                std::panic::resume_unwind(e.into_panic());
            }
        });
    }

    #[test]
    fn a_cookie_is_found_among_others_and_an_emptied_one_is_none() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, "a=1; dvc_draft=abc; b=2".parse().unwrap());
        assert_eq!(cookie(&h, COOKIE).as_deref(), Some("abc"));
        h.insert(header::COOKIE, "dvc_draft=".parse().unwrap());
        assert_eq!(cookie(&h, COOKIE), None);
        assert!(
            is_service(BASE)
                && is_service(SENT_PATH)
                && !is_service("/examples/dang-ky-thuong-trux")
        );
    }

    #[test]
    fn what_the_identity_provider_vouched_for_replaces_what_was_posted_and_is_not_asked() {
        use dvc_server::identity::Level;
        let an = Citizen {
            subject: "an".into(),
            name: "Nguyễn Văn An".into(),
            id_number: Some("001090012345".into()),
            birth_date: Some("1990-02-05".into()),
            level: Level::Two,
        };
        let mut answers = vec![
            ("full_name".to_string(), "Someone Else".to_string()),
            ("id_number".into(), "079185000123".into()),
            ("phone".into(), "0912345678".into()),
        ];
        vouch(&mut answers, &an);
        vouch(&mut answers, &an); // again (each load): nothing doubled
        let value = |n: &str| {
            answers
                .iter()
                .filter(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(value("full_name"), ["Nguyễn Văn An"]);
        assert_eq!(value("id_number"), ["001090012345"]);
        assert_eq!(
            (value("dob-day"), value("dob-month"), value("dob-year")),
            (vec!["5"], vec!["2"], vec!["1990"])
        );
        assert_eq!(
            value("phone"),
            ["0912345678"],
            "the citizen's own answers stay"
        );
        assert_eq!(value(VOUCHED), ["ho-ten", "ngay-sinh", "so-dinh-danh"]);
        assert_eq!(first_missing(&answers), Some(Step::Phone));
        // Without a birth date in the claims, that question is asked as usual.
        let mut fewer = Vec::new();
        vouch(
            &mut fewer,
            &Citizen {
                birth_date: None,
                ..an
            },
        );
        assert!(!is_vouched(&fewer, Step::Birth) && is_vouched(&fewer, Step::Name));
        assert_eq!(first_missing(&fewer), Some(Step::Birth));
    }

    fn citizen(subject: &str) -> Citizen {
        Citizen {
            subject: subject.into(),
            name: format!("Công dân {subject}"),
            id_number: None,
            birth_date: None,
            level: dvc_server::identity::Level::Two,
        }
    }

    /// The headers of a browser whose cookie (a `Set-Cookie` value) names a draft.
    fn browser(set_cookie: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            set_cookie.split(';').next().unwrap().parse().unwrap(),
        );
        h
    }

    fn phone_page(phone: &str) -> (Posted, Vec<FieldSpec>) {
        let posted = Posted {
            pairs: vec![
                (dvc_ui::form::FORM_ID_FIELD.into(), FORM_ID.into()),
                ("phone".into(), phone.into()),
                (ACTION.into(), "save".into()),
            ],
            files: Vec::new(),
        };
        let specs = vec![FieldSpec::new(
            "phone",
            "số điện thoại",
            FieldRule::Phone {
                allow_landline: false,
            },
        )];
        (posted, specs)
    }

    /// An's draft, saved while signed in: the cookie this browser then holds.
    fn an_saves_a_draft(drafts: &Drafts) -> String {
        let an = citizen("an");
        let (posted, specs) = phone_page("0912 345 678");
        let path = Step::Phone.path();
        match drafts.answer(
            &path.parse().unwrap(),
            &path,
            &posted,
            &specs,
            Vec::new(),
            Locale::Vi,
            Some(&an),
        ) {
            Outcome::Go {
                cookie: Some(c), ..
            } => c,
            _ => panic!("An's draft was not saved"),
        }
    }

    fn phone_of(drafts: &Drafts, who: &Citizen) -> Option<String> {
        drafts
            .answers_for(&Step::Phone.path(), Some(who))
            .and_then(|a| a.into_iter().find(|(n, _)| n == "phone").map(|(_, v)| v))
    }

    #[test]
    fn what_a_citizen_typed_after_their_session_ended_is_theirs_alone_to_claim() {
        with_drafts(|drafts| {
            let an_cookie = an_saves_a_draft(&drafts);
            let an_browser = browser(&an_cookie);
            // An's session ends; the next post from An's browser carries no session.
            let (posted, specs) = phone_page("0987 654 321");
            let kept = drafts
                .keep_unclaimed(&an_browser, &Step::Phone.path(), &posted, &specs, None)
                .expect("kept for An");
            assert!(kept.contains("Max-Age=3600"), "{kept}");
            // The draft cookie alone changed nothing of An's draft.
            let stored = wait(drafts.store.latest_of("an", SERVICE, now()))
                .unwrap()
                .unwrap();
            assert_eq!(value(&stored.answers, "phone"), "0912 345 678");
            // Bình signs in on this computer: never sees it, and it stays An's.
            assert_eq!(phone_of(&drafts, &citizen("binh")), None);
            assert_eq!(wait(drafts.store.unowned(now())).unwrap(), 1);
            // An signs in, on another device even: An's draft has what An typed, once.
            assert_eq!(
                phone_of(&drafts, &citizen("an")).as_deref(),
                Some("0987 654 321")
            );
            assert_eq!(wait(drafts.store.unowned(now())).unwrap(), 0);
        });
    }

    #[test]
    fn without_a_session_only_one_small_draft_per_browser_is_kept_and_never_a_file() {
        with_drafts(|drafts| {
            let path = Step::Phone.path();
            let (posted, specs) = phone_page("0987 654 321");
            let chi = || Some("chi".to_string());
            // Nobody's session or draft known: nothing is kept (it would go to whoever signs
            // in next on that computer).
            assert_eq!(
                drafts.keep_unclaimed(&HeaderMap::new(), &path, &posted, &specs, None),
                None
            );
            let first = drafts
                .keep_unclaimed(&HeaderMap::new(), &path, &posted, &specs, chi())
                .unwrap();
            let again = drafts
                .keep_unclaimed(&browser(&first), &path, &posted, &specs, None)
                .unwrap();
            assert_eq!(
                first.split(';').next(),
                again.split(';').next(),
                "the same draft"
            );
            assert_eq!(wait(drafts.store.unowned(now())).unwrap(), 1);
            let (huge, specs) = phone_page(&"9".repeat(UNCLAIMED_MAX_BYTES));
            assert_eq!(
                drafts.keep_unclaimed(&HeaderMap::new(), &path, &huge, &specs, chi()),
                None
            );
            // Files are not kept before a sign-in, nor is the declaration's page.
            let mut with_file = posted.clone();
            with_file.files.push(dvc_server::forms::PostedFile {
                field: PROOF.into(),
                file_name: "giay-to.pdf".into(),
                content_type: "application/pdf".into(),
                bytes: axum::body::Bytes::from_static(b"%PDF-1.4 %%EOF"),
                size: 14,
            });
            let c = drafts
                .keep_unclaimed(
                    &HeaderMap::new(),
                    &Step::Proof.path(),
                    &with_file,
                    &specs,
                    chi(),
                )
                .unwrap();
            let id = c
                .split(';')
                .next()
                .unwrap()
                .split_once('=')
                .unwrap()
                .1
                .to_string();
            assert!(wait(drafts.store.files(&id, PROOF)).unwrap().is_empty());
            assert_eq!(
                drafts.keep_unclaimed(
                    &HeaderMap::new(),
                    &Step::Check.path(),
                    &posted,
                    &specs,
                    chi()
                ),
                None
            );
            // Another citizen signing in on that computer never gets it, and it stays Chi's.
            assert_eq!(phone_of(&drafts, &citizen("dung")), None);
            assert_eq!(
                wait(drafts.store.unclaimed_for("chi", SERVICE, now()))
                    .unwrap()
                    .map(|d| d.id),
                Some(id)
            );
            assert_eq!(
                phone_of(&drafts, &citizen("chi")).as_deref(),
                Some("0987 654 321")
            );
        });
    }
}
