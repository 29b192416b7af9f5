//! The dvc-ui demo site (client-side rendered): the gallery of every component in every
//! state. Built and served by `cargo xtask demo`.

mod app;
mod example;
mod pages;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
