// The session-timeout warning on signed-in pages, against its own demo server with a short
// session (18 s, warned 12 s before: the real default is 15 minutes, warned 2 minutes
// before): the APG modal dialog (focus moves in, Tab stays inside, Escape and "Tiếp tục
// phiên làm việc" extend the session through the keep-alive request, focus goes back),
// axe-clean open; two tabs keep one clock; at the end the page says the session ended and
// what was typed is still there after signing in again; "Đăng xuất" in the dialog.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, axe } from './browser.mjs';

const IDP = process.env.IDP_URL ?? 'http://127.0.0.1:3990';
const SESSION_SECONDS = 18;
const START = '/thu-tuc/dang-ky-thuong-tru';

let browser;
let server;
let base;

before(async () => {
  browser = await launch();
  server = await startDemo({
    DVC_SESSION_MINUTES: String(SESSION_SECONDS / 60),
    DVC_SESSION_WARN_SECONDS: '12',
    // The same test identity provider as the run's own server (its client's defaults).
    DVC_OIDC_ISSUER: IDP,
    DVC_OIDC_CLIENT_ID: process.env.DVC_OIDC_CLIENT_ID ?? 'dvc-demo',
    DVC_OIDC_CLIENT_SECRET: process.env.DVC_OIDC_CLIENT_SECRET ?? 'dvc-demo-secret-not-for-real-use',
  });
  base = server.base;
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function signedIn(context = null) {
  const ctx = context ?? await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/dang-nhap`);
  await Promise.all([page.waitForURL((u) => u.href.startsWith(IDP)), page.click('main a.dvc-button--start')]);
  await page.check('input[name=citizen][value="new"]');
  await Promise.all([page.waitForURL((u) => u.href.startsWith(base)), page.click('button[value=login]')]);
  return { context: ctx, page };
}

// The phone question, past VNeID's three answers (read, posted on).
async function openQuestion(page) {
  for (const at of ['ho-ten', 'ngay-sinh', 'so-dinh-danh']) {
    const res = await page.context().request.post(`${base}${START}/${at}`, { form: { dvc_form: 'question' }, maxRedirects: 0 });
    assert.equal(res.status(), 303, at);
  }
  await page.goto(`${base}${START}/so-dien-thoai`);
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
}

const warned = (page) => page.waitForSelector('dialog#dvc-timeout[open]', { timeout: 20000 });
const inDialog = (page) => page.evaluate(() => !!document.activeElement?.closest('dialog#dvc-timeout'));

test('the warning opens before the end, keeps focus inside, says the time; Escape extends the session and focus goes back', async () => {
  const { context, page } = await signedIn();
  await openQuestion(page);
  const loaded = Date.now();
  await page.focus('#dvc-so-dien-thoai');
  assert.equal(await page.isVisible('dialog#dvc-timeout'), false, 'closed at first');
  await warned(page);
  assert.ok(Date.now() - loaded < (SESSION_SECONDS - 5) * 1000, 'opened well before the end');
  assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Tiếp tục phiên làm việc', 'focus moved in');
  assert.match(await page.textContent('#dvc-timeout-said'), /^Để bảo vệ thông tin của bạn, phiên làm việc sẽ kết thúc sau \d+ giây\. Những gì bạn đã điền vẫn được lưu\.$/);
  assert.deepEqual(await axe(page), [], 'axe with the warning open');
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    assert.ok(await inDialog(page), `focus stays in the dialog after ${key}`);
  }
  const kept = page.waitForRequest((r) => r.url().endsWith('/phien/gia-han') && r.method() === 'POST');
  await page.keyboard.press('Escape');
  await kept;
  await page.waitForFunction(() => !document.getElementById('dvc-timeout').open);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dvc-so-dien-thoai', 'focus back where it was');
  // Past the first end: still signed in (the keep-alive renewed the session).
  await page.waitForTimeout(Math.max(0, loaded + SESSION_SECONDS * 1000 + 1000 - Date.now()));
  assert.equal(new URL(page.url()).pathname, `${START}/so-dien-thoai`, 'the page stayed');
  await page.reload();
  assert.equal(new URL(page.url()).pathname, `${START}/so-dien-thoai`, 'still signed in: no sign-in asked');
  assert.match(await page.textContent('header .dvc-signed-in__name'), /Phạm Văn Thử/);
  await context.close();
});

test('typing keeps the session: each save of the answers restarts the clock, so no warning interrupts a citizen who is typing', async () => {
  const { context, page } = await signedIn();
  await openQuestion(page);
  const loaded = Date.now();
  const saves = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && (r.postData() ?? '').includes('dvc_action=autosave')) saves.push(Date.now());
  });
  // Without the renewal the warning opens 6 s after the page loaded (an 18 s session, warned
  // 12 s before). A key every 1.7 s: each pause is long enough for the answers to be saved.
  await page.focus('#dvc-so-dien-thoai');
  for (const digit of '09123456') {
    await page.keyboard.type(digit);
    await page.waitForTimeout(1700);
    assert.equal(await page.isVisible('dialog#dvc-timeout'), false, `no warning ${Date.now() - loaded} ms after load, while typing`);
  }
  assert.ok(Date.now() - loaded > SESSION_SECONDS * 1000 - 6000, 'typed past the first warning time');
  assert.ok(saves.length >= 4, `the answers were saved while typing (${saves.length} times)`);
  // The warning comes a quiet time after the last save, past the session's first end, and
  // the server agrees: it renewed the session with each save.
  await warned(page);
  const warnedAt = Date.now();
  assert.ok(warnedAt - saves.at(-1) >= 5000, `warned ${warnedAt - saves.at(-1)} ms after the last save`);
  assert.ok(warnedAt - loaded > SESSION_SECONDS * 1000, 'past the first end');
  assert.equal(new URL(page.url()).pathname, `${START}/so-dien-thoai`, 'the page stayed');
  const kept = page.waitForRequest((r) => r.url().endsWith('/phien/gia-han') && r.method() === 'POST');
  await page.keyboard.press('Escape');
  await kept;
  await page.reload();
  assert.match(await page.textContent('header .dvc-signed-in__name'), /Phạm Văn Thử/, 'still signed in');
  assert.equal(await page.inputValue('#dvc-so-dien-thoai'), '09123456', 'the answer kept');
  await context.close();
});

test('two tabs keep one clock: "Tiếp tục phiên làm việc" in one closes the warning in the other', async () => {
  const { context, page } = await signedIn();
  await openQuestion(page);
  const other = await context.newPage();
  await other.goto(`${base}/components/button`);
  await other.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
  await Promise.all([warned(page), warned(other)]);
  await page.click('dialog#dvc-timeout[open] button[data-dvc-timeout-continue]');
  await page.waitForFunction(() => !document.getElementById('dvc-timeout').open);
  await other.waitForFunction(() => !document.getElementById('dvc-timeout').open, null, { timeout: 5000 });
  await context.close();
});

test('at the end the page says the session ended; what was typed is there after signing in again', async () => {
  const { context, page } = await signedIn();
  await openQuestion(page);
  await page.fill('#dvc-so-dien-thoai', '0912 345 678');
  await page.waitForURL((u) => u.pathname === '/het-phien', { timeout: (SESSION_SECONDS + 10) * 1000 });
  assert.equal(new URL(page.url()).searchParams.get('tiep'), `${START}/so-dien-thoai`);
  assert.equal((await page.textContent('main h1')).trim(), 'Phiên làm việc đã kết thúc');
  assert.match(await page.textContent('main'), /vẫn được lưu/);
  assert.equal(await page.locator('header .dvc-signed-in__name').count(), 0, 'signed out');
  await Promise.all([page.waitForURL((u) => u.pathname === '/dang-nhap'), page.click('main a.dvc-button')]);
  // VNeID may still know the citizen: then straight back; else they sign in there again.
  await Promise.all([page.waitForURL((u) => u.href.startsWith(IDP) || u.pathname === `${START}/so-dien-thoai`), page.click('main a.dvc-button--start')]);
  if (page.url().startsWith(IDP)) {
    const log = await (await fetch(`${IDP}/stand-in/log`)).json();
    await page.check(`input[name=citizen][value="${log.signIns.at(-1).citizen}"]`);
    await Promise.all([page.waitForURL((u) => u.href.startsWith(base)), page.click('button[value=login]')]);
  }
  assert.equal(new URL(page.url()).pathname, `${START}/so-dien-thoai`);
  assert.equal(await page.inputValue('#dvc-so-dien-thoai'), '0912 345 678');
  await context.close();
});

test('"Đăng xuất" in the warning signs out here and at VNeID', async () => {
  const { context, page } = await signedIn();
  await openQuestion(page);
  await warned(page);
  await Promise.all([page.waitForURL((u) => u.href.startsWith(IDP)), page.click('dialog#dvc-timeout[open] form button')]);
  await Promise.all([page.waitForURL(`${base}/da-dang-xuat`), page.click('button[name=logout]')]);
  assert.equal((await page.textContent('main h1')).trim(), 'Bạn đã đăng xuất');
  await context.close();
});
