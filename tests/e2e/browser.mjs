// Shared set-up for the end-to-end tests: Debian's Chromium through playwright-core
// (never a downloaded browser), the demo's address, and a crawl of the demo's pages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE = process.env.DEMO_URL ?? 'http://127.0.0.1:8080';

// A demo server of a test's own (a short session, an identity provider that is down…):
// the binary and site the run built (DEMO_BIN, DEMO_SITE, set by cargo xtask test) on a
// free port of 127.0.0.1, with `env` added to this process's environment. Returns its
// address and `stop()`.
export async function startDemo(env) {
  const bin = process.env.DEMO_BIN;
  const site = process.env.DEMO_SITE;
  if (!bin || !site) throw new Error('DEMO_BIN and DEMO_SITE name the built demo (cargo xtask test sets them)');
  const child = spawn(bin, ['--host', '127.0.0.1', '--port', '0', '--site', site], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise((ok, fail) => {
    createInterface({ input: child.stdout }).once('line', ok);
    child.once('exit', (code) => fail(new Error(`the demo server stopped (${code})`)));
  });
  const port = first.match(/:(\d+)\/?$/)?.[1];
  if (!port) throw new Error(`the demo server said ${first}`);
  return { base: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => child.kill() };
}

// A plain Node server for a test's own static files (a page as another stack would serve
// it): `find(path)` gives the file to send for a GET, `{ html }` for a page written by the
// test, or nothing (404). Every post is dropped, as by a network cut. Returns the server
// and its address.
const TYPES = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.tsv': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };
export async function serveStatic(find) {
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET') { req.socket.destroy(); return; }
    const found = find(new URL(req.url, 'http://x').pathname);
    if (found?.html !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(found.html);
    } else if (typeof found === 'string' && existsSync(found)) {
      res.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream' });
      res.end(readFileSync(found));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Opens `path` in a fresh context and waits until the server-rendered page is enhanced by
// the kit's behaviour module (with JavaScript) or has loaded (without). Records console messages, page
// errors and every request, for the checks.
export async function open(browser, path, viewport = { width: 1280, height: 900 }, { javaScript = true } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  const tab = watch(await context.newPage());
  await tab.visit(path, { javaScript });
  return { context, page: tab.page, log: tab.log };
}

// A tab kept for many pages (a crawl's: a new context costs about as much as loading a
// page). `visit(path)` loads the next page as `open` does, with the log emptied.
export async function tab(browser, { viewport = { width: 1280, height: 900 }, javaScript = true } = {}) {
  const context = await browser.newContext({ viewport, javaScriptEnabled: javaScript });
  const t = watch(await context.newPage());
  return { ...t, visit: (path) => t.visit(path, { javaScript }), context, viewport };
}

// Listens to `page` for the checks: console errors and warnings, page errors and requests
// (in `log`), and the requests still under way, so that a page is checked once they have
// ended (Playwright's "networkidle" waits a fixed half second more on every page: minutes
// over a crawl).
function watch(page) {
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (by) => { inFlight += by; lastChange = Date.now(); };
  page.on('request', (r) => { log.requests.push(r.url()); change(1); });
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  const visit = async (path, { javaScript = true } = {}) => {
    for (const list of Object.values(log)) list.length = 0;
    await page.goto(BASE + path, { waitUntil: 'load' });
    await page.waitForSelector('main#main-content h1', { timeout: 20000 });
    // Enhanced, and so is each framed example (one may take focus as it starts: an error
    // summary, a success banner), so nothing moves focus once the page is checked.
    if (javaScript) {
      await page.waitForFunction(() => [document, ...[...document.querySelectorAll('iframe')].map((f) => f.contentDocument)]
        .every((d) => d && (!d.querySelector('script[data-dvc-boot]') || d.documentElement.dataset.dvcEnhanced === 'true')), null, { timeout: 30000 });
    }
    await settled(() => inFlight === 0 && Date.now() - lastChange >= 100);
  };
  return { page, log, visit };
}

// Waits (up to 20 s) until `quiet()` holds, looking every 20 ms.
async function settled(quiet) {
  for (const end = Date.now() + 20000; Date.now() < end;) {
    if (quiet()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the page kept loading for 20 s');
}

// The axe-core violations on `page` (WCAG 2.0, 2.1 and 2.2, A and AA; or only `rules`), each
// as "rule: help — the elements". Legacy mode runs axe in every frame of the page itself
// (the frames here are all of one origin), without the blank page the default mode opens
// to merge frames' results: a third of axe's time on a small page.
export async function axe(page, { rules } = {}) {
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const result = await (rules ? builder.withRules(rules) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// An example's own page (/components/<component>/<example>, in either language): the same
// server markup as that example on its component page, which the crawl also visits.
export const isExamplePage = (path) => /^(\/en)?\/components\/[^/]+\/[^/]+$/.test(path);

// Every page reachable from the home page through same-origin links, by breadth-first crawl
// (the two-width design views excepted: they frame pages the crawl reaches anyway). The
// header's language switch links each page to its English address, so both languages are
// crawled. `cargo xtask test` names a file (E2E_CRAWL_FILE, emptied before each run) where
// the first test file's crawl is kept for the others: one crawl per run.
export async function crawl(browser) {
  const file = process.env.E2E_CRAWL_FILE;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const found = await crawlNow(browser);
  if (file) writeFileSync(file, JSON.stringify(found));
  return found;
}

// The links are the server's (the behaviour module renders nothing), so the crawl reads
// pages without JavaScript, in one tab: quick. Every test that checks a page opens it enhanced.
async function crawlNow(browser) {
  const seen = new Set(['/']);
  // The pages themselves: a link the server redirects (a desk page, to its sign-in) counts
  // as the page it lands on.
  const pages = new Set();
  const queue = ['/'];
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  while (queue.length) {
    const path = queue.shift();
    const response = await page.goto(BASE + path, { waitUntil: 'domcontentloaded' });
    if (!response?.ok()) throw new Error(`the crawl reached ${path}: ${response?.status()}`);
    const landed = new URL(page.url()).pathname.replace(/\/$/, '') || '/';
    seen.add(landed);
    if (pages.has(landed)) continue;
    pages.add(landed);
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(BASE).origin) continue;
      const p = url.pathname.replace(/\/$/, '') || '/';
      // A two-width view only frames an example's own page, which the crawl visits itself;
      // designer.test.mjs checks the views (frames, widths, axe).
      if (p.endsWith('/hai-kho')) continue;
      // Starting a sign-in is no page: the server sends the browser on to the identity
      // provider, another site (identity.test.mjs follows it).
      if (/^(\/en)?\/dang-nhap\/vneid/.test(p)) continue;
      if (!seen.has(p)) { seen.add(p); queue.push(p); }
    }
  }
  await context.close();
  return [...pages];
}

// The example service's personal questions answered for one citizen: Hoàng Thị Hoa, female,
// born 5 Feb 1990 (the ID number agrees), a mobile number.
export async function fillPersonalDetails(page) {
  await page.fill('#dvc-full_name', 'Hoàng Thị Hoa');
  await page.fill('#dvc-dob-day', '5');
  await page.fill('#dvc-dob-month', '2');
  await page.fill('#dvc-dob-year', '1990');
  await page.check('#dvc-sex-2');
  await page.fill('#dvc-id_number', '001 190 012 345');
  await page.fill('#dvc-phone', '0912 345 678');
}

// On a page without JavaScript, an address's commune (GOV.UK's pattern for a long dependent
// list): choose the province, ask the server for its communes (the page comes back with
// every answer kept), then choose the commune from that province's list.
export async function chooseCommuneWithoutScript(page, prefix, province, commune) {
  await page.selectOption(`#dvc-${prefix}_province`, { label: province });
  await Promise.all([
    page.waitForNavigation(),
    page.click(`button[name=dvc_communes][value=${prefix}]`),
  ]);
  await page.selectOption(`#dvc-${prefix}_commune`, { label: commune });
}

// Every question of the example service answered (as `fillPersonalDetails`, an address in
// Lào Cai, `file` attached, the declaration ticked), on a page without JavaScript (the
// address questions are plain selects there).
export async function fillRegistration(page, file) {
  await fillPersonalDetails(page);
  await chooseCommuneWithoutScript(page, 'address', 'Tỉnh Lào Cai', 'Phường Cam Đường');
  await page.fill('#dvc-address_street', 'Số 1 Hoàng Liên');
  await page.setInputFiles('#dvc-attachments', file);
  await page.check('#dvc-declaration');
}
