//! Tests of VietQrPanel: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;
use dvc_rules::vietqr::{Service, Transfer};
use dvc_ui::payment::VietQrPanel;

fn fee() -> Transfer {
    Transfer::new("970416", "257678859", Service::Account)
        .with_amount(150_000)
        .with_purpose("Lệ phí hồ sơ 0004")
}

fn facts(doc: &Html) -> Vec<(String, String)> {
    all(doc, ".dvc-vietqr__row")
        .into_iter()
        .map(|row| {
            let key = text(row.select(&Selector::parse("dt").unwrap()).next().unwrap());
            let value = text(
                row.select(&Selector::parse(".dvc-vietqr__value").unwrap())
                    .next()
                    .unwrap(),
            );
            (key, value)
        })
        .collect()
}

#[test]
fn the_code_is_drawn_on_the_server_and_named_for_screen_readers() {
    let doc = render(
        || view! { <VietQrPanel transfer=fee() bank_name="ACB" account_holder="VAN PHONG UBND"/> },
    );
    let code = one(&doc, ".dvc-vietqr__code");
    assert_eq!(attr(code, "role"), Some("img"));
    assert_eq!(
        attr(code, "aria-label"),
        Some("Mã VietQR chứa các thông tin chuyển khoản ghi bên cạnh")
    );
    let svg = one(&doc, ".dvc-vietqr__code svg");
    assert_eq!(attr(svg, "aria-hidden"), Some("true"));
    assert!(
        attr(svg, "style").is_none(),
        "no inline style: the CSP holds"
    );
    // The quiet zone: the first dark module starts 4 modules in.
    assert!(
        attr(one(&doc, ".dvc-vietqr__code path"), "d")
            .unwrap()
            .starts_with("M4 4h7"),
        "the finder pattern's top row"
    );
    assert_eq!(
        attr(one(&doc, "section.dvc-vietqr"), "aria-labelledby"),
        Some("dvc-vietqr-title")
    );
    assert_eq!(
        text(one(&doc, "#dvc-vietqr-title")),
        "Chuyển khoản bằng mã VietQR"
    );
}

#[test]
fn every_fact_in_the_code_is_also_text() {
    let doc = render(
        || view! { <VietQrPanel transfer=fee() bank_name="ACB" account_holder="VAN PHONG UBND"/> },
    );
    assert_eq!(
        facts(&doc),
        vec![
            ("Ngân hàng".into(), "ACB".into()),
            ("Chủ tài khoản".into(), "VAN PHONG UBND".into()),
            ("Số tài khoản".into(), "257678859".into()),
            ("Số tiền".into(), "150.000 ₫".into()),
            ("Nội dung chuyển khoản".into(), "Le phi ho so 0004".into()),
        ]
    );
    assert_eq!(
        text(one(&doc, ".dvc-vietqr__words")),
        "(một trăm năm mươi nghìn đồng)"
    );
}

#[test]
fn copy_buttons_wait_for_a_script_and_say_what_they_copy() {
    let doc = render(
        || view! { <VietQrPanel transfer=fee() bank_name="ACB" account_holder="VAN PHONG UBND"/> },
    );
    let buttons = all(&doc, "button.dvc-vietqr__copy");
    assert_eq!(
        buttons.iter().map(|b| text(*b)).collect::<Vec<_>>(),
        [
            "Sao chép số tài khoản",
            "Sao chép số tiền",
            "Sao chép nội dung chuyển khoản"
        ]
    );
    assert!(
        buttons
            .iter()
            .all(|b| attr(*b, "hidden").is_some() && attr(*b, "type") == Some("button")),
        "hidden without JavaScript"
    );
    assert_eq!(
        attr(one(&doc, ".dvc-vietqr [aria-live]"), "aria-live"),
        Some("polite")
    );
}

#[test]
fn a_static_code_lets_the_citizen_type_the_amount_and_a_card_is_named_as_one() {
    let doc = render(|| {
        view! {
            <VietQrPanel transfer=Transfer::new("970436", "9704366614", Service::Card) bank_name="VCB" account_holder="A"/>
        }
    });
    let f = facts(&doc);
    assert_eq!(f[2], ("Số thẻ".into(), "9704366614".into()));
    assert_eq!(
        f[3],
        (
            "Số tiền".into(),
            "Bạn tự nhập trong ứng dụng ngân hàng".into()
        )
    );
    assert_eq!(f.len(), 4, "no content row without a content");
}

#[test]
fn a_transfer_that_cannot_be_drawn_says_why_instead_of_a_broken_code() {
    let doc = render(|| {
        view! {
            <VietQrPanel transfer=Transfer::new("97041", "257678859", Service::Account) bank_name="ACB" account_holder="A"/>
        }
    });
    assert_eq!(count(&doc, ".dvc-vietqr__code"), 0);
    assert_eq!(text(one(&doc, ".dvc-vietqr__problem")), "Chưa tạo được mã VietQR (Mã BIN ngân hàng phải có 6 chữ số: 97041). Hãy báo cho cơ quan giải quyết hồ sơ.");
}

#[test]
fn in_english_the_words_follow_and_the_amount_is_in_figures() {
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <VietQrPanel transfer=fee() bank_name="ACB" account_holder="A"/> }
    });
    assert_eq!(text(one(&doc, "h2")), "Pay by bank transfer with VietQR");
    assert_eq!(facts(&doc)[3], ("Amount".into(), "150.000 ₫".into()));
    assert_eq!(count(&doc, ".dvc-vietqr__words"), 0);
}

#[test]
fn fee_summary_pairs_each_fee_with_its_amount_and_totals_in_figures_and_words() {
    use dvc_ui::payment::{Fee, FeeSummary};
    let doc = render(|| {
        view! {
            <FeeSummary fees=vec![Fee::new("Lệ phí", "UBND xã", 100_000), Fee::new("Phí", "", 1_234_567)]/>
        }
    });
    let rows: Vec<(String, String)> = all(&doc, ".dvc-fee-summary__row")
        .into_iter()
        .map(|r| {
            (
                text(r.select(&Selector::parse("dt").unwrap()).next().unwrap()),
                text(r.select(&Selector::parse("dd").unwrap()).next().unwrap()),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Lệ phí Nơi nhận: UBND xã".into(), "100.000 ₫".into()),
            ("Phí".into(), "1.234.567 ₫".into()),
            ("Tổng cộng".into(), "1.334.567 ₫".into()),
        ]
    );
    assert_eq!(
        text(one(&doc, ".dvc-fee-summary__words")),
        "Bằng chữ: Một triệu ba trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"
    );
    assert_eq!(text(one(&doc, "h2")), "Phí, lệ phí phải nộp");
}

#[test]
fn payment_method_chooser_offers_both_ways_none_chosen_each_saying_what_happens_next() {
    use dvc_ui::payment::{PaymentMethod, PaymentMethodChooser};
    let doc =
        render(|| view! { <Form id="pay"><PaymentMethodChooser gateway_name="VNPAY"/></Form> });
    assert_eq!(
        text(one(&doc, "legend")),
        "Bạn muốn thanh toán bằng cách nào?"
    );
    let radios = all(&doc, "input[type=radio][name=payment_method]");
    assert_eq!(
        radios
            .iter()
            .map(|r| attr(*r, "value").unwrap())
            .collect::<Vec<_>>(),
        ["vietqr", "gateway"]
    );
    assert!(
        radios.iter().all(|r| attr(*r, "checked").is_none()),
        "nothing chosen in advance"
    );
    for radio in &radios {
        let hint = attr(*radio, "aria-describedby").unwrap();
        assert!(
            !text(one(&doc, &format!("#{hint}"))).is_empty(),
            "each says what happens next"
        );
    }
    assert!(doc.html().contains("cổng thanh toán VNPAY"));
    assert_eq!(
        PaymentMethod::from_value("gateway"),
        Some(PaymentMethod::Gateway)
    );
    assert_eq!(PaymentMethod::from_value("cash"), None);
}

#[test]
fn payment_status_says_the_state_what_it_means_and_offers_a_check_only_while_pending() {
    use dvc_ui::payment::{PaymentState, PaymentStatus};
    let pending = render(|| view! { <PaymentStatus state=PaymentState::Pending check_url="/s"/> });
    assert_eq!(
        text(one(&pending, ".dvc-payment-status__tag")),
        "Đang chờ xác nhận"
    );
    assert!(text(one(&pending, ".dvc-payment-status__explanation")).contains("đừng trả lần nữa"));
    let again = one(&pending, "form.dvc-payment-status__again");
    assert_eq!(attr(again, "method"), Some("get"));
    assert!(attr(again, "hidden").is_none());
    assert_eq!(text(one(&pending, "form button")), "Kiểm tra lại");
    assert_eq!(
        attr(one(&pending, "[aria-live]"), "aria-live"),
        Some("polite")
    );
    let paid = render(|| view! { <PaymentStatus state=PaymentState::Paid check_url="/s"/> });
    assert_eq!(
        text(one(&paid, ".dvc-payment-status__tag")),
        "Đã thanh toán"
    );
    assert!(
        attr(one(&paid, "form.dvc-payment-status__again"), "hidden").is_some(),
        "a final state has nothing to check"
    );
    assert_eq!(
        attr(one(&paid, "div.dvc-payment-status"), "class"),
        Some("dvc-payment-status dvc-payment-status--paid")
    );
    for word in ["pending", "paid", "failed", "expired"] {
        assert_eq!(
            PaymentState::from_word(word).map(PaymentState::word),
            Some(word)
        );
    }
    assert_eq!(PaymentState::from_word("ok"), None);
}
