//! Reading named examples from the text of an `examples.rs`: the code of one example, and
//! the `use` lines it needs. Shared by the library (the demo shows the code) and the build
//! script (which turns every named example into a rustdoc example, `dvc_ui::examples::gallery`);
//! no dependencies, so `build.rs` can include it.

/// The body of `fn NAME() -> AnyView { … }` in `source`, without the signature and with
/// its indentation removed: the code a developer copies. `None` when there is no such
/// function (the markup test catches that for every example).
pub fn example_source(source: &str, name: &str) -> Option<String> {
    let signature = format!("fn {name}() -> AnyView {{");
    let start = source.lines().position(|l| {
        l.trim_start().starts_with(&signature) || l.contains(&format!(" {signature}"))
    })?;
    let body: Vec<&str> = source
        .lines()
        .skip(start + 1)
        .take_while(|l| *l != "}")
        .collect();
    let indent = body
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let text: Vec<&str> = body
        .iter()
        .map(|l| {
            if l.len() >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            }
        })
        .collect();
    Some(text.join("\n").trim().to_string())
}

/// The `use` lines of an `examples.rs` an example's code needs (the crate's own
/// `dvc_ui::examples` import, which only declares the examples, left out).
pub fn example_uses(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| l.starts_with("use ") && !l.starts_with("use dvc_ui::examples"))
        .map(str::to_string)
        .collect()
}
