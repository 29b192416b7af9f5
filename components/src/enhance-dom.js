// The small DOM helpers every behaviour shares (the JavaScript half of the kit's behaviour
// module, see enhance.js): listening, the page's language and the kit's words in it,
// timers, ids, classes and `aria-describedby`. Nothing here renders a component.
import { WORDS } from 'dvc-words';

/** True while `enhancePage` starts the page as it loads. */
let startingPage = false;

/** Runs `f` with `startingPage` set (see `mayFocusOnLoad`). */
export function asPageStarts(f) {
  startingPage = true;
  try {
    f();
  } finally {
    startingPage = false;
  }
}

/**
 * Whether a box that takes focus as the page loads (an error summary, a success banner)
 * may take it now: not when the page is shown in a frame of another page of the site (a
 * gallery's example, a design view), which would pull the reader's focus out of the page
 * they opened (GOV.UK's `disableAutoFocus`). After the page has loaded, always.
 */
export function mayFocusOnLoad() {
  let framed = false;
  try {
    framed = window.frameElement != null;
  } catch {
    framed = true; // a frame of another origin: not ours to focus
  }
  return !(framed && startingPage);
}

/** The language `el` is written in: its nearest `lang`, Vietnamese unless English. */
export function localeOf(el) {
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
  return lang.startsWith('en') ? 'en' : 'vi';
}

/**
 * The kit's word `key` in `locale` (the catalogue of `dvc_ui::i18n`, the keys the
 * behaviours use written out by `cargo xtask build`), each `{name}` replaced by `values`'s.
 */
export function word(locale, key, values = {}) {
  let text = WORDS[locale]?.[key] ?? WORDS.vi[key];
  // Split and joined, not `replaceAll`: a value is taken as it is (a file named "giá$$.pdf"
  // keeps its "$$").
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(String(value));
  return text;
}

/**
 * A form's address and id, read past its controls: a control named "action" or "id" (a
 * button `name="action"`, an answer `name="id"`) shadows `form.action` and `form.id`.
 */
export const formAction = (form) => Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'action').get.call(form);
export const formId = (form) => form.getAttribute('id') ?? '';

/** Calls `f` with each `event` on `target`, for as long as the page lives. */
export function on(target, event, f, options) {
  target.addEventListener(event, f, options);
}

/** An element of the page by id. */
export const byId = (id) => document.getElementById(id);

/** The elements under `root` that `selector` matches, in page order. */
export const all = (root, selector) => [...root.querySelectorAll(selector)];

/** Adds (`yes`) or removes a class. */
export const setClass = (el, name, yes) => el.classList.toggle(name, !!yes);

/** Sets an attribute to `value`, or removes it for `null`/`undefined`. */
export function setAttr(el, name, value) {
  if (value == null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Focuses a box that is not a control (the error summary, the main content): focusable by
 * script only while it has focus, so a later click inside it draws no focus ring around
 * the whole box (as GOV.UK Frontend does).
 */
export function focusById(id) {
  const el = byId(id);
  if (!el) return;
  el.setAttribute('tabindex', '-1');
  el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  el.focus();
}

/**
 * Adds `id` to `el`'s `aria-describedby` (`yes`) or takes it out: last, or right after
 * `after` when that id is there (else first: an error before everything but its hint).
 * The attribute goes when nothing is left.
 */
export function describe(el, id, yes, after) {
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((i) => i && i !== id);
  if (yes) {
    const at = after === undefined ? ids.length : ids.indexOf(after) + 1;
    ids.splice(at, 0, id);
  }
  setAttr(el, 'aria-describedby', ids.length ? ids.join(' ') : null);
}

/** Says `text` in a live region: emptied first, so saying the same words again is heard. */
export function say(region, text) {
  if (!region) return;
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}
