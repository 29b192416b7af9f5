// dvc-rules in the browser: the checks behind every dvc-ui form question, as plain JS in
// place of the WebAssembly build of the same rules. Owns: reading a question's spec from
// its `data-dvc-*` attributes (spec_markup.rs), checking one question against the posted
// answers (form.rs and the rules it calls: text, email, name, citizen_id, phone, tax_code,
// money, number, otp, date, files by name, commune codes), every problem's sentence in
// Vietnamese and English (messages.rs), and the read-back parsers of the Vietnamese-data
// inputs. The Rust crate (rules/src/*.rs) is the authority: the server runs it, and
// tests/rules/browser-rules.test.mjs proves this module gives the same results, character for
// character, on thousands of random answers. Change both together.
//
// Conventions: locale 'vi' | 'en'; a date is { year, month, day }; the posted answers are
// [name, value] pairs (a file is its name); a problem is { code, args } with the Rust
// ProblemCode's name and string arguments; checks (checkField, checkFile, checkCount) return
// null or the problem, parsers { ok } or { err: problem }.
// Rule settings that can exceed 2^53 (u64 in Rust) are Numbers, or BigInts above that.
// The commune codes come from the generated module 'dvc-rules-data' (rules/examples/browser_data.rs).

import { COMMUNE_CODES } from 'dvc-rules-data';

export const FIELD = 'data-dvc-field';
export const RULE = 'data-dvc-rule';
export const SUBJECT = 'data-dvc-subject';
export const OPTIONAL = 'data-dvc-optional';
export const WHEN = 'data-dvc-when';

// ---- Characters as Rust sees them -------------------------------------------------------

// Rust's char::is_whitespace (Unicode White_Space), which is not JS's \s.
const W = '[\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const SPACE = RegExp(W);
const SPACES = RegExp(W + '+', 'g');
const TRIM = RegExp(`^${W}+|${W}+$`, 'g');
const trim = (s) => s.replace(TRIM, '');
const tidy = (s) => trim(s).replace(SPACES, ' ');
const chars = (s) => [...s];
const isDigit = (c) => c >= '0' && c <= '9' && c.length === 1;
const U64 = (1n << 64n) - 1n;

const ok = (value) => ({ ok: value });
const fail = (code, args = {}) => {
  for (const k in args) args[k] = String(args[k]);
  return { err: { code, args } };
};

// digits.rs
const MOST_NAMED = 8;
function distinct(list) {
  const seen = [];
  for (const c of list) {
    if (seen.length === MOST_NAMED) break;
    if (!seen.includes(c)) seen.push(c);
  }
  return seen.join('');
}
const nonDigits = (s) => distinct(chars(s).filter((c) => !isDigit(c)));
const stripSeparators = (s) =>
  chars(s)
    .filter((c) => !(SPACE.test(c) || '.-()/'.includes(c) || (c >= '\u2010' && c <= '\u2015')))
    .join('');
function group(digits, sizes) {
  const out = [];
  let rest = digits;
  for (const size of sizes) {
    if (!rest) break;
    out.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  if (rest) out.push(rest);
  return out.join(' ');
}

// latin/case.rs: Latin letters only; a letter whose other case is several characters, and
// any other script, keep their case. The mappings that leave the Latin blocks are listed
// (a browser with older Unicode tables may not know the newest of them).
const isLatin = (n) =>
  (n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a) || (n >= 0xc0 && n <= 0x2af) || (n >= 0x1e00 && n <= 0x1eff);
const FAR = new Map(
  chars('ƛꟜȿⱾɀⱿɐⱯɑⱭɒⱰɜꞫɡꞬɤꟋɥꞍɦꞪɪꞮɫⱢɬꞭɱⱮɽⱤʂꟅʇꞱʝꞲʞꞰȺⱥȾⱦ')
    .map((c, i, a) => (i % 2 ? null : [c, a[i + 1]]))
    .filter(Boolean),
);
function changeCase(c, up) {
  const n = c.codePointAt(0);
  if (n < 0x80) return up ? c.toUpperCase() : c.toLowerCase();
  if (!isLatin(n)) return c;
  const far = FAR.get(c);
  // Each far pair maps one way only (lower → upper, except Ⱥ Ⱦ upper → lower).
  if (far) return (n === 0x23a || n === 0x23e) !== up ? far : c;
  const m = up ? c.toUpperCase() : c.toLowerCase();
  return m.length > 0 && chars(m).length === 1 && isLatin(m.codePointAt(0)) ? m : c;
}

/** latin::with_first: the text with its first letter in upper (`upper`) or lower case. */
export function withFirst(text, upper) {
  const [first, ...rest] = chars(text);
  return first === undefined ? '' : changeCase(first, upper) + rest.join('');
}

/** latin::lowercase. */
export function lowercase(text) {
  return chars(text)
    .map((c) => (c === 'İ' ? 'i\u0307' : changeCase(c, false)))
    .join('');
}

// latin/mod.rs: canonical composition of Latin text only (marks U+0300–U+036F); other
// scripts pass through, as in Rust. The compositions are Unicode's (String.normalize),
// limited to a Latin letter and one mark, as rules/src/latin/table.rs lists them.
// Canonical combining classes of U+0300..U+036F: a=230 b=232 c=220 d=216 e=202 f=1 g=240 h=233 i=234 z=0.
const CLASS_TEXT =
  'aaaaaaaaaaaaaaaaaaaaabccccbdccccceecccceecccccccccccfffffccccaaaaaaaagacccaaacczaaaccccabccahiihiihaaaaaaaaaaaaa';
const CLASS_OF = { a: 230, b: 232, c: 220, d: 216, e: 202, f: 1, g: 240, h: 233, i: 234, z: 0 };
const ccc = (c) => {
  const n = c.codePointAt(0);
  return n >= 0x300 && n <= 0x36f ? CLASS_OF[CLASS_TEXT[n - 0x300]] : 0;
};
let DECOMPOSE, COMPOSE;
function compositions() {
  if (DECOMPOSE) return;
  DECOMPOSE = new Map();
  COMPOSE = new Map();
  for (let n = 0xc0; n < 0x1f00; n++) {
    if (n === 0x2b0) n = 0x1e00;
    const c = String.fromCodePoint(n);
    const d = chars(c.normalize('NFD'));
    if (d.length < 2) continue;
    const mark = d.pop();
    const base = d.join('').normalize('NFC');
    const m = mark.codePointAt(0);
    if (m < 0x300 || m > 0x36f || chars(base).length !== 1 || !isLatin(base.codePointAt(0))) continue;
    if ((base + mark).normalize('NFC') !== c) continue;
    DECOMPOSE.set(c, [base, mark]);
    if (!COMPOSE.has(base + mark)) COMPOSE.set(base + mark, c);
  }
}
const SPECIAL_MARKS = { '\u0340': ['\u0300'], '\u0341': ['\u0301'], '\u0343': ['\u0313'], '\u0344': ['\u0308', '\u0301'] };
function decomposeInto(c, out) {
  const special = SPECIAL_MARKS[c];
  const parts = DECOMPOSE.get(c);
  if (special) out.push(...special);
  else if (parts) {
    decomposeInto(parts[0], out);
    out.push(parts[1]);
  } else out.push(c);
}

/** latin::nfc: canonical composition of Latin letters and their marks. */
export function nfc(text) {
  compositions();
  const list = [];
  for (const c of text) decomposeInto(c, list);
  // Canonical order: each run of marks sorted stably by class.
  for (let i = 1; i < list.length; i++) {
    for (let j = i; j > 0 && ccc(list[j]) && ccc(list[j - 1]) > ccc(list[j]); j--) {
      [list[j - 1], list[j]] = [list[j], list[j - 1]];
    }
  }
  const out = [];
  let starter = -1;
  let last = 0;
  for (const c of list) {
    const cc = ccc(c);
    if (starter >= 0) {
      const blocked = out.length > starter + 1 && (last === 0 || last >= cc);
      const composed = !blocked && COMPOSE.get(out[starter] + c);
      if (composed) {
        out[starter] = composed;
        continue;
      }
    }
    if (cc === 0) {
      starter = out.length;
      last = 0;
    } else last = cc;
    out.push(c);
  }
  return out.join('');
}

// ---- spec_markup.rs (reading) -------------------------------------------------------------

const UNREADABLE = {};
const need = (v) => {
  if (v === undefined) throw UNREADABLE;
  return v;
};
// The value escape() wrote: %25 %3B %2C %3D; any other `%` makes it unreadable (undefined).
function unescape(text) {
  return /%(?!25|3B|2C|3D)/.test(text) ? undefined : text.replace(/%(25|3B|2C|3D)/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}
const readList = (text) => (text === '' ? [] : text.split(',').map((t) => need(unescape(t))));
// Rust's u64 from_str ("+" allowed); a Number, or a BigInt beyond 2^53.
function parseU64(text) {
  if (!/^\+?[0-9]+$/.test(text)) return undefined;
  const n = BigInt(text.replace('+', ''));
  return n > U64 ? undefined : n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

/** spec_markup::read_rule: the rule an attribute value says, or null. */
export function readRule(text) {
  const [kind, ...settings] = text.split(';');
  const key = (s) => (s.includes('=') ? s.slice(0, s.indexOf('=')) : s);
  // A setting `key=value` (its value), a bare `key` (null), or none (null).
  const value = (k) => {
    let found = null;
    for (const s of settings) {
      const at = s.indexOf('=');
      if (at >= 0 && s.slice(0, at) === k) found = need(unescape(s.slice(at + 1)));
      else if (at < 0 && s === k) found = null;
    }
    return found;
  };
  const number = (k) => {
    const v = value(k);
    return v === null ? null : need(parseU64(v));
  };
  const flag = (k) => settings.includes(k);
  const only = (known) => settings.every((s) => known.includes(key(s)));
  const none = settings.length === 0;
  try {
    switch (kind) {
      case 'text':
        if (only(['max'])) return { kind, maxChars: number('max') };
        break;
      case 'email':
      case 'name':
      case 'tax-code':
      case 'money':
      case 'must-tick':
      case 'unchecked':
        if (none) return { kind };
        break;
      case 'citizen-id':
        if (only(['old', 'dob', 'sex']))
          return { kind, allowOldCard: flag('old'), birthDateField: value('dob'), sexField: value('sex') };
        break;
      case 'phone':
        if (only(['landline'])) return { kind, allowLandline: flag('landline') };
        break;
      case 'whole':
        if (only(['min', 'max'])) return { kind, min: number('min'), max: number('max') };
        break;
      case 'one-of':
        if (settings.length === 1) return { kind, options: readList(settings[0]) };
        break;
      case 'commune':
        if (only(['province'])) return { kind, provinceField: value('province') };
        break;
      case 'any-of':
        if (!none && settings.slice(1).every((s) => s.startsWith('none=')))
          return { kind, options: readList(settings[0]), exclusive: value('none') };
        break;
      case 'date':
        if (only(['past', 'not-past', 'min-age'])) {
          const age = number('min-age');
          if (age !== null && age > 255) return null;
          return { kind, past: flag('past'), notPast: flag('not-past'), minAge: age };
        }
        break;
      case 'files':
        if (settings.length === 3) {
          const accept = readList(settings[0]);
          return { kind, accept, maxBytes: need(number('max-bytes') ?? undefined), maxFiles: need(number('max-files') ?? undefined) };
        }
        break;
      case 'one-time-code':
        if (settings.length === 1) return { kind, digits: need(parseU64(settings[0])) };
        break;
    }
  } catch (e) {
    if (e === UNREADABLE) return null;
    throw e;
  }
  return null;
}

/** spec_markup::read_spec: `attribute(name)` is an element's getAttribute; null when the
 * element is not a question or its rule cannot be read. */
export function readSpec(attribute) {
  const name = attribute(FIELD);
  const ruleText = attribute(RULE);
  if (name == null || ruleText == null) return null;
  const rule = readRule(ruleText);
  if (!rule) return null;
  const spec = { name, subject: attribute(SUBJECT) ?? '', rule, optional: attribute(OPTIONAL) != null, when: null };
  const when = attribute(WHEN);
  if (when != null) {
    const at = when.indexOf('=');
    if (at < 0) return null;
    const [n, v] = [unescape(when.slice(0, at)), unescape(when.slice(at + 1))];
    if (n === undefined || v === undefined) return null;
    spec.when = [n, v];
  }
  return spec;
}

// ---- The rules ----------------------------------------------------------------------------

// text.rs
function checkMaxChars(input, max) {
  const actual = chars(tidy(input)).length;
  return actual > max ? fail('TooLong', { max, actual }) : ok();
}

// email.rs (the check only: the tidied address is the server's business)
function checkEmail(input) {
  const s = trim(input);
  if (!s) return fail('Required');
  const format = fail('EmailFormat');
  if (chars(s).length > 254 || SPACE.test(s)) return format;
  const at = s.lastIndexOf('@');
  if (at < 0) return format;
  const [local, domain] = [s.slice(0, at), s.slice(at + 1)];
  const labelsOk = domain.split('.').every((l) => l && !l.startsWith('-') && !l.endsWith('-'));
  return !local || local.includes('@') || !domain.includes('.') || !labelsOk ? format : ok(s);
}

// name.rs
const MAX_NAME_CHARS = 100;
const isNameLetter = (n) =>
  (n >= 0x41 && n <= 0x5a) || (n >= 0x61 && n <= 0x7a) || (n >= 0xc0 && n <= 0x24f && n !== 0xd7 && n !== 0xf7) || (n >= 0x1e00 && n <= 0x1eff);
function checkName(input) {
  const name = tidy(chars(nfc(input)).map((c) => ("'\u2019\u02bc".includes(c) ? "'" : c)).join(''));
  if (!name) return fail('Required');
  const list = chars(name);
  const bad = distinct(
    list.filter((c) => {
      const n = c.codePointAt(0);
      return !(isNameLetter(n) || (n >= 0x300 && n <= 0x36f) || c === ' ' || c === '-' || c === "'");
    }),
  );
  if (bad) return fail('NameCharacters', { chars: bad });
  if (!list.some((c) => isNameLetter(c.codePointAt(0)))) return fail('Required');
  if (list.length > MAX_NAME_CHARS) return fail('TooLong', { max: MAX_NAME_CHARS, actual: list.length });
  return ok(name);
}

// citizen_id.rs, with the pre-2025 provinces its place code refers to ("*": Thành phố).
const PLACE_TEXT =
  '01*Hà Nội|02Hà Giang|04Cao Bằng|06Bắc Kạn|08Tuyên Quang|10Lào Cai|11Điện Biên|12Lai Châu|14Sơn La|15Yên Bái|' +
  '17Hoà Bình|19Thái Nguyên|20Lạng Sơn|22Quảng Ninh|24Bắc Giang|25Phú Thọ|26Vĩnh Phúc|27Bắc Ninh|30Hải Dương|' +
  '31*Hải Phòng|33Hưng Yên|34Thái Bình|35Hà Nam|36Nam Định|37Ninh Bình|38Thanh Hóa|40Nghệ An|42Hà Tĩnh|' +
  '44Quảng Bình|45Quảng Trị|46*Huế|48*Đà Nẵng|49Quảng Nam|51Quảng Ngãi|52Bình Định|54Phú Yên|56Khánh Hòa|' +
  '58Ninh Thuận|60Bình Thuận|62Kon Tum|64Gia Lai|66Đắk Lắk|67Đắk Nông|68Lâm Đồng|70Bình Phước|72Tây Ninh|' +
  '74Bình Dương|75Đồng Nai|77Bà Rịa - Vũng Tàu|79*Hồ Chí Minh|80Long An|82Tiền Giang|83Bến Tre|84Trà Vinh|' +
  '86Vĩnh Long|87Đồng Tháp|89An Giang|91Kiên Giang|92*Cần Thơ|93Hậu Giang|94Sóc Trăng|95Bạc Liêu|96Cà Mau';
let PLACES;
function place(code) {
  PLACES = PLACES || new Map(
    PLACE_TEXT.split('|').map((p) => [p.slice(0, 2), p[2] === '*' ? 'Thành phố ' + p.slice(3) : 'Tỉnh ' + p.slice(2)]),
  );
  const name = PLACES.get(code);
  return name && { code, name };
}

/** citizen_id::parse_citizen_id: { ok: { kind: 'personal', digits, province: { code, name },
 * sex: 'male' | 'female', birthYear, grouped() } | { kind: 'old-card', digits, grouped() } }. */
export function parseCitizenId(text, allowOldCard) {
  const digits = stripSeparators(text);
  if (!digits) return fail('Required');
  const bad = nonDigits(digits);
  if (bad) return fail('CitizenIdNotDigits', { chars: bad });
  const grouped = () => group(digits, [3, 3, 3, 3]);
  if (digits.length === 12) {
    const province = digits[0] === '0' && place(digits.slice(1, 3));
    if (!province) return fail('CitizenIdPlace', { code: digits.slice(0, 3) });
    const [centurySex, tens, units] = [+digits[3], +digits[4], +digits[5]];
    const sex = centurySex % 2 ? 'female' : 'male';
    const birthYear = 1900 + Math.floor(centurySex / 2) * 100 + tens * 10 + units;
    return ok({ kind: 'personal', digits, province, sex, birthYear, grouped });
  }
  if (digits.length === 9) return allowOldCard ? ok({ kind: 'old-card', digits, grouped }) : fail('CitizenIdOldCard');
  return fail('CitizenIdLength', { actual: digits.length });
}

// citizen_id::cross_check, first problem only (as the form shows one).
function crossCheck(id, birthYear, sex, thisYear) {
  if (id.kind !== 'personal') return null;
  if (id.birthYear > thisYear) return fail('CitizenIdFutureYear', { year: id.birthYear }).err;
  if (birthYear != null && birthYear !== id.birthYear)
    return fail('CitizenIdYearMismatch', { id_year: id.birthYear, year: birthYear }).err;
  if (sex != null && sex !== id.sex) return fail('CitizenIdSexMismatch', { id_sex: id.sex, sex }).err;
  return null;
}

/** phone::parse_phone: { ok: { national, isMobile, e164(), display() } }. */
export function parsePhone(text, allowLandline) {
  const raw = stripSeparators(text);
  if (!raw) return fail('Required');
  const plus = raw[0] === '+';
  const body = plus ? raw.slice(1) : raw;
  const bad = nonDigits(body);
  if (bad) return fail('PhoneNotDigits', { chars: bad });
  let national;
  if (plus) {
    if (!body.startsWith('84')) return fail('PhoneNotVietnamese');
    national = body.slice(2);
  } else if (body.startsWith('0084')) national = body.slice(4);
  else if (body.startsWith('0')) national = body.slice(1);
  else if (body.length === 11 && body.startsWith('84')) national = body.slice(2);
  else return fail('PhoneStart');
  if ((plus || body.startsWith('0084')) && national.startsWith('0')) national = national.slice(1);
  const first = national[0] ?? ' ';
  const phone = (isMobile) =>
    ok({
      national,
      isMobile,
      e164: () => '+84' + national,
      display() {
        const n = '0' + national;
        return group(n, isMobile ? [4, 3, 3] : /^02[48]/.test(n) ? [3, 4, 4] : [4, 3, 4]);
      },
    });
  if ('35789'.includes(first)) return national.length === 9 ? phone(true) : fail('PhoneLength', { actual: national.length + 1 });
  if (first === '2') {
    if (!allowLandline) return fail('PhoneLandline');
    return national.length === 10 ? phone(false) : fail('PhoneLandlineLength', { actual: national.length + 1 });
  }
  return fail('PhoneStart');
}

// tax_code.rs
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];
function checkMain(digits) {
  const r = WEIGHTS.reduce((sum, w, i) => sum + w * +digits[i], 0) % 11;
  return r !== 0 && (10 - r) % 10 === +digits[9] ? ok() : fail('TaxCodeCheckDigit');
}

/** tax_code::parse_tax_code: { ok: { kind: 'main' | 'branch' | 'personal', digits, parent?,
 * branch?, display() } }. */
export function parseTaxCode(text) {
  const digits = stripSeparators(text);
  if (!digits) return fail('Required');
  const bad = nonDigits(digits);
  if (bad) return fail('TaxCodeNotDigits', { chars: bad });
  const code = (kind, more) => ok({ kind, digits, display: () => digits, ...more });
  switch (digits.length) {
    case 10: {
      const main = checkMain(digits);
      return main.err ? main : code('main');
    }
    case 13: {
      const [parent, branch] = [digits.slice(0, 10), digits.slice(10)];
      const main = checkMain(parent);
      if (main.err) return main;
      if (branch === '000') return fail('TaxCodeBranch');
      return code('branch', { parent, branch, display: () => `${parent}-${branch}` });
    }
    case 12: {
      const id = parseCitizenId(digits, false);
      return id.err ? id : code('personal');
    }
    default:
      return fail('TaxCodeLength', { actual: digits.length });
  }
}

// money.rs
const groupThousands = (n) => BigInt(n).toString().replace(/\B(?=(\d{3})+$)/g, '.');

/** money::format_vnd: "1.234.567 ₫" (a Number or BigInt amount). */
export const formatVnd = (amount) => groupThousands(amount) + '\u00a0₫';

const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** money::amount_in_words ("linh" for zero tens): a Number or BigInt amount below 2^64. */
export function amountInWords(amount) {
  let rest = BigInt(amount);
  if (rest === 0n) return 'không đồng';
  const blocks = [];
  for (; rest > 0n; rest /= 1000000000n) blocks.push(Number(rest % 1000000000n));
  const words = [];
  for (let k = blocks.length - 1; k >= 0; k--) {
    const block = blocks[k];
    if (!block) continue;
    for (let index = 2; index >= 0; index--) {
      const g = Math.floor(block / 1000 ** index) % 1000;
      if (!g) continue;
      const inner = words.length > 0;
      const [h, t, u] = [Math.floor(g / 100), Math.floor(g / 10) % 10, g % 10];
      if (h || inner) words.push(DIGIT_WORDS[h], 'trăm');
      if (t === 0) {
        if (u) {
          if (h || inner) words.push('linh');
          words.push(DIGIT_WORDS[u]);
        }
      } else if (t === 1) {
        words.push('mười');
        if (u) words.push(u === 5 ? 'lăm' : DIGIT_WORDS[u]);
      } else {
        words.push(DIGIT_WORDS[t], 'mươi');
        if (u) words.push(u === 1 ? 'mốt' : u === 4 ? 'tư' : u === 5 ? 'lăm' : DIGIT_WORDS[u]);
      }
      if (index) words.push(index === 2 ? 'triệu' : 'nghìn');
    }
    for (let i = 0; i < k; i++) words.push('tỷ');
  }
  words.push('đồng');
  return words.join(' ');
}

/** money::parse_vnd: { ok: amount as a BigInt } for "1.234.567", "1 234 567 ₫", "1,234,567 VND"… */
export function parseVnd(text) {
  const trimmed = trim(text);
  if (!trimmed) return fail('Required');
  const lower = lowercase(trimmed);
  const unit = ['đồng', 'vnđ', 'vnd', '₫', 'đ'].find((u) => lower.endsWith(u));
  const body = trim(unit ? lower.slice(0, -unit.length) : lower);
  const amountChars = (s) => distinct(chars(s).filter((c) => !SPACE.test(c)));
  const bad = chars(body).filter((c) => !isDigit(c) && !'., \u00a0\u202f'.includes(c));
  if (bad.length) return fail('AmountNotANumber', { chars: amountChars(bad.join('')) });
  const groups = body.split(/[., \u00a0\u202f]/);
  if (groups.length > 1 && !(groups[0] && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3)))
    return fail('AmountNotWhole');
  const digits = groups.join('');
  if (!digits) return fail('AmountNotANumber', { chars: amountChars(body) });
  const n = BigInt(digits);
  return n > U64 ? fail('AmountTooLarge', { max: groupThousands(U64) }) : ok(n);
}

// number.rs
function checkWholeNumber(input, min, max) {
  const typed = trim(input);
  const wrong = chars(typed).filter((c) => !isDigit(c));
  if (wrong.length) return fail('NumberNotWhole', { chars: [...new Set(wrong)].join('') });
  const outOfRange = () =>
    min != null && max != null
      ? fail('NumberRange', { min, max })
      : min != null
        ? fail('NumberTooSmall', { min })
        : fail('NumberTooLarge', { max: max ?? U64 });
  if (!typed) return outOfRange();
  const value = BigInt(typed);
  if (value > U64 || (min != null && value < BigInt(min)) || (max != null && value > BigInt(max))) return outOfRange();
  return ok(value);
}

// otp.rs
function parseOneTimeCode(input, digits) {
  const code = stripSeparators(input);
  const bad = nonDigits(code);
  if (bad) return fail('OtpNotDigits', { chars: bad });
  const actual = chars(code).length;
  return BigInt(actual) !== BigInt(digits) ? fail('OtpLength', { digits, actual }) : ok(code);
}

// date.rs
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y, m) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
const compareDates = (a, b) => a.year - b.year || a.month - b.month || a.day - b.day;
const partNames = (d, m, y) =>
  [
    [d, 'day'],
    [m, 'month'],
    [y, 'year'],
  ]
    .filter(([bad]) => bad)
    .map(([, p]) => p)
    .join(',');

/** date::check_date: three boxes against `limits` ({ past, notPast, minAge }) → { ok: date }. */
export function checkDate(day, month, year, limits, today) {
  const clean = (s) => chars(s).filter((c) => !SPACE.test(c)).join('');
  const [d, m, y] = [clean(day), clean(month), clean(year)];
  if (!d && !m && !y) return fail('Required');
  if (!d || !m || !y) return fail('DateMissing', { parts: partNames(!d, !m, !y) });
  const digits = (s) => /^[0-9]{0,4}$/.test(s);
  if (!(digits(d) && digits(m) && digits(y)))
    return fail('DateNotNumbers', { parts: partNames(!digits(d), !digits(m), !digits(y)) });
  const [dn, mn, yn] = [+d, +m, +y];
  if (y.length !== 4 || yn < 1000) return fail('DateYearDigits', { parts: 'year' });
  if (mn < 1 || mn > 12) return fail('DateMonth', { parts: 'month' });
  const max = daysInMonth(yn, mn);
  if (dn < 1 || dn > max) return fail('DateDay', { parts: 'day', max, month: mn, year: yn });
  const date = { year: yn, month: mn, day: dn };
  const all = 'day,month,year';
  if (limits.past && compareDates(date, today) >= 0) return fail('DateNotPast', { parts: all });
  if (limits.notPast && compareDates(date, today) < 0) return fail('DatePast', { parts: all });
  if (limits.minAge != null) {
    const age = today.year - yn - (compareDates({ year: 0, month: today.month, day: today.day }, { year: 0, month: mn, day: dn }) < 0 ? 1 : 0);
    if (age < limits.minAge) return fail('DateMinAge', { parts: all, age: limits.minAge });
  }
  return ok(date);
}

// files.rs, by name and size (the bytes are the server's to check).

/** files::extension: lower case, "" when none. */
export function extension(name) {
  const at = name.lastIndexOf('.');
  return at < 0 ? '' : name.slice(at + 1).replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
const asciiUpper = (s) => s.replace(/[a-z]+/g, (t) => t.toUpperCase());

/** files::check_file without head bytes: null when the file may be sent, else its problem.
 * `limits` is { accept, maxBytes, maxFiles } (a files rule); `size` a Number or BigInt. */
export function checkFile(name, size, limits) {
  const ext = extension(name);
  if (limits.accept.length && !limits.accept.includes(ext)) {
    const types = [...new Set(limits.accept.map((a) => (a === 'jpeg' ? 'JPG' : asciiUpper(a))))].join(', ');
    return fail('FileType', { file: name, types }).err;
  }
  const [bytes, max] = [BigInt(size), BigInt(limits.maxBytes)];
  if (bytes === 0n) return fail('FileEmpty', { file: name }).err;
  if (bytes > max) {
    const shown = max >= 1000000n ? `${max / 1000000n} MB` : `${(max + 999n) / 1000n} KB`;
    return fail('FileTooLarge', { file: name, max: shown }).err;
  }
  return null;
}

/** files::check_count: null, or the problem of more than `limits.maxFiles` files. */
export function checkCount(count, limits) {
  return BigInt(count) > BigInt(limits.maxFiles) ? fail('FileTooMany', { max: limits.maxFiles }).err : null;
}

// divisions.rs: the communes in force, by code, and their provinces (from 'dvc-rules-data').
let COMMUNES, PROVINCES;
function communeData() {
  if (COMMUNES) return;
  COMMUNES = new Map();
  PROVINCES = new Set();
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let code = 0;
  for (const run of COMMUNE_CODES.split(' ')) {
    const province = run.slice(0, 2);
    PROVINCES.add(province);
    for (let i = 2; i < run.length; ) {
      if (run[i] === '(') {
        const end = run.indexOf(')', i);
        code += +run.slice(i + 1, end);
        i = end + 1;
      } else code += alphabet.indexOf(run[i++]);
      COMMUNES.set(String(code).padStart(5, '0'), province);
    }
  }
}

/** divisions::commune_province: the 2025 province code of a commune in force, or null. */
export function communeProvince(code) {
  communeData();
  return COMMUNES.get(code) ?? null;
}

// ---- form.rs ------------------------------------------------------------------------------

/** form::is_asked: a follow-up question is asked only when its answer was given. */
export function isAsked(spec, posted) {
  return !spec.when || posted.some(([n, v]) => n === spec.when[0] && v === spec.when[1]);
}

const firstValue = (posted, name) => posted.find(([n]) => n === name)?.[1] ?? '';

/** form::check_field: null when the answer passes, else its problem. */
export function checkField(spec, posted, today) {
  if (!isAsked(spec, posted)) return null;
  const { rule, name } = spec;
  const kind = rule.kind;
  const values = posted.filter(([n]) => n === name).map(([, v]) => v);
  const first = values.length ? values[0] : '';
  if (kind === 'date') {
    const [d, m, y] = ['day', 'month', 'year'].map((p) => firstValue(posted, `${name}-${p}`));
    if (spec.optional && !trim(d) && !trim(m) && !trim(y)) return null;
    return checkDate(d, m, y, rule, today).err ?? null;
  }
  if (values.every((v) => !trim(v))) {
    if (spec.optional || kind === 'unchecked') return null;
    if (kind === 'must-tick') return fail('NotTicked').err;
    return fail(['one-of', 'commune', 'any-of', 'files'].includes(kind) ? 'RequiredChoice' : 'Required').err;
  }
  const result = (r) => r.err ?? null;
  const problem = (code) => fail(code).err;
  switch (kind) {
    case 'text':
      return rule.maxChars == null ? null : result(checkMaxChars(first, rule.maxChars));
    case 'email':
      return result(checkEmail(first));
    case 'name':
      return result(checkName(first));
    case 'citizen-id': {
      const id = parseCitizenId(first, rule.allowOldCard);
      if (id.err) return id.err;
      const dob = rule.birthDateField;
      const year =
        dob == null
          ? null
          : checkDate(...['day', 'month', 'year'].map((p) => firstValue(posted, `${dob}-${p}`)), {}, { year: 9999, month: 12, day: 31 }).ok?.year;
      const sexText = rule.sexField == null ? '' : firstValue(posted, rule.sexField);
      const sex = sexText === 'male' || sexText === 'female' ? sexText : null;
      return crossCheck(id.ok, year, sex, today.year);
    }
    case 'phone':
      return result(parsePhone(first, rule.allowLandline));
    case 'tax-code':
      return result(parseTaxCode(first));
    case 'one-time-code':
      return result(parseOneTimeCode(first, rule.digits));
    case 'money':
      return result(parseVnd(first));
    case 'whole':
      return result(checkWholeNumber(first, rule.min, rule.max));
    case 'one-of':
      return rule.options.includes(first) ? null : problem('ChoiceUnknown');
    case 'commune': {
      const province = communeProvince(first);
      if (province == null) return problem('ChoiceUnknown');
      const chosen = rule.provinceField == null ? undefined : posted.find(([n]) => n === rule.provinceField);
      return chosen && chosen[1] !== province && PROVINCES.has(chosen[1]) ? problem('CommuneNotInProvince') : null;
    }
    case 'any-of': {
      const chosen = values.filter((v) => v !== '');
      if (chosen.some((v) => !rule.options.includes(v))) return problem('ChoiceUnknown');
      return rule.exclusive != null && chosen.includes(rule.exclusive) && chosen.length > 1 ? problem('ChoiceExclusive') : null;
    }
    case 'files': {
      const names = values.filter((v) => v !== '');
      const count = checkCount(names.length, rule);
      if (count) return count;
      for (const n of names) {
        const file = checkFile(n, 1, rule);
        if (file) return file;
      }
      return null;
    }
  }
  return null;
}

// ---- messages.rs ----------------------------------------------------------------------------

/** Locale::error_prefix: the hidden word read before every error message. */
export const errorPrefix = (locale) => (locale === 'en' ? 'Error:' : 'Lỗi:');

const joinAnd = (words, and) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`);
const partsVi = (parts) =>
  joinAnd(
    parts.split(',').map((p) => (p === 'day' ? 'ngày' : p === 'month' ? 'tháng' : 'năm')),
    'và',
  );
const partsEn = (parts) =>
  joinAnd(
    parts.split(',').filter((p) => p),
    'and',
  );
const sexVi = (code) => (code === 'female' ? 'nữ' : 'nam');

// Each code: (arg, subject, Subject) → [Vietnamese, English].
const MESSAGES = {
  Required: (a, s) => [`Nhập ${s}`, `Enter ${s}`],
  RequiredChoice: (a, s) => [`Chọn ${s}`, `Select ${s}`],
  TooLong: (a, s, S) => [
    `${S} phải có tối đa ${a('max')} ký tự (hiện có ${a('actual')})`,
    `${S} must be ${a('max')} characters or fewer (it has ${a('actual')})`,
  ],
  AmountNotANumber: (a, s, S) => [
    `${S} chỉ được có chữ số, không có “${a('chars')}”. Ví dụ: 1.234.567`,
    `${S} must contain only digits, not “${a('chars')}”. For example: 1.234.567`,
  ],
  AmountNotWhole: (a, s, S) => [
    `${S} phải là số đồng chẵn, dấu chấm chỉ dùng để tách hàng nghìn, như 1.234.567`,
    `${S} must be whole đồng, with dots only between thousands, like 1.234.567`,
  ],
  AmountTooLarge: (a, s, S) => [`${S} phải nhỏ hơn ${a('max')} đồng`, `${S} must be less than ${a('max')} đồng`],
  NumberNotWhole: (a, s, S) => [
    `${S} phải là số nguyên, chỉ gồm chữ số, không có “${a('chars')}”. Ví dụ: 3`,
    `${S} must be a whole number, digits only, not “${a('chars')}”. For example: 3`,
  ],
  NumberRange: (a, s, S) => [`${S} phải từ ${a('min')} đến ${a('max')}`, `${S} must be between ${a('min')} and ${a('max')}`],
  NumberTooSmall: (a, s, S) => [`${S} phải từ ${a('min')} trở lên`, `${S} must be ${a('min')} or more`],
  NumberTooLarge: (a, s, S) => [`${S} phải từ ${a('max')} trở xuống`, `${S} must be ${a('max')} or fewer`],
  CitizenIdNotDigits: (a) => [
    `Số định danh cá nhân chỉ gồm chữ số, không có “${a('chars')}”`,
    `The personal ID number must contain only digits, not “${a('chars')}”`,
  ],
  CitizenIdLength: (a) => [
    `Nhập số định danh cá nhân gồm 12 chữ số (bạn đã nhập ${a('actual')} chữ số)`,
    `Enter the 12-digit personal ID number (you entered ${a('actual')} digits)`,
  ],
  CitizenIdOldCard: () => [
    'Số chứng minh nhân dân 9 số không còn được dùng ở đây. Nhập số định danh cá nhân gồm 12 chữ số in trên thẻ căn cước',
    'The old 9-digit ID card number is not accepted here. Enter the 12-digit personal ID number shown on your citizen identity card',
  ],
  CitizenIdPlace: (a) => [
    `3 chữ số đầu “${a('code')}” không phải mã nơi đăng ký khai sinh. Kiểm tra lại số trên thẻ căn cước`,
    `The first 3 digits “${a('code')}” are not a place-of-registration code. Check the number on your identity card`,
  ],
  CitizenIdFutureYear: (a) => [
    `Số định danh cá nhân cho năm sinh ${a('year')}, là năm chưa tới. Kiểm tra chữ số thứ 4 đến thứ 6`,
    `The personal ID number gives a birth year of ${a('year')}, which is in the future. Check digits 4 to 6`,
  ],
  CitizenIdYearMismatch: (a) => [
    `Năm sinh trong số định danh cá nhân là ${a('id_year')}, khác với năm sinh ${a('year')} bạn đã nhập. Kiểm tra lại một trong hai`,
    `The personal ID number gives birth year ${a('id_year')}, but you entered ${a('year')}. Check one of them`,
  ],
  CitizenIdSexMismatch: (a) => [
    `Số định danh cá nhân ghi giới tính ${sexVi(a('id_sex'))}, khác với giới tính ${sexVi(a('sex'))} bạn đã chọn. Kiểm tra lại một trong hai`,
    `The personal ID number records sex as ${a('id_sex')}, but you chose ${a('sex')}. Check one of them`,
  ],
  PhoneNotDigits: (a) => [
    `Số điện thoại chỉ gồm chữ số, không có “${a('chars')}”`,
    `The phone number must contain only digits, not “${a('chars')}”`,
  ],
  PhoneNotVietnamese: () => [
    'Nhập số điện thoại Việt Nam, bắt đầu bằng 0 hoặc +84',
    'Enter a Vietnamese phone number, starting with 0 or +84',
  ],
  PhoneStart: () => [
    'Số điện thoại di động bắt đầu bằng 03, 05, 07, 08 hoặc 09, như 0912 345 678',
    'A mobile number starts with 03, 05, 07, 08 or 09, like 0912 345 678',
  ],
  PhoneLength: (a) => [
    `Nhập số điện thoại di động gồm 10 chữ số, như 0912 345 678 (bạn đã nhập ${a('actual')} chữ số)`,
    `Enter a 10-digit mobile number, like 0912 345 678 (you entered ${a('actual')} digits)`,
  ],
  PhoneLandline: () => ['Nhập số điện thoại di động, không nhập số máy bàn', 'Enter a mobile number, not a landline'],
  PhoneLandlineLength: (a) => [
    `Số máy bàn gồm 11 chữ số kể cả mã vùng, như 024 3825 4321 (bạn đã nhập ${a('actual')} chữ số)`,
    `A landline has 11 digits with the area code, like 024 3825 4321 (you entered ${a('actual')} digits)`,
  ],
  TaxCodeNotDigits: (a) => [
    `Mã số thuế chỉ gồm chữ số và một dấu gạch ngang trước mã chi nhánh, không có “${a('chars')}”`,
    `A tax code has only digits and a dash before the branch number, not “${a('chars')}”`,
  ],
  TaxCodeLength: (a) => [
    `Mã số thuế gồm 10 chữ số, 13 chữ số với mã chi nhánh (như 0100109106-001), hoặc là số định danh cá nhân 12 chữ số (bạn đã nhập ${a('actual')} chữ số)`,
    `A tax code has 10 digits, 13 with a branch (like 0100109106-001), or is a 12-digit personal ID number (you entered ${a('actual')} digits)`,
  ],
  TaxCodeCheckDigit: () => [
    'Mã số thuế không đúng: chữ số cuối không khớp với 9 chữ số đầu. Kiểm tra lại từng chữ số',
    'This tax code is not valid: the last digit does not match the first nine. Check each digit',
  ],
  TaxCodeBranch: () => [
    'Mã chi nhánh sau dấu gạch ngang phải từ 001 đến 999',
    'The branch number after the dash must be from 001 to 999',
  ],
  NameCharacters: (a, s, S) => [
    `${S} chỉ gồm chữ cái, dấu cách, dấu nháy (') và dấu gạch ngang, không có “${a('chars')}”`,
    `${S} can only have letters, spaces, apostrophes (') and hyphens, not “${a('chars')}”`,
  ],
  DateMissing: (a, s, S) => [`${S} phải có ${partsVi(a('parts'))}`, `${S} must include a ${partsEn(a('parts'))}`],
  DateNotNumbers: (a, s, S) => [
    `${S} chỉ nhập bằng chữ số: kiểm tra ${partsVi(a('parts'))}`,
    `${S} must be in numbers: check the ${partsEn(a('parts'))}`,
  ],
  DateYearDigits: () => ['Năm phải có 4 chữ số, ví dụ 1990', 'The year must have 4 digits, for example 1990'],
  DateMonth: () => ['Tháng phải là một số từ 1 đến 12', 'The month must be a number from 1 to 12'],
  DateDay: (a) => [
    `Tháng ${a('month')} năm ${a('year')} chỉ có ${a('max')} ngày: nhập ngày từ 1 đến ${a('max')}`,
    `Month ${a('month')} of ${a('year')} has only ${a('max')} days: enter a day from 1 to ${a('max')}`,
  ],
  DateNotPast: (a, s, S) => [`${S} phải là một ngày trong quá khứ`, `${S} must be in the past`],
  DatePast: (a, s, S) => [`${S} phải là hôm nay hoặc một ngày sau này`, `${S} must be today or in the future`],
  DateMinAge: (a, s) => [
    `Bạn phải đủ ${a('age')} tuổi trở lên để làm thủ tục này: kiểm tra ${s}`,
    `You must be ${a('age')} or older for this service: check ${s}`,
  ],
  EmailFormat: () => [
    'Nhập địa chỉ email đúng định dạng, như ten@vidu.vn',
    'Enter an email address in the correct format, like name@example.com',
  ],
  ChoiceUnknown: (a, s) => [`Chọn ${s} trong các lựa chọn đã cho`, `Select ${s} from the options given`],
  CommuneNotInProvince: (a, s) => [`Chọn ${s} thuộc tỉnh, thành phố đã chọn`, `Select ${s} in the province or city you chose`],
  ChoiceExclusive: () => [
    'Chọn “Không có” hoặc chọn các mục khác, không chọn cả hai',
    'Select “None of these” or the other options, not both',
  ],
  NotTicked: (a, s) => [`Đánh dấu vào ô để xác nhận ${s}`, `Tick the box to confirm ${s}`],
  FileType: (a) => [
    `Tệp “${a('file')}” không đúng loại: chỉ nhận ${a('types')}`,
    `“${a('file')}” is not an accepted type: only ${a('types')}`,
  ],
  FileTooLarge: (a) => [
    `Tệp “${a('file')}” lớn hơn ${a('max')}: hãy chụp hoặc quét lại với dung lượng nhỏ hơn`,
    `“${a('file')}” is larger than ${a('max')}: scan or photograph it again at a smaller size`,
  ],
  FileTooMany: (a) => [`Chỉ chọn tối đa ${a('max')} tệp`, `Select at most ${a('max')} files`],
  FileEmpty: (a) => [`Tệp “${a('file')}” trống: chọn lại tệp khác`, `“${a('file')}” is empty: choose another file`],
  FileContent: (a) => [
    `Tệp “${a('file')}” không phải là tệp ${a('type')} thật: chọn đúng tệp bản quét hoặc ảnh chụp giấy tờ`,
    `“${a('file')}” is not really a ${a('type')} file: choose the scan or photo of the document`,
  ],
  OtpNotDigits: (a) => [`Mã xác thực chỉ gồm chữ số, không có “${a('chars')}”`, `The code must contain only digits, not “${a('chars')}”`],
  OtpLength: (a) => [
    `Mã xác thực gồm ${a('digits')} chữ số (bạn đã nhập ${a('actual')} chữ số)`,
    `The code has ${a('digits')} digits (you entered ${a('actual')})`,
  ],
  OtpWrong: () => [
    'Mã xác thực không đúng. Kiểm tra lại tin nhắn và nhập mã mới nhất',
    'The code is not right. Check the message and enter the latest code',
  ],
  OtpExpired: () => [
    'Mã xác thực đã hết hạn. Bấm “Gửi lại mã” để nhận mã mới',
    'The code has expired. Press “Send a new code” to get a new one',
  ],
  SignInWrong: () => ['Số định danh cá nhân hoặc mật khẩu không đúng', 'The personal ID number or the password is not right'],
  SignInLocked: (a) => [
    `Bạn đã nhập sai nhiều lần. Để bảo vệ tài khoản, hãy thử lại sau ${a('minutes')} phút`,
    `There were too many wrong tries. To protect the account, try again in ${a('minutes')} minutes`,
  ],
  // The portal's own words; the other language's when one is missing.
  Portal: (a) => [a('vi') || a('en'), a('en') || a('vi')],
};

/** Problem::message: the sentence for `problem` in `locale`; `subject` names the question
 * in lower case as read inside a sentence ("họ và tên", "your full name"). */
export function message(problem, locale, subject) {
  const args = problem.args ?? {};
  const a = (k) => (Object.prototype.hasOwnProperty.call(args, k) ? String(args[k]) : '');
  const words = MESSAGES[problem.code];
  return words ? words(a, subject, withFirst(subject, true))[locale === 'en' ? 1 : 0] : '';
}
