//! `cargo xtask`: the project's one entry point for set-up, build, serve, test and bench.
//!
//! Owns the developer workflow: installing what is missing (idempotently), building the
//! demo, serving it, running every test layer and measuring shipped bytes. It must not
//! contain component or rule logic.

mod behaviour;
mod bench;
mod build;
mod data;
mod postgres;
mod run;
mod serve;
mod style;
mod test;
mod themes;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

  demo [--host H] [--port N]
                    install what is missing, build the demo (server: feature ssr, debug
                    build, shared with the tests; the behaviour module: one
                    minified JavaScript bundle) and serve it on
                    http://127.0.0.1:8080 (or H:N). Ctrl-C stops.
  build             build the demo's server (target/debug/dvc-demo) and target/site
                    without serving them
  test              install what is missing, then run every test layer: native (rules,
                    SSR markup, style contrast), browser (wasm-bindgen-test in headless
                    Chromium) and end-to-end (the built demo, axe-core, reflow, keyboard)
  bench             build the demo (server: release); write shipped bytes and Lighthouse
                    scores to bench/RESULTS.md
  postgres          start a throw-away PostgreSQL (Debian's package, installed if missing)
                    in target/postgres and print its address, for
                    `DVC_TEST_POSTGRES=… cargo test` or `dvc-demo --database …`. Ctrl-C stops
  data              regenerate rules/data/*.tsv from ../shared/data (official divisions)
  procedure check FILE…
                    check procedure files (dvc-procedure): each problem with its file,
                    line, field and fix; exit status 1 when one has a problem
  help              this text
";

/// A failure explained in one sentence to the person at the terminal.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

pub type Result<T = ()> = std::result::Result<T, Failure>;

/// The workspace root (the folder holding the top Cargo.toml).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = args.first().map(String::as_str).unwrap_or("help");
    let outcome = match command {
        "demo" => demo_args(&args[1..]).and_then(|(host, port)| {
            tools::ensure_demo_tools()?;
            let site = build::build_demo(build::Profile::Debug)?;
            serve::serve_forever(&site, build::Profile::Debug, &host, port)
        }),
        "build" => tools::ensure_build_tools()
            .and_then(|_| build::build_demo(build::Profile::Debug).map(|_| ())),
        "test" => test::run_all(),
        "bench" => tools::ensure_bench_tools().and_then(|_| bench::run()),
        "data" => data::run(),
        "postgres" => postgres::Postgres::start().map(|pg| {
            println!("{}", pg.url());
            loop {
                std::thread::park();
            }
        }),
        "procedure" => procedure(&args[1..]),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(Failure(format!(
            "unknown command `{other}`; see `cargo xtask help`"
        ))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(why)) => {
            eprintln!("\nxtask: {why}");
            ExitCode::FAILURE
        }
    }
}

/// `procedure check FILE…`.
fn procedure(args: &[String]) -> Result {
    let (Some("check"), files) = (args.first().map(String::as_str), &args[1.min(args.len())..])
    else {
        return Err(Failure("write `cargo xtask procedure check FILE…`".into()));
    };
    if files.is_empty() {
        return Err(Failure(
            "name the procedure files to check (`demo/procedures/*.toml`)".into(),
        ));
    }
    let paths: Vec<PathBuf> = files.iter().map(PathBuf::from).collect();
    if dvc_procedure::check_files(&paths, &mut std::io::stdout()) {
        Ok(())
    } else {
        Err(Failure("a procedure file has problems (see above)".into()))
    }
}

/// `--host H` and `--port N`, in any order (default 127.0.0.1:8080).
fn demo_args(args: &[String]) -> Result<(String, u16)> {
    let (mut host, mut port) = ("127.0.0.1".to_string(), 8080);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        match (flag.as_str(), rest.next()) {
            ("--port", Some(v)) => {
                port = v.parse().ok().filter(|p| *p > 0).ok_or_else(|| {
                    Failure(format!("--port needs a number from 1 to 65535, not `{v}`"))
                })?
            }
            ("--host", Some(v)) => {
                v.parse::<std::net::IpAddr>().map_err(|_| {
                    Failure(format!(
                        "--host needs an IP address such as 127.0.0.1, not `{v}`"
                    ))
                })?;
                host = v.clone();
            }
            _ => {
                return Err(Failure(
                    "usage: cargo xtask demo [--host 127.0.0.1] [--port 8080]".into(),
                ))
            }
        }
    }
    Ok((host, port))
}
