//! The demo's page table and its content: the navigation, the main content, and which page
//! each path shows. The server renders it (inside [`crate::shell`], which owns the chrome);
//! the browser runs no Leptos: the kit's behaviour module enhances what was sent. Pages are plain links (full loads), so every page has a real URL
//! that the end-to-end crawl can discover. Component pages come from each component's named
//! examples. Owns no component behaviour.

use crate::language::{pick, say, split};
use crate::pages;
use dvc_ui::examples::{catalogue, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// How a page of the demo is drawn.
#[derive(Clone, Copy)]
enum Body {
    /// A page of the demo's own.
    Own(fn() -> AnyView),
    /// A component's page, from its named examples.
    Component(&'static Doc),
    /// One example alone.
    Example(&'static Doc, &'static Example),
    /// One example at phone and desktop widths side by side.
    Preview(&'static Doc, &'static Example),
}

/// One page of the demo: its address (the Vietnamese one; [`crate::language`] gives the
/// English one), its title in Vietnamese and English (the `<title>` and the navigation
/// entry), whether the navigation lists it, and what it shows.
#[derive(Clone)]
pub struct Page {
    pub path: String,
    titles: (String, String),
    pub in_navigation: bool,
    /// The id of the page's form whose answers the language switch carries, if it has one.
    pub form: Option<&'static str>,
    /// Whether the page has anything the kit's behaviour module enhances. A page of text
    /// and links (no control) loads none: it is whole as the server sends it.
    pub enhanced: bool,
    body: Body,
}

impl Page {
    fn own(path: &str, titles: (&str, &str), in_navigation: bool, render: fn() -> AnyView) -> Page {
        Page {
            path: path.into(),
            titles: (titles.0.into(), titles.1.into()),
            in_navigation,
            form: None,
            enhanced: true,
            body: Body::Own(render),
        }
    }

    /// The same page, made of text and links only: it loads no WebAssembly.
    fn text_only(self) -> Page {
        Page {
            enhanced: false,
            ..self
        }
    }

    /// The same page, whose form `id` the language switch carries.
    fn with_form(self, id: &'static str) -> Page {
        Page {
            form: Some(id),
            ..self
        }
    }

    /// The page's title in `locale`.
    pub fn title(&self, locale: Locale) -> String {
        pick(locale, &self.titles.0, &self.titles.1).clone()
    }

    /// The page's content (inside `<main>`).
    pub fn render(&self) -> AnyView {
        match self.body {
            Body::Own(render) => render(),
            Body::Component(doc) => pages::component::render(doc),
            Body::Example(doc, example) => pages::component::alone(doc, example),
            Body::Preview(doc, example) => pages::component::preview(doc, example),
        }
    }

    /// Whether the demo's own preview pages may show this page in a frame.
    pub fn framed_by_self(&self) -> bool {
        matches!(self.body, Body::Example(..))
    }
}

/// Both languages' titles from one function of the language.
fn titles(title: impl Fn(Locale) -> String) -> (String, String) {
    (title(Locale::Vi), title(Locale::En))
}

/// Every page, in navigation order: the one table the navigation, the titles, the server's
/// routes and the crawl come from. Component pages come from `dvc_ui::examples::catalogue`,
/// so a new component's examples are a new page without editing this file.
pub fn pages() -> Vec<Page> {
    let mut all = Vec::new();
    all.push(
        Page::own(
            "/",
            ("Giới thiệu", "Introduction"),
            true,
            pages::home::render,
        )
        .text_only(),
    );
    all.extend(component_pages());
    all.extend(register_pages());
    all.extend(payment_pages());
    all.extend(sign_in_pages());
    all.extend(example_pages());
    all
}

/// A component's page each, from its named examples.
fn component_pages() -> Vec<Page> {
    catalogue()
        .iter()
        .map(|doc| Page {
            path: format!("/components/{}", doc.slug),
            titles: titles(|l| doc.page_title(l)),
            in_navigation: true,
            form: None,
            enhanced: true,
            body: Body::Component(doc),
        })
        .collect()
}

/// The one-page example form and the page after it.
fn register_pages() -> Vec<Page> {
    vec![
        Page::own(
            pages::register::PATH,
            (
                "Ví dụ: Đăng ký thông tin cá nhân",
                "Example: Registering personal details",
            ),
            true,
            pages::register::render,
        )
        .with_form(pages::register::FORM_ID),
        Page::own(
            pages::register::SENT_PATH,
            ("Đã gửi đăng ký", "Registration sent"),
            false,
            pages::register::sent,
        )
        .text_only(),
    ]
}

/// Paying the fee: the choice, the transfer, the gateway's answer, the receipt.
fn payment_pages() -> Vec<Page> {
    let own = |path, titles, render| Page::own(path, titles, false, render);
    vec![
        own(
            pages::payment::FEE_PATH,
            ("Nộp lệ phí", "Pay the fee"),
            pages::payment::fee,
        )
        .with_form(pages::payment::FORM_ID),
        own(
            pages::payment::TRANSFER_PATH,
            ("Chuyển khoản lệ phí", "Transfer the fee"),
            pages::payment::transfer,
        ),
        own(
            pages::payment::STATUS_PATH,
            ("Thanh toán lệ phí", "Paying the fee"),
            pages::payment::status,
        ),
        own(
            pages::payment::RECEIPT_PATH,
            ("Biên lai nộp lệ phí", "Fee receipt"),
            pages::payment::receipt,
        ),
    ]
}

/// Signing in, its failures, signing out and a session's end.
fn sign_in_pages() -> Vec<Page> {
    let own = |path: &str, titles, render| Page::own(path, titles, false, render);
    let mut all = vec![own(
        pages::sign_in::PATH,
        ("Đăng nhập", "Sign in"),
        pages::sign_in::render,
    )];
    for (slug, titles) in pages::sign_in::FAILURES {
        all.push(
            own(
                &format!("{}/{slug}", pages::sign_in::PATH),
                titles,
                pages::sign_in::failure,
            )
            .text_only(),
        );
    }
    all.push(
        own(
            pages::sign_in::SIGNED_OUT_PATH,
            ("Đã đăng xuất", "Signed out"),
            pages::sign_in::signed_out,
        )
        .text_only(),
    );
    all.push(
        own(
            pages::sign_in::ENDED_PATH,
            ("Phiên làm việc đã kết thúc", "Your session has ended"),
            pages::sign_in::ended,
        )
        .text_only(),
    );
    all
}

/// Each example alone and at two widths, and the bench's page.
fn example_pages() -> Vec<Page> {
    // For `cargo xtask bench` only: reachable by address.
    let mut all = vec![Page::own(
        "/bench/communes",
        ("Bench: communes", "Bench: communes"),
        false,
        pages::bench::communes,
    )];
    for doc in catalogue() {
        for example in doc.examples {
            all.push(Page {
                path: format!("/components/{}/{}", doc.slug, example.slug()),
                titles: titles(|l| format!("{} – {}", example.title(l), doc.page_title(l))),
                in_navigation: false,
                form: None,
                enhanced: true,
                body: Body::Example(doc, example),
            });
            all.push(Page {
                path: format!(
                    "/components/{}/{}/{}",
                    doc.slug,
                    example.slug(),
                    pages::component::PREVIEW
                ),
                titles: titles(|l| {
                    format!(
                        "{}: {} – {}",
                        pick(l, "Xem ở hai khổ", "At two widths"),
                        example.title(l),
                        doc.page_title(l)
                    )
                }),
                in_navigation: false,
                form: None,
                enhanced: true,
                body: Body::Preview(doc, example),
            });
        }
    }
    all
}

/// The address of the page being rendered (with its language prefix), provided by the
/// server.
#[derive(Clone, Debug)]
pub struct PagePath(pub String);

/// The address of the current page without a trailing slash ("/" for the home page).
pub fn current_path() -> String {
    let path = match use_context::<PagePath>() {
        Some(PagePath(p)) => p,
        None => "/".into(),
    };
    normalise(&path)
}

/// The query of the page being rendered (without `?`), provided by the server.
#[derive(Clone, Debug)]
pub struct PageQuery(pub String);

/// The current page's query string, without `?` ("" when none).
pub fn current_query() -> String {
    match use_context::<PageQuery>() {
        Some(PageQuery(q)) => q,
        None => String::new(),
    }
}

pub fn normalise(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        trimmed.to_string()
    }
}

/// The page at a path, if any.
pub fn page(path: &str) -> Option<Page> {
    pages().into_iter().find(|p| p.path == path)
}

/// The title of the page at `address` (in either language), as the shell writes it.
pub fn title(address: &str) -> String {
    let (locale, path) = split(address);
    page(&path)
        .map(|p| p.title(locale))
        .unwrap_or_else(|| pick(locale, "Không tìm thấy trang", "Page not found").into())
}

#[component]
pub fn App() -> impl IntoView {
    let (locale, path) = split(&current_path());
    provide_locale(locale);
    let here = page(&path);
    // An example's own page is what the preview frames show: the example, without the
    // navigation column.
    let with_navigation = !here.as_ref().is_some_and(Page::framed_by_self);
    let content = match here {
        Some(p) => p.render(),
        None => pages::not_found::render(),
    };
    // The navigation is links, written as one piece of HTML.
    let navigation = with_navigation.then(|| view! {
        <nav class="demo-nav" aria-label=say("Các thành phần", "Components") inner_html=navigation_links(&path, locale)></nav>
    });

    view! {
        {navigation}
        <main class="dvc-main demo-main" id="main-content">
            {content}
        </main>
    }
}

/// The navigation's list, as HTML.
fn navigation_links(path: &str, locale: Locale) -> String {
    #[cfg(feature = "ssr")]
    {
        let navigation: Vec<Page> = pages().into_iter().filter(|p| p.in_navigation).collect();
        view! {
            <ul class="demo-nav__list">
                {navigation.into_iter().map(|p| {
                    let current = (p.path == path).then_some("page");
                    view! { <li><a class="demo-nav__link" href=crate::language::href(&p.path) aria-current=current>{p.title(locale)}</a></li> }
                }).collect_view()}
            </ul>
        }
        .to_html()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (path, locale);
        String::new()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    /// A page marked text-only loads no script, so it must have nothing to enhance:
    /// no form and no control, in either language.
    #[test]
    fn a_text_only_page_has_no_control() {
        let text_only: Vec<Page> = pages().into_iter().filter(|p| !p.enhanced).collect();
        assert!(text_only.iter().any(|p| p.path == "/"), "the start page");
        for page in text_only {
            for prefix in ["", "/en"] {
                let address = format!("{prefix}{}", page.path);
                let html = Owner::new().with(|| {
                    provide_context(PagePath(address.clone()));
                    let (locale, _) = split(&address);
                    provide_locale(locale);
                    page.render().to_html()
                });
                assert!(html.contains("<h1"), "{address} has a heading");
                for control in [
                    "<form",
                    "<input",
                    "<select",
                    "<textarea",
                    "<button",
                    "<details",
                ] {
                    assert!(!html.contains(control), "{address} has {control}");
                }
            }
        }
    }
}
