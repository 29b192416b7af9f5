//! The example service "Đăng ký thường trú" (registering a permanent residence), built as a
//! complete service: a start page, one question per page with a back link and branching,
//! attachments kept on the server, check answers, a dossier code, then the fee.
//!
//! This module owns the service's shape, shared by the server and the browser: its pages
//! ([`Step`]), which questions a citizen is asked given their answers ([`route`]), and what
//! a page shows from the server's records ([`view::ServiceView`]). The pages are drawn in
//! [`pages`]; the server keeps the drafts (`crate::drafts`, over `dvc_server::dossiers`).

pub mod pages;
pub mod view;

use dvc_ui::prelude::Locale;

/// The service's start page; every other page is below it.
pub const BASE: &str = "/examples/dang-ky-thuong-tru";
/// After "Lưu và tiếp tục sau".
pub const SAVED_PATH: &str = "/examples/dang-ky-thuong-tru/da-luu";
/// After the dossier is submitted.
pub const SENT_PATH: &str = "/examples/dang-ky-thuong-tru/da-nop";
/// The id of every question page's form (posted as `dvc_form`).
pub const FORM_ID: &str = "question";
/// The id of the start page's "start a new dossier" form.
pub const NEW_FORM_ID: &str = "new-dossier";
/// The query a "Thay đổi" link adds: after "Tiếp tục", back to check answers.
pub const RETURN_QUERY: &str = "quay-ve=kiem-tra";
/// The marker of a question the identity provider answered (one per page, its slug).
pub const VOUCHED: &str = "_vneid";
/// The posted name of the buttons that are not "Tiếp tục" ("save", a file's removal) and
/// of the answers kept while typing ("autosave").
pub const ACTION: &str = dvc_ui::form::ACTION_FIELD;
/// The answer that marks a page as answered and checked (one per page, its slug).
pub const DONE: &str = "_done";
/// The attachments question's posted name.
pub const PROOF: &str = "proof";

/// One page of the service with a form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Name,
    Birth,
    Id,
    Phone,
    Address,
    Home,
    Owner,
    Proof,
    Check,
}

impl Step {
    /// Every question, in the order asked (the owner's only for some homes: see [`route`]).
    pub const QUESTIONS: [Step; 8] = [
        Step::Name,
        Step::Birth,
        Step::Id,
        Step::Phone,
        Step::Address,
        Step::Home,
        Step::Owner,
        Step::Proof,
    ];

    /// Every page with a form.
    pub const ALL: [Step; 9] = [
        Step::Name,
        Step::Birth,
        Step::Id,
        Step::Phone,
        Step::Address,
        Step::Home,
        Step::Owner,
        Step::Proof,
        Step::Check,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Step::Name => "ho-ten",
            Step::Birth => "ngay-sinh",
            Step::Id => "so-dinh-danh",
            Step::Phone => "so-dien-thoai",
            Step::Address => "dia-chi",
            Step::Home => "cho-o",
            Step::Owner => "chu-so-huu",
            Step::Proof => "giay-to",
            Step::Check => "kiem-tra",
        }
    }

    /// The page's address (Vietnamese; `crate::language` gives the English one).
    pub fn path(self) -> String {
        format!("{BASE}/{}", self.slug())
    }

    pub fn from_path(path: &str) -> Option<Step> {
        let slug = path.strip_prefix(BASE)?.strip_prefix('/')?;
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// The page's question: its `h1` and its title.
    pub fn question(self, locale: Locale) -> &'static str {
        let (vi, en) = match self {
            Step::Name => ("Họ và tên của bạn là gì?", "What is your full name?"),
            Step::Birth => ("Bạn sinh ngày nào?", "What is your date of birth?"),
            Step::Id => (
                "Số định danh cá nhân của bạn là gì?",
                "What is your personal identification number?",
            ),
            Step::Phone => (
                "Số điện thoại di động của bạn là gì?",
                "What is your mobile phone number?",
            ),
            Step::Address => (
                "Bạn đăng ký thường trú ở địa chỉ nào?",
                "Which address are you registering as your permanent residence?",
            ),
            Step::Home => ("Chỗ ở đó thuộc về ai?", "Who does that home belong to?"),
            Step::Owner => (
                "Chủ hộ hoặc chủ sở hữu chỗ ở là ai?",
                "Who is the head of household or the owner of the home?",
            ),
            Step::Proof => (
                "Tải lên giấy tờ chứng minh chỗ ở hợp pháp",
                "Upload proof that you may live in that home",
            ),
            Step::Check => (
                "Kiểm tra câu trả lời trước khi nộp hồ sơ",
                "Check your answers before you submit the dossier",
            ),
        };
        crate::language::pick(locale, vi, en)
    }

    /// The same question, short, as check answers lists it.
    pub fn short(self, locale: Locale) -> &'static str {
        let (vi, en) = match self {
            Step::Name => ("Họ và tên", "Full name"),
            Step::Birth => ("Ngày sinh", "Date of birth"),
            Step::Id => ("Số định danh cá nhân", "Personal identification number"),
            Step::Phone => ("Số điện thoại di động", "Mobile phone number"),
            Step::Address => ("Địa chỉ thường trú", "Permanent address"),
            Step::Home => ("Chỗ ở thuộc về", "The home belongs to"),
            Step::Owner => ("Chủ hộ hoặc chủ sở hữu", "Head of household or owner"),
            Step::Proof => ("Giấy tờ chứng minh chỗ ở", "Proof of the home"),
            Step::Check => ("Cam đoan", "Declaration"),
        };
        crate::language::pick(locale, vi, en)
    }
}

/// The first answer named `name`.
pub fn answer<'a>(answers: &'a [(String, String)], name: &str) -> &'a str {
    answers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or("")
}

/// The questions of this dossier, in order: the owner's question only when the home is
/// not the citizen's own (branching on the answer to [`Step::Home`]).
pub fn questions(answers: &[(String, String)]) -> Vec<Step> {
    let owns = answer(answers, "home") == "own";
    Step::QUESTIONS
        .into_iter()
        .filter(|s| *s != Step::Owner || !owns)
        .collect()
}

/// The questions this citizen is asked, in order: the dossier's, except those the identity
/// provider answered ([`is_vouched`]).
pub fn route(answers: &[(String, String)]) -> Vec<Step> {
    questions(answers)
        .into_iter()
        .filter(|s| !is_vouched(answers, *s))
        .collect()
}

/// Whether `step`'s answer comes from the identity provider (name, date of birth,
/// identification number): not asked, and not changeable in the portal.
pub fn is_vouched(answers: &[(String, String)], step: Step) -> bool {
    answers
        .iter()
        .any(|(n, v)| n == VOUCHED && v == step.slug())
}

/// Whether `step` was answered and passed its checks.
pub fn is_done(answers: &[(String, String)], step: Step) -> bool {
    answers.iter().any(|(n, v)| n == DONE && v == step.slug())
}

/// The first question on the route not yet answered.
pub fn first_missing(answers: &[(String, String)]) -> Option<Step> {
    route(answers).into_iter().find(|s| !is_done(answers, *s))
}

/// Where "Quay lại" goes from `step`: the previous question on the route (the start page
/// before the first), never the browser's history.
pub fn previous(step: Step, answers: &[(String, String)]) -> Option<Step> {
    if step == Step::Check {
        return route(answers).last().copied();
    }
    // The asked questions that come before `step` in the service's order (`step` itself may
    // be off the route: the owner's question opened by its address).
    let order = |s: Step| Step::QUESTIONS.iter().position(|q| *q == s);
    route(answers)
        .into_iter()
        .filter(|s| order(*s) < order(step))
        .last()
}

/// Where "Tiếp tục" leads from `step` once its answers are saved: the next question on the
/// route; after a "Thay đổi" link, back to check answers unless the change opened a
/// question not yet answered (a new branch).
pub fn next(step: Step, answers: &[(String, String)], returning: bool) -> Step {
    let asked = route(answers);
    let after = asked
        .iter()
        .position(|s| *s == step)
        .map(|i| i + 1)
        .unwrap_or(0);
    if returning {
        return asked[after.min(asked.len())..]
            .iter()
            .copied()
            .find(|s| !is_done(answers, *s))
            .unwrap_or(Step::Check);
    }
    asked.get(after).copied().unwrap_or(Step::Check)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_owner_is_asked_only_for_a_home_that_is_not_the_citizens() {
        assert!(route(&answers(&[("home", "own")]))
            .iter()
            .all(|s| *s != Step::Owner));
        assert!(route(&answers(&[("home", "rented")])).contains(&Step::Owner));
        assert_eq!(
            next(Step::Home, &answers(&[("home", "own")]), false),
            Step::Proof
        );
        assert_eq!(
            next(Step::Home, &answers(&[("home", "relative")]), false),
            Step::Owner
        );
        assert_eq!(
            previous(Step::Proof, &answers(&[("home", "own")])),
            Some(Step::Home)
        );
        assert_eq!(
            previous(Step::Proof, &answers(&[("home", "rented")])),
            Some(Step::Owner)
        );
        assert_eq!(
            previous(Step::Name, &[]),
            None,
            "the start page before the first question"
        );
        assert_eq!(
            previous(Step::Check, &answers(&[("home", "own")])),
            Some(Step::Proof)
        );
        assert_eq!(
            previous(Step::Owner, &answers(&[("home", "own")])),
            Some(Step::Home),
            "opened by its address although not asked"
        );
    }

    #[test]
    fn a_change_comes_back_to_check_answers_unless_it_opens_a_new_question() {
        let mut all: Vec<(String, String)> = Step::QUESTIONS
            .iter()
            .map(|s| (DONE.to_string(), s.slug().to_string()))
            .collect();
        all.push(("home".into(), "own".into()));
        assert_eq!(next(Step::Name, &all, true), Step::Check);
        assert_eq!(next(Step::Name, &all, false), Step::Birth);
        let without_owner: Vec<_> = all
            .iter()
            .filter(|(n, v)| !(n == DONE && v == "chu-so-huu"))
            .cloned()
            .collect();
        let rented: Vec<_> = without_owner
            .iter()
            .map(|(n, v)| {
                if n == "home" {
                    (n.clone(), "rented".to_string())
                } else {
                    (n.clone(), v.clone())
                }
            })
            .collect();
        assert_eq!(
            next(Step::Home, &rented, true),
            Step::Owner,
            "the new branch's question first"
        );
        assert_eq!(first_missing(&rented), Some(Step::Owner));
        assert_eq!(
            first_missing(&without_owner),
            None,
            "not asked, not missing"
        );
    }

    #[test]
    fn what_the_identity_provider_answered_is_not_asked() {
        let mut vouched = answers(&[("home", "own")]);
        for step in [Step::Name, Step::Birth, Step::Id] {
            vouched.push((DONE.into(), step.slug().into()));
            vouched.push((VOUCHED.into(), step.slug().into()));
        }
        assert_eq!(
            route(&vouched),
            vec![Step::Phone, Step::Address, Step::Home, Step::Proof]
        );
        assert_eq!(
            questions(&vouched).len(),
            7,
            "still the dossier's questions (check answers reads them back)"
        );
        assert_eq!(
            previous(Step::Phone, &vouched),
            None,
            "the start page before the first question asked"
        );
        assert_eq!(first_missing(&vouched), Some(Step::Phone));
        assert_eq!(
            next(Step::Name, &vouched, false),
            Step::Phone,
            "a post to a page not asked goes to the first asked"
        );
    }

    #[test]
    fn each_page_has_an_address_that_names_it() {
        for step in Step::ALL {
            assert_eq!(Step::from_path(&step.path()), Some(step));
            assert!(!step.question(Locale::Vi).is_empty() && !step.short(Locale::En).is_empty());
        }
        assert_eq!(Step::from_path(BASE), None);
        assert_eq!(Step::from_path(SENT_PATH), None);
    }
}
