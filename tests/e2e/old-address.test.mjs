// A citizen whose identity card shows a pre-2025 address finds the new commune and fills
// the address with it: one result for a merged commune, candidates for a split one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('an old address fills the 2025 address, and a split commune offers its candidates', async () => {
  const { context, page, log } = await open(browser, '/components/address-input');
  await page.focus('.dvc-details__summary');
  await page.keyboard.press('Enter');
  await page.selectOption('#residence-old-province', '01');
  await page.waitForSelector('#residence-old-district');
  await page.selectOption('#residence-old-district', '001');
  await page.selectOption('#residence-old-commune', '00004');
  const merged = await page.$$eval('.dvc-old-address__result button', (bs) => bs.map((b) => b.textContent));
  assert.deepEqual(merged, ['Dùng: Phường Ba Đình, Thành phố Hà Nội']);
  await page.focus('.dvc-old-address__result button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#dvc-residence_commune').value === 'Phường Ba Đình');
  assert.equal(await page.inputValue('#dvc-residence_province'), 'Thành phố Hà Nội');
  assert.equal(await page.inputValue('input[name=residence_commune]'), '00004');

  // Phường Xuân Đỉnh (Bắc Từ Liêm) was split between three new wards.
  await page.selectOption('#residence-old-district', '021');
  await page.selectOption('#residence-old-commune', '00610');
  const split = await page.$$eval('.dvc-old-address__result button', (bs) => bs.map((b) => b.textContent));
  assert.equal(split.length, 3, split.join(' | '));
  assert.match(await page.textContent('.dvc-old-address__result p'), /chia cho nhiều xã, phường mới/);
  assert.deepEqual(log.requests.filter((u) => u.includes('/data/old/')).map((u) => new URL(u).pathname), ['/data/old/01.tsv'], 'only the chosen province is loaded');
  await context.close();
});

// A screen reader hears each of the finder's selects by its label: Chromium's own
// accessibility tree (what assistive technology reads) names them once the part is open.
// Closed, none of it is in that tree. (An engine that does not know closed <details> once
// reported the province select as unlabelled while closed.)
test('each of the finder\'s selects is named by its label in the accessibility tree', async () => {
  const { context, page } = await open(browser, '/components/address-input');
  assert.equal(await page.getByRole('combobox', { name: 'Tỉnh, thành phố (cũ)' }).count(), 0, 'closed: not in the tree');
  await page.click('.dvc-details__summary');
  await page.getByRole('combobox', { name: 'Tỉnh, thành phố (cũ)' }).selectOption('01');
  await page.getByRole('combobox', { name: 'Quận, huyện, thị xã hoặc thành phố thuộc tỉnh (cũ)' }).selectOption('001');
  await page.getByRole('combobox', { name: 'Xã, phường hoặc thị trấn (cũ)' }).selectOption('00004');
  await context.close();
});
