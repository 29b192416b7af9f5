//! `OldAddressFinder`: for a citizen whose identity card shows an address from before
//! 2025-07-01 (province / district / commune), finds the commune it is in now. A commune
//! that was split ("Nhập một phần") gives its candidates and the citizen chooses. The
//! province's conversion table, with the communes it leads to, is fetched on demand
//! (`data/old/PP.tsv`, written by the build), not embedded: the whole table is 400 KB.

#[cfg(feature = "markup")]
use {
    crate::i18n::{t, Ui},
    dvc_rules::divisions::provinces_pre2025,
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// Old province → old district → old commune, then "use this address": its behaviour
/// (`enhance.rs`, `data-dvc-module="old-address"`) fetches the old province's table, asks
/// the district and the commune, and offers the commune(s) in force as buttons carrying
/// `data-dvc-province` / `data-dvc-commune` (an enclosing [`AddressInput`](crate::vn::AddressInput)
/// fills its boxes from them). Hidden until its behaviour starts: it needs a script.
///
/// ```
/// use dvc_ui::vn::OldAddressFinder;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Finder() -> impl IntoView {
///     view! { <OldAddressFinder id="old"/> }
/// }
/// ```
#[component]
pub fn OldAddressFinder(
    /// Base of the generated ids.
    #[prop(into)]
    id: String,
    /// Where the per-province files are served.
    #[prop(optional, into, default = "/data/old/".to_string())]
    base_url: String,
) -> impl IntoView {
    let pid = format!("{id}-province");
    view! {
        <details class="dvc-details dvc-old-address" hidden=true data-dvc-module="old-address" data-base-url=base_url>
            <summary class="dvc-details__summary">{t(Ui::OldAddressSummary)}</summary>
            <div class="dvc-details__text">
                <p>{t(Ui::OldAddressIntro)}</p>
                <div class="dvc-field">
                    <label class="dvc-label" for=pid.clone()>{t(Ui::OldProvince)}</label>
                    <select class="dvc-select" id=pid>
                        <option value="">{t(Ui::ChooseProvince)}</option>
                        {provinces_pre2025().iter().map(|p| view! { <option value=p.code>{p.name}</option> }).collect_view()}
                    </select>
                </div>
                <div class="dvc-old-address__more"></div>
                <div class="dvc-old-address__found" aria-live="polite"></div>
            </div>
        </details>
    }
}
