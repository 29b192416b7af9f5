//! A component's page, built from its named examples (`dvc_ui::examples`): what it is for,
//! then each example live with its code; and the page of one example alone (for a
//! designer's phone- and desktop-sized views and for the crawl).

use crate::example::{ExampleBox, WhenToUse};
use crate::language::{href, pick, say};
use dvc_ui::examples::{Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

pub fn render(doc: &'static Doc) -> AnyView {
    view! {
        <h1>{doc.page_title(use_locale())}</h1>
        <WhenToUse>
            // Guidance is text: the server writes it and hydrating leaves it as sent, so its
            // words (every component's, in Vietnamese) stay out of the WebAssembly.
            <div inner_html=guidance(doc)></div>
        </WhenToUse>
        {doc.examples.iter().map(|example| view! { <ExampleBox doc=doc example=example/> }).collect_view()}
    }
    .into_any()
}

/// A component's "when to use it" as HTML, on the server; nothing in the browser, which keeps
/// the server's.
fn guidance(doc: &'static Doc) -> String {
    #[cfg(feature = "ssr")]
    {
        (doc.when_to_use)().to_html()
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = doc;
        String::new()
    }
}

/// The last part of a preview page's address.
pub const PREVIEW: &str = "hai-kho";

/// The frames a designer compares: a cheap phone at its real size, and a desktop laid out
/// at 1024 px shown at half size (a class of demo.css), so both fit side by side.
const WIDTHS: [(u32, u32, (&str, &str), &str); 2] = [
    (
        360,
        640,
        ("Điện thoại, 360 px", "Phone, 360 px"),
        "demo-preview__viewport",
    ),
    (
        1024,
        768,
        (
            "Máy tính, 1024 px (thu nhỏ một nửa)",
            "Desktop, 1024 px (shown at half size)",
        ),
        "demo-preview__viewport demo-preview__viewport--half",
    ),
];

/// One example in a frame per width, side by side when the window is wide enough. The
/// frames show the example's own page (which allows framing by this site only).
pub fn preview(doc: &'static Doc, example: &'static Example) -> AnyView {
    let locale = use_locale();
    let alone = href(&format!("/components/{}/{}", doc.slug, example.slug()));
    let back = href(&format!("/components/{}", doc.slug));
    let title = example.title(locale);
    view! {
        <h1>{format!("{}: {title}", say("Xem ở hai khổ", "At two widths"))}</h1>
        <p>
            {say("Ví dụ của ", "An example of ")}{doc.page_title(locale)}{say(" ở khổ điện thoại và khổ máy tính. ", " at a phone's width and a desktop's. ")}
            <a href=back>{say("Mọi ví dụ của ", "Every example of ")}{doc.component}</a>
        </p>
        <div class="demo-preview">
            {WIDTHS.iter().map(|(width, height, names, class)| {
                let name = pick(locale, names.0, names.1);
                view! {
                <figure class="demo-preview__frame">
                    <figcaption class="demo-preview__caption">{name}</figcaption>
                    <div class=*class>
                        <iframe class="demo-preview__iframe" src=alone.clone() title=format!("{name}: {title}")
                            width=width.to_string() height=height.to_string()></iframe>
                    </div>
                </figure>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// An example's own page: its title as the page's `h1`, unless the example is a whole page
/// with an `h1` of its own.
pub fn alone(doc: &'static Doc, example: &'static Example) -> AnyView {
    let locale = use_locale();
    let back = href(&format!("/components/{}", doc.slug));
    let heading = (!example.whole_page).then(
        || view! { <h1>{format!("{} – {}", example.title(locale), doc.page_title(locale))}</h1> },
    );
    view! {
        {heading}
        {(example.render)()}
        <p><a href=back>{say("Mọi ví dụ của ", "Every example of ")}{doc.component}</a></p>
    }
    .into_any()
}
