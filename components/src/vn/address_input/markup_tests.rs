//! Tests of address_input: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn the_address_is_native_selects_on_a_server_and_speaks_the_pages_language() {
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <AddressInput prefix="home"/> }
    });
    // The old-address finder is in the markup, hidden until its behaviour starts.
    let finder = doc
        .select(&Selector::parse("details.dvc-old-address[hidden]").unwrap())
        .count();
    assert_eq!(finder, 1, "the finder needs a script: hidden without one");
    let labels: Vec<String> = doc
        .select(&Selector::parse(".dvc-field > label").unwrap())
        .filter(|l| {
            !l.ancestors().any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| e.classes().any(|c| c == "dvc-old-address"))
            })
        })
        .map(|l| l.text().collect())
        .collect();
    assert_eq!(
        labels,
        vec![
            "Province or city",
            "Commune, ward or special zone",
            "House number, street, village or residential group"
        ]
    );
    let province = doc
        .select(&Selector::parse("select[name=home_province]").unwrap())
        .next()
        .expect("a native select before WebAssembly");
    assert_eq!(province.value().attr("id"), Some("dvc-home_province"));
    assert_eq!(
        province.select(&Selector::parse("option").unwrap()).count(),
        35,
        "34 provinces and the empty choice"
    );
    let communes = doc
        .select(&Selector::parse("select[name=home_commune] option").unwrap())
        .count();
    assert_eq!(communes, 1, "no province chosen yet: only the empty choice");
    let button = doc
        .select(&Selector::parse("button[name=dvc_communes]").unwrap())
        .next()
        .expect("a button asking the server for the province's communes");
    assert_eq!(button.value().attr("value"), Some("home"));
    assert_eq!(button.value().attr("type"), Some("submit"));
    assert_eq!(
        button.text().collect::<String>().trim(),
        "Show the communes of this province or city"
    );
    let listed = doc
        .select(&Selector::parse("input[type=hidden][name=home_listed]").unwrap())
        .next()
        .expect("the province listed");
    assert_eq!(listed.value().attr("value"), Some(""));
    assert!(doc
        .select(&Selector::parse("[role=combobox]").unwrap())
        .next()
        .is_none());
    assert!(
        doc.select(&Selector::parse("details:not([hidden])").unwrap())
            .next()
            .is_none(),
        "the old-address finder needs a script"
    );
}

#[test]
fn without_a_script_only_the_chosen_provinces_communes_are_listed() {
    let doc = render(|| {
        provide_locale(Locale::Vi);
        let province = RwSignal::new("15".to_string());
        let commune = RwSignal::new("04363".to_string());
        view! { <AddressInput prefix="home" province=province commune=commune/> }
    });
    let options: Vec<(String, String)> = doc
        .select(&Selector::parse("select[name=home_commune] option").unwrap())
        .map(|o| {
            (
                o.value().attr("value").unwrap_or("").to_string(),
                o.text().collect(),
            )
        })
        .collect();
    let lao_cai: Vec<(String, String)> = dvc_rules::divisions::communes_of("15")
        .map(|c| (c.code.clone(), c.name.clone()))
        .collect();
    assert!(lao_cai.len() > 50, "Lào Cai has {} communes", lao_cai.len());
    assert_eq!(options[0].0, "", "the empty choice first");
    assert_eq!(
        options[1..],
        lao_cai[..],
        "Lào Cai's communes by name, in code order"
    );
    let listed = doc
        .select(&Selector::parse("input[name=home_listed]").unwrap())
        .next()
        .unwrap();
    assert_eq!(listed.value().attr("value"), Some("15"));
    let chosen: Vec<&str> = doc
        .select(&Selector::parse("select[name=home_commune] option[selected]").unwrap())
        .filter_map(|o| o.value().attr("value"))
        .collect();
    assert_eq!(chosen, ["04363"], "Xã Phúc Lợi stays chosen");
}
