// The character count in a real browser, once enhanced: text that changes without key
// events (dictation software such as Dragon) is counted while the box has focus, and a box
// already over its limit when the page loads says so with the box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => browser?.close());

test('the count follows text changed without key events', async () => {
  const { context, page, log } = await open(browser, '/components/textarea');
  await page.focus('#dvc-t_reason');
  // Dictation sets the value: no keydown, no input event.
  await page.$eval('#dvc-t_reason', (el) => { el.value = 'x'.repeat(205); });
  await page.waitForFunction(() => document.querySelector('#dvc-t_reason-count')?.textContent === 'Bạn đã nhập quá 5 ký tự', null, { timeout: 5000 });
  assert.equal(await page.getAttribute('#dvc-t_reason', 'aria-invalid'), 'true');
  assert.deepEqual([...log.console, ...log.errors], []);
  await context.close();
});

test('a box over its limit as the page loads is described as such', async () => {
  const { context, page } = await open(browser, '/components/textarea', undefined, { javaScript: false });
  assert.equal(await page.getAttribute('#dvc-t_over', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#dvc-t_over', 'aria-describedby'), /dvc-t_over-count/);
  assert.match(await page.textContent('#dvc-t_over-count'), /quá/);
  await context.close();
});
