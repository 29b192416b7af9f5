// A local stand-in of VNPAY's payment gateway on 127.0.0.1, speaking its published
// contract (payment URL API 2.1.0), so the demo's payment step runs end to end with no
// network and no real money. Node's own http and crypto only, written from the contract,
// not from dvc-server's code:
// - GET  /paymentv2/vpcpay.html?vnp_…  checks the request as VNPAY does (fields, version,
//   command, merchant code, currency, amount × 100, expiry in Viet Nam time, the
//   vnp_SecureHash: HMAC-SHA512 over the other vnp_* fields sorted and form-urlencoded)
//   and shows a payment page: pay, a card refused, or cancel (three buttons of one form);
// - POST /paymentv2/vpcpay.html         settles it: sends the merchant the signed IPN
//   (GET, as VNPAY does), then sends the citizen back to vnp_ReturnUrl with the same
//   signed fields (302);
// - GET  /stand-in/log                  what it saw, for the tests: the payment pages shown
//   (by vnp_TxnRef) and each IPN sent with the merchant's answer.
// The IPN goes to STAND_IN_IPN_URL, or (as a merchant registers it with VNPAY) to
// /thanh-toan/vnpay/ipn at the return address's origin. The merchant's code and secret:
// DVC_VNPAY_TMN_CODE and DVC_VNPAY_SECRET (the demo's values when unset).
// Usage: node gateway/vnpay-stand-in.mjs [--port N]   (prints "vnpay-stand-in: http://127.0.0.1:PORT/")
import { createServer } from 'node:http';
import { createHmac, randomInt, randomBytes, timingSafeEqual } from 'node:crypto';

const TMN = process.env.DVC_VNPAY_TMN_CODE || 'DVCDEMO1';
const SECRET = process.env.DVC_VNPAY_SECRET || 'DVCDEMOSECRETNOTFORMONEY';
const PAY_PATH = '/paymentv2/vpcpay.html';

/** The contract's signature of `fields` (an object of vnp_* values, the hash excluded). */
export function sign(fields, secret = SECRET) {
  const sorted = Object.keys(fields).filter((k) => k.startsWith('vnp_') && k !== 'vnp_SecureHash' && k !== 'vnp_SecureHashType').sort();
  const text = new URLSearchParams(sorted.map((k) => [k, fields[k]])).toString();
  return createHmac('sha512', secret).update(text).digest('hex');
}

/** "yyyyMMddHHmmss" in Viet Nam's time (UTC+7). */
export function vnTime(date = new Date()) {
  return new Date(date.getTime() + 7 * 3600 * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const money = (dong) => `${Number(dong).toLocaleString('de-DE')} ₫`;

function page(title, body, status = 200) {
  return {
    status,
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – VNPAY (máy thử)</title><link rel="icon" href="data:,">
<style>body{font:18px/1.5 system-ui,sans-serif;margin:0 auto;max-width:36rem;padding:1rem;color:#0b0c0c}
button{font:inherit;padding:.5rem 1rem;margin:0 .5rem .75rem 0;min-height:44px}button:focus-visible{outline:3px solid #fd0;box-shadow:0 0 0 6px #0b0c0c}
dt{font-weight:bold}dd{margin:0 0 .5rem}</style></head>
<body><main><p>Máy thử cổng thanh toán VNPAY: không có tiền thật.</p><h1>${escape(title)}</h1>${body}</main></body></html>`,
  };
}

/** What is wrong with a payment request, as VNPAY's error page would say; null when none. */
function problem(q) {
  for (const k of ['vnp_Version', 'vnp_Command', 'vnp_TmnCode', 'vnp_Amount', 'vnp_CurrCode', 'vnp_TxnRef', 'vnp_OrderInfo', 'vnp_OrderType', 'vnp_Locale', 'vnp_ReturnUrl', 'vnp_IpAddr', 'vnp_CreateDate', 'vnp_ExpireDate', 'vnp_SecureHash']) {
    if (!q[k]) return `Dữ liệu gửi sang không đúng định dạng: thiếu ${k} (mã 03)`;
  }
  const given = Buffer.from(q.vnp_SecureHash, 'hex');
  const expected = Buffer.from(sign(q), 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'Sai chữ ký (mã 70)';
  if (q.vnp_Version !== '2.1.0' || q.vnp_Command !== 'pay') return 'Phiên bản hoặc lệnh không được hỗ trợ (mã 03)';
  if (q.vnp_TmnCode !== TMN) return 'Website này chưa được phê duyệt (mã 02)';
  if (q.vnp_CurrCode !== 'VND') return 'Loại tiền không được hỗ trợ (mã 03)';
  if (!/^[1-9][0-9]*00$/.test(q.vnp_Amount)) return 'Số tiền không hợp lệ (mã 03)';
  if (!/^[0-9]{14}$/.test(q.vnp_ExpireDate) || q.vnp_ExpireDate < vnTime()) return 'Giao dịch đã quá thời gian chờ thanh toán (mã 11)';
  try { new URL(q.vnp_ReturnUrl); } catch { return 'Địa chỉ trả về không hợp lệ (mã 03)'; }
  return null;
}

export function startStandIn(port = 0) {
  const log = { pages: [], ipns: [] };
  // Payment pages shown, by a one-time token (the request stays on the server).
  const open = new Map();

  async function settle(token, outcome) {
    const q = open.get(token);
    if (!q) return page('Giao dịch không tồn tại', '<p>Phiên thanh toán đã kết thúc. Quay lại trang của đơn vị để thanh toán lại.</p>', 410);
    open.delete(token);
    const code = { pay: '00', fail: '51', cancel: '24' }[outcome] ?? '99';
    const fields = {
      vnp_Amount: q.vnp_Amount, vnp_BankCode: 'NCB', vnp_CardType: 'ATM', vnp_OrderInfo: q.vnp_OrderInfo,
      vnp_PayDate: vnTime(), vnp_ResponseCode: code, vnp_TmnCode: q.vnp_TmnCode,
      vnp_TransactionNo: code === '24' ? '0' : String(randomInt(10_000_000, 99_999_999)),
      vnp_TransactionStatus: code === '00' ? '00' : '02', vnp_TxnRef: q.vnp_TxnRef,
    };
    if (code === '00') fields.vnp_BankTranNo = `VNP${randomInt(10_000_000, 99_999_999)}`;
    const signed = `${new URLSearchParams(fields)}&vnp_SecureHash=${sign(fields)}`;
    const back = new URL(q.vnp_ReturnUrl);
    const ipnUrl = process.env.STAND_IN_IPN_URL || `${back.origin}/thanh-toan/vnpay/ipn`;
    let answer;
    try {
      answer = await (await fetch(`${ipnUrl}?${signed}`)).json();
    } catch (e) {
      answer = { error: String(e) };
    }
    log.ipns.push({ txn_ref: q.vnp_TxnRef, code, query: signed, answer });
    return { status: 302, location: `${q.vnp_ReturnUrl}${q.vnp_ReturnUrl.includes('?') ? '&' : '?'}${signed}` };
  }

  function show(q) {
    const wrong = problem(q);
    if (wrong) return page('Không thực hiện được giao dịch', `<p>${escape(wrong)}</p>`, 400);
    log.pages.push({ txn_ref: q.vnp_TxnRef, amount: q.vnp_Amount });
    const token = randomBytes(16).toString('hex');
    open.set(token, q);
    return page('Thanh toán', `<dl><dt>Đơn vị</dt><dd>${escape(q.vnp_TmnCode)}</dd><dt>Nội dung</dt><dd>${escape(q.vnp_OrderInfo)}</dd>
<dt>Mã giao dịch của đơn vị</dt><dd>${escape(q.vnp_TxnRef)}</dd><dt>Số tiền</dt><dd>${money(Number(q.vnp_Amount) / 100)}</dd></dl>
<form method="post" action="${PAY_PATH}"><input type="hidden" name="token" value="${token}">
<button name="outcome" value="pay">Thanh toán</button><button name="outcome" value="fail">Thẻ bị từ chối (thử lỗi)</button><button name="outcome" value="cancel">Huỷ giao dịch</button></form>`);
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let out;
    if (req.method === 'GET' && url.pathname === PAY_PATH) {
      out = show(Object.fromEntries(url.searchParams));
    } else if (req.method === 'POST' && url.pathname === PAY_PATH) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      out = await settle(form.get('token') ?? '', form.get('outcome') ?? '');
    } else if (req.method === 'GET' && url.pathname === '/stand-in/log') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return res.end(JSON.stringify(log));
    } else {
      out = page('Không tìm thấy trang', '<p>Địa chỉ này không có trên cổng thanh toán.</p>', 404);
    }
    if (out.location) {
      res.writeHead(out.status, { location: out.location });
      return res.end();
    }
    res.writeHead(out.status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(out.html);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--port');
  const server = await startStandIn(at > 0 ? Number(process.argv[at + 1]) : 0);
  console.log(`vnpay-stand-in: http://127.0.0.1:${server.address().port}/`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
}
