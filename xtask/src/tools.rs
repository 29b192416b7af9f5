//! Installing what the build and the tests need, idempotently (seconds when present), from
//! the package registries only: the wasm32 target (rustup), wasm-bindgen-cli at exactly the
//! Cargo.lock version (crates.io, into target/tools), esbuild and the font (npm, tools/),
//! Chromium and its driver (Debian), the end-to-end test packages (npm, tests/).
//! When something cannot be installed, says in one sentence what is missing and how to
//! provide it.

use crate::run::{quiet, status};
use crate::{root, Failure, Result};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where project-local tools are installed (kept out of git with target/).
pub fn tools_dir() -> PathBuf {
    root().join("target").join("tools")
}

pub fn wasm_bindgen() -> PathBuf {
    tools_dir().join("bin").join("wasm-bindgen")
}

pub fn wasm_bindgen_test_runner() -> PathBuf {
    tools_dir().join("bin").join("wasm-bindgen-test-runner")
}

/// esbuild (npm, tools/): bundles the behaviours' JavaScript.
pub fn esbuild() -> PathBuf {
    root()
        .join("tools")
        .join("node_modules")
        .join(".bin")
        .join("esbuild")
}

/// The folder of the self-hosted font files (npm @fontsource/be-vietnam-pro).
pub fn font_dir() -> PathBuf {
    root().join("tools/node_modules/@fontsource/be-vietnam-pro")
}

/// Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium.
pub fn chromium() -> PathBuf {
    std::env::var_os("CHROME_PATH")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// ChromeDriver: $CHROMEDRIVER, else Debian's /usr/bin/chromedriver.
pub fn chromedriver() -> PathBuf {
    std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"))
}

/// What `cargo xtask demo`, `build` and `bench` need.
pub fn ensure_build_tools() -> Result {
    ensure_wasm_target()?;
    ensure_wasm_bindgen()?;
    ensure_npm_packages(&root().join("tools"))?;
    for tool in [esbuild()] {
        if !tool.exists() {
            return Err(Failure(format!(
                "{} is missing after `npm ci` in tools/; delete tools/node_modules and run again",
                tool.display()
            )));
        }
    }
    Ok(())
}

/// What `cargo xtask bench` needs on top of the build tools: Lighthouse (npm, bench/)
/// and Chromium.
pub fn ensure_bench_tools() -> Result {
    ensure_demo_tools()?;
    ensure_chromium()?;
    ensure_npm_packages(&root().join("bench"))
}

/// What `cargo xtask demo` needs on top of the build tools: the npm packages of tests/, where
/// the stand-ins the demo signs in and pays through live (the test identity provider runs
/// on npm `oidc-provider`).
pub fn ensure_demo_tools() -> Result {
    ensure_build_tools()?;
    ensure_npm_packages(&root().join("tests"))
}

/// What `cargo xtask test` needs on top of the build tools: Chromium, the end-to-end
/// packages (npm, tests/), Debian's zbar-tools (reads the drawn VietQR codes back) and a
/// Java runtime (runs the Nu Html Checker, npm `vnu-jar`).
pub fn ensure_test_tools() -> Result {
    ensure_demo_tools()?;
    ensure_chromium()?;
    ensure_zbar()?;
    ensure_java()
}

/// Java 11 or later on PATH, for the Nu Html Checker; Debian's headless runtime otherwise.
fn ensure_java() -> Result {
    if quiet(Command::new("java").arg("-version")).is_some() {
        return Ok(());
    }
    apt_install(
        &["default-jre-headless"],
        "Java is needed to run the Nu Html Checker (npm vnu-jar) but `java` is not on PATH; install a Java runtime (Debian: `sudo apt-get install default-jre-headless`)",
    )
}

/// `zbarimg`, the QR reader the end-to-end tests scan the drawn codes with.
pub fn zbarimg() -> PathBuf {
    std::env::var_os("ZBARIMG")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/zbarimg"))
}

fn ensure_zbar() -> Result {
    if zbarimg().exists() {
        return Ok(());
    }
    apt_install(
        &["zbar-tools"],
        &format!(
            "{} is missing: install it (Debian: `sudo apt-get install zbar-tools`) or set ZBARIMG",
            zbarimg().display()
        ),
    )
}

/// Installs Debian packages with apt-get when running as root on Debian; otherwise fails
/// with `otherwise`, which says how to install them by hand.
pub fn apt_install(packages: &[&str], otherwise: &str) -> Result {
    let is_root = quiet(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    if !(is_root && Path::new("/usr/bin/apt-get").exists()) {
        return Err(Failure(otherwise.to_string()));
    }
    println!(
        "xtask: installing Debian's {} (apt-get)…",
        packages.join(", ")
    );
    status(
        Command::new("apt-get").args(["update", "-qq"]),
        "`apt-get update` (check that the Debian mirror is reachable)",
    )?;
    status(
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
        &format!("`apt-get install {}`", packages.join(" ")),
    )
}

fn ensure_wasm_target() -> Result {
    let installed = quiet(Command::new("rustup").args(["target", "list", "--installed"])).ok_or_else(|| {
        Failure("`rustup` is not available: install Rust with rustup (https://rustup.rs) so the wasm32-unknown-unknown target can be added".into())
    })?;
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    println!("xtask: adding the wasm32-unknown-unknown target (rustup)…");
    status(
        Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        "`rustup target add wasm32-unknown-unknown`",
    )
}

/// The wasm-bindgen version pinned in Cargo.lock (the CLI must match it exactly).
pub fn locked_wasm_bindgen_version() -> Result<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| {
        Failure(format!(
            "cannot read Cargo.lock ({e}); run `cargo generate-lockfile`"
        ))
    })?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = \""))
            {
                return Ok(v.trim_end_matches('"').to_string());
            }
        }
    }
    Err(Failure(
        "Cargo.lock has no wasm-bindgen entry; run `cargo fetch` at the repository root".into(),
    ))
}

fn ensure_wasm_bindgen() -> Result {
    let version = locked_wasm_bindgen_version()?;
    let have = quiet(Command::new(wasm_bindgen()).arg("--version")).unwrap_or_default();
    let runner_ok = wasm_bindgen_test_runner().exists();
    if have.split_whitespace().nth(1) == Some(version.as_str()) && runner_ok {
        return Ok(());
    }
    println!("xtask: installing wasm-bindgen-cli {version} into target/tools (crates.io; takes 4–8 minutes once)…");
    // Not `--locked`: the published lock pins a crate version the registry no longer serves.
    status(
        Command::new("cargo")
            .args([
                "install",
                "wasm-bindgen-cli",
                "--force",
                "--version",
                &version,
                "--root",
            ])
            .arg(tools_dir()),
        "installing wasm-bindgen-cli from crates.io (check that crates.io is reachable)",
    )
}

/// `npm ci` in `dir` unless node_modules already matches its package-lock.json.
fn ensure_npm_packages(dir: &Path) -> Result {
    let lock = fs::read(dir.join("package-lock.json")).map_err(|e| {
        Failure(format!(
            "{}/package-lock.json cannot be read: {e}",
            dir.display()
        ))
    })?;
    let stamp = dir.join("node_modules").join(".dvc-installed-lock");
    if fs::read(&stamp).ok().as_deref() == Some(lock.as_slice()) {
        return Ok(());
    }
    if quiet(Command::new("npm").arg("--version")).is_none() {
        return Err(Failure("`npm` is not installed: install Node.js 20.6 or newer with npm (Debian: `apt-get install nodejs npm`) and run again".into()));
    }
    println!(
        "xtask: installing npm packages in {} (npm ci)…",
        dir.display()
    );
    status(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(dir),
        &format!(
            "`npm ci` in {} (check that the npm registry is reachable)",
            dir.display()
        ),
    )?;
    fs::write(&stamp, &lock)?;
    Ok(())
}

fn ensure_chromium() -> Result {
    if chromium().exists() && chromedriver().exists() {
        return Ok(());
    }
    apt_install(
        &["chromium", "chromium-driver"],
        &format!(
            "Chromium and ChromeDriver are needed for the browser tests but {} or {} is missing; install them (Debian: `sudo apt-get install chromium chromium-driver`) or set CHROME_PATH and CHROMEDRIVER",
            chromium().display(),
            chromedriver().display()
        ),
    )
}
