// The page shell and the first form behaviour, driven by keyboard only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('the skip link is first, becomes visible, and moves focus to the main content', async () => {
  const { context, page } = await open(browser, '/components/button');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { cls: el.className, text: el.textContent, visible: r.left >= 0 && r.width > 0 };
  });
  assert.equal(first.cls, 'dvc-skip-link');
  assert.equal(first.text, 'Bỏ qua để đến nội dung chính');
  assert.ok(first.visible, 'the skip link is on screen when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main-content');
  // Focusable only while focused (GOV.UK's skip link): once focus moves on, a click inside
  // the main content draws no focus ring around all of it.
  assert.equal(await page.getAttribute('#main-content', 'tabindex'), '-1');
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'main-content');
  assert.equal(await page.getAttribute('#main-content', 'tabindex'), null, 'tabindex removed on blur');
  await page.click('#main-content h1');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'main-content');
  await context.close();
});

test('an error summary on the page as it loads takes focus, and is focusable only while focused', async () => {
  const { context, page, log } = await open(browser, '/components/error-summary');
  await page.waitForFunction(() => document.activeElement?.classList.contains('dvc-error-summary'));
  assert.equal(await page.getAttribute('.dvc-error-summary', 'tabindex'), '-1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.dvc-error-summary') !== null), true, 'the next Tab is its first link');
  assert.equal(await page.getAttribute('.dvc-error-summary', 'tabindex'), null, 'tabindex removed on blur');
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});

test('the page has lang="vi", a title per page and the current page marked in the navigation', async () => {
  const { context, page } = await open(browser, '/components/text-input');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.equal(await page.title(), 'Ô nhập chữ (TextInput) – dvc-ui', 'no hydration marker in the title');
  assert.equal(await page.getAttribute('a[aria-current="page"]', 'href'), '/components/text-input');
  await context.close();
});

test('an unknown address says the page was not found, with a way home', async () => {
  const { context, page } = await open(browser, '/khong-co-trang-nay');
  assert.equal(await page.textContent('h1'), 'Không tìm thấy trang');
  await context.close();
});

test('keyboard only: submitting the name empty shows a linked error, fixing it clears it', async () => {
  const { context, page } = await open(browser, '/components/text-input');
  const input = page.locator('#dvc-full_name');
  await input.focus();
  await page.keyboard.press('Enter');
  const error = page.locator('#dvc-full_name-error');
  await error.waitFor();
  assert.equal((await error.textContent()).replace(/\s+/g, ' ').trim(), 'Lỗi: Nhập họ và tên');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.deepEqual((await input.getAttribute('aria-describedby')).split(' '), ['dvc-full_name-hint', 'dvc-full_name-error']);
  await input.focus();
  await page.keyboard.type('  Hoàng   Thị  Hoa ');
  await error.waitFor({ state: 'detached' });
  assert.equal(await input.getAttribute('aria-invalid'), null);
  assert.equal(await input.inputValue(), '  Hoàng   Thị  Hoa ', 'what was typed is kept as typed');
  await context.close();
});

test('a form\'s submit button is busy once pressed, and a second press sends nothing more', async () => {
  const { context, page } = await open(browser, '/components/button/dang-xu-ly');
  await page.fill('#dvc-b_name', 'Hoàng Thị Hoa');
  const posts = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  // Two presses in one go, as a double click or an impatient second tap.
  const busy = await page.evaluate(() => {
    const send = document.querySelector('#f-button-busy button[type=submit]');
    send.click();
    const state = [send.getAttribute('aria-disabled'), send.querySelector('.dvc-button__busy:not(.dvc-hidden)')?.textContent];
    send.click();
    return state;
  });
  assert.deepEqual(busy, ['true', 'Đang gửi…'], 'busy, and says so');
  await answered;
  await page.waitForLoadState('load');
  assert.equal(posts.length, 1, `one post: ${posts.join(', ')}`);
  await context.close();
});

test('a Vietnamese page downloads only the font faces it shows, and nothing blocks first paint but CSS', async () => {
  const { context, page, log } = await open(browser, '/examples/dang-ky-thong-tin-ca-nhan');
  const fonts = log.requests.filter((u) => u.endsWith('.woff2')).map((u) => u.split('/').pop().replace(/\.[0-9a-f]{10}\.woff2$/, ''));
  assert.deepEqual(fonts.filter((f) => f.includes('latin-ext')), [], `latin-ext downloaded: ${fonts.join(', ')}`);
  assert.ok(fonts.some((f) => f.includes('vietnamese-400')), 'the Vietnamese subset is used');
  // In the head: stylesheets, preloaded fonts and one module script (deferred by nature).
  const blocking = await page.$$eval('head script', (ss) => ss.filter((s) => s.type !== 'module' || !s.src).map((s) => s.outerHTML));
  assert.deepEqual(blocking, [], 'no classic or inline script');
  assert.deepEqual(await page.$$eval('script:not([src])', (ss) => ss.map((s) => s.outerHTML)), [], 'no inline script anywhere');
  await context.close();
});
