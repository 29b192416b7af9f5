// Requests per second a server sustains for the one-page form, for `cargo xtask bench`:
// npm autocannon on 127.0.0.1, 50 connections kept alive, a bounded time per target; the
// server's resident memory read from /proc before, at its peak during, and after. Targets:
// the demo's form as a browser asks for it (brotli accepted: the server compresses each
// page), the same without compression, and GOV.UK Frontend's Nunjucks rendering of the same
// form served by Node (govuk-form.mjs, started here). Prints one JSON line.
// Usage: node load.mjs DEMO_URL DEMO_PID [seconds]
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [demoUrl, demoPid, seconds = '10'] = process.argv.slice(2);
const FORM = '/examples/dang-ky-thong-tin-ca-nhan';
const CONNECTIONS = 50;

const megabytes = (pid, field) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))[1]) / 1024;
};

async function load(name, url, pid, headers = {}) {
  const before = megabytes(pid, 'VmRSS');
  let peak = before;
  const watch = setInterval(() => { peak = Math.max(peak, megabytes(pid, 'VmRSS')); }, 100);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: Number(seconds), headers });
  clearInterval(watch);
  await new Promise((ok) => setTimeout(ok, 1000));
  return {
    name, connections: CONNECTIONS, seconds: Number(seconds),
    requests_per_second: Math.round(result.requests.average),
    p50_ms: result.latency.p50, p99_ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    kilobytes_per_response: Math.round(result.throughput.total / Math.max(1, result.requests.total) / 100) / 10,
    rss_before_mb: Math.round(before), rss_peak_mb: Math.round(peak), rss_after_mb: Math.round(megabytes(pid, 'VmRSS')),
  };
}

const govuk = spawn(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'govuk-form.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
try {
  const line = await new Promise((ok, fail) => {
    createInterface({ input: govuk.stdout }).once('line', ok);
    govuk.once('exit', (code) => fail(new Error(`govuk-form.mjs stopped (${code})`)));
  });
  const govukUrl = line.match(/http:\/\/\S+/)[0];
  const rows = [
    await load('dvc-ui demo, brotli (as a browser asks)', demoUrl + FORM, demoPid, { 'accept-encoding': 'br, gzip' }),
    await load('dvc-ui demo, uncompressed', demoUrl + FORM, demoPid),
    await load('GOV.UK Frontend, Nunjucks on Node http, uncompressed', govukUrl, govuk.pid),
  ];
  console.log(JSON.stringify(rows));
} finally {
  govuk.kill();
}
