// Paying a submitted dossier's fee through the procedure engine's pages, as a citizen does,
// shared by the end-to-end tests of each demo procedure: from the confirmation, "Nộp phí, lệ
// phí"; with JavaScript first by VietQR (the code read back from a screenshot by Debian's
// zbarimg and parsed by npm vietnam-qr-pay, as a phone's banking app reads it), then through
// the gateway stand-in; without JavaScript, a post with nothing chosen first, then the
// gateway. The state is the server's (the stand-in's signed IPN settles it before the
// citizen comes back); then the receipt, on one A4 page in print.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QRPay } from 'vietnam-qr-pay';
import { BASE } from './browser.mjs';

const GATEWAY = process.env.GATEWAY_URL;

async function ready(c) {
  await c.page.waitForSelector('main#main-content h1');
  if (c.javaScript) await c.page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
}

async function press(c, selector) {
  await Promise.all([c.page.waitForNavigation(), c.page.click(selector)]);
  await ready(c);
}

const path = (c) => new URL(c.page.url()).pathname + new URL(c.page.url()).search;
const tag = (c) => c.page.textContent('.dvc-payment-status__tag');

// `c`: { page, javaScript }; `start`: the procedure's address; `code`: the dossier's;
// `total`: the amount in đồng; `words`: the total in words as the receipt writes it;
// `payer`: the signed-in citizen's name; `axeClean(state)`: the caller's axe check.
export async function payTheFee(c, { start, code, total, words, payer, axeClean }) {
  const p = c.page;
  const amount = new RegExp(`${total.toLocaleString('de-DE').replace(/\./g, '\\.')}\\s₫`);
  await press(c, `main a.dvc-button[href="${start}/nop-phi"]`);
  assert.equal((await p.textContent('main h1')).trim(), 'Nộp phí, lệ phí');
  assert.match(await p.textContent('.dvc-fee-summary'), amount);
  assert.equal(await p.$$eval('input[name=payment_method]:checked', (i) => i.length), 0, 'nothing chosen in advance');
  await axeClean('the fee page');
  if (c.javaScript) {
    await p.check('input[name=payment_method][value=vietqr]');
    await press(c, 'form#pay button[type=submit]');
    assert.equal(path(c), `${start}/chuyen-khoan`);
    assert.equal(await tag(c), 'Đang chờ xác nhận');
    const file = join(mkdtempSync(join(tmpdir(), 'dvc-qr-')), 'code.png');
    writeFileSync(file, await p.locator('.dvc-vietqr__code').screenshot());
    const payload = execFileSync(process.env.ZBARIMG ?? '/usr/bin/zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const qr = new QRPay(payload);
    assert.ok(qr.isValid, payload);
    assert.deepEqual([qr.consumer.bankBin, qr.consumer.bankNumber, qr.amount, qr.additionalData.purpose], ['970418', '12010000000000', String(total), code]);
    await axeClean('the VietQR transfer');
    await press(c, `main a[href="${start}/nop-phi"]`);
  } else {
    await press(c, 'form#pay button[type=submit]');
    assert.match(await p.title(), /^Lỗi: /);
    assert.match(await p.textContent('.dvc-error-summary'), /cách thanh toán/);
  }
  await p.check('input[name=payment_method][value=gateway]');
  await Promise.all([p.waitForURL(`${GATEWAY}/**`), p.click('form#pay button[type=submit]')]);
  assert.match(await p.textContent('main'), amount, 'the gateway shows the amount asked');
  await Promise.all([p.waitForURL(`${BASE}${start}/thanh-toan`), p.click('button[value=pay]')]);
  await ready(c);
  assert.equal(await tag(c), 'Đã thanh toán', 'the IPN settled it before the citizen came back');
  await axeClean('paid');
  await press(c, `main a[href="${start}/bien-lai"]`);
  const facts = Object.fromEntries(await p.$$eval('.dvc-receipt__fact', (rows) => rows.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent])));
  assert.equal(facts['Mã hồ sơ'], code);
  assert.equal(facts['Người nộp tiền'], payer);
  assert.match(facts['Hình thức thanh toán'], /^VNPAY/);
  assert.match(await p.textContent('.dvc-receipt__words'), new RegExp(words));
  await axeClean('the receipt');
  await p.emulateMedia({ media: 'print' });
  const pdf = (await p.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1, 'the receipt prints on one A4 page');
  await p.emulateMedia({ media: 'screen' });
  // Paid: the fee page leads to the state, and the confirmation to the receipt.
  await p.goto(`${BASE}${start}/nop-phi`);
  await ready(c);
  assert.equal(path(c), `${start}/thanh-toan`);
  await p.goto(`${BASE}${start}/da-nop`);
  await ready(c);
  assert.equal(await p.$$eval(`main a[href="${start}/bien-lai"]`, (a) => a.length), 1);
}
