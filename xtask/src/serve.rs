//! Running the demo's server binary (built by `build`) on 127.0.0.1: in the foreground for
//! `cargo xtask demo`, or in the background for the tests and the bench, on a free port read
//! from the server's first line. The server itself is `dvc-demo` (axum, `dvc-server`).
//! Beside it, the payment gateway's stand-in (`tests/gateway/vnpay-stand-in.mjs`, node
//! only), which the demo's "pay through the gateway" goes to instead of VNPAY's sandbox,
//! and the test identity provider (`tests/identity/provider.mjs`, npm oidc-provider), which
//! the demo's sign-in goes to instead of the national one.

use crate::build::{server_binary, Profile};
use crate::{Failure, Result};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// A server running in the background; stopped when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
}

impl Server {
    /// The server process's id (the bench reads its memory from /proc).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The stand-ins the demo talks to: the payment gateway and the identity provider.
pub struct StandIns {
    pub gateway: Server,
    pub identity: Server,
}

impl StandIns {
    /// Starts both on free ports of 127.0.0.1.
    pub fn start() -> Result<StandIns> {
        Ok(StandIns {
            gateway: start_gateway()?,
            identity: start_identity_provider()?,
        })
    }

    /// The identity provider's address (its issuer).
    pub fn issuer(&self) -> String {
        format!("http://127.0.0.1:{}", self.identity.port)
    }

    /// Points the demo server at them.
    fn configure(&self, cmd: &mut Command) {
        cmd.env("DVC_VNPAY_PAY_URL", self.gateway.pay_url())
            .env("DVC_OIDC_ISSUER", self.issuer())
            .env("DVC_OIDC_CLIENT_ID", TEST_CLIENT_ID)
            .env("DVC_OIDC_CLIENT_SECRET", TEST_CLIENT_SECRET)
            // The demo's test officers at its one-stop desk (made up, like the provider's
            // citizens), and its outbox shown on a page for designers.
            .env("DVC_TEST_OFFICERS", "on");
    }
}

/// The demo's client at the test identity provider (tests/identity/provider.mjs has the same).
const TEST_CLIENT_ID: &str = "dvc-demo";
const TEST_CLIENT_SECRET: &str = "dvc-demo-secret-not-for-real-use";

/// The settings of a server under test: the per-client rate limits lifted (every test
/// browser comes from 127.0.0.1, one "client" making a whole suite's posts and sign-ins;
/// the limits have their own tests, on servers of their own), and the log at `warn` (the
/// security events and failures; an access line for each of the suite's tens of thousands
/// of requests would bury the report).
pub const TEST_SETTINGS: [(&str, &str); 4] = [
    ("DVC_RATE_POSTS", "off"),
    ("DVC_RATE_SIGN_IN", "off"),
    ("DVC_RATE_LOOK_UP", "off"),
    ("DVC_LOG", "warn"),
];

/// Starts the server on 127.0.0.1:`port` (0 = any free port), pointed at the stand-ins,
/// with `env` added to its environment, and waits until it listens.
pub fn start_with(
    site: &Path,
    profile: Profile,
    port: u16,
    stand_ins: &StandIns,
    env: &[(&str, &str)],
) -> Result<Server> {
    let mut cmd = Command::new(server_binary(profile));
    cmd.args(["--host", "127.0.0.1", "--port", &port.to_string(), "--site"])
        .arg(site)
        .envs(env.iter().copied());
    if !env.iter().any(|(k, _)| *k == "DVC_DATABASE_URL") {
        cmd.args(["--database", &fresh_database()?]);
    }
    stand_ins.configure(&mut cmd);
    background(cmd, "the demo server", &format!("127.0.0.1:{port}")).map_err(|why| {
        Failure(format!(
            "{why}; run `cargo xtask build`, or stop what uses that port or pass --port"
        ))
    })
}

/// A new, empty SQLite file for one server under test (under `target/test-data/`, deleted
/// first if an earlier run left it), as a database address.
fn fresh_database() -> Result<String> {
    use std::sync::atomic::{AtomicU32, Ordering};
    static STARTED: AtomicU32 = AtomicU32::new(0);
    let dir = crate::root().join("target").join("test-data");
    let n = STARTED.fetch_add(1, Ordering::Relaxed);
    if n == 0 {
        // What earlier runs left.
        let _ = std::fs::remove_dir_all(&dir);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display())))?;
    let file = dir.join(format!("demo-{}-{n}.sqlite", std::process::id()));
    for end in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{end}", file.display()));
    }
    Ok(format!("sqlite://{}", file.display()))
}

/// Starts the payment gateway's stand-in on a free port of 127.0.0.1.
pub fn start_gateway() -> Result<Server> {
    let mut cmd = Command::new("node");
    cmd.args(["gateway/vnpay-stand-in.mjs", "--port", "0"])
        .current_dir(crate::root().join("tests"));
    background(
        cmd,
        "the payment gateway's stand-in (node tests/gateway/vnpay-stand-in.mjs)",
        "127.0.0.1",
    )
    .map_err(Failure)
}

/// Starts the test identity provider (OpenID Connect) on a free port of 127.0.0.1.
pub fn start_identity_provider() -> Result<Server> {
    let mut cmd = Command::new("node");
    // Its warnings (in-memory store, development keys: right for a test provider) go to stderr.
    cmd.args(["identity/provider.mjs", "--port", "0"])
        .current_dir(crate::root().join("tests"))
        .stderr(Stdio::null());
    background(
        cmd,
        "the test identity provider (node tests/identity/provider.mjs)",
        "127.0.0.1",
    )
    .map_err(Failure)
}

impl Server {
    /// The stand-in's payment address (VNPAY's path).
    pub fn pay_url(&self) -> String {
        format!("http://127.0.0.1:{}/paymentv2/vpcpay.html", self.port)
    }
}

/// Spawns `cmd`, whose first line ends with the address it listens on ("…: http://127.0.0.1:PORT/").
fn background(mut cmd: Command, what: &str, at: &str) -> std::result::Result<Server, String> {
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {what} ({e})"))?;
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| format!("{what} has no output"))?;
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().and_then(|l| l.ok()).unwrap_or_default();
    let bound = first
        .rsplit(':')
        .next()
        .and_then(|p| p.trim_end_matches('/').parse::<u16>().ok());
    let Some(bound) = bound else {
        let _ = child.kill();
        return Err(format!("{what} did not start on {at} (it said: {first:?})"));
    };
    // Keep reading (and echoing) what it prints, so it never blocks on a full pipe.
    std::thread::spawn(move || lines.map_while(|l| l.ok()).for_each(|l| println!("{l}")));
    Ok(Server { child, port: bound })
}

/// Runs the server in the foreground until Ctrl-C, with the stand-ins beside it.
pub fn serve_forever(site: &Path, profile: Profile, host: &str, port: u16) -> Result {
    let stand_ins = StandIns::start()?;
    println!("\n  dvc-ui demo: http://{host}:{port}/   (Ctrl-C stops)");
    println!(
        "  test identity provider (made-up citizens, no real accounts): {}/\n",
        stand_ins.issuer()
    );
    let mut cmd = Command::new(server_binary(profile));
    cmd.args(["--host", host, "--port", &port.to_string(), "--site"])
        .arg(site);
    if std::env::var_os("DVC_DATABASE_URL").is_none() {
        // Kept across restarts: drafts, dossiers and sessions are all in it.
        let file = crate::root().join("target").join("dvc-demo.sqlite");
        cmd.args(["--database", &format!("sqlite://{}", file.display())]);
    }
    stand_ins.configure(&mut cmd);
    let status = cmd
        .status()
        .map_err(|e| Failure(format!("cannot start the demo server ({e})")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!("the demo server stopped ({status}); is {host}:{port} already in use? Pass --port with another number")))
    }
}
