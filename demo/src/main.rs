//! `dvc-demo`: serves the demo site built into a folder (default `target/site`).
//!
//! `dvc-demo [--host 127.0.0.1] [--port 8080] [--site target/site] [--drafts FILE.sqlite]`
//! (the example service's drafts: in memory unless a file is named)

#[tokio::main]
async fn main() {
    dvc_server::log::init();
    let mut host = "127.0.0.1".to_string();
    let mut port = "8080".to_string();
    let mut site = "target/site".to_string();
    let mut drafts: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next();
        match (flag.as_str(), value) {
            ("--host", Some(v)) => host = v,
            ("--port", Some(v)) => port = v,
            ("--site", Some(v)) => site = v,
            ("--drafts", Some(v)) => drafts = Some(v),
            _ => {
                eprintln!("usage: dvc-demo [--host 127.0.0.1] [--port 8080] [--site target/site] [--drafts FILE.sqlite]");
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
    let app = match dvc_demo::server::router_with(
        std::path::Path::new(&site),
        drafts.as_deref().map(std::path::Path::new),
    ) {
        Ok(app) => app,
        Err(why) => {
            eprintln!("dvc-demo: cannot read the built site in {site}: {why}; run `cargo xtask build` first");
            std::process::exit(1);
        }
    };
    if let Err(e) = dvc_server::serve::run(app, addr).await {
        eprintln!("dvc-demo: cannot serve on {addr}: {e}");
        std::process::exit(1);
    }
}
