//! `FileUpload`'s behaviour in the browser (`data-dvc-module="file-upload"`, the limits in
//! `data-accept`, `data-max-bytes`, `data-max-files`): files chosen are checked at once
//! (`state::add`), each refusal naming its file and reason; the kept files are listed, each
//! with its own "Xoá" button (focus goes back to the chooser); files may be dropped on the
//! box. The real `<input type="file">` always holds exactly the listed files, so the form
//! posts them as usual. Without the behaviour the browser's own chooser does it all.

use super::state::{self, human_size, ChosenFile};
use crate::enhance::{document, locale_of, on, set_class};
use crate::i18n::Ui;
use dvc_rules::files::FileLimits;
use dvc_rules::Locale;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, File, HtmlInputElement};

struct Upload {
    root: Element,
    input: HtmlInputElement,
    limits: FileLimits,
    locale: Locale,
    /// The files held before the browser replaced them with a new choice.
    before: RefCell<Vec<File>>,
}

/// Starts one file box (see [`crate::enhance`]).
pub(crate) fn start(root: &Element) {
    let Some(input) = root
        .query_selector("input[type=file]")
        .ok()
        .flatten()
        .and_then(|i| i.dyn_into::<HtmlInputElement>().ok())
    else {
        return;
    };
    let number = |name: &str| root.get_attribute(name).and_then(|v| v.parse::<u64>().ok());
    let accept: Vec<String> = root
        .get_attribute("data-accept")
        .unwrap_or_default()
        .split(',')
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    let up = Rc::new(Upload {
        root: root.clone(),
        limits: FileLimits {
            accept,
            max_bytes: number("data-max-bytes").unwrap_or(10_000_000),
            max_files: number("data-max-files").unwrap_or(10) as usize,
        },
        locale: locale_of(root),
        before: RefCell::new(Vec::new()),
        input,
    });
    if let Some(drop) = root.query_selector(".dvc-file-upload__drop").ok().flatten() {
        let _ = drop.remove_attribute("hidden");
    }
    let u = up.clone();
    on(&up.input, "click", move |_: web_sys::Event| {
        *u.before.borrow_mut() = u.current();
    });
    let u = up.clone();
    on(&up.input, "change", move |_: web_sys::Event| {
        let previous = u.before.take();
        u.add(u.current(), previous);
    });
    let u = up.clone();
    on(root, "dragover", move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        set_class(&u.root, "dvc-file-upload--dragging", true);
    });
    let u = up.clone();
    on(root, "dragleave", move |_: web_sys::Event| {
        set_class(&u.root, "dvc-file-upload--dragging", false)
    });
    let u = up.clone();
    on(root, "drop", move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        set_class(&u.root, "dvc-file-upload--dragging", false);
        let dropped = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        u.add(dropped, u.current());
    });
    let u = up.clone();
    on(root, "click", move |ev: web_sys::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(".dvc-file-upload__remove").ok().flatten());
        let Some(index) = button
            .and_then(|b| b.get_attribute("data-index"))
            .and_then(|i| i.parse::<usize>().ok())
        else {
            return;
        };
        u.remove(index);
    });
}

fn described(files: &[File]) -> Vec<ChosenFile> {
    files
        .iter()
        .map(|f| ChosenFile {
            name: f.name(),
            bytes: f.size() as u64,
        })
        .collect()
}

impl Upload {
    fn current(&self) -> Vec<File> {
        self.input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default()
    }

    /// Adds newly chosen or dropped files to those already kept, checking each.
    fn add(&self, new: Vec<File>, previous: Vec<File>) {
        let added = state::add(
            &described(&previous),
            &described(&new),
            &self.limits,
            self.locale,
        );
        let mut kept = previous;
        kept.extend(added.accepted.iter().filter_map(|i| new.get(*i).cloned()));
        self.store(&kept);
        self.show(&added.status, &added.refused);
    }

    /// Removes the file at `index` of the list (two files may share a name).
    fn remove(&self, index: usize) {
        let mut kept = self.current();
        if index >= kept.len() {
            return;
        }
        let gone = kept.remove(index);
        self.store(&kept);
        self.show(&state::removed(&gone.name(), self.locale), &[]);
        let _ = self.input.focus();
    }

    /// The input holds exactly `kept`.
    fn store(&self, kept: &[File]) {
        if let Ok(dt) = web_sys::DataTransfer::new() {
            for f in kept {
                let _ = dt.items().add_with_file(f);
            }
            self.input.set_files(dt.files().as_ref());
        }
    }

    /// Says `status` politely and shows the refusals and the list of kept files.
    fn show(&self, status: &str, refused: &[String]) {
        let Some(doc) = document() else { return };
        if let Some(live) = self.root.query_selector("[aria-live]").ok().flatten() {
            live.set_text_content(Some(status));
        }
        for old in crate::enhance::all(
            &self.root,
            ":scope > .dvc-file-upload__refused, :scope > .dvc-file-upload__title, :scope > .dvc-file-upload__list",
        ) {
            old.remove();
        }
        let make = |tag: &str, class: &str, text: Option<&str>| {
            let el = doc.create_element(tag).ok()?;
            el.set_class_name(class);
            el.set_text_content(text);
            Some(el)
        };
        let build = || -> Option<()> {
            if !refused.is_empty() {
                let list = make("ul", "dvc-file-upload__refused", None)?;
                for why in refused {
                    let li = make("li", "dvc-error-message", Some(why))?;
                    list.append_child(&li).ok()?;
                }
                self.root.append_child(&list).ok()?;
            }
            let files = described(&self.current());
            if files.is_empty() {
                return Some(());
            }
            let title = make(
                "h3",
                "dvc-file-upload__title",
                Some(Ui::FilesChosen.text(self.locale)),
            )?;
            let list = make("ul", "dvc-file-upload__list", None)?;
            for (index, f) in files.iter().enumerate() {
                let item = make("li", "dvc-file-upload__file", None)?;
                let name = make("span", "dvc-file-upload__name", Some(&f.name))?;
                item.append_child(&name).ok()?;
                item.append_with_str_1(" ").ok()?;
                let size = format!("({})", human_size(f.bytes, self.locale));
                let size = make("span", "dvc-file-upload__size", Some(&size))?;
                item.append_child(&size).ok()?;
                let button = make(
                    "button",
                    "dvc-button dvc-button--secondary dvc-file-upload__remove",
                    Some(Ui::Remove.text(self.locale)),
                )?;
                button.set_attribute("type", "button").ok()?;
                button
                    .set_attribute("data-index", &index.to_string())
                    .ok()?;
                let named = make("span", "dvc-visually-hidden", Some(&format!(" {}", f.name)))?;
                button.append_child(&named).ok()?;
                item.append_child(&button).ok()?;
                list.append_child(&item).ok()?;
            }
            self.root.append_child(&title).ok()?;
            self.root.append_child(&list).ok()?;
            Some(())
        };
        let _ = build();
    }
}
