//! dvc-procedure: administrative procedures as data. A province puts a procedure online by
//! writing one TOML file (its pages, questions, conditions, repeating groups, prefill from
//! VNeID and fees) instead of Rust; the kit's engine runs every file the same way.
//!
//! Owns the file format ([`format`], every field documented), what must hold across its
//! fields ([`check`]), reading a file with problems placed at their lines ([`read`]) and
//! the file at work on one dossier's answers ([`route`]: pages asked, back and next, the
//! question's wording, the checks of a post, the fee).
//! `cargo xtask procedure check FILE…` runs the same check from the command line.
//!
//! ```
//! let file = dvc_procedure::read("x.toml", "[procedure]\ncode = \"1\"\n");
//! let problems = file.unwrap_err();
//! assert!(problems[0].to_string().starts_with("x.toml:1: "));
//! ```

pub mod casework;
pub mod check;
pub mod format;
pub mod group;
pub mod read;
pub mod read_back;
pub mod route;
pub mod screen;

pub use format::ProcedureFile;
pub use read::{read, Located};

/// Checks each file named (the command `dvc-procedure check FILE…` and
/// `cargo xtask procedure check FILE…`): writes every problem, or that the file is good,
/// to `out`; true when every file is good.
pub fn check_files(paths: &[std::path::PathBuf], out: &mut impl std::io::Write) -> bool {
    let mut good = true;
    for path in paths {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                let _ = writeln!(out, "{name}: cannot be read: {e}");
                good = false;
                continue;
            }
        };
        match read(&name, &text) {
            Ok(file) => {
                let _ = writeln!(
                    out,
                    "{name}: good ({} pages, {} fee items)",
                    file.pages.len(),
                    file.fees.len()
                );
            }
            Err(problems) => {
                good = false;
                for p in problems {
                    let _ = writeln!(out, "{p}");
                }
            }
        }
    }
    good
}
