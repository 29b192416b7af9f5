//! Running the demo's server binary (built by `build`) on 127.0.0.1: in the foreground for
//! `cargo xtask demo`, or in the background for the tests and the bench, on a free port read
//! from the server's first line. The server itself is `dvc-demo` (axum, `dvc-server`).

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

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts the server on 127.0.0.1:`port` (0 = any free port) and waits until it listens.
pub fn start(site: &Path, profile: Profile, port: u16) -> Result<Server> {
    let mut child = Command::new(server_binary(profile))
        .args(["--host", "127.0.0.1", "--port", &port.to_string(), "--site"])
        .arg(site)
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| Failure(format!("cannot start the demo server {} ({e}); run `cargo xtask build`", server_binary(profile).display())))?;
    let stdout = child.stdout.take().ok_or_else(|| Failure("the demo server has no output".into()))?;
    let mut lines = BufReader::new(stdout).lines();
    let first = lines.next().and_then(|l| l.ok()).unwrap_or_default();
    // "dvc-server: http://127.0.0.1:PORT/"
    let bound = first.rsplit(':').next().and_then(|p| p.trim_end_matches('/').parse::<u16>().ok());
    let Some(bound) = bound else {
        let _ = child.kill();
        return Err(Failure(format!("the demo server did not start on 127.0.0.1:{port} (it said: {first:?}); stop what uses that port or pass --port")));
    };
    // Keep reading (and echoing) what the server prints, so it never blocks on a full pipe.
    std::thread::spawn(move || lines.map_while(|l| l.ok()).for_each(|l| println!("{l}")));
    Ok(Server { child, port: bound })
}

/// Runs the server in the foreground until Ctrl-C.
pub fn serve_forever(site: &Path, profile: Profile, host: &str, port: u16) -> Result {
    println!("\n  dvc-ui demo: http://{host}:{port}/   (Ctrl-C stops)\n");
    let status = Command::new(server_binary(profile))
        .args(["--host", host, "--port", &port.to_string(), "--site"])
        .arg(site)
        .status()
        .map_err(|e| Failure(format!("cannot start the demo server ({e})")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!("the demo server stopped ({status}); is {host}:{port} already in use? Pass --port with another number")))
    }
}
