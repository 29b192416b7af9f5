//! `Combobox`: a text box that filters a list as you type, following the WAI-ARIA APG
//! "combobox with listbox popup, list autocomplete" pattern exactly: focus stays in the
//! input, the active option is `aria-activedescendant`, `aria-expanded` and `aria-controls`
//! tie the box to its list, and a polite live region says how many results there are.
//! Keys: Down / Alt+Down open, Up / Down move, Enter chooses, Escape closes (then clears).
//! Rendered, it is a native `<select>`, so the form works before and without a script; its
//! behaviour (`enhance.js`, its keys in `state.js`) builds the combobox from the select's
//! options.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use {
    crate::form::restored_value,
    crate::form::{use_field, FieldContext},
    crate::i18n::{use_locale, Ui},
    dvc_rules::Locale,
    leptos::prelude::*,
};

/// At most this many options are in the list at once; the live region says how many more
/// match, so the citizen types more (`MAX_SHOWN` in `state.js`).
#[cfg(feature = "markup")]
pub const MAX_SHOWN: usize = 50;

#[cfg(feature = "markup")]
/// What a [`Combobox`] searches as the citizen types.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ComboboxSearch {
    /// Its options, by label, without diacritics or case ("hmong" finds "H'Mông").
    #[default]
    Options,
    /// The 34 provinces, by the kit's province search (short forms: "hn", "tp hcm").
    Provinces,
    /// One province's communes, given by [`AddressInput`](crate::vn::AddressInput).
    Communes,
}

#[cfg(feature = "markup")]
impl ComboboxSearch {
    fn word(self) -> Option<&'static str> {
        match self {
            ComboboxSearch::Options => None,
            ComboboxSearch::Provinces => Some("provinces"),
            ComboboxSearch::Communes => Some("communes"),
        }
    }
}

#[cfg(feature = "markup")]
/// A filtering picker inside a [`Field`](crate::form::Field): rendered as a native
/// `<select>` of `options` (value, label), which its behaviour (`enhance.rs`,
/// `data-dvc-module="combobox"`) turns into the APG combobox; the chosen value is posted
/// under the field's name either way.
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::vn::Combobox;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Fruit() -> impl IntoView {
///     let all = vec![("cam".to_string(), "Cam".to_string()), ("xoai".to_string(), "Xoài".to_string())];
///     view! { <Field name="fruit" label="Quả"><Combobox options=all/></Field> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::combobox`].
#[component]
pub fn Combobox(
    /// The options (value, label), in the order a list shows them.
    #[prop(optional)]
    options: Vec<(String, String)>,
    /// What typing searches (default: the options).
    #[prop(optional)]
    search: ComboboxSearch,
    /// The chosen value ("" while none), as the page starts.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// A file of communes (the kit's `PP.tsv` lines) to search instead of `options`; the
    /// combobox appears once it has loaded.
    #[prop(optional, into)]
    options_url: Option<String>,
) -> impl IntoView {
    let field = match use_field("Combobox", false) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    if let Some(v) = restored_value(&field.input_id, &field.name) {
        value.set(v);
    }
    let locale = use_locale();
    view! {
        <div class="dvc-combobox" data-dvc-module="combobox" data-search=search.word()
            data-options-url=options_url>
            {native_select(&field, value, &options, locale)}
        </div>
    }
    .into_any()
}

#[cfg(feature = "markup")]
/// The `<select>` of every option, for a page without its script. Options are written as
/// one piece of HTML (escaped), so hydrating thousands of them costs one string.
fn native_select(
    field: &FieldContext,
    value: RwSignal<String>,
    options: &[(String, String)],
    locale: Locale,
) -> AnyView {
    let placeholder = Ui::Select.text(locale);
    let chosen = value.get_untracked();
    let mut html = format!("<option value=\"\">{placeholder}</option>");
    for (v, l) in options {
        let selected = if *v == chosen { " selected" } else { "" };
        html.push_str(&format!(
            "<option value=\"{}\"{selected}>{}</option>",
            escape(v),
            escape(l)
        ));
    }
    view! {
        <select class="dvc-select" class:dvc-select--error=field.in_error()
            id=field.input_id.clone() name=field.name.clone()
            aria-describedby=field.aria_describedby()
            aria-invalid=field.aria_invalid()
            on:change=move |ev| value.set(event_target_value(&ev))
            inner_html=html>
        </select>
    }
    .into_any()
}

#[cfg(feature = "markup")]
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
