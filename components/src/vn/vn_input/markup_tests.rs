//! Tests of vn: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

fn input_attrs(doc: &Html, id: &str) -> Vec<(String, String)> {
    let el = doc
        .select(&Selector::parse(&format!("input#{id}")).unwrap())
        .next()
        .unwrap_or_else(|| panic!("no #{id}"));
    let mut attrs: Vec<(String, String)> = [
        "type",
        "name",
        "inputmode",
        "autocomplete",
        "spellcheck",
        "aria-describedby",
    ]
    .iter()
    .map(|a| (a.to_string(), el.value().attr(a).unwrap_or("-").to_string()))
    .collect();
    attrs.retain(|(_, v)| v != "-");
    attrs
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn each_input_sets_the_box_up_for_its_data() {
    let doc = render(|| {
        view! {
            <CitizenIdInput name="id"/>
            <PhoneInput name="phone"/>
            <TaxCodeInput name="tax"/>
            <NameInput name="full_name"/>
            <MoneyInput name="amount" label="Số tiền"/>
        }
    });
    assert_eq!(
        input_attrs(&doc, "dvc-id"),
        pairs(&[
            ("type", "text"),
            ("name", "id"),
            ("inputmode", "numeric"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("aria-describedby", "dvc-id-hint")
        ])
    );
    assert_eq!(
        input_attrs(&doc, "dvc-phone"),
        pairs(&[
            ("type", "tel"),
            ("name", "phone"),
            ("inputmode", "tel"),
            ("autocomplete", "tel"),
            ("spellcheck", "false"),
            ("aria-describedby", "dvc-phone-hint")
        ])
    );
    assert_eq!(
        input_attrs(&doc, "dvc-tax"),
        pairs(&[
            ("type", "text"),
            ("name", "tax"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("aria-describedby", "dvc-tax-hint")
        ])
    );
    assert_eq!(
        input_attrs(&doc, "dvc-full_name"),
        pairs(&[
            ("type", "text"),
            ("name", "full_name"),
            ("autocomplete", "name"),
            ("spellcheck", "false"),
            ("aria-describedby", "dvc-full_name-hint")
        ])
    );
    assert_eq!(
        input_attrs(&doc, "dvc-amount"),
        pairs(&[
            ("type", "text"),
            ("name", "amount"),
            ("inputmode", "numeric"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("aria-describedby", "dvc-amount-hint")
        ])
    );
    let suffix = doc
        .select(&Selector::parse(".dvc-input__suffix").unwrap())
        .next()
        .unwrap();
    assert_eq!(suffix.text().collect::<String>(), "₫");
    assert!(
        doc.select(&Selector::parse("input[type=number]").unwrap())
            .next()
            .is_none(),
        "never type=number for identifiers"
    );
}

#[test]
fn the_read_back_line_shows_what_was_understood() {
    let doc = render(|| {
        view! {
            <CitizenIdInput name="id" value=RwSignal::new("079304012345".to_string())/>
            <PhoneInput name="phone" value=RwSignal::new("84912345678".to_string())/>
            <MoneyInput name="amount" label="Số tiền" value=RwSignal::new("1 234 567".to_string())/>
            <TaxCodeInput name="tax" value=RwSignal::new("0100109106001".to_string())/>
        }
    });
    let lines: Vec<String> = doc
        .select(&Selector::parse(".dvc-readback").unwrap())
        .map(|p| p.text().collect())
        .collect();
    assert_eq!(lines, vec![
        "Bạn đã nhập: 079 304 012 345 · nơi đăng ký khai sinh: Thành phố Hồ Chí Minh · nữ · sinh năm 2004".to_string(),
        "Bạn đã nhập: 0912 345 678".to_string(),
        "1.234.567\u{a0}₫ — Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng".to_string(),
        "Bạn đã nhập mã số thuế chi nhánh: 0100109106-001".to_string(),
    ]);
    let live = doc
        .select(&Selector::parse(".dvc-readback").unwrap())
        .all(|p| p.value().attr("aria-live") == Some("polite"));
    assert!(live);
}

#[test]
fn each_input_registers_its_rule_for_the_server() {
    let owner = Owner::new();
    let specs = owner.with(|| {
        let model = FormModel::new(Locale::Vi);
        let view = view! {
            <Form model=model>
                <CitizenIdInput name="id" birth_date_field="dob" sex_field="sex"/>
                <PhoneInput name="phone" allow_landline=true/>
                <TaxCodeInput name="tax" optional=true/>
                <NameInput name="full_name"/>
                <MoneyInput name="amount" label="Số tiền"/>
            </Form>
        }
        .into_view();
        let specs = model.specs();
        drop(view);
        specs
    });
    let rules: Vec<FieldRule> = specs.iter().map(|s| s.rule.clone()).collect();
    assert_eq!(
        rules,
        vec![
            FieldRule::CitizenId {
                allow_old_card: false,
                birth_date_field: Some("dob".into()),
                sex_field: Some("sex".into())
            },
            FieldRule::Phone {
                allow_landline: true
            },
            FieldRule::TaxCode,
            FieldRule::Name,
            FieldRule::Money,
        ]
    );
    assert!(specs[2].optional);
    assert_eq!(specs[0].subject, "số định danh cá nhân");
}

#[test]
fn the_inputs_speak_english_on_an_english_page() {
    let doc = render(|| {
        provide_locale(Locale::En);
        view! {
            <CitizenIdInput name="id" value=RwSignal::new("001203456789".to_string())/>
            <PhoneInput name="phone" value=RwSignal::new("0912345678".to_string())/>
            <TaxCodeInput name="tax" value=RwSignal::new("0100109106".to_string())/>
            <NameInput name="n"/>
        }
    });
    let labels: Vec<String> = doc
        .select(&Selector::parse("label").unwrap())
        .map(|l| l.text().collect())
        .collect();
    assert_eq!(
        labels,
        vec![
            "Personal ID number",
            "Mobile phone number",
            "Tax code",
            "Full name"
        ]
    );
    let lines: Vec<String> = doc
        .select(&Selector::parse(".dvc-readback").unwrap())
        .map(|p| p.text().collect())
        .collect();
    assert_eq!(lines[..3], [
        "You entered: 001 203 456 789 · birth registered in: Thành phố Hà Nội · male · born in 2003".to_string(),
        "You entered: 0912 345 678".to_string(),
        "You entered the tax code: 0100109106".to_string(),
    ]);
}

#[test]
fn each_named_input_is_vn_input_with_its_kind() {
    fn html<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> String {
        render(f).html()
    }
    let value = || RwSignal::new("0912345678".to_string());
    assert_eq!(
        html(move || view! { <PhoneInput name="p" allow_landline=true value=value()/> }),
        html(
            move || view! { <VnInput kind=VnKind::Phone { allow_landline: true } name="p" value=value()/> }
        ),
    );
    assert_eq!(
        html(|| view! { <MoneyInput name="m" label="Lệ phí" optional=true/> }),
        html(|| view! { <VnInput kind=VnKind::Money name="m" label="Lệ phí" optional=true/> }),
    );
    let doc = render(|| view! { <VnInput kind=VnKind::Money name="m"/> });
    assert_eq!(
        text(one(&doc, "label")),
        "Số tiền",
        "a default label for money"
    );
}

#[test]
fn a_vietnamese_question_can_be_the_page_heading() {
    let doc = render(
        || view! { <PhoneInput name="phone" label="Số điện thoại của bạn là gì?" label_is_heading=true/> },
    );
    let label = one(&doc, "h1 > label");
    assert_eq!(
        label.text().collect::<String>(),
        "Số điện thoại của bạn là gì?"
    );
    assert_eq!(label.value().attr("for"), Some("dvc-phone"));
    let doc = render(|| view! { <PhoneInput name="phone"/> });
    assert!(
        doc.select(&Selector::parse("h1").unwrap()).next().is_none(),
        "not a heading unless asked"
    );
}
