// Commune filter time per keystroke in Chromium: dvc-ui's combobox (JavaScript, search
// without diacritics and by short forms) and GOV.UK's accessible-autocomplete, over the
// same 3,321 communes, typing the same scripted queries one key at a time. For each key:
// from the keydown to the last change of the option list (a MutationObserver), after the
// page has settled. Prints one JSON line: median and p95 per widget, in milliseconds.
import { chromium } from 'playwright-core';

const BASE = process.env.DEMO_URL;
const QUERIES = ['thu duc', 'phuong ba dinh', 'xa ea kly', 'hoa binh', 'cam duong', 'dak', 'tan phu', 'an', 'long bien', 'vinh'];
const ROUNDS = Number(process.env.ROUNDS ?? 3);

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function measure(url, inputSelector, listSelector) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForSelector(inputSelector);
  await page.evaluate(([input, list]) => {
    window.__t = { start: 0, last: 0 };
    document.addEventListener('keydown', () => { window.__t.start = performance.now(); window.__t.last = window.__t.start; }, true);
    new MutationObserver(() => { window.__t.last = performance.now(); })
      .observe(document.querySelector(list)?.parentElement ?? document.body, { childList: true, subtree: true, characterData: true, attributes: true });
  }, [inputSelector, listSelector]);
  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      await page.fill(inputSelector, '');
      await page.focus(inputSelector);
      for (const ch of q) {
        await page.keyboard.type(ch);
        // Let rendering finish (two frames), then read the last list change.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        times.push(await page.evaluate(() => window.__t.last - window.__t.start));
      }
    }
  }
  await page.close();
  times.sort((a, b) => a - b);
  const pick = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { keystrokes: times.length, median_ms: +pick(0.5).toFixed(2), p95_ms: +pick(0.95).toFixed(2) };
}

const ours = await measure(`${BASE}/bench/communes`, '#dvc-bench_commune[role=combobox]', '#dvc-bench_commune-listbox');
const theirs = await measure(`${BASE}/bench/aa.html`, '#commune', '#commune__listbox');
await browser.close();
console.log(JSON.stringify({ dvc_ui: ours, accessible_autocomplete: theirs }));
