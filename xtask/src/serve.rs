//! A small static file server for the built demo, on 127.0.0.1 only. Paths without a file
//! extension get the page shell (the demo routes on the client), so every page has a real
//! URL. Sends the same Content-Security-Policy as the page's meta tag, plus nosniff and
//! no-referrer. Nothing here is for production: portals serve the files their own way.

use crate::{Failure, Result};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;

const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors 'none'";

/// Binds 127.0.0.1:`port` (0 = any free port) and serves `site` on background threads.
/// Returns the port actually bound.
pub fn start(site: &Path, port: u16) -> Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|e| {
        Failure(format!("cannot listen on 127.0.0.1:{port} ({e}); stop what uses that port or pass --port with another number"))
    })?;
    let bound = listener.local_addr()?.port();
    let site = site.to_path_buf();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let site = site.clone();
            thread::spawn(move || {
                let _ = handle(stream, &site);
            });
        }
    });
    Ok(bound)
}

/// Serves until the process is stopped (Ctrl-C).
pub fn serve_forever(site: &Path, port: u16) -> Result {
    let bound = start(site, port)?;
    println!("\n  dvc-ui demo: http://127.0.0.1:{bound}/   (Ctrl-C stops)\n");
    loop {
        thread::park();
    }
}

fn handle(stream: TcpStream, site: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read (and ignore) the headers; a posted body is not needed by a static demo.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let mut out = stream;
    if !matches!(method, "GET" | "HEAD" | "POST") {
        return respond(&mut out, "405 Method Not Allowed", "text/plain; charset=utf-8", b"405", method == "HEAD");
    }
    match resolve(site, path) {
        Some(file) => {
            let body = std::fs::read(&file)?;
            respond(&mut out, "200 OK", content_type(&file), &body, method == "HEAD")
        }
        None => respond(&mut out, "404 Not Found", "text/plain; charset=utf-8", b"404 Not Found", method == "HEAD"),
    }
}

/// The file for a URL path: the file itself, or the page shell for an extension-less path.
/// Anything that would leave the site folder is refused.
fn resolve(site: &Path, url_path: &str) -> Option<PathBuf> {
    let relative = Path::new(url_path.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let file = site.join(relative);
    if file.is_file() {
        return Some(file);
    }
    let has_extension = relative.extension().is_some();
    (!has_extension).then(|| site.join("index.html")).filter(|f| f.is_file())
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "woff2" => "font/woff2",
        "json" => "application/json",
        "tsv" => "text/tab-separated-values; charset=utf-8",
        "png" => "image/png",
        _ => "application/octet-stream",
    }
}

fn respond(out: &mut TcpStream, status: &str, kind: &str, body: &[u8], head_only: bool) -> std::io::Result<()> {
    let headers = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n\
         Connection: close\r\n\r\n",
        body.len()
    );
    out.write_all(headers.as_bytes())?;
    if !head_only {
        out.write_all(body)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_refuses_escapes_and_falls_back_to_the_shell() {
        let dir = std::env::temp_dir().join(format!("dvc-serve-test-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("pkg")).unwrap();
        std::fs::write(dir.join("index.html"), "shell").unwrap();
        std::fs::write(dir.join("pkg/app.js"), "js").unwrap();
        assert_eq!(resolve(&dir, "/pkg/app.js"), Some(dir.join("pkg/app.js")));
        assert_eq!(resolve(&dir, "/components/button"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/"), Some(dir.join("index.html")));
        assert_eq!(resolve(&dir, "/missing.js"), None);
        assert_eq!(resolve(&dir, "/../etc/passwd"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
