// The behaviours' pure logic, without a browser: what the combobox does with each key and
// says in its live region, which chosen files join the list and what each refusal says, the
// count under a text box, the session clock's words and the read-back under a Vietnamese-data
// question. The modules are bundled here as `cargo xtask build` bundles them (esbuild, the
// same aliases to the words and data the build wrote in target/enhance/), so these are the
// functions the pages run. The browser halves are checked on the demo's pages by the other
// files of this folder.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORK = join(ROOT, 'target', 'enhance');
const SRC = join(ROOT, 'components', 'src');

let kit;
before(async () => {
  assert.ok(existsSync(join(WORK, 'dvc-words.js')), 'cargo xtask build has written target/enhance/');
  const { buildSync } = await import(pathToFileURL(join(ROOT, 'tools', 'node_modules', 'esbuild', 'lib', 'main.js')).href);
  const dir = mkdtempSync(join(tmpdir(), 'dvc-logic-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, [
    `export * from ${JSON.stringify(join(SRC, 'vn/combobox/state.js'))};`,
    `export { added, humanSize } from ${JSON.stringify(join(SRC, 'form/file_upload/enhance.js'))};`,
    `export { countMessage } from ${JSON.stringify(join(SRC, 'form/textarea/enhance.js'))};`,
    `export { durationWords } from ${JSON.stringify(join(SRC, 'identity/session_timeout/enhance.js'))};`,
    `export { readback } from ${JSON.stringify(join(SRC, 'vn/vn_input/enhance.js'))};`,
    `export { readRule } from 'dvc-rules';`,
  ].join('\n'));
  const out = join(dir, 'kit.mjs');
  buildSync({
    entryPoints: [entry], bundle: true, format: 'esm', outfile: out, logLevel: 'warning',
    alias: {
      'dvc-words': join(WORK, 'dvc-words.js'),
      'dvc-rules': join(ROOT, 'rules/js/rules.js'),
      'dvc-rules-data': join(WORK, 'browser_data.js'),
      'dvc-divisions': join(ROOT, 'rules/js/divisions.js'),
      'dvc-divisions-data': join(WORK, 'divisions_data.js'),
    },
  });
  kit = await import(pathToFileURL(out).href);
});

const keys = (start, list, shown) => {
  let state = start;
  const outcomes = [];
  for (const [name, alt = false] of list) {
    const [next, outcome] = kit.onKey(state, name, alt, shown);
    state = next;
    outcomes.push(outcome);
  }
  return [state, outcomes];
};

test('the combobox: Down opens on the first option and wraps; Alt+Down opens without choosing', () => {
  let [state] = keys(kit.CLOSED, [['ArrowDown']], 3);
  assert.deepEqual(state, { open: true, active: 0 });
  [state] = keys(state, [['ArrowDown'], ['ArrowDown'], ['ArrowDown']], 3);
  assert.equal(state.active, 0, 'after the last option comes the first');
  const [alt, outcomes] = keys(kit.CLOSED, [['ArrowDown', true], ['ArrowDown', true]], 3);
  assert.deepEqual([alt, outcomes], [{ open: true, active: null }, ['handled', 'handled']]);
});

test('the combobox: Up opens on the last option and wraps; Enter chooses only an active option', () => {
  assert.deepEqual(keys(kit.CLOSED, [['ArrowUp']], 3)[0], { open: true, active: 2 });
  assert.equal(keys({ open: true, active: 0 }, [['ArrowUp']], 3)[0].active, 2);
  assert.deepEqual(kit.onKey({ open: true, active: 1 }, 'Enter', false, 3), [kit.CLOSED, { choose: 1 }]);
  assert.equal(kit.onKey({ open: true, active: null }, 'Enter', false, 3)[1], 'pass', 'Enter posts the form');
  assert.equal(kit.onKey(kit.CLOSED, 'Enter', false, 3)[1], 'pass');
  assert.equal(kit.onKey({ open: true, active: 5 }, 'Enter', false, 3)[1], 'pass', 'a stale index is never chosen');
});

test('the combobox: Escape closes then clears; Tab closes and moves on; typing reopens; an empty list never expands', () => {
  const [closed, outcomes] = keys({ open: true, active: 1 }, [['Escape'], ['Escape']], 3);
  assert.deepEqual([closed, outcomes], [kit.CLOSED, ['handled', 'clear']]);
  const [tabbed, moved] = keys({ open: true, active: 1 }, [['Tab']], 3);
  assert.deepEqual([tabbed.open, moved], [false, ['pass']]);
  assert.deepEqual(kit.onTyped(), { open: true, active: null });
  const [empty] = keys(kit.CLOSED, [['ArrowDown'], ['ArrowUp'], ['ArrowDown'], ['Enter']], 0);
  assert.deepEqual(empty, { open: true, active: null });
  assert.equal(kit.expanded(empty, 0), false);
});

test('the combobox\'s live region counts results, in each language', () => {
  assert.equal(kit.status(false, 9, 'vi'), '');
  assert.equal(kit.status(true, 0, 'vi'), 'Không có kết quả phù hợp');
  assert.equal(kit.status(true, 3, 'en'), '3 results');
  assert.equal(kit.status(true, 120, 'vi'), '120 kết quả, hiện 50 kết quả đầu; gõ thêm để thu hẹp');
});

const limits = () => kit.readRule('files;pdf,jpg;max-bytes=1000000;max-files=2');
const file = (name, size) => ({ name, size });

test('chosen files: good ones join and the count is said; each refusal names its file and reason', () => {
  const good = kit.added([], [file('don.pdf', 1000), file('anh.jpg', 2000)], limits(), 'vi');
  assert.deepEqual(good, { accepted: [0, 1], refused: [], status: 'Đã chọn 2 tệp.' });
  const mixed = kit.added([], [file('virus.exe', 10), file('to.pdf', 5_000_000), file('ok.pdf', 10)], limits(), 'vi');
  assert.deepEqual(mixed.accepted, [2]);
  assert.equal(mixed.refused.length, 2);
  assert.match(mixed.refused[0], /virus\.exe/);
  assert.match(mixed.refused[1], /to\.pdf/);
  assert.ok(mixed.status.startsWith('Đã chọn 1 tệp. '), mixed.status);
});

test('chosen files: one over the count is refused by name, one already kept is skipped silently', () => {
  const over = kit.added([file('a.pdf', 10)], [file('a.pdf', 10), file('b.pdf', 10), file('c.pdf', 10)], limits(), 'en');
  assert.deepEqual(over.accepted, [1], 'a.pdf is already kept; c.pdf is one too many');
  assert.equal(over.refused.length, 1);
  assert.ok(over.refused[0].endsWith('(c.pdf)'), over.refused[0]);
  assert.ok(over.status.startsWith('Files chosen: 2.'), over.status);
});

test('sizes, counts and times read as the server writes them', () => {
  assert.equal(kit.humanSize(2_400_000, 'vi'), '2,4 MB');
  assert.equal(kit.humanSize(2_400_000, 'en'), '2.4 MB');
  assert.equal(kit.humanSize(350_001, 'vi'), '351 KB');
  assert.equal(kit.countMessage('vi', 12, false), 'Bạn còn 12 ký tự');
  assert.equal(kit.countMessage('vi', -3, true), 'Bạn đã nhập quá 3 từ');
  assert.equal(kit.countMessage('en', 1, false), 'You have 1 character remaining');
  assert.equal(kit.durationWords(125, 'vi'), '2 phút 5 giây');
  assert.equal(kit.durationWords(60, 'en'), '1 minute');
  assert.equal(kit.durationWords(1, 'en'), '1 second');
});

test('the read-back says how an answer was understood, and nothing while it is not valid', () => {
  const id = kit.readRule('citizen-id');
  assert.equal(kit.readback(id, '001090012345', 'vi'),
    'Bạn đã nhập: 001 090 012 345 · nơi đăng ký khai sinh: Thành phố Hà Nội · nam · sinh năm 1990');
  assert.equal(kit.readback(id, '00109001234', 'vi'), '');
  assert.equal(kit.readback(kit.readRule('phone'), '0912345678', 'en'), 'You entered: 0912 345 678');
  assert.match(kit.readback(kit.readRule('money'), '1.500.000', 'vi'), /^1\.500\.000\u00a0₫ — Một triệu năm trăm nghìn đồng$/);
  assert.equal(kit.readback(kit.readRule('name'), 'Lò Văn Páo', 'vi'), '');
});
