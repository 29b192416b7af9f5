// "Đăng ký thường trú" (demo/procedures/dang-ky-thuong-tru.toml) as a citizen goes through
// it in a real browser: signed in at the test identity provider, each page answered,
// submitted. Shared by the service's tests and the dossier's life after submitting.
import assert from 'node:assert/strict';
import { BASE, chooseCommuneWithoutScript, axe } from './browser.mjs';

let browser;
// The browser the helpers open contexts in (the test file launches it).
export function useBrowser(b) { browser = b; }

export const START = '/thu-tuc/dang-ky-thuong-tru';
export const CHECK = `${START}/kiem-tra`;
export const CODE = /^000\.00\.12\.H62-\d{6}-\d{4}$/;
export const PDF = (name = 'so-do.pdf', text = 'test') => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.7 ${text}\n%%EOF\n`) });
export const CONTINUE = 'form#question button[type=submit]:not([name])';
export const SUBMIT = 'form#check button[type=submit]';

// axe needs scripts: pages seen without JavaScript are checked in the runs with it.
export async function axeClean(page, state) {
  if (withoutScripts.has(page)) return;
  assert.deepEqual(await axe(page), [], `axe on ${state}`);
}

export const withoutScripts = new WeakSet();

export const IDP = process.env.IDP_URL ?? 'http://127.0.0.1:3990';

// A fresh browser (its own cookies), with or without JavaScript, signed in at the test
// identity provider as `who`: by default a new test citizen (nobody's drafts yet).
export async function citizen(javaScript = true, who = 'new') {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  if (!javaScript) withoutScripts.add(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const c = { context, page, errors, javaScript };
  c.who = await signIn(c, who);
  return c;
}

// Signs in at the provider (from the sign-in page, or from wherever the page is if it is
// the provider's) as `who`; returns the test citizen's id.
export async function signIn(c, who = 'new') {
  if (!c.page.url().startsWith(IDP)) {
    if (!new URL(c.page.url().startsWith('http') ? c.page.url() : BASE).pathname.startsWith('/dang-nhap')) await c.page.goto(`${BASE}/dang-nhap`);
    await Promise.all([c.page.waitForURL((u) => u.href.startsWith(IDP)), c.page.click('main a.dvc-button--start')]);
  }
  await c.page.check(`input[name=citizen][value="${who}"]`);
  await Promise.all([c.page.waitForURL((u) => u.href.startsWith(BASE)), c.page.click('button[value=login]')]);
  await ready(c);
  // A sign-in that failed lands on its failure page ("/dang-nhap/<why>"): say which.
  assert.ok(!new URL(c.page.url()).pathname.startsWith('/dang-nhap/'), `the sign-in as ${who} failed: ${c.page.url()} ${await h1(c)}`);
  const log = await (await fetch(`${IDP}/stand-in/log`)).json();
  return log.signIns.at(-1).citizen;
}

// What the test identity provider says of a new test citizen "thu-N" (tests/identity/provider.mjs).
export function identityOf(who) {
  const number = `001090${String(100000 + Number(who.replace('thu-', ''))).slice(-6)}`;
  return { name: 'Phạm Văn Thử', birth: '15/01/1990', id: number.replace(/(\d{3})(?=\d)/g, '$1 ') };
}

export async function ready(c) {
  await c.page.waitForSelector('main#main-content h1');
  if (c.javaScript) await c.page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
}

export async function go(c, path) {
  await c.page.goto(BASE + path);
  await ready(c);
}

// The server's session ends while the browser keeps its cookie (as after 15 quiet
// minutes; here the session is signed out on the server and the old cookie put back):
// what is posted with it is kept for this citizen alone.
export async function endSessionOnServer(c) {
  const old = (await c.context.cookies(BASE)).find((k) => k.name === 'dvc_session');
  assert.ok(old, 'signed in');
  const res = await c.context.request.post(`${BASE}/dang-xuat`, { maxRedirects: 0 });
  assert.equal(res.status(), 303);
  await c.context.addCookies([old]);
  // The provider forgets its own session too (its cookies share the host), so it asks who
  // signs in rather than sending the citizen straight back.
  const kept = (await c.context.cookies()).filter((k) => !k.name.startsWith('_session'));
  await c.context.clearCookies();
  await c.context.addCookies(kept);
}

// `action` meets the ended session: the engine keeps what was posted and shows the page
// again saying to sign in, whose way in comes back to where the citizen was. Returns where
// it was to come back to.
export async function signInAgain(c, action) {
  await Promise.all([c.page.waitForNavigation(), action()]);
  await ready(c);
  assert.equal(await h1(c), c.page.url().includes('/en/') ? 'Sign in to continue' : 'Đăng nhập để tiếp tục');
  await axeClean(c.page, 'sign in again');
  const started = c.page.waitForRequest((r) => new URL(r.url()).pathname.endsWith('/dang-nhap/vneid'));
  await Promise.all([c.page.waitForURL((u) => u.href.startsWith(IDP)), c.page.click('main a.dvc-button--start')]);
  const back = new URL((await started).url()).searchParams.get('tiep');
  await signIn(c, c.who);
  return back;
}

// Presses a control that loads another page, and waits for it.
export async function press(c, selector) {
  const [response] = await Promise.all([c.page.waitForNavigation(), c.page.click(selector)]);
  await ready(c);
  return response;
}

export const path = (c) => new URL(c.page.url()).pathname + new URL(c.page.url()).search;
export const h1 = async (c) => (await c.page.textContent('main h1')).trim();

// Answers the page being shown, for a citizen renting their home (`home`: cua-toi,
// nguoi-than, thue-muon). The name, date of birth and number are VNeID's: nothing to type.
export async function answerPage(c, { home = 'thue-muon', street = 'Số 1 Hoàng Liên' } = {}) {
  const p = c.page;
  const slug = new URL(p.url()).pathname.split('/').pop();
  switch (slug) {
    case 'ho-ten': case 'ngay-sinh': case 'so-dinh-danh': break;
    case 'so-dien-thoai': await p.fill('#dvc-so-dien-thoai', '0912345678'); break;
    case 'dia-chi':
      if (c.javaScript) {
        const pick = async (id, text) => { await p.fill(id, text); await p.waitForSelector(`${id}-listbox [role=option]`); await p.keyboard.press('ArrowDown'); await p.keyboard.press('Enter'); };
        await pick('#dvc-dia-chi_province', 'lao cai');
        await pick('#dvc-dia-chi_commune', 'cam duong');
      } else {
        await chooseCommuneWithoutScript(p, 'dia-chi', 'Tỉnh Lào Cai', 'Phường Cam Đường');
      }
      await p.fill('#dvc-dia-chi_street', street);
      break;
    case 'cho-o': await p.check(`input[name=cho-o][value=${home}]`); break;
    case 'chu-so-huu': await p.fill('#dvc-chu-so-huu', 'Lò Văn Páo'); break;
    case 'dong-y': await p.check('input[name=dong-y][value=co]'); break;
    case 'giay-to': await p.setInputFiles('#dvc-giay-to', PDF()); break;
    default: throw new Error(`no answer for ${slug} (${p.url()})`);
  }
}

// From the start page to check answers, answering each page; returns the pages visited.
export async function answerAll(c, options) {
  await go(c, START);
  await press(c, 'main a.dvc-button--start');
  const seen = [];
  while (!c.page.url().endsWith('/kiem-tra')) {
    seen.push(new URL(c.page.url()).pathname);
    assert.ok(seen.length < 12, `stuck at ${c.page.url()}`);
    await answerPage(c, options);
    await press(c, CONTINUE);
  }
  return seen;
}

// From the start page through VNeID's three answers to the phone question.
export async function toPhone(c) {
  await go(c, START);
  await press(c, 'main a.dvc-button--start');
  for (let i = 0; i < 3; i++) await press(c, CONTINUE);
  assert.equal(path(c), `${START}/so-dien-thoai`);
}

export async function submit(c) {
  await c.page.check('#dvc-declaration');
  const response = await press(c, SUBMIT);
  assert.equal(path(c), `${START}/da-nop`);
  return { response, code: (await c.page.textContent('.dvc-confirmation__code')).trim() };
}

