//! Tests of consent: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn consent_is_never_pre_ticked_and_names_data_purpose_controller_and_withdrawal() {
    let doc = render(|| {
        view! {
            <Consent name="consent_sms" title="Nhận tin nhắn" label="Tôi đồng ý nhận tin nhắn" data="Số điện thoại"
                purpose="Báo tình trạng hồ sơ" controller="UBND tỉnh" withdraw="Gọi đường dây nóng" given=RwSignal::new(true)/>
        }
    });
    let consent = one(&doc, "input#dvc-consent_sms");
    assert_eq!(
        (attr(consent, "type"), attr(consent, "value")),
        (Some("checkbox"), Some("yes"))
    );
    assert!(
        attr(consent, "checked").is_none(),
        "never pre-ticked, even if the caller's signal says so"
    );
    let notice: Vec<String> = all(&doc, ".dvc-consent__notice dt")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        notice,
        vec![
            "Dữ liệu nào",
            "Để làm gì",
            "Ai chịu trách nhiệm",
            "Cách rút lại đồng ý"
        ]
    );
    assert_eq!(
        attr(one(&doc, ".dvc-consent fieldset"), "aria-describedby"),
        Some("dvc-consent_sms-notice")
    );
}
