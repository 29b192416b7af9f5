//! The kit's behaviour module: every component's `enhance.js` with
//! `components/src/enhance.js` (the table of behaviours) and the rules they run
//! (`rules/js/`: the form checks and the division search, parity-tested against
//! `dvc-rules`) bundled by esbuild (npm, tools/) into one minified ES module,
//! `pkg/dvc-enhance.js`, and the same as a classic script for the browser tests
//! (`target/enhance/dvc-enhance.iife.js`, `window.dvcEnhance`).
//!
//! Nothing in the bundle is a hand-kept copy of the kit's data: the words the behaviours say
//! come from the catalogue (`dvc_ui::i18n`: the keys their code names, in every language,
//! as the module `dvc-words`; a key the catalogue lacks stops the build), and the division
//! data from `dvc_rules::divisions` (the modules `dvc-rules-data` and `dvc-divisions-data`,
//! printed by the crate's examples `browser_data` and `divisions_data`).

use crate::run::status;
use crate::tools;
use crate::{root, Failure, Result};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where the generated words module and the browser tests' copy go.
pub fn work_dir() -> PathBuf {
    root().join("target").join("enhance")
}

/// The classic-script copy the browser tests load (`window.dvcEnhance`).
pub fn test_bundle() -> PathBuf {
    work_dir().join("dvc-enhance.iife.js")
}

/// Bundles the behaviours into `pkg/dvc-enhance.js` and the browser tests' copy.
pub fn build(pkg: &Path) -> Result {
    println!("xtask: bundling the kit's behaviours (esbuild)…");
    let root = root();
    let src = root.join("components").join("src");
    let work = work_dir();
    fs::create_dir_all(&work)?;
    let words = work.join("dvc-words.js");
    fs::write(&words, words_module(&sources(&src)?)?)?;
    let rules_js = root.join("rules").join("js");
    let aliases = [
        ("dvc-words", words),
        ("dvc-rules", rules_js.join("rules.js")),
        ("dvc-rules-data", example_module(&work, "browser_data")?),
        ("dvc-divisions", rules_js.join("divisions.js")),
        (
            "dvc-divisions-data",
            example_module(&work, "divisions_data")?,
        ),
    ]
    .map(|(name, path)| format!("--alias:{name}={}", path.display()));
    let entry = src.join("enhance.js");
    let common = [
        "--bundle",
        "--minify",
        "--target=es2020",
        "--charset=utf8",
        "--legal-comments=none",
        "--log-level=warning",
    ];
    for (format, out, what) in [
        (
            "--format=esm",
            pkg.join("dvc-enhance.js"),
            "the behaviour module",
        ),
        ("--format=iife", test_bundle(), "the browser tests' copy"),
    ] {
        status(
            Command::new(tools::esbuild())
                .arg(&entry)
                .args(common)
                .arg(format)
                .args((format == "--format=iife").then_some("--global-name=dvcEnhance"))
                .args(&aliases)
                .arg(format!("--outfile={}", out.display())),
            &format!("esbuild ({what})"),
        )?;
    }
    Ok(())
}

/// Writes what `cargo run -p dvc-rules --example NAME` prints (an ES module of the kit's
/// data) as `NAME.js` in `work`.
fn example_module(work: &Path, name: &str) -> Result<PathBuf> {
    let out = Command::new("cargo")
        .args(["run", "-q", "-p", "dvc-rules", "--example", name])
        .current_dir(root())
        .output()?;
    if !out.status.success() {
        return Err(Failure(format!(
            "cargo run -p dvc-rules --example {name} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    let path = work.join(format!("{name}.js"));
    fs::write(&path, out.stdout)?;
    Ok(path)
}

/// Every `.js` file under `dir`, with its text.
fn sources(dir: &Path) -> Result<Vec<(PathBuf, String)>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d)?.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "js") {
                out.push((path.clone(), fs::read_to_string(&path)?));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The keys `code` names as `word(…, 'Key'`: each must be a key of the catalogue.
fn keys_named(code: &str) -> BTreeSet<String> {
    code.split("word(")
        .skip(1)
        .filter_map(|rest| {
            let after_comma = rest.split_once(',')?.1.trim_start();
            let quoted = after_comma.strip_prefix('\'')?;
            Some(quoted.split_once('\'')?.0.to_string())
        })
        .collect()
}

/// Every `'CamelCase'` literal in `code`: a key chosen before `word` is called (`over ?
/// 'CharsOver' : 'CharsLeft'`) is one of them; those the catalogue has are written out.
fn literals(code: &str) -> BTreeSet<String> {
    // Every piece after a quote, not every other one: an apostrophe in a comment ("the
    // panel's buttons") would shift the pairs.
    code.split('\'')
        .skip(1)
        .filter(|l| {
            l.starts_with(|c: char| c.is_ascii_uppercase())
                && l.chars().all(|c| c.is_ascii_alphanumeric())
        })
        .map(str::to_string)
        .collect()
}

/// The catalogue's key named `name`.
fn key(name: &str) -> Option<dvc_ui::i18n::Ui> {
    dvc_ui::i18n::Ui::ALL
        .iter()
        .copied()
        .find(|k| format!("{k:?}") == name)
}

/// Quoted names in the behaviours that are not the catalogue's words: keyboard keys, the
/// method of a post, a problem code compared with. Any other `'CamelCase'` literal in a file
/// that says words must be a key of the catalogue (a key chosen before `word` is called, in
/// a ternary or a table, is checked too).
const NOT_WORDS: &[&str] = &[
    "ArrowDown",
    "ArrowUp",
    "Enter",
    "Escape",
    "Tab",
    "CapsLock",
    "POST",
    "FileTooMany",
];

/// `export const WORDS = { vi: {…}, en: {…} };` with the keys the sources name.
fn words_module(sources: &[(PathBuf, String)]) -> Result<String> {
    use dvc_ui::i18n::{en, vi, Ui};
    let mut found: Vec<(String, Ui)> = Vec::new();
    for (path, code) in sources {
        for name in keys_named(code) {
            if key(&name).is_none() {
                return Err(Failure(format!(
                    "{}: a behaviour says word '{name}', which dvc_ui::i18n::Ui does not have",
                    path.display()
                )));
            }
        }
        let says_words = code.contains("word(");
        for name in literals(code) {
            match key(&name) {
                Some(ui) => found.push((name, ui)),
                None if says_words && !NOT_WORDS.contains(&name.as_str()) => {
                    return Err(Failure(format!(
                        "{}: '{name}' is no word of dvc_ui::i18n::Ui (a typo?); a name that is \
                         not a word belongs in NOT_WORDS in xtask/src/behaviour.rs",
                        path.display()
                    )))
                }
                None => {}
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found.dedup_by(|a, b| a.0 == b.0);
    let table = |text: &dyn Fn(Ui) -> String| {
        found
            .iter()
            .map(|(key, ui)| format!("{key}:{}", serde_json::Value::String(text(*ui))))
            .collect::<Vec<_>>()
            .join(",")
    };
    let vi_words = table(&|ui| vi(ui).to_string());
    let en_words = table(&|ui| en(ui).unwrap_or_else(|| vi(ui)).to_string());
    Ok(format!(
        "// Written by `cargo xtask build` from dvc_ui::i18n: the words the behaviours say.\n\
         export const WORDS = {{vi:{{{vi_words}}},en:{{{en_words}}}}};\n"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_keys_a_behaviour_names() {
        let code = "say(x, word(locale, 'Copied', { what })); word(l,'CopyFailed'); word(x)";
        let keys: Vec<String> = keys_named(code).into_iter().collect();
        assert_eq!(keys, ["Copied", "CopyFailed"]);
    }

    #[test]
    fn an_unknown_key_stops_the_build() {
        let sources = vec![(PathBuf::from("a.js"), "word(l, 'NoSuchWord')".to_string())];
        let error = words_module(&sources).unwrap_err();
        assert!(format!("{error:?}").contains("NoSuchWord"));
    }

    #[test]
    fn a_key_chosen_before_the_call_is_written_out_too() {
        let code = "// the panel's words\nconst k = over ? 'CharsOver' : 'CharsLeft'; word(l, k); el.key === 'Enter'";
        let module = words_module(&[(PathBuf::from("a.js"), code.to_string())]).unwrap();
        assert!(
            module.contains("CharsOver:") && module.contains("CharsLeft:"),
            "{module}"
        );
        assert!(!module.contains("Enter"), "{module}");
    }

    #[test]
    fn the_kits_own_behaviours_say_only_words_of_the_catalogue() {
        let module = words_module(&sources(&root().join("components/src")).unwrap()).unwrap();
        assert!(module.contains("ErrorSummaryTitle:"), "{module}");
    }

    #[test]
    fn a_misspelt_key_chosen_before_the_call_stops_the_build() {
        let code = "const k = over ? 'CharsOvr' : 'CharsLeft'; word(l, k);";
        let error = words_module(&[(PathBuf::from("a.js"), code.to_string())]).unwrap_err();
        assert!(format!("{error:?}").contains("CharsOvr"));
    }

    #[test]
    fn every_language_has_each_key() {
        let sources = vec![(PathBuf::from("a.js"), "word(l, 'Copied')".to_string())];
        let module = words_module(&sources).unwrap();
        assert!(
            module.contains("vi:{Copied:\"Đã sao chép {what}\"}"),
            "{module}"
        );
        assert!(
            module.contains("en:{Copied:\"Copied the {what}\"}"),
            "{module}"
        );
    }
}
