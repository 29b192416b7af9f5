//! Tests of address_input: server-rendered markup. Run through components/tests/markup.rs.

use crate::support::*;

#[test]
fn the_address_is_native_selects_on_a_server_and_speaks_the_pages_language() {
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <AddressInput prefix="home"/> }
    });
    let labels: Vec<String> = doc
        .select(&Selector::parse("label").unwrap())
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
    assert_eq!(communes, 3322, "3,321 communes and the empty choice");
    assert!(doc
        .select(&Selector::parse("[role=combobox]").unwrap())
        .next()
        .is_none());
    assert!(
        doc.select(&Selector::parse("details").unwrap())
            .next()
            .is_none(),
        "the old-address finder needs WebAssembly"
    );
}
