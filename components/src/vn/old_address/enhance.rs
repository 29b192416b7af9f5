//! `OldAddressFinder` in the browser (`data-dvc-module="old-address"` on its `<details>`,
//! the files' address in `data-base-url`): choosing an old province fetches its conversion
//! table (`PP.tsv`, once per choice; an older answer arriving late is dropped), then the
//! district and the commune are chosen from it, and the commune(s) in force it became are
//! offered, each as a button carrying `data-dvc-province` / `data-dvc-commune` (the
//! enclosing `AddressInput` fills its boxes from them); the one used is said.

use crate::enhance::{document, locale_of, on};
use crate::i18n::Ui;
use dvc_rules::divisions::{provinces, OldProvinceTable};
use dvc_rules::Locale;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};

struct Finder {
    root: Element,
    /// Where the district and commune questions and the result go.
    place: Element,
    result: Element,
    id: String,
    base_url: String,
    locale: Locale,
    table: RefCell<Option<Rc<OldProvinceTable>>>,
    latest: Cell<u32>,
}

/// Starts one finder (see [`crate::enhance`]).
pub(crate) fn start(root: &Element) {
    let (Some(province), Some(place), Some(result)) = (
        root.query_selector("select").ok().flatten(),
        root.query_selector(".dvc-old-address__more").ok().flatten(),
        root.query_selector(".dvc-old-address__found")
            .ok()
            .flatten(),
    ) else {
        return;
    };
    let _ = root.remove_attribute("hidden");
    let finder = Rc::new(Finder {
        id: province.id().trim_end_matches("-province").to_string(),
        base_url: root
            .get_attribute("data-base-url")
            .unwrap_or_else(|| "/data/old/".into()),
        locale: locale_of(root),
        table: RefCell::new(None),
        latest: Cell::new(0),
        root: root.clone(),
        place,
        result,
    });
    let f = finder.clone();
    on(&province, "change", move |ev: web_sys::Event| {
        if let Some(s) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        {
            f.load(s.value());
        }
    });
    let f = finder.clone();
    on(&finder.place, "change", move |ev: web_sys::Event| {
        let Some(s) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        else {
            return;
        };
        if s.id().ends_with("-district") {
            f.show_communes(&s.value());
        } else {
            f.show_found(&s.value());
        }
    });
    let f = finder.clone();
    on(&finder.result, "click", move |ev: web_sys::MouseEvent| {
        let Some(button) = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("[data-dvc-commune]").ok().flatten())
        else {
            return;
        };
        let shown = button.get_attribute("data-dvc-label").unwrap_or_default();
        f.say_used(&shown);
    });
}

impl Finder {
    fn load(self: &Rc<Self>, code: String) {
        self.latest.set(self.latest.get() + 1);
        let request = self.latest.get();
        *self.table.borrow_mut() = None;
        self.place.set_text_content(None);
        self.result.set_text_content(None);
        if code.is_empty() {
            return;
        }
        let url = format!("{}{code}.tsv", self.base_url);
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let text = crate::fetch::get_text(&url, false).await;
            if me.latest.get() != request {
                return;
            }
            match text {
                Some(text) => {
                    let table = Rc::new(OldProvinceTable::parse(&text));
                    let districts = table.districts.clone();
                    *me.table.borrow_mut() = Some(table);
                    me.question("district", Ui::OldDistrict, Ui::ChooseDistrict, &districts);
                }
                None => {
                    if let Some(p) = me.element(
                        "p",
                        "dvc-error-message",
                        Some(Ui::OldAddressLoadFailed.text(me.locale)),
                    ) {
                        let _ = p.set_attribute("role", "alert");
                        let _ = me.place.append_child(&p);
                    }
                }
            }
        });
    }

    fn show_communes(&self, district: &str) {
        // A new district: its communes replace the earlier ones, and what they found.
        if let Some(old) = self
            .place
            .query_selector(&format!("#{}-commune", self.id))
            .ok()
            .flatten()
        {
            if let Some(field) = old.closest(".dvc-field").ok().flatten() {
                field.remove();
            }
        }
        self.result.set_text_content(None);
        let communes = self
            .table
            .borrow()
            .as_ref()
            .map(|t| t.communes(district))
            .unwrap_or_default();
        if !communes.is_empty() {
            self.question("commune", Ui::OldCommune, Ui::ChooseCommune, &communes);
        }
    }

    /// The commune(s) in force `old_commune` became, each a button to use it.
    fn show_found(&self, old_commune: &str) {
        self.result.set_text_content(None);
        let table = self.table.borrow();
        let found = table
            .as_ref()
            .map(|t| t.new_communes(old_commune))
            .unwrap_or_default();
        let intro = match found.len() {
            0 => return,
            1 => Ui::OldAddressOne,
            _ => Ui::OldAddressSplit,
        };
        let build = || -> Option<()> {
            let wrap = self.element("div", "dvc-old-address__result", None)?;
            let said = self.element("p", "", Some(intro.text(self.locale)))?;
            wrap.append_child(&said).ok()?;
            for c in found {
                let province = provinces()
                    .iter()
                    .find(|p| p.code == c.province_code)
                    .map(|p| p.name)
                    .unwrap_or("");
                let label = format!("{}, {province}", c.name);
                let button = self.element("button", "dvc-button dvc-button--secondary", None)?;
                button.set_attribute("type", "button").ok()?;
                button
                    .set_attribute("data-dvc-province", &c.province_code)
                    .ok()?;
                button.set_attribute("data-dvc-commune", &c.code).ok()?;
                button.set_attribute("data-dvc-label", &label).ok()?;
                let text = format!("{}{label}", Ui::OldAddressUse.text(self.locale));
                let span = self.element("span", "dvc-button__label", Some(&text))?;
                button.append_child(&span).ok()?;
                wrap.append_child(&button).ok()?;
            }
            self.result.append_child(&wrap).ok()?;
            Some(())
        };
        let _ = build();
    }

    fn say_used(&self, label: &str) {
        let Some(wrap) = self
            .result
            .query_selector(".dvc-old-address__result")
            .ok()
            .flatten()
        else {
            return;
        };
        if let Some(old) = wrap.query_selector(".dvc-old-address__used").ok().flatten() {
            old.remove();
        }
        let text = format!("{}{label}", Ui::OldAddressUsed.text(self.locale));
        if let Some(p) = self.element("p", "dvc-old-address__used", Some(&text)) {
            let _ = wrap.append_child(&p);
        }
    }

    /// A labelled `<select>` of `options` (value, name) under the earlier questions.
    fn question(&self, part: &str, label: Ui, first: Ui, options: &[(String, String)]) {
        let id = format!("{}-{part}", self.id);
        let build = || -> Option<()> {
            let field = self.element("div", "dvc-field", None)?;
            let l = self.element("label", "dvc-label", Some(label.text(self.locale)))?;
            l.set_attribute("for", &id).ok()?;
            let select = self.element("select", "dvc-select", None)?;
            select.set_id(&id);
            let none = self.element("option", "", Some(first.text(self.locale)))?;
            none.set_attribute("value", "").ok()?;
            select.append_child(&none).ok()?;
            for (value, name) in options {
                let o = self.element("option", "", Some(name))?;
                o.set_attribute("value", value).ok()?;
                select.append_child(&o).ok()?;
            }
            field.append_child(&l).ok()?;
            field.append_child(&select).ok()?;
            self.place.append_child(&field).ok()?;
            Some(())
        };
        let _ = build();
    }

    fn element(&self, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
        let el = document()?.create_element(tag).ok()?;
        if !class.is_empty() {
            el.set_class_name(class);
        }
        if text.is_some() {
            el.set_text_content(text);
        }
        let _ = &self.root;
        Some(el)
    }
}
