//! Running other programs: with clear sentences when they are missing or fail, and with
//! their output both shown and kept (to count the tests they ran).

use crate::{Failure, Result};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::thread;

/// Runs `cmd`, showing its output; fails with `what` when it exits non-zero.
pub fn status(cmd: &mut Command, what: &str) -> Result {
    let program = program_name(cmd);
    let status = cmd.status().map_err(|e| not_started(&program, e))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure(format!("{what} failed ({status})")))
    }
}

/// Runs `cmd` silently and returns its stdout, or None when it cannot run or fails.
pub fn quiet(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs `cmd`, echoing stdout and stderr as they come, and returns (success, all output).
pub fn tee(cmd: &mut Command) -> Result<(bool, String)> {
    let program = program_name(cmd);
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| not_started(&program, e))?;
    let err_reader = child
        .stderr
        .take()
        .map(|e| thread::spawn(move || echo(e, true)));
    let out = child
        .stdout
        .take()
        .map(|o| echo(o, false))
        .unwrap_or_default();
    let err = err_reader.and_then(|h| h.join().ok()).unwrap_or_default();
    let status = child.wait()?;
    Ok((status.success(), format!("{out}\n{err}")))
}

fn echo(stream: impl Read, to_stderr: bool) -> String {
    let mut all = String::new();
    for line in BufReader::new(stream).lines().map_while(|l| l.ok()) {
        if to_stderr {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
        all.push_str(&line);
        all.push('\n');
    }
    all
}

fn program_name(cmd: &Command) -> String {
    cmd.get_program().to_string_lossy().into_owned()
}

fn not_started(program: &str, e: std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::NotFound {
        Failure(format!(
            "`{program}` is not installed or not on PATH; install it and run the command again"
        ))
    } else {
        Failure(format!("could not start `{program}`: {e}"))
    }
}
