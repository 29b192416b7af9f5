//! What a page of the service shows from the server's records ([`ServiceView`]): the back
//! link, the files kept, the answers read back, the dossier code, the draft's expiry. The
//! server provides it as context while rendering; nothing of it is written into the page
//! besides what the page shows (nothing hydrates).

use leptos::prelude::*;

/// A file kept with the draft.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct KeptFile {
    pub id: i64,
    pub name: String,
    pub bytes: u64,
}

/// One answer read back on the check answers page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReadBack {
    pub question: String,
    pub answer: String,
    pub change_href: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ServiceView {
    /// Where "Quay lại" goes (the previous question, or the start page).
    pub back: String,
    /// The page was opened from a "Thay đổi" link: "Tiếp tục" returns to check answers.
    pub returning: bool,
    /// Files kept for the attachments question.
    pub files: Vec<KeptFile>,
    /// Every answer on the route, for check answers.
    pub answers: Vec<ReadBack>,
    /// The first question not yet answered (check answers is not ready), its address.
    pub missing: String,
    /// Where a draft in progress resumes (the start page), its address.
    pub resume: String,
    /// The submitted dossier's code.
    pub code: String,
    /// The applicant's name (the sent page).
    pub applicant: String,
    /// The last day the draft is kept ("24/12/2026").
    pub expires: String,
    /// The answers could not be saved (the store failed): said on the page.
    pub not_saved: bool,
    /// A citizen is signed in (the start page's button starts, or first signs in).
    pub signed_in: bool,
    /// Some answers come from the identity provider (check answers says why they have no
    /// "Thay đổi" link).
    pub from_identity: bool,
}

impl ServiceView {
    /// The view of the page being rendered (the server's context; the default when none).
    pub fn current() -> ServiceView {
        use_context::<ServiceView>().unwrap_or_default()
    }
}
