//! `Combobox`: a text box that filters a list as you type, following the WAI-ARIA APG
//! "combobox with listbox popup, list autocomplete" pattern exactly: focus stays in the
//! input, the active option is `aria-activedescendant`, `aria-expanded` and `aria-controls`
//! tie the box to its list, and a polite live region says how many results there are.
//! Keys: Down / Alt+Down open, Up / Down move, Enter chooses, Escape closes (then clears).
//! On a server render it is a native `<select>`, so the form works before WebAssembly.

pub(crate) mod examples;

use crate::form::restored_value;
use crate::form::{use_field, FieldContext};
use crate::i18n::{use_locale, Ui};
use dvc_rules::Locale;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

mod state;

pub use state::MAX_SHOWN;
use state::{Key, ListState, Outcome};

/// A filtering picker inside a [`Field`](crate::form::Field). `search` turns what was typed
/// into (value, label) pairs, best first; the chosen value is posted under the field's name.
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::vn::Combobox;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Fruit() -> impl IntoView {
///     let all = vec![("cam".to_string(), "Cam".to_string()), ("xoai".to_string(), "Xoài".to_string())];
///     let native = all.clone();
///     let search = Callback::new(move |q: String| all.iter().filter(|(_, l)| l.to_lowercase().contains(&q.to_lowercase())).cloned().collect());
///     view! { <Field name="fruit" label="Quả"><Combobox search=search native_options=native/></Field> }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::combobox`].
#[component]
pub fn Combobox(
    /// What was typed → matching (value, label) pairs, best first.
    search: Callback<String, Vec<(String, String)>>,
    /// The chosen value ("" while none), two-way.
    #[prop(optional, into)]
    value: Option<RwSignal<String>>,
    /// Options of the native `<select>` rendered on a server (without WebAssembly).
    #[prop(optional)]
    native_options: Vec<(String, String)>,
    /// The label shown in the box for an initial value.
    #[prop(optional, into)]
    initial_label: Option<String>,
    /// Called with the chosen value.
    #[prop(optional, into)]
    on_choose: Option<Callback<String>>,
    /// The label of a value, so a value set from outside (e.g. found from an old address)
    /// is shown in the box.
    #[prop(optional, into)]
    label_for: Option<Callback<String, Option<String>>>,
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
    // The server's markup, and the browser's while hydrating, is a native `<select>` that
    // works without a script; the browser upgrades it once the page is interactive.
    let enhanced = crate::use_enhanced();
    let initial_label = initial_label.or_else(|| {
        let v = value.get_untracked();
        native_options
            .iter()
            .find(|(o, _)| *o == v)
            .map(|(_, l)| l.clone())
    });
    let field_for_native = field.clone();
    let native = move || {
        (!enhanced.get()).then(|| native_select(&field_for_native, value, &native_options, locale))
    };
    let field_for_upgrade = field.clone();
    let upgrade = move || {
        enhanced.get().then(|| {
            enhanced_box(
                field_for_upgrade.clone(),
                search,
                value,
                initial_label.clone(),
                on_choose,
                label_for,
                locale,
            )
        })
    };
    view! {
        {native}
        {upgrade}
    }
    .into_any()
}

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

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The APG combobox that replaces the `<select>` in the browser.
fn enhanced_box(
    field: FieldContext,
    search: Callback<String, Vec<(String, String)>>,
    value: RwSignal<String>,
    initial_label: Option<String>,
    on_choose: Option<Callback<String>>,
    label_for: Option<Callback<String, Option<String>>>,
    locale: Locale,
) -> AnyView {
    let listbox_id = format!("{}-listbox", field.input_id);
    let query = RwSignal::new(initial_label.unwrap_or_default());
    let list = RwSignal::new(ListState::default());
    let results = Memo::new(move |_| search.run(query.get()));
    if let Some(label_for) = label_for {
        Effect::new(move |_| {
            let v = value.get();
            if let Some(label) = (!v.is_empty()).then(|| label_for.run(v)).flatten() {
                if query.get_untracked() != label {
                    query.set(label);
                    list.update(|l| l.open = false);
                }
            }
        });
    }
    let shown = move || results.with(|r| r.len().min(MAX_SHOWN));
    let option_id = {
        let listbox_id = listbox_id.clone();
        move |i: usize| format!("{listbox_id}-{i}")
    };
    let hidden = NodeRef::<leptos::html::Input>::new();
    let choose = move |i: usize| {
        if let Some((v, label)) = results.with_untracked(|r| r.get(i).cloned()) {
            value.set(v.clone());
            // Like a native control: the posted value changes now, and the form hears a
            // bubbling `change` (so a fixed answer clears its error at once).
            if let Some(input) = hidden.get_untracked() {
                input.set_value(&v);
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(ev) = web_sys::Event::new_with_event_init_dict("change", &init) {
                    let _ = input.dispatch_event(&ev);
                }
            }
            query.set(label);
            list.set(ListState::default());
            if let Some(cb) = on_choose {
                cb.run(v);
            }
        }
    };
    let on_keydown = move |ev: KeyboardEvent| {
        let (next, outcome) = list
            .get_untracked()
            .on_key(Key::from_name(&ev.key(), ev.alt_key()), shown());
        list.set(next);
        match outcome {
            Outcome::PassOn => {}
            Outcome::Handled => ev.prevent_default(),
            Outcome::Choose(i) => {
                ev.prevent_default();
                choose(i);
            }
            Outcome::Clear => {
                ev.prevent_default();
                query.set(String::new());
                value.set(String::new());
            }
        }
    };
    let expanded = move || list.get().expanded(shown());
    let status = move || state::status(list.get().open, results.with(Vec::len), locale);
    let active_id = {
        let option_id = option_id.clone();
        move || {
            list.with(|l| {
                if l.open {
                    l.active.map(&option_id)
                } else {
                    None
                }
            })
        }
    };
    let list_id = listbox_id.clone();
    view! {
        <div class="dvc-combobox">
            <input class="dvc-input dvc-combobox__input" class:dvc-input--error=field.in_error()
                id=field.input_id.clone() type="text" role="combobox" autocomplete="off" spellcheck="false"
                aria-autocomplete="list" aria-controls=listbox_id.clone()
                aria-expanded=move || if expanded() { "true" } else { "false" }
                aria-activedescendant=active_id
                aria-describedby=field.aria_describedby()
                aria-invalid=field.aria_invalid()
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    value.set(String::new());
                    list.update(|l| *l = l.on_typed());
                }
                on:keydown=on_keydown
                on:blur=move |_| list.update(|l| l.open = false)/>
            <input type="hidden" node_ref=hidden name=field.name.clone() prop:value=move || value.get()/>
            <ul class="dvc-combobox__listbox" class:dvc-hidden=move || !expanded() id=list_id role="listbox">
                {move || results.with(|r| r.iter().take(MAX_SHOWN).cloned().enumerate().collect::<Vec<_>>()).into_iter().map(|(i, (_, label))| {
                    let id = option_id(i);
                    view! {
                        <li class="dvc-combobox__option" class:dvc-combobox__option--active=move || list.with(|l| l.active == Some(i))
                            id=id role="option" aria-selected=move || if list.with(|l| l.active == Some(i)) { "true" } else { "false" }
                            on:mousedown=move |ev| ev.prevent_default()
                            on:click=move |_| choose(i)>{label}</li>
                    }
                }).collect_view()}
            </ul>
            <div class="dvc-visually-hidden" aria-live="polite">{status}</div>
        </div>
    }
    .into_any()
}
