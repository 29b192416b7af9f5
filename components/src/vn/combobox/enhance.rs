//! The combobox in the browser (`data-dvc-module="combobox"` on `.dvc-combobox`, around the
//! native `<select>` the server renders): the `<select>` becomes the WAI-ARIA APG
//! "combobox with listbox popup, list autocomplete": a text box (the select's id, so its
//! label still names it) whose typing filters the options (`state::ListState` decides what
//! each key does), a hidden input posting the chosen value under the select's name, the
//! listbox, and a polite count. What it searches is the select's options, folded (no
//! diacritics, no case), or by `data-search`: `provinces` (the kit's province search,
//! short forms included) or `communes` (a province's communes, given by `AddressInput`, or
//! read from the file `data-options-url` names).

use super::state::{self, Key, ListState, Outcome, MAX_SHOWN};
use crate::enhance::{document, locale_of, on, set_attr, set_class};
use dvc_rules::divisions::{fold, search_commune_list, search_provinces, Commune};
use dvc_rules::Locale;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// What a combobox searches.
pub(crate) enum Search {
    /// Its own options (value, label): those whose folded label holds the folded query.
    Options(Vec<(String, String)>),
    /// The 34 provinces, by the kit's province search.
    Provinces,
    /// One province's communes (empty until they arrive).
    Communes(Rc<Vec<Commune>>),
}

impl Search {
    fn run(&self, query: &str) -> Vec<(String, String)> {
        match self {
            Search::Options(all) => {
                let q = fold(query);
                all.iter()
                    .filter(|(_, label)| fold(label).contains(&q))
                    .cloned()
                    .collect()
            }
            Search::Provinces => search_provinces(query)
                .into_iter()
                .map(|p| (p.code.to_string(), p.name.to_string()))
                .collect(),
            Search::Communes(list) => search_commune_list(list, query)
                .into_iter()
                .map(|c| (c.code.clone(), c.name.clone()))
                .collect(),
        }
    }

    /// The label of `value`, when it is one of the options.
    fn label_of(&self, value: &str) -> Option<String> {
        match self {
            Search::Options(all) => all.iter().find(|(v, _)| v == value).map(|(_, l)| l.clone()),
            Search::Provinces => dvc_rules::divisions::provinces()
                .iter()
                .find(|p| p.code == value)
                .map(|p| p.name.to_string()),
            Search::Communes(list) => list
                .iter()
                .find(|c| c.code == value)
                .map(|c| c.name.clone()),
        }
    }
}

/// One started combobox.
pub(crate) struct Combo {
    pub input: HtmlInputElement,
    /// What the form posts.
    pub hidden: HtmlInputElement,
    listbox: Element,
    said: Element,
    locale: Locale,
    list: Cell<ListState>,
    results: RefCell<Vec<(String, String)>>,
    search: RefCell<Search>,
}

thread_local! {
    /// Started comboboxes by the id of their box, for `AddressInput` to drive.
    static STARTED: RefCell<Vec<(String, Rc<Combo>)>> = const { RefCell::new(Vec::new()) };
}

/// The started combobox whose box has `id`.
pub(crate) fn by_box_id(id: &str) -> Option<Rc<Combo>> {
    STARTED.with_borrow(|all| all.iter().find(|(i, _)| i == id).map(|(_, c)| c.clone()))
}

/// Starts one combobox (see [`crate::enhance`]).
pub(crate) fn start(root: &Element) {
    let Some(select) = root
        .query_selector("select")
        .ok()
        .flatten()
        .and_then(|s| s.dyn_into::<HtmlSelectElement>().ok())
    else {
        return;
    };
    let listed: Vec<(String, String)> = crate::enhance::all(&select, "option")
        .into_iter()
        .filter_map(|o| {
            let value = o.get_attribute("value").unwrap_or_default();
            (!value.is_empty()).then(|| (value, o.text_content().unwrap_or_default()))
        })
        .collect();
    let search = match root.get_attribute("data-search").as_deref() {
        Some("provinces") => Search::Provinces,
        Some("communes") => Search::Communes(Rc::new(Vec::new())),
        _ => Search::Options(listed.clone()),
    };
    // Communes from a file (`data-options-url`): the box is built once they have arrived;
    // until then the native select stays.
    if let Some(url) = root.get_attribute("data-options-url") {
        let root = root.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(text) = crate::fetch::get_text(&url, false).await {
                let list = Rc::new(Commune::parse_lines(&text));
                build(&root, &select, listed, Search::Communes(list));
            }
        });
        return;
    }
    build(root, &select, listed, search);
}

/// Replaces `select` (inside `root`) with the combobox searching `search`.
fn build(
    root: &Element,
    select: &HtmlSelectElement,
    listed: Vec<(String, String)>,
    search: Search,
) {
    let Some(doc) = document() else { return };
    let chosen = select.value();
    let chosen_label = listed
        .iter()
        .find(|(v, _)| *v == chosen)
        .map(|(_, l)| l.clone())
        .unwrap_or_default();
    let id = select.id();
    let listbox_id = format!("{id}-listbox");
    let make = |tag: &str| doc.create_element(tag).ok();
    let (Some(input), Some(hidden), Some(listbox), Some(said)) =
        (make("input"), make("input"), make("ul"), make("div"))
    else {
        return;
    };
    let (Ok(input), Ok(hidden)) = (
        input.dyn_into::<HtmlInputElement>(),
        hidden.dyn_into::<HtmlInputElement>(),
    ) else {
        return;
    };
    input.set_class_name("dvc-input dvc-combobox__input");
    let in_error = select.class_list().contains("dvc-select--error");
    set_class(&input, "dvc-input--error", in_error);
    for (name, value) in [
        ("type", "text"),
        ("role", "combobox"),
        ("autocomplete", "off"),
        ("spellcheck", "false"),
        ("aria-autocomplete", "list"),
        ("aria-controls", listbox_id.as_str()),
        ("aria-expanded", "false"),
    ] {
        let _ = input.set_attribute(name, value);
    }
    for copied in ["aria-describedby", "aria-invalid"] {
        set_attr(&input, copied, select.get_attribute(copied).as_deref());
    }
    hidden.set_type("hidden");
    hidden.set_name(&select.name());
    hidden.set_value(&chosen);
    input.set_value(&chosen_label);
    listbox.set_class_name("dvc-combobox__listbox dvc-hidden");
    listbox.set_id(&listbox_id);
    let _ = listbox.set_attribute("role", "listbox");
    said.set_class_name("dvc-visually-hidden");
    let _ = said.set_attribute("aria-live", "polite");
    select.remove();
    input.set_id(&id);
    for el in [input.as_ref(), hidden.as_ref(), &listbox, &said] {
        let _ = root.append_child(el);
    }

    let combo = Rc::new(Combo {
        input,
        hidden,
        listbox,
        said,
        locale: locale_of(root),
        list: Cell::new(ListState::default()),
        results: RefCell::new(Vec::new()),
        search: RefCell::new(search),
    });
    STARTED.with_borrow_mut(|all| {
        all.retain(|(i, _)| *i != id);
        all.push((id, combo.clone()));
    });
    combo.refresh();

    let c = combo.clone();
    on(&combo.input, "input", move |_: web_sys::Event| {
        c.hidden.set_value("");
        c.list.set(c.list.get().on_typed());
        c.refresh();
    });
    let c = combo.clone();
    on(
        &combo.input,
        "keydown",
        move |ev: web_sys::KeyboardEvent| {
            let shown = c.results.borrow().len().min(MAX_SHOWN);
            let (next, outcome) = c
                .list
                .get()
                .on_key(Key::from_name(&ev.key(), ev.alt_key()), shown);
            c.list.set(next);
            match outcome {
                Outcome::PassOn => {}
                Outcome::Handled => ev.prevent_default(),
                Outcome::Choose(i) => {
                    ev.prevent_default();
                    c.choose(i);
                }
                Outcome::Clear => {
                    ev.prevent_default();
                    c.input.set_value("");
                    c.hidden.set_value("");
                }
            }
            c.refresh();
        },
    );
    let c = combo.clone();
    on(&combo.input, "blur", move |_: web_sys::Event| {
        c.list.set(ListState {
            open: false,
            ..c.list.get()
        });
        c.refresh();
    });
    // A press on an option must not take focus from the box.
    on(&combo.listbox, "mousedown", |ev: web_sys::MouseEvent| {
        ev.prevent_default()
    });
    let c = combo.clone();
    on(&combo.listbox, "click", move |ev: web_sys::MouseEvent| {
        let index = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-index]").ok().flatten())
            .and_then(|o| o.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = index {
            c.choose(i);
        }
    });
}

impl Combo {
    /// Chooses result `i`: the posted value changes now and the form hears a bubbling
    /// `change` (so a fixed answer clears its error at once).
    fn choose(&self, i: usize) {
        let Some((value, label)) = self.results.borrow().get(i).cloned() else {
            return;
        };
        self.hidden.set_value(&value);
        self.input.set_value(&label);
        self.list.set(ListState::default());
        self.refresh();
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(ev) = web_sys::Event::new_with_event_init_dict("change", &init) {
            let _ = self.hidden.dispatch_event(&ev);
        }
    }

    /// Sets the chosen value from outside (its label shown when known), without a `change`.
    pub(crate) fn set(&self, value: &str) {
        let label = self.search.borrow().label_of(value).unwrap_or_default();
        self.hidden.set_value(value);
        self.input.set_value(&label);
        self.list.set(ListState::default());
        self.refresh();
    }

    /// Searches `search` from now on (the chosen value's label shown when it is there).
    pub(crate) fn set_search(&self, search: Search) {
        *self.search.borrow_mut() = search;
        let value = self.hidden.value();
        if let Some(label) = self.search.borrow().label_of(&value) {
            self.input.set_value(&label);
        }
        self.refresh();
    }

    /// The list, the box's state and the count, as the query and the list state say.
    fn refresh(&self) {
        let results = self.search.borrow().run(&self.input.value());
        let list = self.list.get();
        let shown = results.len().min(MAX_SHOWN);
        let expanded = list.expanded(shown);
        let _ = self
            .input
            .set_attribute("aria-expanded", if expanded { "true" } else { "false" });
        let active = list.active.filter(|_| list.open);
        let option_id = |i: usize| format!("{}-{i}", self.listbox.id());
        set_attr(
            &self.input,
            "aria-activedescendant",
            active.map(option_id).as_deref(),
        );
        set_class(&self.listbox, "dvc-hidden", !expanded);
        self.listbox.set_text_content(None);
        if let Some(doc) = document() {
            for (i, (_, label)) in results.iter().take(MAX_SHOWN).enumerate() {
                let Ok(li) = doc.create_element("li") else {
                    continue;
                };
                let on = active == Some(i);
                li.set_class_name(if on {
                    "dvc-combobox__option dvc-combobox__option--active"
                } else {
                    "dvc-combobox__option"
                });
                li.set_id(&option_id(i));
                let _ = li.set_attribute("role", "option");
                let _ = li.set_attribute("aria-selected", if on { "true" } else { "false" });
                let _ = li.set_attribute("data-index", &i.to_string());
                li.set_text_content(Some(label));
                let _ = self.listbox.append_child(&li);
            }
        }
        let status = state::status(list.open, results.len(), self.locale);
        if self.said.text_content().as_deref() != Some(status.as_str()) {
            self.said.set_text_content(Some(&status));
        }
        *self.results.borrow_mut() = results;
    }
}
