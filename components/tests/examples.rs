//! One markup test over every named example of every component (server render): the
//! promises each component makes, checked the same way everywhere, so a new component's
//! examples are covered as soon as they are in `dvc_ui::examples::catalogue`.
//! - every `<label for>` names an element of the example, and every control has a label;
//! - every id referenced by `aria-describedby`, `aria-labelledby`, `aria-controls` exists;
//! - ids are unique;
//! - every control (input, select, textarea) is inside a question (`.dvc-field`, a
//!   fieldset or the consent box) and has a `name` (or is a button);
//! - no inline `style` attribute and no inline script (the CSP forbids both);
//! - no `form` with an empty `action` (invalid HTML: leave it out to post to the page);
//! - `aria-labelledby` only on an element whose role takes a name (not a bare `div`/`span`);
//! - an `h1` only in an example marked `whole_page` (a gallery frames those as pages).
#![cfg(not(target_arch = "wasm32"))]

use dvc_ui::examples::catalogue;
use leptos::prelude::*;
use scraper::{ElementRef, Html, Selector};
use std::collections::HashSet;

fn render(f: fn() -> AnyView) -> Html {
    let owner = Owner::new();
    let html = owner.with(|| f().to_html());
    Html::parse_fragment(&html)
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

/// What is wrong with one example's markup (empty when nothing).
fn problems(doc: &Html) -> Vec<String> {
    let mut found = Vec::new();
    let mut ids = HashSet::new();
    for el in select(doc, "[id]") {
        let id = el.value().attr("id").unwrap();
        if !ids.insert(id.to_string()) {
            found.push(format!("id “{id}” is used twice"));
        }
    }
    for label in select(doc, "label[for]") {
        let target = label.value().attr("for").unwrap();
        if !ids.contains(target) {
            found.push(format!("<label for=“{target}”> names nothing"));
        }
    }
    for attr in ["aria-describedby", "aria-labelledby", "aria-controls"] {
        for el in select(doc, &format!("[{attr}]")) {
            for id in el.value().attr(attr).unwrap().split_whitespace() {
                if !ids.contains(id) {
                    found.push(format!("{attr} names “{id}”, which is not in the page"));
                }
            }
        }
    }
    let labelled: HashSet<&str> = select(doc, "label[for]")
        .iter()
        .filter_map(|l| l.value().attr("for"))
        .collect();
    for control in select(
        doc,
        "input:not([type=hidden]):not([type=submit]), select, textarea",
    ) {
        let id = control.value().attr("id").unwrap_or("");
        let name = control.value().attr("name");
        let role_combobox = control.value().attr("role") == Some("combobox");
        // The old-address finder's questions fill the address's answers; they post nothing.
        let fills_others = control.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| e.classes().any(|c| c == "dvc-old-address"))
        });
        if name.is_none_or(str::is_empty) && !role_combobox && !fills_others {
            found.push(format!("control #{id} has no name"));
        }
        if !labelled.contains(id) && control.value().attr("aria-labelledby").is_none() {
            found.push(format!("control #{id} has no <label for>"));
        }
        let in_question = control.ancestors().filter_map(ElementRef::wrap).any(|a| {
            let v = a.value();
            v.name() == "fieldset" || v.classes().any(|c| c == "dvc-field" || c == "dvc-consent")
        });
        if !in_question {
            found.push(format!("control #{id} is not inside a Field"));
        }
    }
    for form in select(doc, "form[action='']") {
        found.push(format!(
            "<form id=“{}”> has an empty action",
            form.value().attr("id").unwrap_or("")
        ));
    }
    for el in select(
        doc,
        "div[aria-labelledby]:not([role]), span[aria-labelledby]:not([role])",
    ) {
        found.push(format!(
            "aria-labelledby on a <{}> without a role",
            el.value().name()
        ));
    }
    for el in select(doc, "[style], script") {
        found.push(format!(
            "inline {} in <{}>",
            if el.value().name() == "script" {
                "script"
            } else {
                "style"
            },
            el.value().name()
        ));
    }
    found
}

#[test]
fn every_example_of_every_component_keeps_the_markup_promises() {
    let mut all = Vec::new();
    let mut count = 0;
    for doc in catalogue() {
        for example in doc.examples {
            count += 1;
            for problem in problems(&render(example.render)) {
                all.push(format!("{}/{}: {problem}", doc.slug, example.slug()));
            }
        }
    }
    assert!(count >= 59, "only {count} examples");
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn an_example_with_a_page_heading_is_marked_a_whole_page() {
    let mut wrong = Vec::new();
    for doc in catalogue() {
        for example in doc.examples {
            let headings = select(&render(example.render), "h1").len();
            if (headings > 0) != example.whole_page || headings > 1 {
                wrong.push(format!(
                    "{}/{}: {headings} h1, whole_page: {}",
                    doc.slug,
                    example.slug(),
                    example.whole_page
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn the_check_finds_what_it_looks_for() {
    let bad = Html::parse_fragment(
        r#"<label for="a">A</label><input id="a"><input id="a" name="b" aria-describedby="gone" style="color:red">
           <div class="dvc-field"><label for="nothing">X</label><select id="s" name="s"></select></div>
           <form id="f" action=""></form><div aria-labelledby="a"></div>"#,
    );
    let found = problems(&bad);
    for expected in [
        "id “a” is used twice",
        "<label for=“nothing”> names nothing",
        "aria-describedby names “gone”, which is not in the page",
        "control #a has no name",
        "control #a is not inside a Field",
        "control #s has no <label for>",
        "inline style in <input>",
        "<form id=“f”> has an empty action",
        "aria-labelledby on a <div> without a role",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "missing “{expected}” in {found:#?}"
        );
    }
}
