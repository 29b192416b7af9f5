// Every page reachable from the demo's navigation (found by crawling, so new pages are
// covered without editing this file; in Vietnamese and in English) must: have zero axe-core violations for WCAG 2.0/2.1/2.2
// A and AA; not scroll sideways at 320×640; log no console error or warning; request
// nothing from another origin; and let the keyboard reach every focusable element with a
// visible focus indicator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, tab, crawl, axe } from './browser.mjs';

let browser;
let pages = [];
before(async () => {
  browser = await launch();
  pages = await crawl(browser);
});
after(async () => browser?.close());

test('the crawl finds the home page and every component page, in both languages', () => {
  assert.ok(pages.length >= 4, `only found ${pages.join(', ')}`);
  for (const p of ['/components/text-input', '/en', '/en/components/text-input', '/en/examples/dang-ky-thong-tin-ca-nhan']) {
    assert.ok(pages.includes(p), p);
  }
  const english = pages.filter((p) => p === '/en' || p.startsWith('/en/'));
  assert.equal(english.length * 2, pages.length, 'each page has its English address');
});

const FOCUSABLE = 'a[href], summary, button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

// Marks every element the keyboard should reach with data-e2e-stop="N" and returns how
// many: visible focusable elements, with a radio group counted once (its checked radio, or
// its first one when none is checked), as browsers make a radio group one Tab stop.
function markTabStops(selector) {
  // checkVisibility() also knows content skipped by a closed <details> (content-visibility).
  const visible = (el) => el.getClientRects().length > 0 && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  const seenGroups = new Set();
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (!visible(el)) continue;
    if (el.type === 'radio') {
      const group = `${el.form?.id ?? ''}|${el.name}`;
      const radios = [...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].filter((r) => r.form === el.form && visible(r));
      const stop = radios.find((r) => r.checked) ?? radios[0];
      if (el !== stop || seenGroups.has(group)) continue;
      seenGroups.add(group);
    }
    el.dataset.e2eStop = String(n++);
  }
  return n;
}

// Three pages at a time (each in a tab of its own context; Playwright keeps every page
// focused, so their Tab presses do not meet): the run spends much of its time waiting on one
// page. A tab is kept for the next page (a new context costs about as much as a page).
const tabs = [];
test('every page passes axe, reflow, console, origin and keyboard checks', { concurrency: 3 }, async (t) => {
  await Promise.all(pages.map((path) =>
    t.test(`page ${path}`, async (t) => {
      const kept = tabs.pop() ?? await tab(browser);
      await kept.page.setViewportSize(kept.viewport);
      await kept.visit(path);
      const { page, log } = kept;

      await t.test('zero axe-core violations (wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)', async () => {
        assert.deepEqual(await axe(page), []);
      });

      await t.test('every focusable element is reached by Tab and shows a visible focus', async () => {
        const total = await page.evaluate(`(${markTabStops})(${JSON.stringify(FOCUSABLE)})`);
        const visited = new Map();
        // A page may load with focus inside it (an error summary takes focus, as GOV.UK's
        // does). The walk starts at the top all the same, from a mark put before the first
        // element of the body: Tab then runs once to the end and leaves the document. (Not by
        // Tab's wrapping round: on a busy machine the walk may read the focus before the
        // browser has brought it back from its own window to the page's first stop.)
        await page.evaluate(() => {
          const start = document.createElement('span');
          start.id = 'e2e-walk-start';
          start.tabIndex = -1;
          document.body.prepend(start);
          start.focus();
        });
        // Tab also walks through the controls of a framed example (a whole-page example in a
        // frame of its own page: each Tab there is one more press, not a stop of this page).
        const framed = await page.evaluate((selector) => [...document.querySelectorAll('iframe')]
          .reduce((n, f) => n + (f.contentDocument?.querySelectorAll(selector).length ?? 0), 0), FOCUSABLE);
        for (let i = 0; i < total + framed + 4; i++) {
          await page.keyboard.press('Tab');
          const step = await page.evaluate(() => {
            const el = document.activeElement;
            const s = getComputedStyle(el);
            return { idx: el.dataset.e2eStop === undefined ? -1 : Number(el.dataset.e2eStop),
              style: `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}|${s.backgroundColor}`,
              what: el.outerHTML.slice(0, 80) };
          });
          if (visited.has(step.idx)) break;
          if (step.idx < 0) {
            if (step.what.startsWith('<body')) break;
            continue;
          }
          visited.set(step.idx, step);
        }
        await page.evaluate(() => {
          document.activeElement?.blur();
          document.getElementById('e2e-walk-start')?.remove();
        });
        const unfocused = await page.$$eval('[data-e2e-stop]', (els) => {
          const out = [];
          for (const el of els) {
            const s = getComputedStyle(el);
            out[Number(el.dataset.e2eStop)] = `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}|${s.backgroundColor}`;
          }
          return out;
        });
        const missed = [];
        for (let i = 0; i < total; i++) if (!visited.has(i)) missed.push(i);
        // One the page hid while the walk ran is no stop any more (a pending payment's status
        // that settled meanwhile: its "Kiểm tra lại" goes, by design).
        const missedWhat = await page.$$eval('[data-e2e-stop]', (els, m) => els
          .filter((e) => m.includes(Number(e.dataset.e2eStop)) && e.checkVisibility({ visibilityProperty: true }))
          .map((e) => e.outerHTML.slice(0, 120)), missed);
        assert.deepEqual(missedWhat, [], `not reachable by Tab: ${missed.length} of ${total}`);
        const invisible = [...visited.values()].filter((v) => v.style === unfocused[v.idx]).map((v) => v.what);
        assert.deepEqual(invisible, [], 'no visible change on focus');
      });

      await t.test('no horizontal scroll at 320×640', async () => {
        await page.setViewportSize({ width: 320, height: 640 });
        const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
      });

      await t.test('no console error or warning, no request to another origin', () => {
        assert.deepEqual([...log.console, ...log.errors], []);
        const foreign = log.requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== new URL(BASE).origin);
        assert.deepEqual(foreign, []);
      });

      tabs.push(kept);
    })));
  await Promise.all(tabs.map((kept) => kept.context.close()));
});
