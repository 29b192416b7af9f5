//! A page rendered again after a post: what the server received ([`Submission`]) and how
//! each control starts from it, so a citizen whose post failed sees every answer kept
//! (passwords and files excepted: a password is never sent back, and a file must be
//! chosen again, which the file control says) with each problem beside its question.
//!
//! In the browser, a server-rendered page is hydrated: controls start from what the
//! server-rendered element holds *now* (what was posted, plus anything typed before the
//! WebAssembly arrived), and the form's problems come from the `data-dvc-problems`
//! attribute the server wrote, so the browser builds exactly the tree the server sent.
//!
//! Owns no checks: those are `dvc_rules::form::check_posted`, run by the `Form`.

#[cfg(feature = "markup")]
use {
    dvc_rules::date::Date,
    dvc_rules::form::{FieldProblem, FileInfo},
    leptos::prelude::GetValue,
    std::sync::{Arc, Mutex},
};

pub use dvc_rules::posted::{ACTION_FIELD, FORM_ID_FIELD};

#[cfg(feature = "markup")]
/// A post of one of the page's forms, provided (as Leptos context) by the server while it
/// renders the page that answers the post.
///
/// The server renders twice: first with `problems: None`, and the posted [`Form`](super::Form)
/// checks the answers with its own questions' rules and writes what it found into
/// [`Submission::found`]; then, when something is wrong, again with `problems` set, to send
/// the page with the errors.
#[derive(Clone, Debug)]
pub struct Submission {
    /// The id of the form that was posted (the `dvc_form` answer).
    pub form: String,
    /// The answers as posted, in order.
    pub pairs: Vec<(String, String)>,
    /// The files posted (name, size, first bytes).
    pub files: Vec<FileInfo>,
    /// Today, for date rules.
    pub today: Date,
    /// Known problems (second render); `None` asks the form to check.
    pub problems: Option<Vec<FieldProblem>>,
    /// What the first render found: the problems and the questions' specs.
    pub found: Arc<Mutex<Option<Checked>>>,
}

#[cfg(feature = "markup")]
/// What a form found when it checked a [`Submission`].
#[derive(Clone, Debug, Default)]
pub struct Checked {
    pub problems: Vec<FieldProblem>,
    pub specs: Vec<dvc_rules::form::FieldSpec>,
}

#[cfg(feature = "markup")]
impl Submission {
    /// A submission to check (first render).
    pub fn new(pairs: Vec<(String, String)>, files: Vec<FileInfo>, today: Date) -> Self {
        let form = pairs
            .iter()
            .find(|(n, _)| n == FORM_ID_FIELD)
            .map(|(_, v)| v.clone())
            .unwrap_or_default();
        Submission {
            form,
            pairs,
            files,
            today,
            problems: None,
            found: Arc::new(Mutex::new(None)),
        }
    }

    /// What the first render's form found (None when no form on the page had this id).
    pub fn checked(&self) -> Option<Checked> {
        self.found.lock().ok().and_then(|f| f.clone())
    }

    /// The same post with its problems known (second render).
    pub fn with_problems(&self, problems: Vec<FieldProblem>) -> Self {
        Submission {
            problems: Some(problems),
            ..self.clone()
        }
    }

    pub(crate) fn record(&self, checked: Checked) {
        if let Ok(mut f) = self.found.lock() {
            *f = Some(checked);
        }
    }
}

#[cfg(feature = "markup")]
/// The answers a form starts with when rendered again: on the server, the posted pairs.
#[derive(Clone, Debug, Default)]
pub(crate) struct Answers(pub Vec<(String, String)>);

#[cfg(feature = "markup")]
impl Answers {
    pub fn first(&self, name: &str) -> Option<String> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    }

    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

#[cfg(feature = "markup")]
/// The answer a control starts with: on the server, what was posted under `name` when
/// the page answers a post of its form; in the browser while hydrating, what the element
/// `id` holds now. `None` otherwise (the control keeps its own initial value).
pub(crate) fn restored_value(id: &str, name: &str) -> Option<String> {
    if crate::SERVER_RENDER {
        super::model::use_form()?.answers.get_value()?.first(name)
    } else {
        server_value(id)
    }
}

#[cfg(feature = "markup")]
/// Whether the checkbox or radio `id` (posted as `name`=`value`) starts checked, like
/// [`restored_value`].
pub(crate) fn restored_checked(id: &str, name: &str, value: &str) -> Option<bool> {
    if crate::SERVER_RENDER {
        super::model::use_form()?
            .answers
            .get_value()
            .map(|a| a.all(name).iter().any(|v| v == value))
    } else {
        server_checked(id)
    }
}

#[cfg(feature = "markup")]
/// Every value posted under `name` (file names for a file question), on the server only.
pub(crate) fn posted_values(name: &str) -> Vec<String> {
    super::model::use_form()
        .and_then(|f| f.answers.get_value())
        .map(|a| a.all(name))
        .unwrap_or_default()
}

#[cfg(feature = "markup")]
/// Problems as written into the form's `data-dvc-problems` attribute: one per line,
/// "name\tmessage\tparts".
pub(crate) fn encode_problems(items: &[(String, String, String)]) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    items
        .iter()
        .map(|(n, m, p)| format!("{}\t{}\t{}", clean(n), clean(m), clean(p)))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(feature = "markup")]
pub(crate) fn decode_problems(text: &str) -> Vec<(String, String, String)> {
    text.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            Some((
                parts.next()?.to_string(),
                parts.next()?.to_string(),
                parts.next().unwrap_or("").to_string(),
            ))
        })
        .collect()
}

#[cfg(feature = "markup")]
/// In the browser while hydrating a server-rendered page: the element with this id, if the
/// page has it.
#[cfg(all(feature = "hydrate", target_arch = "wasm32"))]
pub(crate) fn server_element(id: &str) -> Option<web_sys::Element> {
    leptos::prelude::document().get_element_by_id(id)
}

#[cfg(feature = "markup")]
#[cfg(not(all(feature = "hydrate", target_arch = "wasm32")))]
pub(crate) fn server_element(_id: &str) -> Option<web_sys::Element> {
    None
}

#[cfg(feature = "markup")]
/// The value a server-rendered `<input>`, `<select>` or `<textarea>` holds now.
pub(crate) fn server_value(id: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let el = server_element(id)?;
    if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        return Some(i.value());
    }
    if let Some(t) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        return Some(t.value());
    }
    el.dyn_ref::<web_sys::HtmlSelectElement>()
        .map(|s| s.value())
}

#[cfg(feature = "markup")]
/// Whether a server-rendered checkbox or radio is checked now.
pub(crate) fn server_checked(id: &str) -> Option<bool> {
    use wasm_bindgen::JsCast;
    server_element(id)?
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|i| i.checked())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_survive_the_attribute() {
        let items = vec![
            (
                "full_name".to_string(),
                "Nhập họ và tên".to_string(),
                String::new(),
            ),
            (
                "dob".to_string(),
                "Ngày sinh phải có\tnăm".to_string(),
                "year".to_string(),
            ),
        ];
        let decoded = decode_problems(&encode_problems(&items));
        assert_eq!(decoded[0], items[0]);
        assert_eq!(
            decoded[1],
            (
                "dob".to_string(),
                "Ngày sinh phải có năm".to_string(),
                "year".to_string()
            )
        );
        assert!(decode_problems("").is_empty());
    }

    #[test]
    fn the_posted_form_is_named_by_its_hidden_field() {
        let s = Submission::new(
            vec![
                ("dvc_form".into(), "register".into()),
                ("a".into(), "1".into()),
            ],
            vec![],
            Date {
                year: 2026,
                month: 11,
                day: 23,
            },
        );
        assert_eq!(s.form, "register");
        assert!(s.checked().is_none());
    }
}
