//! The procedure file format: what a province writes to put one administrative procedure
//! (thủ tục hành chính) online, read from TOML with serde. Every field is documented here,
//! with its TOML name; `README.md` ("Add a procedure") shows a whole file. Owns the shapes
//! only: what must hold between fields (an answer a condition names exists on an earlier
//! page, …) is [`crate::check`].
//!
//! A file has one `[procedure]` table, one `[start]` table, the pages in the order they
//! are asked (`[[page]]`, one question each) and the fees (`[[fee]]`).

use serde::{Deserialize, Serialize};

/// Words in Vietnamese (`vi`) and English (`en`): `{ vi = "…", en = "…" }`. Both are
/// required (the check names a missing one): a page in English never shows Vietnamese.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default)]
    pub vi: String,
    #[serde(default)]
    pub en: String,
}

/// A whole procedure file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProcedureFile {
    /// `[procedure]`: what the procedure is.
    pub procedure: Procedure,
    /// `[start]`: its start page.
    pub start: Start,
    /// `[[page]]`: the pages, in the order they are asked.
    #[serde(rename = "page")]
    pub pages: Vec<Page>,
    /// `[[fee]]`: what it costs (none: free).
    #[serde(rename = "fee", default, skip_serializing_if = "Vec::is_empty")]
    pub fees: Vec<Fee>,
}

/// `[procedure]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// The procedure's code on the national portal (Cơ sở dữ liệu quốc gia về TTHC), such
    /// as "1.001612": digits and dots.
    pub code: String,
    /// The last part of its address (`/thu-tuc/<slug>/…`): lower-case letters without
    /// diacritics, digits and hyphens.
    pub slug: String,
    /// Its name, as on the national portal.
    pub title: Text,
    /// Who decides: `{ code = "…" }` (one agency), or `{ by = "<answer>", table = "commune" }`
    /// (the agency of the commune, or `"province"`, a place answer names).
    pub agency: Agency,
    /// The sign-in it needs: 0 (none), 1 or 2 (VNeID's levels).
    pub sign_in: u8,
    /// How long it takes, in words ("3 ngày làm việc").
    pub takes: Text,
    /// What the citizen declares before submitting (the box they tick).
    pub declaration: Text,
    /// Whose dossier it is when a citizen may ask for someone else:
    /// `{ answer = "<page>", myself = "<value>" }`. The requester (signed in) and the
    /// subject are both recorded; VNeID's claims fill only the requester's own answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<Subject>,
}

/// `agency`: one agency, or the agency of a place the citizen gives.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// The agency's code (mã đơn vị), for every dossier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The answer (a page asking for a place or an address) whose place decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// Which level of that place: "commune" or "province".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
}

/// `subject`: acting on behalf of someone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Subject {
    /// The page whose answer says whose dossier it is (a choice).
    pub answer: String,
    /// The value of that answer meaning "myself".
    pub myself: String,
}

/// `[start]`: the procedure's start page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Start {
    /// What the procedure is for, in a sentence or two.
    pub purpose: Text,
    /// What the citizen needs before starting (one item each).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub need: Vec<Text>,
}

/// `[[page]]`: one page, asking one question (or, for a repeating group, the questions of
/// one item; or, for an exit page, none).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The page's address and its answer's name: lower-case letters without diacritics,
    /// digits and hyphens ("ngay-sinh"). Unique in the file.
    pub id: String,
    /// The question, the page's heading and title.
    pub question: Text,
    /// Another wording of the question when a condition holds (the first that holds):
    /// `[[page.question_when]]` with `when`, `vi`, `en`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub question_when: Vec<Wording>,
    /// How the question is named on the check-answers page (default: the question).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<Text>,
    /// A hint under the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    /// The question may be left blank.
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    /// Asked only when this holds (over the answers of earlier pages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// What is asked (absent on an exit page and on a repeating group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    /// Filled from the citizen's VNeID claims, shown read-only, when `when` holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefill: Option<Prefill>,
    /// A repeating group ("add another"): the page asks for one item at a time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
    /// An exit page: the citizen cannot use this procedure (the question is its heading).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit: Option<Exit>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// `[[page.question_when]]`: a question's other wording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Wording {
    pub when: Condition,
    #[serde(default)]
    pub vi: String,
    #[serde(default)]
    pub en: String,
}

/// A condition over earlier answers. Exactly one of these shapes:
/// `{ answer = "ai", is = "con" }`, `{ answer = "ai", one_of = ["con", "khac"] }` (for
/// several choices: the answer includes that value), `{ answered = "ghi-chu" }`,
/// `{ not = { … } }`, `{ all = [ … ] }`, `{ any = [ … ] }`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub one_of: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not: Option<Box<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<Vec<Condition>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub any: Option<Vec<Condition>>,
}

/// `answer`: the kind of answer, `kind = "…"`, with its settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Answer {
    /// One line of text; `max` characters at most.
    Text {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<usize>,
    },
    /// Several lines, with a character count: `max` characters at most.
    LongText {
        max: usize,
    },
    /// A full name in Vietnamese letters.
    Name,
    /// A date in three boxes: `past` (before today), `not_past` (today or later),
    /// `min_age` (the person is at least this old).
    Date {
        #[serde(default, skip_serializing_if = "is_false")]
        past: bool,
        #[serde(default, skip_serializing_if = "is_false")]
        not_past: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_age: Option<u8>,
    },
    /// A personal identification number (12 digits); `old_card`: the 9-digit card too.
    CitizenId {
        #[serde(default, skip_serializing_if = "is_false")]
        old_card: bool,
    },
    /// A mobile phone number; `landline`: fixed lines too.
    Phone {
        #[serde(default, skip_serializing_if = "is_false")]
        landline: bool,
    },
    Email,
    TaxCode,
    /// An amount in đồng.
    Money,
    /// A whole number between `min` and `max` (a count of copies, of people).
    WholeNumber {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<u64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<u64>,
    },
    /// One choice, as radios.
    OneOf {
        options: Vec<Choice>,
    },
    /// One choice from a long list, as a select.
    Select {
        options: Vec<Choice>,
    },
    /// Several choices, as checkboxes; `none`: the value of "none of these".
    AnyOf {
        options: Vec<Choice>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        none: Option<String>,
    },
    /// An address on today's map (province, commune) with a street unless `street = false`;
    /// `old_map`: the page also offers to find it from the map before 1 July 2025 (the
    /// old province, district and commune, converted to today's).
    Address {
        #[serde(default = "yes", skip_serializing_if = "is_true")]
        street: bool,
        #[serde(default, skip_serializing_if = "is_false")]
        old_map: bool,
    },
    /// A place: province and commune only (`old_map` as for an address).
    Place {
        #[serde(default, skip_serializing_if = "is_false")]
        old_map: bool,
    },
    /// Files: `types` (extensions, "pdf"), `max_bytes` each, `max_files`.
    Files {
        types: Vec<String>,
        max_bytes: u64,
        max_files: usize,
    },
    /// Consent, one box per purpose (never pre-ticked; each optional).
    Consent {
        purposes: Vec<Choice>,
    },
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// One option of a choice: its posted `value`, its `label`, an optional `hint`, and the
/// questions shown under it when chosen (`[[…follow_up]]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub value: String,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_up: Vec<Field>,
}

/// A question that is not a page of its own: a follow-up under a choice, or one question
/// of a repeating group's item. `name` is its answer's name (unique in the file).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub name: String,
    pub label: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub optional: bool,
    pub answer: Answer,
}

/// `prefill`: a VNeID claim, for the signed-in citizen's own answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prefill {
    /// "name", "birth-date", "citizen-id", "phone" or "address".
    pub claim: String,
    /// Only when this holds (for "myself", not "my child").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
}

/// `group`: a repeating group ("add another"), one item per pass through the page, a
/// summary of the list with change and remove.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// What one item is called ("Khách", "Guest").
    pub item: Text,
    #[serde(default)]
    pub min: usize,
    pub max: usize,
    /// The questions of one item.
    pub fields: Vec<Field>,
}

/// `exit`: why the citizen cannot go on, and where to go instead.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    pub body: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<Link>,
}

/// A link: `href` and its words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub href: String,
    pub text: Text,
}

/// `[[fee]]`: one item of the fee, computed from the answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// What it is for ("Phí cấp bản sao").
    pub item: Text,
    /// In đồng: the whole item, or each unit when `times` is given.
    pub amount: u64,
    /// A whole-number answer the amount is multiplied by (copies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<String>,
    /// Charged only when this holds (postage "by post").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// Not charged when this holds (an exemption).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exempt_when: Option<Condition>,
    /// Who receives it: "agency" (the deciding agency) or "post" (the postal service).
    pub receiver: String,
}
