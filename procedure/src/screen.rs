//! What the engine shows at one address of a procedure: plain data the server works out
//! (from the file, the draft and the post) and `dvc-ui`'s `ProcedureScreen` draws, the
//! same for every procedure. The server knows nothing of markup; the page renderer decides
//! nothing.

use crate::read_back::Row;
use crate::route::FeeLine;
use dvc_rules::form::FieldProblem;
use dvc_rules::vietqr::Transfer;

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
    /// The fee of a submitted dossier: what is owed and how to pay.
    pub const PAY: &str = "nop-phi";
    /// The bank transfer by VietQR.
    pub const TRANSFER: &str = "chuyen-khoan";
    /// Where the payment stands (the server's record); the gateway sends the citizen back
    /// here.
    pub const PAYMENT: &str = "thanh-toan";
    /// After [`PAYMENT`]'s address: the state as one word, asked by the page's script
    /// (`…/thanh-toan/trang-thai`).
    pub const PAYMENT_STATE: &str = "trang-thai";
    /// The electronic receipt, once paid.
    pub const RECEIPT: &str = "bien-lai";
    /// In [`PAYMENT`]'s address after a gateway return whose signature did not hold.
    pub const UNCHECKED_RETURN: &str = "tra-ve=chua-xac-minh";
    /// Handing the draft to an officer at the counter: a short code to show them.
    pub const COUNTER: &str = "tai-quay";
    /// Every address above that a file's page may not take.
    pub const ENGINE_PAGES: &[&str] = &[
        "bat-dau", CHECK, SAVED, SENT, PAY, TRANSFER, PAYMENT, RECEIPT, COUNTER,
    ];
}

/// The names the engine's forms post besides the questions' own.
pub mod posted {
    /// The question page's form (`dvc_form`).
    pub const QUESTION_FORM: &str = "question";
    /// The check-answers page's form.
    pub const CHECK_FORM: &str = "check";
    /// The start page's "Bắt đầu một hồ sơ mới".
    pub const NEW_FORM: &str = "new-dossier";
    /// "Tạo mã cho cán bộ" on the counter page ([`super::at::COUNTER`]).
    pub const COUNTER_FORM: &str = "tai-quay";
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
    /// The fee page's form: how to pay.
    pub const PAY_FORM: &str = "pay";
    /// The fee page's question: "vietqr" or "gateway".
    pub const PAY_METHOD: &str = "payment_method";
}

/// Where a payment stands, as the server's record has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayState {
    /// Started, not yet confirmed by the bank or the gateway.
    Pending,
    Paid,
    Failed,
    /// Not paid within its time.
    Expired,
}

impl PayState {
    /// The word the state address answers ("pending", "paid", "failed", "expired").
    pub fn word(self) -> &'static str {
        match self {
            PayState::Pending => "pending",
            PayState::Paid => "paid",
            PayState::Failed => "failed",
            PayState::Expired => "expired",
        }
    }
}

/// How a dossier's fee is paid, as the confirmation says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeeStep {
    /// Nothing to pay.
    Free,
    /// To pay, but not online here (no account or gateway for this agency): at the office.
    AtOffice,
    /// To pay online: "Nộp phí" goes to the fee page.
    Due,
    /// Paid: the receipt.
    Paid,
}

/// What the receipt says of a payment the server has confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    /// Who paid, as the dossier names them (the signed-in citizen; empty when unknown).
    pub payer: String,
    /// When, as the gateway or the bank said ("yyyyMMddHHmmss", Viet Nam time; may be
    /// empty).
    pub paid_at: String,
    /// The gateway's or the bank's transaction number.
    pub transaction: String,
    /// "vietqr" or "gateway".
    pub method: String,
    /// The gateway's name ("VNPAY") and the bank it named, for a gateway payment.
    pub gateway: String,
    pub bank_code: String,
    /// Who collected the money (the receiving account's holder).
    pub collector: String,
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
        /// is kept (dd/mm/yyyy).
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
    /// The answers are kept on the server until `expires` (dd/mm/yyyy); `resume` carries on.
    Saved { expires: String, resume: String },
    /// Submitted: the dossier's code, what is to pay and how.
    Sent {
        code: String,
        fees: Vec<FeeLine>,
        fee: FeeStep,
        /// Where the citizen follows the dossier, when the portal keeps cases: its page in
        /// "Hồ sơ của tôi" (signed in), or the look-up by code.
        follow: Option<String>,
    },
    /// The fee page: what is owed, then how to pay (nothing chosen in advance): a bank
    /// transfer by VietQR, and the gateway when the portal has one.
    Pay {
        code: String,
        fees: Vec<FeeLine>,
        /// How the last payment ended (failed, expired), said above the choice.
        earlier: Option<PayState>,
        /// The payment gateway's name ("VNPAY"), when it is offered.
        gateway: Option<String>,
        /// No way chosen (after a post).
        problems: Vec<FieldProblem>,
    },
    /// The VietQR transfer: the code and its facts as text, and where the payment stands.
    Transfer {
        code: String,
        transfer: Transfer,
        bank_name: String,
        account_holder: String,
        state: PayState,
    },
    /// Where the payment stands (the page the gateway returns to).
    Payment {
        code: String,
        state: PayState,
        /// The gateway's return could not be checked (a changed or forged address): the
        /// state is still the server's own.
        return_refused: bool,
    },
    /// The electronic receipt (none yet: not paid).
    Receipt {
        code: String,
        fees: Vec<FeeLine>,
        paid: Option<Receipt>,
    },
    /// A page of a procedure that needs a sign-in, opened without one (a bookmark, a link
    /// from check answers after the session ended): what is needed, and the way in, which
    /// comes back to this page.
    SignIn { href: String, level: u8 },
    /// Nothing submitted from this browser (the confirmation's address opened without one).
    NothingSent,
    /// Handing the draft to an officer at a one-stop counter: a short code to show them
    /// (`code`: the code, spaced for reading aloud, and the time it ends, "10:52"; only on
    /// the page that made it), whether an office has opened the draft (`opened`: the
    /// office in words and when), and the way to make a new code.
    Counter {
        code: Option<(String, String)>,
        opened: Option<(String, String)>,
        back: String,
    },
}
