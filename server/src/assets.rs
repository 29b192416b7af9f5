//! Static files of a dvc-ui site: the stylesheet, fonts, the WebAssembly and its script.
//! Names carry a hash of the content (`dvc-ui.3f9c2a1b7d.css`, written by the build with a
//! `manifest.json` from plain to hashed name), so they are cached for a year
//! (`immutable`); other files are revalidated. Brotli or gzip is chosen from the request's
//! `Accept-Encoding` among files compressed ahead of time (`NAME.br`, `NAME.gz`). Paths that
//! try to leave the folder are refused by tower-http's `ServeDir`.

use axum::extract::Request;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::Router;
use http::header::{HeaderValue, CACHE_CONTROL};
use std::collections::BTreeMap;
use std::path::Path;
use tower_http::services::ServeDir;

/// A year, never revalidated: for content-hashed names.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Revalidated on each use: for names without a hash.
pub const REVALIDATE: &str = "no-cache";

/// Serves `dir` at the root of the returned router (merge it into the portal's, or use it as
/// the fallback service), precompressed files first.
pub fn router(dir: &Path) -> Router {
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false);
    Router::new()
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
}

async fn cache_control(request: Request, next: Next) -> Response {
    let hashed = is_hashed(request.uri().path());
    let mut response = next.run(request).await;
    if response.status().is_success() {
        let value = if hashed { IMMUTABLE } else { REVALIDATE };
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static(value));
    }
    response
}

/// Whether a path's file name has the build's content hash: `name.HASH.ext` with a HASH of
/// 10 lower-case hex digits.
pub fn is_hashed(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or(path);
    let mut parts = file.rsplit('.');
    let (_ext, hash) = (parts.next(), parts.next());
    parts.next().is_some()
        && hash.is_some_and(|h| {
            h.len() == HASH_HEX && h.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        })
}

/// Hex digits of the content hash in file names.
pub const HASH_HEX: usize = 10;

/// `name.ext` → `name.HASH.ext`, HASH from the bytes (64-bit FNV-1a; enough to tell
/// versions of one file apart, not a security hash).
pub fn hashed_name(name: &str, bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let hash = format!("{h:016x}");
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{}.{ext}", &hash[..HASH_HEX]),
        None => format!("{name}.{}", &hash[..HASH_HEX]),
    }
}

/// The build's map from plain names ("dvc-ui.css", "pkg/dvc_demo_bg.wasm") to the served,
/// hashed paths. A name missing from the map is served under its plain name.
#[derive(Clone, Debug, Default)]
pub struct Manifest(BTreeMap<String, String>);

impl Manifest {
    /// Reads `manifest.json` in `dir`; an absent file gives an empty map (plain names).
    pub fn load(dir: &Path) -> Result<Manifest, String> {
        let path = dir.join("manifest.json");
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Manifest::default()),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let map: BTreeMap<String, String> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(Manifest(map))
    }

    pub fn from_pairs<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Manifest {
        Manifest(pairs.into_iter().collect())
    }

    /// The absolute URL path of a file: "/dvc-ui.3f9c2a1b7d.css" for "dvc-ui.css".
    pub fn path(&self, name: &str) -> String {
        format!("/{}", self.0.get(name).map(String::as_str).unwrap_or(name))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&self.0).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;
    use http::{header, Request, StatusCode};
    use tower::ServiceExt;

    fn site() -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("dvc-assets-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("app.0123456789.css"), "body{}").unwrap();
        std::fs::write(dir.join("app.0123456789.css.br"), "BR").unwrap();
        std::fs::write(dir.join("app.0123456789.css.gz"), "GZ").unwrap();
        std::fs::write(dir.join("favicon.svg"), "<svg/>").unwrap();
        dir
    }

    async fn get(dir: &Path, path: &str, encoding: &str) -> Response {
        let req = Request::get(path)
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap();
        router(dir).oneshot(req).await.unwrap()
    }

    #[tokio::test]
    async fn negotiates_precompressed_files_and_caches_hashed_names() {
        let dir = site();
        let br = get(&dir, "/app.0123456789.css", "gzip, br").await;
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(br.headers()[header::CACHE_CONTROL], IMMUTABLE);
        assert_eq!(br.headers()[header::CONTENT_TYPE], "text/css");
        let gz = get(&dir, "/app.0123456789.css", "gzip").await;
        assert_eq!(gz.headers()[header::CONTENT_ENCODING], "gzip");
        let plain = get(&dir, "/app.0123456789.css", "").await;
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        let icon = get(&dir, "/favicon.svg", "br").await;
        assert_eq!(icon.headers()[header::CACHE_CONTROL], REVALIDATE);
    }

    #[tokio::test]
    async fn refuses_paths_that_leave_the_folder() {
        let dir = site();
        std::fs::write(dir.parent().unwrap().join("dvc-secret.txt"), "secret").unwrap();
        for path in [
            "/../dvc-secret.txt",
            "/pkg/../../dvc-secret.txt",
            "/%2e%2e/dvc-secret.txt",
            "/..%2fdvc-secret.txt",
            "//etc/passwd",
        ] {
            let res = get(&dir, path, "").await;
            assert_ne!(res.status(), StatusCode::OK, "{path}");
        }
    }

    #[test]
    fn hashed_names() {
        let n = hashed_name("dvc-ui.css", b"body{}");
        assert!(is_hashed(&n), "{n}");
        assert_ne!(n, hashed_name("dvc-ui.css", b"body{ }"));
        assert!(is_hashed("/pkg/dvc_demo_bg.0a1b2c3d4e.wasm"));
        assert!(
            !is_hashed("/favicon.svg")
                && !is_hashed("/a.0a1b2c3d4.css")
                && !is_hashed("/0a1b2c3d4e.css")
        );
        let m = Manifest::from_pairs([("dvc-ui.css".to_string(), n.clone())]);
        assert_eq!(m.path("dvc-ui.css"), format!("/{n}"));
        assert_eq!(m.path("favicon.svg"), "/favicon.svg");
    }
}
