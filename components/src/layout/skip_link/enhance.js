// The skip link's behaviour in the browser: followed, it focuses its target, which is
// focusable (`tabindex="-1"`) only while it has focus, so a later click inside the main
// content draws no focus ring around all of it (GOV.UK Frontend's skip link).
import { focusById, on } from '../../enhance-dom.js';

/** Starts one skip link (`a[data-dvc-module="skip-link"]`). */
export function start(link) {
  const href = link.getAttribute('href') ?? '';
  if (!href.startsWith('#')) return;
  // The browser follows the link as well: the address gets its fragment, the page
  // scrolls, and the target, focusable now, keeps the focus.
  on(link, 'click', () => focusById(href.slice(1)));
}
