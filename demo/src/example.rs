//! Demo furniture: a titled box showing one state of a component. Demo-only.

use leptos::prelude::*;

/// One state of a component ("Có lỗi", "Bị vô hiệu hoá"…) in a bordered box.
#[component]
pub fn Example(#[prop(into)] title: String, children: Children) -> impl IntoView {
    view! {
        <section class="demo-example">
            <h3 class="demo-example__title">{title}</h3>
            <div class="demo-example__body">{children()}</div>
        </section>
    }
}

/// The short "when to use" note at the top of a component page.
#[component]
pub fn WhenToUse(children: Children) -> impl IntoView {
    view! {
        <div class="demo-when">
            <h2 class="demo-when__title">"Khi nào dùng"</h2>
            {children()}
        </div>
    }
}
