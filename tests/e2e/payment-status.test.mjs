// The payment status as the server decides it: the demo's pending order HS0004 is shown as
// waiting; VNPAY's notification (IPN), signed as the contract says, is refused when its
// signature, order or amount is wrong (RspCode 97, 01, 04), settles the order once (00,
// then 02 for the same notification again), and the open page, asking the server by
// itself, shows and says "Đã thanh toán" without a reload. Without JavaScript the page
// offers "Kiểm tra lại". Runs against a freshly started demo (the order is paid once).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { BASE, launch, open } from './browser.mjs';

const SECRET = process.env.DVC_VNPAY_SECRET || 'DVCDEMOSECRETNOTFORMONEY';
const PAGE = '/components/payment-status/dang-cho';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

// What VNPAY would send: the vnp_* fields sorted, form-urlencoded, HMAC-SHA512 in hex.
function notification({ ref = 'HS0004', amount = 150000, code = '00', secret = SECRET } = {}) {
  const fields = {
    vnp_Amount: String(amount * 100), vnp_BankCode: 'NCB', vnp_OrderInfo: 'Le phi ho so 0004', vnp_PayDate: '20261124100000',
    vnp_ResponseCode: code, vnp_TmnCode: 'DVCDEMO1', vnp_TransactionNo: '14422574', vnp_TransactionStatus: code, vnp_TxnRef: ref,
  };
  const signed = new URLSearchParams(Object.keys(fields).sort().map((k) => [k, fields[k]])).toString();
  const hash = createHmac('sha512', secret).update(signed).digest('hex');
  return `${BASE}/thanh-toan/vnpay/ipn?${signed}&vnp_SecureHash=${hash}`;
}
const ipn = async (opts) => (await fetch(notification(opts))).json();

test('without JavaScript a waiting payment offers "Kiểm tra lại", which loads the page again', async () => {
  const { context, page } = await open(browser, PAGE, undefined, { javaScript: false });
  assert.equal((await page.textContent('.dvc-payment-status__tag')).trim(), 'Đang chờ xác nhận');
  await Promise.all([page.waitForNavigation(), page.click('text=Kiểm tra lại')]);
  assert.equal(new URL(page.url()).pathname, PAGE);
  await context.close();
});

test('the IPN refuses what is wrong, settles once, and the open page shows and says it', async () => {
  const { context, page, log } = await open(browser, PAGE);
  assert.equal((await page.textContent('.dvc-payment-status__tag')).trim(), 'Đang chờ xác nhận');
  assert.deepEqual(await ipn({ secret: 'NOT-THE-SECRET' }), { Message: 'Invalid signature', RspCode: '97' });
  assert.deepEqual(await ipn({ ref: 'HS9999' }), { Message: 'Order not found', RspCode: '01' });
  assert.deepEqual(await ipn({ amount: 1000 }), { Message: 'Invalid amount', RspCode: '04' });
  assert.equal(await (await fetch(`${BASE}/thanh-toan/HS0004/trang-thai`)).text(), 'pending', 'refusals change nothing');
  assert.deepEqual(await ipn(), { Message: 'Confirm Success', RspCode: '00' });
  assert.deepEqual(await ipn(), { Message: 'Order already confirmed', RspCode: '02' }, 'the same notification twice');
  assert.deepEqual(await ipn({ code: '24' }), { Message: 'Order already confirmed', RspCode: '02' }, 'a paid order stays paid');
  const status = await fetch(`${BASE}/thanh-toan/HS0004/trang-thai`);
  assert.equal(await status.text(), 'paid');
  assert.equal(status.headers.get('cache-control'), 'no-store');
  // The page asks by itself (2 s, 3 s, 4.5 s …): no reload.
  await page.waitForFunction(() => document.querySelector('.dvc-payment-status__tag').textContent === 'Đã thanh toán', null, { timeout: 20000 });
  assert.match(await page.textContent('.dvc-payment-status [aria-live]'), /^Đã thanh toán /);
  assert.equal(await page.isVisible('text=Kiểm tra lại'), false, 'nothing more to check');
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});
