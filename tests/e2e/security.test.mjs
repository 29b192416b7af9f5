// What the security review (issue 22) found, checked against the built server on
// 127.0.0.1 as an attacker would meet it: a 25 MB flood of empty answers refused without
// the process growing; return addresses that leave the site (TAB, backslash, encoded
// slashes) sent home; a post that another site's page makes in a real browser refused with
// a page that says why, and nothing changed; the headers every response carries; a flood
// of sign-in starts that does not stop citizens signing in; a slowloris client closed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE, launch, startDemo } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The process's resident memory and its peak so far, in MB (Linux /proc).
function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))[1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

test('a 25 MB post of empty answers is refused at once and the server does not grow', async () => {
  const demo = await startDemo({});
  try {
    // Warm up: a page and a small post, so what the server keeps anyway is counted before.
    await fetch(demo.base + '/examples/dang-ky-thong-tin-ca-nhan');
    const before = memory(demo.pid);
    const flood = 'a&'.repeat(12_500_000);
    const started = Date.now();
    const res = await fetch(demo.base + '/examples/dang-ky-thong-tin-ca-nhan', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: flood,
    }).catch((e) => ({ status: 'closed', error: e }));
    const took = Date.now() - started;
    // The server answers 413 without reading the body, or closes the connection on it.
    assert.ok(res.status === 413 || res.status === 'closed', `answered ${res.status}`);
    assert.ok(took < 5000, `took ${took} ms`);
    const after = memory(demo.pid);
    assert.ok(after.peak - before.peak < 64, `peak memory grew from ${before.peak} to ${after.peak} MB`);
    // Without a declared length too (streamed in chunks).
    const chunks = new ReadableStream({
      start(c) { for (let i = 0; i < 400; i++) c.enqueue(new TextEncoder().encode('a&'.repeat(32_768))); c.close(); },
    });
    const streamed = await fetch(demo.base + '/examples/dang-ky-thong-tin-ca-nhan', {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: chunks, duplex: 'half',
    }).catch((e) => ({ status: 'closed', error: e }));
    assert.ok(streamed.status === 413 || streamed.status === 'closed', `answered ${streamed.status}`);
    const last = memory(demo.pid);
    assert.ok(last.peak - before.peak < 64, `peak memory grew from ${before.peak} to ${last.peak} MB`);
    const page = await fetch(demo.base + '/');
    assert.equal(page.status, 200, 'still serving');
  } finally {
    demo.stop();
  }
});

test('every return address that would leave the site goes home instead', async () => {
  for (const back of ['//evil.example/', '/\t/evil.example', '/%09/evil.example', '/\\evil.example',
    '/%2F/evil.example', '/%5Cevil.example', 'https://evil.example/', '/%252F/evil.example', '/\u202eevil']) {
    const res = await fetch(`${BASE}/giao-dien`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ theme: 'ha-noi', back }).toString(),
    });
    assert.equal(res.status, 303, JSON.stringify(back));
    assert.equal(res.headers.get('location'), '/', JSON.stringify(back));
  }
  const ok = await fetch(`${BASE}/giao-dien`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'theme=ha-noi&back=%2Fcomponents%2Fbutton',
  });
  assert.equal(ok.headers.get('location'), '/components/button');
});

test("another site's page posting to the portal in a real browser is refused, says why, and changes nothing", async () => {
  const context = await browser.newContext();
  // A page of another site, with a form that posts the theme switch to the portal.
  await context.route('http://evil.example/**', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><title>x</title><form method="post" action="${BASE}/giao-dien">
      <input name="theme" value="ha-noi"><input name="back" value="/"><button>Go</button></form></html>`,
  }));
  const page = await context.newPage();
  await page.goto('http://evil.example/');
  const [response] = await Promise.all([page.waitForNavigation(), page.click('button')]);
  assert.equal(response.status(), 403);
  assert.equal(await page.textContent('h1'), 'Không gửi được từ trang khác');
  assert.match(await page.textContent('[lang=en] h2'), /Not sent from this site/);
  const cookies = await context.cookies(BASE);
  assert.equal(cookies.find((c) => c.name === 'dvc_theme'), undefined, 'the theme was not switched');
  // The same form on the portal's own page works.
  const own = await context.newPage();
  await own.goto(BASE + '/');
  await own.selectOption('select[name=theme]', 'ha-noi');
  await Promise.all([own.waitForNavigation(), own.click('form[action="/giao-dien"] button')]);
  assert.equal((await context.cookies(BASE)).find((c) => c.name === 'dvc_theme')?.value, 'ha-noi');
  await context.close();
});

test('a post whose Origin is another site is refused without Sec-Fetch-Site too', async () => {
  for (const origin of ['https://evil.example', 'null']) {
    const res = await fetch(`${BASE}/giao-dien`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: 'theme=ha-noi&back=%2F',
    });
    assert.equal(res.status, 403, origin);
  }
});

test('every response carries the hardening headers', async () => {
  for (const path of ['/', '/khong-co-trang-nay', '/dang-nhap']) {
    const res = await fetch(BASE + path, { redirect: 'manual' });
    assert.equal(res.headers.get('cross-origin-resource-policy'), 'same-origin', path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.match(res.headers.get('content-security-policy') ?? '', /form-action 'self'/, path);
  }
});

test('a flood of sign-in starts does not stop a real citizen signing in', async () => {
  const IDP = process.env.IDP_URL;
  // A server of its own with the real limits, behind a "proxy" on 127.0.0.1 that names
  // each client (X-Forwarded-For), so the flood and the citizen are different clients.
  const demo = await startDemo({
    DVC_OIDC_ISSUER: IDP, DVC_OIDC_CLIENT_ID: 'dvc-demo', DVC_OIDC_CLIENT_SECRET: 'dvc-demo-secret-not-for-real-use',
    DVC_TRUSTED_PROXIES: '127.0.0.1', DVC_RATE_SIGN_IN: '20', DVC_RATE_POSTS: '120',
  });
  try {
    // A citizen is at VNeID when the flood starts.
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.10' } });
    const page = await context.newPage();
    await page.goto(`${demo.base}/dang-nhap`);
    await Promise.all([page.waitForURL((u) => u.href.startsWith(IDP)), page.click('main a.dvc-button--start')]);
    // Two hundred sign-in starts from one client: the first ones go to VNeID, the rest
    // are refused with 429 and a page that says to wait.
    const statuses = [];
    for (let i = 0; i < 200; i++) {
      const res = await fetch(`${demo.base}/dang-nhap/vneid?muc=2`, { redirect: 'manual', headers: { 'x-forwarded-for': '203.0.113.66' } });
      statuses.push(res.status);
    }
    const refused = statuses.filter((s) => s === 429).length;
    assert.ok(refused >= 150, `only ${refused} of 200 starts were refused: ${statuses.slice(0, 20)}`);
    const tooMany = await fetch(`${demo.base}/dang-nhap/vneid?muc=2`, { redirect: 'manual', headers: { 'x-forwarded-for': '203.0.113.66' } });
    assert.equal(tooMany.status, 429);
    assert.ok(Number(tooMany.headers.get('retry-after')) >= 1);
    assert.match(await tooMany.text(), /Bạn đã gửi quá nhiều yêu cầu/);
    // The citizen finishes at VNeID and is signed in.
    await page.check('input[name=citizen][value="an"]');
    await Promise.all([page.waitForURL((u) => u.href.startsWith(demo.base)), page.click('button[value=login]')]);
    await page.waitForSelector('header .dvc-signed-in__name');
    assert.match(await page.textContent('header .dvc-signed-in__name'), /Nguyễn Văn An/);
    // Another citizen starting now is not held back by the flood either.
    const other = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.11' } });
    const next = await other.newPage();
    await next.goto(`${demo.base}/dang-nhap`);
    await Promise.all([next.waitForURL((u) => u.href.startsWith(IDP)), next.click('main a.dvc-button--start')]);
    await context.close();
    await other.close();
  } finally {
    demo.stop();
  }
});

test('a client sending its headers a byte at a time is closed within the header timeout while others are answered', async () => {
  const { connect } = await import('node:net');
  const demo = await startDemo({ DVC_HEADER_TIMEOUT_SECONDS: '2' });
  try {
    const { port } = new URL(demo.base);
    const slow = connect(Number(port), '127.0.0.1');
    const closed = new Promise((done) => slow.on('close', () => done(Date.now())));
    slow.on('error', () => {});
    await new Promise((done) => slow.once('connect', done));
    const started = Date.now();
    const request = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n\r\n';
    let sent = 0;
    let answered = 0;
    // One byte each 250 ms (the request would take 20 s), while others are answered.
    const drip = setInterval(() => { if (!slow.destroyed && sent < request.length) slow.write(request[sent++]); }, 250);
    // Others are answered meanwhile.
    const others = (async () => {
      for (let i = 0; i < 3; i++) {
        answered += (await fetch(demo.base + '/')).status === 200 ? 1 : 0;
        await new Promise((done) => setTimeout(done, 300));
      }
    })();
    const ended = await Promise.race([closed, new Promise((done) => setTimeout(() => done(null), 8000))]);
    clearInterval(drip);
    await others;
    assert.ok(ended, 'the slow connection was never closed');
    assert.ok(ended - started < 4500, `closed after ${ended - started} ms`);
    assert.ok(sent < request.length, 'closed before the headers were whole');
    assert.equal(answered, 3, 'others are answered');
  } finally {
    demo.stop();
  }
});

test('with VNPAY\'s addresses listed, an IPN from anywhere else is not read', async () => {
  const demo = await startDemo({ DVC_VNPAY_IPN_FROM: '203.0.113.1' });
  try {
    const res = await fetch(`${demo.base}/thanh-toan/vnpay/ipn?vnp_TxnRef=HS0004&vnp_Amount=15000000`);
    assert.equal(res.status, 403);
    const open = await startDemo({ DVC_VNPAY_IPN_FROM: '127.0.0.1' });
    try {
      const answer = await (await fetch(`${open.base}/thanh-toan/vnpay/ipn?vnp_TxnRef=HS0004&vnp_Amount=15000000`)).json();
      assert.equal(answer.RspCode, '97', 'read, and refused by its (missing) signature');
    } finally {
      open.stop();
    }
  } finally {
    demo.stop();
  }
});

// Memory per connection: 50 clients on kept-alive connections, 5,000 requests of every kind
// a stranger can make (a file, a page, a missing page, a page in English, a post with
// errors). The server may grow by its caches, not by megabytes per connection: on c572250
// each connection cloned every route's state (axum::serve re-applies the router's state per
// connection), 8 MB each, 405 MB at 50; the kit's serve_on shares the router.
test('50 kept-alive clients and 5,000 requests leave the server within 64 MB of where it started', async () => {
  const demo = await startDemo({});
  try {
    const home = await (await fetch(demo.base + '/')).text();
    const css = home.match(/href="(\/dvc-ui\.[0-9a-f]+\.css)"/)?.[1];
    assert.ok(css, 'the kit\'s stylesheet is linked from the home page');
    const { Agent, request } = await import('node:http');
    const agent = new Agent({ keepAlive: true, maxSockets: 50 });
    const get = (path, headers = {}) => new Promise((ok, fail) => {
      const req = request(demo.base + path, { agent, headers }, (res) => { res.resume(); res.on('end', () => ok(res.statusCode)); });
      req.on('error', fail);
      req.end();
    });
    const post = (path, body) => new Promise((ok, fail) => {
      const req = request(demo.base + path, { agent, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } },
        (res) => { res.resume(); res.on('end', () => ok(res.statusCode)); });
      req.on('error', fail);
      req.end(body);
    });
    const kinds = [
      () => get(css, { 'accept-encoding': 'br' }),
      () => get('/components/text-input'),
      () => get('/khong-co-trang-nay'),
      () => get('/en/components/date-input', { 'accept-encoding': 'gzip' }),
      () => post('/examples/dang-ky-thong-tin-ca-nhan', 'dvc_form=register&full_name=&phone=12'),
    ];
    // Warm up every kind once, so what the server keeps anyway is counted before.
    for (const kind of kinds) await kind();
    const before = memory(demo.pid);
    const statuses = new Map();
    await Promise.all(Array.from({ length: 50 }, async (_, client) => {
      for (let i = 0; i < 100; i++) {
        const status = await kinds[(client + i) % kinds.length]();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }));
    agent.destroy();
    const after = memory(demo.pid);
    assert.deepEqual([...statuses.keys()].sort(), [200, 404], `every request answered: ${JSON.stringify([...statuses])}`);
    assert.ok(after.peak - before.peak < 64, `the server grew from ${before.peak.toFixed(0)} MB to ${after.peak.toFixed(0)} MB at its peak`);
  } finally {
    demo.stop();
  }
});
