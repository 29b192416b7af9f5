//! Server-rendered markup of every component (feature `ssr`), checked by parsing: ids,
//! labels, aria wiring, names, autocomplete, values, and what a failed post renders again.
//! The tests live beside each component, in its folder's `markup_tests.rs`; this file only
//! gathers them into one test binary with their shared helpers.
#![cfg(not(target_arch = "wasm32"))]

mod common;

/// What every markup test uses: the kit, Leptos, the HTML parser and small finders.
mod support {
    pub use dvc_rules::date::Date;
    pub use dvc_rules::form::{decode_urlencoded, validate, FieldRule};
    pub use dvc_rules::Locale;
    pub use dvc_ui::form::*;
    pub use dvc_ui::prelude::*;
    // Leptos' prelude has a `Submission` too.
    pub use dvc_ui::form::Submission;
    pub use leptos::prelude::*;
    pub use scraper::{ElementRef, Html, Selector};

    /// Renders a view to HTML as a server would, and parses it.
    pub fn render<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> Html {
        let owner = Owner::new();
        let html = owner.with(|| f().into_view().to_html());
        Html::parse_fragment(&html)
    }

    pub fn all<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
        doc.select(&Selector::parse(css).unwrap()).collect()
    }

    /// The one element matching `css` (fails when there is none or more than one).
    pub fn one<'a>(doc: &'a Html, css: &str) -> ElementRef<'a> {
        let found = all(doc, css);
        assert_eq!(found.len(), 1, "expected one {css} in {}", doc.html());
        found[0]
    }

    pub fn count(doc: &Html, css: &str) -> usize {
        all(doc, css).len()
    }

    pub fn attr<'a>(el: ElementRef<'a>, name: &str) -> Option<&'a str> {
        el.value().attr(name)
    }

    /// An element's text with runs of white space made single.
    pub fn text(el: ElementRef) -> String {
        el.text()
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The ids in an `aria-describedby`-like list.
    pub fn ids_in(list: Option<&str>) -> Vec<String> {
        list.unwrap_or("")
            .split_whitespace()
            .map(str::to_string)
            .collect()
    }
}

#[path = "../src/vn/address_input/markup_tests.rs"]
mod address_input;
#[path = "../src/form/button/markup_tests.rs"]
mod button;
#[path = "../src/form/checkboxes/markup_tests.rs"]
mod checkboxes;
#[path = "../src/form/consent/markup_tests.rs"]
mod consent;
#[path = "../src/content/markup_tests.rs"]
mod content;
#[path = "../src/form/date_input/markup_tests.rs"]
mod date_input;
#[path = "../src/flow/desk_screen/markup_tests.rs"]
mod desk_screen;
#[path = "../src/form/error_summary/markup_tests.rs"]
mod error_summary;
#[path = "../src/form/field/markup_tests.rs"]
mod field;
#[path = "../src/form/file_upload/markup_tests.rs"]
mod file_upload;
#[path = "../src/flow/markup_tests.rs"]
mod flow;
#[path = "../src/form/form/markup_tests.rs"]
mod form;
#[path = "../src/identity/markup_tests.rs"]
mod identity;
#[path = "../src/layout/markup_tests.rs"]
mod layout;
#[path = "../src/form/password_input/markup_tests.rs"]
mod password_input;
#[path = "../src/payment/payment_receipt/markup_tests.rs"]
mod payment_receipt;
#[path = "../src/flow/procedure_screen/markup_tests.rs"]
mod procedure_screen;
#[path = "../src/flow/question_page/markup_tests.rs"]
mod question_page;
#[path = "../src/form/radios/markup_tests.rs"]
mod radios;
#[path = "../src/form/select/markup_tests.rs"]
mod select;
#[path = "../src/form/text_input/markup_tests.rs"]
mod text_input;
#[path = "../src/form/textarea/markup_tests.rs"]
mod textarea;
#[path = "../src/payment/vietqr_panel/markup_tests.rs"]
mod vietqr_panel;
#[path = "../src/vn/vn_input/markup_tests.rs"]
mod vn;
