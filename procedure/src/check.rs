//! What must hold between the fields of a procedure file, beyond its shape: every text in
//! both languages, addresses unique, conditions naming answers asked earlier and values
//! those answers can take, fees multiplied by whole numbers, every page reachable. Each
//! problem carries the path of the field it is about (for [`crate::read`] to turn into a
//! line) and a sentence saying what is wrong and how to fix it.

use crate::format::*;
use std::collections::BTreeMap;

/// One step of a path into the file: a key, or the position in an array (from 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A path into the file, written as TOML names it: `page[2].when.answer` (positions from 1).
pub fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if out.is_empty() => out.push_str(k),
            Seg::Key(k) => {
                out.push('.');
                out.push_str(k);
            }
            Seg::Index(i) => out.push_str(&format!("[{}]", i + 1)),
        }
    }
    out
}

/// Something wrong in a file: where, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<Seg>,
    pub message: String,
}

/// What a condition can compare an answer with.
#[derive(Clone, Debug)]
enum Shape {
    /// A choice: its values; `several` for checkboxes.
    Choice {
        values: Vec<String>,
        several: bool,
    },
    WholeNumber,
    Place,
    Other,
}

/// One answer of the file: where it is asked (the page's position) and its shape.
#[derive(Clone, Debug)]
struct Asked {
    page: usize,
    shape: Shape,
    optional: bool,
}

/// Every problem of `file`, in file order (empty: the file is good).
pub fn check(file: &ProcedureFile) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
        answers: BTreeMap::new(),
    };
    c.collect(file);
    c.procedure(file);
    c.start(&file.start);
    for (i, page) in file.pages.iter().enumerate() {
        c.page(file, i, page);
    }
    for (i, fee) in file.fees.iter().enumerate() {
        c.fee(i, fee, file.pages.len());
    }
    if c.problems.is_empty() {
        c.reachable(file);
    }
    c.problems
}

struct Checker {
    problems: Vec<Problem>,
    answers: BTreeMap<String, Asked>,
}

fn key(k: &str) -> Seg {
    Seg::Key(k.to_string())
}

fn at(base: &[Seg], more: &[Seg]) -> Vec<Seg> {
    base.iter().chain(more).cloned().collect()
}

/// An address part: lower-case ASCII letters and digits in words joined by single hyphens.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `href` is an address a citizen may be sent to: `https://…`, `http://…` or a
/// path of this site (`/…`, not `//…`, which is another host), with no space or control
/// character (a browser drops a tab or line break inside a scheme: `java\tscript:` runs).
/// Anything else (`javascript:`, `data:`, `vbscript:`) is refused.
pub fn is_safe_href(href: &str) -> bool {
    let clean = !href.chars().any(|c| c.is_whitespace() || c.is_control());
    let lower = href.to_ascii_lowercase();
    clean
        && (lower.starts_with("https://")
            || lower.starts_with("http://")
            || (href.starts_with('/') && !href.starts_with("//") && !href.starts_with("/\\")))
}

/// The addresses the engine gives its own pages beside a procedure's questions.
pub const RESERVED: &[&str] = crate::screen::at::ENGINE_PAGES;

const CLAIMS: &[&str] = &["name", "birth-date", "citizen-id", "phone", "address"];
const RECEIVERS: &[&str] = &["agency", "post"];

impl Checker {
    fn say(&mut self, path: Vec<Seg>, message: impl Into<String>) {
        self.problems.push(Problem {
            path,
            message: message.into(),
        });
    }

    /// Every answer's name, page and shape; two pages (or questions) with one name.
    fn collect(&mut self, file: &ProcedureFile) {
        for (i, page) in file.pages.iter().enumerate() {
            let base = vec![key("page"), Seg::Index(i)];
            if self.answers.contains_key(&page.id) {
                self.say(
                    at(&base, &[key("id")]),
                    format!(
                        "two pages have the address \"{}\": give each page its own `id`",
                        page.id
                    ),
                );
            }
            let shape = page.answer.as_ref().map_or(Shape::Other, shape_of);
            self.answers.insert(
                page.id.clone(),
                Asked {
                    page: i,
                    shape,
                    optional: page.optional,
                },
            );
            let mut fields: Vec<(Vec<Seg>, &Field)> = Vec::new();
            if let Some(
                Answer::OneOf { options }
                | Answer::Select { options }
                | Answer::AnyOf { options, .. },
            ) = &page.answer
            {
                for (o, option) in options.iter().enumerate() {
                    for (f, field) in option.follow_up.iter().enumerate() {
                        fields.push((
                            at(
                                &base,
                                &[
                                    key("answer"),
                                    key("options"),
                                    Seg::Index(o),
                                    key("follow_up"),
                                    Seg::Index(f),
                                ],
                            ),
                            field,
                        ));
                    }
                }
            }
            if let Some(group) = &page.group {
                for (f, field) in group.fields.iter().enumerate() {
                    fields.push((
                        at(&base, &[key("group"), key("fields"), Seg::Index(f)]),
                        field,
                    ));
                }
            }
            for (path, field) in fields {
                if self.answers.contains_key(&field.name) {
                    self.say(
                        at(&path, &[key("name")]),
                        format!(
                            "the answer name \"{}\" is used twice: give this question another `name`",
                            field.name
                        ),
                    );
                    continue;
                }
                self.answers.insert(
                    field.name.clone(),
                    Asked {
                        page: i,
                        shape: shape_of(&field.answer),
                        optional: field.optional,
                    },
                );
            }
        }
        // A date's boxes are posted as NAME-day, NAME-month, NAME-year: no other answer may
        // be called that, or one would be read as the other's part.
        let mut clashes: Vec<(String, usize)> = Vec::new();
        for name in self.answers.keys() {
            for part in ["-day", "-month", "-year"] {
                let taken = format!("{name}{part}");
                if let Some(other) = self.answers.get(&taken) {
                    clashes.push((taken, other.page));
                }
            }
        }
        for (taken, page) in clashes {
            self.say(
                vec![key("page"), Seg::Index(page)],
                format!("the answer name \"{taken}\" is also a part of a date's answer: give it another name"),
            );
        }
    }

    fn text(&mut self, path: Vec<Seg>, text: &Text) {
        if text.vi.trim().is_empty() {
            self.say(
                path.clone(),
                "the Vietnamese text is missing: add `vi = \"…\"`",
            );
        }
        if text.en.trim().is_empty() {
            self.say(
                path,
                "the English text is missing: add `en = \"…\"` beside `vi` (a page in English must not show Vietnamese only)",
            );
        }
    }

    fn procedure(&mut self, file: &ProcedureFile) {
        let p = &file.procedure;
        let base = vec![key("procedure")];
        if p.code.is_empty()
            || !p
                .code
                .split('.')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
        {
            self.say(
                at(&base, &[key("code")]),
                format!("\"{}\" is not a procedure code: write the national portal's code, digits and dots (\"1.001612\")", p.code),
            );
        }
        if !is_slug(&p.slug) {
            self.say(
                at(&base, &[key("slug")]),
                format!("\"{}\" cannot be an address: use lower-case letters without diacritics, digits and single hyphens (\"cap-ban-sao-trich-luc-khai-sinh\")", p.slug),
            );
        }
        self.text(at(&base, &[key("title")]), &p.title);
        self.text(at(&base, &[key("takes")]), &p.takes);
        self.text(at(&base, &[key("declaration")]), &p.declaration);
        if p.sign_in > 2 {
            self.say(
                at(&base, &[key("sign_in")]),
                format!(
                    "sign_in is {}: write 0 (no sign-in), 1 or 2 (VNeID's levels)",
                    p.sign_in
                ),
            );
        }
        let agency = at(&base, &[key("agency")]);
        match (&p.agency.code, &p.agency.by, &p.agency.table) {
            (Some(code), None, None) => {
                if code.trim().is_empty() {
                    self.say(at(&agency, &[key("code")]), "the agency's code is empty: write its code (mã đơn vị)");
                }
            }
            (None, Some(by), Some(table)) => {
                match self.answers.get(by).map(|a| &a.shape) {
                    None => self.say(
                        at(&agency, &[key("by")]),
                        format!("no page asks \"{by}\": name the page whose place decides the agency"),
                    ),
                    Some(Shape::Place) => {}
                    Some(_) => self.say(
                        at(&agency, &[key("by")]),
                        format!("\"{by}\" is not a place: the agency can follow only an answer of kind \"address\" or \"place\""),
                    ),
                }
                if table != "commune" && table != "province" {
                    self.say(
                        at(&agency, &[key("table")]),
                        format!("table \"{table}\" is unknown: write \"commune\" or \"province\""),
                    );
                }
            }
            _ => self.say(
                agency,
                "write either `agency = { code = \"…\" }` or `agency = { by = \"<page>\", table = \"commune\" }`",
            ),
        }
        if let Some(subject) = &p.subject {
            let path = at(&base, &[key("subject")]);
            match self.answers.get(&subject.answer).map(|a| a.shape.clone()) {
                Some(Shape::Choice { values, several: false }) => {
                    if !values.contains(&subject.myself) {
                        self.say(
                            at(&path, &[key("myself")]),
                            format!("\"{}\" is not an option of \"{}\" ({}): write the value that means \"myself\"", subject.myself, subject.answer, values.join(", ")),
                        );
                    }
                }
                _ => self.say(
                    at(&path, &[key("answer")]),
                    format!("\"{}\" is not a page with one choice: name the page that asks whose dossier it is", subject.answer),
                ),
            }
        }
    }

    fn start(&mut self, start: &Start) {
        self.text(vec![key("start"), key("purpose")], &start.purpose);
        for (i, need) in start.need.iter().enumerate() {
            self.text(vec![key("start"), key("need"), Seg::Index(i)], need);
        }
    }

    fn page(&mut self, file: &ProcedureFile, i: usize, page: &Page) {
        let base = vec![key("page"), Seg::Index(i)];
        if !is_slug(&page.id) {
            self.say(
                at(&base, &[key("id")]),
                format!("\"{}\" cannot be an address: use lower-case letters without diacritics, digits and single hyphens (\"ngay-sinh\")", page.id),
            );
        } else if RESERVED.contains(&page.id.as_str()) {
            self.say(
                at(&base, &[key("id")]),
                format!("\"{}\" is the address of one of the engine's own pages ({}): give the page another `id`", page.id, RESERVED.join(", ")),
            );
        }
        self.text(at(&base, &[key("question")]), &page.question);
        if let Some(short) = &page.short {
            self.text(at(&base, &[key("short")]), short);
        }
        if let Some(hint) = &page.hint {
            self.text(at(&base, &[key("hint")]), hint);
        }
        if let Some(when) = &page.when {
            self.condition(at(&base, &[key("when")]), when, Some(i));
        }
        for (w, wording) in page.question_when.iter().enumerate() {
            let path = at(&base, &[key("question_when"), Seg::Index(w)]);
            self.condition(at(&path, &[key("when")]), &wording.when, Some(i));
            self.text(
                path,
                &Text {
                    vi: wording.vi.clone(),
                    en: wording.en.clone(),
                },
            );
        }
        match (&page.answer, &page.group, &page.exit) {
            (Some(answer), None, None) => self.answer(at(&base, &[key("answer")]), answer),
            (None, Some(group), None) => self.group(at(&base, &[key("group")]), group),
            (None, None, Some(exit)) => {
                let path = at(&base, &[key("exit")]);
                self.text(at(&path, &[key("body")]), &exit.body);
                if let Some(link) = &exit.link {
                    self.text(at(&path, &[key("link"), key("text")]), &link.text);
                    if !is_safe_href(&link.href) {
                        self.say(
                            at(&path, &[key("link"), key("href")]),
                            "the link goes nowhere: write the address of the service to use instead (https://… or /…)",
                        );
                    }
                }
                if page.when.is_none() {
                    self.say(
                        at(&base, &[key("exit")]),
                        format!("the exit page \"{}\" has no `when`: every citizen would stop there; say when it applies", page.id),
                    );
                }
            }
            (None, None, None) => self.say(
                base.clone(),
                format!("the page \"{}\" asks nothing: give it an `answer`, a `group` or an `exit`", page.id),
            ),
            _ => self.say(
                base.clone(),
                format!("the page \"{}\" has more than one of `answer`, `group` and `exit`: a page asks one thing", page.id),
            ),
        }
        if let Some(prefill) = &page.prefill {
            let path = at(&base, &[key("prefill")]);
            if !CLAIMS.contains(&prefill.claim.as_str()) {
                self.say(
                    at(&path, &[key("claim")]),
                    format!(
                        "VNeID gives no claim \"{}\": use one of {}",
                        prefill.claim,
                        CLAIMS.join(", ")
                    ),
                );
            } else if let Some(answer) = &page.answer {
                let fits = matches!(
                    (prefill.claim.as_str(), answer),
                    ("name", Answer::Name)
                        | ("birth-date", Answer::Date { .. })
                        | ("citizen-id", Answer::CitizenId { .. })
                        | ("phone", Answer::Phone { .. })
                        | ("address", Answer::Address { .. })
                );
                if !fits {
                    self.say(
                        at(&path, &[key("claim")]),
                        format!("the claim \"{}\" does not fit this page's answer: prefill a name into \"name\", a date of birth into \"date\", an ID number into \"citizen-id\", a phone into \"phone\", an address into \"address\"", prefill.claim),
                    );
                }
            }
            if let Some(when) = &prefill.when {
                self.condition(at(&path, &[key("when")]), when, Some(i));
            }
            if file.procedure.sign_in == 0 {
                self.say(
                    at(&path, &[key("claim")]),
                    "a prefill needs a signed-in citizen: set `sign_in` to 1 or 2 in [procedure]",
                );
            }
        }
    }

    fn options(&mut self, path: Vec<Seg>, options: &[Choice]) {
        if options.len() < 2 {
            self.say(path.clone(), "a choice needs at least two options");
        }
        let mut seen: Vec<&str> = Vec::new();
        for (o, option) in options.iter().enumerate() {
            let here = at(&path, &[Seg::Index(o)]);
            if option.value.trim().is_empty() {
                self.say(
                    at(&here, &[key("value")]),
                    "the option's value is empty: write what is posted (\"con\")",
                );
            } else if seen.contains(&option.value.as_str()) {
                self.say(
                    at(&here, &[key("value")]),
                    format!(
                        "two options have the value \"{}\": give each its own",
                        option.value
                    ),
                );
            }
            seen.push(&option.value);
            self.text(at(&here, &[key("label")]), &option.label);
            if let Some(hint) = &option.hint {
                self.text(at(&here, &[key("hint")]), hint);
            }
            for (f, field) in option.follow_up.iter().enumerate() {
                self.field(at(&here, &[key("follow_up"), Seg::Index(f)]), field);
            }
        }
    }

    fn field(&mut self, path: Vec<Seg>, field: &Field) {
        if !is_slug(&field.name.replace('_', "-")) {
            self.say(
                at(&path, &[key("name")]),
                format!("\"{}\" cannot be an answer's name: use lower-case letters without diacritics, digits, hyphens and underscores", field.name),
            );
        }
        self.text(at(&path, &[key("label")]), &field.label);
        if let Some(hint) = &field.hint {
            self.text(at(&path, &[key("hint")]), hint);
        }
        if matches!(field.answer, Answer::Files { .. }) {
            self.say(
                at(&path, &[key("answer"), key("kind")]),
                "files can be asked only as a page's own question (the server keeps a page's files): give them a page of their own",
            );
        }
        self.answer(at(&path, &[key("answer")]), &field.answer);
    }

    fn answer(&mut self, path: Vec<Seg>, answer: &Answer) {
        match answer {
            Answer::LongText { max } if *max == 0 => self.say(
                at(&path, &[key("max")]),
                "a long text needs a limit above 0 (`max = 500`)",
            ),
            Answer::Text { max: Some(0) } => self.say(
                at(&path, &[key("max")]),
                "`max = 0` allows nothing: give a limit above 0 or leave it out",
            ),
            Answer::Date {
                past: true,
                not_past: true,
                ..
            } => self.say(
                path,
                "a date cannot be both `past` and `not_past`: keep the one the question needs",
            ),
            Answer::WholeNumber {
                min: Some(min),
                max: Some(max),
            } if min > max => self.say(
                at(&path, &[key("min")]),
                format!("`min` ({min}) is above `max` ({max}): no number can be right"),
            ),
            Answer::OneOf { options } | Answer::Select { options } => {
                self.options(at(&path, &[key("options")]), options)
            }
            Answer::AnyOf { options, none } => {
                self.options(at(&path, &[key("options")]), options);
                if let Some(none) = none {
                    if !options.iter().any(|o| &o.value == none) {
                        self.say(
                            at(&path, &[key("none")]),
                            format!("\"{none}\" is not one of the options: `none` names the option meaning \"none of these\""),
                        );
                    }
                }
            }
            Answer::Consent { purposes } => {
                if purposes.is_empty() {
                    self.say(
                        at(&path, &[key("purposes")]),
                        "consent needs at least one purpose",
                    );
                }
                for (o, purpose) in purposes.iter().enumerate() {
                    self.text(
                        at(&path, &[key("purposes"), Seg::Index(o), key("label")]),
                        &purpose.label,
                    );
                }
            }
            Answer::Files {
                types,
                max_bytes,
                max_files,
            } => {
                if types.is_empty() {
                    self.say(
                        at(&path, &[key("types")]),
                        "say which files are accepted (`types = [\"pdf\", \"jpg\"]`)",
                    );
                }
                for (t, ty) in types.iter().enumerate() {
                    if ty.is_empty()
                        || ty.starts_with('.')
                        || !ty
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    {
                        self.say(
                            at(&path, &[key("types"), Seg::Index(t)]),
                            format!("\"{ty}\" is not a file extension: write it in lower case without the dot (\"pdf\")"),
                        );
                    }
                }
                if *max_bytes == 0 {
                    self.say(
                        at(&path, &[key("max_bytes")]),
                        "`max_bytes` must be above 0 (10 MB: 10485760)",
                    );
                }
                if *max_files == 0 {
                    self.say(
                        at(&path, &[key("max_files")]),
                        "`max_files` must be at least 1",
                    );
                }
            }
            _ => {}
        }
    }

    fn group(&mut self, path: Vec<Seg>, group: &Group) {
        self.text(at(&path, &[key("item")]), &group.item);
        if group.max == 0 || group.min > group.max {
            self.say(
                at(&path, &[key("max")]),
                format!(
                    "the list allows {} to {} items: make `max` at least 1 and at least `min`",
                    group.min, group.max
                ),
            );
        }
        if group.fields.is_empty() {
            self.say(
                at(&path, &[key("fields")]),
                "an item needs at least one question (`[[page.group.fields]]`)",
            );
        }
        for (f, field) in group.fields.iter().enumerate() {
            self.field(at(&path, &[key("fields"), Seg::Index(f)]), field);
        }
    }

    fn fee(&mut self, i: usize, fee: &Fee, pages: usize) {
        let base = vec![key("fee"), Seg::Index(i)];
        self.text(at(&base, &[key("item")]), &fee.item);
        if fee.amount == 0 {
            self.say(
                at(&base, &[key("amount")]),
                "an amount of 0 đồng: leave the item out, or write `exempt_when`",
            );
        }
        if let Some(times) = &fee.times {
            match self.answers.get(times).map(|a| &a.shape) {
                Some(Shape::WholeNumber) => {}
                Some(_) => self.say(
                    at(&base, &[key("times")]),
                    format!("\"{times}\" is not a whole number: a fee can be multiplied only by an answer of kind \"whole-number\""),
                ),
                None => self.say(
                    at(&base, &[key("times")]),
                    format!("no page asks \"{times}\": name the whole-number answer the amount is multiplied by"),
                ),
            }
        }
        if let Some(when) = &fee.when {
            self.condition(at(&base, &[key("when")]), when, None);
        }
        if let Some(when) = &fee.exempt_when {
            self.condition(at(&base, &[key("exempt_when")]), when, None);
        }
        let _ = pages;
        if !RECEIVERS.contains(&fee.receiver.as_str()) {
            self.say(
                at(&base, &[key("receiver")]),
                format!(
                    "receiver \"{}\" is unknown: write \"agency\" or \"post\"",
                    fee.receiver
                ),
            );
        }
    }

    /// A condition on page `page` (none: a fee, after every page).
    fn condition(&mut self, path: Vec<Seg>, cond: &Condition, page: Option<usize>) {
        let shapes = [
            cond.answer.is_some() && (cond.is.is_some() ^ cond.one_of.is_some()),
            cond.answered.is_some(),
            cond.not.is_some(),
            cond.all.is_some(),
            cond.any.is_some(),
        ];
        if shapes.iter().filter(|s| **s).count() != 1
            || (cond.answer.is_none() && (cond.is.is_some() || cond.one_of.is_some()))
        {
            self.say(
                path,
                "write one condition: `{ answer = \"…\", is = \"…\" }`, `{ answer = \"…\", one_of = [\"…\"] }`, `{ answered = \"…\" }`, `{ not = … }`, `{ all = [ … ] }` or `{ any = [ … ] }`",
            );
            return;
        }
        let name = cond.answer.as_ref().or(cond.answered.as_ref());
        if let Some(name) = name {
            let field = if cond.answer.is_some() {
                "answer"
            } else {
                "answered"
            };
            let Some(asked) = self.answers.get(name).cloned() else {
                self.say(
                    at(&path, &[key(field)]),
                    format!("no page asks \"{name}\": a condition names an answer by its page's `id` (or a question's `name`)"),
                );
                return;
            };
            if let Some(here) = page {
                if asked.page >= here {
                    self.say(
                        at(&path, &[key(field)]),
                        format!("\"{name}\" is asked on this page or a later one: a condition can use only answers given on earlier pages (move this page after it)"),
                    );
                }
            }
            let values: Vec<(Vec<Seg>, &String)> = match (&cond.is, &cond.one_of) {
                (Some(v), _) => vec![(at(&path, &[key("is")]), v)],
                (_, Some(list)) => list
                    .iter()
                    .enumerate()
                    .map(|(k, v)| (at(&path, &[key("one_of"), Seg::Index(k)]), v))
                    .collect(),
                _ => Vec::new(),
            };
            if !values.is_empty() {
                match &asked.shape {
                    Shape::Choice { values: known, .. } => {
                        for (p, v) in values {
                            if !known.contains(v) {
                                self.say(
                                    p,
                                    format!("\"{v}\" is not an answer \"{name}\" can have: use one of its options' values ({})", known.join(", ")),
                                );
                            }
                        }
                    }
                    _ => self.say(
                        at(&path, &[key("answer")]),
                        format!("\"{name}\" is not a choice: compare only choices with `is` or `one_of` (use `answered` for other answers)"),
                    ),
                }
            }
        }
        if let Some(inner) = &cond.not {
            self.condition(at(&path, &[key("not")]), inner, page);
        }
        for (k, list) in [("all", &cond.all), ("any", &cond.any)] {
            if let Some(list) = list {
                if list.is_empty() {
                    self.say(at(&path, &[key(k)]), format!("`{k}` lists no condition"));
                }
                for (n, inner) in list.iter().enumerate() {
                    self.condition(at(&path, &[key(k), Seg::Index(n)]), inner, page);
                }
            }
        }
    }

    /// Every page is on the route for some answers: tries every combination of the answers
    /// the pages' conditions use (choices by value, others answered or not), up to a bound.
    fn reachable(&mut self, file: &ProcedureFile) {
        let mut used: Vec<String> = Vec::new();
        for page in &file.pages {
            if let Some(when) = &page.when {
                names(when, &mut used);
            }
        }
        used.sort();
        used.dedup();
        let domains: Vec<Vec<Value>> = used.iter().map(|n| domain(&self.answers[n])).collect();
        let combinations = domains
            .iter()
            .try_fold(1usize, |n, d| n.checked_mul(d.len().max(1)));
        if combinations.is_none_or(|n| n > 200_000) {
            return;
        }
        let mut reached = vec![false; file.pages.len()];
        let mut pick = vec![0usize; domains.len()];
        loop {
            let given: BTreeMap<&str, &Value> = used
                .iter()
                .zip(&pick)
                .zip(&domains)
                .map(|((n, &k), d)| (n.as_str(), &d[k]))
                .collect();
            let mut on_route: Vec<&str> = Vec::new();
            for (i, page) in file.pages.iter().enumerate() {
                let shown = page
                    .when
                    .as_ref()
                    .is_none_or(|w| holds(w, &given, &on_route, &self.answers, file));
                if shown {
                    reached[i] = true;
                    on_route.push(&page.id);
                    if page.exit.is_some() {
                        break;
                    }
                }
            }
            // The next combination.
            let mut k = 0;
            loop {
                if k == pick.len() {
                    break;
                }
                pick[k] += 1;
                if pick[k] < domains[k].len() {
                    break;
                }
                pick[k] = 0;
                k += 1;
            }
            if k == pick.len() {
                break;
            }
        }
        for (i, page) in file.pages.iter().enumerate() {
            if !reached[i] {
                self.say(
                    vec![key("page"), Seg::Index(i), key(if page.when.is_some() { "when" } else { "id" })],
                    format!("no route reaches the page \"{}\": whatever the citizen answers before it, its `when` never holds or an exit page comes first", page.id),
                );
            }
        }
    }
}

/// A value an answer is given while routes are tried.
#[derive(Clone, Debug)]
enum Value {
    Chosen(Vec<String>),
    Answered(bool),
}

fn domain(asked: &Asked) -> Vec<Value> {
    match &asked.shape {
        Shape::Choice {
            values,
            several: false,
        } => {
            let mut d: Vec<Value> = values
                .iter()
                .map(|v| Value::Chosen(vec![v.clone()]))
                .collect();
            if asked.optional {
                d.push(Value::Chosen(Vec::new()));
            }
            d
        }
        Shape::Choice {
            values,
            several: true,
        } if values.len() <= 6 => (0..1u32 << values.len())
            .map(|bits| {
                Value::Chosen(
                    values
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| bits & (1 << i) != 0)
                        .map(|(_, v)| v.clone())
                        .collect(),
                )
            })
            .collect(),
        Shape::Choice { values, .. } => {
            let mut d: Vec<Value> = values
                .iter()
                .map(|v| Value::Chosen(vec![v.clone()]))
                .collect();
            d.push(Value::Chosen(Vec::new()));
            d
        }
        _ if asked.optional => vec![Value::Answered(true), Value::Answered(false)],
        _ => vec![Value::Answered(true)],
    }
}

fn names(cond: &Condition, out: &mut Vec<String>) {
    out.extend(cond.answer.iter().chain(&cond.answered).cloned());
    if let Some(inner) = &cond.not {
        names(inner, out);
    }
    for list in [&cond.all, &cond.any].into_iter().flatten() {
        for inner in list {
            names(inner, out);
        }
    }
}

/// Whether `cond` holds for `given` answers, counting only those asked on the route so far
/// (an answer of a page not on the route is not given).
fn holds(
    cond: &Condition,
    given: &BTreeMap<&str, &Value>,
    on_route: &[&str],
    answers: &BTreeMap<String, Asked>,
    file: &ProcedureFile,
) -> bool {
    let value = |name: &str| -> Option<&Value> {
        let page = &file.pages.get(answers.get(name)?.page)?.id;
        on_route
            .contains(&page.as_str())
            .then(|| given.get(name).copied())
            .flatten()
    };
    if let Some(name) = &cond.answer {
        let chosen = match value(name) {
            Some(Value::Chosen(list)) => list.as_slice(),
            _ => &[],
        };
        let wanted: Vec<&String> = cond.is.iter().chain(cond.one_of.iter().flatten()).collect();
        return chosen.iter().any(|c| wanted.contains(&c));
    }
    if let Some(name) = &cond.answered {
        return match value(name) {
            Some(Value::Chosen(list)) => !list.is_empty(),
            Some(Value::Answered(a)) => *a,
            None => false,
        };
    }
    if let Some(inner) = &cond.not {
        return !holds(inner, given, on_route, answers, file);
    }
    if let Some(list) = &cond.all {
        return list
            .iter()
            .all(|c| holds(c, given, on_route, answers, file));
    }
    if let Some(list) = &cond.any {
        return list
            .iter()
            .any(|c| holds(c, given, on_route, answers, file));
    }
    false
}

fn shape_of(answer: &Answer) -> Shape {
    match answer {
        Answer::OneOf { options } | Answer::Select { options } => Shape::Choice {
            values: options.iter().map(|o| o.value.clone()).collect(),
            several: false,
        },
        Answer::AnyOf { options, .. } => Shape::Choice {
            values: options.iter().map(|o| o.value.clone()).collect(),
            several: true,
        },
        Answer::WholeNumber { .. } => Shape::WholeNumber,
        Answer::Address { .. } | Answer::Place { .. } => Shape::Place,
        _ => Shape::Other,
    }
}
