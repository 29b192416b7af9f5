//! Tests of combobox: behaviour in headless Chromium. Run through components/tests/browser.rs.

use crate::support::*;

fn key(target: &HtmlInputElement, key: &str, alt: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_alt_key(alt);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap(),
        )
        .unwrap();
}

fn options(host: &HtmlElement, listbox: &str) -> Vec<String> {
    let list = host
        .query_selector_all(&format!("#{listbox} [role=option]"))
        .unwrap();
    (0..list.length())
        .filter_map(|i| list.get(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_address_combobox_follows_the_apg_keys() {
    serve_commune_files();
    let host = mount(move || view! { <AddressInput prefix="t_addr"/> });
    // What the form posts.
    let posted = |name: &str| {
        host.query_selector(&format!("input[name={name}]"))
            .unwrap()
            .map(|i| i.unchecked_into::<HtmlInputElement>().value())
            .unwrap_or_default()
    };
    // A native select first (what the server sends), the combobox once interactive.
    settle().await;
    let input: HtmlInputElement = by_id("dvc-t_addr_province");
    assert_eq!(input.get_attribute("role").as_deref(), Some("combobox"));
    assert_eq!(
        input.get_attribute("aria-autocomplete").as_deref(),
        Some("list")
    );
    assert_eq!(
        input.get_attribute("aria-controls").as_deref(),
        Some("dvc-t_addr_province-listbox")
    );
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    // Alt+Down opens without choosing an option; focus stays in the box.
    input.focus().unwrap();
    key(&input, "ArrowDown", true);
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(input.get_attribute("aria-activedescendant"), None);
    assert_eq!(options(&host, "dvc-t_addr_province-listbox").len(), 34);
    let live = host
        .query_selector(".dvc-combobox [aria-live=polite]")
        .unwrap()
        .unwrap();
    assert_eq!(live.text_content().as_deref(), Some("34 kết quả"));

    // Typing without diacritics filters; the count is announced.
    type_into(&input, "hcm");
    settle().await;
    assert_eq!(
        options(&host, "dvc-t_addr_province-listbox"),
        vec!["Thành phố Hồ Chí Minh".to_string()]
    );
    assert_eq!(live.text_content().as_deref(), Some("1 kết quả"));
    // Down moves to the first option (aria-activedescendant), Up wraps to the last.
    key(&input, "ArrowDown", false);
    settle().await;
    assert_eq!(
        input.get_attribute("aria-activedescendant").as_deref(),
        Some("dvc-t_addr_province-listbox-0")
    );
    assert_eq!(
        by_id::<HtmlElement>("dvc-t_addr_province-listbox-0")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        active_id(),
        "dvc-t_addr_province",
        "focus stays in the input"
    );
    // Escape closes; Enter then does nothing.
    key(&input, "Escape", false);
    settle().await;
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(posted("t_addr_province"), "");
    // Down reopens on the first option, Enter chooses it.
    key(&input, "ArrowDown", false);
    key(&input, "Enter", false);
    settle().await;
    assert_eq!(posted("t_addr_province"), "79");
    assert_eq!(input.value(), "Thành phố Hồ Chí Minh");
    assert_eq!(
        input.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );

    // The commune box searches the chosen province ("thu duc" → Phường Thủ Đức).
    let commune_input: HtmlInputElement = by_id("dvc-t_addr_commune");
    type_into(&commune_input, "thu duc");
    settle().await;
    let found = options(&host, "dvc-t_addr_commune-listbox");
    assert_eq!(found.first().map(String::as_str), Some("Phường Thủ Đức"));
    key(&commune_input, "ArrowUp", false);
    settle().await;
    assert_eq!(
        commune_input.get_attribute("aria-activedescendant"),
        Some(format!("dvc-t_addr_commune-listbox-{}", found.len() - 1))
    );
    key(&commune_input, "ArrowDown", false);
    key(&commune_input, "Enter", false);
    settle().await;
    assert_eq!(posted("t_addr_commune"), "26824");
    let hidden: HtmlInputElement = host
        .query_selector("input[name=t_addr_commune]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(hidden.value(), "26824", "the code is what the form posts");

    // Another province clears the commune, and the commune box is still this question's.
    type_into(&input, "ha noi");
    key(&input, "ArrowDown", false);
    key(&input, "Enter", false);
    settle().await;
    assert_eq!(
        (posted("t_addr_province"), posted("t_addr_commune")),
        ("01".to_string(), String::new())
    );
    let again: HtmlInputElement = by_id("dvc-t_addr_commune");
    assert_eq!(again.value(), "");
    assert!(host
        .query_selector("input[name=t_addr_commune]")
        .unwrap()
        .is_some());
    // Escape twice: close, then clear.
    type_into(&again, "ba dinh");
    key(&again, "Escape", false);
    key(&again, "Escape", false);
    settle().await;
    assert_eq!(again.value(), "");
}
