//! Turns every component's named examples (`src/<group>/<component>/examples.rs`) into
//! rustdoc pages with compiled examples: `$OUT_DIR/gallery.rs`, one documented module per
//! component, included as `dvc_ui::examples::gallery`. The examples stay the single source:
//! the demo shows them live, the markup test checks them, and `cargo test --doc` compiles
//! each as the docs show it.

#[path = "src/example_source.rs"]
mod example_source;

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut files = Vec::new();
    find_examples(Path::new("src"), &mut files);
    files.sort();
    let mut out = String::new();
    for file in &files {
        let Ok(source) = std::fs::read_to_string(file) else {
            continue;
        };
        let Some(module) = file
            .parent()
            .and_then(|d| d.file_name())
            .and_then(|n| n.to_str())
        else {
            continue;
        };
        let doc = component_page(&source);
        let _ = writeln!(out, "#[doc = {doc:?}]\npub mod {module} {{}}\n");
    }
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("gallery.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}

/// Every `examples.rs` below `dir` except the catalogue itself (`src/examples.rs`).
fn find_examples(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            find_examples(&path, found);
        } else if path.file_name().is_some_and(|n| n == "examples.rs")
            && path.parent() != Some(Path::new("src"))
        {
            found.push(path);
        }
    }
}

/// The first string after `key: "` in `text`.
fn field<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let start = text.find(&format!("{key}: \""))? + key.len() + 3;
    text[start..].split('"').next()
}

/// The rustdoc page of one component: its names, then each example as a compiled block.
fn component_page(source: &str) -> String {
    let component = field(source, "component").unwrap_or("?");
    let (title, title_en) = (
        field(source, "title").unwrap_or(""),
        field(source, "title_en").unwrap_or(""),
    );
    let uses = example_source::example_uses(source);
    let mut page = format!(
        "`{component}`: {title} ({title_en}). Its named examples, as the demo shows them live (from the \
         component's `examples.rs`; each is the body of a function returning `AnyView`).\n"
    );
    for entry in source.split("Example {").skip(1) {
        let entry = entry.split('}').next().unwrap_or("");
        let (Some(name), Some(title), Some(title_en)) = (
            field(entry, "name"),
            field(entry, "title"),
            field(entry, "title_en"),
        ) else {
            continue;
        };
        let Some(code) = example_source::example_source(source, name) else {
            continue;
        };
        let _ = write!(page, "\n# {title} ({title_en})\n\n`{name}`\n\n```\n");
        for u in &uses {
            let _ = writeln!(page, "# {u}");
        }
        page.push_str("# fn example() -> AnyView {\n");
        for line in code.lines() {
            // A line that starts with `#` would be hidden by rustdoc: escape it.
            let _ = writeln!(
                page,
                "{}",
                if line.trim_start().starts_with('#') {
                    format!("##{}", line.trim_start().trim_start_matches('#'))
                } else {
                    line.to_string()
                }
            );
        }
        page.push_str("# }\n# let _ = example;\n```\n");
    }
    page
}
