// What the procedure engine sustains with every citizen's state in the database, for
// `cargo xtask bench`: a question page of "Cấp bản sao trích lục khai sinh" for a signed-in
// citizen (GET, 200) and a valid answer to it (POST, 303: the draft saved, the next page
// named), at 50 connections kept alive split over the target's processes (one autocannon
// per process, run together), for a bounded time; the processes' resident memory from /proc
// before, at the peak during, and after. Then 100,000 anonymous requests (a procedure's start
// page, a sign-in start, a post without a session) and the memory after them.
// The citizen signs in once with Chromium at the test identity provider; the session is in
// the database, so every process of a target knows it.
// Usage: node engine-load.mjs SECONDS '[{"name":…,"servers":[{"url":…,"pid":…},…]},…]'
// Prints one JSON line: a row per target and load.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [seconds = '10', targetsJson = '[]'] = process.argv.slice(2);
const targets = JSON.parse(targetsJson);
const START = '/thu-tuc/cap-ban-sao-trich-luc-khai-sinh';
const QUESTION = `${START}/cho-ai`;
const CONNECTIONS = 50;
const ANONYMOUS = 100_000;

const megabytes = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/^VmRSS:\s+(\d+) kB/m)[1]) / 1024;
};
const rss = (servers) => servers.reduce((sum, s) => sum + megabytes(s.pid), 0);

async function signIn(base) {
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(base + START);
    await Promise.all([page.waitForURL((u) => !u.href.startsWith(base)), page.click('main a.dvc-button--start')]);
    await page.check('input[name=citizen][value="new"]');
    await Promise.all([page.waitForURL((u) => u.href.startsWith(base)), page.click('button[value=login]')]);
    const session = (await context.cookies()).find((c) => c.name.endsWith('dvc_session'));
    if (!session) throw new Error(`no session after signing in at ${base}`);
    return `${session.name}=${session.value}`;
  } finally {
    await browser.close();
  }
}

// One load on every process of `servers` at once; `ok(result)`: the responses expected.
async function load(servers, options, ok) {
  const before = rss(servers);
  let peak = before;
  const watch = setInterval(() => { peak = Math.max(peak, rss(servers)); }, 100);
  const per = Math.floor(CONNECTIONS / servers.length);
  const { wrong, ...asked } = options;
  const results = await Promise.all(servers.map((s) => autocannon({ connections: per, ...asked, url: s.url + options.path })));
  clearInterval(watch);
  await new Promise((done) => setTimeout(done, 1000));
  const total = (f) => results.reduce((sum, r) => sum + f(r), 0);
  const requests = total((r) => r.requests.total);
  return {
    requests_per_second: Math.round(total((r) => r.requests.average)),
    p50_ms: Math.max(...results.map((r) => r.latency.p50)),
    p99_ms: Math.max(...results.map((r) => r.latency.p99)),
    errors: total((r) => r.errors + r.timeouts + r.mismatches) + (requests - total(ok)) + (options.wrong?.() ?? 0),
    rss_before_mb: Math.round(before), rss_peak_mb: Math.round(peak), rss_after_mb: Math.round(rss(servers)),
    requests,
  };
}

const rows = [];
for (const target of targets) {
  const cookie = await signIn(target.servers[0].url);
  const headers = { cookie };
  const duration = Number(seconds);
  // The question itself, not the page asking to sign in (also a 200 at that address).
  const get = await load(target.servers, { path: QUESTION, duration, headers, verifyBody: (body) => body.includes('name="cho-ai"') }, (r) => r['2xx']);
  rows.push({ name: target.name, load: 'question page, signed in (GET 200)', ...get });
  // Saved and sent on to the next question (not to a sign-in).
  let elsewhere = 0;
  const post = await load(target.servers, {
    path: QUESTION, duration,
    requests: [{
      method: 'POST', path: QUESTION,
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'dvc_form=question&cho-ai=ban-than',
      onResponse: (status, body, context, h) => { if (!String(h.location ?? '').endsWith(`${START}/ho-ten`)) elsewhere += 1; },
    }],
    wrong: () => elsewhere,
  }, (r) => r['3xx']);
  rows.push({ name: target.name, load: 'a valid answer (POST 303, saved)', ...post });
  // Anonymous: pages, sign-in starts, posts without a session, 100,000 in all.
  const third = Math.ceil(ANONYMOUS / 3 / target.servers.length);
  const anonymous = [
    await load(target.servers, { path: START, amount: third }, (r) => r['2xx']),
    await load(target.servers, { path: `/dang-nhap/vneid?muc=2&tiep=${encodeURIComponent(QUESTION)}`, amount: third }, (r) => r['3xx']),
    await load(target.servers, {
      path: QUESTION, amount: third, method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'dvc_form=question&cho-ai=ban-than',
    }, (r) => r['3xx'] + r['2xx']),
  ];
  rows.push({
    name: target.name, load: `${ANONYMOUS.toLocaleString('en')} anonymous requests`,
    requests_per_second: Math.round(anonymous.reduce((s, a) => s + a.requests_per_second, 0) / 3),
    p50_ms: Math.max(...anonymous.map((a) => a.p50_ms)), p99_ms: Math.max(...anonymous.map((a) => a.p99_ms)),
    errors: anonymous.reduce((s, a) => s + a.errors, 0),
    rss_before_mb: anonymous[0].rss_before_mb, rss_peak_mb: Math.max(...anonymous.map((a) => a.rss_peak_mb)), rss_after_mb: anonymous[2].rss_after_mb,
    requests: anonymous.reduce((s, a) => s + a.requests, 0),
  });
}
console.log(JSON.stringify(rows));
