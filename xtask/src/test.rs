//! `cargo xtask test`: every test layer, in order, each required to run at least one test:
//! 1. native — `cargo test` (rules, SSR markup, style contrast, xtask itself), the stores
//!    against SQLite and a real PostgreSQL started for the run (`DVC_TEST_POSTGRES`);
//! 2. browser — wasm-bindgen-test in headless Chromium;
//! 3. end-to-end — the built demo served on 127.0.0.1, crawled by node --test with
//!    playwright-core and axe-core;
//! 4. reference — dvc-rules compared with independent implementations from npm.
//! Ends with one line "N passed, N failed" and a non-zero exit if anything failed.

use crate::run::tee;
use crate::{build, root, serve, tools, Failure, Result};
use std::process::Command;

struct Layer {
    name: &'static str,
    ok: bool,
    passed: u64,
    failed: u64,
}

pub fn run_all() -> Result {
    tools::ensure_test_tools()?;
    let root = root();
    let mut layers = Vec::new();

    println!("\n== PostgreSQL for the stores' tests ==");
    let postgres = crate::postgres::Postgres::start()?;
    println!("PostgreSQL on 127.0.0.1:{}", postgres.port);

    println!("\n== native: cargo test (rules, SSR markup, styles, stores) ==");
    let (ok, out) = tee(Command::new("cargo")
        .args(["test", "--color", "never"])
        .env("DVC_TEST_POSTGRES", postgres.url())
        .current_dir(&root))?;
    layers.push(cargo_layer("native", ok, &out));

    println!("\n== demo server: cargo test -p dvc-demo --features ssr ==");
    let (ok, out) = tee(Command::new("cargo")
        .args([
            "test",
            "--color",
            "never",
            "-p",
            "dvc-demo",
            "--features",
            "ssr",
            "--lib",
        ])
        .current_dir(&root))?;
    layers.push(cargo_layer("demo server", ok, &out));

    println!("\n== browser: wasm-bindgen-test in headless Chromium ==");
    // The behaviours written in JavaScript, which the tests load as a classic script.
    crate::behaviour::build(&crate::behaviour::work_dir().join("pkg"))?;
    let (ok, out) = tee(Command::new("cargo")
        .args([
            "test",
            "--color",
            "never",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "dvc-ui",
            "--test",
            "browser",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            tools::wasm_bindgen_test_runner(),
        )
        .env("CHROMEDRIVER", tools::chromedriver())
        .env("DVC_ENHANCE_BUNDLE", crate::behaviour::test_bundle())
        .env("WASM_BINDGEN_TEST_TIMEOUT", "120")
        .current_dir(&root))?;
    layers.push(cargo_layer("browser", ok, &out));

    println!("\n== end-to-end: the built demo in headless Chromium ==");
    let site = build::build_demo(build::Profile::Debug)?;
    let hydrate_app = build::build_hydrate_app()?;
    let stand_ins = serve::StandIns::start()?;
    let server = serve::start_with(
        &site,
        build::Profile::Debug,
        0,
        &stand_ins,
        &serve::TEST_SETTINGS,
    )?;
    let port = server.port;
    // The database two demo processes share in the many-processes test.
    let shared = postgres.create_database("dvc_e2e")?;
    // The pages found by the first crawl of this run, shared by the test files after it.
    let crawl_file = root.join("target").join("e2e-crawl.json");
    let _ = std::fs::remove_file(&crawl_file);
    let (ok, out) = tee(Command::new("node")
        .args(["--test", "--test-concurrency=1", "e2e/"])
        .env("DEMO_URL", format!("http://127.0.0.1:{port}"))
        .env("E2E_CRAWL_FILE", &crawl_file)
        .env("CHROME_PATH", tools::chromium())
        .env("ZBARIMG", tools::zbarimg())
        .env(
            "GATEWAY_URL",
            format!("http://127.0.0.1:{}", stand_ins.gateway.port),
        )
        .env("IDP_URL", stand_ins.issuer())
        // For tests that start a server of their own (a short session, say), which pays
        // through the same stand-in.
        .env("DEMO_BIN", build::server_binary(build::Profile::Debug))
        .env("DVC_VNPAY_PAY_URL", stand_ins.gateway.pay_url())
        .envs(serve::TEST_SETTINGS)
        .env("DEMO_SITE", &site)
        .env("DVC_E2E_POSTGRES", &shared)
        .env("HYDRATE_APP", &hydrate_app)
        .current_dir(root.join("tests")))?;
    layers.push(node_layer("end-to-end", ok, &out));

    println!("\n== reference: dvc-rules against independent implementations (node) ==");
    let (ok, out) = tee(Command::new("node")
        .args(["--test", "rules/"])
        .current_dir(root.join("tests")))?;
    layers.push(node_layer("reference", ok, &out));

    println!("\n== summary ==");
    let mut all_ok = true;
    for l in &layers {
        let ran = l.passed + l.failed > 0;
        let verdict = match (l.ok, ran) {
            (true, true) => "ok",
            (true, false) => "RAN NO TEST",
            (false, _) => "FAILED",
        };
        all_ok &= l.ok && ran;
        println!(
            "  {:<11} {:>4} passed {:>4} failed   {verdict}",
            l.name, l.passed, l.failed
        );
    }
    let passed: u64 = layers.iter().map(|l| l.passed).sum();
    let failed: u64 = layers.iter().map(|l| l.failed).sum();
    println!("{passed} passed, {failed} failed");
    if all_ok {
        Ok(())
    } else {
        Err(Failure(
            "a test layer failed or ran no test (see the summary above)".into(),
        ))
    }
}

/// Adds up cargo's "test result: ok. N passed; M failed;" lines.
fn cargo_layer(name: &'static str, ok: bool, out: &str) -> Layer {
    let (mut passed, mut failed) = (0, 0);
    for line in out
        .lines()
        .filter(|l| l.trim_start().starts_with("test result:"))
    {
        passed += number_before(line, " passed");
        failed += number_before(line, " failed");
    }
    Layer {
        name,
        ok,
        passed,
        failed,
    }
}

/// Reads node's "# pass N" and "# fail N" summary lines.
fn node_layer(name: &'static str, ok: bool, out: &str) -> Layer {
    let count = |key: &str| {
        out.lines()
            .filter_map(|l| l.trim().strip_prefix(key))
            .filter_map(|n| n.trim().parse::<u64>().ok())
            .sum()
    };
    Layer {
        name,
        ok,
        passed: count("# pass "),
        failed: count("# fail "),
    }
}

/// The number just before `word` in `line` ("3 passed" → 3), or 0.
fn number_before(line: &str, word: &str) -> u64 {
    line.find(word)
        .and_then(|end| line[..end].rsplit(|c: char| !c.is_ascii_digit()).next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_cargo_and_node_summaries() {
        let cargo = "test result: ok. 9 passed; 0 failed; 0 ignored\nrunning 2\ntest result: FAILED. 1 passed; 1 failed;";
        let l = cargo_layer("x", false, cargo);
        assert_eq!((l.passed, l.failed), (10, 1));
        let node = "# tests 5\n# pass 4\n# fail 1\n";
        let l = node_layer("y", false, node);
        assert_eq!((l.passed, l.failed), (4, 1));
        assert_eq!(number_before("no numbers here", " passed"), 0);
    }
}
