//! The CSS promises, checked on the stylesheets as shipped (the kit's `style/`, each
//! component's CSS in its folder, the demo's `demo.css`) for a set of token values: the
//! kit's own (`tokens.css`) or a province theme's overrides on top of them. Every text /
//! background pair a rule uses meets WCAG 2.2 AA (4.5:1), every border 3:1 against what is
//! around it, and the focus ring (or its halo) 3:1 on every background the styles use.
//! A failure names the rule, the pair and its ratio.
//!
//! Convention (see style/base.css): a rule that sets `color` without a background is read
//! on `--dvc-color-background`, unless a comment `on: --dvc-color-X` names its background.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// `--dvc-*` custom properties and their values.
pub type Tokens = BTreeMap<String, String>;

/// The stylesheets a page of the demo loads, as files in the repository.
pub fn css_files(root: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out)
            } else if p.extension().is_some_and(|x| x == "css") {
                out.push(p)
            }
        }
    }
    let mut out = Vec::new();
    walk(&root.join("style"), &mut out);
    walk(&root.join("components/src"), &mut out);
    out.push(root.join("demo/assets/demo.css"));
    out.sort();
    out
}

/// The `--dvc-*` declarations of a stylesheet (e.g. tokens.css or a theme's CSS).
pub fn tokens_in(css: &str) -> Tokens {
    css.lines()
        .filter_map(|l| {
            let (name, value) = l.trim().split_once(':')?;
            name.starts_with("--dvc-").then(|| {
                (
                    name.to_string(),
                    value.trim().trim_end_matches(';').to_string(),
                )
            })
        })
        .collect()
}

/// The kit's own tokens.
pub fn kit_tokens(root: &Path) -> Tokens {
    tokens_in(&fs::read_to_string(root.join("style/tokens.css")).unwrap_or_default())
}

/// `#rrggbb` as three channels 0..1; `None` for anything else.
pub fn rgb(hex: &str) -> Option<[f64; 3]> {
    let h = hex.strip_prefix('#')?;
    if h.len() != 6 || !h.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let c = |i: usize| {
        u8::from_str_radix(&h[i..i + 2], 16)
            .map(|v| v as f64 / 255.0)
            .unwrap_or(0.0)
    };
    Some([c(0), c(2), c(4)])
}

fn luminance([r, g, b]: [f64; 3]) -> f64 {
    let lin = |c: f64| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// The WCAG contrast ratio of two `#rrggbb` colours (1 when either is not one).
pub fn contrast(a: &str, b: &str) -> f64 {
    match (rgb(a), rgb(b)) {
        (Some(a), Some(b)) => {
            let (la, lb) = (luminance(a), luminance(b));
            (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
        }
        _ => 1.0,
    }
}

/// One CSS rule: where it is, its declarations, and its `on:` background if annotated.
pub struct Rule {
    pub at: String,
    /// Read by the class-name test.
    #[cfg_attr(not(test), allow(dead_code))]
    pub selector: String,
    pub decls: Vec<(String, String)>,
    pub on: Option<String>,
}

/// Flattens a stylesheet into rules (the bodies of @media blocks included).
pub fn rules(file: &Path) -> Vec<Rule> {
    let text = fs::read_to_string(file).unwrap_or_default();
    let mut out = Vec::new();
    parse_block(
        &text,
        &file.file_name().unwrap_or_default().to_string_lossy(),
        &mut out,
    );
    out
}

fn parse_block(text: &str, file: &str, out: &mut Vec<Rule>) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let selector = strip_comments(&rest[..open]).trim().to_string();
        let mut depth = 0;
        let mut close = rest.len() - 1;
        for (i, ch) in rest[open..].char_indices() {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        let body = &rest[open + 1..close];
        if body.contains('{') {
            parse_block(body, file, out);
        } else {
            let on = body
                .split("/* on:")
                .nth(1)
                .and_then(|s| s.split_whitespace().next())
                .map(|s| s.trim_end_matches("*/").to_string());
            let decls = strip_comments(body)
                .split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(p, v)| (p.trim().to_string(), v.trim().to_string()))
                .collect();
            out.push(Rule {
                at: format!("{file}: {selector}"),
                selector,
                decls,
                on,
            });
        }
        rest = &rest[close + 1..];
    }
}

fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map(|e| &rest[start + e + 2..])
            .unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The colour tokens named in a value, e.g. "2px solid var(--dvc-color-error)".
pub fn colour_tokens(value: &str) -> Vec<String> {
    value
        .split("var(")
        .skip(1)
        .filter_map(|s| s.split(')').next())
        .filter(|t| t.starts_with("--dvc-color-"))
        .map(str::to_string)
        .collect()
}

pub fn decl<'a>(rule: &'a Rule, names: &[&str]) -> Option<&'a str> {
    rule.decls
        .iter()
        .rev()
        .find(|(p, _)| names.contains(&p.as_str()))
        .map(|(_, v)| v.as_str())
}

/// What the contrast check found: how many pairs it checked, and each failure in words.
pub struct Contrast {
    pub checked: usize,
    pub failures: Vec<String>,
}

/// Checks every text, border and focus-ring pair the stylesheets use, with `tokens`.
pub fn check_contrast(files: &[PathBuf], tokens: &Tokens) -> Contrast {
    let colour = |t: &str| tokens.get(t).cloned().unwrap_or_default();
    let page = "--dvc-color-background".to_string();
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut backgrounds = vec![page.clone()];
    for file in files {
        for rule in rules(file) {
            let bg = decl(&rule, &["background-color", "background"])
                .and_then(|v| colour_tokens(v).into_iter().next());
            backgrounds.extend(bg.clone());
            let behind = rule.on.clone().or(bg).unwrap_or(page.clone());
            for t in decl(&rule, &["color"])
                .map(colour_tokens)
                .unwrap_or_default()
                .into_iter()
                .chain(std::iter::once(behind.clone()))
            {
                if !tokens.contains_key(&t) {
                    failures.push(format!("{}: {t} is used but not defined", rule.at));
                }
            }
            if let Some(fg) =
                decl(&rule, &["color"]).and_then(|v| colour_tokens(v).into_iter().next())
            {
                let ratio = contrast(&colour(&fg), &colour(&behind));
                checked += 1;
                if ratio < 4.5 {
                    failures.push(format!(
                        "{}: text {fg} ({}) on {behind} ({}) is {ratio:.2}:1 (needs 4.5:1)",
                        rule.at,
                        colour(&fg),
                        colour(&behind)
                    ));
                }
            }
            // A border is the boundary between the element and what surrounds it.
            let around = rule.on.clone().unwrap_or(page.clone());
            for (prop, value) in &rule.decls {
                if prop.starts_with("border")
                    && !rule.at.contains(":disabled")
                    && !rule.at.contains("aria-disabled")
                {
                    for t in colour_tokens(value) {
                        let ratio = contrast(&colour(&t), &colour(&around));
                        checked += 1;
                        if ratio < 3.0 {
                            failures.push(format!(
                                "{}: {prop} {t} ({}) on {around} ({}) is {ratio:.2}:1 (needs 3:1)",
                                rule.at,
                                colour(&t),
                                colour(&around)
                            ));
                        }
                    }
                }
            }
        }
    }
    backgrounds.sort();
    backgrounds.dedup();
    let (ring, halo) = (
        colour("--dvc-color-focus-ring"),
        colour("--dvc-color-focus-halo"),
    );
    for bg in &backgrounds {
        let best = contrast(&ring, &colour(bg)).max(contrast(&halo, &colour(bg)));
        checked += 1;
        if best < 3.0 {
            failures.push(format!("focus ring --dvc-color-focus-ring ({ring}) and halo ({halo}) on {bg} ({}): best {best:.2}:1 (needs 3:1)", colour(bg)));
        }
    }
    Contrast { checked, failures }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        crate::root()
    }

    #[test]
    fn contrast_formula_matches_known_values() {
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
        assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
        assert_eq!(rgb("#12345"), None);
        assert_eq!(rgb("red"), None);
    }

    #[test]
    fn every_text_boundary_and_focus_pair_meets_wcag_aa_with_the_kits_tokens() {
        let found = check_contrast(&css_files(&root()), &kit_tokens(&root()));
        assert!(
            found.checked > 40,
            "the checker found only {} pairs: is it reading the styles?",
            found.checked
        );
        assert!(
            found.failures.is_empty(),
            "contrast failures:\n{}",
            found.failures.join("\n")
        );
    }

    #[test]
    fn type_size_line_height_and_focus_width_tokens_hold() {
        let t = kit_tokens(&root());
        let rem = |name: &str| t[name].trim_end_matches("rem").parse::<f64>().unwrap();
        assert!(
            rem("--dvc-font-size-body") >= 1.0,
            "body text at least 16px"
        );
        assert!(rem("--dvc-font-size-small") >= 1.0, "no text under 16px");
        assert!(t["--dvc-line-height"].parse::<f64>().unwrap() >= 1.5);
        assert!(
            t["--dvc-focus-width"]
                .trim_end_matches("px")
                .parse::<f64>()
                .unwrap()
                >= 3.0
        );
        assert!(
            t["--dvc-target-size"]
                .trim_end_matches("px")
                .parse::<f64>()
                .unwrap()
                >= 44.0
        );
    }

    #[test]
    fn styles_use_no_inline_style_hooks_and_only_dvc_or_demo_classes() {
        for file in css_files(&root()) {
            for rule in rules(&file) {
                for class in rule.selector.split('.').skip(1) {
                    let name: String = class
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    assert!(
                        name.starts_with("dvc-") || name.starts_with("demo-"),
                        "{}: class .{name} is outside the dvc- scheme",
                        rule.at
                    );
                }
            }
        }
    }

    #[test]
    fn every_components_stylesheet_is_in_the_bundle() {
        let root = root();
        let entry = fs::read_to_string(root.join("style/dvc-ui.css")).unwrap();
        let mut missing = Vec::new();
        for file in css_files(&root) {
            if let Ok(rel) = file.strip_prefix(root.join("components/src")) {
                let import = format!("@import \"../components/src/{}\";", rel.display());
                if !entry.contains(&import) {
                    missing.push(import);
                }
            }
        }
        assert!(missing.is_empty(), "add to style/dvc-ui.css: {missing:#?}");
    }
}
