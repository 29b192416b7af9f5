//! `AddressInput`: an address on the 2025 two-tier map — province (34), then commune (xã,
//! phường, đặc khu; 3,321), then house number and street — with the kit's division data.
//! Without a script (GOV.UK's pattern for a long dependent list): the citizen picks the
//! province, presses "Xem xã, phường của tỉnh, thành phố này", and the server sends the page
//! again with every answer kept and only that province's communes in the `<select>`
//! ([`wants_communes`]); never all 3,321 (200 KB of HTML and a slow list on a cheap phone).
//! With a script the browser fetches only the chosen province's communes
//! (`data/communes/PP.tsv`, written by the kit's build), so the names never travel in the
//! WebAssembly. Either way the commune must be in the province (`FieldRule::CommuneCode`).

pub(crate) mod examples;

use super::combobox::Combobox;
use super::old_address::OldAddressFinder;
use crate::form::{Button, ButtonKind, Field, TextInput};
use crate::i18n::{t, Ui};
use dvc_rules::divisions::{
    communes_of, provinces, search_commune_list, search_provinces, Commune,
};
use dvc_rules::form::FieldRule;
use leptos::prelude::*;
use std::sync::Arc;

/// The name of the no-script button that asks for a province's communes; its value is the
/// address's prefix.
pub const SHOW_COMMUNES: &str = "dvc_communes";
/// `PREFIX` + this: the hidden answer naming the province whose communes the page listed.
const LISTED_SUFFIX: &str = "_listed";

/// Whether a post asked for a province's communes (a page without a script): then show the
/// page again with the answers kept and unchecked, as for a language switch. A post whose
/// province is the one already listed is an ordinary submit: Enter in any answer presses
/// the form's first button, which may be this one.
///
/// ```
/// use dvc_ui::vn::{wants_communes, SHOW_COMMUNES};
/// let post = |province: &str, listed: &str| vec![
///     ("home_province".to_string(), province.to_string()),
///     ("home_listed".to_string(), listed.to_string()),
///     (SHOW_COMMUNES.to_string(), "home".to_string()),
/// ];
/// assert!(wants_communes(&post("15", "")));
/// assert!(wants_communes(&post("15", "01")));
/// assert!(!wants_communes(&post("15", "15")));
/// ```
pub fn wants_communes(pairs: &[(String, String)]) -> bool {
    let answer = |name: &str| {
        pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    pairs
        .iter()
        .filter(|(n, _)| n == SHOW_COMMUNES)
        .any(|(_, prefix)| {
            answer(&format!("{prefix}_province")) != answer(&format!("{prefix}{LISTED_SUFFIX}"))
        })
}

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
) -> impl IntoView {
    let province = province.unwrap_or_else(|| RwSignal::new(String::new()));
    let commune = commune.unwrap_or_else(|| RwSignal::new(String::new()));
    let province_codes: Vec<String> = provinces().iter().map(|p| p.code.to_string()).collect();
    let search_p = Callback::new(|q: String| {
        search_provinces(&q)
            .into_iter()
            .map(|p| (p.code.to_string(), p.name.to_string()))
            .collect()
    });
    let listed = RwSignal::new(Listed::Nothing);
    let latest = StoredValue::new(0u32);
    let load = move |code: String| load_communes(code, &communes_url, listed, latest);
    let load_again = load.clone();
    // In the browser: the chosen province's communes, fetched when it is chosen (or restored).
    Effect::new(move |_| load(province.get()));
    let search_c = Callback::new(move |q: String| {
        let p = province.get();
        listed.with(|l| match l {
            Listed::Ready(code, list) if *code == p => search_commune_list(list, &q)
                .into_iter()
                .map(|c| (c.code.clone(), c.name.clone()))
                .collect(),
            _ => Vec::new(),
        })
    });
    let commune_label = Callback::new(move |code: String| {
        listed.with(|l| match l {
            Listed::Ready(_, list) => list.iter().find(|c| c.code == code).map(|c| c.name.clone()),
            _ => None,
        })
    });
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
    let province_label = Callback::new(|code: String| {
        provinces()
            .iter()
            .find(|p| p.code == code)
            .map(|p| p.name.to_string())
    });
    let on_found = Callback::new(move |(p, c): (String, String)| {
        province.set(p);
        commune.set(c);
    });
    let finder_id = format!("{prefix}-old");
    let prefix_for_listed = prefix.clone();
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
    let loading_state = move || match listed.get() {
        Listed::Slow(_) => {
            Some(view! { <p class="dvc-hint">{t(Ui::CommunesLoading)}</p> }.into_any())
        }
        Listed::Failed(code) => Some({
            let load_again = load_again.clone();
            view! {
                <p class="dvc-error-message">{t(Ui::CommunesLoadFailed)}</p>
                <Button kind=ButtonKind::Secondary submit=false on_click=move |_| load_again(code.clone())>
                    {t(Ui::TryAgain)}
                </Button>
            }
            .into_any()
        }),
        _ => None,
    };
    view! {
        <div class="dvc-address">
            <Field name=province_name.clone() label=t(Ui::AddressProvince) hint=t(Ui::AddressProvinceHint)
                subject=t(Ui::AddressProvinceSubject) rule=FieldRule::OneOf(province_codes)>
                <Combobox search=search_p value=province native_options=native_provinces on_choose=on_province label_for=province_label/>
            </Field>
            // Without a script: ask the server for the chosen province's communes.
            {move || (!enhanced.get()).then(|| view! {
                <input type="hidden" name=format!("{prefix_for_listed}{LISTED_SUFFIX}") value=listed_province.clone()/>
                <Button kind=ButtonKind::Secondary name=SHOW_COMMUNES value=prefix_for_listed.clone() without_checks=true>
                    {t(Ui::AddressShowCommunes)}
                </Button>
            })}
            <Field name=format!("{prefix}_commune") label=t(Ui::AddressCommune) hint=t(Ui::AddressCommuneHint)
                subject=t(Ui::AddressCommuneSubject) rule=FieldRule::CommuneCode { province_field: Some(province_name.clone()) }>
                {move || {
                    // A new province starts a fresh commune box (its text is cleared).
                    commune_key.track();
                    view! { <Combobox search=search_c value=commune native_options=native_communes.clone() label_for=commune_label/> }
                }}
            </Field>
            <div class="dvc-address__status" aria-live="polite">{loading_state}</div>
            // Finding an old address needs a script: it appears once the page is interactive.
            {move || enhanced.get().then(|| view! { <OldAddressFinder id=finder_id.clone() on_found=on_found/> })}
            <Field name=format!("{prefix}_street") label=t(Ui::AddressStreet)
                rule=FieldRule::Text { max_chars: Some(200) }>
                <TextInput autocomplete="address-line1"/>
            </Field>
        </div>
    }
}

/// The chosen province's communes in the browser.
#[derive(Clone, Debug, PartialEq)]
enum Listed {
    Nothing,
    Loading(String),
    /// Still loading after a moment: the page says so (not for a quick answer: no flash).
    Slow(String),
    Ready(String, Arc<Vec<Commune>>),
    Failed(String),
}

/// How long a fetch may take before the page says it is loading.
const SLOW_MS: u64 = 400;

thread_local! {
    /// Province files already fetched on this page, by address (choosing a province again
    /// needs no network).
    static FETCHED: std::cell::RefCell<Vec<(String, Arc<Vec<Commune>>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Fetches a province's communes into `listed`; an older answer arriving late is dropped.
fn load_communes(code: String, base_url: &str, listed: RwSignal<Listed>, latest: StoredValue<u32>) {
    latest.update_value(|n| *n += 1);
    let request = latest.get_value();
    // Only a province of the table is fetched (a restored answer may be anything).
    if !provinces().iter().any(|p| p.code == code) {
        listed.set(Listed::Nothing);
        return;
    }
    let url = format!("{base_url}{code}.tsv");
    let cached = FETCHED.with_borrow(|f| f.iter().find(|(u, _)| *u == url).map(|(_, l)| l.clone()));
    if let Some(list) = cached {
        listed.set(Listed::Ready(code, list));
        return;
    }
    listed.set(Listed::Loading(code.clone()));
    let waiting = code.clone();
    set_timeout(
        move || {
            if latest.get_value() == request
                && listed.get_untracked() == Listed::Loading(waiting.clone())
            {
                listed.set(Listed::Slow(waiting));
            }
        },
        std::time::Duration::from_millis(SLOW_MS),
    );
    leptos::task::spawn_local(async move {
        let list = crate::fetch::get_text(&url, false)
            .await
            .map(|text| Commune::parse_lines(&text))
            .filter(|list| !list.is_empty());
        if latest.get_value() != request {
            return;
        }
        match list {
            Some(list) => {
                let list = Arc::new(list);
                FETCHED.with_borrow_mut(|f| f.push((url, list.clone())));
                listed.set(Listed::Ready(code, list));
            }
            None => listed.set(Listed::Failed(code)),
        }
    });
}
