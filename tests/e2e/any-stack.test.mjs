// The kit from any stack: a static HTML file with only the kit's stylesheet and its
// behaviour module (dvc-enhance), as a portal written in another language would serve it,
// behaves like the demo's pages. The HTML is what the gallery shows for each example (the
// address, a character count, a follow-up question, a form with its checks, a form that
// keeps a post lost on the network), copied into one page served by a plain Node server
// that answers every post by dropping the connection (a network cut). No Leptos, no boot
// script of the demo's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASE, launch, serveStatic } from './browser.mjs';

const SITE = process.env.DEMO_SITE;
const EXAMPLES = [
  '/components/address-input/trong',
  '/components/textarea/dem-ky-tu',
  '/components/radios/cau-hoi-mo',
  '/components/form/kiem-tra-khi-gui',
  '/components/form/mat-ket-noi',
];

let browser;
let server;
let url;

// The example's markup: what its page has inside <main>.
const mainOf = (html) => html.match(/<main[^>]*>([\s\S]*)<\/main>/)[1];

before(async () => {
  assert.ok(SITE && existsSync(join(SITE, 'manifest.json')), 'DEMO_SITE names the built site');
  const manifest = JSON.parse(readFileSync(join(SITE, 'manifest.json'), 'utf8'));
  const parts = [];
  for (const path of EXAMPLES) parts.push(mainOf(await (await fetch(BASE + path)).text()));
  // The form kept on a lost post carries answers named "action" and "id", as a portal's
  // may: they must not stand in for the form's own address and id in the behaviour.
  const offline = parts.length - 1;
  parts[offline] = parts[offline].replace(/(<form[^>]*id="f-form-offline"[^>]*>)/,
    '$1<input type="hidden" name="action" value="luu"><input type="hidden" name="id" value="42">');
  assert.match(parts[offline], /name="action" value="luu"/);
  const page = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Một cổng khác</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/${manifest['dvc-ui.css']}"></head>
<body><main id="main-content">${parts.join('\n')}</main>
<script type="module">
import { enhancePage } from '/${manifest['pkg/dvc-enhance.js']}';
enhancePage();
document.documentElement.dataset.started = 'true';
</script></body></html>`;
  ({ server, url } = await serveStatic((path) => {
    if (path === '/') return { html: page };
    const file = join(SITE, path);
    return file.startsWith(SITE) ? file : null;
  }));
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); });

async function openStatic() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  // The post this server drops is the one console error expected (the browser reports it).
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('ERR_EMPTY_RESPONSE')) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.started === 'true');
  return { context, page, problems };
}

test('a static page with the CSS and the module: the address combobox, its per-province communes and the count', async () => {
  const { context, page, problems } = await openStatic();
  assert.equal(await page.getAttribute('#dvc-residence_province', 'role'), 'combobox', 'the select became a combobox');
  await page.fill('#dvc-residence_province', 'hcm');
  await page.waitForSelector('#dvc-residence_province-listbox [role=option]');
  assert.deepEqual(await page.$$eval('#dvc-residence_province-listbox [role=option]', (o) => o.map((x) => x.textContent)), ['Thành phố Hồ Chí Minh']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  assert.equal(await page.inputValue('input[type=hidden][name=residence_province]'), '79');
  await page.fill('#dvc-residence_commune', 'thu duc');
  await page.waitForFunction(() => document.querySelector('#dvc-residence_commune-listbox [role=option]')?.textContent === 'Phường Thủ Đức');
  assert.equal(await page.isVisible('.dvc-address__without-script'), false, 'the no-script button went');

  await page.fill('#dvc-t_reason', 'Bị mất');
  assert.equal(await page.textContent('#dvc-t_reason-count'), 'Bạn còn 194 ký tự');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a static page: a follow-up shows when chosen; a failed check focuses the summary; a lost post stays and says so (answers named "action" and "id" too)', async () => {
  const { context, page, problems } = await openStatic();
  assert.equal(await page.isVisible('#dvc-r_contact-conditional'), false, 'hidden until chosen');
  await page.check('#dvc-r_contact');
  assert.equal(await page.isVisible('#dvc-r_contact-conditional'), true);

  await page.click('#f-form-check button[type=submit]');
  await page.waitForSelector('#f-form-check-summary');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-form-check-summary');
  assert.match(await page.title(), /^Lỗi: /);
  assert.match(await page.textContent('#f-form-check-summary'), /Nhập họ và tên/);

  await page.fill('#dvc-fo_off_name', 'Nguyễn Văn An');
  await page.click('#f-form-offline button.dvc-button:not(.dvc-button--secondary)');
  await page.waitForSelector('#f-form-offline-not-sent');
  assert.match(await page.textContent('#f-form-offline-not-sent'), /Chưa gửi được/);
  assert.equal(await page.inputValue('#dvc-fo_off_name'), 'Nguyễn Văn An', 'nothing typed is lost');
  assert.deepEqual(problems, []);
  await context.close();
});
