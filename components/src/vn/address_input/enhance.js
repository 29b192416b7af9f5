// `AddressInput` in the browser (`data-dvc-module="address"`, the commune files' address
// in `data-communes-url`): its two comboboxes (started first) work together. Choosing a
// province fetches that province's communes (`PP.tsv`, once per page) for the commune box,
// and another province clears the commune; a slow answer says it is loading (after 400 ms,
// so a quick one does not flash), a failed one says so with "Thử lại". The parts only a
// page without a script needs ("Xem xã, phường…" and what it posts) go; a commune the
// old-address finder finds fills both boxes.
import { parseCommuneLines, provinces } from 'dvc-divisions';
import { all, localeOf, on, word } from '../../enhance-dom.js';
import { byBoxId } from '../combobox/enhance.js';

/** How long a fetch may take before the page says it is loading. */
const SLOW_MS = 400;
/** Marks the "Thử lại" button of a failed load. */
const AGAIN = 'data-dvc-again';
/** Province files already fetched on this page, by address. */
const fetched = new Map();

/** Starts one address. */
export function start(root) {
  const boxes = all(root, '.dvc-combobox input[role=combobox]').map((i) => byBoxId(i.id)).filter(Boolean);
  if (boxes.length !== 2) return;
  const [province, commune] = boxes;
  for (const part of all(root, '.dvc-address__without-script')) part.remove();
  const status = root.querySelector('.dvc-address__status');
  const baseUrl = root.getAttribute('data-communes-url') ?? '/data/communes/';
  const locale = localeOf(root);
  /** The province whose communes the commune box has (or is waiting for). */
  let last = province.hidden.value;
  /** Each load is numbered; an older answer arriving late is dropped. */
  let latest = 0;

  // The status under the boxes: nothing, 'loading', or 'failed' with "Thử lại".
  const say = (state) => {
    if (!status) return;
    status.textContent = '';
    if (state === 'loading') {
      const p = document.createElement('p');
      p.className = 'dvc-hint';
      p.textContent = word(locale, 'CommunesLoading');
      status.append(p);
    } else if (state === 'failed') {
      const p = document.createElement('p');
      p.className = 'dvc-error-message';
      p.textContent = word(locale, 'CommunesLoadFailed');
      const again = document.createElement('button');
      again.type = 'button';
      again.className = 'dvc-button dvc-button--secondary';
      again.textContent = word(locale, 'TryAgain');
      again.setAttribute(AGAIN, '');
      status.append(p, again);
    }
  };
  // Gives the commune box `code`'s communes, fetched unless fetched before.
  const load = async (code) => {
    last = code;
    const request = ++latest;
    say(null);
    const url = `${baseUrl}${code}.tsv`;
    // Only a province of the table is fetched (a restored answer may be anything).
    if (!provinces().some((p) => p.code === code)) {
      commune.setSearch({ communes: [] });
      return;
    }
    if (fetched.has(url)) {
      commune.setSearch({ communes: fetched.get(url) });
      return;
    }
    // Until this province's communes arrive, none (not the previous province's).
    commune.setSearch({ communes: [] });
    setTimeout(() => { if (latest === request) say('loading'); }, SLOW_MS);
    let list = null;
    try {
      const response = await fetch(url);
      if (response.ok) list = parseCommuneLines(await response.text());
    } catch {
      // Said below, with "Thử lại".
    }
    if (latest !== request) return;
    // Answered: no "loading" may follow.
    latest += 1;
    if (list?.length) {
      fetched.set(url, list);
      say(null);
      commune.setSearch({ communes: list });
    } else {
      say('failed');
    }
  };

  load(province.hidden.value);
  // Typing over the province empties its answer: the commune box searches nothing until a
  // province is chosen again (never the communes of the one before).
  on(province.input, 'input', () => {
    if (!province.hidden.value && last) load('');
  });
  on(province.hidden, 'change', () => {
    const chosen = province.hidden.value;
    // Only another province clears the commune (the same one again keeps it).
    if (last !== chosen) {
      commune.set('');
      load(chosen);
    }
  });
  // "Thử lại" after a failed load, and a commune the old-address finder found (both boxes
  // take it).
  on(root, 'click', (ev) => {
    if (ev.target.closest?.(`[${AGAIN}]`)) {
      load(last);
      return;
    }
    const used = ev.target.closest?.('[data-dvc-commune]');
    const [p, c] = [used?.getAttribute('data-dvc-province'), used?.getAttribute('data-dvc-commune')];
    if (p == null || c == null) return;
    province.set(p);
    if (last !== p) load(p);
    commune.set(c);
  });
}
