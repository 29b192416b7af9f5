// The VietQR panel as a citizen meets it: the code drawn by the server is read back by a
// real QR reader (Debian's zbarimg, from a screenshot at a phone's width and a desktop's),
// and the payload it holds is the transfer the page states in text, checked by an
// independent library (npm vietnam-qr-pay). Without JavaScript the facts are text and no
// copy button shows; with it, each copy button copies its value and says so politely.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QRPay } from 'vietnam-qr-pay';
import { launch, open } from './browser.mjs';

const ZBARIMG = process.env.ZBARIMG ?? '/usr/bin/zbarimg';
const PATH = '/components/vietqr-panel/co-so-tien';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

// What a phone's camera would read: the drawn code as a picture, through zbarimg.
async function scan(page, selector) {
  const file = join(mkdtempSync(join(tmpdir(), 'dvc-qr-')), 'code.png');
  writeFileSync(file, await page.locator(selector).screenshot());
  // stderr ignored: zbarimg complains there that it has no D-Bus, which does not matter.
  return execFileSync(ZBARIMG, ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
}

const facts = (page) => page.$$eval('.dvc-vietqr__row', (rows) => Object.fromEntries(rows.map((r) => [r.querySelector('dt').textContent, r.querySelector('.dvc-vietqr__value').textContent])));

for (const [width, height] of [[360, 640], [1280, 900]]) {
  test(`the drawn code scans to the transfer the page states (${width} px)`, async () => {
    const { context, page } = await open(browser, PATH, { width, height });
    const payload = await scan(page, '.dvc-vietqr__code');
    const qr = new QRPay(payload);
    assert.ok(qr.isValid, `the reference library accepts ${payload}`);
    const stated = await facts(page);
    assert.equal(qr.consumer.bankBin, '970416');
    assert.equal(qr.consumer.bankNumber, stated['Số tài khoản']);
    assert.equal(qr.amount, '150000');
    assert.equal(stated['Số tiền'], '150.000\u00a0₫');
    assert.equal(qr.additionalData.purpose, stated['Nội dung chuyển khoản']);
    const box = await page.locator('.dvc-vietqr__code').boundingBox();
    assert.ok(box.width >= 200, `large enough to scan from a screen: ${box.width}px`);
    await context.close();
  });
}

test('without JavaScript the facts are text and no copy button shows', async () => {
  const { context, page } = await open(browser, PATH, undefined, { javaScript: false });
  assert.equal((await facts(page))['Số tài khoản'], '257678859');
  assert.equal(await page.locator('.dvc-vietqr__copy:visible').count(), 0);
  await context.close();
});

test('each copy button copies its value and says what it copied', async () => {
  const { context, page, log } = await open(browser, PATH);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  for (const [name, value, said] of [
    ['Sao chép số tài khoản', '257678859', 'Đã sao chép số tài khoản'],
    ['Sao chép số tiền', '150000', 'Đã sao chép số tiền'],
    ['Sao chép nội dung chuyển khoản', '000.00.12.H62-201105-0004', 'Đã sao chép nội dung chuyển khoản'],
  ]) {
    await page.getByRole('button', { name }).click();
    await page.waitForFunction((s) => document.querySelector('.dvc-vietqr [aria-live]').textContent === s, said);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), value);
  }
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});
