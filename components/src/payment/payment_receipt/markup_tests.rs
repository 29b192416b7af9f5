//! Tests of PaymentReceipt: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;
use dvc_ui::payment::{Fee, Paid, PaymentReceipt};

fn paid() -> Paid {
    Paid {
        reference: "DK-2026-4F2A91".into(),
        payer: "Nguyễn Thị Hoà".into(),
        at: "10:30, 24/11/2026".into(),
        transaction: "14422574".into(),
        through: "VNPAY".into(),
        collector: String::new(),
    }
}

fn fees() -> Vec<Fee> {
    vec![
        Fee::new("Lệ phí", "UBND xã Cam Đường", 100_000),
        Fee::new("Phí", "Sở Tài chính", 1_234_567),
    ]
}

#[test]
fn the_facts_are_pairs_and_an_empty_fact_is_left_out() {
    let doc = render(|| view! { <PaymentReceipt paid=paid() fees=fees()/> });
    let pairs: Vec<(String, String)> = all(&doc, ".dvc-receipt__fact")
        .into_iter()
        .map(|row| {
            (
                text(row.select(&Selector::parse("dt").unwrap()).next().unwrap()),
                text(row.select(&Selector::parse("dd").unwrap()).next().unwrap()),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("Mã hồ sơ".into(), "DK-2026-4F2A91".into()),
            ("Người nộp tiền".into(), "Nguyễn Thị Hoà".into()),
            ("Thời gian nộp".into(), "10:30, 24/11/2026".into()),
            ("Mã giao dịch".into(), "14422574".into()),
            ("Hình thức thanh toán".into(), "VNPAY".into()),
        ],
        "no 'Đơn vị thu' row when none is given"
    );
    let title = one(&doc, "h2.dvc-receipt__title");
    assert_eq!(
        attr(one(&doc, "section.dvc-receipt"), "aria-labelledby"),
        attr(title, "id")
    );
    assert_eq!(text(title), "Biên lai điện tử");
}

#[test]
fn two_receipts_on_one_page_each_name_their_own_section() {
    let doc = render(|| {
        let second = Paid {
            transaction: "14422575".into(),
            ..paid()
        };
        view! {
            <PaymentReceipt paid=paid() fees=fees()/>
            <PaymentReceipt paid=second fees=fees()/>
        }
    });
    let titles: Vec<&str> = all(&doc, "h2.dvc-receipt__title")
        .into_iter()
        .filter_map(|h| attr(h, "id"))
        .collect();
    assert_eq!(titles.len(), 2);
    assert_ne!(titles[0], titles[1]);
    for (section, id) in all(&doc, "section.dvc-receipt").into_iter().zip(&titles) {
        assert_eq!(attr(section, "aria-labelledby"), Some(*id));
    }
}

#[test]
fn the_items_are_a_table_with_headers_and_the_total_in_figures_and_words() {
    let doc = render(|| view! { <PaymentReceipt paid=paid() fees=fees()/> });
    assert_eq!(text(one(&doc, "caption")), "Các khoản đã nộp");
    assert_eq!(all(&doc, "thead th[scope=col]").len(), 3);
    let rows: Vec<String> = all(&doc, "tbody th[scope=row]")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(rows, vec!["Lệ phí", "Phí"]);
    assert_eq!(text(one(&doc, "tfoot .dvc-receipt__amount")), "1.334.567 ₫");
    assert_eq!(
        text(one(&doc, ".dvc-receipt__words")),
        "Bằng chữ: Một triệu ba trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"
    );
}

#[test]
fn the_print_button_waits_for_the_page_to_be_interactive() {
    let doc = render(|| view! { <PaymentReceipt paid=paid() fees=fees()/> });
    let button = one(&doc, "button.dvc-receipt__print");
    assert!(
        attr(button, "hidden").is_some(),
        "without JavaScript the browser's own Print is the way"
    );
    assert_eq!(attr(button, "type"), Some("button"));
}

#[test]
fn every_answer_is_shown_as_text_never_markup() {
    let hostile = Paid {
        payer: "<img src=x onerror=alert(1)>".into(),
        ..paid()
    };
    let doc = render(
        move || view! { <PaymentReceipt paid=hostile fees=vec![Fee::new("<b>x</b>", "", 1)]/> },
    );
    assert!(all(&doc, ".dvc-receipt img").is_empty() && all(&doc, ".dvc-receipt b").is_empty());
    assert!(doc.html().contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn every_amount_names_its_item_and_its_column() {
    let doc = render(|| view! { <PaymentReceipt paid=paid() fees=fees()/> });
    let heading = |id: &str| {
        all(&doc, "th[id]")
            .into_iter()
            .find(|th| attr(*th, "id") == Some(id))
            .map(text)
            .unwrap_or_else(|| panic!("no header cell #{id}"))
    };
    let said: Vec<Vec<String>> = all(&doc, "td")
        .into_iter()
        .map(|td| {
            let names = attr(td, "headers").expect("every data cell names its headers");
            names.split_whitespace().map(heading).collect()
        })
        .collect();
    let first = text(all(&doc, "tbody th")[0]);
    assert_eq!(said[0], vec![first.clone(), "Nơi nhận".to_string()]);
    assert_eq!(said[1], vec![first, "Số tiền".to_string()]);
    assert_eq!(
        said.last().unwrap(),
        &vec!["Tổng cộng".to_string(), "Số tiền".to_string()]
    );
    // Each row's item cell is a header of its row, named by its column.
    for th in all(&doc, "tbody th") {
        assert_eq!(attr(th, "scope"), Some("row"));
        assert_eq!(heading(attr(th, "headers").unwrap()), "Khoản");
    }
}
