//! A component's page, built from its named examples (`dvc_ui::examples`): what it is for,
//! then each example live with its code; and the page of one example alone (for a
//! designer's phone- and desktop-sized views and for the crawl).

use crate::example::{ExampleBox, WhenToUse};
use dvc_ui::examples::{Doc, Example};
use leptos::prelude::*;

pub fn render(doc: &'static Doc) -> AnyView {
    view! {
        <h1>{doc.page_title()}</h1>
        <WhenToUse>{(doc.when_to_use)()}</WhenToUse>
        {doc.examples.iter().map(|example| view! { <ExampleBox doc=doc example=example/> }).collect_view()}
    }
    .into_any()
}

pub fn alone(doc: &'static Doc, example: &'static Example) -> AnyView {
    let back = format!("/components/{}", doc.slug);
    view! {
        <h1>{format!("{} – {}", example.title, doc.page_title())}</h1>
        {(example.render)()}
        <p><a href=back>"Mọi ví dụ của "{doc.component}</a></p>
    }
    .into_any()
}
