//! Pages used by `cargo xtask bench` only (not in the navigation): a combobox over all
//! 3,321 communes, to time the filter per keystroke.

use dvc_rules::divisions::search_communes;
use dvc_ui::prelude::*;
use dvc_ui::vn::Combobox;
use leptos::prelude::*;

pub fn communes() -> AnyView {
    let search = Callback::new(|q: String| {
        search_communes(None, &q)
            .into_iter()
            .map(|c| (c.code.to_string(), c.name.to_string()))
            .collect()
    });
    view! {
        <h1>"Bench: dvc-ui combobox over 3,321 communes"</h1>
        <Field name="bench_commune" label="Xã, phường hoặc đặc khu"><Combobox search=search/></Field>
    }
    .into_any()
}
