// A procedure run from its file by the kit's engine, end to end: "Cấp bản sao trích lục khai
// sinh" (demo/procedures/), listed at /thu-tuc. Signing in at the file's level from its start
// page and coming back to its first question; the name and date of birth from the identity
// for "myself"; a place on the 2025 map; copies as a whole number with its limits; the
// delivery address asked only by post; check answers with the fee from the answers and
// change links that come back; the declaration; one dossier code. With and without
// JavaScript, in Vietnamese and in English; axe-clean on every page and state; few Tab stops
// before the question (a service's layout, not the gallery's); hostile text shown as text;
// a reload keeps every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, chooseCommuneWithoutScript, axe } from './browser.mjs';
import { payTheFee } from './procedure-fee.mjs';

const START = '/thu-tuc/cap-ban-sao-trich-luc-khai-sinh';
const CODE = /^000\.00\.12\.H62-\d{6}-\d{4}$/;
const IDP = process.env.IDP_URL ?? 'http://127.0.0.1:3990';
const CONTINUE = 'form#question button[type=submit]:not([name])';
const HOSTILE = '<img src=x onerror=alert(1)> javascript:alert(1)';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

async function axeClean(c, state) {
  if (!c.javaScript) return;
  assert.deepEqual(await axe(c.page), [], `axe on ${state}`);
}

async function ready(c) {
  await c.page.waitForSelector('main#main-content h1');
  if (c.javaScript) await c.page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
}

const path = (c) => new URL(c.page.url()).pathname + new URL(c.page.url()).search;
const h1 = async (c) => (await c.page.textContent('main h1')).trim();

async function browserFor(javaScript) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, errors, javaScript };
}

async function press(c, selector) {
  await Promise.all([c.page.waitForNavigation(), c.page.click(selector)]);
  await ready(c);
}

// A submit the page refuses: with JavaScript the browser says so without a round trip; without,
// the server answers with the page again.
async function refused(c, selector) {
  if (c.javaScript) {
    await c.page.click(selector);
    await c.page.waitForSelector('.dvc-error-summary', { state: 'visible' });
  } else {
    await press(c, selector);
  }
}

// "Bắt đầu" on the start page: the provider (a new test citizen), then the first question.
async function startSignedIn(c, lang = '') {
  await c.page.goto(`${BASE}${lang}${START}`);
  await ready(c);
  await axeClean(c, 'the start page');
  await Promise.all([c.page.waitForURL((u) => u.href.startsWith(IDP)), c.page.click('main a.dvc-button--start')]);
  await c.page.check('input[name=citizen][value="new"]');
  await Promise.all([c.page.waitForURL((u) => u.href.startsWith(BASE)), c.page.click('button[value=login]')]);
  await ready(c);
  assert.equal(path(c), `${lang}${START}/cho-ai`, 'back at the first question once signed in');
}

async function choosePlace(c, prefix) {
  const p = c.page;
  if (c.javaScript) {
    const pick = async (id, text) => { await p.fill(id, text); await p.waitForSelector(`${id}-listbox [role=option]`); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter'); };
    await pick(`#dvc-${prefix}_province`, 'lao cai');
    await pick(`#dvc-${prefix}_commune`, 'cam duong');
  } else {
    await chooseCommuneWithoutScript(p, prefix, 'Tỉnh Lào Cai', 'Phường Cam Đường');
  }
}

for (const javaScript of [true, false]) {
  test(`the birth extract, for myself, by post, ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
    const c = await browserFor(javaScript);
    const p = c.page;
    await startSignedIn(c);
    await axeClean(c, 'who is it for');
    // Nothing chosen: the error, on the page again.
    await refused(c, CONTINUE);
    assert.equal(path(c), `${START}/cho-ai`);
    assert.match(await p.title(), /^Lỗi: /);
    assert.ok(await p.isVisible('.dvc-error-summary'));
    await axeClean(c, 'who is it for, with its error');
    await p.check('input[name=cho-ai][value=ban-than]');
    await press(c, CONTINUE);
    // For myself: the name and date of birth are the identity's, read-only.
    assert.equal(path(c), `${START}/ho-ten`);
    assert.match(await p.textContent('main'), /Phạm Văn Thử/);
    assert.equal(await p.$$eval('main input:not([type=hidden])', (i) => i.length), 0, 'nothing to type');
    await axeClean(c, 'a question the identity answered');
    assert.equal(await p.getAttribute('main a.dvc-back-link', 'href'), `${START}/cho-ai`);
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/ngay-sinh`);
    assert.match(await p.textContent('main'), /15\/01\/1990/);
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/noi-dang-ky`);
    await axeClean(c, 'the place of registration');
    await choosePlace(c, 'noi-dang-ky');
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/so-ban`);
    await p.fill('#dvc-so-ban', '11');
    await refused(c, CONTINUE);
    assert.match(await p.textContent('.dvc-error-summary'), /10/);
    assert.equal(await p.inputValue('#dvc-so-ban'), '11', 'what was typed stays');
    await p.fill('#dvc-so-ban', '3');
    await press(c, CONTINUE);
    await p.check('input[name=nhan-ket-qua][value=buu-dien]');
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/dia-chi-nhan`);
    await axeClean(c, 'the delivery address');
    await choosePlace(c, 'dia-chi-nhan');
    await p.fill('#dvc-dia-chi-nhan_street', 'Số 1 Hoàng Liên');
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/ghi-chu`);
    await p.fill('#dvc-ghi-chu', HOSTILE);
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/kiem-tra`);
    await axeClean(c, 'check answers');
    const main = await p.textContent('main');
    assert.ok(main.includes(HOSTILE), 'hostile text shown as text');
    assert.equal(await p.$$eval('main img', (i) => i.length), 0);
    assert.ok(main.includes('Phạm Văn Thử') && main.includes('Phường Cam Đường'), main);
    assert.match(main, /49\.000\s₫/, 'three copies and the postage');
    assert.equal(await p.$$eval(`main a[href="${START}/ho-ten?quay-ve=kiem-tra"]`, (a) => a.length), 0, 'no "Thay đổi" for what VNeID gave');
    // A change comes back to check answers.
    await press(c, `main a[href="${START}/so-ban?quay-ve=kiem-tra"]`);
    assert.equal(await p.getAttribute('main a.dvc-back-link', 'href'), `${START}/kiem-tra`);
    await p.fill('#dvc-so-ban', '2');
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/kiem-tra`);
    assert.match(await p.textContent('main'), /41\.000\s₫/);
    await p.reload();
    await ready(c);
    assert.match(await p.textContent('main'), /41\.000\s₫/, 'a reload keeps every answer');
    // The declaration, then one code.
    await refused(c, 'form#check button[type=submit]');
    await axeClean(c, 'check answers without the declaration');
    await p.check('#dvc-declaration');
    await press(c, 'form#check button[type=submit]');
    assert.equal(path(c), `${START}/da-nop`);
    await axeClean(c, 'the confirmation');
    const code = (await p.textContent('.dvc-confirmation__code')).trim();
    assert.match(code, CODE);
    // Going back to a question of a submitted dossier leads to its confirmation.
    await p.goto(`${BASE}${START}/so-ban`);
    await ready(c);
    assert.equal(path(c), `${START}/da-nop`);
    assert.equal((await p.textContent('.dvc-confirmation__code')).trim(), code);
    await payTheFee(c, { start: START, code, total: 41000, words: 'Bốn mươi mốt nghìn đồng', payer: 'Phạm Văn Thử', axeClean: (state) => axeClean(c, state) });
    assert.deepEqual(c.errors, []);
    await c.context.close();
  });
}

test('in English, "Save and come back later" keeps what was typed, and the start page offers to carry on', async () => {
  const c = await browserFor(true);
  const p = c.page;
  await startSignedIn(c, '/en');
  assert.equal(await h1(c), 'Who is the copy for?');
  await p.check('input[name=cho-ai][value=con]');
  await press(c, CONTINUE);
  assert.equal(await h1(c), "What is your child's full name?");
  assert.equal(await p.inputValue('#dvc-ho-ten'), '', "not the parent's name");
  await p.fill('#dvc-ho-ten', 'Phạm Thị');
  await press(c, 'form#question button[name=dvc_action][value=save]');
  assert.equal(path(c), `/en${START}/da-luu`);
  await axeClean(c, 'saved');
  await press(c, 'main a.dvc-button');
  assert.equal(path(c), `/en${START}/ho-ten`);
  assert.equal(await p.inputValue('#dvc-ho-ten'), 'Phạm Thị');
  await p.goto(`${BASE}/en${START}`);
  await ready(c);
  assert.match(await p.textContent('main'), /You have a dossier in progress/);
  await press(c, 'main a.dvc-button--start');
  assert.equal(path(c), `/en${START}/ho-ten`);
  assert.deepEqual(c.errors, []);
  await c.context.close();
});

test('a question page is a service page: few Tab stops before the question, no gallery navigation', async (t) => {
  const c = await browserFor(true);
  await startSignedIn(c);
  const p = c.page;
  assert.equal(await p.$$eval('nav.demo-nav', (n) => n.length), 0);
  let stops = 0;
  for (; stops < 20; stops++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate(() => document.activeElement?.name === 'cho-ai')) break;
  }
  t.diagnostic(`${stops} Tab stops before the first answer`);
  assert.ok(stops <= 7, `${stops} Tab stops before the first answer`);
  await c.context.close();
});

test('the list of procedures links each one, in both languages', async () => {
  const c = await browserFor(false);
  for (const lang of ['', '/en']) {
    await c.page.goto(`${BASE}${lang}/thu-tuc`);
    assert.equal(await c.page.getAttribute(`main a[href="${lang}${START}"]`, 'href'), `${lang}${START}`);
  }
  await c.context.close();
});

// "Thông báo lưu trú": a repeating group of guests (GOV.UK's "add another"), added, changed
// and removed, with and without JavaScript.
const STAY = '/thu-tuc/thong-bao-luu-tru';
for (const [javaScript, lang] of [[false, ''], [true, ''], [true, '/en']]) {
  test(`a stay with its guests listed, ${javaScript ? 'with' : 'without'} JavaScript${lang ? ', in English' : ''}`, async () => {
    const say = (vi, en) => (lang ? en : vi);
    const c = await browserFor(javaScript);
    const p = c.page;
    await p.goto(`${BASE}${lang}${STAY}`);
    await ready(c);
    await Promise.all([p.waitForURL((u) => u.href.startsWith(IDP)), p.click('main a.dvc-button--start')]);
    await p.check('input[name=citizen][value="new"]');
    await Promise.all([p.waitForURL((u) => u.href.startsWith(BASE)), p.click('button[value=login]')]);
    await ready(c);
    assert.equal(path(c), `${lang}${STAY}/noi-luu-tru`);
    await choosePlace(c, 'noi-luu-tru');
    await p.fill('#dvc-noi-luu-tru_street', 'Số 1 Hoàng Liên');
    await press(c, CONTINUE);
    assert.equal(path(c), `${lang}${STAY}/khach/them`, 'the first guest straight away');
    await axeClean(c, 'a guest');
    const guest = async (name, day) => {
      await p.fill('#dvc-ho-ten', name);
      await p.fill('#dvc-ngay-sinh-day', day);
      await p.fill('#dvc-ngay-sinh-month', '2');
      await p.fill('#dvc-ngay-sinh-year', '1990');
      await press(c, CONTINUE);
    };
    await guest('Nguyễn Văn An', '1');
    assert.equal(path(c), `${lang}${STAY}/khach`);
    await axeClean(c, 'the list of guests');
    assert.match(await p.textContent('main dl'), /Nguyễn Văn An, 01\/02\/1990/);
    await refused(c, 'form#group button[type=submit]');
    await axeClean(c, 'the list, "add another?" unanswered');
    await p.check('input[name=them-nua][value=co]');
    await press(c, 'form#group button[type=submit]');
    await guest('Trần Thị Bình', '3');
    assert.equal(await p.$$eval('main dl .dvc-check-answers__row', (r) => r.length), 2);
    // Remove the first: a button of its own form, named for the guest.
    assert.equal((await p.textContent('form#group-items button[value=remove-1]')).trim(), say('Xoá Khách 1', 'Remove Guest 1'));
    await press(c, 'form#group-items button[value=remove-1]');
    assert.deepEqual(await p.$$eval('main dl dd.dvc-check-answers__answer', (d) => d.map((x) => x.textContent.trim())), ['Trần Thị Bình, 03/02/1990']);
    await p.check('input[name=them-nua][value=khong]');
    await press(c, 'form#group button[type=submit]');
    assert.equal(path(c), `${lang}${STAY}/tu-ngay`);
    await p.fill('#dvc-tu-ngay-day', '5');
    await p.fill('#dvc-tu-ngay-month', '12');
    await p.fill('#dvc-tu-ngay-year', '2026');
    await press(c, CONTINUE);
    await p.fill('#dvc-so-dem', '2');
    await press(c, CONTINUE);
    await p.check('input[name=ly-do][value=than-nhan]');
    await press(c, CONTINUE);
    assert.equal(path(c), `${lang}${STAY}/kiem-tra`);
    assert.match(await p.textContent('main'), new RegExp(`${say('Khách', 'Guest')} 1\\s*Trần Thị Bình, 03/02/1990`));
    await p.check('#dvc-declaration');
    await press(c, 'form#check button[type=submit]');
    assert.equal(path(c), `${lang}${STAY}/da-nop`);
    assert.match((await p.textContent('.dvc-confirmation__code')).trim(), CODE);
    assert.deepEqual(c.errors, []);
    await c.context.close();
  });
}

test('what is typed after the session ended is kept: signing in again brings the citizen back to it', async () => {
  const c = await browserFor(false);
  const p = c.page;
  await startSignedIn(c);
  const who = (await (await fetch(`${IDP}/stand-in/log`)).json()).signIns.at(-1).citizen;
  await p.check('input[name=cho-ai][value=con]');
  await press(c, CONTINUE);
  await p.fill('#dvc-ho-ten', 'Phạm Bé Na');
  // The session ends on the server (as after quiet minutes); the browser still has its cookie.
  const old = (await c.context.cookies(BASE)).find((k) => k.name === 'dvc_session');
  const res = await c.context.request.post(`${BASE}/dang-xuat`, { maxRedirects: 0 });
  assert.equal(res.status(), 303);
  await c.context.addCookies([old]);
  // The provider forgets its own session too (its cookies share the host), so it asks who
  // signs in rather than signing in the test's last choice again.
  const kept = (await c.context.cookies()).filter((k) => !k.name.startsWith('_session'));
  await c.context.clearCookies();
  await c.context.addCookies(kept);
  // "Tiếp tục": the page again, saying to sign in (what was typed is kept), then the way in.
  await press(c, CONTINUE);
  assert.equal(path(c), `${START}/ho-ten`);
  assert.equal(await h1(c), 'Đăng nhập để tiếp tục');
  await Promise.all([p.waitForURL((u) => u.href.startsWith(IDP)), p.click('main a.dvc-button--start')]);
  await p.check(`input[name=citizen][value="${who}"]`);
  await Promise.all([p.waitForURL((u) => u.href.startsWith(BASE)), p.click('button[value=login]')]);
  await ready(c);
  assert.equal(path(c), `${START}/ho-ten`);
  assert.equal(await p.inputValue('#dvc-ho-ten'), 'Phạm Bé Na');
  await c.context.close();
});

for (const javaScript of [false, true]) {
  test(`for someone else: the authorisation is uploaded, kept on the server, listed and removed, ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
    const c = await browserFor(javaScript);
    const p = c.page;
    await startSignedIn(c);
    await p.check('input[name=cho-ai][value=nguoi-khac]');
    await p.fill('#dvc-quan-he', 'Cháu');
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/giay-uy-quyen`);
    await axeClean(c, 'a files question');
    await p.setInputFiles('#dvc-giay-uy-quyen', { name: 'uy-quyen.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 test\n%%EOF\n') });
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/ho-ten`, 'someone else: the name is asked, not from VNeID');
    assert.equal(await p.inputValue('#dvc-ho-ten'), '');
    await press(c, 'main a.dvc-back-link');
    assert.equal(path(c), `${START}/giay-uy-quyen`);
    assert.match(await p.textContent('form#kept-files'), /uy-quyen\.pdf/);
    await axeClean(c, 'a files question with a kept file');
    // Kept: "Tiếp tục" without another file goes on.
    await press(c, CONTINUE);
    assert.equal(path(c), `${START}/ho-ten`);
    await press(c, 'main a.dvc-back-link');
    await press(c, 'form#kept-files button[name=dvc_action]');
    assert.equal(await p.$$eval('form#kept-files', (f) => f.length), 0, 'removed');
    await refused(c, CONTINUE);
    assert.deepEqual(c.errors, []);
    await c.context.close();
  });
}

// The keyboard alone: Tab to each control, Space to choose, type, Enter to go on.
async function tabTo(c, selector) {
  for (let i = 0; i < 60; i++) {
    await c.page.keyboard.press('Tab');
    if (await c.page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector} on ${c.page.url()}`);
}

async function enter(c) {
  await Promise.all([c.page.waitForNavigation(), c.page.keyboard.press('Enter')]);
  await ready(c);
}

test('the birth extract with the keyboard alone', async () => {
  const c = await browserFor(true);
  const p = c.page;
  await startSignedIn(c);
  await tabTo(c, 'input[name=cho-ai]');
  await p.keyboard.press('Space');
  await enter(c);
  assert.equal(path(c), `${START}/ho-ten`);
  for (const next of ['ngay-sinh', 'noi-dang-ky']) {
    await tabTo(c, CONTINUE);
    await enter(c);
    assert.equal(path(c), `${START}/${next}`);
  }
  for (const [box, text] of [['#dvc-noi-dang-ky_province', 'lao cai'], ['#dvc-noi-dang-ky_commune', 'cam duong']]) {
    await tabTo(c, box);
    await p.keyboard.type(text);
    await p.waitForSelector(`${box}-listbox [role=option]`);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('Enter');
  }
  await tabTo(c, CONTINUE);
  await enter(c);
  assert.equal(path(c), `${START}/so-ban`);
  await tabTo(c, '#dvc-so-ban');
  await p.keyboard.type('2');
  await enter(c);
  assert.equal(path(c), `${START}/nhan-ket-qua`);
  await tabTo(c, 'input[name=nhan-ket-qua]');
  await p.keyboard.press('Space');
  await enter(c);
  assert.equal(path(c), `${START}/ghi-chu`);
  await tabTo(c, CONTINUE);
  await enter(c);
  assert.equal(path(c), `${START}/kiem-tra`);
  await tabTo(c, '#dvc-declaration');
  await p.keyboard.press('Space');
  await tabTo(c, 'form#check button[type=submit]');
  await enter(c);
  assert.equal(path(c), `${START}/da-nop`);
  assert.match((await p.textContent('.dvc-confirmation__code')).trim(), CODE);
  assert.deepEqual(c.errors, []);
  await c.context.close();
});
