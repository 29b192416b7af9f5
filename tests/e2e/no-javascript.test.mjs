// The demo with JavaScript disabled, as a citizen on a browser without scripts (or before
// the WebAssembly arrives) meets it: every page rendered by the server, every question
// present, and the example service posted to the server, checked by the same rules,
// answered with its errors and every answer kept, and on success redirected to a
// confirmation that names the attached file and its size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, tab, crawl, fillPersonalDetails, fillRegistration, isExamplePage, axe } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

const PATH = '/examples/dang-ky-thong-tin-ca-nhan';
const NO_JS = { javaScript: false };

// The distinct names of the form controls of a page (what a post can carry).
const controlNames = (page) => page.$$eval('form [name]', (els) => [...new Set(els.map((e) => e.name))].sort());
// Only a page without a script has them: an address's "Xem xã, phường của tỉnh, thành phố
// này" button and the province whose communes it listed.
const NO_SCRIPT_ONLY = /^(dvc_communes|.+_listed)$/;
// The form's own submit button (an address without a script has one before it).
const SUBMIT = 'main button[type=submit]:not([name=dvc_communes])';

test('every page shows its heading and every named control without JavaScript', async (t) => {
  // Vietnamese addresses, and the English example service: an English page is the same
  // components with other words (language.test.mjs posts the English service without
  // JavaScript). No example's own page: its example is on its component page, checked here.
  const pages = (await crawl(browser)).filter((p) => p === `/en${PATH}` || (p !== '/en' && !p.startsWith('/en/') && !isExamplePage(p)));
  assert.ok(pages.length >= 20, `only found ${pages.join(', ')}`);
  // One tab of each kind for every page (a new context costs about as much as a page).
  const withJs = await tab(browser);
  const withoutJs = await tab(browser, NO_JS);
  for (const path of pages) {
    await t.test(`page ${path}`, async () => {
      await withJs.visit(path);
      const expected = await controlNames(withJs.page);
      await withoutJs.visit(path);
      const { page, log } = withoutJs;
      assert.ok((await page.textContent('main h1')).trim().length > 0, 'a heading');
      const names = await controlNames(page);
      assert.deepEqual(names.filter((n) => !NO_SCRIPT_ONLY.test(n)), expected, 'the same questions as with JavaScript');
      if (expected.some((n) => n.endsWith('_commune'))) {
        assert.ok(names.includes('dvc_communes'), 'an address asks the server for its communes');
      }
      assert.deepEqual(log.errors, []);
    });
  }
  await withJs.context.close();
  await withoutJs.context.close();
});

// A page whose WebAssembly never arrives (a weak network): scripts run, so axe-core can
// audit it, but the boot script is blocked and the form posts as plain HTML.
async function openWithoutWasm(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/\/boot\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.goto(BASE + path, { waitUntil: 'load' });
  return { context, page };
}

test('the example service posted empty: summary, errors beside each question, title prefix', async () => {
  const { context, page } = await openWithoutWasm(PATH);
  const [response] = await Promise.all([page.waitForNavigation(), page.click(SUBMIT)]);
  assert.equal(response.status(), 200);
  assert.match(await page.title(), /^Lỗi: Ví dụ: Đăng ký thông tin cá nhân/);
  const summary = await page.$$eval('.dvc-error-summary a', (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
  assert.deepEqual(summary.map(([m]) => m), [
    'Nhập họ và tên', 'Nhập ngày sinh', 'Chọn giới tính', 'Nhập số định danh cá nhân', 'Nhập số điện thoại di động',
    'Chọn tỉnh, thành phố', 'Chọn xã, phường hoặc đặc khu', 'Nhập số nhà, đường, thôn hoặc tổ dân phố', 'Chọn ảnh thẻ căn cước', 'Đánh dấu vào ô để xác nhận lời cam đoan',
  ]);
  for (const [message, href] of summary) {
    assert.ok(await page.$(href), `the link “${message}” points at ${href}, which exists`);
  }
  assert.equal(await page.getAttribute('#dvc-full_name', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#dvc-full_name', 'aria-describedby'), /dvc-full_name-error/);
  assert.match(await page.textContent('#dvc-full_name-error'), /Nhập họ và tên/);
  assert.deepEqual(await axe(page), [], 'the page with errors is axe-clean');
  await context.close();
});

test('a failed post keeps every answer (but says the files must be chosen again)', async () => {
  const { context, page } = await open(browser, PATH, undefined, NO_JS);
  await page.fill('#dvc-full_name', 'Hoàng Thị Hoa');
  await page.fill('#dvc-dob-day', '5');
  await page.fill('#dvc-dob-month', '2');
  await page.fill('#dvc-dob-year', '1990');
  await page.check('#dvc-sex-2');
  await page.selectOption('#dvc-address_province', { label: 'Tỉnh Lào Cai' });
  await page.fill('#dvc-phone', '0912 345 678');
  await page.check('#dvc-consent_sms');
  await page.setInputFiles('#dvc-attachments', { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test\n%%EOF\n') });
  await Promise.all([page.waitForNavigation(), page.click(SUBMIT)]);
  assert.match(await page.title(), /^Lỗi: /);
  assert.equal(await page.inputValue('#dvc-full_name'), 'Hoàng Thị Hoa');
  assert.deepEqual([await page.inputValue('#dvc-dob-day'), await page.inputValue('#dvc-dob-month'), await page.inputValue('#dvc-dob-year')], ['5', '2', '1990']);
  assert.ok(await page.isChecked('#dvc-sex-2'), 'the radio answer is kept');
  assert.equal(await page.inputValue('#dvc-phone'), '0912 345 678');
  assert.ok(await page.isChecked('#dvc-consent_sms'), 'a consent the citizen gave is kept');
  assert.equal(await page.$eval('#dvc-address_province', (s) => s.selectedOptions[0].textContent), 'Tỉnh Lào Cai');
  assert.match(await page.textContent('#dvc-attachments-again'), /chọn lại: can-cuoc\.pdf/i);
  assert.equal(await page.$('#dvc-full_name-error'), null, 'a good answer has no error');
  assert.ok(await page.$('#dvc-id_number-error'), 'a missing answer has one');
  await context.close();
});

// Fills every question of the example service (without scripts: the address pickers are
// native selects).
test('a file whose bytes are not what its name says is refused by the server', async () => {
  const { context, page } = await open(browser, PATH, undefined, NO_JS);
  await fillRegistration(page, { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 this is a program') });
  const [response] = await Promise.all([page.waitForNavigation(), page.click(SUBMIT)]);
  assert.equal(response.status(), 200);
  assert.deepEqual(await page.$$eval('.dvc-error-summary a', (as) => as.map((a) => a.textContent)),
    ['Tệp “can-cuoc.pdf” không phải là tệp PDF thật: chọn đúng tệp bản quét hoặc ảnh chụp giấy tờ']);
  assert.equal(await page.inputValue('#dvc-full_name'), 'Hoàng Thị Hoa');
  await context.close();
});

test('a complete post with a real file reaches the confirmation, which names the file and its size', async () => {
  const { context, page } = await open(browser, PATH, undefined, NO_JS);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2_400_000, 0x20), Buffer.from('\n%%EOF\n')]);
  await fillRegistration(page, { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: pdf });
  const [response] = await Promise.all([page.waitForNavigation(), page.click(SUBMIT)]);
  assert.equal(response.status(), 200);
  assert.equal(new URL(page.url()).pathname, `${PATH}/da-gui`, 'post/redirect/get');
  assert.equal(new URL(page.url()).search, '', 'no answer in the address');
  assert.equal(await page.textContent('h1'), 'Đã gửi đăng ký');
  const rows = await page.$$eval('.demo-summary-list__row', (rs) => rs.map((r) => r.textContent));
  assert.ok(rows.includes('Họ và tênHoàng Thị Hoa'), rows.join('\n'));
  assert.ok(rows.includes('Tệp đã đính kèmcan-cuoc.pdf (2,4 MB)'), rows.join('\n'));
  assert.ok(rows.includes('Địa chỉ thường trúSố 1 Hoàng Liên, Phường Cam Đường, Tỉnh Lào Cai'), rows.join('\n'));
  assert.ok(rows.includes('Nhận tin nhắn về hồ sơKhông đồng ý'), 'consent is never assumed');
  // Reloading the confirmation does not post again, and another browser cannot read it.
  await page.reload();
  assert.equal(await page.textContent('h1'), 'Đã gửi đăng ký');
  const other = await open(browser, `${PATH}/da-gui`, undefined, NO_JS);
  assert.doesNotMatch(await other.page.textContent('main'), /Hoàng Thị Hoa/);
  await other.context.close();
  await context.close();
});

test('the server answers a body it cannot read with a clear sentence, not a crash', async () => {
  const res = await fetch(BASE + PATH, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
  assert.equal(res.status, 415);
  assert.match(await res.text(), /Không đọc được dữ liệu biểu mẫu/);
  // One answer longer than any person types (over 100 KB).
  const big = await fetch(BASE + PATH, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'dvc_form=register&full_name=' + 'x'.repeat(200_000) });
  assert.equal(big.status, 413);
  assert.match(await big.text(), /quá lớn/);
});

test('buttons that need a script stay out of sight without it (show password, copy)', async () => {
  for (const [path, selector] of [['/components/password-input', '.dvc-password-input__toggle'], ['/components/vietqr-panel', '.dvc-vietqr__copy']]) {
    const { context, page } = await open(browser, path, undefined, NO_JS);
    assert.ok(await page.locator(selector).count() > 0, `${path} has ${selector}`);
    assert.equal(await page.locator(`${selector}:visible`).count(), 0, `${path}: ${selector} shown without JavaScript`);
    await context.close();
  }
});
