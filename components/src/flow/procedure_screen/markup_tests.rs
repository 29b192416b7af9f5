//! Tests of ProcedureScreen: the engine's pages drawn from a `Screen`, text from a procedure
//! file shown as text whatever it holds. Run through components/tests/markup.rs.

use crate::support::*;
use dvc_procedure::read_back::Row;
use dvc_procedure::route::FeeLine;
use dvc_procedure::screen::{FeeStep, PayState, Receipt, Screen};
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
        Screen::Pay {
            code: "000.00.12.H26-261205-0001".into(),
            fees: hostile_fee(),
            earlier: None,
            gateway: Some(HOSTILE.into()),
            problems: Vec::new(),
        },
        Screen::Receipt {
            code: "000.00.12.H26-261205-0001".into(),
            fees: hostile_fee(),
            paid: Some(Receipt {
                payer: HOSTILE.into(),
                paid_at: String::new(),
                transaction: "1".into(),
                method: "gateway".into(),
                gateway: "VNPAY".into(),
                bank_code: String::new(),
                collector: String::new(),
            }),
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

fn hostile_fee() -> Vec<FeeLine> {
    vec![FeeLine {
        item: HOSTILE.into(),
        unit: 1_000,
        count: 1,
        amount: 1_000,
        receiver: "agency".into(),
    }]
}

#[test]
fn the_fee_page_offers_only_the_portals_ways_to_pay_and_every_payment_page_links_its_next_step() {
    let file = hostile();
    let draw = |screen: Screen| {
        let file = file.clone();
        render(move || view! { <ProcedureScreen file=file base="/thu-tuc/x" screen=screen/> })
    };
    let pay = |gateway: Option<&str>| Screen::Pay {
        code: "000.00.12.H26-261205-0001".into(),
        fees: hostile_fee(),
        earlier: Some(PayState::Expired),
        gateway: gateway.map(String::from),
        problems: Vec::new(),
    };
    let doc = draw(pay(None));
    let offered: Vec<_> = all(&doc, "input[name=payment_method]")
        .into_iter()
        .map(|i| attr(i, "value").unwrap_or_default().to_string())
        .collect();
    assert_eq!(offered, ["vietqr"], "no gateway: VietQR only");
    assert_eq!(
        attr(one(&doc, "form#pay"), "action"),
        Some("/thu-tuc/x/nop-phi")
    );
    assert_eq!(
        attr(one(&doc, "input[name=dvc_form]"), "value"),
        Some("pay")
    );
    assert!(
        one(&doc, ".dvc-payment-status--expired").text().count() > 0,
        "the last payment's end said"
    );
    let doc = draw(pay(Some("VNPAY")));
    assert_eq!(all(&doc, "input[name=payment_method]").len(), 2);
    // Paid: the receipt; failed: pay again; the state asked at the engine's address.
    let payment = |state| Screen::Payment {
        code: "000.00.12.H26-261205-0001".into(),
        state,
        return_refused: false,
    };
    let doc = draw(payment(PayState::Paid));
    assert_eq!(all(&doc, "a[href='/thu-tuc/x/bien-lai']").len(), 1);
    let doc = draw(payment(PayState::Failed));
    assert_eq!(all(&doc, "a[href='/thu-tuc/x/nop-phi']").len(), 1);
    let doc = draw(payment(PayState::Pending));
    assert_eq!(
        attr(
            one(&doc, "[data-dvc-module=payment-status]"),
            "data-check-url"
        ),
        Some("/thu-tuc/x/thanh-toan/trang-thai")
    );
    // The confirmation: "Nộp phí" while due, the receipt once paid.
    let sent = |fee| Screen::Sent {
        code: "000.00.12.H26-261205-0001".into(),
        fees: hostile_fee(),
        fee,
        follow: None,
    };
    let doc = draw(sent(FeeStep::Due));
    assert_eq!(
        all(&doc, "a.dvc-button[href='/thu-tuc/x/nop-phi']").len(),
        1
    );
    let doc = draw(sent(FeeStep::Paid));
    assert_eq!(all(&doc, "a[href='/thu-tuc/x/bien-lai']").len(), 1);
    assert!(all(&doc, "a[href='/thu-tuc/x/nop-phi']").is_empty());
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

#[test]
fn at_the_counter_every_page_says_for_whom_and_a_question_has_no_save_for_later() {
    let file = Arc::new(
        dvc_procedure::read(
            "s.toml",
            include_str!("../../../../demo/procedures/thong-bao-luu-tru.toml"),
        )
        .unwrap(),
    );
    let screen = Screen::Question {
        page: "so-dem".into(),
        answers: Vec::new(),
        values: Vec::new(),
        problems: Vec::new(),
        back: "/mot-cua/tai-quay/x".into(),
        action: "/mot-cua/tai-quay/x/so-dem".into(),
        not_saved: false,
        item: false,
        vouched: None,
        kept: Vec::new(),
    };
    let doc = render(move || {
        view! { <ProcedureScreen file=file base="/mot-cua/tai-quay/x" screen=screen on_behalf=Some("Lò Thị Mai".to_string())/> }
    });
    assert!(all(&doc, "button[name=dvc_action]").is_empty());
    assert_eq!(
        text(one(&doc, ".dvc-inset")),
        "Tại quầy: bạn đang làm hồ sơ thay công dân Lò Thị Mai."
    );
    assert_eq!(
        attr(one(&doc, "form#question"), "data-dvc-autosave"),
        Some(""),
        "kept while typing all the same"
    );
}
