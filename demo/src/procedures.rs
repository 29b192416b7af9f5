//! The demo's procedures: every file in `demo/procedures/` run by the kit's engine
//! (`dvc_server::procedures::engine`) at `/thu-tuc/{slug}`, each page drawn by
//! `dvc_ui::flow::ProcedureScreen` in a service's layout (the portal's header with the
//! procedure's name, the language switch, the signed-in name and "Đăng xuất"; never the
//! gallery's navigation or the designer's tools), signing in with the demo's identity
//! provider, and `/thu-tuc`, the list of procedures. Nothing here knows a procedure: a file
//! added to `demo/procedures/` is served when the demo starts.

use crate::identity::Identity;
use crate::language::{address, say};
use crate::shell::{document, Frame, Look};
use crate::themes::{self, ThemeInfo};
use axum::extract::Request;
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dvc_procedure::route::words;
use dvc_procedure::screen::Screen;
use dvc_rules::Locale;
use dvc_server::assets::Manifest;
use dvc_server::casework::officers::Officers;
use dvc_server::casework::outbox::Outbox;
use dvc_server::casework::Cases;
use dvc_server::dossiers::DossierStore;
use dvc_server::identity::{Citizen, Level};
use dvc_server::procedures::engine::{
    CaseDrawn, DeskDrawn, Drawn, Engine, Portal, BASE, DESK, MINE,
};
use dvc_server::procedures::payments::{Payee, Payments};
use dvc_server::procedures::Procedures;
use dvc_ui::flow::{
    case_has_problems, case_title, desk_form, desk_has_problems, desk_title, screen_has_problems,
    screen_title, CaseScreen, DeskScreen, ProcedureScreen,
};
use dvc_ui::i18n::provide_locale;
use leptos::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;

/// Where the procedure files are: `DVC_PROCEDURES`, or the demo's own folder.
pub fn folder() -> PathBuf {
    std::env::var_os("DVC_PROCEDURES")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/procedures")))
}

/// The demo's one made-up agency (a commune's one-stop desk), which decides every dossier.
pub const AGENCY: &str = "000.00.12.H62";

/// The demo as a portal to the engine.
struct DemoPortal {
    identity: Identity,
    assets: Manifest,
    themes: Vec<ThemeInfo>,
}

impl DemoPortal {
    /// The page `body` in the service layout of `service` (its name and start page).
    async fn draw(
        &self,
        headers: &HeaderMap,
        locale: Locale,
        page: String,
        title: String,
        form: Option<String>,
        service: Option<(String, String)>,
        body: impl FnOnce() -> AnyView,
    ) -> Response {
        let touched = self.identity.sessions.touch(headers).await;
        let session = touched
            .as_ref()
            .map(|(_, left)| (left.as_secs(), self.identity.warn_seconds));
        let signed_in = touched.map(|(c, _)| c.name);
        let has_sign_out = signed_in.is_some();
        let look = Look {
            theme: themes::chosen(headers, &self.themes).cloned(),
            themes: self.themes.clone(),
            signed_in,
            session,
        };
        let frame = Frame {
            locale,
            page,
            title,
            form,
            enhanced: true,
            service,
        };
        let html = Owner::new().with(|| {
            provide_locale(locale);
            let body = view! {
                <div class="dvc-width-container">
                    <main class="dvc-main" id="main-content">{body()}</main>
                </div>
            }
            .into_any();
            document(&self.assets, frame, look, body).to_html()
        });
        let mut res = Html(dvc_server::page::tidy(&html)).into_response();
        if has_sign_out {
            self.identity.allow_sign_out(&mut res);
        }
        res
    }
}

#[dvc_server::async_trait]
impl Portal for DemoPortal {
    async fn citizen(&self, headers: &HeaderMap) -> Option<Citizen> {
        self.identity.citizen(headers).await
    }

    fn sign_in(&self, back: &str, level: Level, locale: Locale) -> String {
        format!(
            "{}?muc={}&tiep={}",
            address(crate::pages::sign_in::START_PATH, locale),
            level.number(),
            crate::pages::sign_in::encode(back)
        )
    }

    async fn page(&self, d: Drawn) -> Response {
        let name = words(&d.file.procedure.title, d.locale).to_string();
        let prefix = if screen_has_problems(&d.screen) {
            dvc_ui::i18n::Ui::ErrorTitlePrefix.text(d.locale)
        } else {
            ""
        };
        let title = match &d.screen {
            Screen::Start { .. } => format!("{name} – dvc-ui"),
            s => format!("{prefix}{} – {name}", screen_title(&d.file, s, d.locale)),
        };
        let (file, base, screen) = (d.file.clone(), d.base.clone(), d.screen);
        let (counter, on_behalf) = (d.counter, d.on_behalf);
        self.draw(
            &d.headers,
            d.locale,
            d.path,
            title,
            d.form.map(String::from),
            Some((name, d.base)),
            move || {
                view! { <ProcedureScreen file=file base=base screen=screen counter=counter on_behalf=on_behalf/> }
                    .into_any()
            },
        )
        .await
    }

    async fn case_page(&self, d: CaseDrawn) -> Response {
        let prefix = if case_has_problems(&d.screen) {
            dvc_ui::i18n::Ui::ErrorTitlePrefix.text(d.locale)
        } else {
            ""
        };
        let title = format!("{prefix}{} – dvc-ui", case_title(&d.screen, d.locale));
        let form = matches!(d.screen, dvc_procedure::casework::CasePage::LookUp { .. })
            .then(|| dvc_procedure::casework::look_up::FORM.to_string());
        let page = d.screen;
        self.draw(&d.headers, d.locale, d.path, title, form, None, move || {
            view! { <CaseScreen page=page/> }.into_any()
        })
        .await
    }

    async fn desk_page(&self, d: DeskDrawn) -> Response {
        let prefix = if desk_has_problems(&d.page) {
            dvc_ui::i18n::Ui::ErrorTitlePrefix.text(d.locale)
        } else {
            ""
        };
        let title = format!(
            "{prefix}{} – {}",
            desk_title(&d.page, d.locale),
            desk_name(d.locale)
        );
        let form = desk_form(&d.page).map(String::from);
        let (page, locale, officer) = (d.page, d.locale, d.officer);
        self.draw(
            &d.headers,
            d.locale,
            d.path,
            title,
            form,
            Some((desk_name(d.locale).to_string(), address(DESK, d.locale))),
            move || {
                // The officer's name and their way out, above the page.
                let out = officer.map(|o| {
                    let action = address(&format!("{DESK}/dang-xuat"), locale);
                    view! {
                        <form class="dvc-desk-officer" method="post" action=action>
                            <p class="dvc-body">{say("Cán bộ: ", "Officer: ")}<strong>{o.name}</strong>" "
                                <button class="dvc-button dvc-button--secondary" type="submit">{say("Đăng xuất", "Sign out")}</button></p>
                        </form>
                    }
                });
                view! { {out}<DeskScreen page=page/> }.into_any()
            },
        )
        .await
    }

    /// The demo's one made-up agency's one-stop desk.
    fn office(&self, agency: &str, locale: Locale) -> String {
        match (agency == AGENCY, locale) {
            (true, Locale::Vi) => "Bộ phận Một cửa UBND xã (thử nghiệm)".into(),
            (true, Locale::En) => "One-stop desk of the commune (demonstration)".into(),
            (false, Locale::Vi) => format!("Cơ quan có mã {agency}"),
            (false, Locale::En) => format!("The agency coded {agency}"),
        }
    }

    async fn ended_subject(&self, headers: &HeaderMap) -> Option<String> {
        self.identity.sessions.ended_subject(headers).await
    }

    /// The demo has one made-up agency, for every place of the 2025 map.
    fn agency_of(&self, level: &str, code: &str) -> Option<String> {
        let known = match level {
            "commune" => dvc_rules::divisions::commune(code).is_some(),
            "province" => dvc_rules::divisions::provinces()
                .iter()
                .any(|p| p.code == code),
            _ => false,
        };
        known.then(|| AGENCY.to_string())
    }

    /// The made-up agency's fees go to the demo's fictitious account (its holder's name
    /// says it is a demonstration).
    fn payee(&self, agency: &str) -> Option<Payee> {
        use crate::pages::payment::{ACCOUNT_HOLDER, ACCOUNT_NUMBER, BANK_BIN, BANK_NAME};
        (agency == AGENCY).then(|| Payee {
            bank_bin: BANK_BIN.into(),
            bank_name: BANK_NAME.into(),
            account_number: ACCOUNT_NUMBER.into(),
            account_holder: ACCOUNT_HOLDER.into(),
        })
    }
}

/// The engine's addresses and the list of procedures, for the files in `folder()`.
pub async fn router(
    store: Arc<dyn DossierStore>,
    payments: Payments,
    cases: Cases,
    db: dvc_server::database::Database,
    identity: Identity,
    assets: Manifest,
    themes: Vec<ThemeInfo>,
) -> Result<Router, String> {
    let procedures = Procedures::load(&folder()).map_err(|problems| problems.join("\n"))?;
    let portal = Arc::new(DemoPortal {
        identity,
        assets,
        themes,
    });
    let officers = Officers::new(db.clone());
    let outbox = Outbox::new(db);
    if crate::desk::test_officers_on() {
        crate::desk::ensure_test_officers(&officers)
            .await
            .map_err(|e| format!("the test officers: {e}"))?;
    }
    let engine = Engine::new(procedures, store, portal.clone())
        .with_payments(payments)
        .with_cases(cases)?
        .with_desk(officers, outbox.clone());
    let mut r = engine.router();
    if crate::desk::test_officers_on() {
        for locale in [Locale::Vi, Locale::En] {
            let (portal, outbox) = (portal.clone(), outbox.clone());
            r = r.route(
                &address(crate::desk::OUTBOX_PATH, locale),
                get(move |req: Request| async move {
                    outbox_page(&portal, &outbox, locale, req.headers()).await
                }),
            );
        }
    }
    for locale in [Locale::Vi, Locale::En] {
        let (engine, portal) = (engine.clone(), portal.clone());
        r =
            r.route(
                &address(BASE, locale),
                get(move |req: Request| async move {
                    list(&engine, &portal, locale, req.headers()).await
                }),
            );
    }
    Ok(r)
}

/// The desk's name in the header.
fn desk_name(locale: Locale) -> &'static str {
    crate::language::pick(locale, "Bộ phận Một cửa", "One-stop desk")
}

/// The outbox, for designers: what a portal's SMS sender would send.
async fn outbox_page(
    portal: &DemoPortal,
    outbox: &Outbox,
    locale: Locale,
    headers: &HeaderMap,
) -> Response {
    use dvc_ui::content::{Column, Table};
    let rows: Vec<Vec<dvc_ui::content::Cell>> = crate::desk::outbox_rows(outbox)
        .await
        .into_iter()
        .map(|r| r.into_iter().map(Into::into).collect())
        .collect();
    let heading = crate::language::pick(locale, "Hộp thư đi (thử nghiệm)", "Outbox (test)");
    portal
        .draw(
            headers,
            locale,
            crate::desk::OUTBOX_PATH.to_string(),
            format!("{heading} – dvc-ui"),
            None,
            None,
            move || {
                let columns = vec![
                    Column::new("#").numeric(),
                    Column::new(say("Người nhận", "To")),
                    Column::new(say("Kênh", "Channel")),
                    Column::new(say("Nội dung", "Text")),
                    Column::new(say("Hồ sơ", "Dossier")),
                ];
                view! {
                    <h1 class="dvc-heading-l">{heading}</h1>
                    <p class="dvc-body">{say(
                        "Những tin nhắn mà bộ gửi SMS hoặc thư điện tử của cổng sẽ gửi, mới nhất trước. Chỉ có trên bản thử nghiệm: có cả mã xác thực của cán bộ thử.",
                        "The messages a portal's SMS or e-mail sender would send, newest first. Only on the demonstration: it shows the test officers' codes too.",
                    )}</p>
                    <Table caption=say("50 tin mới nhất", "The 50 newest").to_string() columns=columns rows=rows/>
                }
                .into_any()
            },
        )
        .await
}

/// `/thu-tuc`: every procedure the portal serves, by name, with its national code.
async fn list(
    engine: &Engine,
    portal: &DemoPortal,
    locale: Locale,
    headers: &HeaderMap,
) -> Response {
    let items: Vec<(String, String, String)> = engine
        .procedures()
        .all()
        .map(|f| {
            (
                engine.address(&f.procedure.slug, locale),
                words(&f.procedure.title, locale).to_string(),
                f.procedure.code.clone(),
            )
        })
        .collect();
    let heading = crate::language::pick(locale, "Thủ tục hành chính", "Administrative procedures");
    portal.draw(
        headers,
        locale,
        BASE.to_string(),
        format!("{heading} – dvc-ui"),
        None,
        None,
        move || {
            view! {
                <h1 class="dvc-heading-l">{heading}</h1>
                <p class="dvc-body">{say(
                    "Mỗi thủ tục dưới đây chạy từ một tệp mô tả (thư mục demo/procedures), bằng cùng một bộ máy của bộ giao diện: không có mã riêng cho thủ tục nào.",
                    "Each procedure below runs from one description file (the demo/procedures folder) on the kit's one engine: no procedure has code of its own.",
                )}</p>
                <p class="dvc-body"><a class="dvc-link" href=address(MINE, locale)>{say("Hồ sơ của tôi", "My dossiers")}</a>
                    " · "<a class="dvc-link" href=address(dvc_server::procedures::engine::look_up::LOOK_UP, locale)>{say("Tra cứu hồ sơ bằng mã", "Look up a dossier by its code")}</a>
                    " · "<a class="dvc-link" href=address(DESK, locale)>{say("Bộ phận Một cửa (cán bộ)", "One-stop desk (officers)")}</a></p>
                <ul class="dvc-list">
                    {items.into_iter().map(|(href, title, code)| view! {
                        <li><a class="dvc-link" href=href>{title}</a>{format!(" ({} {code})", say("mã", "code"))}</li>
                    }).collect_view()}
                </ul>
            }
            .into_any()
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sign_in_page_returns_to_the_engines_addresses() {
        assert_eq!(crate::pages::sign_in::PROCEDURES, super::BASE);
    }
}
