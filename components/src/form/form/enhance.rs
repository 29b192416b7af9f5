//! `Form`'s behaviour in the browser (`data-dvc-module="form"`): every question's rule on
//! submit, read from the markup (`dvc_rules::spec_markup`: the same rules the server
//! checks); on failure each error beside its question, the summary at the top built and
//! focused, and the page title prefixed with "Lỗi: "; after a failed submit an error
//! clears as soon as its answer is fixed (a new one waits for the next submit); a second
//! press within a second is ignored, the submit buttons busy meanwhile. With
//! `data-dvc-autosave` the answers are kept while typing (`autosave`), with
//! `data-dvc-retry` a post lost on the network stays on the page (`retry`), and the
//! language switch's links carry the answers (`carry`). With `data-dvc-in-page` a valid
//! submit stays in the page and fires `dvc-valid` on the form (a Leptos app's `on_valid`).

use super::{autosave, carry, retry};
use crate::enhance::{after, all, by_id, describe, document, locale_of, on, set_attr, set_class};
use crate::i18n::Ui;
use dvc_rules::date::Date;
use dvc_rules::form::{check_field, FieldRule, FieldSpec};
use dvc_rules::spec_markup::{read_spec, FIELD};
use dvc_rules::Locale;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlFormElement};

/// The attribute of a question's root holding its control's id (the base of its ids).
pub const CONTROL_ID: &str = "data-dvc-id";
/// The event a valid submit fires on a form marked `data-dvc-in-page`.
pub const VALID_EVENT: &str = "dvc-valid";
/// On a question whose error the portal gave (`Field`'s `error`), not a rule: the checks in
/// the browser never clear it (a passing rule says nothing about what the server found).
pub const ERROR_GIVEN: &str = "data-dvc-error-given";

/// One form's state while the page lives.
pub(crate) struct Live {
    pub form: HtmlFormElement,
    pub locale: Locale,
    /// A submit was checked: from then on fixed answers clear their errors.
    submitted: Cell<bool>,
    /// The form is being sent: further submits are ignored, its buttons busy.
    pending: Cell<bool>,
    /// The next submit goes the browser's own way (the server answered a script's post
    /// with a page of its own).
    pub native: Cell<bool>,
    pub network: Cell<retry::Network>,
    autosave: Option<Rc<autosave::Saver>>,
}

/// One question of the form, as its markup says it.
struct Question {
    el: Element,
    spec: FieldSpec,
    input_id: String,
}

/// Starts one form (see [`crate::enhance`]).
pub(crate) fn start(el: &Element) {
    let Some(form) = el.dyn_ref::<HtmlFormElement>().cloned() else {
        return;
    };
    let live = Rc::new(Live {
        locale: locale_of(&form),
        submitted: Cell::new(false),
        pending: Cell::new(false),
        native: Cell::new(false),
        network: Cell::new(retry::Network::Fine),
        autosave: form
            .has_attribute("data-dvc-autosave")
            .then(|| autosave::Saver::start(&form)),
        form,
    });
    // A page the server rendered with errors: as after a failed submit in the page.
    live.submitted
        .set(questions(&live.form).iter().any(|q| in_error(&q.el)));

    let l = live.clone();
    on(&live.form, "submit", move |ev: web_sys::SubmitEvent| {
        submit(&l, ev)
    });
    for event in ["input", "change"] {
        let l = live.clone();
        on(&live.form, event, move |_: web_sys::Event| recheck(&l));
    }
    // Coming back to this page from the history (back/forward cache), an earlier submit
    // must not keep blocking the next one.
    if let Some(w) = web_sys::window() {
        let l = live.clone();
        on(&w, "pageshow", move |_: web_sys::Event| {
            set_pending(&l, false)
        });
    }
    if live.form.has_attribute("data-dvc-retry") {
        retry::start(&live);
    }
    carry::start();
}

fn submit(live: &Rc<Live>, ev: web_sys::SubmitEvent) {
    if live.native.get() {
        live.native.set(false);
        return;
    }
    if live.pending.get() {
        ev.prevent_default();
        return;
    }
    let posting = || {
        if let Some(saver) = &live.autosave {
            saver.submitted();
        }
    };
    // A button marked `formnovalidate` (a language switch, "save and come back later")
    // sends the answers as they are, for the server to keep: nothing is checked here.
    let submitter = ev.submitter();
    if submitter
        .as_ref()
        .is_some_and(|b| b.has_attribute("formnovalidate"))
    {
        posting();
        return;
    }
    if !check_all(live) {
        ev.prevent_default();
        set_title_prefix(live.locale, true);
        return;
    }
    set_title_prefix(live.locale, false);
    // A second press within a second is the same intention (GOV.UK Frontend's
    // double-click guard); after that the citizen may send again.
    set_pending(live, true);
    posting();
    if live.form.has_attribute("data-dvc-in-page") {
        ev.prevent_default();
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(valid) = web_sys::Event::new_with_event_init_dict(VALID_EVENT, &init) {
            let _ = live.form.dispatch_event(&valid);
        }
    } else if live.form.has_attribute("data-dvc-retry") && retry::posts_here(&live.form) {
        ev.prevent_default();
        let pressed = submitter.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok());
        retry::send(live.clone(), pressed, 0);
        return;
    }
    let l = live.clone();
    after(1000, move || set_pending(&l, false));
}

/// Runs every question's rule on what the form would post; shows each problem beside its
/// question and in the summary (focused). True when the form can be sent.
fn check_all(live: &Live) -> bool {
    live.submitted.set(true);
    let posted = posted_pairs(&live.form);
    let today = today();
    let mut summary: Vec<(String, String)> = Vec::new();
    for q in questions(&live.form) {
        match check_field(&q.spec, &posted, today) {
            // The portal's own error stays for its server to judge the new answer.
            Ok(()) if q.el.has_attribute(ERROR_GIVEN) => {}
            Ok(()) => show_error(&q, None, live.locale),
            Err(problem) => {
                let _ = q.el.remove_attribute(ERROR_GIVEN);
                let message = problem.message(live.locale, &q.spec.subject);
                let parts = problem.arg("parts").to_string();
                summary.push((summary_target(&q, &parts), message.clone()));
                show_error(&q, Some((&message, &parts)), live.locale);
            }
        }
    }
    show_summary(live, &summary);
    summary.is_empty()
}

/// After a failed submit: clears the error of every question now answered well; never
/// adds one (that waits for the next submit). Every change also counts for autosave.
fn recheck(live: &Live) {
    if let Some(saver) = &live.autosave {
        saver.changed();
    }
    if !live.submitted.get() {
        return;
    }
    let posted = posted_pairs(&live.form);
    let today = today();
    for q in questions(&live.form)
        .iter()
        .filter(|q| in_error(&q.el) && !q.el.has_attribute(ERROR_GIVEN))
    {
        if check_field(&q.spec, &posted, today).is_ok() {
            show_error(q, None, live.locale);
        }
    }
}

/// The form's questions in page order (not those of a form nested in it).
fn questions(form: &HtmlFormElement) -> Vec<Question> {
    all(form, &format!("[{FIELD}]"))
        .into_iter()
        .filter(|el| el.closest("form").ok().flatten().as_ref() == Some(form.as_ref()))
        .filter_map(|el| {
            let spec = read_spec(|name| el.get_attribute(name))?;
            let input_id = el.get_attribute(CONTROL_ID)?;
            Some(Question { el, spec, input_id })
        })
        .collect()
}

fn in_error(field: &Element) -> bool {
    field.class_list().contains("dvc-field--error")
}

/// The control a summary link focuses: the question's control, or for a date the first
/// wrong box.
fn summary_target(q: &Question, parts: &str) -> String {
    match (&q.spec.rule, parts.split(',').next()) {
        (FieldRule::Date(_), Some(first)) if !first.is_empty() => format!("{}-{first}", q.input_id),
        (FieldRule::Date(_), _) => format!("{}-day", q.input_id),
        _ => q.input_id.clone(),
    }
}

/// Shows `error` (message, wrong date boxes) beside the question, as the server renders
/// it, or takes it away: the field's error class, the message after the hint, the
/// controls' `aria-invalid`, error class and `aria-describedby` (the group's, for a
/// fieldset).
fn show_error(q: &Question, error: Option<(&str, &str)>, locale: Locale) {
    let field = &q.el;
    let error_id = format!("{}-error", q.input_id);
    let hint_id = format!("{}-hint", q.input_id);
    set_class(field, "dvc-field--error", error.is_some());
    let group = field.query_selector(":scope > fieldset").ok().flatten();
    let holder = group.clone().unwrap_or_else(|| field.clone());
    let shown = by_id::<Element>(&error_id);
    match (error, shown) {
        (None, Some(p)) => p.remove(),
        (Some((message, _)), shown) => {
            let Some(doc) = document() else { return };
            let Ok(p) = doc.create_element("p") else {
                return;
            };
            p.set_class_name("dvc-error-message");
            p.set_id(&error_id);
            if let Ok(prefix) = doc.create_element("span") {
                prefix.set_class_name("dvc-visually-hidden");
                prefix.set_text_content(Some(&format!("{} ", locale.error_prefix())));
                let _ = p.append_child(&prefix);
            }
            let _ = p.append_with_str_1(message);
            match shown {
                Some(old) => {
                    let _ = old.replace_with_with_node_1(&p);
                }
                None => {
                    // After the hint, or after the label (or legend).
                    let before = holder
                        .query_selector(":scope > .dvc-hint")
                        .ok()
                        .flatten()
                        .or_else(|| {
                            holder
                                .query_selector(
                                    ":scope > legend, :scope > label, :scope > .dvc-label-wrapper",
                                )
                                .ok()
                                .flatten()
                        });
                    let _ = match before {
                        Some(b) => b.after_with_node_1(&p),
                        None => holder.prepend_with_node_1(&p),
                    };
                }
            }
        }
        (None, None) => {}
    }
    let describe = |el: &Element| describe(el, &error_id, error.is_some(), &hint_id);
    if let Some(g) = &group {
        describe(g);
    }
    let parts = error.map(|(_, p)| p).unwrap_or("");
    for control in all(&holder, "input, select, textarea") {
        if control
            .closest(&format!("[{FIELD}]"))
            .ok()
            .flatten()
            .as_ref()
            != Some(field)
            || matches!(
                control.get_attribute("type").as_deref(),
                Some("hidden" | "submit" | "button")
            )
        {
            continue;
        }
        let id = control.id();
        let part = ["day", "month", "year"]
            .into_iter()
            .find(|p| id == format!("{}-{p}", q.input_id));
        let wrong = error.is_some()
            && match (part, &q.spec.rule) {
                (Some(part), FieldRule::Date(_)) => {
                    parts.is_empty() || parts.split(',').any(|p| p == part)
                }
                _ => true,
            };
        // A count over its limit keeps the box marked (see `Textarea`).
        let marked = wrong || control.has_attribute("data-dvc-over");
        set_attr(&control, "aria-invalid", marked.then_some("true"));
        for base in ["dvc-input", "dvc-select", "dvc-textarea"] {
            if control.class_list().contains(base) {
                set_class(&control, &format!("{base}--error"), marked);
            }
        }
        if group.is_none() {
            describe(&control);
        }
    }
}

/// Replaces the form's summary with one listing `items` (target id, message), focused;
/// none when there is nothing to list.
fn show_summary(live: &Live, items: &[(String, String)]) {
    let id = format!("{}-summary", live.form.id());
    if let Some(old) = by_id::<Element>(&id) {
        old.remove();
    }
    if items.is_empty() {
        return;
    }
    let Some(doc) = document() else { return };
    let make = |tag: &str, class: &str| {
        let el = doc.create_element(tag).ok()?;
        if !class.is_empty() {
            el.set_class_name(class);
        }
        Some(el)
    };
    let build = || -> Option<Element> {
        let summary = make("div", "dvc-error-summary")?;
        summary.set_id(&id);
        summary.set_attribute("tabindex", "-1").ok()?;
        summary
            .set_attribute(crate::enhance::MODULE, "error-summary")
            .ok()?;
        let alert = make("div", "")?;
        alert.set_attribute("role", "alert").ok()?;
        let title = make("h2", "dvc-error-summary__title")?;
        title.set_id(&format!("{id}-title"));
        title.set_text_content(Some(Ui::ErrorSummaryTitle.text(live.locale)));
        let list = make("ul", "dvc-error-summary__list")?;
        for (target, message) in items {
            let li = make("li", "")?;
            let a = make("a", "")?;
            a.set_attribute("href", &format!("#{target}")).ok()?;
            a.set_text_content(Some(message));
            li.append_child(&a).ok()?;
            list.append_child(&li).ok()?;
        }
        alert.append_child(&title).ok()?;
        alert.append_child(&list).ok()?;
        summary.append_child(&alert).ok()?;
        Some(summary)
    };
    let Some(summary) = build() else { return };
    place_at_top(&live.form, &summary);
    // Started here: its links, and the focus.
    crate::enhance::enhance(&summary);
}

/// Puts `el` at the top of the form: after its hidden `dvc_form` input and its summary.
pub(crate) fn place_at_top(form: &HtmlFormElement, el: &Element) {
    let summary = by_id::<Element>(&format!("{}-summary", form.id())).filter(|s| s != el);
    let marker = form
        .query_selector(&format!(
            ":scope > input[name=\"{}\"]",
            crate::form::FORM_ID_FIELD
        ))
        .ok()
        .flatten();
    let _ = match summary.or(marker) {
        Some(before) => before.after_with_node_1(el),
        None => form.prepend_with_node_1(el),
    };
}

/// While sending: further presses ignored, and each of the form's buttons busy (its busy
/// label shown when it has one).
pub(crate) fn set_pending(live: &Live, on: bool) {
    live.pending.set(on);
    for button in all(&live.form, "button.dvc-button[type=submit]") {
        if button
            .query_selector(".dvc-button__label")
            .ok()
            .flatten()
            .is_none()
        {
            continue;
        }
        set_attr(&button, "aria-disabled", on.then_some("true"));
        set_attr(&button, "data-busy", on.then_some("true"));
        if let Some(busy) = button.query_selector(".dvc-button__busy").ok().flatten() {
            set_class(&busy, "dvc-hidden", !on);
            if let Some(label) = button.query_selector(".dvc-button__label").ok().flatten() {
                set_class(&label, "dvc-hidden", on);
            }
        }
    }
}

fn set_title_prefix(locale: Locale, on: bool) {
    let Some(doc) = document() else { return };
    let prefix = Ui::ErrorTitlePrefix.text(locale);
    let title = doc.title();
    let bare = title.strip_prefix(prefix).unwrap_or(&title).to_string();
    doc.set_title(&if on { format!("{prefix}{bare}") } else { bare });
}

/// The name/value pairs the form would post; a file is represented by its file name.
pub(crate) fn posted_pairs(form: &HtmlFormElement) -> Vec<(String, String)> {
    let Ok(data) = web_sys::FormData::new_with_form(form) else {
        return Vec::new();
    };
    let Ok(Some(entries)) = js_sys::try_iter(&data) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.dyn_into().ok()?;
            let name = pair.get(0).as_string()?;
            let value = pair.get(1);
            let value = match value.as_string() {
                Some(s) => s,
                None => value
                    .dyn_into::<web_sys::File>()
                    .map(|f| f.name())
                    .unwrap_or_default(),
            };
            Some((name, value))
        })
        .collect()
}

/// Today in the citizen's time zone.
pub(crate) fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: now.get_full_year() as u16,
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}
