// `PaymentStatus`'s behaviour in the browser (`data-dvc-module="payment-status"`, only
// while the payment is pending; the status address in `data-check-url`): the page asks the
// server by itself after 2 seconds, then less and less often (×1.5, at most every 30
// seconds) for 10 minutes; a change is shown and said politely, and "Kiểm tra lại" goes
// once the state is final.
import { localeOf, setAttr, word } from '../../enhance-dom.js';

/** How long the page keeps asking by itself. */
const POLL_FOR_MS = 10 * 60 * 1000;
/** The longest wait between two questions. */
const MAX_DELAY_MS = 30_000;
/** Each state the status address answers with: its title and what happens next. */
const STATES = {
  pending: ['PaymentPending', 'PaymentPendingNext'],
  paid: ['PaymentPaid', 'PaymentPaidNext'],
  failed: ['PaymentFailed', 'PaymentFailedNext'],
  expired: ['PaymentExpired', 'PaymentExpiredNext'],
};

/** Starts one status. */
export function start(root) {
  const url = root.getAttribute('data-check-url');
  if (url) poll(root, url, localeOf(root), 'pending', 2000, 0);
}

/** Asks after `delay` ms, then again less often, until final or 10 minutes have passed. */
function poll(root, url, locale, current, delay, waited) {
  if (waited >= POLL_FOR_MS) return;
  setTimeout(async () => {
    let answer;
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (response.ok) answer = (await response.text()).trim();
    } catch {
      // The network failed: asked again later.
    }
    let now = current;
    if (Object.prototype.hasOwnProperty.call(STATES, answer ?? '') && answer !== current) {
      show(root, locale, answer);
      now = answer;
    }
    if (now === 'pending') poll(root, url, locale, now, Math.min(delay * 1.5, MAX_DELAY_MS), waited + delay);
  }, delay);
}

function show(root, locale, state) {
  const [title, next] = STATES[state].map((key) => word(locale, key));
  root.className = `dvc-payment-status dvc-payment-status--${state}`;
  const put = (selector, text) => {
    const el = root.querySelector(selector);
    if (el) el.textContent = text;
  };
  put('.dvc-payment-status__tag', title);
  put('.dvc-payment-status__explanation', next);
  put('[aria-live]', `${title} ${next}`);
  const again = root.querySelector('.dvc-payment-status__again');
  if (again) setAttr(again, 'hidden', state === 'pending' ? null : '');
}
