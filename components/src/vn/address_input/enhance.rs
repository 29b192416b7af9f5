//! `AddressInput` in the browser (`data-dvc-module="address"`, the commune files' address
//! in `data-communes-url`): its two comboboxes (started first) work together. Choosing a
//! province fetches that province's communes (`PP.tsv`, once per page) for the commune box,
//! and another province clears the commune; a slow answer says it is loading (after 400 ms,
//! so a quick one does not flash), a failed one says so with "Thử lại". The parts only a
//! page without a script needs ("Xem xã, phường…" and what it posts) go; a commune the
//! old-address finder finds fills both boxes.

use crate::enhance::{after, all, document, locale_of, on};
use crate::i18n::Ui;
use crate::vn::combobox::enhance::{by_box_id, Combo, Search};
use dvc_rules::divisions::{provinces, Commune};
use dvc_rules::Locale;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// How long a fetch may take before the page says it is loading.
const SLOW_MS: i32 = 400;

thread_local! {
    /// Province files already fetched on this page, by address.
    static FETCHED: RefCell<Vec<(String, Rc<Vec<Commune>>)>> = const { RefCell::new(Vec::new()) };
}

struct Address {
    province: Rc<Combo>,
    commune: Rc<Combo>,
    status: Option<Element>,
    base_url: String,
    locale: Locale,
    /// The province whose communes the commune box has (or is waiting for).
    last: RefCell<String>,
    /// Each load is numbered; an older answer arriving late is dropped.
    latest: Cell<u32>,
}

/// Marks the "Thử lại" button of a failed load.
const AGAIN: &str = "data-dvc-again";

/// Starts one address (see [`crate::enhance`]).
pub(crate) fn start(root: &Element) {
    let boxes: Vec<Rc<Combo>> = all(root, ".dvc-combobox input[role=combobox]")
        .iter()
        .filter_map(|i| by_box_id(&i.id()))
        .collect();
    let [province, commune] = boxes.as_slice() else {
        return;
    };
    for part in all(root, ".dvc-address__without-script") {
        part.remove();
    }
    let address = Rc::new(Address {
        province: province.clone(),
        commune: commune.clone(),
        status: root.query_selector(".dvc-address__status").ok().flatten(),
        base_url: root
            .get_attribute("data-communes-url")
            .unwrap_or_else(|| "/data/communes/".into()),
        locale: locale_of(root),
        last: RefCell::new(province.hidden.value()),
        latest: Cell::new(0),
    });
    address.load(province.hidden.value());
    // Typing over the province empties its answer: the commune box searches nothing until
    // a province is chosen again (never the communes of the one before).
    let a = address.clone();
    on(
        &address.province.input,
        "input",
        move |_: web_sys::Event| {
            if a.province.hidden.value().is_empty() && !a.last.borrow().is_empty() {
                a.load(String::new());
            }
        },
    );
    let a = address.clone();
    on(
        &address.province.hidden,
        "change",
        move |_: web_sys::Event| {
            let chosen = a.province.hidden.value();
            // Only another province clears the commune (the same one again keeps it).
            if *a.last.borrow() != chosen {
                a.commune.set("");
                a.load(chosen);
            }
        },
    );
    // "Thử lại" after a failed load (made anew by each failure, heard here once), and a
    // commune the old-address finder found (both boxes take it).
    let a = address.clone();
    on(root, "click", move |ev: web_sys::MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        if target
            .as_ref()
            .and_then(|t| t.closest(&format!("[{AGAIN}]")).ok().flatten())
            .is_some()
        {
            let code = a.last.borrow().clone();
            a.load(code);
            return;
        }
        let Some(used) = target.and_then(|t| t.closest("[data-dvc-commune]").ok().flatten()) else {
            return;
        };
        let (Some(p), Some(c)) = (
            used.get_attribute("data-dvc-province"),
            used.get_attribute("data-dvc-commune"),
        ) else {
            return;
        };
        a.province.set(&p);
        if *a.last.borrow() != p {
            a.load(p);
        }
        a.commune.set(&c);
    });
}

impl Address {
    /// Gives the commune box `code`'s communes, fetched unless fetched before.
    fn load(self: &Rc<Self>, code: String) {
        *self.last.borrow_mut() = code.clone();
        self.latest.set(self.latest.get() + 1);
        let request = self.latest.get();
        self.say(None);
        // Only a province of the table is fetched (a restored answer may be anything).
        if !provinces().iter().any(|p| p.code == code) {
            self.commune
                .set_search(Search::Communes(Rc::new(Vec::new())));
            return;
        }
        let url = format!("{}{code}.tsv", self.base_url);
        let cached =
            FETCHED.with_borrow(|f| f.iter().find(|(u, _)| *u == url).map(|(_, l)| l.clone()));
        if let Some(list) = cached {
            self.commune.set_search(Search::Communes(list));
            return;
        }
        // Until this province's communes arrive, none (not the previous province's).
        self.commune
            .set_search(Search::Communes(Rc::new(Vec::new())));
        let me = self.clone();
        after(SLOW_MS, move || {
            if me.latest.get() == request {
                me.say(Some(false));
            }
        });
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let list = crate::fetch::get_text(&url, false)
                .await
                .map(|text| Commune::parse_lines(&text))
                .filter(|list| !list.is_empty());
            if me.latest.get() != request {
                return;
            }
            // Answered: no "loading" may follow.
            me.latest.set(me.latest.get() + 1);
            match list {
                Some(list) => {
                    let list = Rc::new(list);
                    FETCHED.with_borrow_mut(|f| f.push((url, list.clone())));
                    me.say(None);
                    me.commune.set_search(Search::Communes(list));
                }
                None => me.say(Some(true)),
            }
        });
    }

    /// The status under the boxes: nothing, "loading" (`Some(false)`), or that the
    /// communes could not load, with "Thử lại" (`Some(true)`).
    fn say(self: &Rc<Self>, problem: Option<bool>) {
        let (Some(status), Some(doc)) = (&self.status, document()) else {
            return;
        };
        status.set_text_content(None);
        let build = || -> Option<()> {
            match problem? {
                false => {
                    let p = doc.create_element("p").ok()?;
                    p.set_class_name("dvc-hint");
                    p.set_text_content(Some(Ui::CommunesLoading.text(self.locale)));
                    status.append_child(&p).ok()?;
                }
                true => {
                    let p = doc.create_element("p").ok()?;
                    p.set_class_name("dvc-error-message");
                    p.set_text_content(Some(Ui::CommunesLoadFailed.text(self.locale)));
                    let again = doc.create_element("button").ok()?;
                    again.set_attribute("type", "button").ok()?;
                    again.set_class_name("dvc-button dvc-button--secondary");
                    again.set_text_content(Some(Ui::TryAgain.text(self.locale)));
                    again.set_attribute(AGAIN, "").ok()?;
                    status.append_child(&p).ok()?;
                    status.append_child(&again).ok()?;
                }
            }
            Some(())
        };
        let _ = build();
    }
}
