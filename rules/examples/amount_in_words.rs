//! Reads one whole amount per line on stdin and prints it in words, one line each.
//! Used by tests/rules/amount-in-words.test.mjs to compare with an independent library.
use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines().map_while(Result::ok) {
        let words = match line.trim().parse::<u64>() {
            Ok(n) => dvc_rules::money::amount_in_words(n),
            Err(_) => format!("not an amount: {line}"),
        };
        let _ = writeln!(out, "{words}");
    }
}
