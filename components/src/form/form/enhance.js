// `Form`'s behaviour in the browser (`data-dvc-module="form"`): every question's rule on
// submit, read from the markup (`data-dvc-rule` and its neighbours: the same rules the
// server checks, dvc-rules in JavaScript); on failure each error beside its question, the
// summary at the top built and focused, and the page title prefixed with "Lỗi: "; after a
// failed submit an error clears as soon as its answer is fixed (a new one waits for the
// next submit); a second press within a second is ignored, the submit buttons busy
// meanwhile. With `data-dvc-autosave` the answers are kept while typing (autosave.js),
// with `data-dvc-retry` a post lost on the network stays on the page (retry.js), and the
// language switch's links carry the answers (carry.js). With `data-dvc-in-page` a valid
// submit stays in the page and fires `dvc-valid` on the form (a Leptos app's `on_valid`).
import { checkField, errorPrefix, FIELD, message, readSpec } from 'dvc-rules';
import { all, byId, describe, formId, localeOf, on, setAttr, setClass, word } from '../../enhance-dom.js';
import { start as startSummary } from '../error_summary/enhance.js';
import { startSaver } from './autosave.js';
import { startCarry } from './carry.js';
import { postedPairs } from './posted.js';
import { postsHere, send, startRetry } from './retry.js';

/** The attribute of a question's root holding its control's id (the base of its ids). */
const CONTROL_ID = 'data-dvc-id';
/** The event a valid submit fires on a form marked `data-dvc-in-page`. */
const VALID_EVENT = 'dvc-valid';
/** On a question whose error the portal gave (not a rule): never cleared here. */
const ERROR_GIVEN = 'data-dvc-error-given';

/** Starts one form. */
export function start(form) {
  if (!(form instanceof HTMLFormElement)) return;
  const live = {
    form,
    locale: localeOf(form),
    /** A submit was checked: from then on fixed answers clear their errors. */
    submitted: false,
    /** The form is being sent: further submits are ignored, its buttons busy. */
    pending: false,
    /** The next submit goes the browser's own way (the server answered with a page). */
    native: false,
    network: 'fine',
    saver: form.hasAttribute('data-dvc-autosave') ? startSaver(form) : null,
    setPending: (yes) => setPending(live, yes),
    placeAtTop: (el) => placeAtTop(form, el),
  };
  // A page the server rendered with errors: as after a failed submit in the page.
  live.submitted = questions(form).some((q) => inError(q.el));
  on(form, 'submit', (ev) => submit(live, ev));
  on(form, 'input', () => recheck(live));
  on(form, 'change', () => recheck(live));
  // Coming back to this page from the history (back/forward cache), an earlier submit
  // must not keep blocking the next one.
  on(window, 'pageshow', () => setPending(live, false));
  if (form.hasAttribute('data-dvc-retry')) startRetry(live);
  startCarry();
}

function submit(live, ev) {
  if (live.native) {
    live.native = false;
    return;
  }
  if (live.pending) {
    ev.preventDefault();
    return;
  }
  const posting = () => live.saver?.submitted();
  // A button marked `formnovalidate` (a language switch, "save and come back later")
  // sends the answers as they are, for the server to keep: nothing is checked here.
  const submitter = ev.submitter;
  if (submitter?.hasAttribute('formnovalidate')) {
    posting();
    return;
  }
  if (!checkAll(live)) {
    ev.preventDefault();
    setTitlePrefix(live.locale, true);
    return;
  }
  setTitlePrefix(live.locale, false);
  // A second press within a second is the same intention (GOV.UK Frontend's double-click
  // guard); after that the citizen may send again.
  setPending(live, true);
  posting();
  if (live.form.hasAttribute('data-dvc-in-page')) {
    ev.preventDefault();
    live.form.dispatchEvent(new Event(VALID_EVENT, { bubbles: true }));
  } else if (live.form.hasAttribute('data-dvc-retry') && postsHere(live.form)) {
    ev.preventDefault();
    send(live, submitter instanceof HTMLElement ? submitter : null, 0);
    return;
  }
  setTimeout(() => setPending(live, false), 1000);
}

/** Today in the citizen's time zone. */
function today() {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/**
 * Runs every question's rule on what the form would post; shows each problem beside its
 * question and in the summary (focused). True when the form can be sent.
 */
function checkAll(live) {
  live.submitted = true;
  const posted = postedPairs(live.form);
  const now = today();
  const summary = [];
  for (const q of questions(live.form)) {
    const problem = checkField(q.spec, posted, now);
    if (!problem) {
      // The portal's own error stays for its server to judge the new answer.
      if (!q.el.hasAttribute(ERROR_GIVEN)) showError(q, null, live.locale);
      continue;
    }
    q.el.removeAttribute(ERROR_GIVEN);
    const text = message(problem, live.locale, q.spec.subject);
    const parts = problem.args?.parts ?? '';
    summary.push([summaryTarget(q, parts), text]);
    showError(q, { text, parts }, live.locale);
  }
  showSummary(live, summary);
  return summary.length === 0;
}

/**
 * After a failed submit: clears the error of every question now answered well; never adds
 * one (that waits for the next submit). Every change also counts for autosave.
 */
function recheck(live) {
  live.saver?.changed();
  if (!live.submitted) return;
  const posted = postedPairs(live.form);
  const now = today();
  for (const q of questions(live.form)) {
    if (inError(q.el) && !q.el.hasAttribute(ERROR_GIVEN) && !checkField(q.spec, posted, now)) {
      showError(q, null, live.locale);
    }
  }
}

/** The form's questions in page order (not those of a form nested in it). */
function questions(form) {
  return all(form, `[${FIELD}]`)
    .filter((el) => el.closest('form') === form)
    .map((el) => ({ el, spec: readSpec((name) => el.getAttribute(name)), inputId: el.getAttribute(CONTROL_ID) }))
    .filter((q) => q.spec && q.inputId);
}

const inError = (field) => field.classList.contains('dvc-field--error');
const isDate = (q) => q.spec.rule.kind === 'date';

/** The control a summary link focuses: the question's, or for a date the first wrong box. */
function summaryTarget(q, parts) {
  if (!isDate(q)) return q.inputId;
  return `${q.inputId}-${parts.split(',')[0] || 'day'}`;
}

/**
 * Shows `error` ({ text, parts }: the message, the wrong date boxes) beside the question,
 * as the server renders it, or takes it away: the field's error class, the message after
 * the hint, the controls' `aria-invalid`, error class and `aria-describedby` (the group's,
 * for a fieldset).
 */
function showError(q, error, locale) {
  const field = q.el;
  const errorId = `${q.inputId}-error`;
  const hintId = `${q.inputId}-hint`;
  setClass(field, 'dvc-field--error', error);
  const group = field.querySelector(':scope > fieldset');
  const holder = group ?? field;
  const shown = byId(errorId);
  if (!error) {
    shown?.remove();
  } else {
    const p = document.createElement('p');
    p.className = 'dvc-error-message';
    p.id = errorId;
    const prefix = document.createElement('span');
    prefix.className = 'dvc-visually-hidden';
    prefix.textContent = `${errorPrefix(locale)} `;
    p.append(prefix, error.text);
    if (shown) {
      shown.replaceWith(p);
    } else {
      // After the hint, or after the label (or legend).
      const before = holder.querySelector(':scope > .dvc-hint')
        ?? holder.querySelector(':scope > legend, :scope > label, :scope > .dvc-label-wrapper');
      if (before) before.after(p);
      else holder.prepend(p);
    }
  }
  if (group) describe(group, errorId, !!error, hintId);
  const parts = error?.parts ?? '';
  for (const control of all(holder, 'input, select, textarea')) {
    if (control.closest(`[${FIELD}]`) !== field || ['hidden', 'submit', 'button'].includes(control.getAttribute('type'))) continue;
    const part = ['day', 'month', 'year'].find((p) => control.id === `${q.inputId}-${p}`);
    const wrong = !!error && (part && isDate(q) ? !parts || parts.split(',').includes(part) : true);
    // A count over its limit keeps the box marked (see `Textarea`).
    const marked = wrong || control.hasAttribute('data-dvc-over');
    setAttr(control, 'aria-invalid', marked ? 'true' : null);
    for (const base of ['dvc-input', 'dvc-select', 'dvc-textarea']) {
      if (control.classList.contains(base)) setClass(control, `${base}--error`, marked);
    }
    if (!group) describe(control, errorId, !!error, hintId);
  }
}

/** Replaces the form's summary with one listing `items` ([target id, message]), focused. */
function showSummary(live, items) {
  const id = `${formId(live.form)}-summary`;
  byId(id)?.remove();
  if (!items.length) return;
  const make = (tag, className = '') => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    return el;
  };
  const summary = make('div', 'dvc-error-summary');
  summary.id = id;
  summary.setAttribute('tabindex', '-1');
  summary.setAttribute('data-dvc-module', 'error-summary');
  summary.setAttribute('data-dvc-started', 'error-summary');
  const alert = make('div');
  alert.setAttribute('role', 'alert');
  const title = make('h2', 'dvc-error-summary__title');
  title.id = `${id}-title`;
  title.textContent = word(live.locale, 'ErrorSummaryTitle');
  const list = make('ul', 'dvc-error-summary__list');
  for (const [target, text] of items) {
    const li = make('li');
    const a = make('a');
    a.href = `#${target}`;
    a.textContent = text;
    li.append(a);
    list.append(li);
  }
  alert.append(title, list);
  summary.append(alert);
  placeAtTop(live.form, summary);
  // Started here: its links, and the focus.
  startSummary(summary);
}

/** Puts `el` at the top of the form: after its hidden `dvc_form` input and its summary. */
function placeAtTop(form, el) {
  const summary = byId(`${formId(form)}-summary`);
  const before = (summary !== el ? summary : null) ?? form.querySelector(':scope > input[name="dvc_form"]');
  if (before) before.after(el);
  else form.prepend(el);
}

/** While sending: further presses ignored, and each submit button busy (its busy label). */
function setPending(live, yes) {
  live.pending = yes;
  for (const button of all(live.form, 'button.dvc-button[type=submit]')) {
    const label = button.querySelector('.dvc-button__label');
    if (!label) continue;
    setAttr(button, 'aria-disabled', yes ? 'true' : null);
    setAttr(button, 'data-busy', yes ? 'true' : null);
    const busy = button.querySelector('.dvc-button__busy');
    if (busy) {
      setClass(busy, 'dvc-hidden', !yes);
      setClass(label, 'dvc-hidden', yes);
    }
  }
}

function setTitlePrefix(locale, yes) {
  const prefix = word(locale, 'ErrorTitlePrefix');
  const bare = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
  document.title = yes ? prefix + bare : bare;
}
