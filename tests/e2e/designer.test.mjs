// The designer's view: every example at a phone's and a desktop's width side by side, in
// frames that the strict Content-Security-Policy allows only from the demo itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, axe } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('an example is shown at 360 px and at 1024 px, without the navigation column', async () => {
  const { context, page, log } = await open(browser, '/components/phone-input/hop-le/hai-kho');
  const frames = await page.$$('iframe.demo-preview__iframe');
  assert.equal(frames.length, 2);
  const widths = [];
  for (const handle of frames) {
    const frame = await handle.contentFrame();
    await frame.waitForSelector('main h1');
    widths.push(await frame.evaluate(() => document.documentElement.clientWidth));
    assert.equal(await frame.$('nav.demo-nav'), null, 'the example alone, no navigation');
    assert.ok(await frame.$('#dvc-ph_ok'), 'the example itself is in the frame');
  }
  assert.deepEqual(widths, [360, 1024]);
  assert.deepEqual(await axe(page), [], 'the view and both frames are axe-clean');
  assert.deepEqual([...log.console, ...log.errors], [], 'no CSP refusal or other error');
  await context.close();
});

test('only an example\'s own page may be framed, and only by the demo itself', async () => {
  const alone = await fetch(`${BASE}/components/phone-input/hop-le`);
  assert.match(alone.headers.get('content-security-policy'), /frame-ancestors 'self'$/);
  assert.equal(alone.headers.get('x-frame-options'), 'SAMEORIGIN');
  for (const path of ['/components/phone-input', '/examples/dang-ky-thong-tin-ca-nhan', '/components/phone-input/hop-le/hai-kho']) {
    const res = await fetch(BASE + path);
    assert.match(res.headers.get('content-security-policy'), /frame-ancestors 'none'$/, path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
  }
});

test('every example of a component page links to its own page and to its two-width view', async () => {
  const { context, page } = await open(browser, '/components/radios');
  const sections = await page.$$eval('section.demo-example', (ss) => ss.map((s) => [...s.querySelectorAll('.demo-example__links a')].map((a) => a.getAttribute('href'))));
  assert.ok(sections.length >= 4);
  for (const [alone, preview] of sections) {
    assert.match(alone, /^\/components\/radios\/[a-z0-9-]+$/);
    assert.equal(preview, `${alone}/hai-kho`);
  }
  await context.close();
});

test('a framed example that takes focus on its own page (a success banner, an error summary) leaves the reader at the top of the page framing it', async () => {
  const { context, page } = await open(browser, '/components/desk-screen');
  assert.ok(await page.$('iframe[src*="/desk-screen/ho-so"]'), 'a framed example with a success banner');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the focus stays on the page');
  // On its own page, the banner is read first.
  await page.goto(`${BASE}/components/desk-screen/ho-so`);
  await page.waitForFunction(() => document.activeElement?.id === 'da-ghi', null, { timeout: 10000 });
  await context.close();
});
