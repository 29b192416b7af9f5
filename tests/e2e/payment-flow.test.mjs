// The example service's payment step, end to end, against the payment gateway's stand-in
// (tests/gateway/vnpay-stand-in.mjs, speaking VNPAY's contract; `cargo xtask test` starts
// it and points the demo at it): the fee and the choice of method, paying on the
// gateway's page by keyboard, the status the server decides (from the signed IPN, never
// from the return address), the receipt on one A4 page, cancel and refused-card paths,
// one payment per dossier whatever is pressed twice, forged and repeated notifications
// changing nothing, and the whole flow without JavaScript. axe-clean in every state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QRPay } from 'vietnam-qr-pay';
import { BASE, launch, open, fillRegistration, axe } from './browser.mjs';

const GATEWAY = process.env.GATEWAY_URL;
const FLOW = '/examples/dang-ky-thong-tin-ca-nhan';
const FEE = `${FLOW}/le-phi`;
const STATUS = `${FLOW}/thanh-toan`;
const RECEIPT = `${FLOW}/bien-lai`;
const NO_JS = { javaScript: false };
const PDF = { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test\n%%EOF\n') };

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

async function axeClean(page, state) {
  assert.deepEqual(await axe(page), [], `axe on ${state}`);
}

const gatewayLog = async () => (await fetch(`${GATEWAY}/stand-in/log`)).json();
const tag = async (page) => (await page.textContent('.dvc-payment-status__tag')).trim();

// A dossier sent without JavaScript: the cookie that finds it again, and its code.
async function newDossier() {
  const { context, page } = await open(browser, FLOW, undefined, NO_JS);
  await fillRegistration(page, PDF);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]:visible')]);
  const reference = (await page.textContent('.dvc-confirmation__code')).trim();
  const cookies = await context.cookies();
  await context.close();
  return { cookies, reference };
}

// `path` opened in a fresh browser holding the dossier's cookie.
async function openWith(dossier, path, options) {
  const { context, page, log } = await open(browser, '/404-only-to-set-the-origin', undefined, options);
  await context.addCookies(dossier.cookies);
  await page.goto(BASE + path, { waitUntil: 'load' });
  if (options?.javaScript !== false) await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
  log.console.length = 0; // the 404 page's own "not found" answer is not this test's
  return { context, page, log };
}

// Tabs until the focused element satisfies `predicate` (given its text and attributes). The
// fee page is in the gallery's layout, whose navigation lists every component before the
// form: the limit leaves room for the list to grow.
async function tabTo(page, predicate, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      return { tag: el.tagName, text: el.textContent.trim(), id: el.id, value: el.value ?? '' };
    });
    if (predicate(here)) return here;
  }
  throw new Error('focus never reached the element');
}

test('keyboard only: choose the gateway, pay on its page, see it paid as the server has it, then the receipt', async () => {
  const dossier = await newDossier();
  const { context, page, log } = await openWith(dossier, FEE);
  assert.equal(await page.textContent('h1'), 'Nộp lệ phí');
  assert.match(await page.textContent('.dvc-fee-summary__row--total'), /50\.000\s₫/);
  assert.match(await page.textContent('.dvc-fee-summary__words'), /Năm mươi nghìn đồng/);
  assert.equal(await page.$$eval('input[name=payment_method]:checked', (c) => c.length), 0, 'nothing chosen in advance');
  await axeClean(page, 'the fee page');

  await tabTo(page, (el) => el.value === 'vietqr');
  await page.keyboard.press('ArrowDown'); // the gateway, checked by moving to it
  assert.equal(await page.isChecked('input[name=payment_method][value=gateway]'), true);
  await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Tiếp tục');
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.keyboard.press('Enter')]);
  assert.match(await page.textContent('main'), /50\.000\s₫/, 'the gateway shows the amount it was asked for');
  assert.match(await page.textContent('main'), new RegExp(`${dossier.reference}-1`), 'the payment is the dossier\'s first');

  await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Thanh toán');
  await Promise.all([page.waitForURL(`${BASE}${STATUS}`), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).search, '', 'the return is checked, then redirected to a clean address');
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  assert.equal(await tag(page), 'Đã thanh toán', 'the IPN settled it before the citizen came back');
  await axeClean(page, 'the status page, paid');

  await Promise.all([page.waitForURL(`${BASE}${RECEIPT}`), page.click('main a:has-text("Xem biên lai")')]);
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  const facts = Object.fromEntries(await page.$$eval('.dvc-receipt__fact', (rows) => rows.map((r) => [r.querySelector('dt').textContent, r.querySelector('dd').textContent])));
  const sent = (await gatewayLog()).ipns.find((i) => i.txn_ref.startsWith(`${dossier.reference}-1-`));
  const notified = new URLSearchParams(sent.query);
  assert.equal(facts['Mã hồ sơ'], dossier.reference);
  assert.equal(facts['Người nộp tiền'], 'Hoàng Thị Hoa');
  assert.equal(facts['Mã giao dịch'], notified.get('vnp_TransactionNo'));
  assert.equal(facts['Hình thức thanh toán'], 'VNPAY – NCB');
  const d = notified.get('vnp_PayDate');
  assert.equal(facts['Thời gian nộp'], `${d.slice(8, 10)}:${d.slice(10, 12)}, ${d.slice(6, 8)}/${d.slice(4, 6)}/${d.slice(0, 4)}`);
  assert.match(await page.textContent('.dvc-receipt__words'), /Năm mươi nghìn đồng/);
  assert.equal(await page.isVisible('text=In biên lai'), true, 'the print button once interactive');
  await axeClean(page, 'the receipt');

  // Printed: no header, navigation or footer, and one A4 page.
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.dvc-header', '.dvc-footer', '.demo-nav', '.dvc-receipt__print']) {
    assert.equal(await page.isVisible(chrome), false, `${chrome} is not printed`);
  }
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g).length, 1, 'the receipt prints on one A4 page');
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();

  // A paid dossier cannot be paid again: the fee page says so and has no form.
  const again = await openWith(dossier, FEE);
  assert.equal(await again.page.textContent('h1'), 'Lệ phí đã được nộp');
  assert.equal(await again.page.$$eval('main form', (f) => f.length), 0);
  await again.context.close();

  // VNPAY's repeated notification and a forged one change nothing.
  const ipn = (query) => fetch(`${BASE}/thanh-toan/vnpay/ipn?${query}`).then((r) => r.json());
  assert.deepEqual(await ipn(sent.query), { Message: 'Order already confirmed', RspCode: '02' });
  const forged = new URLSearchParams(sent.query);
  forged.set('vnp_ResponseCode', '24');
  forged.set('vnp_TransactionStatus', '02');
  assert.deepEqual(await ipn(forged.toString()), { Message: 'Invalid signature', RspCode: '97' });
  // The payment's state is its payer's: this browser's, not anyone's who knows the code.
  const ref = notified.get('vnp_TxnRef');
  assert.match(ref, new RegExp(`^${dossier.reference}-1-[A-Za-z0-9]{10}$`), 'an unguessable reference');
  const payer = dossier.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  assert.equal(await (await fetch(`${BASE}/thanh-toan/${ref}/trang-thai`, { headers: { cookie: payer } })).text(), 'paid');
  const stranger = await fetch(`${BASE}/thanh-toan/${ref}/trang-thai`);
  assert.equal(stranger.status, 404, 'not to another browser');
});

test('pressing "Tiếp tục" twice, or posting twice, starts one payment', async () => {
  const dossier = await newDossier();
  const cookie = dossier.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const choose = () => fetch(BASE + FEE, {
    method: 'POST', redirect: 'manual', body: new URLSearchParams({ dvc_form: 'payment', payment_method: 'gateway' }),
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
  const [a, b] = await Promise.all([choose(), choose()]);
  const refs = [a, b].map((r) => new URL(r.headers.get('location')).searchParams.get('vnp_TxnRef'));
  assert.equal(refs[0], refs[1], 'the same payment, whatever the order of arrival');
  assert.ok(refs[0].startsWith(`${dossier.reference}-1-`), refs[0]);

  // In the page: a double click reaches the gateway once.
  const { context, page, log } = await openWith(dossier, FEE);
  await page.check('input[name=payment_method][value=gateway]');
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.dblclick('main form button[type=submit]:visible')]);
  const shown = (await gatewayLog()).pages.filter((p) => p.txn_ref.startsWith(`${dossier.reference}-1-`));
  assert.equal(shown.length, 1, 'one payment page for the dossier');
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});

test('a refused card: not paid, said plainly, and paying again starts a new payment that succeeds', async () => {
  const dossier = await newDossier();
  const { context, page } = await openWith(dossier, FEE);
  await page.check('input[name=payment_method][value=gateway]');
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('main form button[type=submit]:visible')]);
  await Promise.all([page.waitForURL(`${BASE}${STATUS}`), page.click('button[value=fail]')]);
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  assert.equal(await tag(page), 'Chưa thanh toán được');
  assert.match(await page.textContent('.dvc-payment-status__explanation'), /chưa bị trừ tiền/);
  await axeClean(page, 'the status page, failed');
  await Promise.all([page.waitForURL(`${BASE}${FEE}`), page.click('main a:has-text("Thanh toán lại")')]);
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  assert.equal(await tag(page), 'Chưa thanh toán được', 'the fee page says what happened last time');
  await axeClean(page, 'the fee page after a failed payment');
  await page.check('input[name=payment_method][value=gateway]');
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('main form button[type=submit]:visible')]);
  assert.match(await page.textContent('main'), new RegExp(`${dossier.reference}-2`), 'a new payment: the failed one is final');
  await Promise.all([page.waitForURL(`${BASE}${STATUS}`), page.click('button[value=pay]')]);
  assert.equal(await tag(page), 'Đã thanh toán');
  await context.close();
});

test('VietQR: the transfer page shows the code, the facts as text, and the status waiting for the bank', async () => {
  const dossier = await newDossier();
  const { context, page, log } = await openWith(dossier, FEE);
  await page.check('input[name=payment_method][value=vietqr]');
  await Promise.all([page.waitForURL(`${BASE}${FLOW}/chuyen-khoan`), page.click('main form button[type=submit]:visible')]);
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  assert.equal(await page.$$eval('.dvc-vietqr__code svg', (s) => s.length), 1);
  const facts = await page.$$eval('.dvc-vietqr__row', (rows) => rows.map((r) => r.querySelector('dt').textContent + ': ' + r.querySelector('.dvc-vietqr__value').textContent));
  assert.ok(facts.includes('Số tiền: 50.000\u00a0₫'), facts.join('\n'));
  assert.ok(facts.includes(`Nội dung chuyển khoản: ${dossier.reference.replace(/-/g, ' ')}`) || facts.includes(`Nội dung chuyển khoản: ${dossier.reference}`), facts.join('\n'));
  assert.equal(await tag(page), 'Đang chờ xác nhận');
  assert.match(await page.textContent('main'), /đừng chuyển tiền thật/, 'the demo says its account is not real');
  // Read as a phone would (zbarimg on a screenshot), parsed by npm vietnam-qr-pay.
  const file = join(mkdtempSync(join(tmpdir(), 'dvc-qr-')), 'code.png');
  writeFileSync(file, await page.locator('.dvc-vietqr__code').screenshot());
  const payload = execFileSync(process.env.ZBARIMG ?? '/usr/bin/zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', file], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  const qr = new QRPay(payload);
  assert.ok(qr.isValid, payload);
  assert.deepEqual([qr.consumer.bankBin, qr.consumer.bankNumber, qr.amount, qr.additionalData.purpose],
    ['970418', '12010000000000', '50000', facts.find((f) => f.startsWith('Nội dung')).split(': ')[1]]);
  console.log(`VietQR of ${dossier.reference}: ${payload} → ${JSON.stringify({ bin: qr.consumer.bankBin, account: qr.consumer.bankNumber, amount: qr.amount, purpose: qr.additionalData.purpose, crc: qr.crc })}`);
  await axeClean(page, 'the VietQR page');
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});

test('a return address that was changed proves nothing: the page warns and shows the server\'s state', async () => {
  const dossier = await newDossier();
  const cookie = dossier.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  await fetch(BASE + FEE, {
    method: 'POST', redirect: 'manual', body: new URLSearchParams({ dvc_form: 'payment', payment_method: 'gateway' }),
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  });
  const claim = new URLSearchParams({ vnp_Amount: '5000000', vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TxnRef: `${dossier.reference}-1`, vnp_SecureHash: 'ab'.repeat(64) });
  const { context, page } = await openWith(dossier, `${FLOW}/ket-qua-thanh-toan?${claim}`);
  assert.equal(new URL(page.url()).pathname, STATUS);
  assert.equal(await tag(page), 'Đang chờ xác nhận', 'not "paid", whatever the address claims');
  assert.match(await page.textContent('main'), /không kiểm tra được/);
  await axeClean(page, 'the status page after a forged return');
  await context.close();
});

test('without JavaScript: no choice is an error, cancel on the gateway, pay again, the receipt', async () => {
  const { context, page } = await open(browser, FLOW, undefined, NO_JS);
  await fillRegistration(page, PDF);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]:visible')]);
  await Promise.all([page.waitForNavigation(), page.click('main a.dvc-button')]);
  assert.equal(new URL(page.url()).pathname, FEE);
  await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]:visible')]);
  assert.match(await page.title(), /^Lỗi: /);
  assert.match(await page.textContent('.dvc-error-summary'), /cách thanh toán/);
  await page.check('input[name=payment_method][value=gateway]');
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('main form button[type=submit]:visible')]);
  await Promise.all([page.waitForURL(`${BASE}${STATUS}`), page.click('button[value=cancel]')]);
  assert.equal(await tag(page), 'Chưa thanh toán được');
  await Promise.all([page.waitForNavigation(), page.click('main a:has-text("Thanh toán lại")')]);
  await page.check('input[name=payment_method][value=gateway]');
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('main form button[type=submit]:visible')]);
  await Promise.all([page.waitForURL(`${BASE}${STATUS}`), page.click('button[value=pay]')]);
  assert.equal(await tag(page), 'Đã thanh toán');
  await Promise.all([page.waitForNavigation(), page.click('main a:has-text("Xem biên lai")')]);
  assert.equal(await page.textContent('h1'), 'Biên lai nộp lệ phí');
  assert.equal(await page.isVisible('text=In biên lai'), false, 'no button that needs a script');
  await context.close();
});

test('the fee page\'s error from the server (its WebAssembly never arrived) is axe-clean and keeps the page', async () => {
  const dossier = await newDossier();
  const context = await browser.newContext();
  await context.addCookies(dossier.cookies);
  const page = await context.newPage();
  await page.route(/\/boot\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(BASE + FEE, { waitUntil: 'load' });
  const [response] = await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]:visible')]);
  assert.equal(response.status(), 200);
  assert.deepEqual(await page.$$eval('.dvc-error-summary a', (as) => as.map((a) => a.textContent)), ['Chọn cách thanh toán']);
  assert.match(await page.textContent('.dvc-fee-summary'), /50\.000\s₫/, 'the fees are still shown');
  await axeClean(page, 'the fee page with its error');
  await context.close();
});

test('the English pages of the payment step', async () => {
  const dossier = await newDossier();
  const { context, page, log } = await openWith(dossier, `/en${FEE}`);
  assert.equal(await page.textContent('h1'), 'Pay the fee');
  await page.check('input[name=payment_method][value=gateway]');
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('main form button[type=submit]:visible')]);
  await Promise.all([page.waitForURL(`${BASE}/en${STATUS}`), page.click('button[value=pay]')]);
  assert.equal(await page.textContent('h1'), 'Paying the fee');
  await Promise.all([page.waitForURL(`${BASE}/en${RECEIPT}`), page.click('main a:has-text("See the receipt")')]);
  assert.equal(await page.textContent('.dvc-receipt__title'), 'Electronic receipt');
  await axeClean(page, 'the English receipt');
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});
