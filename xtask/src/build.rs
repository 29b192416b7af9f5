//! Building the demo: its server binary (feature ssr) and target/site, the files it serves:
//! the kit's behaviour module (`behaviour`: one minified JavaScript bundle), the kit's
//! stylesheet bundled into one file with its fonts, content-hashed names with a
//! manifest.json, and brotli/gzip copies of each compressible file.

use crate::run::status;
use crate::tools;
use crate::{root, Failure, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn site_dir() -> PathBuf {
    root().join("target").join("site")
}

/// How the demo's server binary is compiled: `Debug` for `demo`, `build` and the tests (one
/// build, quick to compile, fast enough to render a page in milliseconds), `Release` for the
/// bench. The WebAssembly is the size-optimised release build either way.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    Debug,
    Release,
}

/// The server binary built by [`build_demo`].
pub fn server_binary(profile: Profile) -> PathBuf {
    let dir = if profile == Profile::Release {
        "release"
    } else {
        "debug"
    };
    root().join("target").join(dir).join("dvc-demo")
}

/// Builds the whole demo: the server binary and the site folder it serves (returned).
pub fn build_demo(profile: Profile) -> Result<PathBuf> {
    let root = root();
    let site = site_dir();
    println!("xtask: building the demo's server (feature ssr)…");
    let mut server = Command::new("cargo");
    server
        .args([
            "build",
            "-p",
            "dvc-demo",
            "--bin",
            "dvc-demo",
            "--features",
            "ssr",
        ])
        .current_dir(&root);
    if profile == Profile::Release {
        server.arg("--release");
    }
    status(&mut server, "building the demo's server")?;

    if site.exists() {
        fs::remove_dir_all(&site)?;
    }
    let pkg = site.join("pkg");
    fs::create_dir_all(&pkg)?;
    crate::behaviour::build(&pkg)?;

    // Old-address tables, one file per pre-2025 province, fetched only when needed.
    let old = site.join("data/old");
    fs::create_dir_all(&old)?;
    for (code, text) in dvc_rules::divisions::old_province_files() {
        fs::write(old.join(format!("{code}.tsv")), text)?;
    }

    // The communes of each 2025 province, fetched by AddressInput when one is chosen.
    let communes = site.join("data/communes");
    fs::create_dir_all(&communes)?;
    for (code, text) in dvc_rules::divisions::commune_files() {
        fs::write(communes.join(format!("{code}.tsv")), text)?;
    }

    // Province themes: token overrides and logos, refused when a contrast pair fails.
    crate::themes::build(&root, &site)?;

    let css = bundle_css(&root.join("style/dvc-ui.css"))?;
    fs::write(site.join("dvc-ui.css"), &css)?;
    copy_fonts(&css, &site.join("fonts"))?;
    for (from, to) in [
        ("demo/assets/boot.js", "boot.js"),
        ("demo/assets/demo.css", "demo.css"),
        ("demo/assets/favicon.svg", "favicon.svg"),
    ] {
        fs::copy(root.join(from), site.join(to))
            .map_err(|e| Failure(format!("copying {from}: {e}")))?;
    }
    hash_names(&site)?;
    precompress(&site)?;
    println!("xtask: demo built in {}", site.display());
    Ok(site)
}

/// The hydrating test app (`tests/hydrate-app`) in `target/hydrate-app/` (returned): its page
/// as its server renders it (`index.html`, feature `ssr`) and its WebAssembly with the glue
/// (`pkg/`, feature `hydrate`, a debug build: a test fixture, never shipped, whose Leptos
/// reports hydration mismatches in full).
pub fn build_hydrate_app() -> Result<PathBuf> {
    let root = root();
    let out = root.join("target").join("hydrate-app");
    println!("xtask: building the hydrating test app (ssr page, hydrate WebAssembly)…");
    if out.exists() {
        fs::remove_dir_all(&out)?;
    }
    let pkg = out.join("pkg");
    fs::create_dir_all(&pkg)?;
    status(
        Command::new("cargo")
            .args([
                "build",
                "-p",
                "dvc-hydrate-app",
                "--lib",
                "--features",
                "hydrate",
            ])
            .args(["--target", "wasm32-unknown-unknown"])
            .current_dir(&root),
        "building the hydrating test app's WebAssembly",
    )?;
    status(
        Command::new(tools::wasm_bindgen())
            .args(["--target", "web", "--no-typescript", "--out-dir"])
            .arg(&pkg)
            .arg(root.join("target/wasm32-unknown-unknown/debug/dvc_hydrate_app.wasm")),
        "wasm-bindgen (hydrating test app)",
    )?;
    let page = Command::new("cargo")
        .args(["run", "-q", "-p", "dvc-hydrate-app", "--features", "ssr"])
        .current_dir(&root)
        .output()?;
    if !page.status.success() {
        return Err(Failure(format!(
            "the hydrating test app did not render its page: {}",
            String::from_utf8_lossy(&page.stderr)
        )));
    }
    fs::write(out.join("index.html"), page.stdout)?;
    Ok(out)
}

/// Files renamed to carry a hash of their content (cached for a year by browsers), fonts
/// first so the stylesheet names the hashed fonts before it is hashed itself. Writes
/// `manifest.json` (plain name → hashed name), which the server reads.
fn hash_names(site: &Path) -> Result {
    let mut manifest = std::collections::BTreeMap::new();
    let mut fonts: Vec<PathBuf> = fs::read_dir(site.join("fonts"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "woff2"))
        .collect();
    fonts.sort();
    let mut css = fs::read_to_string(site.join("dvc-ui.css"))?;
    for font in fonts {
        let name = font
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let hashed = dvc_hash(&name, &fs::read(&font)?);
        fs::rename(&font, site.join("fonts").join(&hashed))?;
        css = css.replace(
            &format!("url(\"fonts/{name}\")"),
            &format!("url(\"fonts/{hashed}\")"),
        );
        manifest.insert(format!("fonts/{name}"), format!("fonts/{hashed}"));
    }
    fs::write(site.join("dvc-ui.css"), css)?;
    let names = ["dvc-ui.css", "demo.css", "boot.js", "pkg/dvc-enhance.js"];
    for name in names {
        let from = site.join(name);
        let hashed = dvc_hash(name, &fs::read(&from)?);
        fs::rename(&from, site.join(&hashed))?;
        manifest.insert(name.to_string(), hashed);
    }
    fs::write(
        site.join("manifest.json"),
        serde_json::to_string_pretty(&manifest)?,
    )?;
    Ok(())
}

/// `dir/name.ext` → `dir/name.HASH.ext`, with the hash `dvc-server` recognises.
fn dvc_hash(name: &str, bytes: &[u8]) -> String {
    let (dir, file) = name
        .rsplit_once('/')
        .map(|(d, f)| (format!("{d}/"), f))
        .unwrap_or((String::new(), name));
    format!("{dir}{}", dvc_server::assets::hashed_name(file, bytes))
}

/// Writes `NAME.br` (brotli 11) and `NAME.gz` (gzip 9) beside every text or wasm file, for
/// the server to send whichever the browser accepts without compressing per request.
fn precompress(site: &Path) -> Result {
    let mut stack = vec![site.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir)?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !matches!(ext, "js" | "wasm" | "css" | "svg" | "tsv" | "json" | "html") {
                continue;
            }
            let bytes = fs::read(&path)?;
            let with = |suffix: &str| PathBuf::from(format!("{}.{suffix}", path.display()));
            fs::write(with("br"), crate::bench::brotli_bytes(&bytes)?)?;
            fs::write(with("gz"), crate::bench::gzip_bytes(&bytes)?)?;
        }
    }
    Ok(())
}

/// The stylesheet with every `@import "file";` replaced by that file's contents (recursively,
/// relative to the importing file), so the page loads one CSS file.
pub fn bundle_css(entry: &Path) -> Result<String> {
    let text = fs::read_to_string(entry)
        .map_err(|e| Failure(format!("reading {}: {e}", entry.display())))?;
    let dir = entry.parent().unwrap_or(Path::new("."));
    let mut out = String::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(rest) = trimmed.strip_prefix("@import") {
            let name = rest.trim().trim_end_matches(';').trim().trim_matches('"');
            out.push_str(&bundle_css(&dir.join(name))?);
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Copies every font the stylesheet names (`url("fonts/NAME")`) and the font's licence.
fn copy_fonts(css: &str, to: &Path) -> Result {
    fs::create_dir_all(to)?;
    let from = tools::font_dir();
    for part in css.split("url(\"fonts/").skip(1) {
        let name = part.split('"').next().unwrap_or_default();
        fs::copy(from.join("files").join(name), to.join(name)).map_err(|e| {
            Failure(format!(
                "font {name} not found in {} ({e}); run `cargo xtask build` again",
                from.display()
            ))
        })?;
    }
    fs::copy(from.join("LICENSE"), to.join("LICENSE"))?;
    Ok(())
}
