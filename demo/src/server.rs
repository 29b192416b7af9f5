//! The demo's axum server: every page rendered by `leptos_axum` inside [`crate::shell`],
//! every form posting to its own page (post/redirect/get), the built files from
//! `target/site` through `dvc_server::assets`, and `dvc_server::security` around it all.
//!
//! Every page has two addresses: Vietnamese ("/components/button") and English
//! ("/en/components/button"); the language switch of a page with a form posts its answers
//! to the other address, which shows the same page with them, unchecked.
//!
//! A post is rendered twice: first with the [`Submission`] so the posted `Form` checks the
//! answers with its own questions' rules; then, when something is wrong, again with the
//! problems, to answer with the page, its errors and every answer kept. A valid post
//! redirects (303): the one-page example to its confirmation, any other page to itself.
//! The procedures (`demo/procedures/`) are the kit's engine's ([`crate::procedures`]).
//! Demo-only: the confirmation is kept 30 minutes in the database (`dvc_server::records`)
//! under a random id in an `HttpOnly` cookie, never in the address.

use crate::app::{normalise, PagePath, PageQuery};
use crate::identity::{self, Identity};
use crate::language::{address as address_in, every_language, pick, split};
use crate::pages::payment::{self, PaymentView};
use crate::pages::register::{self, Receipt};
use crate::shell::{shell, Look};
use crate::themes::{self, ThemeInfo};
use axum::body::Body;
use axum::extract::{FromRequest, Request, State};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use dvc_rules::form::{strip_unasked, FormValues};
use dvc_server::assets::{self, Manifest};
use dvc_server::database::Database;
use dvc_server::dossiers::{DossierStore, SqlDossiers};
use dvc_server::forms::{query_pairs, today_in_vietnam, Posted};
use dvc_server::rate::Rate;
use dvc_server::records::Records;
use dvc_ui::form::Submission;
use dvc_ui::layout::language_switch::is_language_switch;
use dvc_ui::payment::PaymentMethod;
use dvc_ui::vn::wants_communes;
use leptos::prelude::provide_context;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use tower::ServiceExt;

/// How long a confirmation stays readable after a post.
const RECEIPT_LIFETIME: Duration = Duration::from_secs(30 * 60);
/// Most confirmations kept at once (the oldest go first).
const MAX_RECEIPTS: u64 = 1000;
const RECEIPT_COOKIE: &str = "dvc_receipt";
/// How often what has expired is deleted.
const PURGE_EVERY: Duration = Duration::from_secs(5 * 60);

#[derive(Clone)]
struct Demo {
    /// Drafts and dossiers of the procedures the engine runs.
    store: Arc<dyn DossierStore>,
    identity: Identity,
    payments: crate::payments::Payments,
    assets: Manifest,
    themes: Vec<ThemeInfo>,
    files: Router,
    /// Each dossier's confirmation and payment step, under the random id its cookie holds.
    receipts: Records,
}

/// The whole demo site for the built files in `site` (with its `manifest.json`), its data
/// in the database at `database` (`sqlite://FILE`, `postgres://…`; `sqlite::memory:` keeps
/// nothing across restarts).
pub async fn router(site: &Path, database: &str) -> Result<Router, String> {
    // Leptos spawns its rendering tasks on tokio (already set when called twice: fine).
    let _ = any_spawner::Executor::init_tokio();
    let db = Database::connect(database)
        .await
        .map_err(|e| format!("the database {}: {e}", redacted(database)))?;
    let demo = Demo {
        store: Arc::new(SqlDossiers::new(db.clone())),
        identity: Identity::from_env(db.clone())?,
        payments: crate::payments::Payments::new(db.clone()).await?,
        assets: Manifest::load(site).map_err(|why| {
            format!(
                "cannot read the built site in {}: {why}; run `cargo xtask build` first",
                site.display()
            )
        })?,
        themes: themes::load(site),
        files: assets::router(site),
        receipts: Records::new(db.clone(), "receipt"),
    };
    demo.purge(&db).await;
    // Each submitted dossier's case at the one-stop desk, its events and the citizen's list.
    let cases = dvc_server::casework::Cases::new(db.clone());
    let db_for_desk = db.clone();
    // The fees of dossiers of procedure files: the same orders (and IPN) as the examples'.
    let fees = dvc_server::procedures::payments::Payments::new(db.clone())
        .with_gateway(demo.payments.merchant.clone(), payment::GATEWAY);
    // What has expired is deleted every few minutes, not only at start-up, by whichever
    // process takes the job first: drafts and their files, receipts, payment orders.
    let every = demo.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(PURGE_EVERY);
        tick.tick().await;
        loop {
            tick.tick().await;
            every.purge(&db).await;
        }
    });
    let mut pages = Router::new();
    for p in crate::app::pages() {
        for (_, at) in every_language(&p.path) {
            pages = pages.route(&at, get(show).post(answer));
        }
    }
    for (_, at) in every_language(payment::RETURN_PATH) {
        pages = pages.route(&at, get(returned));
    }
    pages = pages.route(themes::SWITCH_PATH, axum::routing::post(switch_theme));
    pages = pages.route("/thanh-toan/{reference}/trang-thai", get(payment_status));
    let payments = Router::new()
        .route("/thanh-toan/vnpay/ipn", get(crate::payments::ipn))
        .with_state(demo.payments.clone());
    let mut signing_in = Router::new().route(
        crate::pages::sign_in::CALLBACK_PATH,
        get(identity::callback),
    );
    // Starting a sign-in is limited per client (a flood of starts cannot crowd out
    // citizens): DVC_RATE_SIGN_IN a minute, 60 by default.
    let mut starts = Router::new();
    for (_, at) in every_language(crate::pages::sign_in::START_PATH) {
        starts = starts.route(&at, get(identity::start));
    }
    if let Some(rate) = Rate::from_env("DVC_RATE_SIGN_IN", dvc_server::rate::SIGN_IN)? {
        starts = dvc_server::rate::limit(starts, rate, &[]);
    }
    signing_in = signing_in.merge(starts);
    for (_, at) in every_language(crate::pages::sign_in::SIGN_OUT_PATH) {
        signing_in = signing_in.route(&at, axum::routing::post(identity::sign_out));
    }
    signing_in = signing_in.route(
        crate::pages::sign_in::KEEP_ALIVE_PATH,
        axum::routing::post(identity::keep_alive),
    );
    let signing_in = signing_in.with_state(demo.identity.clone());
    // Every procedure file in demo/procedures, run by the kit's engine.
    let procedures = crate::procedures::router(
        demo.store.clone(),
        fees,
        cases,
        db_for_desk,
        demo.identity.clone(),
        demo.assets.clone(),
        demo.themes.clone(),
    )
    .await?;
    let app = pages
        .fallback(files_or_not_found)
        .with_state(demo)
        .merge(payments)
        .merge(signing_in)
        .merge(procedures);
    Ok(dvc_server::security::harden_with(
        app,
        dvc_server::security::Settings::from_env()?,
    ))
}

async fn show(State(demo): State<Demo>, req: Request) -> Response {
    let (_, path) = split(&normalise(req.uri().path()));
    let receipt = match path == register::SENT_PATH {
        true => demo.dossier_of(req.headers()).await.map(|(_, r)| r),
        false => None,
    };
    let paying = [
        payment::FEE_PATH,
        payment::TRANSFER_PATH,
        payment::STATUS_PATH,
        payment::RECEIPT_PATH,
    ]
    .contains(&path.as_str());
    let mine = match paying {
        true => demo.dossier_of(req.headers()).await.map(|(_, r)| r),
        false => None,
    };
    let view = match paying {
        true => {
            let mut view = demo.payments.view_of(mine.as_ref()).await;
            let unchecked = req
                .uri()
                .query()
                .is_some_and(|q| q.split('&').any(|p| p == payment::UNCHECKED_RETURN));
            view.return_refused |= unchecked && path == payment::STATUS_PATH;
            Some(view)
        }
        false => None,
    };
    let (locale, _) = split(&normalise(req.uri().path()));
    if path == crate::pages::sign_in::ENDED_PATH {
        // The page's clock ran out (the citizen was away): the session ends here too, and
        // the browser forgets the draft and the receipt (a shared computer); the owner finds
        // them again. A session with time left (a link from elsewhere) is not ended: home.
        let Some(clear) = demo
            .identity
            .sessions
            .end_if_ended(req.headers(), ENDED_GRACE)
            .await
        else {
            return see_other(&address_in("/", locale), None);
        };
        let mut res = render(&demo, req, None, Extra::default()).await;
        forget_personal(&mut res, clear);
        return res;
    }
    if path == crate::pages::sign_in::SIGNED_OUT_PATH {
        // Back from the provider after signing out: nothing of the citizen's stays in this
        // browser (a shared computer).
        // A link from another site to this page signs nobody out: only without a session.
        let signed_in = demo.identity.citizen(req.headers()).await.is_some();
        let mut res = render(&demo, req, None, Extra::default()).await;
        if !signed_in {
            forget_personal(
                &mut res,
                demo.identity.sessions.end(&HeaderMap::new()).await.1,
            );
        }
        return res;
    }
    let mut res = render(
        &demo,
        req,
        None,
        Extra {
            receipt,
            payment: view,
        },
    )
    .await;
    if crate::app::page(&path).is_some_and(|p| p.framed_by_self()) {
        dvc_server::security::framed_by_self(&mut res);
    }
    demo.allow_gateway(&path, &mut res);
    res
}

async fn answer(State(demo): State<Demo>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let posted = match Posted::from_request(Request::from_parts(parts.clone(), body), &()).await {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let again = || Request::from_parts(parts.clone(), Body::empty());
    let submission = Submission::new(
        posted.pairs.clone(),
        posted.file_infos(),
        today_in_vietnam(),
    );
    let _ = render(
        &demo,
        again(),
        Some(submission.clone()),
        demo.extra_for(&parts).await,
    )
    .await;
    let Some(checked) = submission.checked() else {
        // No form of this page has that id: show the page as it is.
        let mut res = render(&demo, again(), None, demo.extra_for(&parts).await).await;
        *res.status_mut() = StatusCode::BAD_REQUEST;
        return res;
    };
    if is_language_switch(&posted.pairs) || wants_communes(&posted.pairs) {
        // The language switch posted the answers here, to this page's address in the other
        // language, or a page without a script asked for a province's communes: the same page
        // with every answer kept, nothing checked yet. After the sign-in check: when the
        // session has ended, what was posted is kept as for any other post.
        return render(
            &demo,
            again(),
            Some(submission),
            demo.extra_for(&parts).await,
        )
        .await;
    }
    if !checked.problems.is_empty() {
        // 200, as GOV.UK services answer: a 422 would put an error in the console of
        // every citizen's browser for what is an ordinary page with errors to fix.
        let mut res = render(
            &demo,
            again(),
            Some(submission.with_problems(checked.problems)),
            demo.extra_for(&parts).await,
        )
        .await;
        demo.allow_gateway(&split(&normalise(parts.uri.path())).1, &mut res);
        return res;
    }
    let address = normalise(parts.uri.path());
    let (locale, path) = split(&address);
    let values = FormValues(strip_unasked(&checked.specs, &posted.pairs));
    if path == register::PATH {
        let files: Vec<(String, u64)> = posted
            .files
            .iter()
            .map(|f| (f.file_name.clone(), f.bytes.len() as u64))
            .collect();
        let (Some(id), Some(reference)) = (random_id(), reference()) else {
            let why = pick(
                locale,
                "Máy chủ chưa tạo được mã hồ sơ. Hãy quay lại trang trước và gửi lại sau ít phút.",
                "The server could not make a dossier code. Go back to the previous page and send again in a few minutes.",
            );
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                why,
            )
                .into_response();
        };
        let payer = values.name("full_name").unwrap_or_default();
        let mine = crate::cookies().get(&parts.headers, RECEIPT_COOKIE);
        demo.keep(
            id.clone(),
            Receipt {
                reference,
                rows: register::receipt_rows(&values, &files, locale),
                payer,
                ..Receipt::default()
            },
            mine.as_deref(),
        )
        .await;
        // Path=/: the confirmation is read at its address in either language.
        let cookie = crate::cookies().set(RECEIPT_COOKIE, &id, Some(RECEIPT_LIFETIME));
        return see_other(&address_in(register::SENT_PATH, locale), Some(cookie));
    }
    if path == payment::FEE_PATH {
        let _one = demo.payments.one_start_at_a_time().await;
        let (Some((id, mut dossier)), Some(method)) = (
            demo.dossier_of(&parts.headers).await,
            PaymentMethod::from_value(values.text("payment_method")),
        ) else {
            return see_other(&address, None);
        };
        let return_url = format!(
            "{}{}",
            origin(&parts.headers),
            address_in(payment::RETURN_PATH, locale)
        );
        let next = demo
            .payments
            .start(
                &mut dossier,
                method,
                locale,
                &return_url,
                &client_ip(&parts),
            )
            .await;
        demo.update(&id, dossier).await;
        return see_other(&next, None);
    }
    see_other(&address, None)
}

/// `GET` the gateway's return (`vnp_*` in the query): redirects to the status page, which
/// shows the server's record, saying when the return was not signed (post/redirect/get: a
/// reload or a shared address carries nothing personal). Changes nothing: a GET.
async fn returned(State(demo): State<Demo>, req: Request) -> Response {
    let (locale, _) = split(&normalise(req.uri().path()));
    let pairs: Vec<(String, String)> = req.uri().query().map(query_pairs).unwrap_or_default();
    // Only reads: whether the return was signed goes to the status page as a word in its
    // address (nothing personal), never into the dossier.
    let to = address_in(payment::STATUS_PATH, locale);
    if !pairs.is_empty() && !demo.payments.return_is_signed(&pairs) {
        return see_other(&format!("{to}?{}", payment::UNCHECKED_RETURN), None);
    }
    see_other(&to, None)
}

/// `GET /thanh-toan/{reference}/trang-thai`: a payment's state, to its payer only
/// ([`crate::payments::status`]).
async fn payment_status(
    State(demo): State<Demo>,
    axum::extract::Path(reference): axum::extract::Path<String>,
    req: Request,
) -> Response {
    let mine = demo.dossier_of(req.headers()).await.map(|(_, r)| r);
    crate::payments::status(&demo.payments, &reference, mine.as_ref()).await
}

/// "http://127.0.0.1:8080": this portal's public origin, for the addresses the gateway
/// and the identity provider send the citizen back to (`DVC_PUBLIC_ORIGIN`, else the
/// request's `Host`; never a forwarded header a client can write).
pub(crate) fn origin(headers: &header::HeaderMap) -> String {
    dvc_server::client::public_origin(headers, crate::cookies().https)
}

/// The citizen's address as the gateway asks for it: the client's, as `harden` found it
/// (through the portal's trusted proxies only).
fn client_ip(parts: &axum::http::request::Parts) -> String {
    parts
        .extensions
        .get::<dvc_server::client::ClientAddr>()
        .map(|c| c.0)
        .filter(|ip| !ip.is_unspecified())
        .map(|ip| ip.to_string())
        .unwrap_or_else(|| "127.0.0.1".into())
}

/// The designer's theme switcher: remembers the choice in a cookie and goes back.
async fn switch_theme(State(demo): State<Demo>, posted: Posted) -> Response {
    let value = |name: &str| {
        posted
            .pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let slug = value("theme");
    let slug = if demo.themes.iter().any(|t| t.slug == slug) {
        slug
    } else {
        String::new()
    };
    see_other(
        &themes::back_to(&value("back")),
        Some(themes::cookie(&slug)),
    )
}

/// How far the page's session clock may run ahead of the server's.
const ENDED_GRACE: Duration = Duration::from_secs(30);

/// Every cookie that names something of the citizen's, cleared (with `session`, the
/// session's own), and the browser told to clear this site's cookies and storage too.
fn forget_personal(res: &mut Response, session: String) {
    let all = [session, forget_procedure_drafts(), forget_receipt()];
    for c in all.iter().filter_map(|c| HeaderValue::from_str(c).ok()) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res.headers_mut().insert(
        HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cookies\", \"storage\""),
    );
}

/// The cookie that makes this browser forget the key of its drafts of procedures without
/// sign-in (the engine's).
pub(crate) fn forget_procedure_drafts() -> String {
    crate::cookies().clear(dvc_server::procedures::engine::COOKIE)
}

/// A random id (128 bits, hex) for a confirmation's record; None when the system has no
/// randomness to give.
pub(crate) fn random_id() -> Option<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).ok()?;
    Some(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The cookie that makes this browser forget its receipt.
pub(crate) fn forget_receipt() -> String {
    crate::cookies().clear(RECEIPT_COOKIE)
}

fn see_other(to: &str, cookie: Option<String>) -> Response {
    see_other_with(to, &cookie.into_iter().collect::<Vec<_>>())
}

/// A 303 to `to`, setting each cookie.
pub(crate) fn see_other_with(to: &str, cookies: &[String]) -> Response {
    dvc_server::redirect::see_other(to, cookies)
}

/// Renders the page at the request's path with leptos_axum (the server half of hydration).
/// What some pages show from the server's records, beside the submission.
#[derive(Clone, Default)]
struct Extra {
    receipt: Option<Receipt>,
    payment: Option<PaymentView>,
}

async fn render(
    demo: &Demo,
    req: Request,
    submission: Option<Submission>,
    extra: Extra,
) -> Response {
    let path = normalise(req.uri().path());
    let query = req.uri().query().unwrap_or_default().to_string();
    let failed = submission
        .as_ref()
        .and_then(|s| s.problems.as_ref())
        .is_some_and(|p| !p.is_empty());
    let (assets, for_context) = (demo.assets.clone(), path.clone());
    let touched = demo.identity.sessions.touch(req.headers()).await;
    let session = touched
        .as_ref()
        .map(|(_, left)| (left.as_secs(), demo.identity.warn_seconds));
    let signed_in = touched.map(|(c, _)| c.name);
    let has_sign_out = signed_in.is_some();
    let look = Look {
        theme: themes::chosen(req.headers(), &demo.themes).cloned(),
        themes: demo.themes.clone(),
        signed_in,
        session,
    };
    let handler = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(PagePath(for_context.clone()));
            provide_context(PageQuery(query.clone()));
            if let Some(s) = &submission {
                provide_context(s.clone());
            }
            if let Some(r) = &extra.receipt {
                provide_context(r.clone());
            }
            if let Some(p) = &extra.payment {
                provide_context(p.clone());
            }
        },
        move || shell(&assets, &path, failed, look.clone()),
    );
    let mut res = dvc_server::page::finish(handler(req).await.into_response()).await;
    if has_sign_out {
        demo.identity.allow_sign_out(&mut res);
    }
    res
}

/// A built file, or the "not found" page for an address that is no page.
async fn files_or_not_found(State(demo): State<Demo>, req: Request) -> Response {
    let is_file = req
        .uri()
        .path()
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));
    if is_file {
        return match demo.files.clone().oneshot(req).await {
            Ok(res) => res.into_response(),
            Err(never) => match never {},
        };
    }
    let mut res = render(&demo, req, None, Extra::default()).await;
    *res.status_mut() = StatusCode::NOT_FOUND;
    res
}

impl Demo {
    /// Keeps `receipt` under `id` for [`RECEIPT_LIFETIME`], in place of the one this
    /// browser had (`replacing`). Never evicts another browser's: when [`MAX_RECEIPTS`]
    /// anonymous ones are kept, a new anonymous one is not (its pages then say there is no
    /// dossier) until some expire; false then, or when the store failed. A citizen's is
    /// always kept.
    async fn keep(&self, id: String, receipt: Receipt, replacing: Option<&str>) -> bool {
        let kept = async {
            if let Some(old) = replacing {
                self.receipts.remove(old).await?;
            }
            // A signed-in citizen's dossier is always kept; the cap is on the anonymous
            // ones (the one-page example's), which anyone can post.
            if receipt.owner.is_none()
                && self.receipts.unowned().await? >= MAX_RECEIPTS
                && self.receipts.get::<Receipt>(&id).await?.is_none()
            {
                return Ok(false);
            }
            let owner = receipt.owner.clone();
            self.receipts
                .put(&id, owner.as_deref(), &receipt, RECEIPT_LIFETIME)
                .await?;
            Ok::<bool, dvc_server::database::StoreError>(true)
        };
        kept.await
            .map_err(|e| dvc_server::log::failure("store.failed", &e.to_string()))
            .unwrap_or(false)
    }

    /// Deletes what has expired: drafts and their files, receipts, payment orders; only
    /// when this process takes the job (another did it less than [`PURGE_EVERY`] ago).
    async fn purge(&self, db: &Database) {
        match db
            .take_job("purge", PURGE_EVERY - Duration::from_secs(5))
            .await
        {
            Ok(true) => {}
            Ok(false) => return,
            Err(e) => {
                dvc_server::log::failure("store.failed", &e.to_string());
                return;
            }
        }
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        if let Err(e) = self.store.purge_expired(now).await {
            dvc_server::log::failure("store.failed", &e.to_string());
        }
        if let Err(e) = self.identity.sessions.purge().await {
            dvc_server::log::failure("store.failed", &e.to_string());
        }
        if let Err(e) = self.receipts.purge().await {
            dvc_server::log::failure("store.failed", &e.to_string());
        }
        self.payments.purge().await;
    }

    /// The dossier this browser sent (its cookie's id and the record), if still kept.
    async fn dossier_of(&self, headers: &header::HeaderMap) -> Option<(String, Receipt)> {
        let id = crate::cookies().get(headers, RECEIPT_COOKIE)?;
        let (receipt, _) = self
            .receipts
            .get::<Receipt>(&id)
            .await
            .map_err(|e| dvc_server::log::failure("store.failed", &e.to_string()))
            .ok()??;
        // A citizen's dossier: their session only (not the cookie alone, after sign-out).
        if let Some(owner) = &receipt.owner {
            let me = self.identity.citizen(headers).await?;
            if &me.subject != owner {
                return None;
            }
        }
        Some((id, receipt))
    }

    /// Replaces a kept dossier's record (its time is kept).
    async fn update(&self, id: &str, receipt: Receipt) {
        if let Err(e) = self.receipts.update(id, &receipt).await {
            dvc_server::log::failure("store.failed", &e.to_string());
        }
    }

    /// The fee page's choice of the gateway is a post redirected to the gateway: its
    /// policy lets forms go there too.
    fn allow_gateway(&self, path: &str, res: &mut Response) {
        if path == payment::FEE_PATH {
            dvc_server::security::allow_forms_to(res, &self.payments.gateway_origin());
        }
    }

    /// The records a re-rendered post shows (the fee page's, after a failed choice).
    async fn extra_for(&self, parts: &axum::http::request::Parts) -> Extra {
        let (_, path) = split(&normalise(parts.uri.path()));
        let payment = match path == payment::FEE_PATH {
            true => {
                let mine = self.dossier_of(&parts.headers).await.map(|(_, r)| r);
                Some(self.payments.view_of(mine.as_ref()).await)
            }
            false => None,
        };
        Extra {
            receipt: None,
            payment,
        }
    }
}

/// A dossier reference as a citizen reads it: "DK-2026-4F2A91".
fn reference() -> Option<String> {
    let today = today_in_vietnam();
    Some(format!(
        "DK-{}-{}",
        today.year,
        random_id()?.get(..6)?.to_uppercase()
    ))
}

/// A database address without its password (for a message).
fn redacted(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let user = &url[scheme + 3..at];
            let user = user.split(':').next().unwrap_or("");
            format!("{}{user}:…{}", &url[..scheme + 3], &url[at..])
        }
        _ => url.to_string(),
    }
}
