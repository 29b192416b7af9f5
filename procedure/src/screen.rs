//! What the engine shows at one address of a procedure: plain data the server works out
//! (from the file, the draft and the post) and `dvc-ui`'s `ProcedureScreen` draws, the
//! same for every procedure. The server knows nothing of markup; the page renderer decides
//! nothing.

use crate::read_back::Row;
use crate::route::FeeLine;
use dvc_rules::form::FieldProblem;

/// The last part of the address of each page the engine adds to a file's own (a file
/// cannot give a page one of these ids: `check` refuses them).
pub mod at {
    /// Check answers, the declaration and "Nộp hồ sơ".
    pub const CHECK: &str = "kiem-tra";
    /// "Saved: come back by …".
    pub const SAVED: &str = "da-luu";
    /// The confirmation with the dossier's code.
    pub const SENT: &str = "da-nop";
    /// A question page opened from check answers says so in its address: its post returns
    /// there (or to the next question a change made necessary).
    pub const RETURN_QUERY: &str = "quay-ve=kiem-tra";
    /// After a group page's address: a new item (`khach/them`); item N is `khach/N`.
    pub const NEW_ITEM: &str = "them";
}

/// The names the engine's forms post besides the questions' own.
pub mod posted {
    /// The question page's form (`dvc_form`).
    pub const QUESTION_FORM: &str = "question";
    /// The check-answers page's form.
    pub const CHECK_FORM: &str = "check";
    /// The start page's "Bắt đầu một hồ sơ mới".
    pub const NEW_FORM: &str = "new-dossier";
    /// The files a files question keeps on the server, each with its "Xoá" (a form of its
    /// own, before the question's: Enter there presses "Tiếp tục", never a "Xoá").
    pub const KEPT_FILES_FORM: &str = "kept-files";
    /// A repeating group's list: "add another?" and "Tiếp tục".
    pub const GROUP_FORM: &str = "group";
    /// The list's items, each with its "Xoá" (a form of its own, before the list's: Enter
    /// in the list's form presses "Tiếp tục", never a "Xoá").
    pub const GROUP_ITEMS_FORM: &str = "group-items";
    /// The list's "add another?" (`co` or `khong`).
    pub const ADD_ANOTHER: &str = "them-nua";
    /// The value of the action field that removes item N: `remove-N`.
    pub const REMOVE: &str = "remove-";
    /// The value of the kit's action field (`dvc_action`) for "Lưu và tiếp tục sau".
    pub const SAVE: &str = "save";
}

/// A file kept on the server for a files question: its number (to remove it), name and size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptFile {
    pub id: i64,
    pub name: String,
    pub bytes: u64,
}

/// One screen of a procedure, with everything its page says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// What the procedure is for and what the citizen needs, and how to begin.
    Start {
        /// Where "Bắt đầu" goes: the first question, or signing in first.
        begin: String,
        /// A draft in progress: the address of the page it returns to, and the last day it
        /// is kept (d/m/yyyy).
        resume: Option<(String, String)>,
        /// A dossier already submitted from this draft: its code.
        sent: Option<String>,
    },
    /// A question page (or an exit page).
    Question {
        page: String,
        /// The dossier's answers so far (they word the question).
        answers: Vec<(String, String)>,
        /// What the boxes show: the draft's answers, or what was posted.
        values: Vec<(String, String)>,
        /// What is wrong with a post (empty on a first view).
        problems: Vec<FieldProblem>,
        /// "Quay lại": the previous page of the route taken (or the start page).
        back: String,
        /// Where the form posts (the page's address, kept when opened from check answers).
        action: String,
        /// The server could not keep the answers: say so, every answer still in the boxes.
        not_saved: bool,
        /// One item of a repeating group: kept when complete (no "Lưu và tiếp tục sau",
        /// nothing kept while typing).
        item: bool,
        /// The identity answered this question: its answer in words, shown read-only.
        vouched: Option<String>,
        /// A files question: the files the server keeps for it already.
        kept: Vec<KeptFile>,
    },
    /// A repeating group's list ("add another"): each item with its "Thay đổi" and "Xoá",
    /// then whether to add another.
    GroupList {
        page: String,
        /// Each item read back ("Khách 1": its answers), `page` being its own address
        /// (`khach/1`).
        items: Vec<Row>,
        /// The group has fewer items than its `min`: only "Thêm …" goes on.
        needs_more: bool,
        /// Another item may be added (fewer than `max`): asked "add another?".
        can_add: bool,
        back: String,
        /// Where the list's form posts (kept when opened from check answers).
        action: String,
        problems: Vec<FieldProblem>,
    },
    /// Every answer read back with its "Thay đổi", the fee, the declaration and "Nộp hồ sơ".
    CheckAnswers {
        rows: Vec<Row>,
        fees: Vec<FeeLine>,
        back: String,
        /// A question of the route is still unanswered: its address ("Trả lời câu hỏi
        /// tiếp theo"); nothing can be submitted yet.
        missing: Option<String>,
        /// The declaration's problem, after a post without it ticked.
        problems: Vec<FieldProblem>,
        /// The pages the identity answered: read back with no "Thay đổi".
        vouched: Vec<String>,
        not_saved: bool,
    },
    /// The answers are kept on the server until `expires` (d/m/yyyy); `resume` carries on.
    Saved { expires: String, resume: String },
    /// Submitted: the dossier's code, and what is to pay.
    Sent { code: String, fees: Vec<FeeLine> },
    /// A page of a procedure that needs a sign-in, opened without one (a bookmark, a link
    /// from check answers after the session ended): what is needed, and the way in, which
    /// comes back to this page.
    SignIn { href: String, level: u8 },
    /// Nothing submitted from this browser (the confirmation's address opened without one).
    NothingSent,
}
