//! The identity provider as this portal's relying party sees it: its configuration, its
//! discovery document and keys (fetched once, kept an hour, fetched again after a
//! signature that does not verify), the address a sign-in starts at, and every check on
//! the way back. The protocol is the `openidconnect` crate's.

use super::{Citizen, Failure, Level};
use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreGenderClaim, CoreIdTokenClaims};
use openidconnect::{
    AdditionalClaims, AuthenticationContextClass, AuthorizationCode, ClaimsVerificationError,
    ClientId, ClientSecret, CsrfToken, IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge,
    PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout, RedirectUrl,
    RequestTokenError, Scope, TokenResponse, UserInfoClaims,
};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long the discovery document and keys are kept before they are fetched again.
const METADATA_LIFETIME: Duration = Duration::from_secs(60 * 60);
/// The longest wait for the provider (each request).
const PROVIDER_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the provider is and who this portal is to it. A portal points the same code at
/// the national provider by configuration alone.
#[derive(Clone, Debug)]
pub struct ProviderConfig {
    /// The issuer (`https://…`; discovery is `<issuer>/.well-known/openid-configuration`).
    pub issuer: String,
    pub client_id: String,
    /// The confidential client's secret (sent as `client_secret_basic`).
    pub client_secret: String,
    /// The `acr` values the provider uses for level 1 and level 2.
    pub acr: [String; 2],
}

impl ProviderConfig {
    /// From `DVC_OIDC_ISSUER`, `DVC_OIDC_CLIENT_ID`, `DVC_OIDC_CLIENT_SECRET` and, when the
    /// provider names its levels otherwise, `DVC_OIDC_ACR_LEVEL1` / `DVC_OIDC_ACR_LEVEL2`
    /// (default `level1` / `level2`). `None` when the issuer or the client is missing.
    pub fn from_env() -> Option<ProviderConfig> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        Some(ProviderConfig {
            issuer: var("DVC_OIDC_ISSUER")?,
            client_id: var("DVC_OIDC_CLIENT_ID")?,
            client_secret: var("DVC_OIDC_CLIENT_SECRET")?,
            acr: [
                var("DVC_OIDC_ACR_LEVEL1").unwrap_or_else(|| "level1".into()),
                var("DVC_OIDC_ACR_LEVEL2").unwrap_or_else(|| "level2".into()),
            ],
        })
    }

    /// The `acr` value asking for `level`.
    pub fn acr_of(&self, level: Level) -> &str {
        match level {
            Level::One => &self.acr[0],
            Level::Two => &self.acr[1],
        }
    }

    /// The level an `acr` value vouches for; `None` for a value this portal does not know
    /// (taken as no level at all).
    pub fn level_of(&self, acr: &str) -> Option<Level> {
        [Level::One, Level::Two]
            .into_iter()
            .find(|l| self.acr_of(*l) == acr)
    }
}

/// A sign-in under way: what the browser's return must match. Kept on the server only.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Pending {
    state: String,
    nonce: String,
    verifier: String,
    /// The level the procedure needs.
    pub level: Level,
    /// This portal's callback address given to the provider (the exchange repeats it).
    redirect_url: String,
    /// Where to go once signed in (a path of this portal).
    pub return_to: String,
}

impl Pending {
    /// A sign-in under way with made-up secrets (tests of what keeps it).
    #[doc(hidden)]
    pub fn for_tests(level: Level, return_to: &str) -> Pending {
        Pending {
            state: "s".into(),
            nonce: "n".into(),
            verifier: "v".into(),
            level,
            redirect_url: "http://127.0.0.1/cb".into(),
            return_to: return_to.into(),
        }
    }
}

/// Claims the national provider adds to userinfo: the personal identification number.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
struct VnClaims {
    #[serde(default)]
    so_dinh_danh: Option<String>,
}
impl AdditionalClaims for VnClaims {}

/// The identity provider, shared by every request (cheap to clone).
#[derive(Clone)]
pub struct Provider {
    config: Arc<ProviderConfig>,
    http: openidconnect::reqwest::Client,
    metadata: Arc<Mutex<Option<(Instant, ProviderMetadataWithLogout)>>>,
}

/// How long a discovery document past its lifetime may still be used while the provider
/// cannot be reached to fetch it again.
const STALE_METADATA: Duration = Duration::from_secs(24 * 60 * 60);

impl Provider {
    /// The provider at `config.issuer`, asked with a client that follows no redirect (a
    /// provider's redirect is no answer: SSRF guard) and waits 10 seconds at
    /// most. Refused: an issuer that is not `https://` (plain `http://` only on this
    /// machine, for a test provider), or an HTTP client that cannot be built so.
    pub fn new(config: ProviderConfig) -> Result<Provider, String> {
        Provider::with_timeout(config, PROVIDER_TIMEOUT)
    }

    /// [`Provider::new`] waiting `timeout` at most for each request to the provider.
    pub fn with_timeout(config: ProviderConfig, timeout: Duration) -> Result<Provider, String> {
        let local = crate::client::is_loopback(&config.issuer);
        if !(config.issuer.starts_with("https://")
            || (local && config.issuer.starts_with("http://")))
        {
            return Err(format!(
                "the identity provider (DVC_OIDC_ISSUER) must be an https:// address (http:// only on 127.0.0.1), not {:?}",
                config.issuer
            ));
        }
        let http = openidconnect::reqwest::ClientBuilder::new()
            .redirect(openidconnect::reqwest::redirect::Policy::none())
            .timeout(timeout)
            .build()
            .map_err(|e| format!("cannot make the HTTP client for the identity provider: {e}"))?;
        Ok(Provider {
            config: Arc::new(config),
            http,
            metadata: Arc::new(Mutex::new(None)),
        })
    }

    pub fn config(&self) -> &ProviderConfig {
        &self.config
    }

    /// The provider's origin ("http://127.0.0.1:3990"), for a policy that lets forms go there.
    pub fn origin(&self) -> String {
        let url = openidconnect::url::Url::parse(&self.config.issuer).ok();
        url.map(|u| u.origin().ascii_serialization())
            .unwrap_or_default()
    }

    /// The discovery document and keys: kept ones while fresh; else fetched, with no lock
    /// held meanwhile (a slow provider does not queue every sign-in behind one fetch);
    /// when the fetch fails, the kept ones for up to a day more.
    async fn metadata(&self) -> Result<ProviderMetadataWithLogout, Failure> {
        let kept = self.kept_metadata();
        if let Some((at, m)) = &kept {
            if at.elapsed() < METADATA_LIFETIME {
                return Ok(m.clone());
            }
        }
        let issuer =
            IssuerUrl::new(self.config.issuer.clone()).map_err(|_| Failure::Unreachable)?;
        match ProviderMetadataWithLogout::discover_async(issuer, &self.http).await {
            Ok(fresh) => {
                if let Ok(mut slot) = self.metadata.lock() {
                    *slot = Some((Instant::now(), fresh.clone()));
                }
                Ok(fresh)
            }
            Err(_) => kept
                .filter(|(at, _)| at.elapsed() < METADATA_LIFETIME + STALE_METADATA)
                .map(|(_, m)| m)
                .ok_or(Failure::Unreachable),
        }
    }

    fn kept_metadata(&self) -> Option<(Instant, ProviderMetadataWithLogout)> {
        self.metadata.lock().ok()?.clone()
    }

    async fn forget_metadata(&self) {
        if let Ok(mut slot) = self.metadata.lock() {
            *slot = None;
        }
    }

    /// Starts a sign-in at `level`: the provider's authorization address to redirect the
    /// browser to, and what to keep (server-side) until it comes back to `redirect_url`.
    /// `return_to` is where the citizen goes once signed in.
    pub async fn begin(
        &self,
        level: Level,
        redirect_url: &str,
        return_to: &str,
    ) -> Result<(String, Pending), Failure> {
        let metadata = self.metadata().await?;
        let redirect = RedirectUrl::new(redirect_url.to_string()).map_err(|_| Failure::Refused)?;
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(redirect);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".into()))
            .add_auth_context_value(AuthenticationContextClass::new(
                self.config.acr_of(level).to_string(),
            ))
            .set_pkce_challenge(challenge)
            .url();
        let pending = Pending {
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            verifier: verifier.secret().clone(),
            level,
            redirect_url: redirect_url.to_string(),
            return_to: return_to.to_string(),
        };
        Ok((url.to_string(), pending))
    }

    /// Finishes a sign-in from the query the provider sent the browser back with: `error`,
    /// or `code` + `state` (+ `iss`). Checks everything; the tokens are not kept beyond
    /// the raw ID token returned for the end-session request.
    pub async fn finish(
        &self,
        pending: &Pending,
        query: &[(String, String)],
    ) -> Result<(Citizen, String), Failure> {
        let value = |name: &str| {
            query
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        if !same(value("state").unwrap_or_default(), &pending.state) {
            return Err(Failure::StateMismatch);
        }
        if let Some(error) = value("error") {
            return Err(if error == "access_denied" {
                Failure::Cancelled
            } else {
                Failure::Refused
            });
        }
        let metadata = self.metadata().await?;
        // RFC 9207: when the provider names itself, it must be the one asked.
        if value("iss").is_some_and(|iss| iss != metadata.issuer().as_str()) {
            return Err(Failure::Refused);
        }
        let code = value("code")
            .filter(|c| !c.is_empty())
            .ok_or(Failure::Refused)?;
        let redirect =
            RedirectUrl::new(pending.redirect_url.clone()).map_err(|_| Failure::Refused)?;
        let client = CoreClient::from_provider_metadata(
            metadata,
            ClientId::new(self.config.client_id.clone()),
            Some(ClientSecret::new(self.config.client_secret.clone())),
        )
        .set_redirect_uri(redirect);
        let tokens = client
            .exchange_code(AuthorizationCode::new(code.to_string()))
            .map_err(|_| Failure::Refused)?
            .set_pkce_verifier(PkceCodeVerifier::new(pending.verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                RequestTokenError::ServerResponse(r) if r.error().as_ref() == "invalid_grant" => {
                    Failure::CodeRejected
                }
                RequestTokenError::Request(_) => Failure::Unreachable,
                _ => Failure::Refused,
            })?;
        let id_token = tokens.id_token().ok_or(Failure::Refused)?;
        let claims: &CoreIdTokenClaims = match id_token.claims(
            &client.id_token_verifier(),
            &Nonce::new(pending.nonce.clone()),
        ) {
            Ok(c) => c,
            Err(ClaimsVerificationError::SignatureVerification(_)) => {
                // The provider may have turned its keys: fetch them again for the next try.
                self.forget_metadata().await;
                return Err(Failure::Refused);
            }
            Err(_) => return Err(Failure::Refused),
        };
        let level = claims
            .auth_context_ref()
            .and_then(|acr| self.config.level_of(acr.as_str()));
        let Some(level) = level.filter(|l| *l >= pending.level) else {
            return Err(Failure::LevelTooLow);
        };
        let subject = claims.subject().clone();
        let info: UserInfoClaims<VnClaims, CoreGenderClaim> = client
            .user_info(tokens.access_token().clone(), Some(subject.clone()))
            .map_err(|_| Failure::Refused)?
            .request_async(&self.http)
            .await
            .map_err(|e| match e {
                openidconnect::UserInfoError::Request(_) => Failure::Unreachable,
                _ => Failure::Refused,
            })?;
        let name = info
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_string())
            .unwrap_or_default();
        let citizen = Citizen {
            subject: subject.as_str().to_string(),
            name: dvc_rules::name::normalise_name(&name),
            id_number: info
                .additional_claims()
                .so_dinh_danh
                .clone()
                .filter(|n| n.len() == 12 && n.bytes().all(|b| b.is_ascii_digit())),
            birth_date: info.birthdate().map(|b| b.as_str().to_string()),
            level,
        };
        Ok((citizen, id_token.to_string()))
    }

    /// The provider's end-session address for a citizen signing out (with the ID token as
    /// hint and where to come back), or `None` when the provider has none.
    pub async fn end_session_url(&self, id_token: &str, back_to: &str) -> Option<String> {
        let metadata = self.metadata().await.ok()?;
        let endpoint = metadata
            .additional_metadata()
            .end_session_endpoint
            .clone()?;
        let mut url = openidconnect::LogoutRequest::from(endpoint).http_get_url();
        let back = PostLogoutRedirectUrl::new(back_to.to_string()).ok()?;
        url.query_pairs_mut()
            .append_pair("client_id", &self.config.client_id)
            .append_pair("id_token_hint", id_token)
            .append_pair("post_logout_redirect_uri", back.as_str());
        Some(url.to_string())
    }
}

/// Equal strings, compared in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ProviderConfig {
        ProviderConfig {
            issuer: "http://127.0.0.1:9".into(),
            client_id: "c".into(),
            client_secret: "s".into(),
            acr: ["level1".into(), "level2".into()],
        }
    }

    #[test]
    fn levels_come_from_the_configured_acr_values_only() {
        let c = config();
        assert_eq!(c.level_of("level2"), Some(Level::Two));
        assert_eq!(c.level_of("level1"), Some(Level::One));
        assert_eq!(c.level_of("Level2"), None);
        assert_eq!(c.level_of(""), None);
        assert!(Level::One < Level::Two);
    }

    #[test]
    fn the_same_check_is_exact() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
        assert!(!same("", "a"));
    }

    /// A provider whose discovery document is already kept (nothing asked on the network).
    fn discovered() -> Provider {
        let p = Provider::new(config()).unwrap();
        let doc = serde_json::json!({
            "issuer": "http://127.0.0.1:9",
            "authorization_endpoint": "http://127.0.0.1:9/auth",
            "token_endpoint": "http://127.0.0.1:9/token",
            "userinfo_endpoint": "http://127.0.0.1:9/me",
            "jwks_uri": "http://127.0.0.1:9/jwks",
            "end_session_endpoint": "http://127.0.0.1:9/session/end",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"]
        });
        let metadata: ProviderMetadataWithLogout =
            serde_json::from_value(doc).expect("a discovery document");
        *p.metadata.lock().expect("nobody else holds it") = Some((Instant::now(), metadata));
        p
    }

    #[tokio::test]
    async fn a_sign_in_asks_for_a_code_with_pkce_s256_state_nonce_and_the_level_and_keeps_the_secrets(
    ) {
        let p = discovered();
        let callback = "http://127.0.0.1:8080/dang-nhap/vneid/ket-qua";
        let (url, pending) = p.begin(Level::Two, callback, "/x").await.expect("begins");
        let url = openidconnect::url::Url::parse(&url).expect("an address");
        let q: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
        assert_eq!(url.path(), "/auth");
        assert_eq!(q["response_type"], "code");
        assert_eq!(q["client_id"], "c");
        assert_eq!(q["redirect_uri"], callback);
        assert_eq!(q["acr_values"], "level2");
        let scopes: Vec<&str> = q["scope"].split(' ').collect();
        assert!(
            scopes.contains(&"openid") && scopes.contains(&"profile"),
            "{scopes:?}"
        );
        // PKCE S256: the challenge is the hash of the verifier, which stays on the server.
        assert_eq!(q["code_challenge_method"], "S256");
        let expected = PkceCodeChallenge::from_code_verifier_sha256(&PkceCodeVerifier::new(
            pending.verifier.clone(),
        ));
        assert_eq!(&q["code_challenge"], expected.as_str());
        assert!(
            !url.as_str().contains(&pending.verifier),
            "the verifier never leaves the server"
        );
        assert_eq!((&q["state"], &q["nonce"]), (&pending.state, &pending.nonce));
        assert!(
            pending.state.len() >= 22 && pending.nonce.len() >= 22 && pending.verifier.len() >= 43
        );
        assert_eq!(
            (
                pending.level,
                pending.return_to.as_str(),
                pending.redirect_url.as_str()
            ),
            (Level::Two, "/x", callback)
        );
        // Each sign-in its own secrets; a level 1 procedure asks for level 1.
        let (url, again) = p.begin(Level::One, callback, "/").await.expect("begins");
        assert!(url.contains("acr_values=level1"), "{url}");
        assert!(
            again.state != pending.state
                && again.nonce != pending.nonce
                && again.verifier != pending.verifier
        );
    }

    #[tokio::test]
    async fn sign_out_goes_to_the_end_session_endpoint_with_the_id_token_as_hint() {
        let back = "http://127.0.0.1:8080/da-dang-xuat";
        let url = discovered()
            .end_session_url("the-id-token", back)
            .await
            .expect("an end-session address");
        let url = openidconnect::url::Url::parse(&url).expect("an address");
        let q: std::collections::HashMap<String, String> = url.query_pairs().into_owned().collect();
        assert_eq!(url.path(), "/session/end");
        assert_eq!(
            (
                q["client_id"].as_str(),
                q["id_token_hint"].as_str(),
                q["post_logout_redirect_uri"].as_str()
            ),
            ("c", "the-id-token", back)
        );
    }

    #[tokio::test]
    async fn a_provider_that_cannot_be_reached_is_named_so() {
        // Port 9 (discard) on loopback: nothing listens.
        let p = Provider::new(config()).unwrap();
        assert_eq!(
            p.begin(Level::Two, "http://127.0.0.1:8080/cb", "/")
                .await
                .err(),
            Some(Failure::Unreachable)
        );
    }

    #[tokio::test]
    async fn a_return_with_another_state_or_none_is_refused_before_anything_is_asked() {
        let p = Provider::new(config()).unwrap();
        let pending = Pending {
            state: "s1".into(),
            nonce: "n".into(),
            verifier: "v".into(),
            level: Level::Two,
            redirect_url: "http://127.0.0.1/cb".into(),
            return_to: "/".into(),
        };
        let q = |pairs: &[(&str, &str)]| {
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            p.finish(&pending, &q(&[("code", "x"), ("state", "s2")]))
                .await
                .err(),
            Some(Failure::StateMismatch)
        );
        assert_eq!(
            p.finish(&pending, &q(&[("code", "x")])).await.err(),
            Some(Failure::StateMismatch)
        );
        // A cancel carries the state: it is the citizen's own sign-in, cancelled.
        assert_eq!(
            p.finish(&pending, &q(&[("error", "access_denied"), ("state", "s1")]))
                .await
                .err(),
            Some(Failure::Cancelled)
        );
        assert_eq!(
            p.finish(&pending, &q(&[("error", "server_error"), ("state", "s1")]))
                .await
                .err(),
            Some(Failure::Refused)
        );
    }

    #[test]
    fn a_provider_off_https_is_refused_unless_it_is_on_this_machine() {
        let with = |issuer: &str| ProviderConfig {
            issuer: issuer.into(),
            ..config()
        };
        assert!(Provider::new(with("https://sso.dancuquocgia.gov.vn")).is_ok());
        assert!(Provider::new(with("http://127.0.0.1:3990")).is_ok());
        let refused = Provider::new(with("http://sso.example.vn")).err().unwrap();
        assert!(refused.contains("DVC_OIDC_ISSUER"), "{refused}");
        assert!(Provider::new(with("ftp://127.0.0.1")).is_err());
    }

    #[tokio::test]
    async fn sign_ins_do_not_queue_behind_one_slow_discovery() {
        // A provider that accepts connections and never answers.
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let issuer = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket);
            }
        });
        let slow = ProviderConfig { issuer, ..config() };
        let p = Provider::with_timeout(slow, Duration::from_millis(400)).unwrap();
        let started = Instant::now();
        let all = futures_util::future::join_all(
            (0..5).map(|_| p.begin(Level::Two, "http://127.0.0.1:8080/cb", "/")),
        )
        .await;
        assert!(all
            .iter()
            .all(|r| r.as_ref().err() == Some(&Failure::Unreachable)));
        // Each waits its own timeout at once, not one after another (5 × 400 ms).
        assert!(
            started.elapsed() < Duration::from_millis(1500),
            "{:?}",
            started.elapsed()
        );
    }
}
