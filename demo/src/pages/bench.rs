//! Pages used by `cargo xtask bench` only (not in the navigation): a combobox over all
//! 3,321 communes, to time the filter per keystroke. The bench puts the whole table beside
//! the site (`bench/communes-2025.tsv`); the box appears once it has loaded.

use dvc_rules::divisions::{search_commune_list, Commune};
use dvc_ui::prelude::*;
use dvc_ui::vn::Combobox;
use leptos::prelude::*;
use std::sync::Arc;

pub fn communes() -> AnyView {
    let all = RwSignal::new(None::<Arc<Vec<Commune>>>);
    Effect::new(move |_| {
        leptos::task::spawn_local(async move {
            let text = dvc_ui::fetch::get_text("/bench/communes-2025.tsv", false).await;
            all.set(text.map(|t| Arc::new(Commune::parse_lines(&t))));
        })
    });
    let search = Callback::new(move |q: String| {
        all.with(|list| {
            list.as_deref()
                .map(|list| {
                    search_commune_list(list, &q)
                        .into_iter()
                        .map(|c| (c.code.clone(), c.name.clone()))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    view! {
        <h1>"Bench: dvc-ui combobox over 3,321 communes"</h1>
        {move || all.with(Option::is_some).then(|| view! {
            <Field name="bench_commune" label="Xã, phường hoặc đặc khu"><Combobox search=search/></Field>
        })}
    }
    .into_any()
}
