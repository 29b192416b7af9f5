// The error summary's behaviour in the browser: on the page as it loads (a page the
// server rendered with errors), it takes focus; each link focuses its question's control
// and scrolls the question's legend or label into view, so the question is read in full
// (GOV.UK Frontend's behaviour). A `Form` that finds problems in the page builds the
// summary and starts it here.
import { focusById, mayFocusOnLoad, on } from '../../enhance-dom.js';

/** Starts one summary (`data-dvc-module="error-summary"`). */
export function start(summary) {
  on(summary, 'click', (ev) => {
    const link = ev.target.closest?.('a[href^="#"]');
    if (!link) return;
    ev.preventDefault();
    focusQuestion(link.getAttribute('href').slice(1));
  });
  if (summary.querySelector('li') && mayFocusOnLoad()) focusById(summary.id);
}

/** Focuses the control with `id` and scrolls its legend (or label) to the top. */
export function focusQuestion(id) {
  const input = document.getElementById(id);
  if (!input) return;
  const heading = input.closest('fieldset')?.querySelector('legend')
    ?? document.querySelector(`label[for="${CSS.escape(id)}"]`);
  input.focus();
  heading?.scrollIntoView();
}
