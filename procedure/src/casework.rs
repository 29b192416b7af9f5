//! A submitted dossier's life, the same for every procedure: where it stands ([`Status`]),
//! what moves it ([`Happened`], each event recorded once, who, what and when, never changed
//! afterwards) and what the one-stop desk may do at each stand ([`Action`]).
//!
//! Pure data and words (Vietnamese and English): the server's store keeps the events, the
//! kit's components draw the status tag and the timeline, the officer's desk offers the
//! actions. The terms follow the one-stop regulations (Nghị định 61/2018/NĐ-CP, 107/2021):
//! received, being processed, more papers needed, refused, result ready, handed over.
//!
//! ```
//! use dvc_procedure::casework::{Action, Status};
//! use dvc_rules::Locale;
//! assert_eq!(Status::Waiting.words(Locale::Vi), "Chờ tiếp nhận");
//! assert!(Status::Waiting.actions().contains(&Action::AskMore));
//! assert_eq!(Action::Accept.after(), Status::Processing);
//! assert!(Status::Done.actions().is_empty());
//! ```

use dvc_rules::Locale;

/// Where a dossier stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Submitted (or supplemented) and not yet received by the desk.
    Waiting,
    /// Received: the agency is deciding it (a due date is set).
    Processing,
    /// The citizen must send more answers or papers (the reason, what, by when).
    NeedsMore,
    /// Refused, with the reason and its legal basis. Ended.
    Refused,
    /// The result can be collected (or is sent).
    ResultReady,
    /// The result was handed over. Ended.
    Done,
}

impl Status {
    /// Every status, in the order of a dossier's life.
    pub const ALL: [Status; 6] = [
        Status::Waiting,
        Status::Processing,
        Status::NeedsMore,
        Status::ResultReady,
        Status::Done,
        Status::Refused,
    ];

    /// Its name in stores and addresses.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Waiting => "cho-tiep-nhan",
            Status::Processing => "dang-giai-quyet",
            Status::NeedsMore => "can-bo-sung",
            Status::Refused => "tu-choi",
            Status::ResultReady => "co-ket-qua",
            Status::Done => "da-tra-ket-qua",
        }
    }

    /// The status of a slug.
    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// In words, as its tag says it.
    pub fn words(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Status::Waiting, Locale::Vi) => "Chờ tiếp nhận",
            (Status::Waiting, Locale::En) => "Waiting to be received",
            (Status::Processing, Locale::Vi) => "Đang giải quyết",
            (Status::Processing, Locale::En) => "Being processed",
            (Status::NeedsMore, Locale::Vi) => "Cần bổ sung",
            (Status::NeedsMore, Locale::En) => "More needed",
            (Status::Refused, Locale::Vi) => "Từ chối",
            (Status::Refused, Locale::En) => "Refused",
            (Status::ResultReady, Locale::Vi) => "Có kết quả",
            (Status::ResultReady, Locale::En) => "Result ready",
            (Status::Done, Locale::Vi) => "Đã trả kết quả",
            (Status::Done, Locale::En) => "Result handed over",
        }
    }

    /// What the citizen is to do now, in a sentence.
    pub fn next_step(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Status::Waiting, Locale::Vi) => {
                "Không cần làm gì. Bộ phận Một cửa sẽ kiểm tra và tiếp nhận hồ sơ."
            }
            (Status::Waiting, Locale::En) => {
                "Nothing to do. The one-stop desk will check and receive the dossier."
            }
            (Status::Processing, Locale::Vi) => {
                "Không cần làm gì. Chúng tôi nhắn tin khi có kết quả."
            }
            (Status::Processing, Locale::En) => {
                "Nothing to do. We will text you when the result is ready."
            }
            (Status::NeedsMore, Locale::Vi) => "Bổ sung những gì được yêu cầu trước hạn.",
            (Status::NeedsMore, Locale::En) => "Send what was asked for before the deadline.",
            (Status::Refused, Locale::Vi) => {
                "Đọc lý do. Bạn có thể nộp hồ sơ mới hoặc khiếu nại theo căn cứ đã nêu."
            }
            (Status::Refused, Locale::En) => {
                "Read the reason. You may submit a new dossier, or appeal on the basis given."
            }
            (Status::ResultReady, Locale::Vi) => {
                "Nhận kết quả tại Bộ phận Một cửa, mang theo thẻ căn cước."
            }
            (Status::ResultReady, Locale::En) => {
                "Collect the result at the one-stop desk; bring your identity card."
            }
            (Status::Done, Locale::Vi) => "Không cần làm gì. Hồ sơ đã hoàn thành.",
            (Status::Done, Locale::En) => "Nothing to do. The dossier is complete.",
        }
    }

    /// The desk's actions at this stand.
    pub fn actions(self) -> &'static [Action] {
        match self {
            Status::Waiting => &[Action::Accept, Action::AskMore, Action::Refuse],
            Status::Processing => &[Action::ResultReady, Action::AskMore, Action::Refuse],
            Status::NeedsMore => &[Action::Refuse],
            Status::ResultReady => &[Action::HandOver],
            Status::Refused | Status::Done => &[],
        }
    }

    /// Whether nothing more can happen to the dossier.
    pub fn ended(self) -> bool {
        matches!(self, Status::Refused | Status::Done)
    }
}

/// What the one-stop desk does to a dossier, each confirmed and recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// Receive it, with the day its result is due.
    Accept,
    /// Ask for more answers or papers: a reason, which ones, by when.
    AskMore,
    /// Refuse it: a reason and its legal basis.
    Refuse,
    /// The result is ready to collect.
    ResultReady,
    /// The result was handed to the citizen.
    HandOver,
}

impl Action {
    pub const ALL: [Action; 5] = [
        Action::Accept,
        Action::AskMore,
        Action::Refuse,
        Action::ResultReady,
        Action::HandOver,
    ];

    /// Its name in addresses and posts.
    pub fn slug(self) -> &'static str {
        match self {
            Action::Accept => "tiep-nhan",
            Action::AskMore => "yeu-cau-bo-sung",
            Action::Refuse => "tu-choi",
            Action::ResultReady => "co-ket-qua",
            Action::HandOver => "tra-ket-qua",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.slug() == slug)
    }

    /// The button's words.
    pub fn words(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Action::Accept, Locale::Vi) => "Tiếp nhận hồ sơ",
            (Action::Accept, Locale::En) => "Receive the dossier",
            (Action::AskMore, Locale::Vi) => "Yêu cầu bổ sung",
            (Action::AskMore, Locale::En) => "Ask for more",
            (Action::Refuse, Locale::Vi) => "Từ chối hồ sơ",
            (Action::Refuse, Locale::En) => "Refuse the dossier",
            (Action::ResultReady, Locale::Vi) => "Báo có kết quả",
            (Action::ResultReady, Locale::En) => "Mark the result ready",
            (Action::HandOver, Locale::Vi) => "Xác nhận đã trả kết quả",
            (Action::HandOver, Locale::En) => "Confirm the result was handed over",
        }
    }

    /// Where the dossier stands after it.
    pub fn after(self) -> Status {
        match self {
            Action::Accept => Status::Processing,
            Action::AskMore => Status::NeedsMore,
            Action::Refuse => Status::Refused,
            Action::ResultReady => Status::ResultReady,
            Action::HandOver => Status::Done,
        }
    }

    /// What it records.
    pub fn happened(self) -> Happened {
        match self {
            Action::Accept => Happened::Accepted,
            Action::AskMore => Happened::MoreAsked,
            Action::Refuse => Happened::Refused,
            Action::ResultReady => Happened::ResultReady,
            Action::HandOver => Happened::HandedOver,
        }
    }
}

/// What happened to a dossier (one event of its timeline).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Happened {
    /// The citizen submitted it.
    Submitted,
    /// An office submitted it at its counter on the citizen's behalf (the citizen handed
    /// the draft over with a code).
    SubmittedAtCounter,
    /// The desk received it (with the due day).
    Accepted,
    /// The desk asked for more (reason, which answers and papers, by when).
    MoreAsked,
    /// The citizen sent what was asked.
    MoreSent,
    /// The agency refused it (reason, legal basis).
    Refused,
    /// The result is ready.
    ResultReady,
    /// The result was handed over.
    HandedOver,
}

impl Happened {
    pub const ALL: [Happened; 8] = [
        Happened::Submitted,
        Happened::SubmittedAtCounter,
        Happened::Accepted,
        Happened::MoreAsked,
        Happened::MoreSent,
        Happened::Refused,
        Happened::ResultReady,
        Happened::HandedOver,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Happened::Submitted => "nop",
            Happened::SubmittedAtCounter => "nop-tai-quay",
            Happened::Accepted => "tiep-nhan",
            Happened::MoreAsked => "yeu-cau-bo-sung",
            Happened::MoreSent => "da-bo-sung",
            Happened::Refused => "tu-choi",
            Happened::ResultReady => "co-ket-qua",
            Happened::HandedOver => "tra-ket-qua",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Happened> {
        Happened::ALL.into_iter().find(|h| h.slug() == slug)
    }

    /// Where the dossier stands after it.
    pub fn status(self) -> Status {
        match self {
            Happened::Submitted | Happened::SubmittedAtCounter | Happened::MoreSent => {
                Status::Waiting
            }
            Happened::Accepted => Status::Processing,
            Happened::MoreAsked => Status::NeedsMore,
            Happened::Refused => Status::Refused,
            Happened::ResultReady => Status::ResultReady,
            Happened::HandedOver => Status::Done,
        }
    }

    /// The event's heading on the timeline.
    pub fn words(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Happened::Submitted, Locale::Vi) => "Đã nộp hồ sơ trực tuyến",
            (Happened::Submitted, Locale::En) => "Dossier submitted online",
            (Happened::SubmittedAtCounter, Locale::Vi) => {
                "Cán bộ đã nộp hồ sơ tại quầy thay người nộp"
            }
            (Happened::SubmittedAtCounter, Locale::En) => {
                "Submitted at the counter by the officer, for the applicant"
            }
            (Happened::Accepted, Locale::Vi) => "Đã tiếp nhận hồ sơ",
            (Happened::Accepted, Locale::En) => "Dossier received",
            (Happened::MoreAsked, Locale::Vi) => "Yêu cầu bổ sung hồ sơ",
            (Happened::MoreAsked, Locale::En) => "More papers asked for",
            (Happened::MoreSent, Locale::Vi) => "Đã gửi bổ sung",
            (Happened::MoreSent, Locale::En) => "More papers sent",
            (Happened::Refused, Locale::Vi) => "Từ chối giải quyết",
            (Happened::Refused, Locale::En) => "Dossier refused",
            (Happened::ResultReady, Locale::Vi) => "Đã có kết quả",
            (Happened::ResultReady, Locale::En) => "Result ready",
            (Happened::HandedOver, Locale::Vi) => "Đã trả kết quả",
            (Happened::HandedOver, Locale::En) => "Result handed over",
        }
    }

    /// Whether the citizen is told (a message in "Hồ sơ của tôi" and the outbox).
    pub fn tells_citizen(self) -> bool {
        !matches!(
            self,
            Happened::Submitted | Happened::SubmittedAtCounter | Happened::MoreSent
        )
    }
}

/// Who did it, in words the citizen may read: the citizen, or an office (never an
/// officer's name or account).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    Citizen,
    /// The office's name in words ("Bộ phận Một cửa UBND xã …").
    Office(String),
}

impl Actor {
    pub fn words(&self, locale: Locale) -> String {
        match (self, locale) {
            (Actor::Citizen, Locale::Vi) => "Bạn".into(),
            (Actor::Citizen, Locale::En) => "You".into(),
            (Actor::Office(name), _) => name.clone(),
        }
    }
}

/// One event of a dossier's timeline, as the citizen and the officer read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub happened: Happened,
    pub by: Actor,
    /// When, as read in Viet Nam ("14:03, 05/12/2026").
    pub when: String,
    /// The same for `<time datetime>` ("2026-12-05T14:03+07:00").
    pub datetime: String,
    /// The reason (asking for more, refusing).
    pub reason: Option<String>,
    /// The legal basis of a refusal.
    pub basis: Option<String>,
    /// The day something is due (the result, or the more papers), dd/mm/yyyy.
    pub due: Option<String>,
    /// What is asked for or was sent, each in words (the question's short name).
    pub items: Vec<String>,
}

/// One dossier of a citizen's list ("Hồ sơ của tôi").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DossierLine {
    pub code: String,
    /// The procedure's name.
    pub procedure: String,
    /// The dossier's page.
    pub href: String,
    /// dd/mm/yyyy.
    pub submitted: String,
    /// The result's (or the more papers') due day, dd/mm/yyyy.
    pub due: Option<String>,
    pub status: Status,
}

/// A page of the dossier's life for the portal to draw (`dvc_ui::flow::CaseScreen`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CasePage {
    /// "Hồ sơ của tôi": the messages of the office to the signed-in citizen (newest first:
    /// the dossier's code, its page, the event), and their dossiers, newest first.
    Mine {
        notices: Vec<(String, String, Event)>,
        dossiers: Vec<DossierLine>,
    },
    /// One dossier of the signed-in citizen: where it stands, what to do, its timeline
    /// (newest first), the answers as submitted, the fee.
    Dossier {
        line: DossierLine,
        /// What the citizen is to do, when they must (answering a request for more).
        answer_more: Option<String>,
        /// What was asked for has just been sent: said in a success banner.
        sent_more: bool,
        /// The latest request for more: its reason, what, by when.
        asked: Option<Event>,
        /// Newest first.
        timeline: Vec<Event>,
        /// The answers as submitted: (question, answer).
        rows: Vec<(String, String)>,
        /// The fee's receipt, when paid online.
        receipt: Option<String>,
        /// Back to the list.
        back: String,
    },
    /// Answering a request for more: what the office asked (its reason, by when), each
    /// answer or paper it named as it now stands, with its page to change it, and
    /// "Gửi bổ sung" (a form posted here). Everything else stays as submitted.
    /// `unchanged`: sending was refused because nothing named was changed.
    More {
        line: DossierLine,
        asked: Event,
        items: Vec<MoreItem>,
        unchanged: bool,
        /// Which request for more this answers (the first is 1), posted with "Gửi bổ
        /// sung": a page left open from an earlier request sends nothing for a later one.
        request: usize,
        /// Back to the dossier's page.
        back: String,
    },
    /// A page of the citizen's side opened without signing in: the way in (which comes
    /// back here), and the look-up by code.
    SignIn { href: String, look_up: String },
    /// No dossier of this citizen has that code (the same for one that is someone else's).
    NotFound { back: String },
    /// Look-up by dossier code without signing in: the code and the last four digits of
    /// the identification or phone number given. `not_found`: no dossier has that code
    /// with those digits (one answer for a wrong code and a wrong factor).
    LookUp {
        values: Vec<(String, String)>,
        problems: Vec<dvc_rules::form::FieldProblem>,
        not_found: bool,
        /// Too many wrong look-ups of this code: when it may be looked up again, in words
        /// ("15:04, 06/12/2026").
        locked_until: Option<String>,
    },
    /// What the look-up may say without signing in: the procedure, the days and the
    /// status; the answers only after signing in (`sign_in`, back to the dossier's page).
    Found {
        line: DossierLine,
        sign_in: String,
        again: String,
    },
}

/// One answer or paper a request for more named, as the citizen is sending it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MoreItem {
    /// Its page (the question's name): the change link's id is made from it.
    pub page: String,
    /// The question's words.
    pub question: String,
    /// The answer as it now stands, read back (the files' names for a paper).
    pub answer: String,
    /// Its page, to change it.
    pub href: String,
    /// Changed since the office asked.
    pub changed: bool,
}

/// One dossier of the desk's queue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueueLine {
    pub line: DossierLine,
    /// The applicant's name.
    pub applicant: String,
}

/// The desk's queue as the officer asked for it (the filters, sorting and page, each kept
/// in the links).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queue {
    pub lines: Vec<QueueLine>,
    /// How many match the filters, and how many pages of them.
    pub total: usize,
    pub page: usize,
    pub pages: usize,
    /// Each status with how many of this agency's dossiers have it (other filters applied),
    /// and whether it is chosen.
    pub statuses: Vec<(Status, usize, bool)>,
    /// Each procedure (slug, name) and whether it is chosen.
    pub procedures: Vec<(String, String, bool)>,
    /// Received from, to (as typed, dd/mm/yyyy).
    pub from: String,
    pub to: String,
    /// The sort's slug and whether it is descending.
    pub sort: String,
    pub descending: bool,
    /// The queue's address without a query, and the query of this view (filters and
    /// sorting, no page) as pairs.
    pub base: String,
    pub query: Vec<(String, String)>,
}

/// A question or paper the desk may ask for again: its page and its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Askable {
    pub page: String,
    pub words: String,
}

/// A page of the officer's side, for the portal to draw (`dvc_ui::flow::DeskScreen`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeskPage {
    /// The officer's sign-in: their personal identification number and password (a wrong
    /// pair, or too many, said as the number's problem; the password never drawn back).
    /// `unavailable`: the server could not check it now.
    SignIn {
        values: Vec<(String, String)>,
        problems: Vec<dvc_rules::form::FieldProblem>,
        unavailable: bool,
    },
    /// The one-time code sent to the officer's phone (masked); a new one may be asked for
    /// after `resend_after` seconds.
    Code {
        sent_to: String,
        resend_after: u64,
        problems: Vec<dvc_rules::form::FieldProblem>,
    },
    /// The queue of the officer's agency.
    Queue { office: String, queue: Queue },
    /// One dossier: its facts, answers, files (name, size in bytes, download address), the
    /// timeline and the actions its status allows (each with its page's address).
    /// `done`: what was just recorded (a success banner that takes focus).
    Dossier {
        line: QueueLine,
        rows: Vec<(String, String)>,
        files: Vec<(String, u64, String)>,
        timeline: Vec<Event>,
        actions: Vec<(Action, String)>,
        done: Option<Happened>,
        back: String,
    },
    /// An action's page: what it records and asks (the due day; a reason; which answers
    /// and papers; the legal basis), confirmed by its button. `seen`: the status it was
    /// opened at (posted back, so that a change by someone else is not overwritten).
    Act {
        line: QueueLine,
        action: Action,
        seen: Status,
        askable: Vec<Askable>,
        values: Vec<(String, String)>,
        problems: Vec<dvc_rules::form::FieldProblem>,
        /// The dossier moved since the page was opened: what it stands at now.
        moved: bool,
        back: String,
    },
    /// No dossier of the officer's agency has that code (the same for another agency's).
    NotFound { back: String },
    /// A citizen at the counter hands their draft over: the short code their screen
    /// shows, typed by the officer (a wrong, used or late code said as its problem).
    Counter {
        values: Vec<(String, String)>,
        problems: Vec<dvc_rules::form::FieldProblem>,
        back: String,
    },
}

/// The desk's forms and their answers' names.
pub mod desk {
    pub const SIGN_IN_FORM: &str = "dang-nhap-mot-cua";
    pub const LOGIN: &str = "ten-dang-nhap";
    pub const PASSWORD: &str = "mat-khau";
    pub const CODE_FORM: &str = "ma-xac-thuc";
    pub const CODE: &str = "ma";
    pub const ACT_FORM: &str = "xu-ly";
    pub const SEEN: &str = "trang-thai";
    /// A date in three boxes (`han-day`, `han-month`, `han-year`).
    pub const DUE: &str = "han";
    pub const REASON: &str = "ly-do";
    pub const BASIS: &str = "can-cu";
    pub const ITEMS: &str = "can-bo-sung";
}

/// The desk's page that takes a draft handed over at the counter.
pub mod counter {
    /// "/mot-cua/tai-quay"; the draft's pages under it (`…/tai-quay/{hand-off}/{page}`).
    pub const AT: &str = "tai-quay";
    pub const FORM: &str = "nhan-tai-quay";
    pub const CODE: &str = "ma-tai-quay";
}

/// The form that sends what a request for more asked for.
pub mod more {
    pub const FORM: &str = "gui-bo-sung";
    /// "Hồ sơ của tôi/{code}/…": the page of what is asked, each named page under it.
    pub const AT: &str = "bo-sung";
    /// The dossier's page after sending: "sent" said in a success banner.
    pub const SENT_QUERY: &str = "da-gui-bo-sung";
    /// The request answered, posted with the form.
    pub const REQUEST: &str = "yeu-cau";
}

/// The look-up's form: its id and its two answers' names.
pub mod look_up {
    pub const FORM: &str = "tra-cuu";
    pub const CODE: &str = "ma-ho-so";
    pub const DIGITS: &str = "bon-so-cuoi";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_reads_back_and_every_word_is_said_in_both_languages() {
        for s in Status::ALL {
            assert_eq!(Status::from_slug(s.slug()), Some(s));
            for l in [Locale::Vi, Locale::En] {
                assert!(!s.words(l).is_empty() && !s.next_step(l).is_empty());
            }
        }
        for a in Action::ALL {
            assert_eq!(Action::from_slug(a.slug()), Some(a));
            assert_eq!(a.happened().status(), a.after(), "{a:?}");
        }
        for h in Happened::ALL {
            assert_eq!(Happened::from_slug(h.slug()), Some(h));
        }
        assert_eq!(Status::from_slug("x"), None);
    }

    #[test]
    fn an_ended_dossier_offers_nothing_and_every_other_stand_offers_a_way_on() {
        for s in Status::ALL {
            assert_eq!(s.ended(), s.actions().is_empty(), "{s:?}");
        }
        // A dossier waiting for the citizen cannot be received or decided over them.
        assert!(!Status::NeedsMore.actions().contains(&Action::Accept));
        assert!(!Status::NeedsMore.actions().contains(&Action::ResultReady));
    }
}
