//! A files question's files, kept on the server with the draft (`DossierStore::add_file`),
//! never in the browser: each posted file that passes the question's checks (type by its
//! first bytes and its end, size, count with those kept already) is kept; the page lists
//! what is kept, each with its own "Xoá"; the draft's answer for the question is the kept
//! files' names (what check answers reads back, and what tells the route it is answered).

use super::{Engine, Visit};
use crate::dossiers::Draft;
use crate::forms::Posted;
use dvc_procedure::format::Answer;
use dvc_procedure::route;
use dvc_procedure::screen::KeptFile;
use dvc_rules::files::{check_bytes, FileLimits};

impl Engine {
    /// Whether page `id` asks for files: its limits.
    pub(super) fn file_limits(&self, v: &Visit, id: &str) -> Option<FileLimits> {
        match route::page(&v.file, id)?.answer.as_ref()? {
            Answer::Files {
                types,
                max_bytes,
                max_files,
            } => Some(FileLimits {
                accept: types.clone(),
                max_bytes: *max_bytes,
                max_files: *max_files,
            }),
            _ => None,
        }
    }

    /// The files kept for question `id` of `draft`.
    pub(super) async fn kept_files(&self, draft: Option<&Draft>, id: &str) -> Vec<KeptFile> {
        let Some(d) = draft else { return Vec::new() };
        self.inner
            .store
            .files(&d.id, id)
            .await
            .map_err(|e| crate::log::failure("store.failed", &e.to_string()))
            .unwrap_or_default()
            .into_iter()
            .map(|f| KeptFile {
                id: f.id,
                name: f.name,
                bytes: f.bytes,
            })
            .collect()
    }

    /// The draft's answer for question `id`: the names of the files kept for it.
    pub(super) async fn answer_with_kept_files(&self, draft: &mut Draft, id: &str) {
        let names: Vec<String> = self
            .kept_files(Some(draft), id)
            .await
            .into_iter()
            .map(|f| f.name)
            .collect();
        draft.answers.retain(|(n, _)| n != id);
        draft
            .answers
            .extend(names.into_iter().map(|name| (id.to_string(), name)));
    }

    /// Keeps each file posted for question `id` that passes its checks, while there is
    /// room; false when the store failed. `draft` must be saved already.
    pub(super) async fn keep_files(
        &self,
        draft: &mut Draft,
        id: &str,
        p: &Posted,
        limits: &FileLimits,
    ) -> bool {
        for f in p
            .files
            .iter()
            .filter(|f| f.field == id && !f.file_name.is_empty())
        {
            if check_bytes(&f.file_name, f.size, &f.bytes, limits).is_err() {
                continue;
            }
            match self
                .inner
                .store
                .add_file(&draft.id, id, &f.file_name, &f.bytes, limits.max_files)
                .await
            {
                Ok(Some(_)) => {}
                // The question is full (another post added one meanwhile).
                Ok(None) => break,
                Err(e) => {
                    crate::log::failure("store.failed", &e.to_string());
                    return false;
                }
            }
        }
        self.answer_with_kept_files(draft, id).await;
        true
    }

    /// A kept file of question `id` removed ("Xoá"); false when the store failed.
    pub(super) async fn remove_kept_file(&self, draft: &mut Draft, id: &str, file: i64) -> bool {
        if let Err(e) = self.inner.store.remove_file(&draft.id, file).await {
            crate::log::failure("store.failed", &e.to_string());
            return false;
        }
        self.answer_with_kept_files(draft, id).await;
        true
    }
}
