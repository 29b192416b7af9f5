//! The procedure file format: every demo procedure and a file using every field read
//! clean and survive a round trip; each refusal is said with its line, field and fix.

use dvc_procedure::{read, ProcedureFile};

const EVERY_FIELD: &str = include_str!("files/every-field.toml");
const BIRTH_EXTRACT: &str =
    include_str!("../../demo/procedures/cap-ban-sao-trich-luc-khai-sinh.toml");

/// The problems of `source` as lines "line: field: message".
fn problems(source: &str) -> Vec<String> {
    match read("t.toml", source) {
        Ok(_) => Vec::new(),
        Err(list) => list.iter().map(|p| p.to_string()).collect(),
    }
}

/// `source` with `from` replaced by `to` (which must be there, once).
fn with(source: &str, from: &str, to: &str) -> String {
    assert_eq!(source.matches(from).count(), 1, "{from:?} once in the file");
    source.replacen(from, to, 1)
}

fn line_of(source: &str, text: &str) -> usize {
    source[..source.find(text).expect("in the file")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn the_demo_procedures_and_the_every_field_file_read_clean() {
    for (name, source) in [
        ("every-field", EVERY_FIELD),
        ("birth extract", BIRTH_EXTRACT),
    ] {
        assert_eq!(problems(source), Vec::<String>::new(), "{name}");
    }
}

#[test]
fn every_field_survives_a_round_trip() {
    let first: ProcedureFile = read("t.toml", EVERY_FIELD).unwrap();
    let written = toml::to_string(&first).unwrap();
    let again: ProcedureFile = read("again.toml", &written).unwrap();
    assert_eq!(first, again);
}

#[test]
fn a_condition_on_an_answer_no_page_asks_is_refused() {
    let source = with(
        EVERY_FIELD,
        r#"when = { answer = "giay-to", one_of = ["hop-dong"] }"#,
        r#"when = { answer = "giay", one_of = ["hop-dong"] }"#,
    );
    assert_eq!(
        problems(&source),
        vec![format!("t.toml:{}: page[16].when.answer: no page asks \"giay\": a condition names an answer by its page's `id` (or a question's `name`)", line_of(&source, r#"when = { answer = "giay""#))]
    );
}

#[test]
fn a_condition_on_a_value_the_answer_cannot_have_is_refused() {
    let source = with(
        EVERY_FIELD,
        r#"one_of = ["hop-dong"]"#,
        r#"one_of = ["hopdong"]"#,
    );
    assert_eq!(
        problems(&source),
        vec![format!("t.toml:{}: page[16].when.one_of[1]: \"hopdong\" is not an answer \"giay-to\" can have: use one of its options' values (so-do, hop-dong, khong)", line_of(&source, "hopdong"))]
    );
}

#[test]
fn a_condition_on_a_later_page_is_refused() {
    let source = with(
        BIRTH_EXTRACT,
        r#"when = { answer = "nhan-ket-qua", is = "buu-dien" }
question"#,
        r#"when = { answered = "ghi-chu" }
question"#,
    );
    assert_eq!(
        problems(&source),
        vec![format!("t.toml:{}: page[8].when.answered: \"ghi-chu\" is asked on this page or a later one: a condition can use only answers given on earlier pages (move this page after it)", line_of(&source, r#"when = { answered = "ghi-chu" }"#))]
    );
}

#[test]
fn two_pages_with_one_address_are_refused() {
    let source = with(EVERY_FIELD, "id = \"hen\"", "id = \"ngay\"");
    assert_eq!(
        problems(&source),
        vec![format!("t.toml:{}: page[5].id: two pages have the address \"ngay\": give each page its own `id`", line_of(&source, "id = \"ngay\"\nquestion = { vi = \"Ngày hẹn"))]
    );
}

#[test]
fn a_missing_english_text_is_refused() {
    let source = with(
        BIRTH_EXTRACT,
        r#"short = { vi = "Số bản sao", en = "Copies" }"#,
        r#"short = { vi = "Số bản sao" }"#,
    );
    assert_eq!(
        problems(&source),
        vec![format!("t.toml:{}: page[6].short: the English text is missing: add `en = \"…\"` beside `vi` (a page in English must not show Vietnamese only)", line_of(&source, r#"short = { vi = "Số bản sao" }"#))]
    );
}

#[test]
fn a_fee_multiplied_by_an_answer_that_is_not_a_whole_number_is_refused() {
    let source = with(BIRTH_EXTRACT, "times = \"so-ban\"", "times = \"ghi-chu\"");
    assert_eq!(
        problems(&source),
        vec![format!("t.toml:{}: fee[1].times: \"ghi-chu\" is not a whole number: a fee can be multiplied only by an answer of kind \"whole-number\"", line_of(&source, "times = \"ghi-chu\""))]
    );
}

#[test]
fn a_page_no_route_reaches_is_refused() {
    // For "my child" and for "myself" at once: never.
    let source = with(
        BIRTH_EXTRACT,
        r#"[[page]]
id = "so-ban"
"#,
        r#"[[page]]
id = "so-ban"
when = { all = [{ answer = "cho-ai", is = "con" }, { answer = "cho-ai", is = "ban-than" }] }
"#,
    );
    assert_eq!(
        problems(&source),
        vec![format!("t.toml:{}: page[6].when: no route reaches the page \"so-ban\": whatever the citizen answers before it, its `when` never holds or an exit page comes first", line_of(&source, "when = { all = [{ answer = \"cho-ai\""))]
    );
    // A page after an exit page that nothing avoids.
    let source = with(
        EVERY_FIELD,
        r#"when = { all = [{ answer = "ai", is = "khac" }, { not = { answered = "quan_he" } }] }"#,
        r#"when = { answered = "ten" }"#,
    );
    let found = problems(&source);
    assert_eq!(found.len(), 19, "every page after the exit: {found:#?}");
    assert!(
        found[0].contains("page[4].id: no route reaches the page \"ngay\""),
        "{}",
        found[0]
    );
}

#[test]
fn an_exit_page_without_a_condition_is_refused() {
    let source = with(
        EVERY_FIELD,
        r#"when = { all = [{ answer = "ai", is = "khac" }, { not = { answered = "quan_he" } }] }
"#,
        "",
    );
    assert!(problems(&source)[0].contains("page[3].exit: the exit page \"nuoc-ngoai\" has no `when`: every citizen would stop there; say when it applies"));
}

#[test]
fn what_toml_itself_refuses_is_said_at_its_line() {
    let source = with(BIRTH_EXTRACT, "sign_in = 2", "sign_in = \"2\"");
    let found = problems(&source);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with(&format!("t.toml:{}: ", line_of(&source, "sign_in = \"2\""))),
        "{}",
        found[0]
    );
    assert!(
        found[0].contains("invalid type: string \"2\", expected u8"),
        "{}",
        found[0]
    );
    let source = with(BIRTH_EXTRACT, "takes = {", "lasts = {");
    assert!(
        problems(&source)[0].contains("unknown field `lasts`"),
        "{:?}",
        problems(&source)
    );
    let source = with(
        BIRTH_EXTRACT,
        "kind = \"whole-number\"",
        "kind = \"number\"",
    );
    assert!(
        problems(&source)[0].contains("unknown variant `number`"),
        "{:?}",
        problems(&source)
    );
}

#[test]
fn other_refusals_name_their_fix() {
    let cases = [
        (
            "id = \"ghi-chu\"",
            "id = \"kiem-tra\"",
            "page[9].id: \"kiem-tra\" is the address of one of the engine's own pages",
        ),
        (
            "sign_in = 2",
            "sign_in = 3",
            "procedure.sign_in: sign_in is 3: write 0 (no sign-in), 1 or 2",
        ),
        (
            "slug = \"cap-ban-sao-trich-luc-khai-sinh\"",
            "slug = \"Cấp bản sao\"",
            "procedure.slug: \"Cấp bản sao\" cannot be an address",
        ),
        (
            "code = \"2.000635\"",
            "code = \"TTHC-1\"",
            "procedure.code: \"TTHC-1\" is not a procedure code",
        ),
        (
            "agency = { by = \"noi-dang-ky\", table = \"commune\" }",
            "agency = { by = \"so-ban\", table = \"commune\" }",
            "procedure.agency.by: \"so-ban\" is not a place",
        ),
        (
            "subject = { answer = \"cho-ai\", myself = \"ban-than\" }",
            "subject = { answer = \"cho-ai\", myself = \"toi\" }",
            "procedure.subject.myself: \"toi\" is not an option of \"cho-ai\"",
        ),
        (
            "answer = { kind = \"whole-number\", min = 1, max = 10 }",
            "answer = { kind = \"whole-number\", min = 11, max = 10 }",
            "page[6].answer.min: `min` (11) is above `max` (10)",
        ),
        (
            "prefill = { claim = \"name\",",
            "prefill = { claim = \"ho-ten\",",
            "page[3].prefill.claim: VNeID gives no claim \"ho-ten\"",
        ),
        (
            "prefill = { claim = \"birth-date\",",
            "prefill = { claim = \"name\",",
            "page[4].prefill.claim: the claim \"name\" does not fit this page's answer",
        ),
        (
            "receiver = \"post\"",
            "receiver = \"buu-dien\"",
            "fee[2].receiver: receiver \"buu-dien\" is unknown",
        ),
        (
            "when = { answer = \"nhan-ket-qua\", is = \"buu-dien\" }\nreceiver",
            "when = { answer = \"nhan-ket-qua\" }\nreceiver",
            "fee[2].when: write one condition",
        ),
        (
            "answer = { kind = \"long-text\", max = 500 }",
            "answer = { kind = \"long-text\", max = 0 }",
            "page[9].answer.max: a long text needs a limit above 0",
        ),
    ];
    for (from, to, expected) in cases {
        let found = problems(&with(BIRTH_EXTRACT, from, to));
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "{to}: {found:#?}"
        );
    }
}

#[test]
fn markup_in_a_text_is_kept_as_text() {
    // The format keeps words as written; the engine's pages escape them.
    let source = with(
        BIRTH_EXTRACT,
        "en = \"Copies\"",
        "en = \"<script>alert(1)</script>\"",
    );
    let file = read("t.toml", &source).unwrap();
    assert_eq!(
        file.pages[5].short.as_ref().unwrap().en,
        "<script>alert(1)</script>"
    );
    let source = with(
        EVERY_FIELD,
        "href = \"https://dichvucong.gov.vn\"",
        "href = \"javascript:alert(1)\"",
    );
    assert!(problems(&source)[0].contains("page[3].exit.link.href: the link goes nowhere"));
    // A browser drops a tab inside a scheme; other schemes run too; `//` is another host.
    for bad in [
        "java\\tscript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example",
        " https://x",
    ] {
        let source = with(
            EVERY_FIELD,
            "href = \"https://dichvucong.gov.vn\"",
            &format!("href = \"{bad}\""),
        );
        assert!(
            problems(&source)
                .iter()
                .any(|p| p.contains("exit.link.href: the link goes nowhere")),
            "{bad}"
        );
    }
    assert!(dvc_procedure::check::is_safe_href("/thu-tuc/khac"));
    assert!(dvc_procedure::check::is_safe_href(
        "https://dichvucong.gov.vn/p/home"
    ));
}

#[test]
fn an_answer_named_as_a_part_of_a_date_is_refused() {
    // "ngay" is a date: its boxes are posted as ngay-day, ngay-month, ngay-year.
    let source = with(EVERY_FIELD, "id = \"hen\"", "id = \"ngay-day\"");
    let found = problems(&source);
    assert!(
        found
            .iter()
            .any(|p| p.contains("the answer name \"ngay-day\" is also a part of a date's answer")),
        "{found:?}"
    );
}

#[test]
fn files_under_a_choice_or_in_a_group_are_refused() {
    let source = with(
        EVERY_FIELD,
        "optional = true, answer = { kind = \"text\" } },",
        "optional = true, answer = { kind = \"files\", types = [\"pdf\"], max_bytes = 1000, max_files = 1 } },",
    );
    let found = problems(&source);
    assert!(
        found
            .iter()
            .any(|p| p.contains("].answer.kind: files can be asked only as a page's own question")),
        "{found:?}"
    );
}
