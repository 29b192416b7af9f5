//! `cargo xtask data`: generates the administrative-division tables the kit ships
//! (rules/data/*.tsv) from the official files in ../shared/data. Cleans as the shared
//! README says: NFC, whitespace folded (no-break and doubled spaces), "Xa Ea Kly" → "Xã Ea
//! Kly", lower-case unit words capitalised. Run it again when the official files change;
//! `cargo test -p dvc-rules` checks the counts of what it wrote.

use crate::{root, Failure, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;
use unicode_normalization::UnicodeNormalization;

fn shared() -> PathBuf {
    std::env::var_os("DVC_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/data"))
}

/// NFC, single spaces, the known typo fixed, and the unit word capitalised.
pub fn clean(name: &str) -> String {
    let folded: String = name
        .nfc()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let fixed = match folded.strip_prefix("Xa ") {
        Some(rest) => format!("Xã {rest}"),
        None => folded,
    };
    let mut chars = fixed.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => fixed,
    }
}

/// "Quận Ba Đình (001)" → ("Quận Ba Đình", "001").
fn name_and_code(cell: &str) -> Option<(String, String)> {
    let cell = cell.trim();
    let open = cell.rfind('(')?;
    let code = cell[open + 1..].trim_end_matches(')').trim();
    code.chars()
        .all(|c| c.is_ascii_digit())
        .then(|| (clean(&cell[..open]), code.to_string()))
}

pub fn run() -> Result {
    let dir = shared();
    let out = root().join("rules/data");
    fs::create_dir_all(&out)?;
    let read = |name: &str| {
        fs::read_to_string(dir.join(name)).map_err(|e| Failure(format!("cannot read {} ({e}); put the shared data folder beside the repository or set DVC_SHARED_DATA", dir.join(name).display())))
    };

    // 2025: provinces and communes from the cleaned JSON.
    let json: serde_json::Value = serde_json::from_str(&read("vn-divisions-2025.json")?)?;
    let provinces = json["provinces"]
        .as_array()
        .ok_or_else(|| Failure("vn-divisions-2025.json has no provinces".into()))?;
    let (mut p25, mut c25) = (String::new(), String::new());
    for p in provinces {
        let pcode = p["code"].as_u64().unwrap_or(0);
        writeln!(
            p25,
            "{pcode:02}\t{}\t{}\t{}",
            clean(p["name"].as_str().unwrap_or("")),
            p["type"].as_str().unwrap_or(""),
            p["phone_code"].as_u64().unwrap_or(0)
        )
        .ok();
        for c in p["communes"].as_array().into_iter().flatten() {
            writeln!(
                c25,
                "{pcode:02}\t{:05}\t{}\t{}",
                c["code"].as_u64().unwrap_or(0),
                clean(c["name"].as_str().unwrap_or("")),
                c["type"].as_str().unwrap_or("")
            )
            .ok();
        }
    }

    // Before 2025: provinces and districts (the old communes come with the conversion table).
    let mut provinces_old = BTreeMap::new();
    let mut districts_old = BTreeSet::new();
    let text = read("vn-divisions-pre2025.csv")?;
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    for row in rows.records() {
        let r = row?;
        let (pname, pcode, dname, dcode) = (&r[0], &r[1], &r[2], &r[3]);
        provinces_old.insert(pcode.to_string(), clean(pname));
        districts_old.insert((pcode.to_string(), dcode.to_string(), clean(dname)));
    }
    let p_old: String = provinces_old
        .iter()
        .map(|(c, n)| format!("{c}\t{n}\n"))
        .collect();
    let d_old: String = districts_old
        .iter()
        .map(|(p, d, n)| format!("{p}\t{d}\t{n}\n"))
        .collect();

    // Old commune → new commune (two header rows; province title rows have empty cells).
    let text = read("vn-divisions-2025-conversion.csv")?;
    let mut rows = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut conv = BTreeSet::new();
    for row in rows.records().skip(2) {
        let r = row?;
        let cell = |i: usize| r.get(i).unwrap_or("").trim().to_string();
        let (new_code, old_name, old_code) = (cell(2), cell(3), cell(4));
        if new_code.is_empty() || old_code.is_empty() {
            continue;
        }
        let Some((_, new_province)) = name_and_code(&cell(0)) else {
            continue;
        };
        let Some((_, old_district)) = name_and_code(&cell(6)) else {
            continue;
        };
        let Some((_, old_province)) = name_and_code(&cell(7)) else {
            continue;
        };
        conv.insert((
            old_province,
            old_district,
            old_code,
            clean(&old_name),
            new_province,
            new_code,
        ));
    }
    let conversion: String = conv
        .iter()
        .map(|(op, od, oc, on, np, nc)| format!("{op}\t{od}\t{oc}\t{on}\t{np}\t{nc}\n"))
        .collect();

    for (name, body) in [
        ("provinces-2025.tsv", &p25),
        ("communes-2025.tsv", &c25),
        ("provinces-pre2025.tsv", &p_old),
        ("districts-pre2025.tsv", &d_old),
        ("conversion-2025.tsv", &conversion),
    ] {
        fs::write(out.join(name), body)?;
        println!(
            "xtask: wrote rules/data/{name} ({} rows, {} bytes)",
            body.lines().count(),
            body.len()
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_matches_the_shared_readme() {
        assert_eq!(clean("Xa Ea Kly"), "Xã Ea Kly");
        assert_eq!(clean("phường  Vĩnh\u{a0}Hải "), "Phường Vĩnh Hải");
        assert_eq!(
            clean("Xa\u{0303} A"),
            "Xã A",
            "decomposed input becomes NFC"
        );
        assert_eq!(
            name_and_code("Quận Ba Đình (001)"),
            Some(("Quận Ba Đình".into(), "001".into()))
        );
        assert_eq!(name_and_code("THÀNH PHỐ HÀ NỘI"), None);
    }
}
