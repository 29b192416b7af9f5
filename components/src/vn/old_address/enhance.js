// `OldAddressFinder` in the browser (`data-dvc-module="old-address"` on its `<details>`,
// the files' address in `data-base-url`): choosing an old province fetches its conversion
// table (`PP.tsv`, once per choice; an older answer arriving late is dropped), then the
// district and the commune are chosen from it, and the commune(s) in force it became are
// offered, each as a button carrying `data-dvc-province` / `data-dvc-commune` (the
// enclosing `AddressInput` fills its boxes from them); the one used is said.
import { parseOldProvinceTable, provinces } from 'dvc-divisions';
import { localeOf, on, word } from '../../enhance-dom.js';

/** Starts one finder. */
export function start(root) {
  const province = root.querySelector('select');
  const place = root.querySelector('.dvc-old-address__more');
  const result = root.querySelector('.dvc-old-address__found');
  if (!province || !place || !result) return;
  root.removeAttribute('hidden');
  const id = province.id.replace(/(-province)+$/, '');
  const baseUrl = root.getAttribute('data-base-url') ?? '/data/old/';
  const locale = localeOf(root);
  let table = null;
  let latest = 0;
  const element = (tag, className, text) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text != null) el.textContent = text;
    return el;
  };
  // A labelled `<select>` of `options` ([value, name]) under the earlier questions.
  const question = (part, label, first, options) => {
    const field = element('div', 'dvc-field');
    const l = element('label', 'dvc-label', word(locale, label));
    l.htmlFor = `${id}-${part}`;
    const select = element('select', 'dvc-select');
    select.id = `${id}-${part}`;
    const none = element('option', '', word(locale, first));
    none.value = '';
    select.append(none, ...options.map(([value, name]) => {
      const o = element('option', '', name);
      o.value = value;
      return o;
    }));
    field.append(l, select);
    place.append(field);
  };
  const load = async (code) => {
    const request = ++latest;
    table = null;
    place.textContent = '';
    result.textContent = '';
    if (!code) return;
    let text = null;
    try {
      const response = await fetch(`${baseUrl}${code}.tsv`);
      if (response.ok) text = await response.text();
    } catch {
      // Said below.
    }
    if (latest !== request) return;
    if (text != null) {
      table = parseOldProvinceTable(text);
      question('district', 'OldDistrict', 'ChooseDistrict', table.districts);
    } else {
      const p = element('p', 'dvc-error-message', word(locale, 'OldAddressLoadFailed'));
      p.setAttribute('role', 'alert');
      place.append(p);
    }
  };
  const showCommunes = (district) => {
    // A new district: its communes replace the earlier ones, and what they found.
    place.querySelector(`#${CSS.escape(`${id}-commune`)}`)?.closest('.dvc-field')?.remove();
    result.textContent = '';
    const communes = table ? table.communes(district) : [];
    if (communes.length) question('commune', 'OldCommune', 'ChooseCommune', communes);
  };
  // The commune(s) in force `oldCommune` became, each a button to use it.
  const showFound = (oldCommune) => {
    result.textContent = '';
    const found = table ? table.newCommunes(oldCommune) : [];
    if (!found.length) return;
    const wrap = element('div', 'dvc-old-address__result');
    wrap.append(element('p', '', word(locale, found.length === 1 ? 'OldAddressOne' : 'OldAddressSplit')));
    for (const c of found) {
      const provinceName = provinces().find((p) => p.code === c.provinceCode)?.name ?? '';
      const label = `${c.name}, ${provinceName}`;
      const button = element('button', 'dvc-button dvc-button--secondary');
      button.type = 'button';
      button.setAttribute('data-dvc-province', c.provinceCode);
      button.setAttribute('data-dvc-commune', c.code);
      button.setAttribute('data-dvc-label', label);
      button.append(element('span', 'dvc-button__label', `${word(locale, 'OldAddressUse')}${label}`));
      wrap.append(button);
    }
    result.append(wrap);
  };
  on(province, 'change', () => load(province.value));
  on(place, 'change', (ev) => {
    const s = ev.target;
    if (!(s instanceof HTMLSelectElement)) return;
    if (s.id.endsWith('-district')) showCommunes(s.value);
    else showFound(s.value);
  });
  on(result, 'click', (ev) => {
    const button = ev.target.closest?.('[data-dvc-commune]');
    const wrap = result.querySelector('.dvc-old-address__result');
    if (!button || !wrap) return;
    wrap.querySelector('.dvc-old-address__used')?.remove();
    wrap.append(element('p', 'dvc-old-address__used', `${word(locale, 'OldAddressUsed')}${button.getAttribute('data-dvc-label') ?? ''}`));
  });
}
