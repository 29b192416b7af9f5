// The 2025 address picker fetches only the chosen province's communes (the WebAssembly
// carries none of the 3,321 names), and a failed fetch says so and offers "Thử lại"
// without losing what was chosen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, open, BASE, axe } from './browser.mjs';
import { assetsOf } from './page-weight.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

const PATH = '/components/address-input';
const pick = async (page, id, text) => {
  await page.fill(id, text);
  await page.waitForSelector(`${id}-listbox [role=option]`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
};

test('choosing a province fetches its communes, and only them', async () => {
  const { context, page, log } = await open(browser, PATH);
  await pick(page, '#dvc-residence_province', 'ha noi');
  await pick(page, '#dvc-residence_commune', 'ba dinh');
  assert.equal(await page.inputValue('#dvc-residence_commune'), 'Phường Ba Đình');
  assert.equal(await page.inputValue('input[name=residence_commune]'), '00004');
  // Another province: its own file; back to Hà Nội: no second fetch.
  await pick(page, '#dvc-residence_province', 'lao cai');
  await pick(page, '#dvc-residence_commune', 'cam duong');
  assert.equal(await page.inputValue('#dvc-residence_commune'), 'Phường Cam Đường');
  await pick(page, '#dvc-residence_province', 'ha noi');
  await pick(page, '#dvc-residence_commune', 'ngoc ha');
  const fetched = log.requests.filter((u) => u.includes('/data/communes/')).map((u) => new URL(u).pathname);
  assert.deepEqual(fetched, ['/data/communes/01.tsv', '/data/communes/15.tsv']);
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});

test('a failed fetch says so, keeps the province, and "Thử lại" loads the communes', async () => {
  const { context, page } = await open(browser, PATH);
  let cut = true;
  await page.route('**/data/communes/**', (route) => (cut ? route.abort('internetdisconnected') : route.continue()));
  await pick(page, '#dvc-residence_province', 'lao cai');
  const message = page.locator('.dvc-address__status .dvc-error-message');
  await message.waitFor();
  assert.match(await message.textContent(), /Không tải được danh sách xã, phường của tỉnh đã chọn/);
  assert.equal(await page.inputValue('#dvc-residence_province'), 'Tỉnh Lào Cai', 'the province stays chosen');
  assert.deepEqual(await axe(page), [], 'axe-clean with the message');
  cut = false;
  await page.click('.dvc-address__status button');
  await message.waitFor({ state: 'detached' });
  await pick(page, '#dvc-residence_commune', 'cam duong');
  assert.equal(await page.inputValue('input[name=residence_commune]'), await communeCode('Phường Cam Đường', '15'));
  await context.close();
});

test('the behaviour module carries no commune names; without a script the server lists only the chosen province\'s', async () => {
  const rows = readFileSync(new URL('../../rules/data/communes-2025.tsv', import.meta.url), 'utf8')
    .split('\n').filter(Boolean).map((l) => l.split('\t'));
  const names = rows.map((f) => f[2]);
  const html = await (await fetch(BASE + PATH)).text();
  const modulePath = assetsOf(html).scripts.find((f) => /dvc-enhance\./.test(f));
  assert.ok(modulePath, 'the page loads the behaviour module');
  const code = await (await fetch(BASE + modulePath)).text();
  const inModule = names.filter((n) => code.includes(n));
  assert.ok(inModule.length <= 5, `${inModule.length} commune names in the behaviour module: ${inModule.slice(0, 10).join(', ')}`);
  assert.ok(!html.includes('Phường Cam Đường'), 'the page as first sent lists no commune');

  const { context, page } = await open(browser, PATH, undefined, { javaScript: false });
  const communes = () => page.locator('#dvc-residence_commune option').allTextContents();
  assert.equal((await communes()).length, 1, 'before a province: only the empty choice');
  // Choose the province and ask for its communes: the page comes back with them, and with
  // what was typed, and no error (nothing was checked).
  await page.fill('#dvc-residence_street', 'Số 1 Hoàng Liên');
  await page.selectOption('#dvc-residence_province', { label: 'Tỉnh Lào Cai' });
  await Promise.all([page.waitForNavigation(), page.click('button[name=dvc_communes]')]);
  const laoCai = rows.filter((f) => f[0] === '15').map((f) => f[2]);
  assert.deepEqual((await communes()).slice(1), laoCai);
  assert.equal(await page.inputValue('#dvc-residence_street'), 'Số 1 Hoàng Liên');
  assert.equal(await page.inputValue('#dvc-residence_province'), '15');
  assert.equal(await page.locator('.dvc-error-summary').count(), 0);
  // Enter in an answer presses the form's first button, this one: with the province already
  // listed it is an ordinary submit, checked by the server.
  await Promise.all([page.waitForNavigation(), page.press('#dvc-residence_street', 'Enter')]);
  assert.match(await page.locator('.dvc-error-summary').textContent(), /Chọn xã, phường hoặc đặc khu/);
  // A commune, then another province without asking for its list: the server refuses the
  // pair and lists the new province's communes.
  await page.selectOption('#dvc-residence_commune', { label: 'Phường Cam Đường' });
  await page.selectOption('#dvc-residence_province', { label: 'Thành phố Hà Nội' });
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Kiểm tra")')]);
  assert.match(await page.locator('.dvc-error-summary').textContent(), /Chọn xã, phường hoặc đặc khu thuộc tỉnh, thành phố đã chọn/);
  assert.deepEqual((await communes()).slice(1), rows.filter((f) => f[0] === '01').map((f) => f[2]));
  assert.equal(await page.inputValue('#dvc-residence_street'), 'Số 1 Hoàng Liên');
  // axe-core needs scripts: audit the same HTML at the same address, its WebAssembly blocked.
  const html2 = await page.content();
  await context.close();
  const audit = await browser.newContext();
  const shown = await audit.newPage();
  await shown.route(BASE + PATH, (route) => route.fulfill({ body: html2, contentType: 'text/html; charset=utf-8' }));
  await shown.route(/\/boot\.[0-9a-f]+\.js$/, (route) => route.abort());
  await shown.goto(BASE + PATH, { waitUntil: 'load' });
  assert.deepEqual(await axe(shown), []);
  await audit.close();
});

async function communeCode(name, province) {
  const text = await (await fetch(`${BASE}/data/communes/${province}.tsv`)).text();
  return text.split('\n').map((l) => l.split('\t')).find((f) => f[2] === name)?.[1];
}
