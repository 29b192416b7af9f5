//! What a page of the service shows from the server's records ([`ServiceView`]): the back
//! link, the files kept, the answers read back, the dossier code, the draft's expiry. The
//! server provides it as context while rendering and writes it into the page
//! (`data-service`), so the browser hydrates exactly the tree the server sent without
//! asking again. Answers travel as text (escaped here, never markup).

use leptos::prelude::*;

/// The id of the element that carries the view in the page.
pub const RECORD_ID: &str = "service-record";

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
    /// The view as lines of `key=value` (values escaped: `\\`, `\n`, `\r`, `\t`).
    pub fn encode(&self) -> String {
        let mut lines = vec![
            format!("back={}", escape(&self.back)),
            format!("missing={}", escape(&self.missing)),
            format!("resume={}", escape(&self.resume)),
            format!("code={}", escape(&self.code)),
            format!("applicant={}", escape(&self.applicant)),
            format!("expires={}", escape(&self.expires)),
        ];
        if self.returning {
            lines.push("returning=1".into());
        }
        if self.not_saved {
            lines.push("not_saved=1".into());
        }
        if self.signed_in {
            lines.push("signed_in=1".into());
        }
        if self.from_identity {
            lines.push("from_identity=1".into());
        }
        lines.extend(
            self.files
                .iter()
                .map(|f| format!("file={}\t{}\t{}", f.id, f.bytes, escape(&f.name))),
        );
        lines.extend(self.answers.iter().map(|a| {
            format!(
                "answer={}\t{}\t{}",
                escape(&a.question),
                escape(&a.answer),
                escape(&a.change_href)
            )
        }));
        lines.join("\n")
    }

    pub fn decode(text: &str) -> ServiceView {
        let mut view = ServiceView::default();
        for (key, value) in text.lines().filter_map(|l| l.split_once('=')) {
            let parts: Vec<String> = value.split('\t').map(unescape).collect();
            let one = || parts.first().cloned().unwrap_or_default();
            match key {
                "back" => view.back = one(),
                "missing" => view.missing = one(),
                "resume" => view.resume = one(),
                "code" => view.code = one(),
                "applicant" => view.applicant = one(),
                "expires" => view.expires = one(),
                "returning" => view.returning = true,
                "not_saved" => view.not_saved = true,
                "signed_in" => view.signed_in = true,
                "from_identity" => view.from_identity = true,
                "file" if parts.len() == 3 => view.files.push(KeptFile {
                    id: parts[0].parse().unwrap_or_default(),
                    bytes: parts[1].parse().unwrap_or_default(),
                    name: parts[2].clone(),
                }),
                "answer" if parts.len() == 3 => view.answers.push(ReadBack {
                    question: parts[0].clone(),
                    answer: parts[1].clone(),
                    change_href: parts[2].clone(),
                }),
                _ => {}
            }
        }
        view
    }

    /// The view of the page being rendered: the server's context, or in the browser the
    /// one the server wrote into the page.
    pub fn current() -> ServiceView {
        if let Some(view) = use_context::<ServiceView>() {
            return view;
        }
        if cfg!(feature = "ssr") {
            return ServiceView::default();
        }
        document()
            .get_element_by_id(RECORD_ID)
            .and_then(|e| e.get_attribute("data-service"))
            .map(|t| ServiceView::decode(&t))
            .unwrap_or_default()
    }
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_answer_survives_the_page_as_typed() {
        let hostile = "<script>alert(1)</script>\t\"'>\n\\n\u{202e}abc\r=x";
        let view = ServiceView {
            back: "/examples/dang-ky-thuong-tru/cho-o".into(),
            returning: true,
            files: vec![KeptFile {
                id: 7,
                name: format!("sổ\t{hostile}.pdf"),
                bytes: 1234,
            }],
            answers: vec![ReadBack {
                question: "Họ và tên".into(),
                answer: hostile.into(),
                change_href: "/x?quay-ve=kiem-tra".into(),
            }],
            missing: String::new(),
            resume: "/r".into(),
            code: "000.00.12.H62-261124-0001".into(),
            applicant: "x".repeat(10_000),
            expires: "24/12/2026".into(),
            not_saved: true,
            signed_in: true,
            from_identity: true,
        };
        assert_eq!(ServiceView::decode(&view.encode()), view);
        assert_eq!(ServiceView::decode(""), ServiceView::default());
    }
}
