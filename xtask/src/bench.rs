//! `cargo xtask bench`: what the demo ships, file by file, in raw, gzip and brotli bytes, and
//! Lighthouse (mobile emulation, offline, Debian's Chromium) scores of key pages, load, and
//! the one-stop desk's queue over 10,000 dossiers; printed and written to bench/RESULTS.md.
//! A benchmark, not a test: it never fails on a number; compare rows of one run.

use crate::run::quiet;
use crate::{build, root, serve, tools, Failure, Result};
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn run() -> Result {
    let site = build::build_demo(build::Profile::Release)?;
    let mut files = Vec::new();
    collect(&site, &mut files)?;
    files.sort();
    let mut rows = Vec::new();
    for file in &files {
        let kind = match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
            "wasm" => "wasm",
            "js" => "js",
            "css" => "css",
            "woff2" => "font",
            "html" => "html",
            "svg" => "image",
            _ => continue,
        };
        let bytes = fs::read(file)?;
        let name = file
            .strip_prefix(&site)
            .unwrap_or(file)
            .display()
            .to_string();
        rows.push((kind, name, bytes.len(), gzip(&bytes)?, brotli(&bytes)?));
    }
    let mut table =
        String::from("| kind | file | raw | gzip -9 | brotli -11 |\n|---|---|---:|---:|---:|\n");
    for (kind, name, raw, gz, br) in &rows {
        writeln!(table, "| {kind} | {name} | {raw} | {gz} | {br} |").ok();
    }
    for kind in ["wasm", "js", "css", "font", "html", "image"] {
        let of_kind: Vec<_> = rows.iter().filter(|r| r.0 == kind).collect();
        let sum = |f: fn(&(&str, String, usize, usize, usize)) -> usize| {
            of_kind.iter().map(|r| f(r)).sum::<usize>()
        };
        writeln!(
            table,
            "| **{kind} total** | | {} | {} | {} |",
            sum(|r| r.2),
            sum(|r| r.3),
            sum(|r| r.4)
        )
        .ok();
    }
    let total =
        |f: fn(&(&str, String, usize, usize, usize)) -> usize| rows.iter().map(f).sum::<usize>();
    writeln!(
        table,
        "| **all** | | {} | {} | {} |",
        total(|r| r.2),
        total(|r| r.3),
        total(|r| r.4)
    )
    .ok();
    let fonts_note =
        "Fonts are downloaded only for the unicode-range a page uses (a Vietnamese page needs \
                      the latin and vietnamese subsets of each weight it shows; latin-ext only for \
                      letters such as ƀ č ŏ).";
    let data_rows = data_table()?;
    prepare_filter_bench(&site)?;
    let stand_ins = serve::StandIns::start()?;
    let server = serve::start_with(
        &site,
        build::Profile::Release,
        0,
        &stand_ins,
        &serve::TEST_SETTINGS,
    )?;
    let port = server.port;
    let pages = page_bytes_table(port)?;
    let lighthouse = lighthouse_table(port)?;
    let filter = filter_table(port)?;
    let (load, govuk_rate) = load_table(port, server.pid())?;
    drop(server);
    let engine_load = engine_load_table(&site, &stand_ins, govuk_rate)?;
    let queue = queue_table()?;
    let report = format!(
        "# dvc-ui benchmark\n\nWritten by `cargo xtask bench` (demo release build; \
         one behaviour module, `pkg/dvc-enhance.js`, minified by esbuild, for every page). Bytes of each shipped file (served as its `.br` copy to browsers \
         that accept brotli).\n\n## Shipped bytes\n\n{table}\n{fonts_note}\n\n\
         ## Bytes per page\n\n{pages}\n\
         Each page's HTML (raw: what the phone parses; then brotli -11), and what it makes \
         the browser download besides its HTML and fonts, as sent (brotli); \
         `tests/e2e/budget.test.mjs` holds every page to its budget. A page of \
         text and links loads no script; any other loads the kit's behaviour module, the same \
         file on every page (a page of text and links signed in too, for its session clock): \
         the server renders, the module enhances, nothing hydrates.\n\n\
         ## Division data the browser gets\n\n{data_rows}\n\
         ## Commune filter per keystroke (Chromium, all 3,321 communes)\n\n{filter}\n\
         Both widgets get the same keys (10 scripted queries typed one key at a time, 3 rounds); \
         a keystroke's time runs from its keydown to the last change of the option list. \
         accessible-autocomplete uses its default array source (substring match with \
         diacritics: \"thu duc\" finds nothing there); dvc-ui folds diacritics and short forms.\n\n\
         ## Lighthouse (mobile emulation, simulated slow 4G)\n\n{lighthouse}\n\
         The demo is rendered on its server (feature `ssr`) and served precompressed: the page \
         paints with its HTML, CSS and fonts; the behaviour module (pkg/dvc-enhance.js) starts \
         after the `load` event. \"transferred\" is Lighthouse's total byte weight of the page, \
         the behaviour module included.\n"
    );
    let report = format!(
        "{report}\n## Load: the one-page form at 50 connections (release build, one process, 127.0.0.1)\n\n{load}\n\
         npm autocannon 8, connections kept alive, 10 s a target, one after another on the same \
         machine as the servers (2 cores shared by the load generator and the server, so the \
         figures are lower bounds). The form is about 18 KB of HTML: its address asks for the province first and brings that province's communes with a second request (GOV.UK's pattern for a long dependent list), and the Nunjucks page is built the same way.\n\n\
         ## Load: the procedure engine, every citizen's state in the database\n\n{engine_load}\n\
         bench/engine-load.mjs: a question page for a signed-in citizen and a valid answer to it \
         at 50 connections (split over the processes, one autocannon each), 10 s each; then \
         100,000 anonymous requests (a procedure's start page, a sign-in start, a post without a \
         session: a third each). PostgreSQL is Debian's, a throw-away cluster on this machine \
         (`fsync=off`, as the tests'), so its figures are the database's CPU cost, not a disk's. \
         RSS is the sum over the target's processes.\n\n\
         ## The one-stop desk's queue over 10,000 dossiers\n\n{queue}\n\
         server/examples/queue-bench.rs: 10,000 dossiers of the agency and 1,000 of another, \
         opened and moved through the kit's own calls (a transaction each), then each view \
         asked 30 times after 3 unmeasured: the store's time for one page of 20 with its \
         total and the count of each status (what the desk's page shows), in the release build. \
         The budget is the 95th percentile of one page.\n"
    );
    println!("\n{pages}\n{data_rows}\n{filter}\n{lighthouse}\n{load}\n{engine_load}\n{queue}");
    println!("\n{table}");
    let out = root().join("bench").join("RESULTS.md");
    fs::create_dir_all(out.parent().unwrap_or(Path::new(".")))?;
    fs::write(&out, report)?;
    println!("xtask: written to {}", out.display());
    Ok(())
}

/// Raw, gzip and brotli bytes of the division tables the kit embeds (rules/data).
fn data_table() -> Result<String> {
    let mut table =
        String::from("| table | rows | raw | gzip -9 | brotli -11 |\n|---|---:|---:|---:|---:|\n");
    for name in [
        "provinces-2025.tsv",
        "communes-2025.tsv",
        "provinces-pre2025.tsv",
        "districts-pre2025.tsv",
        "conversion-2025.tsv",
    ] {
        let bytes = fs::read(root().join("rules/data").join(name))?;
        let rows = bytes.iter().filter(|b| **b == b'\n').count();
        writeln!(
            table,
            "| {name} | {rows} | {} | {} | {} |",
            bytes.len(),
            gzip(&bytes)?,
            brotli(&bytes)?
        )
        .ok();
    }
    table.push_str(
        "\nWhat the browser gets: the behaviour module embeds the 2025 provinces, the commune \
         codes (1.7 KB brotli, to check a posted code) and the pre-2025 provinces (ID numbers); \
         AddressInput fetches the chosen province's communes (`data/communes/PP.tsv`) and \
         OldAddressFinder the chosen old province's table (`data/old/PP.tsv`). The server has \
         every table.\n",
    );
    Ok(table)
}

/// Puts GOV.UK's accessible-autocomplete and the same commune names beside the demo.
fn prepare_filter_bench(site: &Path) -> Result {
    let out = site.join("bench");
    fs::create_dir_all(&out)?;
    let aa = root().join("bench/node_modules/accessible-autocomplete/dist");
    for f in [
        "accessible-autocomplete.min.js",
        "accessible-autocomplete.min.css",
    ] {
        fs::copy(aa.join(f), out.join(f))?;
    }
    for f in ["aa.html", "aa-boot.js"] {
        fs::copy(root().join("bench").join(f), out.join(f))?;
    }
    let tsv = fs::read_to_string(root().join("rules/data/communes-2025.tsv"))?;
    fs::write(out.join("communes-2025.tsv"), &tsv)?;
    let names: Vec<&str> = tsv.lines().filter_map(|l| l.split('\t').nth(2)).collect();
    fs::write(out.join("communes.json"), serde_json::to_string(&names)?)?;
    Ok(())
}

fn filter_table(port: u16) -> Result<String> {
    println!("xtask: commune filter per keystroke (dvc-ui and accessible-autocomplete)…");
    let out = quiet(
        Command::new("node")
            .arg("commune-filter.mjs")
            .env("DEMO_URL", format!("http://127.0.0.1:{port}"))
            .env("CHROME_PATH", tools::chromium())
            .current_dir(root().join("bench")),
    )
    .ok_or_else(|| {
        Failure("the commune filter benchmark failed (node bench/commune-filter.mjs)".into())
    })?;
    let json: serde_json::Value = serde_json::from_str(out.trim().lines().last().unwrap_or("{}"))?;
    let mut table =
        String::from("| widget | keystrokes | median (ms) | p95 (ms) |\n|---|---:|---:|---:|\n");
    for (key, label) in [
        ("dvc_ui", "dvc-ui Combobox (JavaScript)"),
        ("accessible_autocomplete", "accessible-autocomplete 3.0.1"),
    ] {
        let r = &json[key];
        writeln!(
            table,
            "| {label} | {} | {} | {} |",
            r["keystrokes"], r["median_ms"], r["p95_ms"]
        )
        .ok();
    }
    Ok(table)
}

/// Requests per second for the one-page form at 50 connections (bench/load.mjs: npm
/// autocannon, the release server's memory from /proc), beside GOV.UK Frontend's Nunjucks
/// rendering of the same form on Node, loaded the same way in the same run.
fn load_table(port: u16, pid: u32) -> Result<(String, Option<f64>)> {
    println!("xtask: load (autocannon, 50 connections, 10 s a target)…");
    let out = quiet(
        Command::new("node")
            .args([
                "load.mjs",
                &format!("http://127.0.0.1:{port}"),
                &pid.to_string(),
                "10",
            ])
            .current_dir(root().join("bench")),
    )
    .ok_or_else(|| Failure("the load benchmark failed (node bench/load.mjs)".into()))?;
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(out.trim().lines().last().unwrap_or("[]"))?;
    let mut table = String::from(
        "| server | requests/s | p50 (ms) | p99 (ms) | errors | KB a response | RSS before / peak / after (MB) |\n|---|---:|---:|---:|---:|---:|---|\n",
    );
    for r in &rows {
        writeln!(
            table,
            "| {} | {} | {} | {} | {} | {} | {} / {} / {} |",
            r["name"].as_str().unwrap_or(""),
            r["requests_per_second"],
            r["p50_ms"],
            r["p99_ms"],
            r["errors"],
            r["kilobytes_per_response"],
            r["rss_before_mb"],
            r["rss_peak_mb"],
            r["rss_after_mb"]
        )
        .ok();
    }
    let rate = |i: usize| rows.get(i).and_then(|r| r["requests_per_second"].as_f64());
    if let (Some(ours), Some(govuk)) = (rate(1), rate(2)) {
        writeln!(
            table,
            "\nUncompressed, the same form: dvc-ui serves **{:.1}×** the requests of the Nunjucks page in the same run.",
            ours / govuk.max(1.0)
        )
        .ok();
    }
    Ok((table, rate(2)))
}

/// The procedure engine under load with every citizen's state in the database
/// (bench/engine-load.mjs): SQLite in one process, PostgreSQL in one and in two processes
/// sharing it (a throw-away cluster, as the tests'), release builds.
fn engine_load_table(
    site: &Path,
    stand_ins: &serve::StandIns,
    govuk_rate: Option<f64>,
) -> Result<String> {
    println!("xtask: the engine under load (SQLite; PostgreSQL, one and two processes)…");
    let postgres = crate::postgres::Postgres::start()?;
    let with = |url: &str| {
        let mut env: Vec<(&str, String)> = serve::TEST_SETTINGS
            .iter()
            .map(|(k, v)| (*k, v.to_string()))
            .collect();
        env.push(("DVC_DATABASE_URL", url.to_string()));
        env
    };
    let start = |env: &[(&str, String)]| {
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        serve::start_with(site, build::Profile::Release, 0, stand_ins, &env)
    };
    let sqlite = serve::start_with(
        site,
        build::Profile::Release,
        0,
        stand_ins,
        &serve::TEST_SETTINGS,
    )?;
    let one = with(&postgres.create_database("bench_one")?);
    let pg_one = start(&one)?;
    let two = with(&postgres.create_database("bench_two")?);
    let (pg_a, pg_b) = (start(&two)?, start(&two)?);
    let server = |s: &serve::Server| serde_json::json!({ "url": format!("http://127.0.0.1:{}", s.port), "pid": s.pid() });
    let targets = serde_json::json!([
        { "name": "SQLite, 1 process", "servers": [server(&sqlite)] },
        { "name": "PostgreSQL, 1 process", "servers": [server(&pg_one)] },
        { "name": "PostgreSQL, 2 processes", "servers": [server(&pg_a), server(&pg_b)] },
    ]);
    let out = quiet(
        Command::new("node")
            .args(["engine-load.mjs", "10", &targets.to_string()])
            .env("CHROME_PATH", crate::tools::chromium())
            .current_dir(root().join("bench")),
    )
    .ok_or_else(|| {
        Failure("the engine's load benchmark failed (node bench/engine-load.mjs)".into())
    })?;
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(out.trim().lines().last().unwrap_or("[]"))?;
    let mut table = String::from(
        "| database, processes | load | requests/s | p50 (ms) | p99 (ms) | errors | RSS before / peak / after (MB) |\n|---|---|---:|---:|---:|---:|---|\n",
    );
    for r in &rows {
        writeln!(
            table,
            "| {} | {} | {} | {} | {} | {} | {} / {} / {} |",
            r["name"].as_str().unwrap_or(""),
            r["load"].as_str().unwrap_or(""),
            r["requests_per_second"],
            r["p50_ms"],
            r["p99_ms"],
            r["errors"],
            r["rss_before_mb"],
            r["rss_peak_mb"],
            r["rss_after_mb"]
        )
        .ok();
    }
    let ours = rows.first().and_then(|r| r["requests_per_second"].as_f64());
    if let (Some(ours), Some(govuk)) = (ours, govuk_rate) {
        writeln!(
            table,
            "\nIn the same run, GOV.UK Frontend's Nunjucks page served {govuk:.0} requests/s (it reads and writes nothing); the engine's question page, its session renewed and its draft read in SQLite on every request, {ours:.0}: **{:.1}×**. The pages differ (one question against the whole one-page form): the like-for-like ratio is the form's, above.",
            ours / govuk.max(1.0)
        )
        .ok();
    }
    Ok(table)
}

/// The desk's queue over 10,000 dossiers, on SQLite (a file) and PostgreSQL
/// (server/examples/queue-bench.rs).
fn queue_table() -> Result<String> {
    println!("xtask: the desk's queue over 10,000 dossiers (SQLite, PostgreSQL)…");
    let postgres = crate::postgres::Postgres::start()?;
    let sqlite = root().join("target").join("bench-queue.sqlite");
    for end in ["", "-wal", "-shm"] {
        let _ = fs::remove_file(format!("{}{end}", sqlite.display()));
    }
    let out = quiet(Command::new("cargo").current_dir(root()).args([
        "run",
        "--release",
        "-q",
        "-p",
        "dvc-server",
        "--example",
        "queue-bench",
        "--",
        &format!("sqlite://{}", sqlite.display()),
        &postgres.create_database("bench_queue")?,
    ]))
    .ok_or_else(|| {
        Failure("the queue's benchmark failed (server/examples/queue-bench.rs)".into())
    })?;
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(out.trim().lines().last().unwrap_or("[]"))?;
    let mut table = String::from(
        "| database | view | matching | p50 (ms) | p95 (ms) | budget p95 (ms) | |\n|---|---|---:|---:|---:|---:|---|\n",
    );
    for r in &rows {
        writeln!(
            table,
            "| {} | {} | {} | {} | {} | {} | {} |",
            r["database"].as_str().unwrap_or(""),
            r["view"].as_str().unwrap_or(""),
            r["matching"],
            r["p50_ms"],
            r["p95_ms"],
            r["budget_ms"],
            if r["within"].as_bool() == Some(true) {
                "within"
            } else {
                "**over**"
            }
        )
        .ok();
    }
    if let Some(r) = rows.first() {
        writeln!(table, "\nFilling took {} s on SQLite.", r["fill_s"]).ok();
    }
    Ok(table)
}

/// Pages weighed: the start page, a component page, the one-page form, a procedure's start
/// page, and a page of text and links.
const WEIGHED_PAGES: [&str; 6] = [
    "/",
    "/components/text-input",
    "/examples/dang-ky-thong-tin-ca-nhan",
    "/thu-tuc/dang-ky-thuong-tru",
    "/dang-nhap",
    "/da-dang-xuat",
];

/// The bytes of each of [`WEIGHED_PAGES`]'s HTML and of the CSS, JavaScript and WebAssembly
/// it loads, and what blocks its first paint (tests/e2e/page-weight.mjs).
fn page_bytes_table(port: u16) -> Result<String> {
    let tests = root().join("tests");
    let out = Command::new("node")
        .arg("e2e/page-weight.mjs")
        .arg(format!("http://127.0.0.1:{port}"))
        .args(WEIGHED_PAGES)
        .current_dir(&tests)
        .output()?;
    if !out.status.success() {
        return Err(Failure(format!(
            "weighing pages failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    let govuk = govuk_frontend_bytes()?;
    let mut table = String::from(
        "| page | HTML (raw) | HTML | CSS | JS | wasm | total | × GOV.UK Frontend | blocks first paint |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n",
    );
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let row: serde_json::Value = serde_json::from_str(line)?;
        let blocking = row["blocking"].as_array().map_or(0, Vec::len);
        let ratio = row["total"].as_u64().unwrap_or(0) as f64 / govuk as f64;
        writeln!(
            table,
            "| {} | {} | {} | {} | {} | {} | {} | {ratio:.1} | {} |",
            row["path"].as_str().unwrap_or("?"),
            row["html"],
            row["html_brotli"],
            row["css"],
            row["js"],
            row["wasm"],
            row["total"],
            if blocking == 0 {
                "nothing".to_string()
            } else {
                format!("{blocking} scripts")
            },
        )
        .ok();
    }
    writeln!(
        table,
        "\nThe anchor, measured in the same run: GOV.UK Frontend {GOVUK_FRONTEND}'s built \
         stylesheet and script (npm `govuk-frontend`, `dist/govuk/govuk-frontend.min.css` and \
         `.min.js`, brotli -11), what a GOV.UK page with a form loads: {govuk} B."
    )
    .ok();
    Ok(table)
}

/// The npm `govuk-frontend` the bench installs (bench/package.json).
const GOVUK_FRONTEND: &str = "6.6.0";

/// GOV.UK Frontend's built CSS and JavaScript, brotli -11, in bytes.
fn govuk_frontend_bytes() -> Result<usize> {
    let dist = root().join("bench/node_modules/govuk-frontend/dist/govuk");
    let mut total = 0;
    for file in ["govuk-frontend.min.css", "govuk-frontend.min.js"] {
        let bytes = std::fs::read(dist.join(file))
            .map_err(|e| Failure(format!("reading GOV.UK Frontend's {file}: {e}")))?;
        total += brotli_bytes(&bytes)?.len();
    }
    Ok(total)
}

/// Pages measured by Lighthouse: the home page, the one-page form, a procedure's start page
/// (its question pages need a signed-in citizen, which Lighthouse is not: they answer with
/// the sign-in page, measured on its own) and the sign-in page.
const LIGHTHOUSE_PAGES: [&str; 4] = [
    "/",
    "/examples/dang-ky-thong-tin-ca-nhan",
    "/thu-tuc/dang-ky-thuong-tru",
    "/dang-nhap",
];

/// Lighthouse runs per page: the row shown is the run with the median performance score
/// (single runs on a shared machine put the one-page form at 90 and at 97).
const LIGHTHOUSE_RUNS: usize = 3;

fn lighthouse_table(port: u16) -> Result<String> {
    let mut table = String::from("| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS | transferred | performance in each run |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for page in LIGHTHOUSE_PAGES {
        let mut runs = Vec::new();
        for run in 1..=LIGHTHOUSE_RUNS {
            println!("xtask: Lighthouse {page} ({run} of {LIGHTHOUSE_RUNS})…");
            // A run may fail on its own (seen once on "/": the same page then passed).
            match lighthouse(port, page) {
                Ok(json) => runs.push(json),
                Err(Failure(e)) => println!("xtask: {e}; counting the other runs"),
            }
        }
        if runs.is_empty() {
            return Err(Failure(format!("Lighthouse failed on {page} in every run")));
        }
        let performance = |json: &serde_json::Value| {
            json["categories"]["performance"]["score"]
                .as_f64()
                .unwrap_or(0.0)
        };
        let each = runs
            .iter()
            .map(|j| format!("{:.0}", performance(j) * 100.0))
            .collect::<Vec<_>>()
            .join(", ");
        runs.sort_by(|a, b| performance(a).total_cmp(&performance(b)));
        let json = &runs[runs.len() / 2];
        let score = |c: &str| {
            json["categories"][c]["score"]
                .as_f64()
                .map(|s| format!("{:.0}", s * 100.0))
                .unwrap_or("–".into())
        };
        let audit = |a: &str| {
            json["audits"][a]["displayValue"]
                .as_str()
                .unwrap_or("–")
                .replace('\u{a0}', " ")
        };
        writeln!(
            table,
            "| {page} | {} | {} | {} | {} | {} | {} | {} | {} | {each} |",
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            audit("first-contentful-paint"),
            audit("largest-contentful-paint"),
            audit("total-blocking-time"),
            audit("cumulative-layout-shift"),
            audit("total-byte-weight"),
        )
        .ok();
    }
    Ok(table)
}

/// One Lighthouse run (mobile emulation) of `page`: its JSON report.
fn lighthouse(port: u16, page: &str) -> Result<serde_json::Value> {
    let bin = root().join("bench/node_modules/.bin/lighthouse");
    let out = std::env::temp_dir().join(format!("dvc-lighthouse-{}.json", std::process::id()));
    quiet(
        Command::new(&bin)
            .arg(format!("http://127.0.0.1:{port}{page}"))
            .arg("--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync")
            .args(["--output=json", "--quiet", "--only-categories=performance,accessibility,best-practices"])
            .arg(format!("--output-path={}", out.display()))
            .env("CHROME_PATH", tools::chromium()),
    )
    .ok_or_else(|| Failure(format!("Lighthouse failed on {page}")))?;
    let json = serde_json::from_str(&fs::read_to_string(&out)?)?;
    let _ = fs::remove_file(&out);
    Ok(json)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

fn gzip(bytes: &[u8]) -> Result<usize> {
    Ok(gzip_bytes(bytes)?.len())
}

fn brotli(bytes: &[u8]) -> Result<usize> {
    Ok(brotli_bytes(bytes)?.len())
}

/// gzip -9 of `bytes`.
pub fn gzip_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?)
}

/// brotli -11 of `bytes`.
pub fn brotli_bytes(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

#[cfg(test)]
mod anchor_tests {
    /// The version the bench names is the one bench/package.json installs.
    #[test]
    fn the_govuk_frontend_named_is_the_one_installed() {
        let manifest = std::fs::read_to_string(crate::root().join("bench/package.json")).unwrap();
        assert!(
            manifest.contains(&format!(
                "\"govuk-frontend\": \"{}\"",
                super::GOVUK_FRONTEND
            )),
            "bench/package.json installs another govuk-frontend"
        );
    }
}
