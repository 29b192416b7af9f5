// Every page as the server sends it is valid HTML: the Nu Html Checker (npm `vnu-jar`, the
// W3C's checker, run by Java on files: it refuses 127.0.0.1 addresses) over every page the
// crawl finds, in both languages, and over pages a citizen meets only by posting (the
// one-page form sent with errors, in both languages; the page refusing another site's
// post). Errors only; none allowed. Screen readers
// build their picture from the parsed HTML, so duplicate ids, invalid nesting and unnamed
// controls reach citizens even where axe is silent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { BASE, launch, crawl } from './browser.mjs';

// The package's main is a command-line wrapper; the checker is the jar it ships.
const vnu = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

let browser;
let pages = [];
let dir;
before(async () => {
  browser = await launch();
  pages = await crawl(browser);
  dir = mkdtempSync(join(tmpdir(), 'dvc-valid-html-'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Runs the checker once over `files` ({ name, html, what }) and returns its errors by what
// each file is, as "line N: message — extract".
function check(files) {
  for (const f of files) writeFileSync(join(dir, f.name), f.html);
  const run = spawnSync('java', ['-Xss8m', '-jar', vnu, '--errors-only', '--format', 'json', '--exit-zero-always', ...files.map((f) => join(dir, f.name))],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`the Nu Html Checker could not run (is Java installed?): ${run.error.message}`);
  const out = JSON.parse(run.stderr || run.stdout);
  const byName = new Map(files.map((f) => [f.name, f.what]));
  const found = {};
  for (const m of out.messages) {
    if (m.type !== 'error' && m.subType !== 'fatal') continue;
    const name = decodeURIComponent(m.url ?? '').split('/').pop();
    const what = byName.get(name) ?? name;
    (found[what] ??= []).push(`line ${m.lastLine}: ${m.message} — ${(m.extract ?? '').replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  return found;
}

// Every crawled page's HTML as the server sends it, fetched once for the tests below.
let sent;
async function served() {
  if (!sent) {
    sent = [];
    for (const [i, path] of pages.entries()) {
      const response = await fetch(BASE + path);
      assert.equal(response.status, 200, path);
      sent.push({ name: `page-${i}.html`, html: await response.text(), what: path });
    }
  }
  return sent;
}

test('every crawled page is valid HTML (Nu Html Checker, errors)', async () => {
  assert.ok(pages.length >= 100, `the crawl found only ${pages.length} pages`);
  const files = await served();
  const found = check(files);
  const pagesWithErrors = Object.keys(found).length;
  const total = Object.values(found).reduce((n, list) => n + list.length, 0);
  assert.deepEqual(found, {}, `${total} errors on ${pagesWithErrors} of ${pages.length} pages`);
});

test('the pages met only by posting are valid HTML too', async () => {
  const form = 'application/x-www-form-urlencoded';
  const posted = async (path, body, headers = {}) => {
    const response = await fetch(BASE + path, { method: 'POST', redirect: 'manual', body, headers: { 'content-type': form, ...headers } });
    return { status: response.status, html: await response.text() };
  };
  const pages = [
    ['the one-page form with errors', await posted('/examples/dang-ky-thong-tin-ca-nhan', 'dvc_form=register&full_name=&phone=12')],
    ['the one-page form with errors, in English', await posted('/en/examples/dang-ky-thong-tin-ca-nhan', 'dvc_form=register&full_name=&phone=12')],
    ['another site\'s post refused', await posted('/giao-dien', 'theme=ha-noi', { origin: 'http://another.example' })],
  ];
  assert.deepEqual(pages.map(([what, p]) => `${what}: ${p.status}`),
    ['the one-page form with errors: 200', 'the one-page form with errors, in English: 200', 'another site\'s post refused: 403']);
  assert.match(pages[0][1].html, /dvc-error-summary/, 'the errors are on the page');
  const found = check(pages.map(([what, p], i) => ({ name: `posted-${i}.html`, html: p.html, what })));
  assert.deepEqual(found, {});
});

test('every crawled page has one h1, and every link within the page points at an id it has', async () => {
  const problems = [];
  for (const { html, what } of await served()) {
    const headings = html.match(/<h1[\s>]/g)?.length ?? 0;
    if (headings !== 1) problems.push(`${what}: ${headings} h1`);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/\shref="#([^"]+)"/g)) {
      if (!ids.has(decodeURIComponent(target))) problems.push(`${what}: a link to #${target}, which is not on the page`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the checker finds what it looks for', () => {
  const found = check([{ name: 'bad.html', what: 'bad', html: '<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><main><p id="a">1<!></p><p id="a"></p><form action=""></form><div aria-labelledby="a"></div></main></body></html>' }]);
  const said = found.bad.join('\n');
  for (const expected of ['Bogus comment', 'Duplicate ID', 'Bad value “” for attribute “action”', 'aria-labelledby']) {
    assert.ok(said.includes(expected), `${expected} in ${said}`);
  }
});
