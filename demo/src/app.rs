//! The demo's page table and its hydrated part: the navigation, the main content, and which
//! page each path shows. The server renders it (inside [`crate::shell`], which owns the
//! chrome) and the browser hydrates the same tree in `#app`. Pages are plain links (full loads), so every page has a real URL
//! that the end-to-end crawl can discover. Component pages come from each component's named
//! examples. Owns no component behaviour.

use crate::language::{pick, say, split};
use crate::pages;
use crate::service;
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
    /// Whether the page has anything its WebAssembly enhances. A page of text and links
    /// (no control) loads none: it is whole as the server sends it.
    pub enhanced: bool,
    /// The WebAssembly it loads when enhanced.
    pub bundle: Bundle,
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
            bundle: Bundle::Chrome,
            body: Body::Own(render),
        }
    }

    /// The same page, in `bundle`.
    fn in_bundle(self, bundle: Bundle) -> Page {
        Page { bundle, ..self }
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

/// Which WebAssembly a page loads. The demo's browser half is built once per bundle
/// (feature `bundle-<name>`, file `pkg/dvc_demo_<name>.js`), each carrying only its own
/// pages, so a citizen on the example service does not download the component gallery.
/// Built without a `bundle-*` feature (the server, or `--features hydrate` alone), the
/// table holds every page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bundle {
    /// The chrome's session clock alone, for a page of text and links when signed in: its
    /// build holds no page (the start page, of text and links, is in the server's table).
    Chrome,
    /// The components' pages, their examples and previews.
    Gallery,
    /// The example service's question pages.
    Service,
    /// The one-page example form.
    Register,
    /// Paying the fee.
    Payment,
    /// Signing in.
    SignIn,
}

impl Bundle {
    pub const ALL: [Bundle; 6] = [
        Bundle::Chrome,
        Bundle::Gallery,
        Bundle::Service,
        Bundle::Register,
        Bundle::Payment,
        Bundle::SignIn,
    ];

    /// Its name, in its feature (`bundle-<name>`) and its files (`pkg/dvc_demo_<name>.js`).
    pub const fn name(self) -> &'static str {
        match self {
            Bundle::Chrome => "chrome",
            Bundle::Gallery => "gallery",
            Bundle::Service => "service",
            Bundle::Register => "register",
            Bundle::Payment => "payment",
            Bundle::SignIn => "sign-in",
        }
    }

    /// Whether this build carries the bundle's pages. A constant, so that the code of the
    /// pages a bundle leaves out is not compiled into its WebAssembly.
    pub const fn built(self) -> bool {
        const ONE: bool = cfg!(feature = "bundle-chrome")
            || cfg!(feature = "bundle-gallery")
            || cfg!(feature = "bundle-service")
            || cfg!(feature = "bundle-register")
            || cfg!(feature = "bundle-payment")
            || cfg!(feature = "bundle-sign-in");
        !ONE || match self {
            Bundle::Chrome => false,
            Bundle::Gallery => cfg!(feature = "bundle-gallery"),
            Bundle::Service => cfg!(feature = "bundle-service"),
            Bundle::Register => cfg!(feature = "bundle-register"),
            Bundle::Payment => cfg!(feature = "bundle-payment"),
            Bundle::SignIn => cfg!(feature = "bundle-sign-in"),
        }
    }

    /// Whether this build's table has any page to hydrate (not the chrome's).
    pub const fn hydrates() -> bool {
        !cfg!(feature = "bundle-chrome")
    }

    /// The plain names of its JavaScript glue and WebAssembly (before content hashing).
    pub fn files(self) -> (String, String) {
        (
            format!("pkg/dvc_demo_{}.js", self.name()),
            format!("pkg/dvc_demo_{}_bg.wasm", self.name()),
        )
    }
}

/// Every page, in navigation order: the one table the navigation, the titles, the server's
/// routes and the crawl come from. Component pages come from `dvc_ui::examples::catalogue`,
/// so a new component's examples are a new page without editing this file. A bundle's
/// build holds only its own pages ([`Bundle::built`]).
pub fn pages() -> Vec<Page> {
    let mut all = Vec::new();
    if Bundle::Chrome.built() {
        all.push(
            Page::own(
                "/",
                ("Giới thiệu", "Introduction"),
                true,
                pages::home::render,
            )
            .text_only(),
        );
    }
    if Bundle::Gallery.built() {
        all.extend(component_pages());
    }
    if Bundle::Service.built() {
        all.extend(service_pages());
    }
    if Bundle::Register.built() {
        all.extend(register_pages());
    }
    if Bundle::Payment.built() {
        all.extend(payment_pages());
    }
    if Bundle::SignIn.built() {
        all.extend(sign_in_pages());
    }
    if Bundle::Gallery.built() {
        all.extend(example_pages());
    }
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
            bundle: Bundle::Gallery,
            body: Body::Component(doc),
        })
        .collect()
}

/// The example service: its start page, a page per question, and where it ends.
fn service_pages() -> Vec<Page> {
    let own = |path: &str, titles, in_navigation| {
        Page::own(path, titles, in_navigation, service::pages::render).in_bundle(Bundle::Service)
    };
    let mut all = vec![own(
        service::BASE,
        (
            "Ví dụ: Đăng ký thường trú",
            "Example: Registering a permanent residence",
        ),
        true,
    )
    .with_form(service::NEW_FORM_ID)];
    for step in service::Step::ALL {
        all.push(
            own(
                &step.path(),
                (step.question(Locale::Vi), step.question(Locale::En)),
                false,
            )
            .with_form(service::FORM_ID),
        );
    }
    all.push(
        own(
            service::SAVED_PATH,
            ("Đã lưu hồ sơ", "Dossier saved"),
            false,
        )
        .text_only(),
    );
    all.push(
        own(
            service::SENT_PATH,
            ("Đã nộp hồ sơ", "Dossier submitted"),
            false,
        )
        .text_only(),
    );
    all
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
        .in_bundle(Bundle::Register)
        .with_form(pages::register::FORM_ID),
        Page::own(
            pages::register::SENT_PATH,
            ("Đã gửi đăng ký", "Registration sent"),
            false,
            pages::register::sent,
        )
        .in_bundle(Bundle::Register)
        .text_only(),
    ]
}

/// Paying the fee: the choice, the transfer, the gateway's answer, the receipt.
fn payment_pages() -> Vec<Page> {
    let own =
        |path, titles, render| Page::own(path, titles, false, render).in_bundle(Bundle::Payment);
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
    let own = |path: &str, titles, render| {
        Page::own(path, titles, false, render).in_bundle(Bundle::SignIn)
    };
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
    )
    .in_bundle(Bundle::Gallery)];
    for doc in catalogue() {
        for example in doc.examples {
            all.push(Page {
                path: format!("/components/{}/{}", doc.slug, example.slug()),
                titles: titles(|l| format!("{} – {}", example.title(l), doc.page_title(l))),
                in_navigation: false,
                form: None,
                enhanced: true,
                bundle: Bundle::Gallery,
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
                bundle: Bundle::Gallery,
                body: Body::Preview(doc, example),
            });
        }
    }
    all
}

/// The address of the page being rendered (with its language prefix), provided by the
/// server; the browser reads its own location.
#[derive(Clone, Debug)]
pub struct PagePath(pub String);

/// The address of the current page without a trailing slash ("/" for the home page).
pub fn current_path() -> String {
    let path = match use_context::<PagePath>() {
        Some(PagePath(p)) => p,
        None => window()
            .location()
            .pathname()
            .unwrap_or_else(|_| "/".into()),
    };
    normalise(&path)
}

/// The query of the page being rendered (without `?`), provided by the server; the
/// browser reads its own location.
#[derive(Clone, Debug)]
pub struct PageQuery(pub String);

/// The current page's query string, without `?` ("" when none).
pub fn current_query() -> String {
    match use_context::<PageQuery>() {
        Some(PageQuery(q)) => q,
        None if cfg!(feature = "ssr") => String::new(),
        None => window()
            .location()
            .search()
            .unwrap_or_default()
            .trim_start_matches('?')
            .to_string(),
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
    // The navigation is links: the server writes them and hydrating leaves them as sent, so
    // a bundle needs no other bundle's pages to draw it.
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

/// The navigation's list, as HTML (on the server; the browser keeps what was sent).
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

    /// Each bundle has its feature, which `cargo xtask build` reads to build one WebAssembly
    /// per bundle, and no other `bundle-*` feature exists.
    #[test]
    fn every_bundle_is_a_feature() {
        let manifest =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
        let mut features: Vec<&str> = manifest
            .lines()
            .filter_map(|l| l.strip_prefix("bundle-"))
            .filter_map(|l| l.split_once(' ').map(|(name, _)| name))
            .collect();
        features.sort();
        let mut names: Vec<&str> = Bundle::ALL.iter().map(|b| b.name()).collect();
        names.sort();
        assert_eq!(features, names);
        // The server's table holds every bundle's pages, and each enhanced page names one.
        assert!(Bundle::ALL.iter().all(|b| b.built()));
        for bundle in Bundle::ALL.into_iter().filter(|b| *b != Bundle::Chrome) {
            assert!(
                pages().iter().any(|p| p.enhanced && p.bundle == bundle),
                "{bundle:?} has a page"
            );
        }
    }

    /// A page marked text-only loads no WebAssembly, so it must have nothing to enhance:
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
