// The language switch (Tiếng Việt / English) in the header of every page: each page at its
// Vietnamese and English address with the right `lang` and an `hreflang` alternate, the
// kit's own words and the rules' messages following the language, and on the example
// service the switch carrying the answers typed so far, unchecked (once enhanced; without
// JavaScript it is a plain link).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

const PATH = '/examples/dang-ky-thong-tin-ca-nhan';

test('a page in each language: lang, alternate, the switch, the kit words', async () => {
  for (const [path, lang, other, skip] of [
    ['/components/text-input', 'vi', '/en/components/text-input', 'Bỏ qua để đến nội dung chính'],
    ['/en/components/text-input', 'en', '/components/text-input', 'Skip to main content'],
    ['/en', 'en', '/', 'Skip to main content'],
  ]) {
    const { context, page } = await open(browser, path);
    assert.equal(await page.getAttribute('html', 'lang'), lang, path);
    const otherLang = lang === 'vi' ? 'en' : 'vi';
    assert.equal(await page.getAttribute(`link[rel=alternate][hreflang=${otherLang}]`, 'href'), other);
    assert.equal(await page.getAttribute(`.dvc-language-switch a[hreflang=${otherLang}]`, 'href'), other);
    assert.equal(await page.getAttribute(`.dvc-language-switch [aria-current=true]`, 'lang'), lang);
    assert.equal((await page.textContent('.dvc-skip-link')).trim(), skip);
    await context.close();
  }
});

test('following the switch keeps the visitor on the same page', async () => {
  const { context, page } = await open(browser, '/components/date-input');
  await Promise.all([page.waitForNavigation(), page.click('.dvc-language-switch a[hreflang=en]')]);
  assert.equal(new URL(page.url()).pathname, '/en/components/date-input');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The date input's own words are the kit's: in English now.
  assert.ok((await page.$$eval('.dvc-date-input label', (ls) => ls.map((l) => l.textContent.trim()))).includes('Day'));
  await context.close();
});

test('the example service in English: the rules answer in English, with the title prefix', async () => {
  const { context, page } = await open(browser, `/en${PATH}`);
  await page.click('main button[type=submit]');
  await page.waitForSelector('.dvc-error-summary');
  assert.match(await page.title(), /^Error: /);
  const messages = await page.$$eval('.dvc-error-summary a', (as) => as.map((a) => a.textContent));
  assert.equal(messages[0], 'Enter full name');
  await context.close();
});

test('the switch on the example service carries every answer typed, unchecked, and back', async () => {
  const { context, page, log } = await open(browser, PATH);
  await page.fill('#dvc-full_name', 'Hoàng Thị Hoa');
  await page.fill('#dvc-dob-day', '5');
  await page.check('#dvc-sex-2');
  await page.fill('#dvc-phone', '0912 345 678');
  const [response] = await Promise.all([page.waitForNavigation(), page.click('.dvc-language-switch a[hreflang=en]')]);
  assert.equal(response.status(), 200);
  assert.equal(response.request().method(), 'POST', 'the answers were posted, not put in the address');
  assert.equal(new URL(page.url()).pathname, `/en${PATH}`);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('main h1'), 'Register your personal details');
  assert.equal(await page.inputValue('#dvc-full_name'), 'Hoàng Thị Hoa');
  assert.equal(await page.inputValue('#dvc-dob-day'), '5');
  assert.ok(await page.isChecked('#dvc-sex-2'));
  assert.equal(await page.inputValue('#dvc-phone'), '0912 345 678');
  assert.equal(await page.$('.dvc-error-summary'), null, 'nothing checked yet: no errors');
  assert.equal(await page.$('.dvc-error-message'), null);
  assert.doesNotMatch(await page.title(), /^Error/);
  assert.ok(!page.url().includes('Ho%C3%A0ng') && !page.url().includes('0912'), 'no personal data in the address');
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  assert.deepEqual([...log.console, ...log.errors], []);
  // And back to Vietnamese, still with every answer.
  await Promise.all([page.waitForNavigation(), page.click('.dvc-language-switch a[hreflang=vi]')]);
  assert.equal(new URL(page.url()).pathname, PATH);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.equal(await page.inputValue('#dvc-full_name'), 'Hoàng Thị Hoa');
  assert.equal(await page.inputValue('#dvc-phone'), '0912 345 678');
  await context.close();
});

test('Enter in an answer still sends the form, never switches the language', async () => {
  const { context, page } = await open(browser, PATH);
  await page.fill('#dvc-full_name', 'Hoàng Thị Hoa');
  await page.press('#dvc-full_name', 'Enter');
  await page.waitForSelector('.dvc-error-summary');
  assert.equal(new URL(page.url()).pathname, PATH);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await context.close();
});

test('without JavaScript the switch is a plain link to the same page in the other language', async () => {
  const { context, page } = await open(browser, PATH, undefined, { javaScript: false });
  await Promise.all([page.waitForNavigation(), page.click('.dvc-language-switch a[hreflang=en]')]);
  assert.equal(new URL(page.url()).pathname, `/en${PATH}`);
  assert.equal(await page.textContent('main h1'), 'Register your personal details');
  await context.close();
});

test('an address that is not English stays Vietnamese, an unknown English one is not found', async () => {
  assert.equal((await fetch(`${BASE}/english`)).status, 404);
  const res = await fetch(`${BASE}/en/khong-co`);
  assert.equal(res.status, 404);
  assert.match(await res.text(), /<html lang="en">[\s\S]*Page not found/);
});
