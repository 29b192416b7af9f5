// Viet Nam's administrative divisions in the browser: the search text folding, the 34
// provinces in force (from the generated module 'dvc-divisions-data'), their search and
// that of one province's communes (the file /data/communes/PP.tsv, parseCommuneLines), and
// the old-address tables (/data/old/PP.tsv, parseOldProvinceTable). A port of
// rules/src/divisions.rs, which is the authority: tests/rules/divisions.test.mjs proves the
// same answers on thousands of random queries (same results, same order, ties included).
import { PROVINCES } from 'dvc-divisions-data';

// Folds text for search: no diacritics, đ → d, lower case, anything but a Latin letter or
// a digit as one space, trimmed. Rust decomposes Latin letters only: the Kelvin and
// Ångström signs (whose NFD is a Latin letter) are not letters there.
export const fold = (text) =>
  text
    .replace(/[\u212a\u212b]/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff]+/g, ' ')
    .toLowerCase()
    .trim();

// Unit words dropped from names and queries before matching (folded), in Rust's order.
const UNITS = ['thanh pho', 'tinh', 'tp', 'phuong', 'xa', 'dac khu', 'thi tran'];
const stripUnit = (folded) => {
  for (const unit of UNITS) {
    if (folded.startsWith(unit + ' ')) return folded.slice(unit.length + 1);
  }
  return folded;
};

// Short forms of province names that are not their initials.
const ALIASES = new Map([['sai gon', '79'], ['sg', '79'], ['tphcm', '79'], ['hue', '46']]);

// No unit name is longer than this many UTF-8 bytes folded.
const LONGEST_NAME = 120;

// Rust's order of strings (by code point; UTF-16 units differ past U+D7FF).
const cmp = (a, b) => {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (a.codePointAt(i) ?? -1) - (b.codePointAt(i) ?? -1);
};

// A name's search keys: [folded without its unit word, initials], kept off the objects.
const keys = new WeakMap();
const keyOf = (place) => {
  let k = keys.get(place);
  if (!k) {
    const folded = stripUnit(fold(place.name));
    k = [folded, folded.split(' ').map((w) => w.charAt(0)).join('')];
    keys.set(place, k);
  }
  return k;
};

// How well a folded name matches the folded query q; lower is better, -1 no match.
const score = ([name, initials], q, compact) => {
  if (!q) return 4;
  if (name === q) return 0;
  if (name.startsWith(q) || initials === compact) return 1;
  if (name.split(' ').some((w) => w.startsWith(q)) || name.includes(' ' + q)) return 2;
  if (name.includes(q) || name.replace(/ /g, '').includes(compact)) return 3;
  return -1;
};

// The places matching `query`, best first: by score, folded name, code, then list order.
const search = (list, query, alias) => {
  const q = stripUnit(fold(query));
  if (new TextEncoder().encode(q).length > LONGEST_NAME) return [];
  const compact = q.replace(/ /g, '');
  const code = alias && ALIASES.get(q);
  const found = [];
  list.forEach((place, i) => {
    const k = keyOf(place);
    const s = code && place.code === code ? 0 : score(k, q, compact);
    if (s >= 0) found.push([s, k[0], place.code, i, place]);
  });
  return found
    .sort((a, b) => a[0] - b[0] || cmp(a[1], b[1]) || cmp(a[2], b[2]) || a[3] - b[3])
    .map((f) => f[4]);
};

const PROVINCE_LIST = PROVINCES.map(([code, name, city]) => ({
  code,
  name,
  kind: city ? 'city' : 'province',
}));

// The 34 provinces in force since 2025-07-01, in code order: { code, name, kind }, kind
// 'city' (thành phố trực thuộc trung ương) or 'province' (tỉnh).
export const provinces = () => PROVINCE_LIST;

// Provinces matching what a citizen typed, best first (short forms "hn", "tp hcm" included).
export const searchProvinces = (query) => search(PROVINCE_LIST, query, true);

// Communes of a list (one province's file) matching what a citizen typed, best first.
export const searchCommuneList = (list, query) => search(list, query, false);

// Rust's str::lines: "\n" or "\r\n" ends a line; the last one needs no ending (and keeps a
// lone "\r").
const lines = (text) => {
  const all = text.split('\n');
  const last = all.pop();
  return all.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)).concat(last ? [last] : []);
};
const commune = ([provinceCode, code, name, kind]) => ({
  provinceCode,
  code,
  name,
  kind: kind === 'phường' ? 'phuong' : kind === 'đặc khu' ? 'dacKhu' : 'xa',
});

// Communes of a file as the build writes them (province code, commune code, name, kind,
// tab-separated): { provinceCode, code, name, kind }, kind 'xa', 'phuong' or 'dacKhu'.
// Lines that do not fit are skipped.
export const parseCommuneLines = (text) =>
  lines(text)
    .map((l) => l.split('\t'))
    .filter((f) => f.length === 4)
    .map(commune);

// One pre-2025 province's old-address file (/data/old/PP.tsv): its districts [code, name]
// in code order, its conversion rows [district, commune code, commune name, new commune
// code], the communes in force they lead to (`now`), and the two questions asked of them.
export const parseOldProvinceTable = (text) => {
  const districts = [];
  const rows = [];
  const now = [];
  for (const line of lines(text)) {
    const f = line.split('\t');
    if (f.length === 3) districts.push([f[1], f[2]]);
    else if (f.length === 4) now.push(commune(f));
    else if (f.length === 6) rows.push([f[1], f[2], f[3], f[5]]);
  }
  return {
    districts,
    rows,
    now,
    // The communes of an old district: [code, name], each once.
    communes(district) {
      const out = [];
      for (const [d, c, name] of rows) {
        if (d === district && !out.some(([x]) => x === c)) out.push([c, name]);
      }
      return out;
    },
    // Where an old commune is now: one commune, or the candidates of a split one (each
    // once, in code order).
    newCommunes(oldCommune) {
      const codes = [];
      for (const r of rows) {
        if (r[1] === oldCommune && !codes.includes(r[3])) codes.push(r[3]);
      }
      return codes
        .sort(cmp)
        .map((code) => now.find((c) => c.code === code))
        .filter(Boolean);
    },
  };
};
