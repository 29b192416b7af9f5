//! `AddressInput`: an address on the 2025 two-tier map — province (34), then commune (xã,
//! phường, đặc khu; 3,321), then house number and street — with the kit's division data.
//! Without a script (GOV.UK's pattern for a long dependent list): the citizen picks the
//! province, presses "Xem xã, phường của tỉnh, thành phố này", and the server sends the page
//! again with every answer kept and only that province's communes in the `<select>`
//! ([`wants_communes`]); never all 3,321 (200 KB of HTML and a slow list on a cheap phone).
//! With a script the browser fetches only the chosen province's communes
//! (`data/communes/PP.tsv`, written by the kit's build), so the names never travel in the
//! WebAssembly: the behaviour is `enhance.rs` (`data-dvc-module="address"`). Either way the commune must be in the province (`FieldRule::CommuneCode`).

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use {
    super::combobox::{Combobox, ComboboxSearch},
    super::old_address::OldAddressFinder,
    crate::form::{Button, ButtonKind, Field, TextInput},
    crate::i18n::{t, Ui},
    dvc_rules::divisions::{communes_of, provinces},
    dvc_rules::form::FieldRule,
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
use dvc_rules::posted::LISTED_SUFFIX;
#[cfg(feature = "markup")]
pub use dvc_rules::posted::{wants_communes, SHOW_COMMUNES};

#[cfg(feature = "markup")]
/// Three questions posted as `PREFIX_province` (2-digit code), `PREFIX_commune` (5-digit
/// code) and `PREFIX_street`. The pickers search without diacritics and by common short
/// forms ("ha noi", "hn", "tp hcm", "thu duc"); choosing another province clears the commune.
/// A portal serves the kit's per-province commune files (`cargo xtask build` writes them to
/// `data/communes/`) at `communes_url`, and its form handler shows the page again, answers
/// kept and unchecked, when [`wants_communes`] says a post asked for a province's communes.
///
/// ```
/// use dvc_ui::vn::AddressInput;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Residence() -> impl IntoView {
///     view! { <AddressInput prefix="residence"/> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::address_input`].
#[component]
pub fn AddressInput(
    /// Prefix of the three posted names.
    #[prop(into)]
    prefix: String,
    /// The chosen province code, two-way.
    #[prop(optional, into)]
    province: Option<RwSignal<String>>,
    /// The chosen commune code, two-way.
    #[prop(optional, into)]
    commune: Option<RwSignal<String>>,
    /// Where the per-province commune files (`PP.tsv`) are served.
    #[prop(optional, into, default = "/data/communes/".to_string())]
    communes_url: String,
    /// Asks for the house number and street (`PREFIX_street`); `false` for a place
    /// (province and commune only: where a birth was registered).
    #[prop(optional, default = true)]
    street: bool,
    /// Offers to find the commune from the map before 1 July 2025.
    #[prop(optional, default = true)]
    old_map: bool,
) -> impl IntoView {
    let province = province.unwrap_or_else(|| RwSignal::new(String::new()));
    let commune = commune.unwrap_or_else(|| RwSignal::new(String::new()));
    let province_codes: Vec<String> = provinces().iter().map(|p| p.code.to_string()).collect();
    let native_provinces: Vec<(String, String)> = provinces()
        .iter()
        .map(|p| (p.code.to_string(), p.name.to_string()))
        .collect();
    // Without a script the `<select>` lists the communes of the province the page was sent
    // for (none before one is chosen). Only the server writes them: hydrating leaves the
    // `<select>`'s options as sent.
    let province_name = format!("{prefix}_province");
    let (listed_province, native_communes) = if crate::SERVER_RENDER {
        let code = crate::form::restored_value("", &province_name)
            .unwrap_or_else(|| province.get_untracked());
        let list: Vec<(String, String)> = communes_of(&code)
            .map(|c| (c.code.clone(), c.name.clone()))
            .collect();
        (code, list)
    } else {
        (String::new(), Vec::new())
    };
    let finder_id = format!("{prefix}-old");
    let subjects = crate::i18n::use_locale().address_subjects();
    view! {
        <div class="dvc-address" data-dvc-module="address" data-communes-url=communes_url>
            <Field name=province_name.clone() label=t(Ui::AddressProvince) hint=t(Ui::AddressProvinceHint)
                subject=subjects[0] rule=FieldRule::OneOf(province_codes)>
                <Combobox options=native_provinces search=ComboboxSearch::Provinces value=province/>
            </Field>
            // Without a script: ask the server for the chosen province's communes (the
            // behaviour removes this: it fetches them).
            <div class="dvc-address__without-script">
                <input type="hidden" name=format!("{prefix}{LISTED_SUFFIX}") value=listed_province/>
                <Button kind=ButtonKind::Secondary name=SHOW_COMMUNES value=prefix.clone() without_checks=true>
                    {t(Ui::AddressShowCommunes)}
                </Button>
            </div>
            <Field name=format!("{prefix}_commune") label=t(Ui::AddressCommune) hint=t(Ui::AddressCommuneHint)
                subject=subjects[1] rule=FieldRule::CommuneCode { province_field: Some(province_name.clone()) }>
                <Combobox options=native_communes search=ComboboxSearch::Communes value=commune/>
            </Field>
            <div class="dvc-address__status" aria-live="polite"></div>
            // Finding an old address needs a script: its behaviour shows it.
            {old_map.then(|| view! { <OldAddressFinder id=finder_id/> })}
            {street.then(|| view! {
                <Field name=format!("{prefix}_street") label=t(Ui::AddressStreet) subject=subjects[2]
                    rule=FieldRule::Text { max_chars: Some(200) }>
                    <TextInput autocomplete="address-line1"/>
                </Field>
            })}
        </div>
    }
}
