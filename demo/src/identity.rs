//! Sign-in on the demo's server, over `dvc_server::identity`: the routes that start a
//! sign-in (`GET /dang-nhap/vneid?muc=2&tiep=/path`), take the citizen back from the
//! identity provider (`GET /dang-nhap/vneid/ket-qua`), and sign out (`POST /dang-xuat`);
//! and who is signed in for a page's header. The provider comes from the configuration
//! (`DVC_OIDC_ISSUER`, `DVC_OIDC_CLIENT_ID`, `DVC_OIDC_CLIENT_SECRET`); without it, a
//! sign-in ends on the "cannot reach VNeID" page.

use crate::app::normalise;
use crate::language::{address, split};
use crate::pages::sign_in::{CALLBACK_PATH, PATH, SIGNED_OUT_PATH};
use crate::server::see_other_with as see_other;
use axum::extract::{Request, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use dvc_rules::Locale;
use dvc_server::identity::{Citizen, Failure, Level, Provider, ProviderConfig, Sessions};

/// The provider (when configured) and the sessions of this server.
#[derive(Clone)]
pub struct Identity {
    pub provider: Option<Provider>,
    pub sessions: Sessions,
    /// How long before a quiet session ends the warning opens.
    pub warn_seconds: u64,
}

impl Identity {
    /// From the environment (see the module's comment); sessions end after
    /// `DVC_SESSION_MINUTES` quiet minutes (default 15), warned `DVC_SESSION_WARN_SECONDS`
    /// before (default 120), and `DVC_SESSION_MAX_HOURS` after signing in however busy
    /// (default 12); `DVC_SECURE_COOKIES=1` when served over HTTPS.
    pub fn from_env(db: dvc_server::database::Database) -> Result<Identity, String> {
        let number = |name: &str| {
            std::env::var(name)
                .ok()
                .and_then(|m| m.parse::<f64>().ok())
                .filter(|m| *m > 0.0)
        };
        let minutes = number("DVC_SESSION_MINUTES").unwrap_or(15.0);
        let secure = crate::cookies().https;
        Ok(Identity {
            provider: ProviderConfig::from_env().map(Provider::new).transpose()?,
            sessions: Sessions::new(
                db,
                std::time::Duration::from_secs_f64(minutes * 60.0),
                secure,
            )
            .with_absolute(std::time::Duration::from_secs_f64(
                number("DVC_SESSION_MAX_HOURS").unwrap_or(12.0) * 3600.0,
            )),
            warn_seconds: number("DVC_SESSION_WARN_SECONDS").unwrap_or(120.0) as u64,
        })
    }

    /// Who is signed in on this request (renewing the session), if anyone.
    pub async fn citizen(&self, headers: &HeaderMap) -> Option<Citizen> {
        self.sessions.citizen(headers).await
    }

    /// A signed-in page's header has the sign-out form, which the server redirects to the
    /// provider's end-session page: its policy lets forms go there.
    pub fn allow_sign_out(&self, res: &mut Response) {
        if let Some(p) = &self.provider {
            dvc_server::security::allow_forms_to(res, &p.origin());
        }
    }
}

/// A local path to come back to, or the home page: never another site
/// ([`dvc_server::redirect::local_path`]).
fn local_path(path: Option<&str>) -> String {
    dvc_server::redirect::local_path_or_home(path)
}

/// The query's pairs, decoded.
fn query_pairs(req: &Request) -> Vec<(String, String)> {
    dvc_server::forms::query_pairs(req.uri().query().unwrap_or_default())
}

/// The failure's page, in the language of the page the sign-in was to return to.
fn failure_page(why: Failure, locale: Locale) -> String {
    address(&format!("{PATH}/{}", why.slug()), locale)
}

/// `GET /dang-nhap/vneid?muc=2&tiep=/path`: starts a sign-in and sends the browser to the
/// provider (303), with the sign-in kept on the server under a cookie.
pub async fn start(State(identity): State<Identity>, req: Request) -> Response {
    let (locale, _) = split(&normalise(req.uri().path()));
    let pairs = query_pairs(&req);
    let value = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    let level = if value("muc") == Some("1") {
        Level::One
    } else {
        Level::Two
    };
    let back = local_path(value("tiep"));
    let Some(provider) = &identity.provider else {
        return see_other(&failure_page(Failure::Unreachable, locale), &[]);
    };
    let callback = format!("{}{CALLBACK_PATH}", crate::server::origin(req.headers()));
    match provider.begin(level, &callback, &back).await {
        Ok((to, pending)) => match identity.sessions.keep_pending(req.headers(), pending).await {
            Some(cookie) => see_other(&to, &[cookie]),
            // Too many sign-ins under way (a flood): "try again in a few minutes".
            None => see_other(&failure_page(Failure::Unreachable, locale), &[]),
        },
        Err(why) => see_other(&failure_page(why, locale), &[]),
    }
}

/// `GET /dang-nhap/vneid/ket-qua?code=…&state=…`: the provider's answer, checked; the
/// session starts (a new id) and the citizen goes where they were going, or to the page
/// that says what went wrong.
pub async fn callback(State(identity): State<Identity>, req: Request) -> Response {
    let (pending, forget) = identity.sessions.take_pending(req.headers()).await;
    let Some(pending) = pending else {
        return see_other(&failure_page(Failure::StateMismatch, Locale::Vi), &[forget]);
    };
    let (locale, _) = split(&pending.return_to);
    let Some(provider) = &identity.provider else {
        return see_other(&failure_page(Failure::Unreachable, locale), &[forget]);
    };
    match provider.finish(&pending, &query_pairs(&req)).await {
        Ok((citizen, id_token)) => {
            dvc_server::log::audit(
                "sign_in.succeeded",
                if citizen.level.number() == 2 {
                    "level 2"
                } else {
                    "level 1"
                },
            );
            let session = identity
                .sessions
                .start(req.headers(), citizen, id_token)
                .await;
            see_other(&pending.return_to, &[forget, session])
        }
        Err(why) => {
            // Which check failed (never who, nor any token): what an operator needs.
            dvc_server::log::security("sign_in.failed", why.slug());
            see_other(&failure_page(why, locale), &[forget])
        }
    }
}

/// `POST /phien/gia-han`: the session-timeout warning's "Tiếp tục phiên làm việc": the
/// request itself renews the session; answers the time it now has (`{"seconds": N}`), or
/// 401 when it has already ended.
pub async fn keep_alive(State(identity): State<Identity>, req: Request) -> Response {
    let json = [
        (axum::http::header::CONTENT_TYPE, "application/json"),
        (axum::http::header::CACHE_CONTROL, "no-store"),
    ];
    match identity.sessions.touch(req.headers()).await {
        Some((_, left)) => (json, format!("{{\"seconds\":{}}}", left.as_secs())).into_response(),
        None => (
            axum::http::StatusCode::UNAUTHORIZED,
            json,
            "{\"seconds\":0}",
        )
            .into_response(),
    }
}

/// `POST /dang-xuat`: ends the session here, then at the provider (which comes back to
/// "Bạn đã đăng xuất").
pub async fn sign_out(State(identity): State<Identity>, req: Request) -> Response {
    let (locale, _) = split(&normalise(req.uri().path()));
    let (id_token, clear) = identity.sessions.end(req.headers()).await;
    dvc_server::log::audit(
        "sign_out",
        if id_token.is_some() {
            "a session ended"
        } else {
            "no session"
        },
    );
    let signed_out = address(SIGNED_OUT_PATH, locale);
    let at_provider = match (&identity.provider, id_token) {
        (Some(p), Some(token)) => {
            p.end_session_url(
                &token,
                &format!("{}{SIGNED_OUT_PATH}", crate::server::origin(req.headers())),
            )
            .await
        }
        _ => None,
    };
    // On a shared computer the next person must not find this citizen's draft or receipt:
    // forgotten here too (the store keeps the draft with its owner, who finds it again
    // after signing in).
    see_other(
        &at_provider.unwrap_or(signed_out),
        &[
            clear,
            crate::server::forget_procedure_drafts(),
            crate::server::forget_receipt(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_local_paths_are_gone_back_to() {
        assert_eq!(
            local_path(Some("/thu-tuc/dang-ky-thuong-tru")),
            "/thu-tuc/dang-ky-thuong-tru"
        );
        for bad in [
            "//evil.example/x",
            "https://evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/a\nb",
            "/\t/evil.example",
            "/%09/evil.example",
        ] {
            assert_eq!(local_path(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(local_path(None), "/");
    }

    #[test]
    fn the_demo_has_a_page_for_each_failure_of_dvc_server() {
        let slugs: Vec<&str> = Failure::ALL.iter().map(|f| f.slug()).collect();
        let pages: Vec<&str> = crate::pages::sign_in::FAILURES
            .iter()
            .map(|(s, _)| *s)
            .collect();
        assert_eq!(slugs, pages);
        for s in slugs {
            assert!(crate::app::page(&format!("{PATH}/{s}")).is_some(), "{s}");
        }
    }
}
