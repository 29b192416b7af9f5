//! `AddressInput`: an address on the 2025 two-tier map — province (34), then commune (xã,
//! phường, đặc khu; 3,321), then house number and street — with the kit's division data.

pub(crate) mod examples;

use super::combobox::Combobox;
use super::old_address::OldAddressFinder;
use crate::form::{Field, TextInput};
use crate::i18n::{t, Ui};
use dvc_rules::divisions::{
    commune as commune_by_code, communes, provinces, search_communes, search_provinces,
};
use dvc_rules::form::FieldRule;
use leptos::prelude::*;

/// Three questions posted as `PREFIX_province` (2-digit code), `PREFIX_commune` (5-digit
/// code) and `PREFIX_street`. The pickers search without diacritics and by common short
/// forms ("ha noi", "hn", "tp hcm", "thu duc"); choosing another province clears the commune.
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
) -> impl IntoView {
    let province = province.unwrap_or_else(|| RwSignal::new(String::new()));
    let commune = commune.unwrap_or_else(|| RwSignal::new(String::new()));
    let province_codes: Vec<String> = provinces().iter().map(|p| p.code.to_string()).collect();
    let commune_codes: Vec<String> = communes().iter().map(|c| c.code.to_string()).collect();
    let search_p = Callback::new(|q: String| {
        search_provinces(&q)
            .into_iter()
            .map(|p| (p.code.to_string(), p.name.to_string()))
            .collect()
    });
    let search_c = Callback::new(move |q: String| {
        let p = province.get();
        if p.is_empty() {
            return Vec::new();
        }
        search_communes(Some(&p), &q)
            .into_iter()
            .map(|c| (c.code.to_string(), c.name.to_string()))
            .collect()
    });
    let native_provinces: Vec<(String, String)> = provinces()
        .iter()
        .map(|p| (p.code.to_string(), p.name.to_string()))
        .collect();
    // Without a script the citizen picks from every commune, each named with its province.
    let native_communes: Vec<(String, String)> = communes()
        .iter()
        .map(|c| {
            let province_name = provinces()
                .iter()
                .find(|p| p.code == c.province_code)
                .map(|p| p.name)
                .unwrap_or("");
            (c.code.to_string(), format!("{} – {province_name}", c.name))
        })
        .collect();
    let province_label = Callback::new(|code: String| {
        provinces()
            .iter()
            .find(|p| p.code == code)
            .map(|p| p.name.to_string())
    });
    let commune_label =
        Callback::new(|code: String| commune_by_code(&code).map(|c| c.name.to_string()));
    let on_found = Callback::new(move |(p, c): (String, String)| {
        province.set(p);
        commune.set(c);
    });
    let finder_id = format!("{prefix}-old");
    let commune_key = RwSignal::new(0u32);
    // Only another province clears the commune (choosing the same one again keeps it).
    let last_province = StoredValue::new(province.get_untracked());
    let on_province = Callback::new(move |chosen: String| {
        if last_province.get_value() != chosen {
            last_province.set_value(chosen);
            commune.set(String::new());
            commune_key.update(|k| *k += 1);
        }
    });
    let enhanced = crate::use_enhanced();
    view! {
        <div class="dvc-address">
            <Field name=format!("{prefix}_province") label=t(Ui::AddressProvince) hint=t(Ui::AddressProvinceHint)
                subject=t(Ui::AddressProvinceSubject) rule=FieldRule::OneOf(province_codes)>
                <Combobox search=search_p value=province native_options=native_provinces on_choose=on_province label_for=province_label/>
            </Field>
            <Field name=format!("{prefix}_commune") label=t(Ui::AddressCommune) hint=t(Ui::AddressCommuneHint)
                subject=t(Ui::AddressCommuneSubject) rule=FieldRule::OneOf(commune_codes)>
                {move || {
                    // A new province starts a fresh commune box (its text is cleared).
                    commune_key.track();
                    view! { <Combobox search=search_c value=commune native_options=native_communes.clone() label_for=commune_label/> }
                }}
            </Field>
            // Finding an old address needs a script: it appears once the page is interactive.
            {move || enhanced.get().then(|| view! { <OldAddressFinder id=finder_id.clone() on_found=on_found/> })}
            <Field name=format!("{prefix}_street") label=t(Ui::AddressStreet)
                rule=FieldRule::Text { max_chars: Some(200) }>
                <TextInput autocomplete="address-line1"/>
            </Field>
        </div>
    }
}
