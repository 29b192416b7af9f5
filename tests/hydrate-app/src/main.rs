//! Writes the hydrating test app's page, rendered as a server renders it, to stdout.

fn main() {
    print!("{}", dvc_hydrate_app::page());
}
