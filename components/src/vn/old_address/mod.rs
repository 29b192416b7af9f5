//! `OldAddressFinder`: for a citizen whose identity card shows an address from before
//! 2025-07-01 (province / district / commune), finds the commune it is in now. A commune
//! that was split ("Nhập một phần") gives its candidates and the citizen chooses. The
//! province's conversion table, with the communes it leads to, is fetched on demand
//! (`data/old/PP.tsv`, written by the build), not embedded: the whole table is 400 KB.

use crate::form::{Button, ButtonKind};
use crate::i18n::{t, Ui};
use dvc_rules::divisions::{provinces, provinces_pre2025, OldProvinceTable};
use leptos::prelude::*;

/// Old province → old district → old commune, then "use this address". `on_found` gets the
/// new (province code, commune code).
///
/// ```
/// use dvc_ui::vn::OldAddressFinder;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Finder() -> impl IntoView {
///     view! { <OldAddressFinder id="old" on_found=move |(_p, _c): (String, String)| ()/> }
/// }
/// ```
#[component]
pub fn OldAddressFinder(
    /// Base of the generated ids.
    #[prop(into)]
    id: String,
    /// Called with the new (province code, commune code) the citizen chose.
    #[prop(into)]
    on_found: Callback<(String, String)>,
    /// Where the per-province files are served.
    #[prop(optional, into, default = "/data/old/".to_string())]
    base_url: String,
) -> impl IntoView {
    let province = RwSignal::new(String::new());
    let district = RwSignal::new(String::new());
    let old_commune = RwSignal::new(String::new());
    let table = RwSignal::new(None::<OldProvinceTable>);
    let problem = RwSignal::new(None::<String>);
    let used = RwSignal::new(None::<String>);
    let (use_text, used_text, load_failed) = (
        t(Ui::OldAddressUse),
        t(Ui::OldAddressUsed),
        t(Ui::OldAddressLoadFailed),
    );
    // Each choice of province is a new request; an older answer arriving late is dropped.
    let latest = StoredValue::new(0u32);
    let load = move |code: String| {
        latest.update_value(|n| *n += 1);
        let request = latest.get_value();
        table.set(None);
        problem.set(None);
        district.set(String::new());
        old_commune.set(String::new());
        if code.is_empty() {
            return;
        }
        let url = format!("{base_url}{code}.tsv");
        leptos::task::spawn_local(async move {
            let text = crate::fetch::get_text(&url, false).await;
            if latest.get_value() != request {
                return;
            }
            match text {
                Some(text) => table.set(Some(OldProvinceTable::parse(&text))),
                None => problem.set(Some(load_failed.into())),
            }
        });
    };
    let ids = [
        format!("{id}-province"),
        format!("{id}-district"),
        format!("{id}-commune"),
    ];
    let [pid, did, cid] = ids.clone();
    let candidates = move || {
        let c = old_commune.get();
        table.with(|t| {
            t.as_ref()
                .map(|t| t.new_communes(&c).into_iter().cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let province_name = |code: &str| {
        provinces()
            .iter()
            .find(|p| p.code == code)
            .map(|p| p.name)
            .unwrap_or("")
    };
    view! {
        <details class="dvc-details">
            <summary class="dvc-details__summary">{t(Ui::OldAddressSummary)}</summary>
            <div class="dvc-details__text">
                <p>{t(Ui::OldAddressIntro)}</p>
                <div class="dvc-field">
                    <label class="dvc-label" for=pid.clone()>{t(Ui::OldProvince)}</label>
                    <select class="dvc-select" id=pid on:change=move |ev| {
                        let v = event_target_value(&ev);
                        province.set(v.clone());
                        load(v);
                    }>
                        <option value="">{t(Ui::ChooseProvince)}</option>
                        {provinces_pre2025().iter().map(|p| view! { <option value=p.code>{p.name}</option> }).collect_view()}
                    </select>
                </div>
                {move || problem.get().map(|p| view! { <p class="dvc-error-message" role="alert">{p}</p> })}
                {move || table.with(|t| t.as_ref().map(|t| t.districts.clone())).map(|districts| {
                    let did = did.clone();
                    view! {
                        <div class="dvc-field">
                            <label class="dvc-label" for=did.clone()>{t(Ui::OldDistrict)}</label>
                            <select class="dvc-select" id=did on:change=move |ev| { district.set(event_target_value(&ev)); old_commune.set(String::new()); }>
                                <option value="">{t(Ui::ChooseDistrict)}</option>
                                {districts.into_iter().map(|(c, n)| view! { <option value=c>{n}</option> }).collect_view()}
                            </select>
                        </div>
                    }
                })}
                {move || {
                    let d = district.get();
                    let communes = table.with(|t| t.as_ref().map(|t| t.communes(&d)).unwrap_or_default());
                    let cid = cid.clone();
                    (!communes.is_empty()).then(|| view! {
                        <div class="dvc-field">
                            <label class="dvc-label" for=cid.clone()>{t(Ui::OldCommune)}</label>
                            <select class="dvc-select" id=cid on:change=move |ev| old_commune.set(event_target_value(&ev))>
                                <option value="">{t(Ui::ChooseCommune)}</option>
                                {communes.into_iter().map(|(c, n)| view! { <option value=c>{n}</option> }).collect_view()}
                            </select>
                        </div>
                    })
                }}
                <div aria-live="polite">
                    {move || {
                        let found = candidates();
                        let intro = match found.len() {
                            0 => return None,
                            1 => t(Ui::OldAddressOne),
                            _ => t(Ui::OldAddressSplit),
                        };
                        Some(view! {
                            <div class="dvc-old-address__result">
                                <p>{intro}</p>
                                {found.into_iter().map(|c| {
                                    let label = format!("{}, {}", c.name, province_name(&c.province_code));
                                    let (p, code, shown) = (c.province_code.clone(), c.code.clone(), label.clone());
                                    view! {
                                        <Button kind=ButtonKind::Secondary submit=false on_click=move |_| {
                                            used.set(Some(shown.clone()));
                                            on_found.run((p.clone(), code.clone()));
                                        }>{format!("{use_text}{label}")}</Button>
                                    }
                                }).collect_view()}
                                {move || used.get().map(|u| view! { <p class="dvc-old-address__used">{format!("{used_text}{u}")}</p> })}
                            </div>
                        })
                    }}
                </div>
            </div>
        </details>
    }
}
