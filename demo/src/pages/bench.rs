//! Pages used by `cargo xtask bench` only (not in the navigation): a combobox over all
//! 3,321 communes, to time the filter per keystroke. The bench puts the whole table beside
//! the site (`bench/communes-2025.tsv`); the combobox appears once it has loaded.

use dvc_ui::prelude::*;
use dvc_ui::vn::{Combobox, ComboboxSearch};
use leptos::prelude::*;

pub fn communes() -> AnyView {
    view! {
        <h1>"Bench: dvc-ui combobox over 3,321 communes"</h1>
        <Field name="bench_commune" label="Xã, phường hoặc đặc khu">
            <Combobox search=ComboboxSearch::Communes options_url="/bench/communes-2025.tsv"/>
        </Field>
    }
    .into_any()
}
