//! The HTML document around the demo's body, written by the server only: language (from
//! the address, with the other language's address as an `hreflang` alternate and in the
//! header's switch), title (with "Lỗi: " after a failed post), the stylesheet, the font the
//! first paint uses, and the one external script that loads the behaviour module after the
//! page has loaded (only on a page with something to enhance). No inline
//! script or style: the Content-Security-Policy of `dvc_server::security` holds.

use crate::app::App;
use crate::language::{address, every_language, say, split};
use crate::themes::{ThemeInfo, ThemeSwitcher};
use dvc_server::assets::Manifest;
use dvc_ui::identity::{SessionTimeout, SignedIn};
use dvc_ui::prelude::*;
use leptos::prelude::AnyView;
use leptos::prelude::*;

/// The font files the first paint uses (regular weight, Vietnamese and Latin subsets).
/// The kit's behaviour module by its plain name (the manifest gives the hashed one).
pub const ENHANCE_FILE: &str = "pkg/dvc-enhance.js";

const FIRST_PAINT_FONTS: &[&str] = &[
    "fonts/be-vietnam-pro-vietnamese-400-normal.woff2",
    "fonts/be-vietnam-pro-latin-400-normal.woff2",
];

/// The look a page is drawn in: the chosen province theme (if any) and all of them.
#[derive(Clone, Default)]
pub struct Look {
    pub theme: Option<ThemeInfo>,
    pub themes: Vec<ThemeInfo>,
    /// The signed-in citizen's name (the header shows it with "Đăng xuất").
    pub signed_in: Option<String>,
    /// A signed-in page's session: seconds left, and how long before the end to warn.
    pub session: Option<(u64, u64)>,
}

/// What frames one page: its language, address (without the language), title, the form
/// the language switch carries, whether it loads the behaviour module, and whether it is a
/// service's page (the procedure's name in the header, no designer's tools) or the
/// gallery's.
pub struct Frame {
    pub locale: dvc_rules::Locale,
    pub page: String,
    pub title: String,
    pub form: Option<String>,
    pub enhanced: bool,
    /// A service's page: its name and start page.
    pub service: Option<(String, String)>,
}

/// The whole page for `path`. `failed`: the page answers a post that had problems. The page
/// chrome (skip link, header with the theme's name and logo and the designer's switcher,
/// footer) is server-rendered like everything else; the browser only enhances it.
pub fn shell(assets: &Manifest, path: &str, failed: bool, look: Look) -> impl IntoView {
    let (locale, page) = split(path);
    provide_locale(locale);
    let prefix = if failed {
        dvc_ui::i18n::t(dvc_ui::i18n::Ui::ErrorTitlePrefix)
    } else {
        ""
    };
    let title = format!("{prefix}{} – dvc-ui", crate::app::title(path));
    let here = crate::app::page(&page);
    let form = here.as_ref().and_then(|p| p.form).map(String::from);
    // A page with something to enhance loads the kit's behaviour module (the same file for
    // every page); a page of text and links none, unless its session clock needs it.
    let enhanced = here.as_ref().is_some_and(|p| p.enhanced);
    let frame = Frame {
        locale,
        page,
        title,
        form,
        enhanced,
        service: None,
    };
    document(
        assets,
        frame,
        look,
        view! {
            <div class="dvc-width-container demo-layout" id="app">
                <App/>
            </div>
        }
        .into_any(),
    )
}

/// The HTML document around `body`: head, skip link, header, footer, session clock.
pub fn document(assets: &Manifest, frame: Frame, look: Look, body: AnyView) -> impl IntoView {
    let Frame {
        locale,
        page,
        title,
        form,
        enhanced,
        service,
    } = frame;
    provide_locale(locale);
    let path = address(&page, locale);
    let languages = every_language(&page);
    let alternates = languages
        .iter()
        .filter(|(l, _)| *l != locale)
        .map(|(l, href)| {
            view! {
                <link rel="alternate" hreflang=l.tag() href=href.clone()/>
            }
        })
        .collect_view();
    let enhanced = enhanced || look.session.is_some();
    let script = enhanced.then(|| assets.path(ENHANCE_FILE));
    let description = say(
        "dvc-ui: bộ thành phần giao diện dùng chung cho cổng dịch vụ công cấp tỉnh.",
        "dvc-ui: the shared interface kit for Viet Nam's provincial public-service portals.",
    );
    let fonts = FIRST_PAINT_FONTS
        .iter()
        .map(|f| assets.path(f))
        .collect::<Vec<_>>();
    let theme_css = look
        .theme
        .as_ref()
        .map(|t| format!("/themes/{}.css", t.slug));
    let portal_name = look
        .theme
        .as_ref()
        .map(|t| t.portal_name.clone())
        .unwrap_or_else(|| {
            say(
                "dvc-ui · Bộ giao diện dịch vụ công",
                "dvc-ui · Public-service interface kit",
            )
            .into()
        });
    let logo = look.theme.as_ref().map(|t| format!("/{}", t.logo));
    let current = look.theme.as_ref().map(|t| t.slug.clone());
    // A service's pages carry no designer's tools: a citizen tabs from the header's few
    // links straight to the question.
    let switcher = service.is_none().then(|| {
        view! { <ThemeSwitcher all=look.themes.clone() current=current back=path.clone()/> }
    });
    let (service_name, service_href) = service.unzip();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="description" content=description/>
                // Written as the element's text (escaped): a text child would carry a hydration
                // marker, which inside <title> is shown and read out as "<!>".
                <title inner_html=escape(&title)></title>
                {alternates}
                <link rel="icon" href=assets.path("favicon.svg") type="image/svg+xml"/>
                {fonts.into_iter().map(|f| view! { <link rel="preload" href={f} as="font" type="font/woff2" crossorigin=""/> }).collect_view()}
                <link rel="stylesheet" href=assets.path("dvc-ui.css")/>
                <link rel="stylesheet" href=assets.path("demo.css")/>
                {theme_css.map(|href| view! { <link rel="stylesheet" href=href/> })}
                {script.map(|behaviours| view! {
                    <script type="module" src=assets.path("boot.js") data-dvc-boot=""
                        data-enhance=behaviours></script>
                })}
            </head>
            <body>
                <SkipLink/>
                <Header portal_name=portal_name home_href=address("/", locale) logo=logo
                    service_name=service_name service_href=service_href>
                    {look.signed_in.clone().map(|name| view! { <SignedIn name=name sign_out_action=address(crate::pages::sign_in::SIGN_OUT_PATH, locale)/> })}
                    <div class="demo-tools">
                        <LanguageSwitch languages=languages form=form/>
                        {switcher}
                    </div>
                </Header>
                {body}
                <Footer>
                    <p>{description}</p>
                </Footer>
                {look.session.map(|(left, warn)| view! {
                    <SessionTimeout seconds_left=left warn_seconds=warn
                        keep_alive_url=crate::pages::sign_in::KEEP_ALIVE_PATH
                        ended_url=address(crate::pages::sign_in::ENDED_PATH, locale)
                        sign_out_action=address(crate::pages::sign_in::SIGN_OUT_PATH, locale)/>
                })}
            </body>
        </html>
    }
}

/// Text made safe to write as HTML.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
