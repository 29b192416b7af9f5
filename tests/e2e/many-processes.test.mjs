// Two demo server processes on two ports sharing one PostgreSQL (DVC_E2E_POSTGRES: a
// database on the server `cargo xtask test` starts from Debian's packages), as a portal runs
// behind a load balancer with no sticky sessions. One browser goes back and forth between
// them: signs in on the first, answers on the second, reloads on the first; the first is
// killed (SIGKILL) half-way and the second finishes with every answer: one dossier code.
// A payment started on the second is settled by the gateway's IPN there and read on the
// first. With and without JavaScript. And one process on the embedded SQLite file,
// killed and started again: nothing lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startDemo, chooseCommuneWithoutScript, fillRegistration } from './browser.mjs';

const DB = process.env.DVC_E2E_POSTGRES;
const IDP = process.env.IDP_URL ?? 'http://127.0.0.1:3990';
const GATEWAY = process.env.GATEWAY_URL;
const START = '/thu-tuc/cap-ban-sao-trich-luc-khai-sinh';
const CONTINUE = 'form#question button[type=submit]:not([name])';
const CODE = /^000\.00\.12\.H62-\d{6}-\d{4}$/;

// Each process as the run's own server is set: the same test identity provider.
const SETTINGS = {
  DVC_DATABASE_URL: DB,
  DVC_OIDC_ISSUER: IDP,
  DVC_OIDC_CLIENT_ID: process.env.DVC_OIDC_CLIENT_ID ?? 'dvc-demo',
  DVC_OIDC_CLIENT_SECRET: process.env.DVC_OIDC_CLIENT_SECRET ?? 'dvc-demo-secret-not-for-real-use',
};

let browser;
before(async () => {
  assert.ok(DB, 'DVC_E2E_POSTGRES names the shared database (cargo xtask test sets it)');
  browser = await launch();
});
after(async () => browser?.close());

const path = (page) => new URL(page.url()).pathname;

async function ready(page, javaScript) {
  await page.waitForSelector('main#main-content h1');
  if (javaScript) await page.waitForFunction(() => !document.querySelector('script[data-dvc-boot]') || document.documentElement.dataset.dvcEnhanced === 'true', null, { timeout: 30000 });
}

async function go(page, url, javaScript) {
  await page.goto(url, { waitUntil: 'load' });
  await ready(page, javaScript);
}

async function press(page, javaScript, selector = CONTINUE) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
  await ready(page, javaScript);
}

async function choosePlace(page, javaScript, prefix) {
  if (javaScript) {
    const pick = async (id, text) => { await page.fill(id, text); await page.waitForSelector(`${id}-listbox [role=option]`); await page.keyboard.press('ArrowDown'); await page.keyboard.press('Enter'); };
    await pick(`#dvc-${prefix}_province`, 'lao cai');
    await pick(`#dvc-${prefix}_commune`, 'cam duong');
  } else {
    await chooseCommuneWithoutScript(page, prefix, 'Tỉnh Lào Cai', 'Phường Cam Đường');
  }
}

for (const javaScript of [true, false]) {
  test(`two processes, one database, ${javaScript ? 'with' : 'without'} JavaScript: signed in on one, answered on the other, the first killed half-way, one dossier`, async () => {
    const one = await startDemo(SETTINGS);
    const two = await startDemo(SETTINGS);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    try {
      // Signed in through the first.
      await go(page, one.base + START, javaScript);
      await Promise.all([page.waitForURL((u) => u.href.startsWith(IDP)), page.click('main a.dvc-button--start')]);
      await page.check('input[name=citizen][value="new"]');
      await Promise.all([page.waitForURL((u) => u.href.startsWith(one.base)), page.click('button[value=login]')]);
      await ready(page, javaScript);
      assert.equal(path(page), `${START}/cho-ai`);
      // The second knows the session: the same question, no sign-in asked.
      await go(page, `${two.base}${START}/cho-ai`, javaScript);
      assert.equal(path(page), `${START}/cho-ai`, 'signed in on the second too');
      assert.equal(await page.$$eval('form[action*="dang-xuat"], form[action*="sign-out"], header button', (b) => b.length > 0), true, 'the header says who is signed in');
      await page.check('input[name=cho-ai][value=ban-than]');
      await press(page, javaScript);
      assert.equal(path(page), `${START}/ho-ten`);
      assert.match(await page.textContent('main'), /Phạm Văn Thử/, 'what the identity vouched for, on the second');
      await press(page, javaScript);
      await press(page, javaScript);
      assert.equal(path(page), `${START}/noi-dang-ky`);
      // Reloaded on the first: the answers the second kept.
      await go(page, `${one.base}${START}/cho-ai`, javaScript);
      assert.equal(await page.isChecked('input[name=cho-ai][value=ban-than]'), true, 'the first reads what the second kept');
      await go(page, `${one.base}${START}/noi-dang-ky`, javaScript);
      await choosePlace(page, javaScript, 'noi-dang-ky');
      await press(page, javaScript);
      assert.equal(path(page), `${START}/so-ban`);
      await page.fill('#dvc-so-ban', '2');
      // The first dies half-way (no shutdown, no flush); the citizen carries on on the second.
      process.kill(one.pid, 'SIGKILL');
      await go(page, `${two.base}${START}/so-ban`, javaScript);
      await page.fill('#dvc-so-ban', '2');
      await press(page, javaScript);
      await page.check('input[name=nhan-ket-qua][value=tai-noi-nop]');
      await press(page, javaScript);
      assert.equal(path(page), `${START}/ghi-chu`);
      await press(page, javaScript);
      assert.equal(path(page), `${START}/kiem-tra`);
      const main = await page.textContent('main');
      for (const said of ['Phạm Văn Thử', 'Phường Cam Đường', '2']) assert.ok(main.includes(said), `check answers has ${said}: ${main}`);
      await page.check('input[name=declaration]');
      await press(page, javaScript, 'main form button[type=submit]:not([name])');
      assert.equal(path(page), `${START}/da-nop`);
      const code = (await page.textContent('main')).match(/000\.00\.12\.H62-\d{6}-\d{4}/)?.[0];
      assert.match(code ?? '', CODE);
      // Submitted again on the second (a replayed post): the same dossier.
      await go(page, `${two.base}${START}`, javaScript);
      assert.ok((await page.textContent('main')).includes(code), 'the start page shows the one dossier sent');
    } finally {
      await context.close();
      one.stop();
      two.stop();
    }
  });
}

test('a payment started on one process is settled by the IPN there and read on the other', async () => {
  const one = await startDemo(SETTINGS);
  const two = await startDemo(SETTINGS);
  const FLOW = '/examples/dang-ky-thong-tin-ca-nhan';
  const pdf = { name: 'can-cuoc.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test\n%%EOF\n') };
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    // Sent through the first; its confirmation read on the second.
    await page.goto(one.base + FLOW);
    await fillRegistration(page, pdf);
    await Promise.all([page.waitForNavigation(), page.click('main form button[type=submit]:visible')]);
    const reference = (await page.textContent('.dvc-confirmation__code')).trim();
    await page.goto(`${two.base}${FLOW}/da-gui`);
    assert.equal((await page.textContent('.dvc-confirmation__code')).trim(), reference, 'the second has the confirmation');
    // The fee chosen on the second: the gateway's IPN goes to the second.
    await Promise.all([page.waitForNavigation(), page.click('main a.dvc-button')]);
    await page.check('input[name=payment_method][value=gateway]');
    await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('main form button[type=submit]:visible')]);
    await Promise.all([page.waitForURL(`${two.base}${FLOW}/thanh-toan`), page.click('button[value=pay]')]);
    const log = await (await fetch(`${GATEWAY}/stand-in/log`)).json();
    const ipn = log.ipns.filter((n) => n.txn_ref.startsWith(reference)).at(-1);
    assert.equal(ipn?.answer?.RspCode, '00', 'the second settled it');
    // Read on the first: paid, as the second's IPN settled it.
    await page.goto(`${one.base}${FLOW}/thanh-toan`);
    assert.equal((await page.textContent('.dvc-payment-status__tag')).trim(), 'Đã thanh toán');
    const status = await context.request.get(`${one.base}/thanh-toan/${ipn.txn_ref}/trang-thai`);
    assert.equal(await status.text(), 'paid');
  } finally {
    await context.close();
    one.stop();
    two.stop();
  }
});

test('a restart on the embedded SQLite loses nothing: still signed in, every answer there', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'dvc-restart-')), 'dvc.sqlite');
  const settings = { ...SETTINGS, DVC_DATABASE_URL: `sqlite://${file}` };
  let server = await startDemo(settings);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await go(page, server.base + START, false);
    await Promise.all([page.waitForURL((u) => u.href.startsWith(IDP)), page.click('main a.dvc-button--start')]);
    await page.check('input[name=citizen][value="new"]');
    await Promise.all([page.waitForURL((u) => u.href.startsWith(server.base)), page.click('button[value=login]')]);
    await ready(page, false);
    await page.check('input[name=cho-ai][value=ban-than]');
    await press(page, false);
    assert.equal(path(page), `${START}/ho-ten`);
    // Stopped at once (a crash, a deployment) and started again on the same file.
    process.kill(server.pid, 'SIGKILL');
    server = await startDemo(settings);
    await go(page, `${server.base}${START}/cho-ai`, false);
    assert.equal(path(page), `${START}/cho-ai`);
    assert.equal(await page.isChecked('input[name=cho-ai][value=ban-than]'), true, 'the answer survived the restart, and the session too (no sign-in asked)');
    await press(page, false);
    assert.match(await page.textContent('main'), /Phạm Văn Thử/);
  } finally {
    await context.close();
    server.stop();
  }
});
