//! A throw-away PostgreSQL server for the tests and the bench: Debian's `postgresql`
//! package (installed with apt-get when missing), a cluster made with `initdb` in
//! `target/postgres/` (a new one each run), started with `pg_ctl` on a free port of
//! 127.0.0.1, and stopped when dropped. PostgreSQL refuses to run as root: as root, it runs
//! as the `postgres` user the package creates.

use crate::run::status;
use crate::{root, Failure, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A PostgreSQL server running for this run; stopped (fast) when dropped.
pub struct Postgres {
    bin: PathBuf,
    dir: PathBuf,
    pub port: u16,
    as_postgres: bool,
}

impl Postgres {
    /// Installs (if needed), creates and starts the server; waits until it accepts.
    pub fn start() -> Result<Postgres> {
        let bin = ensure_installed()?;
        let as_postgres = is_root();
        let dir = root().join("target").join("postgres");
        if dir.exists() {
            // A server an interrupted run left running in it is stopped first.
            let data = dir.join("data");
            if data.join("postmaster.pid").exists() {
                let mut stop = Command::new(bin.join("pg_ctl"));
                stop.arg("-D").arg(&data).args(["-m", "immediate", "stop"]);
                let _ = as_user(stop, as_postgres).output();
            }
            std::fs::remove_dir_all(&dir)
                .map_err(|e| Failure(format!("cannot remove {}: {e}", dir.display())))?;
        }
        std::fs::create_dir_all(&dir)
            .map_err(|e| Failure(format!("cannot create {}: {e}", dir.display())))?;
        if as_postgres {
            status(
                Command::new("chown").args(["postgres:postgres"]).arg(&dir),
                "`chown postgres` of target/postgres",
            )?;
        }
        let port = free_port()?;
        let pg = Postgres {
            bin,
            dir,
            port,
            as_postgres,
        };
        let mut initdb = Command::new(pg.bin.join("initdb"));
        initdb.arg("-D").arg(pg.dir.join("data")).args([
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        ]);
        status(
            as_user(initdb, pg.as_postgres).env("LC_ALL", "C.UTF-8"),
            "PostgreSQL's initdb",
        )?;
        let mut start = Command::new(pg.bin.join("pg_ctl"));
        start
            .arg("-D")
            .arg(pg.dir.join("data"))
            .arg("-o")
            .arg(format!(
                "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300",
                pg.dir.display()
            ))
            .arg("-l")
            .arg(pg.dir.join("log"))
            .args(["-w", "start"]);
        status(
            &mut as_user(start, pg.as_postgres),
            "PostgreSQL's pg_ctl start (see target/postgres/log)",
        )?;
        Ok(pg)
    }

    /// The address of its `postgres` database, as its superuser.
    pub fn url(&self) -> String {
        format!("postgres://postgres@127.0.0.1:{}/postgres", self.port)
    }

    /// Creates the empty database `name`; its address.
    pub fn create_database(&self, name: &str) -> Result<String> {
        status(
            Command::new(self.bin.join("createdb")).args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                name,
            ]),
            &format!("PostgreSQL's createdb {name}"),
        )?;
        Ok(format!(
            "postgres://postgres@127.0.0.1:{}/{name}",
            self.port
        ))
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let mut stop = Command::new(self.bin.join("pg_ctl"));
        stop.arg("-D")
            .arg(self.dir.join("data"))
            .args(["-m", "fast", "-w", "stop"]);
        let _ = as_user(stop, self.as_postgres).output();
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// `cmd` run as the `postgres` user when `as_postgres`.
fn as_user(cmd: Command, as_postgres: bool) -> Command {
    if !as_postgres {
        return cmd;
    }
    let mut run = Command::new("runuser");
    run.args(["-u", "postgres", "--"])
        .arg(cmd.get_program())
        .args(cmd.get_args());
    if let Some(dir) = cmd.get_current_dir() {
        run.current_dir(dir);
    }
    run
}

/// The newest installed PostgreSQL's programs (`/usr/lib/postgresql/N/bin`), installing
/// Debian's `postgresql` first when there is none.
fn ensure_installed() -> Result<PathBuf> {
    if let Some(bin) = newest() {
        return Ok(bin);
    }
    crate::tools::apt_install(
        &["postgresql"],
        "PostgreSQL is needed for the stores' tests but is not installed (Debian: `sudo apt-get install postgresql`)",
    )?;
    newest().ok_or_else(|| {
        Failure(
            "Debian's postgresql was installed but /usr/lib/postgresql/*/bin/initdb is missing"
                .into(),
        )
    })
}

fn newest() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir(Path::new("/usr/lib/postgresql"))
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((n, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn free_port() -> Result<u16> {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .map_err(|e| Failure(format!("no free port on 127.0.0.1: {e}")))
}
