//! Reading a procedure file: TOML into [`ProcedureFile`] with serde, then [`check`]ed,
//! each problem placed at its line (the TOML parsed once more, keeping where each value
//! is written). A problem reads `file:line: field: what is wrong and how to fix it`.

use crate::check::{check, path_text, Seg};
use crate::format::ProcedureFile;
use std::fmt;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// A problem at its place in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub file: String,
    /// From 1.
    pub line: usize,
    /// The field, as TOML names it (`page[3].when.answer`); empty when the file cannot be
    /// read as TOML at all.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        } else {
            write!(
                f,
                "{}:{}: {}: {}",
                self.file, self.line, self.field, self.message
            )
        }
    }
}

/// Reads and checks the procedure file `source`, named `file` in the problems.
pub fn read(file: &str, source: &str) -> Result<ProcedureFile, Vec<Located>> {
    let parsed: ProcedureFile = toml::from_str(source).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(source, s.start));
        vec![Located {
            file: file.to_string(),
            line,
            field: String::new(),
            message: e.message().trim().to_string(),
        }]
    })?;
    let problems = check(&parsed);
    if problems.is_empty() {
        return Ok(parsed);
    }
    let tree = DeTable::parse(source).ok();
    Err(problems
        .into_iter()
        .map(|p| Located {
            file: file.to_string(),
            line: tree
                .as_ref()
                .map_or(1, |t| line_of(source, place(t, &p.path))),
            field: path_text(&p.path),
            message: p.message,
        })
        .collect())
}

/// The line (from 1) of byte `at`.
fn line_of(source: &str, at: usize) -> usize {
    source[..at.min(source.len())]
        .bytes()
        .filter(|b| *b == b'\n')
        .count()
        + 1
}

/// Where `path` is written: the start of its value, or of the nearest enclosing one that
/// is written (a missing field is reported at its table).
fn place(root: &Spanned<DeTable<'_>>, path: &[Seg]) -> usize {
    let mut at = root.span().start;
    let mut here: Option<&DeValue<'_>> = None;
    let mut table = Some(root.get_ref());
    for seg in path {
        let next: Option<&Spanned<DeValue<'_>>> = match (seg, table, here) {
            (Seg::Key(k), Some(t), _) => t
                .iter()
                .find(|(name, _)| name.get_ref() == k)
                .map(|(_, v)| v),
            (Seg::Index(i), _, Some(DeValue::Array(items))) => items.get(*i),
            _ => None,
        };
        let Some(next) = next else { break };
        at = next.span().start;
        here = Some(next.get_ref());
        table = match next.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        };
    }
    at
}
