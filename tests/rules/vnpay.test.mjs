// dvc-server's VNPAY contract compared with an independent implementation (npm vnpay):
// 300 random payments (references, amounts, order texts with spaces and punctuation, return
// addresses with query strings), drawn with a fixed seed, must give the same signed payment
// URL character for character (so both sign alike); a notification we sign is accepted by
// the library's IPN check and by ours, and a changed one is refused by both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { VNPay } from 'vnpay';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ours = (jobs) => execFileSync('cargo', ['run', '-q', '-p', 'dvc-server', '--example', 'vnpay'], {
  cwd: ROOT, input: jobs.map((j) => JSON.stringify(j)).join('\n') + '\n', maxBuffer: 64 * 1024 * 1024,
}).toString().trimEnd().split('\n');

const TMN = 'DVCDEMO1';
const SECRET = 'SECRETKEYFORTESTS0123456789ABCDEF';
const theirs = new VNPay({ tmnCode: TMN, secureSecret: SECRET, vnpayHost: 'https://sandbox.vnpayment.vn', testMode: true, hashAlgorithm: 'SHA512', loggerFn: () => {} });

// "yyyyMMddHHmmss" in Viet Nam's time, as a number (the library's input).
const vnDate = (unix) => Number(new Date((unix + 7 * 3600) * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14));

function* payments(count, seed) {
  let s = seed >>> 0;
  const next = () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0); };
  const pick = (chars, n) => Array.from({ length: n }, () => chars[next() % chars.length]).join('');
  for (let i = 0; i < count; i++) {
    const created = 1_700_000_000 + (next() % 200_000_000);
    yield {
      txn_ref: pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_', 4 + (next() % 20)),
      amount: 1000 + (next() % 50_000_000),
      order_info: pick('abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789.-:', 5 + (next() % 60)).trim() || 'Le phi',
      return_url: `http://127.0.0.1:${1024 + (next() % 60000)}/thanh-toan/ket-qua?ho-so=${pick('0123456789', 4)}&lang=vi`,
      ip: `10.${next() % 256}.${next() % 256}.${next() % 256}`,
      created, expires: created + 900,
    };
  }
}

test('the signed payment URL agrees with npm vnpay on 300 random payments', () => {
  const list = [...payments(300, 20261124)];
  const built = ours(list.map((p) => ({ url: { tmn: TMN, secret: SECRET, ...p } })));
  const differ = [];
  list.forEach((p, i) => {
    const reference = theirs.buildPaymentUrl({
      vnp_Amount: p.amount, vnp_IpAddr: p.ip, vnp_TxnRef: p.txn_ref, vnp_OrderInfo: p.order_info, vnp_OrderType: 'other',
      vnp_ReturnUrl: p.return_url, vnp_Locale: 'vn', vnp_CreateDate: vnDate(p.created), vnp_ExpireDate: vnDate(p.expires),
    });
    if (reference !== built[i]) differ.push(`${JSON.stringify(p)}\n  ours   ${built[i]}\n  theirs ${reference}`);
  });
  assert.deepEqual(differ.slice(0, 3), [], `${differ.length} URLs differ`);
});

const notification = (amount, code) => [
  ['vnp_Amount', String(amount * 100)], ['vnp_BankCode', 'NCB'], ['vnp_OrderInfo', 'Le phi ho so 0004'],
  ['vnp_PayDate', '20251124230000'], ['vnp_ResponseCode', code], ['vnp_TmnCode', TMN], ['vnp_TransactionNo', '14422574'],
  ['vnp_TransactionStatus', code], ['vnp_TxnRef', 'HS0004'],
];

test('notifications: both checks accept a signed one and refuse a changed one', () => {
  const pairs = notification(150000, '00');
  const [hash] = ours([{ sign: { secret: SECRET, pairs } }]);
  const query = { ...Object.fromEntries(pairs), vnp_SecureHash: hash };
  const verdict = theirs.verifyIpnCall(query);
  assert.equal(verdict.isVerified, true, 'the library accepts our signature');
  assert.equal(verdict.isSuccess, true);
  const changed = { ...query, vnp_Amount: '100' };
  assert.equal(theirs.verifyIpnCall(changed).isVerified, false);

  // Our own check agrees with the library's on both.
  const [ok, refused] = ours([
    { verify: { tmn: TMN, secret: SECRET, pairs: Object.entries(query) } },
    { verify: { tmn: TMN, secret: SECRET, pairs: Object.entries(changed) } },
  ]);
  assert.equal(ok, 'ok HS0004 150000 true');
  assert.equal(refused, 'refused');
});
