//! The procedure engine's server half, the same for every procedure file (`dvc-procedure`):
//! the files a portal serves (read and checked when it starts: a file with a problem stops
//! it, each problem at its line), what a post of a question page does to the dossier's
//! draft (checked against the file, the page's answers replaced, answers a change took off
//! the route dropped, where the citizen goes next), the answers read back for check
//! answers, and the submission to the agency the file names. Nothing here draws a page
//! (that is `dvc-ui`'s `QuestionPage`) or knows a procedure.

pub mod engine;
pub mod payments;

use crate::dossiers::{DossierCode, DossierStore, Draft, StoreError};
use dvc_procedure::format::ProcedureFile;
pub use dvc_procedure::read_back::{read_back, Row};
use dvc_procedure::route;
use dvc_rules::date::Date;
use dvc_rules::form::{check_posted, strip_unasked, FieldProblem, FieldRule, FieldSpec, FileInfo};
use dvc_rules::Locale;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The procedures a portal serves, by their `slug`.
#[derive(Clone, Default)]
pub struct Procedures {
    by_slug: BTreeMap<String, Arc<ProcedureFile>>,
}

impl Procedures {
    /// Reads and checks every `*.toml` file of `dir`. Err: every problem of every file
    /// (`file:line: field: …`), and two files with one slug.
    pub fn load(dir: &Path) -> Result<Procedures, Vec<String>> {
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| vec![format!("{}: cannot be read: {e}", dir.display())])?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        let mut problems = Vec::new();
        let mut procedures = Procedures::default();
        for path in paths {
            let name = path.display().to_string();
            let text = match std::fs::read_to_string(&path) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(format!("{name}: cannot be read: {e}"));
                    continue;
                }
            };
            match dvc_procedure::read(&name, &text) {
                Ok(file) => {
                    let slug = file.procedure.slug.clone();
                    if procedures.by_slug.contains_key(&slug) {
                        problems.push(format!(
                            "{name}: procedure.slug: another file has the address \"{slug}\": give each procedure its own"
                        ));
                    }
                    procedures.by_slug.insert(slug, Arc::new(file));
                }
                Err(list) => problems.extend(list.iter().map(|p| p.to_string())),
            }
        }
        if problems.is_empty() {
            Ok(procedures)
        } else {
            Err(problems)
        }
    }

    /// The procedure with this address.
    pub fn get(&self, slug: &str) -> Option<Arc<ProcedureFile>> {
        self.by_slug.get(slug).cloned()
    }

    /// Every procedure, by address.
    pub fn all(&self) -> impl Iterator<Item = &Arc<ProcedureFile>> {
        self.by_slug.values()
    }
}

/// Where a citizen goes after a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    /// A question page (or an exit page), by its `id`.
    Page(String),
    CheckAnswers,
}

/// What a post of a question page leads to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The answers are not right: the page again, with the answers as posted and these
    /// problems (nothing was saved).
    Problems(Vec<FieldProblem>),
    /// Saved in the draft: go there.
    Saved(Next),
}

/// Whether the posted `name` is one of `specs`' (a date's three boxes are its parts).
pub(crate) fn belongs(name: &str, specs: &[FieldSpec]) -> bool {
    specs.iter().any(|s| {
        name == s.name
            || (matches!(s.rule, FieldRule::Date(_))
                && name
                    .strip_prefix(s.name.as_str())
                    .is_some_and(|r| matches!(r, "-day" | "-month" | "-year")))
    })
}

/// The most answers one unchecked post keeps.
const MAX_KEPT_UNCHECKED: usize = 200;

/// A post kept as typed, unchecked ("Lưu và tiếp tục sau", answers kept while typing):
/// the page's answers (`specs`) replace the ones it had; nothing else changes.
pub fn keep_unchecked(draft: &mut Draft, specs: &[FieldSpec], posted: &[(String, String)]) {
    // Each value once, and at most as many as a page has boxes and choices: a post of a
    // thousand copies of one answer keeps one.
    let mut kept: Vec<(String, String)> = Vec::new();
    for (n, v) in posted
        .iter()
        .filter(|(n, v)| belongs(n, specs) && !v.is_empty())
    {
        if kept.len() >= MAX_KEPT_UNCHECKED {
            break;
        }
        if !kept.iter().any(|(m, w)| m == n && w == v) {
            kept.push((n.clone(), v.clone()));
        }
    }
    draft.answers.retain(|(n, _)| !belongs(n, specs));
    draft.answers.extend(kept);
}

/// A post of page `id` of `file` applied to `draft`: checked against the file's rules for
/// that page (the same the page gave the browser), then the page's answers replace the
/// ones it had, what the change took off the route is dropped, and the citizen goes to the
/// next page of the route, or (`returning` from check answers) to the first page still
/// unanswered or back to check answers. `files`: the files posted (checked by name, size,
/// count and first bytes); `kept_files`: how many the server keeps for a files question
/// already. None: the file has no such page.
#[allow(clippy::too_many_arguments)]
pub fn post_page(
    file: &ProcedureFile,
    id: &str,
    draft: &mut Draft,
    posted: &[(String, String)],
    files: &[FileInfo],
    kept_files: usize,
    today: Date,
    locale: Locale,
    returning: bool,
) -> Option<Outcome> {
    let page = route::page(file, id)?;
    // A files question with files kept already: room for fewer, and more are optional.
    let specs = route::with_kept(
        route::specs(file, page, &draft.answers, locale),
        id,
        kept_files,
    );
    let problems = check_posted(&specs, posted, files, today);
    if !problems.is_empty() {
        return Some(Outcome::Problems(problems));
    }
    let kept: Vec<(String, String)> = strip_unasked(&specs, posted)
        .into_iter()
        .filter(|(n, v)| belongs(n, &specs) && !v.is_empty())
        .collect();
    draft.answers.retain(|(n, _)| !belongs(n, &specs));
    draft.answers.extend(kept);
    draft.answers = route::on_route_only(file, &draft.answers);
    draft.step = id.to_string();
    let next = if returning {
        route::first_unanswered(file, &draft.answers)
    } else {
        route::next(file, &draft.answers, id)
    };
    Some(Outcome::Saved(match next {
        route::Next::Page(p) => Next::Page(p.id.clone()),
        route::Next::CheckAnswers => Next::CheckAnswers,
    }))
}

/// The declaration the citizen ticks on the check-answers page (posted as `declaration`).
pub fn declaration_spec(locale: Locale) -> FieldSpec {
    let subject = match locale {
        Locale::Vi => "lời cam đoan",
        Locale::En => "the declaration",
    };
    FieldSpec::new("declaration", subject, FieldRule::MustTick)
}

/// The agency that decides this dossier: the file's code, or the agency of the place an
/// answer gives (`agency_of(level, place code)`, from the portal's table of agencies:
/// "commune" with the commune's code, "province" with the province's). None: no agency is
/// known for that place.
pub fn agency(
    file: &ProcedureFile,
    answers: &[(String, String)],
    agency_of: &dyn Fn(&str, &str) -> Option<String>,
) -> Option<String> {
    let a = &file.procedure.agency;
    if let Some(code) = &a.code {
        return Some(code.clone());
    }
    let (by, level) = (a.by.as_deref()?, a.table.as_deref()?);
    let name = format!("{by}_{level}");
    let place = answers.iter().find(|(n, v)| *n == name && !v.is_empty())?;
    agency_of(level, &place.1)
}

/// Submits the draft `draft` of `file` on `day` to its agency: the dossier code (the same
/// one again for a second submit), and whether this call gave it (once per dossier). None
/// when no agency is known for its answers or there is no such draft.
pub async fn submit(
    file: &ProcedureFile,
    store: &dyn DossierStore,
    draft: &Draft,
    day: Date,
    agency_of: &(dyn Fn(&str, &str) -> Option<String> + Sync),
) -> Result<Option<(DossierCode, bool)>, StoreError> {
    let Some(agency) = agency(file, &draft.answers, agency_of) else {
        return Ok(None);
    };
    store.submit_once(&draft.id, &agency, day).await
}
