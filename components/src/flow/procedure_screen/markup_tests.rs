//! Tests of ProcedureScreen: the engine's pages drawn from a `Screen`, text from a procedure
//! file shown as text whatever it holds. Run through components/tests/markup.rs.

use crate::support::*;
use dvc_procedure::read_back::Row;
use dvc_procedure::screen::Screen;
use dvc_ui::flow::ProcedureScreen;
use std::sync::Arc;

const HOSTILE: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";

/// A procedure whose every text is markup a hostile or careless author wrote.
fn hostile() -> Arc<dvc_procedure::ProcedureFile> {
    let source = format!(
        r#"
[procedure]
code = "1.000001"
slug = "x"
title = {{ vi = "{h}", en = "{h}" }}
agency = {{ code = "000.00.12.H26" }}
sign_in = 0
takes = {{ vi = "{h}", en = "{h}" }}
declaration = {{ vi = "{h}", en = "{h}" }}

[start]
purpose = {{ vi = "{h}", en = "{h}" }}
need = [{{ vi = "{h}", en = "{h}" }}]

[[page]]
id = "q"
question = {{ vi = "{h}", en = "{h}" }}
hint = {{ vi = "{h}", en = "{h}" }}
answer = {{ kind = "one-of", options = [{{ value = "a", label = {{ vi = "{h}", en = "{h}" }} }}, {{ value = "b", label = {{ vi = "{h}", en = "{h}" }} }}] }}
"#,
        h = HOSTILE
    );
    Arc::new(dvc_procedure::read("x.toml", &source).unwrap())
}

#[test]
fn text_from_a_procedure_file_is_shown_as_text_on_every_page() {
    let file = hostile();
    let screens = [
        Screen::Start {
            begin: "/thu-tuc/x/q".into(),
            resume: None,
            sent: None,
        },
        Screen::Question {
            page: "q".into(),
            answers: Vec::new(),
            values: Vec::new(),
            problems: Vec::new(),
            back: "/thu-tuc/x".into(),
            action: "/thu-tuc/x/q".into(),
            not_saved: false,
            item: false,
            vouched: None,
            kept: Vec::new(),
        },
        Screen::CheckAnswers {
            rows: vec![Row {
                page: "q".into(),
                question: HOSTILE.into(),
                answer: HOSTILE.into(),
            }],
            fees: Vec::new(),
            back: "/thu-tuc/x/q".into(),
            missing: None,
            problems: Vec::new(),
            not_saved: false,
            vouched: Vec::new(),
        },
    ];
    for screen in screens {
        let (file, shown) = (file.clone(), format!("{screen:?}"));
        let doc =
            render(move || view! { <ProcedureScreen file=file base="/thu-tuc/x" screen=screen/> });
        assert!(all(&doc, "script").is_empty(), "{shown}");
        assert!(all(&doc, "img").is_empty(), "{shown}");
        let said: String = doc.root_element().text().collect();
        assert!(said.contains(HOSTILE), "shown as text: {shown}");
    }
}

#[test]
fn a_question_of_a_repeating_group_has_no_save_button_and_keeps_nothing_while_typing() {
    let file = Arc::new(
        dvc_procedure::read(
            "s.toml",
            include_str!("../../../../demo/procedures/thong-bao-luu-tru.toml"),
        )
        .unwrap(),
    );
    let screen = |item| Screen::Question {
        page: if item { "khach" } else { "so-dem" }.into(),
        answers: Vec::new(),
        values: Vec::new(),
        problems: Vec::new(),
        back: "/thu-tuc/thong-bao-luu-tru".into(),
        action: "/thu-tuc/thong-bao-luu-tru/khach/them".into(),
        not_saved: false,
        item,
        vouched: None,
        kept: Vec::new(),
    };
    let (f, s) = (file.clone(), screen(true));
    let doc = render(
        move || view! { <ProcedureScreen file=f base="/thu-tuc/thong-bao-luu-tru" screen=s/> },
    );
    assert!(all(&doc, "button[name=dvc_action]").is_empty());
    assert_eq!(attr(one(&doc, "form#question"), "data-dvc-autosave"), None);
    let (f, s) = (file, screen(false));
    let doc = render(
        move || view! { <ProcedureScreen file=f base="/thu-tuc/thong-bao-luu-tru" screen=s/> },
    );
    assert_eq!(all(&doc, "button[name=dvc_action][value=save]").len(), 1);
    assert_eq!(
        attr(one(&doc, "form#question"), "data-dvc-autosave"),
        Some("")
    );
}
