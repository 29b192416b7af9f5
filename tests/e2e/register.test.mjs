// The example service "Đăng ký thông tin cá nhân", by keyboard only: submit it empty,
// follow every link of the error summary, fix each answer where the link lands, and submit
// successfully. (Choosing a file uses the file chooser, which a test cannot drive by keys:
// the file is set on the focused chooser instead.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, fillPersonalDetails } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

const PATH = '/examples/dang-ky-thong-tin-ca-nhan';

async function tabTo(page, predicate, limit = 150) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  throw new Error(`not reached by Tab: ${predicate}`);
}

test('keyboard only: empty submit, follow each summary link, fix, submit', async () => {
  const { context, page } = await open(browser, PATH);
  await tabTo(page, () => document.activeElement.textContent === 'Gửi đăng ký');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.dvc-error-summary');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'dvc-error-summary', 'the summary has focus');
  assert.match(await page.title(), /^Lỗi: /);
  const messages = await page.$$eval('.dvc-error-summary a', (as) => as.map((a) => a.textContent));
  assert.deepEqual(messages, [
    'Nhập họ và tên', 'Nhập ngày sinh', 'Chọn giới tính', 'Nhập số định danh cá nhân', 'Nhập số điện thoại di động',
    'Chọn tỉnh, thành phố', 'Chọn xã, phường hoặc đặc khu', 'Nhập số nhà, đường, thôn hoặc tổ dân phố', 'Chọn ảnh thẻ căn cước', 'Đánh dấu vào ô để xác nhận lời cam đoan',
  ]);

  // How to fix each answer once its link has put focus on it.
  const fixes = {
    'dvc-full_name': async () => page.keyboard.type('Hoàng Thị Hoa'),
    'dvc-dob-day': async () => { await page.keyboard.type('5'); await page.keyboard.press('Tab'); await page.keyboard.type('2'); await page.keyboard.press('Tab'); await page.keyboard.type('1990'); },
    'dvc-sex': async () => page.keyboard.press('Space'),
    // 0 = male born in the 1900s, 90 = 1990: agrees with the date of birth and sex above.
    'dvc-id_number': async () => page.keyboard.type('001 090 012 345'),
    'dvc-phone': async () => page.keyboard.type('0912 345 678'),
    // The pickers by keys only: type without diacritics, Down to the first match, Enter.
    'dvc-address_province': async () => { await page.keyboard.type('lao cai'); await page.keyboard.press('ArrowDown'); await page.keyboard.press('Enter'); },
    // The province's communes arrive by fetch: Down once the first match is listed.
    'dvc-address_commune': async () => { await page.keyboard.type('cam duong'); await page.waitForSelector('#dvc-address_commune-listbox [role=option]'); await page.keyboard.press('ArrowDown'); await page.keyboard.press('Enter'); },
    'dvc-address_street': async () => page.keyboard.type('Số 1 Hoàng Liên'),
    'dvc-attachments': async () => page.setInputFiles('#dvc-attachments', { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test\n%%EOF\n') }),
    'dvc-declaration': async () => page.keyboard.press('Space'),
  };
  for (let i = 0; i < messages.length; i++) {
    // The summary is focusable only while focused (it drops tabindex on blur, as GOV.UK's
    // does): focus it the way the form does.
    await page.evaluate(() => { const s = document.querySelector('.dvc-error-summary'); s.setAttribute('tabindex', '-1'); s.focus(); });
    for (let k = 0; k <= i; k++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), messages[i], 'Tab walks the summary links in order');
    await page.keyboard.press('Enter');
    const landed = await page.evaluate(() => document.activeElement.id);
    assert.ok(fixes[landed], `link ${i + 1} landed on #${landed}`);
    await fixes[landed]();
    const errorId = landed === 'dvc-dob-day' ? 'dvc-dob-error' : `${landed}-error`;
    await page.waitForFunction((id) => !document.getElementById(id), errorId);
  }
  assert.equal(await page.$$eval('.dvc-error-message', (els) => els.length), 0, 'every error cleared as it was fixed');
  await page.focus('#dvc-phone');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.dvc-confirmation');
  assert.equal(await page.textContent('h1'), 'Đã gửi đăng ký');
  assert.doesNotMatch(await page.title(), /^Lỗi/);
  const answers = await page.$$eval('.demo-summary-list__row', (rows) => rows.map((r) => r.textContent));
  assert.ok(answers.includes('Họ và tênHoàng Thị Hoa'));
  assert.ok(answers.includes('Ngày sinh05/02/1990'));
  assert.ok(answers.includes('Số điện thoại di động0912 345 678'));
  assert.ok(answers.includes('Số định danh cá nhân001 090 012 345'));
  assert.ok(answers.includes('Địa chỉ thường trúSố 1 Hoàng Liên, Phường Cam Đường, Tỉnh Lào Cai'), answers.join('\n'));
  assert.ok(answers.includes('Tệp đã đính kèmcan-cuoc.pdf (1 KB)'), answers.join('\n'));
  assert.ok(answers.includes('Nhận tin nhắn về hồ sơKhông đồng ý'), 'consent is never assumed');
  assert.ok(!page.url().includes('Ho%C3%A0ng') && !page.url().includes('0912'), 'no personal data in the address');
  await context.close();
});

test('the ID number is cross-checked with the date of birth and sex, saying which disagrees', async () => {
  const { context, page } = await open(browser, PATH);
  await page.fill('#dvc-dob-day', '1');
  await page.fill('#dvc-dob-month', '1');
  await page.fill('#dvc-dob-year', '1991');
  await page.check('#dvc-sex');
  await page.fill('#dvc-id_number', '001090012345');
  assert.match(await page.textContent('#dvc-id_number-readback'), /001 090 012 345 · nơi đăng ký khai sinh: Thành phố Hà Nội · nam · sinh năm 1990/);
  await page.click('main button[type=submit]:not([name=dvc_communes])');
  await page.waitForSelector('#dvc-id_number-error');
  assert.equal((await page.textContent('#dvc-id_number-error')).replace(/\s+/g, ' ').trim(),
    'Lỗi: Năm sinh trong số định danh cá nhân là 1990, khác với năm sinh 1991 bạn đã nhập. Kiểm tra lại một trong hai');
  await context.close();
});

test('a page the server rendered with errors is enhanced cleanly, focuses its summary and clears fixed errors', async () => {
  // The browser's checks pass; only the server sees that the "PDF" is not one.
  const { context, page, log } = await open(browser, PATH);
  await fillPersonalDetails(page);
  const pick = async (id, text) => { await page.fill(id, text); await page.waitForSelector(`${id}-listbox [role=option]`); await page.keyboard.press('ArrowDown'); await page.keyboard.press('Enter'); };
  await pick('#dvc-address_province', 'lao cai');
  await pick('#dvc-address_commune', 'cam duong');
  await page.fill('#dvc-address_street', 'Số 1 Hoàng Liên');
  await page.setInputFiles('#dvc-attachments', { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
  await page.check('#dvc-declaration');
  const [response] = await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]:not([name=dvc_communes])')]);
  assert.equal(response.status(), 200);
  await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  await page.waitForFunction(() => document.activeElement?.classList.contains('dvc-error-summary'));
  assert.match(await page.title(), /^Lỗi: /);
  assert.equal(await page.inputValue('#dvc-full_name'), 'Hoàng Thị Hoa', 'answers kept as the behaviour starts');
  // The address pickers are comboboxes again, showing the chosen names.
  assert.equal(await page.getAttribute('#dvc-address_province', 'role'), 'combobox');
  // The commune's name comes with its province's list (fetched once the page is interactive).
  await page.waitForFunction(() => document.querySelector('#dvc-address_commune').value === 'Phường Cam Đường');
  // Leaving the summary removes its tabindex (no focus ring on a later click inside it).
  await page.keyboard.press('Tab');
  assert.equal(await page.getAttribute('.dvc-error-summary', 'tabindex'), null);
  // Choosing a real PDF clears the error at once, as in a page that never left the browser.
  await page.setInputFiles('#dvc-attachments', { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test\n%%EOF\n') });
  await page.waitForFunction(() => !document.getElementById('dvc-attachments-error'));
  assert.deepEqual([...log.console, ...log.errors], [], 'no warning or error');
  await context.close();
});
