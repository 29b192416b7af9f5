//! Answers divisions questions read from stdin, one per line, one answer line each: the
//! authority that tests/rules/divisions.test.mjs compares rules/js/divisions.js with.
//!
//! A question is tab-separated fields, each escaped (`\\`, `\t`, `\n`, `\r`, `\x1d`, `\x1e`
//! stand for themselves' characters); `PP` is a province code (2025 for commune files,
//! pre-2025 for old-address files):
//!
//! - `fold<TAB>text` → the folded text
//! - `provinces<TAB>query` → the codes found, best first
//! - `communes<TAB>PP<TAB>query` → the codes found in `PP`'s commune file, best first
//! - `commune-file<TAB>PP`, `old-file<TAB>PP` → the file's text, escaped
//! - `parse-communes<TAB>text` → every commune `Commune::parse_lines` reads from the text
//! - `search-text<TAB>text<TAB>query` → the codes found in the communes of that text
//! - `parse-old<TAB>text` → `OldProvinceTable::parse`: districts, rows, communes in force
//! - `old-districts<TAB>PP` → the districts of `PP`'s old-address file
//! - `old-communes<TAB>PP<TAB>district` → `communes(district)` of that file
//! - `old-new<TAB>PP<TAB>old commune` → `new_communes(old commune)` of that file
//!
//! An answer is records joined by U+001E, each record its escaped fields joined by tabs;
//! `parse-old` joins its three lists with U+001D. A commune is province code, code, name,
//! kind (`xa`, `phuong`, `dacKhu`).
use dvc_rules::divisions::{
    commune_files, fold, old_province_files, search_commune_list, search_provinces, Commune,
    CommuneKind, OldProvinceTable,
};
use std::collections::HashMap;
use std::io::{BufRead, Write};

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{1d}' => out.push_str("\\x1d"),
            '\u{1e}' => out.push_str("\\x1e"),
            c => out.push(c),
        }
    }
    out
}

fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(
                    u32::from_str_radix(&hex, 16)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('?'),
                );
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn records<R: AsRef<str>>(rows: impl IntoIterator<Item = Vec<R>>) -> String {
    rows.into_iter()
        .map(|r| {
            r.iter()
                .map(|f| escape(f.as_ref()))
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect::<Vec<_>>()
        .join("\u{1e}")
}

fn commune(c: &Commune) -> Vec<&str> {
    let kind = match c.kind {
        CommuneKind::Xa => "xa",
        CommuneKind::Phuong => "phuong",
        CommuneKind::DacKhu => "dacKhu",
    };
    vec![&c.province_code, &c.code, &c.name, kind]
}

fn codes<'a>(found: impl IntoIterator<Item = &'a str>) -> String {
    found.into_iter().map(escape).collect::<Vec<_>>().join(" ")
}

fn old_table(table: &OldProvinceTable) -> String {
    [
        records(
            table
                .districts
                .iter()
                .map(|(c, n)| vec![c.as_str(), n.as_str()]),
        ),
        records(
            table
                .rows
                .iter()
                .map(|(d, c, n, new)| vec![d.as_str(), c, n, new]),
        ),
        records(table.now.iter().map(commune)),
    ]
    .join("\u{1d}")
}

fn main() {
    let commune_texts: HashMap<&str, String> = commune_files().into_iter().collect();
    let old_texts: HashMap<&str, String> = old_province_files().into_iter().collect();
    let communes: HashMap<&str, Vec<Commune>> = commune_texts
        .iter()
        .map(|(p, t)| (*p, Commune::parse_lines(t)))
        .collect();
    let old: HashMap<&str, OldProvinceTable> = old_texts
        .iter()
        .map(|(p, t)| (*p, OldProvinceTable::parse(t)))
        .collect();
    let no_communes = Vec::new();
    let no_table = OldProvinceTable::default();
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let f: Vec<String> = line.split('\t').map(unescape).collect();
        let arg = |i: usize| f.get(i).map_or("", String::as_str);
        let answer = match arg(0) {
            "fold" => escape(&fold(arg(1))),
            "provinces" => codes(search_provinces(arg(1)).iter().map(|p| p.code)),
            "communes" => {
                let list = communes.get(arg(1)).unwrap_or(&no_communes);
                codes(
                    search_commune_list(list, arg(2))
                        .iter()
                        .map(|c| c.code.as_str()),
                )
            }
            "commune-file" => escape(commune_texts.get(arg(1)).map_or("", String::as_str)),
            "old-file" => escape(old_texts.get(arg(1)).map_or("", String::as_str)),
            "parse-communes" => records(Commune::parse_lines(arg(1)).iter().map(commune)),
            "search-text" => {
                let list = Commune::parse_lines(arg(1));
                codes(
                    search_commune_list(&list, arg(2))
                        .iter()
                        .map(|c| c.code.as_str()),
                )
            }
            "parse-old" => old_table(&OldProvinceTable::parse(arg(1))),
            "old-districts" => {
                let table = old.get(arg(1)).unwrap_or(&no_table);
                records(
                    table
                        .districts
                        .iter()
                        .map(|(c, n)| vec![c.as_str(), n.as_str()]),
                )
            }
            "old-communes" => {
                let table = old.get(arg(1)).unwrap_or(&no_table);
                records(
                    table
                        .communes(arg(2))
                        .iter()
                        .map(|(c, n)| vec![c.as_str(), n.as_str()]),
                )
            }
            "old-new" => {
                let table = old.get(arg(1)).unwrap_or(&no_table);
                records(table.new_communes(arg(2)).into_iter().map(commune))
            }
            other => format!("unknown question: {}", escape(other)),
        };
        let _ = writeln!(out, "{answer}");
    }
}
