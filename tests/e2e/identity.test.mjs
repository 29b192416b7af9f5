// Sign-in with the national electronic identity, end to end against a real OpenID
// Provider (npm oidc-provider, tests/identity/provider.mjs) on 127.0.0.1: keyboard-only
// through the whole redirect flow, the name in the header of every page, no token ever
// visible to the page, each failure on its own page with a way back, a level 1 account
// refused for a level 2 procedure, sign-out at the portal and at the provider, all of it
// without JavaScript too; axe-clean on every page of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, startDemo, axe } from './browser.mjs';
import { startProvider } from '../identity/provider.mjs';

const IDP = process.env.IDP_URL ?? 'http://127.0.0.1:3990';
// Where the sign-in page returns to when no page asked for it: the list of procedures.
const SERVICE = '/thu-tuc';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

async function citizen(javaScript = true) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors, javaScript };
}

async function axeClean(c, state) {
  if (!c.javaScript) return; // axe needs a script: the same pages are audited with it
  assert.deepEqual(await axe(c.page), [], `axe on ${state}`);
}

const path = (c) => new URL(c.page.url()).pathname;
const h1 = async (c) => (await c.page.textContent('main h1')).trim();

// Clicks what leads to another page (through redirects) and waits for `where` to load.
async function follow(c, action, where) {
  await Promise.all([c.page.waitForURL(where, { timeout: 30000 }), action()]);
  await c.page.waitForLoadState('load');
}

// From the sign-in page to the provider's page (by the VNeID button).
async function toProvider(c) {
  await c.page.goto(`${BASE}/dang-nhap`);
  await follow(c, () => c.page.click('main a.dvc-button--start'), (u) => u.href.startsWith(IDP));
  assert.match(await c.page.textContent('h1'), /Đăng nhập VNeID/);
}

// At the provider: signs in as a test citizen (an: level 2, binh: level 1) and comes back.
async function asCitizen(c, who = 'an') {
  await c.page.check(`input[name=citizen][value=${who}]`);
  await follow(c, () => c.page.click('button[value=login]'), (u) => u.href.startsWith(BASE));
}

async function signIn(c, who = 'an') {
  await toProvider(c);
  await asCitizen(c, who);
}

const headerName = async (c) => (await c.page.locator('header .dvc-signed-in__name').count())
  ? (await c.page.textContent('header .dvc-signed-in__name')).replace(/\s+/g, ' ').trim()
  : null;

async function providerLog() {
  return (await fetch(`${IDP}/stand-in/log`)).json();
}

test('keyboard only: the sign-in page, VNeID, back to the service signed in; the name on every page; no token in the page', async () => {
  const c = await citizen();
  const p = c.page;
  await p.goto(`${BASE}/dang-nhap`);
  await p.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
  assert.equal(await h1(c), 'Đăng nhập để nộp hồ sơ');
  assert.match(await p.textContent('main .dvc-inset'), /mức độ 2/);
  await axeClean(c, 'the sign-in page');
  // Skip link, then the first thing in the page's content is the VNeID button.
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.className), 'dvc-skip-link');
  await p.keyboard.press('Enter');
  await p.keyboard.press('Tab');
  assert.equal((await p.evaluate(() => document.activeElement.textContent)).trim(), 'Đăng nhập bằng tài khoản định danh điện tử (VNeID)');
  await follow(c, () => p.keyboard.press('Enter'), (u) => u.href.startsWith(IDP));
  const asked = new URL(p.url());
  assert.equal(asked.pathname.startsWith('/interaction/'), true, p.url());
  // At the provider: the first citizen is chosen; Tab to "Đăng nhập", Enter.
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.textContent), 'Đăng nhập');
  await follow(c, () => p.keyboard.press('Enter'), (u) => u.href.startsWith(BASE));
  assert.equal(path(c), SERVICE, 'back where the sign-in was going');
  assert.equal(await headerName(c), 'Đã đăng nhập: Nguyễn Văn An');
  const log = await providerLog();
  assert.deepEqual(log.signIns.at(-1), { citizen: 'an', acr: 'level2', asked: 'level2' }, 'level 2 was asked for');

  // The name in the header of every page, with its sign-out button.
  for (const other of ['/', '/components/button', '/en/components/button']) {
    await p.goto(BASE + other);
    assert.match(await headerName(c), /Nguyễn Văn An$/, other);
  }
  assert.equal((await p.textContent('header .dvc-signed-in__button')).trim(), 'Sign out');
  await axeClean(c, 'a page with the signed-in header');

  // No token anywhere the page can see: not in the address, storage, cookies or DOM.
  const seen = await p.evaluate(() => ({
    url: location.href,
    cookies: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    html: document.documentElement.outerHTML,
  }));
  for (const [where, text] of Object.entries(seen)) {
    assert.doesNotMatch(text, /eyJ[\w-]+\.eyJ[\w-]+/, `a JWT in ${where}`);
    assert.doesNotMatch(text, /dvc_session|id_token|access_token|code=/, `a token or session in ${where}`);
  }
  const cookies = await c.context.cookies(BASE);
  const session = cookies.find((k) => k.name === 'dvc_session');
  assert.ok(session, 'one session cookie');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Lax');
  assert.equal(cookies.some((k) => k.name === 'dvc_signin'), false, 'the sign-in under way is forgotten');
  assert.deepEqual(c.errors, []);
  await c.context.close();
});

test('the citizen cancels at VNeID: a page that says so, and the way back', async () => {
  const c = await citizen();
  await toProvider(c);
  await follow(c, () => c.page.click('button[value=cancel]'), (u) => u.href.startsWith(BASE));
  assert.equal(path(c), '/dang-nhap/da-huy');
  assert.equal(await h1(c), 'Bạn đã huỷ đăng nhập');
  assert.equal(await headerName(c), null, 'not signed in');
  await axeClean(c, 'cancelled');
  await follow(c, () => c.page.click('main a:has-text("Đăng nhập lại")'), `${BASE}/dang-nhap`);
  await c.context.close();
});

test('a level 1 account is refused for a level 2 procedure, saying what to do', async () => {
  const c = await citizen();
  await signIn(c, 'binh');
  assert.equal(path(c), '/dang-nhap/muc-chua-du');
  assert.equal(await h1(c), 'Tài khoản chưa đủ mức độ 2');
  assert.match(await c.page.textContent('main'), /Công an cấp xã/);
  assert.equal(await headerName(c), null, 'no session for a level too low');
  await axeClean(c, 'level too low');
  await c.context.close();
});

test('a replayed return, a forged state, and another browser\'s code are refused, each on its own page', async () => {
  // Record the provider's redirect back (the code and state) while signing in.
  const a = await citizen();
  let back = null;
  a.page.on('request', (r) => { if (r.url().includes('/dang-nhap/vneid/ket-qua')) back = r.url(); });
  await signIn(a);
  assert.ok(back, 'the return was seen');
  // The same return again, in the same browser: the sign-in under way was used up.
  await follow(a, () => a.page.goto(back), (u) => u.pathname.startsWith('/dang-nhap/'));
  assert.equal(path(a), '/dang-nhap/het-phien');
  assert.equal(await h1(a), 'Lần đăng nhập này đã hết hạn');
  await axeClean(a, 'state unknown');

  // Another browser starts its own sign-in, then is sent back with the first one's code and
  // its own state: the provider refuses the code (used, and not this browser's PKCE).
  const b = await citizen();
  await b.page.goto(`${BASE}/dang-nhap`);
  let ownState = null;
  b.page.on('request', (r) => { const u = new URL(r.url()); if (u.pathname === '/auth') ownState = u.searchParams.get('state'); });
  await follow(b, () => b.page.click('main a.dvc-button--start'), (u) => u.href.startsWith(IDP));
  assert.ok(ownState, 'the authorization request was seen');
  const forgedCode = new URL(back);
  forgedCode.searchParams.set('state', ownState);
  await follow(b, () => b.page.goto(forgedCode.href), (u) => u.pathname.startsWith('/dang-nhap/'));
  assert.equal(path(b), '/dang-nhap/ma-het-han');
  assert.equal(await headerName(b), null);
  await axeClean(b, 'code refused');

  // A return whose state is not the one this browser was given.
  await b.page.goto(`${BASE}/dang-nhap`);
  await follow(b, () => b.page.click('main a.dvc-button--start'), (u) => u.href.startsWith(IDP));
  const forgedState = new URL(back);
  forgedState.searchParams.set('state', 'not-the-one-given');
  await follow(b, () => b.page.goto(forgedState.href), (u) => u.pathname.startsWith('/dang-nhap/'));
  assert.equal(path(b), '/dang-nhap/het-phien');
  assert.equal(await headerName(b), null);
  await a.context.close();
  await b.context.close();
});

for (const javaScript of [true, false]) {
  const how = javaScript ? 'with JavaScript' : 'without JavaScript';
  test(`sign-out ends the session here and at VNeID ${how}`, async () => {
    const c = await citizen(javaScript);
    await signIn(c);
    assert.match(await headerName(c), /Nguyễn Văn An/);
    const before = (await providerLog()).endSessions;
    await follow(c, () => c.page.click('header .dvc-signed-in__button'), (u) => u.href.startsWith(IDP));
    assert.match(await c.page.textContent('h1'), /Đăng xuất khỏi VNeID/);
    await follow(c, () => c.page.click('button[name=logout]'), `${BASE}/da-dang-xuat`);
    assert.equal(await h1(c), 'Bạn đã đăng xuất');
    assert.equal(await headerName(c), null);
    assert.equal((await providerLog()).endSessions, before + 1, 'the provider ended its session too');
    assert.equal((await c.context.cookies(BASE)).some((k) => k.name === 'dvc_session'), false, 'the cookie is cleared');
    await axeClean(c, 'signed out');
    // Signing in again asks VNeID again (its session ended too).
    await toProvider(c);
    await c.context.close();
  });
}

test('VNeID unreachable, when the sign-in starts or on the way back: its own page, in Vietnamese and English, and the way back', async () => {
  // A provider of this test's own, and a demo server pointed at it, so it can be stopped.
  const provider = await startProvider(0);
  const demo = await startDemo({ DVC_OIDC_ISSUER: provider.issuer, DVC_OIDC_CLIENT_ID: 'dvc-demo', DVC_OIDC_CLIENT_SECRET: 'dvc-demo-secret-not-for-real-use' });
  const stopProvider = () => new Promise((done) => { provider.server.closeAllConnections(); provider.server.close(done); });
  let fresh;
  try {
    // Down on the way back: the citizen signed in at VNeID, then the portal cannot reach
    // it to exchange the code.
    const c = await citizen();
    await c.page.goto(`${demo.base}/dang-nhap`);
    await follow(c, () => c.page.click('main a.dvc-button--start'), (u) => u.href.startsWith(provider.issuer));
    // The provider's answer to "Đăng nhập" and its resume are fetched here (a route sees
    // only the first request of a redirect chain), the provider stopped, then the browser
    // sent back to the portal with the code.
    await c.page.route(`${provider.issuer}/interaction/**`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const finished = await route.fetch({ maxRedirects: 0 });
      const resumed = await c.context.request.get(new URL(finished.headers().location, provider.issuer).href, { maxRedirects: 0 });
      const back = resumed.headers().location;
      assert.match(back, /\/dang-nhap\/vneid\/ket-qua\?code=/);
      await stopProvider();
      await route.fulfill({ status: 303, headers: { location: back } });
    });
    await c.page.check('input[name=citizen][value=an]');
    await follow(c, () => c.page.click('button[value=login]'), (u) => u.pathname.startsWith('/dang-nhap/'));
    assert.equal(path(c), '/dang-nhap/khong-ket-noi');
    assert.match(await h1(c), /VNeID/);
    assert.equal(await headerName(c), null, 'not signed in');
    assert.equal(await c.page.locator('main a[href="/dang-nhap"]').count(), 1, 'the way back');
    await axeClean(c, 'VNeID unreachable');
    // Down when the sign-in starts (a portal that has not reached it yet: no discovery
    // document), from the English page too: the English page.
    fresh = await startDemo({ DVC_OIDC_ISSUER: provider.issuer, DVC_OIDC_CLIENT_ID: 'dvc-demo', DVC_OIDC_CLIENT_SECRET: 'dvc-demo-secret-not-for-real-use' });
    for (const [prefix, javaScript] of [['', false], ['/en', true]]) {
      const d = await citizen(javaScript);
      await d.page.goto(`${fresh.base}${prefix}/dang-nhap`);
      await follow(d, () => d.page.click('main a.dvc-button--start'), (u) => u.pathname.startsWith(`${prefix}/dang-nhap/`));
      assert.equal(path(d), `${prefix}/dang-nhap/khong-ket-noi`);
      assert.match(await d.page.getAttribute('html', 'lang'), prefix ? /^en/ : /^vi/);
      await d.context.close();
    }
    await c.context.close();
  } finally {
    demo.stop();
    fresh?.stop();
    if (provider.server.listening) await stopProvider();
  }
});

test('every failure page and the English sign-in page are axe-clean and lead back', async () => {
  const c = await citizen();
  for (const slug of ['da-huy', 'het-phien', 'ma-het-han', 'khong-ket-noi', 'muc-chua-du', 'khong-xac-minh']) {
    for (const prefix of ['', '/en']) {
      await c.page.goto(`${BASE}${prefix}/dang-nhap/${slug}`);
      assert.ok((await h1(c)).length > 0, slug);
      assert.equal(await c.page.locator(`main a[href="${prefix}/dang-nhap"]`).count(), 1, `${prefix}/dang-nhap/${slug} leads back`);
      await axeClean(c, `${prefix}/dang-nhap/${slug}`);
    }
  }
  await c.page.goto(`${BASE}/en/dang-nhap`);
  assert.equal(await h1(c), 'Sign in to apply');
  assert.equal((await c.page.textContent('main a.dvc-button--start')).trim(), 'Sign in with your electronic identity (VNeID)');
  await axeClean(c, 'the English sign-in page');
  await c.context.close();
});
