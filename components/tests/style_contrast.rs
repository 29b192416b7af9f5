//! The kit's CSS keeps its promises: every text/background token pair a rule uses meets
//! WCAG 2.2 AA contrast (4.5:1 for text; 3:1 for borders and the focus ring), every colour
//! token used is defined, body text is at least 16px with line height at least 1.5, and the
//! focus ring is at least 3px, and every component's CSS file is in the bundle. Reads style/,
//! the CSS in each component's folder and the demo's stylesheet as they are shipped.
//!
//! Convention (see style/base.css): a rule that sets `color` without a background is read
//! on `--dvc-color-background`, unless a comment `on: --dvc-color-X` names its background.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn css_files() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out)
            } else if p.extension().is_some_and(|x| x == "css") {
                out.push(p)
            }
        }
    }
    let mut out = Vec::new();
    walk(&workspace().join("style"), &mut out);
    walk(&workspace().join("components/src"), &mut out);
    out.push(workspace().join("demo/assets/demo.css"));
    out.sort();
    out
}

/// `--dvc-*` custom properties declared in tokens.css.
fn tokens() -> HashMap<String, String> {
    let text = fs::read_to_string(workspace().join("style/tokens.css")).unwrap();
    text.lines()
        .filter_map(|l| {
            let (name, value) = l.trim().split_once(':')?;
            name.starts_with("--dvc-").then(|| (name.to_string(), value.trim().trim_end_matches(';').to_string()))
        })
        .collect()
}

fn hex_to_rgb(hex: &str) -> [f64; 3] {
    let h = hex.trim_start_matches('#');
    assert_eq!(h.len(), 6, "colour tokens are #rrggbb, not {hex}");
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).unwrap() as f64 / 255.0;
    [c(0), c(2), c(4)]
}

fn luminance(hex: &str) -> f64 {
    let lin = |c: f64| if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    let [r, g, b] = hex_to_rgb(hex);
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// One CSS rule: where it is, its declarations, and its `on:` background if annotated.
struct Rule {
    at: String,
    selector: String,
    decls: Vec<(String, String)>,
    on: Option<String>,
}

/// Flattens a stylesheet into rules (the bodies of @media blocks included).
fn rules(file: &Path) -> Vec<Rule> {
    let text = fs::read_to_string(file).unwrap();
    let mut out = Vec::new();
    parse_block(&text, &file.file_name().unwrap().to_string_lossy(), &mut out);
    out
}

fn parse_block(text: &str, file: &str, out: &mut Vec<Rule>) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let selector = strip_comments(&rest[..open]).trim().to_string();
        let mut depth = 0;
        let mut close = open;
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
            let on = body.split("/* on:").nth(1).and_then(|s| s.split_whitespace().next()).map(|s| s.trim_end_matches("*/").to_string());
            let decls = strip_comments(body)
                .split(';')
                .filter_map(|d| d.split_once(':'))
                .map(|(p, v)| (p.trim().to_string(), v.trim().to_string()))
                .collect();
            out.push(Rule { at: format!("{file}: {selector}"), selector, decls, on });
        }
        rest = &rest[close + 1..];
    }
}

fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map(|e| &rest[start + e + 2..]).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The colour tokens named in a value, e.g. "2px solid var(--dvc-color-error)".
fn colour_tokens(value: &str) -> Vec<String> {
    value
        .split("var(")
        .skip(1)
        .filter_map(|s| s.split(')').next())
        .filter(|t| t.starts_with("--dvc-color-"))
        .map(str::to_string)
        .collect()
}

fn decl<'a>(rule: &'a Rule, names: &[&str]) -> Option<&'a str> {
    rule.decls.iter().rev().find(|(p, _)| names.contains(&p.as_str())).map(|(_, v)| v.as_str())
}

#[test]
fn every_text_and_boundary_pair_meets_wcag_aa() {
    let tokens = tokens();
    let colour = |t: &str| tokens.get(t).unwrap_or_else(|| panic!("{t} is used but not defined in tokens.css")).clone();
    let page = "--dvc-color-background".to_string();
    let mut checked = 0;
    let mut failures = Vec::new();
    for file in css_files() {
        for rule in rules(&file) {
            let bg = decl(&rule, &["background-color", "background"]).and_then(|v| colour_tokens(v).into_iter().next());
            let behind = rule.on.clone().or(bg.clone()).unwrap_or(page.clone());
            if let Some(fg) = decl(&rule, &["color"]).and_then(|v| colour_tokens(v).into_iter().next()) {
                let ratio = contrast(&colour(&fg), &colour(&behind));
                checked += 1;
                if ratio < 4.5 {
                    failures.push(format!("{}: text {fg} on {behind} is {ratio:.2}:1 (needs 4.5:1)", rule.at));
                }
            }
            // A border is the boundary between the element and what surrounds it.
            let around = rule.on.clone().unwrap_or(page.clone());
            for (prop, value) in &rule.decls {
                if prop.starts_with("border") && !rule.at.contains(":disabled") && !rule.at.contains("aria-disabled") {
                    for t in colour_tokens(value) {
                        let ratio = contrast(&colour(&t), &colour(&around));
                        checked += 1;
                        if ratio < 3.0 {
                            failures.push(format!("{}: {prop} {t} on {around} is {ratio:.2}:1 (needs 3:1)", rule.at));
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 20, "the checker found only {checked} pairs: is it reading the styles?");
    assert!(failures.is_empty(), "contrast failures:\n{}", failures.join("\n"));
}

#[test]
fn the_focus_ring_is_visible_on_every_background_the_styles_use() {
    let tokens = tokens();
    let mut backgrounds: Vec<String> = vec!["--dvc-color-background".into()];
    for file in css_files() {
        for rule in rules(&file) {
            if let Some(v) = decl(&rule, &["background-color", "background"]) {
                backgrounds.extend(colour_tokens(v));
            }
        }
    }
    backgrounds.sort();
    backgrounds.dedup();
    let ring = &tokens["--dvc-color-focus-ring"];
    let halo = &tokens["--dvc-color-focus-halo"];
    for bg in &backgrounds {
        let best = contrast(ring, &tokens[bg]).max(contrast(halo, &tokens[bg]));
        assert!(best >= 3.0, "focus ring or halo on {bg}: only {best:.2}:1");
    }
    assert!(backgrounds.len() >= 5, "found backgrounds: {backgrounds:?}");
}

#[test]
fn type_size_line_height_and_focus_width_tokens_hold() {
    let t = tokens();
    let rem = |name: &str| t[name].trim_end_matches("rem").parse::<f64>().unwrap();
    assert!(rem("--dvc-font-size-body") >= 1.0, "body text at least 16px");
    assert!(rem("--dvc-font-size-small") >= 1.0, "no text under 16px");
    assert!(t["--dvc-line-height"].parse::<f64>().unwrap() >= 1.5);
    assert!(t["--dvc-focus-width"].trim_end_matches("px").parse::<f64>().unwrap() >= 3.0);
    assert!(t["--dvc-target-size"].trim_end_matches("px").parse::<f64>().unwrap() >= 44.0);
}

#[test]
fn contrast_formula_matches_known_values() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 0.01);
    assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
}

#[test]
fn styles_use_no_inline_style_hooks_and_only_dvc_or_demo_classes() {
    for file in css_files() {
        for rule in rules(&file) {
            for class in rule.selector.split('.').skip(1) {
                let name: String = class.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
                assert!(name.starts_with("dvc-") || name.starts_with("demo-"), "{}: class .{name} is outside the dvc- scheme", rule.at);
            }
        }
    }
}

#[test]
fn every_components_stylesheet_is_in_the_bundle() {
    let entry = fs::read_to_string(workspace().join("style/dvc-ui.css")).unwrap();
    let mut missing = Vec::new();
    for file in css_files() {
        if let Ok(rel) = file.strip_prefix(workspace().join("components/src")) {
            let import = format!("@import \"../components/src/{}\";", rel.display());
            if !entry.contains(&import) {
                missing.push(import);
            }
        }
    }
    assert!(missing.is_empty(), "add to style/dvc-ui.css: {missing:#?}");
}
