//! `cargo xtask`: the project's one entry point for set-up, build, serve, test and bench.
//!
//! Owns the developer workflow: installing what is missing (idempotently), building the
//! demo, serving it, running every test layer and measuring shipped bytes. It must not
//! contain component or rule logic.

mod bench;
mod build;
mod data;
mod run;
mod serve;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
cargo xtask <command>

  demo [--port N]   install what is missing, build the demo (release, wasm-opt -Oz) and
                    serve it on http://127.0.0.1:8080 (or port N). Ctrl-C stops.
  build             build the demo into target/site without serving it
  test              install what is missing, then run every test layer: native (rules,
                    SSR markup, style contrast), browser (wasm-bindgen-test in headless
                    Chromium) and end-to-end (the built demo, axe-core, reflow, keyboard)
  bench             build the demo; write shipped bytes and Lighthouse scores to bench/RESULTS.md
  data              regenerate rules/data/*.tsv from ../shared/data (official divisions)
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
        "demo" => port_arg(&args[1..]).and_then(|port| {
            tools::ensure_build_tools()?;
            let site = build::build_demo()?;
            serve::serve_forever(&site, port)
        }),
        "build" => tools::ensure_build_tools().and_then(|_| build::build_demo().map(|_| ())),
        "test" => test::run_all(),
        "bench" => tools::ensure_bench_tools().and_then(|_| bench::run()),
        "data" => data::run(),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(Failure(format!("unknown command `{other}`; see `cargo xtask help`"))),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(why)) => {
            eprintln!("\nxtask: {why}");
            ExitCode::FAILURE
        }
    }
}

fn port_arg(args: &[String]) -> Result<u16> {
    match args {
        [] => Ok(8080),
        [flag, value] if flag == "--port" => value
            .parse()
            .map_err(|_| Failure(format!("--port needs a number from 1 to 65535, not `{value}`"))),
        _ => Err(Failure("usage: cargo xtask demo [--port N]".into())),
    }
}
