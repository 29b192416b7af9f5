// "Đăng ký thường trú" (demo/procedures/dang-ky-thuong-tru.toml), run by the kit's procedure
// engine, end to end: one question per page with the question as the h1 and a back link to
// the previous question, what VNeID vouches for shown read-only, branching on who owns the
// home (and an exit page when the owner has not agreed), files kept on the server, check
// answers with change links that come back, one dossier code however often it is submitted,
// "Lưu và tiếp tục sau", a network cut while submitting, hostile answers shown as text, the
// session ending while typing. With and without JavaScript; axe-clean on every page and
// state of the flow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch } from './browser.mjs';
import { payTheFee } from './procedure-fee.mjs';
import { useBrowser, START, CHECK, CODE, PDF, CONTINUE, SUBMIT, axeClean, withoutScripts, IDP, citizen, signIn, identityOf, ready, go, endSessionOnServer, signInAgain, press, path, h1, answerPage, answerAll, toPhone, submit } from './residence.mjs';

let browser;
before(async () => { browser = await launch(); useBrowser(browser); });
after(async () => browser?.close());

for (const javaScript of [true, false]) {
  const how = javaScript ? 'with JavaScript' : 'without JavaScript';

  test(`the whole service ${how}: one question per page, back links, branching, check answers, one code`, async () => {
    const c = await citizen(javaScript);
    const seen = await answerAll(c, { home: 'thue-muon' });
    assert.deepEqual(seen.map((p) => p.split('/').pop()), ['ho-ten', 'ngay-sinh', 'so-dinh-danh', 'so-dien-thoai', 'dia-chi', 'cho-o', 'chu-so-huu', 'dong-y', 'giay-to'],
      'VNeID\'s answers shown in turn; a rented home asks for the owner and their agreement');
    await axeClean(c.page, `check answers ${how}`);
    const rows = await c.page.$$eval('.dvc-check-answers__row', (rs) => rs.map((r) => [r.querySelector('dt').textContent, r.querySelector('.dvc-check-answers__answer').innerText]));
    const me = identityOf(c.who);
    assert.deepEqual(rows.slice(0, 8), [
      ['Họ và tên', me.name],
      ['Ngày sinh', me.birth],
      ['Số định danh cá nhân', me.id],
      ['Số điện thoại di động', '0912 345 678'],
      ['Địa chỉ thường trú', 'Số 1 Hoàng Liên, Phường Cam Đường, Tỉnh Lào Cai'],
      ['Chỗ ở thuộc về', 'Nhà thuê, mượn hoặc ở nhờ'],
      ['Chủ hộ hoặc chủ sở hữu', 'Lò Văn Páo'],
      ['Chủ hộ đồng ý', 'Đã đồng ý'],
    ], 'every answer, formatted');
    assert.equal(rows.length, 9);
    assert.equal(rows[8][0], 'Giấy tờ chứng minh chỗ ở');
    assert.match(rows[8][1], /so-do\.pdf/);
    // The back link of check answers is the last question; of the first question, the start page.
    assert.equal(await c.page.getAttribute('main a.dvc-back-link', 'href'), `${START}/giay-to`);
    const { code } = await submit(c);
    assert.match(code, CODE);
    await axeClean(c.page, `confirmation ${how}`);
    // Submitting again (the browser's history, a replayed post): the same dossier.
    await go(c, CHECK);
    await c.page.goBack().catch(() => {});
    const again = await c.context.request.post(BASE + CHECK, { form: { dvc_form: 'check', declaration: 'yes' }, maxRedirects: 0 });
    assert.equal(again.status(), 303);
    assert.equal(again.headers().location, `${START}/da-nop`);
    await go(c, `${START}/da-nop`);
    assert.equal((await c.page.textContent('.dvc-confirmation__code')).trim(), code, 'the same code');
    // The fee follows, paid (VietQR read back, then the gateway), and its receipt.
    await payTheFee(c, { start: START, code, total: 10000, words: 'Mười nghìn đồng', payer: me.name, axeClean: (state) => axeClean(c.page, `${state} ${how}`) });
    assert.deepEqual(c.errors, []);
    // Signed out (a shared computer): the payment pages and the back button show nothing of
    // the dossier, though the browser had its receipt.
    await Promise.all([c.page.waitForURL((u) => u.href.startsWith(IDP)), c.page.click('header .dvc-signed-in__button')]);
    await Promise.all([c.page.waitForURL(`${BASE}/da-dang-xuat`), c.page.click('button[name=logout]')]);
    await c.page.goBack();
    await c.page.waitForLoadState('load');
    const personal = (text, where) => {
      assert.ok(!text.includes(code), `${where} names the dossier after sign-out`);
      assert.ok(!text.includes(me.name), `${where} names the citizen after sign-out`);
    };
    personal(await c.page.textContent('body'), 'the page the back button shows');
    for (const p of ['da-nop', 'nop-phi', 'thanh-toan', 'bien-lai', 'chuyen-khoan', 'kiem-tra']) {
      await c.page.goto(`${BASE}${START}/${p}`);
      personal(await c.page.textContent('body'), p);
    }
    assert.deepEqual((await c.context.cookies(BASE)).filter((k) => ['dvc_receipt', 'dvc_thu_tuc', 'dvc_session'].includes(k.name)), [], 'no personal cookie left');
    await c.context.close();
  });
}

test('the back link goes to the previous question of the route taken, and answers come back on every page after a reload', async () => {
  const c = await citizen(true);
  await go(c, START);
  await press(c, 'main a.dvc-button--start');
  assert.equal(await h1(c), 'Họ và tên của bạn là gì?', 'the question is the h1');
  assert.equal(await c.page.$$eval('main input:not([type=hidden])', (i) => i.length), 0, 'VNeID answered it: read-only');
  assert.equal(await c.page.getAttribute('main a.dvc-back-link', 'href'), START);
  await axeClean(c.page, 'first question, answered by VNeID');
  for (let i = 0; i < 6; i++) {
    await answerPage(c, { home: 'cua-toi' });
    await press(c, CONTINUE);
  }
  assert.equal(new URL(c.page.url()).pathname, `${START}/giay-to`, 'own home: no owner question');
  assert.equal(await c.page.getAttribute('main a.dvc-back-link', 'href'), `${START}/cho-o`);
  // Back through every page: each answer is there, also after a reload.
  const expected = { 'cho-o': ['input[name=cho-o][value=cua-toi]', null], 'dia-chi': ['#dvc-dia-chi_street', 'Số 1 Hoàng Liên'], 'so-dien-thoai': ['#dvc-so-dien-thoai', '0912345678'] };
  for (const slug of ['cho-o', 'dia-chi', 'so-dien-thoai']) {
    await press(c, 'main a.dvc-back-link');
    assert.equal(new URL(c.page.url()).pathname, `${START}/${slug}`);
    await c.page.reload();
    await ready(c);
    const [selector, value] = expected[slug];
    if (value === null) assert.ok(await c.page.isChecked(selector), slug);
    else assert.equal(await c.page.inputValue(selector), value, slug);
    await axeClean(c.page, `${slug} with its answer`);
  }
  for (const slug of ['so-dinh-danh', 'ngay-sinh', 'ho-ten']) {
    await press(c, 'main a.dvc-back-link');
    assert.equal(new URL(c.page.url()).pathname, `${START}/${slug}`);
  }
  assert.equal(await c.page.getAttribute('main a.dvc-back-link', 'href'), START, 'the first question goes back to the start page');
  assert.deepEqual(c.errors, [], 'enhanced every page without an error');
  await c.context.close();
});

test('a change from check answers comes back to it; a change that opens a branch asks its question first', async () => {
  const c = await citizen(true);
  await answerAll(c, { home: 'cua-toi' });
  await press(c, 'a[href$="/so-dien-thoai?quay-ve=kiem-tra"]');
  assert.equal(await c.page.getAttribute('main a.dvc-back-link', 'href'), CHECK, 'back goes to check answers');
  await c.page.fill('#dvc-so-dien-thoai', '0987 654 321');
  await press(c, CONTINUE);
  assert.equal(path(c), CHECK);
  assert.ok((await c.page.textContent('.dvc-check-answers')).includes('0987 654 321'));
  await press(c, 'a[href$="/cho-o?quay-ve=kiem-tra"]');
  await c.page.check('input[name=cho-o][value=nguoi-than]');
  await press(c, CONTINUE);
  assert.equal(path(c), `${START}/chu-so-huu?quay-ve=kiem-tra`, 'the new branch first');
  await answerPage(c);
  await press(c, CONTINUE);
  assert.equal(path(c), `${START}/dong-y?quay-ve=kiem-tra`, 'then its second question');
  // Not agreed yet: the exit page says why and what to do; nothing can be submitted.
  await c.page.check('input[name=dong-y][value=chua]');
  await press(c, CONTINUE);
  assert.equal(new URL(c.page.url()).pathname, `${START}/can-dong-y`);
  assert.match(await c.page.textContent('main'), /đề nghị chủ hộ hoặc chủ sở hữu đồng ý/);
  assert.equal(await c.page.locator(SUBMIT).count(), 0);
  await axeClean(c.page, 'the exit page');
  await go(c, `${START}/dong-y?quay-ve=kiem-tra`);
  await answerPage(c);
  await press(c, CONTINUE);
  // The exit took the proof off the route (its answer dropped); its file is still kept.
  assert.equal(path(c), `${START}/giay-to?quay-ve=kiem-tra`);
  assert.deepEqual(await c.page.$$eval('form#kept-files dt', (d) => d.map((x) => x.textContent)), ['so-do.pdf']);
  await press(c, CONTINUE);
  assert.equal(path(c), CHECK);
  assert.ok((await c.page.textContent('.dvc-check-answers')).includes('Lò Văn Páo'));
  await c.context.close();
});

test('errors come back on the question page with the answer kept, without JavaScript too', async () => {
  const c = await citizen(false);
  await answerAll(c, { home: 'cua-toi' });
  await go(c, `${START}/so-dien-thoai`);
  await c.page.fill('#dvc-so-dien-thoai', '12345');
  const response = await press(c, CONTINUE);
  assert.equal(response.status(), 200);
  assert.match(await c.page.title(), /^Lỗi: /);
  assert.equal(await c.page.inputValue('#dvc-so-dien-thoai'), '12345');
  assert.ok(await c.page.isVisible('.dvc-error-summary'));
  await c.context.close();
  // With JavaScript the browser finds the same problem first; the page stays axe-clean.
  const js = await citizen(true);
  await answerAll(js, { home: 'cua-toi' });
  await go(js, `${START}/so-dien-thoai`);
  await js.page.fill('#dvc-so-dien-thoai', '12345');
  await js.page.click(CONTINUE);
  await js.page.waitForFunction(() => document.activeElement?.classList.contains('dvc-error-summary'));
  assert.equal(path(js), `${START}/so-dien-thoai`, 'not sent');
  await axeClean(js.page, 'a question with an error');
  await js.context.close();
});

test('files are kept on the server: listed after a reload, never asked again, one removed by its own button', async () => {
  const c = await citizen(true);
  await answerAll(c, { home: 'cua-toi' });
  await go(c, `${START}/giay-to`);
  const names = async () => c.page.$$eval('form#kept-files dt', (dts) => dts.map((d) => d.textContent));
  assert.deepEqual(await names(), ['so-do.pdf']);
  await c.page.setInputFiles('#dvc-giay-to', [PDF('hop-dong.pdf', 'a'), PDF('<img src=x onerror=alert(1)>.pdf', 'b')]);
  await press(c, CONTINUE);
  assert.equal(path(c), CHECK);
  await go(c, `${START}/giay-to`);
  assert.deepEqual(await names(), ['so-do.pdf', 'hop-dong.pdf', '<img src=x onerror=alert(1)>.pdf'], 'a hostile file name is text');
  assert.equal(await c.page.$$eval('main img', (i) => i.length), 0);
  assert.equal(await c.page.locator('#dvc-giay-to').count(), 0, 'three files: no room for more');
  await axeClean(c.page, 'three files kept');
  await press(c, 'form#kept-files button[value^="remove-"] >> nth=1');
  assert.deepEqual(await names(), ['so-do.pdf', '<img src=x onerror=alert(1)>.pdf'], 'only that file went');
  await c.context.close();
});

test('"Lưu và tiếp tục sau" saves what is on the page unchecked, says until when, and brings the citizen back there', async () => {
  const c = await citizen(true);
  await go(c, START);
  await press(c, 'main a.dvc-button--start');
  for (let i = 0; i < 4; i++) {
    await answerPage(c);
    await press(c, CONTINUE);
  }
  assert.equal(new URL(c.page.url()).pathname, `${START}/dia-chi`);
  await c.page.fill('#dvc-dia-chi_street', 'Số 1');
  await press(c, 'form#question button[name=dvc_action][value=save]');
  assert.equal(path(c), `${START}/da-luu`);
  const inThirtyDays = new Date(Date.now() + 30 * 86400e3 + 7 * 3600e3).toISOString().slice(0, 10).split('-').reverse().join('/');
  assert.ok((await c.page.textContent('main')).includes(inThirtyDays), `kept until ${inThirtyDays}`);
  await axeClean(c.page, 'saved');
  // Days later, a new tab: the start page offers to continue where they stopped.
  const tab = await c.context.newPage();
  await tab.goto(BASE + START);
  assert.ok((await tab.textContent('main')).includes(inThirtyDays));
  await Promise.all([tab.waitForNavigation(), tab.click('main a.dvc-button--start')]);
  assert.equal(new URL(tab.url()).pathname, `${START}/dia-chi`);
  assert.equal(await tab.inputValue('#dvc-dia-chi_street'), 'Số 1', 'what was typed, even not yet complete');
  await tab.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  await tab.click(CONTINUE);
  await tab.waitForFunction(() => document.title.startsWith('Lỗi: '));
  assert.equal(new URL(tab.url()).pathname, `${START}/dia-chi`, 'checked when continuing');
  await c.context.close();
});

test('with JavaScript, a network cut while submitting: the page keeps everything and says so, sends again by itself, then by "Thử lại"; one dossier', async () => {
  const c = await citizen(true);
  await answerAll(c, { home: 'cua-toi' });
  await c.page.check('#dvc-declaration');
  // The first post and the three tries by themselves are lost on the network.
  let lost = 4;
  const tries = [];
  await c.page.route('**/kiem-tra', (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    tries.push(Date.now());
    return lost-- > 0 ? route.abort('internetdisconnected') : route.continue();
  });
  await c.page.click(SUBMIT);
  const said = () => c.page.textContent('.dvc-form__not-sent[role=alert]');
  await c.page.waitForSelector('.dvc-form__not-sent[role=alert]');
  assert.match(await said(), /^Chưa gửi được: mất kết nối mạng\. Những gì bạn đã điền vẫn còn nguyên trên trang này\. Đang tự gửi lại…$/);
  assert.equal(path(c), CHECK, 'still on the page');
  assert.ok(await c.page.isChecked('#dvc-declaration'), 'with what was ticked');
  await c.page.waitForSelector('.dvc-form__not-sent button', { timeout: 40000 });
  assert.equal(tries.length, 4, 'sent once, then three times by itself');
  const gaps = tries.slice(1).map((t, i) => t - tries[i]);
  gaps.forEach((gap, i) => assert.ok(gap >= 2000 * 2 ** i - 50, `waits 2, 4, 8 s between tries: ${gaps}`));
  assert.match(await said(), /Vẫn chưa gửi được.*bấm “Thử lại”/);
  assert.ok((await c.page.textContent('.dvc-check-answers')).includes('Số 1 Hoàng Liên'), 'every answer still there');
  await axeClean(c.page, 'not sent');
  // The network is back: "Thử lại" sends it once more; one dossier.
  await press(c, '.dvc-form__not-sent button');
  assert.equal(path(c), `${START}/da-nop`);
  assert.equal(tries.length, 5);
  const code = (await c.page.textContent('.dvc-confirmation__code')).trim();
  assert.match(code, CODE);
  const second = await c.context.request.post(BASE + CHECK, { form: { dvc_form: 'check', declaration: 'yes' } });
  assert.ok((await second.text()).includes(code), 'a second tab\'s submit shows the same dossier');
  assert.deepEqual(c.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await c.context.close();
});

test('without JavaScript, a network cut while submitting loses nothing; the browser\'s resubmission gives one dossier', async () => {
  const c = await citizen(false);
  await answerAll(c, { home: 'cua-toi' });
  await c.page.check('#dvc-declaration');
  let cut = 0;
  await c.page.route('**/kiem-tra', (route) => (route.request().method() === 'POST' && cut++ === 0 ? route.abort('internetdisconnected') : route.continue()));
  await c.page.click(SUBMIT).catch(() => {});
  await c.page.waitForTimeout(500);
  await go(c, CHECK);
  assert.ok((await c.page.textContent('.dvc-check-answers')).includes('Số 1 Hoàng Liên'), 'every answer still there');
  const { code } = await submit(c);
  assert.match(code, CODE);
  const second = await c.context.request.post(BASE + CHECK, { form: { dvc_form: 'check', declaration: 'yes' } });
  assert.ok((await second.text()).includes(code), 'a second tab\'s submit shows the same dossier');
  await c.context.close();
});

test('hostile answers are shown back as text on every page that shows them', async () => {
  const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "javascript:alert(3)", '\u202eabc\u202c', '😀 Nguyễn Ánh', 'a\u0301\u0323'];
  for (const street of hostile) {
    const c = await citizen(false);
    await answerAll(c, { home: 'cua-toi', street });
    const shown = (await c.page.$$eval('.dvc-check-answers__answer', (dds) => dds.map((d) => d.textContent)))[4];
    assert.ok(shown.startsWith(street), `${JSON.stringify(street)} shown as typed: ${JSON.stringify(shown)}`);
    assert.equal(await c.page.$$eval('main img, main script', (e) => e.length), 0);
    await go(c, `${START}/dia-chi`);
    assert.equal(await c.page.inputValue('#dvc-dia-chi_street'), street);
    await c.context.close();
  }
  // 10,000 characters: refused with its own message, and kept in the box.
  const c = await citizen(false);
  await answerAll(c, { home: 'nguoi-than' });
  await go(c, `${START}/dia-chi`);
  await c.page.fill('#dvc-dia-chi_street', 'x'.repeat(10_000));
  await press(c, CONTINUE);
  assert.match(await c.page.textContent('.dvc-error-summary'), /200/);
  assert.equal((await c.page.inputValue('#dvc-dia-chi_street')).length, 10_000);
  // The other text answers (the phone, the owner's name): each string comes back in its box
  // as typed, with the page's errors, never as markup.
  for (const [slug, box] of [['so-dien-thoai', '#dvc-so-dien-thoai'], ['chu-so-huu', '#dvc-chu-so-huu']]) {
    for (const text of hostile) {
      await go(c, `${START}/${slug}`);
      await c.page.fill(box, text);
      await press(c, CONTINUE);
      if (path(c) === `${START}/${slug}`) {
        assert.match(await c.page.title(), /^Lỗi: /, `${JSON.stringify(text)} in ${box}: the page again, with its errors`);
      } else {
        // Taken as an answer (one letter with its marks is a name): shown back as typed.
        await go(c, `${START}/${slug}`);
      }
      assert.equal((await c.page.inputValue(box)).normalize('NFC'), text.normalize('NFC'), `${JSON.stringify(text)} kept in ${box}`);
      assert.equal(await c.page.$$eval('main img, main script', (e) => e.length), 0);
    }
  }
  await c.context.close();
});

test('what VNeID vouched for is read-only: not asked, no change link, and a forged post changes nothing', async () => {
  const c = await citizen(false);
  const me = identityOf(c.who);
  await answerAll(c, { home: 'cua-toi' });
  const rows = await c.page.$$eval('.dvc-check-answers__row', (rs) => rs.map((r) => [r.querySelector('dt').textContent, !!r.querySelector('.dvc-check-answers__action a')]));
  assert.deepEqual(rows.slice(0, 4), [['Họ và tên', false], ['Ngày sinh', false], ['Số định danh cá nhân', false], ['Số điện thoại di động', true]]);
  assert.match(await c.page.textContent('main'), /định danh điện tử \(VNeID\)/);
  // Opened by its address, a question VNeID answered shows its answer, nothing to type.
  for (const slug of ['ho-ten', 'ngay-sinh', 'so-dinh-danh']) {
    await go(c, `${START}/${slug}`);
    assert.equal(path(c), `${START}/${slug}`);
    assert.equal(await c.page.$$eval('main input:not([type=hidden])', (i) => i.length), 0, `${slug} is not asked`);
  }
  // A post made by hand to that page: the server keeps what VNeID said.
  const forged = await c.context.request.post(`${BASE}${START}/ho-ten`, { form: { dvc_form: 'question', 'ho-ten': 'Kẻ Giả Mạo', 'so-dinh-danh': '079185000123' }, maxRedirects: 0 });
  assert.equal(forged.status(), 303);
  await go(c, CHECK);
  const text = await c.page.textContent('.dvc-check-answers');
  assert.ok(text.includes(me.name) && text.includes(me.id) && !text.includes('Kẻ Giả Mạo') && !text.includes('079 185'), text);
  const { code } = await submit(c);
  assert.match(code, CODE);
  await c.context.close();
});

test('with JavaScript, what is typed is kept on the server before "Tiếp tục": a closed tab or leaving the page loses nothing', async () => {
  const c = await citizen(true);
  await go(c, START);
  for (let i = 0; i < 3; i++) await press(c, i === 0 ? 'main a.dvc-button--start' : CONTINUE);
  await press(c, CONTINUE);
  assert.equal(path(c), `${START}/so-dien-thoai`);
  // A pause in typing: the answers go to the server in the background (never files or passwords).
  const sent = c.page.waitForRequest((r) => r.method() === 'POST' && (r.postData() ?? '').includes('dvc_action=autosave'));
  await c.page.fill('#dvc-so-dien-thoai', '0912 345 678');
  const beacon = await sent;
  assert.ok(beacon.postData().includes('so-dien-thoai=0912+345+678'), beacon.postData());
  await c.page.waitForTimeout(300);
  await c.page.close();
  // The tab was closed without "Tiếp tục": a new one finds the answer.
  const tab = await c.context.newPage();
  await tab.goto(BASE + START);
  await Promise.all([tab.waitForNavigation(), tab.click('main a.dvc-button--start')]);
  assert.equal(new URL(tab.url()).pathname, `${START}/so-dien-thoai`, 'back where they were');
  assert.equal(await tab.inputValue('#dvc-so-dien-thoai'), '0912 345 678');
  // Leaving the page right after typing (no pause): sent as the page goes.
  await tab.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true');
  await tab.fill('#dvc-so-dien-thoai', '0987 654 321');
  await Promise.all([tab.waitForNavigation(), tab.click('main a.dvc-back-link')]);
  await tab.waitForTimeout(500);
  await tab.goto(BASE + `${START}/so-dien-thoai`);
  assert.equal(await tab.inputValue('#dvc-so-dien-thoai'), '0987 654 321');
  await c.context.close();
});

test('sign-out half-way, then sign-in (here or on another device) comes back to every answer; nobody else sees them', async () => {
  const c = await citizen(true);
  await go(c, START);
  for (let i = 0; i < 3; i++) await press(c, i === 0 ? 'main a.dvc-button--start' : CONTINUE);
  await press(c, CONTINUE);
  assert.equal(path(c), `${START}/so-dien-thoai`, 'the first question to type (VNeID answered the others)');
  await c.page.fill('#dvc-so-dien-thoai', '0912 345 678');
  await press(c, CONTINUE);
  assert.equal(path(c), `${START}/dia-chi`);
  // Sign out (here and at VNeID).
  await Promise.all([c.page.waitForURL((u) => u.href.startsWith(IDP)), c.page.click('header .dvc-signed-in__button')]);
  await Promise.all([c.page.waitForURL(`${BASE}/da-dang-xuat`), c.page.click('button[name=logout]')]);
  // A shared computer: the service's pages now ask to sign in; another citizen finds nothing of theirs.
  await c.page.goto(BASE + `${START}/so-dien-thoai`);
  assert.equal(await h1(c), 'Đăng nhập để tiếp tục', 'signed out: the question asks to sign in');
  assert.equal(await c.page.locator('#dvc-so-dien-thoai').count(), 0);
  await Promise.all([c.page.waitForURL((u) => u.href.startsWith(IDP)), c.page.click('main a.dvc-button--start')]);
  const other = await signIn(c, 'new');
  assert.notEqual(other, c.who);
  await go(c, START);
  assert.equal((await c.page.textContent('main a.dvc-button--start')).trim(), 'Bắt đầu', 'no draft for the other citizen');
  await go(c, `${START}/so-dien-thoai`);
  assert.equal(await c.page.inputValue('#dvc-so-dien-thoai'), '', 'nothing of the first citizen\'s');
  await c.context.close();
  // The first citizen, on another device: back to the question they were on, answers kept.
  const again = await citizen(true, c.who);
  await go(again, START);
  assert.equal((await again.page.textContent('main a.dvc-button--start')).trim(), 'Tiếp tục hồ sơ');
  await press(again, 'main a.dvc-button--start');
  assert.equal(path(again), `${START}/dia-chi`);
  await go(again, `${START}/so-dien-thoai`);
  assert.equal(await again.page.inputValue('#dvc-so-dien-thoai'), '0912 345 678');
  await again.context.close();
});

for (const javaScript of [true, false]) {
  test(`a session that ends while typing: the next "Tiếp tục" keeps the answer, asks to sign in, and comes back to it ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
    const c = await citizen(javaScript);
    await toPhone(c);
    await c.page.fill('#dvc-so-dien-thoai', '0912 345 678');
    // The server's session ends (as after 15 quiet minutes): its cookie no longer names one.
    await endSessionOnServer(c);
    assert.equal(await signInAgain(c, () => c.page.click(CONTINUE)), `${START}/so-dien-thoai`);
    assert.equal(path(c), `${START}/so-dien-thoai`, 'back on the page they were on');
    assert.equal(await c.page.inputValue('#dvc-so-dien-thoai'), '0912 345 678', 'with what they typed');
    await c.context.close();
  });
}

test('a session that ends before "Xem xã, phường…" (no JavaScript): the province and street typed are kept through signing in again', async () => {
  const c = await citizen(false);
  await toPhone(c);
  await answerPage(c);
  await press(c, CONTINUE);
  assert.equal(path(c), `${START}/dia-chi`);
  await c.page.selectOption('#dvc-dia-chi_province', { label: 'Tỉnh Lào Cai' });
  await c.page.fill('#dvc-dia-chi_street', 'Số 1 Hoàng Liên');
  await endSessionOnServer(c);
  assert.equal(await signInAgain(c, () => c.page.click('button[name=dvc_communes]')), `${START}/dia-chi`, 'asked to sign in again, not shown the question');
  assert.equal(path(c), `${START}/dia-chi`, 'back on the address question');
  assert.equal(await c.page.inputValue('#dvc-dia-chi_province'), '15');
  assert.equal(await c.page.inputValue('#dvc-dia-chi_street'), 'Số 1 Hoàng Liên');
  await c.page.selectOption('#dvc-dia-chi_commune', { label: 'Phường Cam Đường' });
  await c.context.close();
});

test('a session that ends before the language switch is followed: the answer typed is kept through signing in again, in the other language', async () => {
  const c = await citizen(true);
  await toPhone(c);
  await c.page.fill('#dvc-so-dien-thoai', '0912 345 678');
  await endSessionOnServer(c);
  assert.equal(await signInAgain(c, () => c.page.click('.dvc-language-switch a[hreflang=en]')), `/en${START}/so-dien-thoai`, 'asked to sign in again, not shown the question');
  assert.equal(path(c), `/en${START}/so-dien-thoai`, 'back on the question, in English');
  assert.equal(await c.page.inputValue('#dvc-so-dien-thoai'), '0912 345 678', 'with what they typed');
  await c.context.close();
});

test('the whole service by keyboard alone, Enter to continue', async () => {
  const c = await citizen(true);
  const p = c.page;
  // Tab until `selector` has focus: proves the keyboard reaches it, in page order.
  const tabTo = async (selector) => {
    for (let i = 0; i < 80; i++) {
      await p.keyboard.press('Tab');
      if (await p.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    }
    assert.fail(`Tab never reached ${selector} on ${p.url()}`);
  };
  const enter = async () => { await Promise.all([p.waitForNavigation(), p.keyboard.press('Enter')]); await ready(c); };
  const typeInto = async (selector, text) => { await tabTo(selector); await p.keyboard.type(text); };
  await go(c, START);
  await tabTo('main a.dvc-button--start');
  await enter();
  for (let i = 0; i < 3; i++) { await tabTo(CONTINUE); await enter(); } // VNeID's answers, read
  await typeInto('#dvc-so-dien-thoai', '0912345678'); await enter();
  await typeInto('#dvc-dia-chi_province', 'lao cai'); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter');
  await typeInto('#dvc-dia-chi_commune', 'cam duong'); await p.waitForSelector('#dvc-dia-chi_commune-listbox [role=option]'); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter');
  await typeInto('#dvc-dia-chi_street', 'Số 1 Hoàng Liên'); await enter();
  await tabTo('input[name=cho-o]'); await p.keyboard.press('Space'); // the first: my own home
  await tabTo(CONTINUE); await enter();
  assert.equal(new URL(p.url()).pathname, `${START}/giay-to`);
  await tabTo('#dvc-giay-to');
  // Space opens the browser's file chooser (Enter too: tried when a loaded machine let
  // Space's chooser go unseen once).
  const choose = async (key, timeout) => (await Promise.all([p.waitForEvent('filechooser', { timeout }), p.keyboard.press(key)]))[0];
  const chooser = await choose('Space', 10000).catch(() => choose('Enter', 30000));
  await chooser.setFiles(PDF());
  await tabTo(CONTINUE); await enter();
  assert.equal(path(c), CHECK);
  await tabTo('#dvc-declaration'); await p.keyboard.press('Space');
  await tabTo(SUBMIT); await enter();
  assert.match((await p.textContent('.dvc-confirmation__code')).trim(), CODE);
  assert.deepEqual(c.errors, []);
  await c.context.close();
});
