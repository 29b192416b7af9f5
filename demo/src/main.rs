//! `dvc-demo`: serves the demo site built into a folder (default `target/site`).
//!
//! `dvc-demo [--host 127.0.0.1] [--port 8080] [--site target/site] [--database URL]`
//!
//! The database holds drafts and dossiers: `sqlite://FILE` (a restart loses nothing;
//! `cargo xtask demo` uses `target/dvc-demo.sqlite`), `postgres://…` (several processes
//! share it), `sqlite::memory:` (the default of the bare binary: nothing kept).
//! `DVC_DATABASE_URL` sets it too; `--database` wins.

/// Where the demo keeps its data unless told.
const DEFAULT_DATABASE: &str = "sqlite::memory:";

#[tokio::main]
async fn main() {
    dvc_server::log::init();
    let mut host = "127.0.0.1".to_string();
    let mut port = "8080".to_string();
    let mut site = "target/site".to_string();
    let mut database = std::env::var("DVC_DATABASE_URL")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| DEFAULT_DATABASE.to_string());
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next();
        match (flag.as_str(), value) {
            ("--host", Some(v)) => host = v,
            ("--port", Some(v)) => port = v,
            ("--site", Some(v)) => site = v,
            ("--database", Some(v)) => database = v,
            _ => {
                eprintln!("usage: dvc-demo [--host 127.0.0.1] [--port 8080] [--site target/site] [--database sqlite://FILE | postgres://…]");
                std::process::exit(2);
            }
        }
    }
    let addr = match format!("{host}:{port}").parse() {
        Ok(a) => a,
        Err(_) => {
            eprintln!("dvc-demo: `{host}:{port}` is not an address to listen on (host: an IP address such as 127.0.0.1; port: 1–65535)");
            std::process::exit(2);
        }
    };
    let app = match dvc_demo::server::router(std::path::Path::new(&site), &database).await {
        Ok(app) => app,
        Err(why) => {
            eprintln!("dvc-demo: {why}");
            std::process::exit(1);
        }
    };
    if let Err(e) = dvc_server::serve::run(app, addr).await {
        eprintln!("dvc-demo: cannot serve on {addr}: {e}");
        std::process::exit(1);
    }
}
