// The combobox in the browser (`data-dvc-module="combobox"` on `.dvc-combobox`, around the
// native `<select>` the server renders): the `<select>` becomes the WAI-ARIA APG
// "combobox with listbox popup, list autocomplete": a text box (the select's id, so its
// label still names it) whose typing filters the options (state.js decides what each key
// does), a hidden input posting the chosen value under the select's name, the listbox,
// and a polite count. What it searches is the select's options, folded (no diacritics, no
// case), or by `data-search`: `provinces` (the kit's province search, short forms
// included) or `communes` (a province's communes, given by `AddressInput`, or read from
// the file `data-options-url` names).
import { fold, parseCommuneLines, provinces, searchCommuneList, searchProvinces } from 'dvc-divisions';
import { all, localeOf, on, setAttr, setClass } from '../../enhance-dom.js';
import { CLOSED, MAX_SHOWN, expanded, onKey, onTyped, status } from './state.js';

/** What a combobox searches: `{ options }`, `{ provinces: true }` or `{ communes: [] }`. */
function run(search, query) {
  if (search.provinces) return searchProvinces(query).map((p) => [p.code, p.name]);
  if (search.communes) return searchCommuneList(search.communes, query).map((c) => [c.code, c.name]);
  const q = fold(query);
  return search.options.filter(([, label]) => fold(label).includes(q));
}

/** The label of `value`, when it is one of the options. */
function labelOf(search, value) {
  if (search.provinces) return provinces().find((p) => p.code === value)?.name;
  if (search.communes) return search.communes.find((c) => c.code === value)?.name;
  return search.options.find(([v]) => v === value)?.[1];
}

/** Started comboboxes by the id of their box, for `AddressInput` to drive. */
const started = new Map();

/** The started combobox whose box has `id`: `{ input, hidden, set(value), setSearch(search) }`. */
export const byBoxId = (id) => started.get(id);

/** Starts one combobox. */
export async function start(root) {
  const select = root.querySelector('select');
  if (!select) return;
  const listed = all(select, 'option')
    .map((o) => [o.getAttribute('value') ?? '', o.textContent])
    .filter(([value]) => value);
  const kind = root.getAttribute('data-search');
  const url = root.getAttribute('data-options-url');
  // Communes from a file: the box is built once they have arrived; until then the native
  // select stays.
  if (url) {
    try {
      const response = await fetch(url);
      if (response.ok) build(root, select, listed, { communes: parseCommuneLines(await response.text()) });
    } catch {
      // The native select stays: it works without the search.
    }
    return;
  }
  const search = kind === 'provinces' ? { provinces: true } : kind === 'communes' ? { communes: [] } : { options: listed };
  build(root, select, listed, search);
}

/** Replaces `select` (inside `root`) with the combobox searching `search`. */
function build(root, select, listed, firstSearch) {
  const chosen = select.value;
  const id = select.id;
  const listboxId = `${id}-listbox`;
  const input = document.createElement('input');
  const hidden = document.createElement('input');
  const listbox = document.createElement('ul');
  const said = document.createElement('div');
  input.className = 'dvc-input dvc-combobox__input';
  setClass(input, 'dvc-input--error', select.classList.contains('dvc-select--error'));
  for (const [name, value] of [['type', 'text'], ['role', 'combobox'], ['autocomplete', 'off'], ['spellcheck', 'false'],
    ['aria-autocomplete', 'list'], ['aria-controls', listboxId], ['aria-expanded', 'false']]) input.setAttribute(name, value);
  for (const copied of ['aria-describedby', 'aria-invalid']) setAttr(input, copied, select.getAttribute(copied));
  hidden.type = 'hidden';
  hidden.name = select.name;
  hidden.value = chosen;
  input.value = listed.find(([v]) => v === chosen)?.[1] ?? '';
  listbox.className = 'dvc-combobox__listbox dvc-hidden';
  listbox.id = listboxId;
  listbox.setAttribute('role', 'listbox');
  said.className = 'dvc-visually-hidden';
  said.setAttribute('aria-live', 'polite');
  select.remove();
  input.id = id;
  root.append(input, hidden, listbox, said);

  const locale = localeOf(root);
  let search = firstSearch;
  let list = CLOSED;
  let results = [];
  // The list, the box's state and the count, as the query and the list state say.
  const refresh = () => {
    results = run(search, input.value);
    const shown = Math.min(results.length, MAX_SHOWN);
    const open = expanded(list, shown);
    input.setAttribute('aria-expanded', String(open));
    const active = list.open ? list.active : null;
    const optionId = (i) => `${listboxId}-${i}`;
    setAttr(input, 'aria-activedescendant', active == null ? null : optionId(active));
    setClass(listbox, 'dvc-hidden', !open);
    listbox.replaceChildren(...results.slice(0, MAX_SHOWN).map(([, label], i) => {
      const li = document.createElement('li');
      li.className = active === i ? 'dvc-combobox__option dvc-combobox__option--active' : 'dvc-combobox__option';
      li.id = optionId(i);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(active === i));
      li.setAttribute('data-index', String(i));
      li.textContent = label;
      return li;
    }));
    const words = status(list.open, results.length, locale);
    if (said.textContent !== words) said.textContent = words;
  };
  // Chooses result `i`: the posted value changes now and the form hears a bubbling
  // `change` (so a fixed answer clears its error at once).
  const choose = (i) => {
    const result = results[i];
    if (!result) return;
    [hidden.value, input.value] = result;
    list = CLOSED;
    refresh();
    hidden.dispatchEvent(new Event('change', { bubbles: true }));
  };
  started.set(id, {
    input,
    hidden,
    /** Sets the chosen value from outside (its label shown when known), without a `change`. */
    set(value) {
      hidden.value = value;
      input.value = labelOf(search, value) ?? '';
      list = CLOSED;
      refresh();
    },
    /** Searches `next` from now on (the chosen value's label shown when it is there). */
    setSearch(next) {
      search = next;
      const label = labelOf(search, hidden.value);
      if (label != null) input.value = label;
      refresh();
    },
  });
  refresh();

  on(input, 'input', () => {
    hidden.value = '';
    list = onTyped();
    refresh();
  });
  on(input, 'keydown', (ev) => {
    const [next, outcome] = onKey(list, ev.key, ev.altKey, Math.min(results.length, MAX_SHOWN));
    list = next;
    if (outcome !== 'pass') ev.preventDefault();
    if (outcome.choose != null) choose(outcome.choose);
    if (outcome === 'clear') {
      input.value = '';
      hidden.value = '';
    }
    refresh();
  });
  on(input, 'blur', () => {
    list = { ...list, open: false };
    refresh();
  });
  // A press on an option must not take focus from the box.
  on(listbox, 'mousedown', (ev) => ev.preventDefault());
  on(listbox, 'click', (ev) => {
    const index = Number.parseInt(ev.target.closest?.('[data-index]')?.getAttribute('data-index') ?? '', 10);
    if (!Number.isNaN(index)) choose(index);
  });
}
