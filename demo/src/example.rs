//! Demo furniture: one named example shown live, with its Rust and its server-rendered
//! HTML to copy, and the "when to use" note. Demo-only; the examples themselves live in
//! each component's folder (`dvc_ui::examples`).

use crate::language::{href, say};
use dvc_ui::examples::{example_source, Doc, Example};
use dvc_ui::prelude::*;
use leptos::prelude::*;

/// The server-rendered HTML of an example, for people to read and copy. Only the server
/// computes it; the browser keeps the server's text while hydrating (`String::new()` here
/// is never shown).
fn example_html(example: &Example) -> String {
    #[cfg(feature = "ssr")]
    {
        // A child owner in the page's arena; an empty submission hides any post this page
        // answers, so the HTML shown is the example as first served.
        let owner = Owner::new();
        let html = owner.with(|| {
            provide_context(dvc_ui::form::Submission::new(
                Vec::new(),
                Vec::new(),
                dvc_server::forms::today_in_vietnam(),
            ));
            (example.render)().to_html()
        });
        dvc_ui::examples::html_for_people(&html)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = example;
        String::new()
    }
}

/// One example: its title, the example live, its Rust code and its HTML. An example that is
/// a whole page (it has the page's `h1`) is shown in a frame of its own page, scrolled to
/// its main content, so this page keeps one `h1` (as GOV.UK's design system frames its
/// examples).
#[component]
pub fn ExampleBox(doc: &'static Doc, example: &'static Example) -> impl IntoView {
    let title_id = format!("ex-{}", example.slug());
    let labelled_by = title_id.clone();
    // Empty in the browser (`server_only`): hydration keeps the server's text.
    let code = example_source(doc.source, example.name).unwrap_or_default();
    let html = example_html(example);
    let alone = href(&format!("/components/{}/{}", doc.slug, example.slug()));
    let preview = format!("{alone}/{}", crate::pages::component::PREVIEW);
    let title = example.title(use_locale());
    view! {
        <section class="demo-example" aria-labelledby=labelled_by>
            <h2 class="demo-example__title" id=title_id>{title}</h2>
            {if example.whole_page {
                let framed = format!("{alone}#main-content");
                view! {
                    <div class="demo-example__body">
                        <iframe class="demo-example__frame" src=framed title=title></iframe>
                    </div>
                }.into_any()
            } else {
                view! { <div class="demo-example__body">{(example.render)()}</div> }.into_any()
            }}
            <details class="demo-code">
                <summary class="demo-code__summary">{say("Mã Rust", "Rust code")}</summary>
                <pre class="demo-code__block"><code>{code}</code></pre>
            </details>
            <details class="demo-code">
                <summary class="demo-code__summary">{say("HTML do máy chủ tạo", "HTML the server writes")}</summary>
                <pre class="demo-code__block"><code>{html}</code></pre>
            </details>
            <ul class="demo-example__links">
                <li><a href=alone>{say("Mở riêng ví dụ “", "Open “")}{title}{say("”", "” on its own")}</a></li>
                <li><a href=preview>{say("Xem “", "See “")}{title}{say("” ở khổ điện thoại và máy tính", "” at phone and desktop widths")}</a></li>
            </ul>
        </section>
    }
}

/// The short "when to use" note at the top of a component page. The guidance is written in
/// Vietnamese only: on an English page it says so and is marked `lang="vi"`, so a screen
/// reader reads it with a Vietnamese voice.
#[component]
pub fn WhenToUse(children: Children) -> impl IntoView {
    let english = use_locale() == Locale::En;
    view! {
        <div class="demo-when">
            <h2 class="demo-when__title">{say("Khi nào dùng", "When to use it")}</h2>
            {english.then(|| view! { <p>"(This guidance is in Vietnamese.)"</p> })}
            <div lang=english.then_some("vi")>{children()}</div>
        </div>
    }
}
