//! Named examples: the single source of the demo's component pages (each example live,
//! with its Rust and its server-rendered HTML to copy), of the generic markup test over
//! every example (`tests/examples.rs`) and of the end-to-end crawl. Each component's folder
//! has an `examples.rs` declaring its [`Doc`]; [`catalogue`] lists them in navigation
//! order. Owns no component behaviour.

pub use crate::example_source::{example_source, example_uses};
use dvc_rules::Locale;
use leptos::prelude::*;

/// One named example of a component: a state or a use worth showing.
#[derive(Clone, Copy)]
pub struct Example {
    /// The example's function in its `examples.rs` (`valid`, `with_error`); in addresses
    /// with `-` for `_`.
    pub name: &'static str,
    /// What it shows, in Vietnamese ("Có lỗi").
    pub title: &'static str,
    /// The same in English ("With an error").
    pub title_en: &'static str,
    /// Renders it.
    pub render: fn() -> AnyView,
    /// It renders a page's own heading (an `h1`: a question that is the page, a
    /// confirmation), so it is a page of its own: a gallery shows it in a frame of that
    /// page, never among other examples under the gallery's `h1`.
    pub whole_page: bool,
}

/// What the demo and the docs say about one component, and its examples.
#[derive(Clone, Copy)]
pub struct Doc {
    /// The component's address on the demo ("phone-input").
    pub slug: &'static str,
    /// The Rust name ("PhoneInput").
    pub component: &'static str,
    /// Its name for people, in Vietnamese ("Số điện thoại").
    pub title: &'static str,
    /// The same in English ("Phone number").
    pub title_en: &'static str,
    /// When to use it (and when not), shown above the examples.
    pub when_to_use: fn() -> AnyView,
    /// The text of its `examples.rs` (`include_str!`, through [`server_only`]), where each
    /// example's code is read.
    pub source: &'static str,
    /// Its examples, in the order shown.
    pub examples: &'static [Example],
}

impl Doc {
    /// "Số điện thoại (PhoneInput)": the page title and navigation entry, in `locale`
    /// ("Button", not "Button (Button)", when the two names are the same).
    pub fn page_title(&self, locale: Locale) -> String {
        let name = self.name(locale);
        if name == self.component {
            name.to_string()
        } else {
            format!("{name} ({})", self.component)
        }
    }

    /// Its name for people in `locale`.
    pub fn name(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Vi => self.title,
            Locale::En => self.title_en,
        }
    }

    /// The example called `name` (with `-` or `_`).
    pub fn example(&self, name: &str) -> Option<&'static Example> {
        let name = name.replace('-', "_");
        self.examples.iter().find(|e| e.name == name)
    }
}

impl Example {
    /// What it shows, in `locale`.
    pub fn title(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Vi => self.title,
            Locale::En => self.title_en,
        }
    }

    /// The example's name as it appears in an address ("with-error").
    pub fn slug(&self) -> String {
        self.name.replace('_', "-")
    }
}

/// `text` on a server, "" in WebAssembly: the examples' source is shown only in
/// server-rendered pages, so the browser's wasm does not carry it.
pub const fn server_only(text: &'static str) -> &'static str {
    if cfg!(target_arch = "wasm32") {
        ""
    } else {
        text
    }
}

/// `view` on a server, a view of nothing in WebAssembly: a component's "when to use it" is
/// text the server writes (the demo leaves it as sent when hydrating), so the browser's wasm
/// does not carry its words.
///
/// ```
/// use dvc_ui::examples::server_only_view;
/// use leptos::prelude::*;
///
/// fn when_to_use() -> AnyView {
///     view! { <p>"Dùng khi hỏi một câu trả lời ngắn."</p> }.into_any()
/// }
/// const WHEN_TO_USE: fn() -> AnyView = server_only_view(when_to_use);
/// ```
pub const fn server_only_view(view: fn() -> AnyView) -> fn() -> AnyView {
    if cfg!(target_arch = "wasm32") {
        nothing
    } else {
        view
    }
}

fn nothing() -> AnyView {
    ().into_any()
}

/// Every component's documentation, in navigation order.
pub fn catalogue() -> &'static [Doc] {
    use crate::{content, flow, form, identity, layout, payment, vn};
    const ALL: &[Doc] = &[
        form::form::examples::DOC,
        form::field::examples::DOC,
        form::button::examples::DOC,
        form::text_input::examples::DOC,
        form::textarea::examples::DOC,
        form::password_input::examples::DOC,
        form::date_input::examples::DOC,
        form::radios::examples::DOC,
        form::checkboxes::examples::DOC,
        form::select::examples::DOC,
        form::file_upload::examples::DOC,
        form::consent::examples::DOC,
        form::error_summary::examples::DOC,
        vn::citizen_id_input::examples::DOC,
        vn::phone_input::examples::DOC,
        vn::tax_code_input::examples::DOC,
        vn::name_input::examples::DOC,
        vn::money_input::examples::DOC,
        vn::vn_input::examples::DOC,
        vn::address_input::examples::DOC,
        vn::combobox::examples::DOC,
        payment::fee_summary::examples::DOC,
        payment::payment_method_chooser::examples::DOC,
        payment::vietqr_panel::examples::DOC,
        payment::payment_status::examples::DOC,
        payment::payment_receipt::examples::DOC,
        content::tag::examples::DOC,
        content::summary_list::examples::DOC,
        content::table::examples::DOC,
        content::inset_text::examples::DOC,
        content::warning_text::examples::DOC,
        content::details::examples::DOC,
        content::notification_banner::examples::DOC,
        content::breadcrumbs::examples::DOC,
        content::timeline::examples::DOC,
        content::pagination::examples::DOC,
        content::filter_panel::examples::DOC,
        flow::back_link::examples::DOC,
        flow::step_indicator::examples::DOC,
        flow::task_list::examples::DOC,
        flow::question_page::examples::DOC,
        flow::procedure_screen::examples::DOC,
        flow::case_screen::examples::DOC,
        flow::desk_screen::examples::DOC,
        flow::check_answers::examples::DOC,
        flow::confirmation::examples::DOC,
        flow::hand_off_code::examples::DOC,
        identity::sign_in_chooser::examples::DOC,
        identity::account_sign_in::examples::DOC,
        identity::otp_input::examples::DOC,
        identity::session_timeout::examples::DOC,
        identity::signed_in::examples::DOC,
        layout::skip_link::examples::DOC,
        layout::header::examples::DOC,
        layout::service_navigation::examples::DOC,
        layout::language_switch::examples::DOC,
        layout::footer::examples::DOC,
    ];
    ALL
}

/// The documentation of the component at `slug`.
pub fn doc(slug: &str) -> Option<&'static Doc> {
    catalogue().iter().find(|d| d.slug == slug)
}

/// Elements laid out one per line in [`html_for_people`]; the rest stay in their line.
const BLOCKS: &[&str] = &[
    "div", "p", "form", "fieldset", "legend", "label", "input", "select", "option", "optgroup",
    "textarea", "button", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "details",
    "summary", "header", "footer", "nav", "main", "section",
];
const VOID: &[&str] = &["input", "br", "hr", "img", "meta", "link"];
/// Options listed in full before the rest are summed up in one comment.
const OPTIONS_SHOWN: usize = 5;

/// Server-rendered HTML as a developer reads and copies it: Leptos' hydration markers
/// removed, one element per line, indented; a long list of options cut after a few, with a
/// comment saying how many more.
pub fn html_for_people(html: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut options = 0usize;
    let mut hidden = 0usize;
    let mut rest = html;
    let newline = |out: &mut String, depth: usize| {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&"  ".repeat(depth));
    };
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map(|e| &after[e + 3..]).unwrap_or("");
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!>") {
            rest = after;
            continue;
        }
        if rest.starts_with('<') {
            let end = rest.find('>').map(|e| e + 1).unwrap_or(rest.len());
            let tag = &rest[..end];
            rest = &rest[end..];
            let closing = tag.starts_with("</");
            let name: String = tag
                .trim_start_matches("</")
                .trim_start_matches('<')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let block = BLOCKS.contains(&name.as_str());
            if name == "option" {
                if !closing {
                    options += 1;
                }
                if options > OPTIONS_SHOWN {
                    if !closing {
                        hidden += 1;
                        // Skip the option's text too.
                        rest = rest
                            .find("</option>")
                            .map(|e| &rest[e + "</option>".len()..])
                            .unwrap_or("");
                    }
                    continue;
                }
            }
            if (name == "select" || name == "optgroup") && closing && hidden > 0 {
                newline(&mut out, depth);
                out.push_str(&format!("<!-- … {hidden} lựa chọn nữa -->"));
                hidden = 0;
                options = 0;
            }
            if closing && block {
                depth = depth.saturating_sub(1);
                // An element holding only text (or inline elements) closes on its line.
                let last_line_open = out
                    .rsplit('\n')
                    .next()
                    .map(|l| l.trim_start().to_string())
                    .unwrap_or_default();
                let same_line = last_line_open.starts_with(&format!("<{name}"))
                    && !last_line_open.contains(&format!("</{name}"));
                if !same_line {
                    newline(&mut out, depth);
                }
            } else if block {
                newline(&mut out, depth);
                if !VOID.contains(&name.as_str()) {
                    depth += 1;
                }
            }
            out.push_str(tag);
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..end];
            rest = &rest[end..];
            if !text.trim().is_empty() {
                out.push_str(text);
            }
        }
    }
    out
}

/// Every component's named examples as rustdoc examples, one page per component, written
/// by `build.rs` from each `examples.rs` (so they are compiled by `cargo test --doc`, and
/// never differ from what the demo shows).
pub mod gallery {
    include!(concat!(env!("OUT_DIR"), "/gallery.rs"));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_gallery_shows_every_named_example_of_every_component() {
        let gallery = include_str!(concat!(env!("OUT_DIR"), "/gallery.rs"));
        assert_eq!(
            gallery.matches("pub mod ").count(),
            super::catalogue().len()
        );
        let shown = gallery.matches("# fn example() -> AnyView {").count();
        assert_eq!(
            shown,
            super::catalogue()
                .iter()
                .map(|d| d.examples.len())
                .sum::<usize>()
        );
        for doc in super::catalogue() {
            assert!(
                gallery.contains(&format!(
                    "`{}`: {} ({})",
                    doc.component, doc.title, doc.title_en
                )),
                "{}",
                doc.component
            );
        }
    }

    use super::*;

    #[test]
    fn an_examples_code_is_its_functions_body_without_indentation() {
        let source = "use x;\n\nfn valid() -> AnyView {\n    let a = 1;\n    view! {\n        <p>{a}</p>\n    }\n    .into_any()\n}\n\nfn other() -> AnyView {\n    todo!()\n}\n";
        assert_eq!(
            example_source(source, "valid").unwrap(),
            "let a = 1;\nview! {\n    <p>{a}</p>\n}\n.into_any()"
        );
        assert_eq!(example_source(source, "missing"), None);
    }

    #[test]
    fn html_is_laid_out_for_people_without_hydration_markers() {
        let html = "<div class=\"a\"><!><label for=\"x\">Tên</label><!--hk--><input id=\"x\"/><p>Một <code>mã</code></p></div>";
        assert_eq!(html_for_people(html), "<div class=\"a\">\n  <label for=\"x\">Tên</label>\n  <input id=\"x\"/>\n  <p>Một <code>mã</code></p>\n</div>");
        let select = format!(
            "<select>{}</select>",
            (1..=9)
                .map(|i| format!("<option value=\"{i}\">{i}</option>"))
                .collect::<String>()
        );
        let tidy = html_for_people(&select);
        assert_eq!(tidy.lines().count(), 8, "{tidy}");
        assert!(tidy.contains("<!-- … 4 lựa chọn nữa -->"), "{tidy}");
    }

    #[test]
    fn every_example_has_its_code_a_unique_name_and_a_title() {
        let mut slugs = Vec::new();
        for doc in catalogue() {
            assert!(!slugs.contains(&doc.slug), "{} twice", doc.slug);
            slugs.push(doc.slug);
            let mut names = Vec::new();
            for example in doc.examples {
                assert!(
                    !names.contains(&example.name),
                    "{}: {} twice",
                    doc.slug,
                    example.name
                );
                names.push(example.name);
                assert!(!example.title.is_empty());
                let code = example_source(doc.source, example.name)
                    .unwrap_or_else(|| panic!("{}: no fn {}", doc.slug, example.name));
                assert!(
                    code.contains("view!"),
                    "{}: {} shows no view",
                    doc.slug,
                    example.name
                );
            }
            assert!(!doc.examples.is_empty(), "{} has no example", doc.slug);
        }
    }
}
