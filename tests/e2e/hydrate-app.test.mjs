// A Leptos app that hydrates with the kit's components inside (tests/hydrate-app, built by
// `cargo xtask test`): its own reactive parts answer after hydration, the kit's components
// hydrate as the static markup the server sent and `dvc_ui::enhance` starts their
// behaviours, and the console stays clean (Leptos reports any hydration mismatch there, a
// panic too). Served by a plain Node server: the page, its WebAssembly, the kit's CSS and
// the per-province commune files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serveStatic } from './browser.mjs';

const APP = process.env.HYDRATE_APP;
const SITE = process.env.DEMO_SITE;

let browser;
let server;
let url;

before(async () => {
  assert.ok(APP && existsSync(join(APP, 'index.html')), 'HYDRATE_APP names the built test app');
  assert.ok(SITE && existsSync(join(SITE, 'manifest.json')), 'DEMO_SITE names the built site');
  const manifest = JSON.parse(readFileSync(join(SITE, 'manifest.json'), 'utf8'));
  ({ server, url } = await serveStatic((path) => {
    if (path === '/') return join(APP, 'index.html');
    if (path === '/dvc-ui.css') return join(SITE, manifest['dvc-ui.css']);
    if (path === '/dvc-enhance.js') return join(SITE, manifest['pkg/dvc-enhance.js']);
    const [dir, file] = path.startsWith('/pkg/') ? [APP, join(APP, path)] : [SITE, join(SITE, path)];
    return file.startsWith(dir) ? file : null;
  }));
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function openApp() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hydrated);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.hydrated), 'true', `hydration failed: ${problems.join(' | ')}`);
  return { context, page, problems };
}

test('the app hydrates around the kit: its counter counts, the kit behaviours start once, the console is clean', async () => {
  const { context, page, problems } = await openApp();
  assert.equal(await page.textContent('#presses'), '0');
  await page.click('#counter');
  await page.click('#counter');
  assert.equal(await page.textContent('#presses'), '2', 'the app\'s own reactive part hydrated');

  // The kit's behaviours, started by dvc_ui::enhance after hydration: each once.
  assert.equal(await page.getAttribute('#app-form', 'data-dvc-started'), 'form');
  await page.fill('#dvc-note', 'Giao buổi sáng');
  assert.equal(await page.textContent('#dvc-note-count'), 'Bạn còn 26 ký tự');
  assert.equal(await page.isVisible('.dvc-password-input__toggle'), true, 'the show button is there with the script');
  // The address: sent for Hà Nội, its commune box searches Hà Nội's communes (fetched).
  assert.equal(await page.getAttribute('#dvc-home_commune', 'role'), 'combobox');
  await page.fill('#dvc-home_commune', 'hoan kiem');
  await page.waitForFunction(() => document.querySelector('#dvc-home_commune-listbox [role=option]')?.textContent === 'Phường Hoàn Kiếm');
  assert.deepEqual(problems, [], 'no hydration warning, panic or error');
  await context.close();
});

test('in the app, a failed check focuses the summary; a valid one reaches the app\'s on_valid and posts nothing', async () => {
  const { context, page, problems } = await openApp();
  let posts = 0;
  page.on('request', (r) => { if (r.method() === 'POST') posts += 1; });
  await page.click('#app-form button[type=submit]');
  await page.waitForSelector('#app-form-summary');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'app-form-summary');
  assert.match(await page.textContent('#app-form-summary'), /Nhập họ và tên/);
  assert.match(await page.title(), /^Lỗi: /);

  await page.fill('#dvc-full_name', '  Nguyễn   Văn An ');
  await page.fill('#dvc-home_commune', 'hoan kiem');
  await page.waitForSelector('#dvc-home_commune-listbox [role=option]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.fill('#dvc-home_street', '12 Hàng Bạc');
  await page.click('#app-form button[type=submit]');
  await page.waitForFunction(() => document.querySelector('#received')?.textContent.startsWith('Đã nhận'));
  assert.equal(await page.textContent('#received'), 'Đã nhận: Nguyễn Văn An');
  assert.equal(posts, 0, 'handled in the page');
  assert.deepEqual(problems, []);
  await context.close();
});
