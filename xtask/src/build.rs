//! Building the demo into target/site: the wasm (size profile), wasm-bindgen's JS, wasm-opt
//! -Oz, the kit's stylesheet bundled into one file with its fonts, and the page shell.

use crate::run::status;
use crate::tools;
use crate::{root, Failure, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

pub fn site_dir() -> PathBuf {
    root().join("target").join("site")
}

/// Builds the whole demo and returns the folder to serve.
pub fn build_demo() -> Result<PathBuf> {
    let root = root();
    let site = site_dir();
    println!("xtask: building the demo (wasm32, size profile)…");
    status(
        Command::new("cargo")
            .args(["build", "-p", "dvc-demo", "--target", "wasm32-unknown-unknown", "--profile", "wasm-release"])
            .current_dir(&root),
        "building the demo's WebAssembly",
    )?;
    let raw = root.join("target/wasm32-unknown-unknown/wasm-release/dvc-demo.wasm");
    if site.exists() {
        fs::remove_dir_all(&site)?;
    }
    let pkg = site.join("pkg");
    fs::create_dir_all(&pkg)?;
    status(
        Command::new(tools::wasm_bindgen())
            .args(["--target", "web", "--no-typescript", "--out-name", "dvc_demo", "--out-dir"])
            .arg(&pkg)
            .arg(&raw),
        "wasm-bindgen",
    )?;
    let wasm = pkg.join("dvc_demo_bg.wasm");
    let optimised = pkg.join("dvc_demo_bg.opt.wasm");
    // rustc's wasm32 target enables these features by default since 1.82; binaryen must be
    // told, or it rejects e.g. `memory.copy` ("requires bulk memory operations").
    status(
        Command::new(tools::wasm_opt())
            .arg("-Oz")
            .args(WASM_FEATURES)
            .args(["--strip-debug", "--strip-producers"])
            .arg(&wasm)
            .arg("-o")
            .arg(&optimised),
        "wasm-opt -Oz",
    )?;
    fs::rename(&optimised, &wasm)?;

    // Old-address tables, one file per pre-2025 province, fetched only when needed.
    let old = site.join("data/old");
    fs::create_dir_all(&old)?;
    for (code, text) in dvc_rules::divisions::old_province_files() {
        fs::write(old.join(format!("{code}.tsv")), text)?;
    }

    let css = bundle_css(&root.join("style/dvc-ui.css"))?;
    fs::write(site.join("dvc-ui.css"), &css)?;
    copy_fonts(&css, &site.join("fonts"))?;
    for (from, to) in [
        ("index.html", "index.html"),
        ("demo/assets/boot.js", "boot.js"),
        ("demo/assets/demo.css", "demo.css"),
        ("demo/assets/favicon.svg", "favicon.svg"),
    ] {
        fs::copy(root.join(from), site.join(to)).map_err(|e| Failure(format!("copying {from}: {e}")))?;
    }
    println!("xtask: demo built in {}", site.display());
    Ok(site)
}

/// The stylesheet with every `@import "file";` replaced by that file's contents (recursively,
/// relative to the importing file), so the page loads one CSS file.
pub fn bundle_css(entry: &Path) -> Result<String> {
    let text = fs::read_to_string(entry).map_err(|e| Failure(format!("reading {}: {e}", entry.display())))?;
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
        fs::copy(from.join("files").join(name), to.join(name))
            .map_err(|e| Failure(format!("font {name} not found in {} ({e}); run `cargo xtask build` again", from.display())))?;
    }
    fs::copy(from.join("LICENSE"), to.join("LICENSE"))?;
    Ok(())
}
