// The kit's behaviour in the browser, started from the markup (GOV.UK Frontend's way): a
// component that has a behaviour marks its root `data-dvc-module="<name>"` and renders
// everything the behaviour needs, settings in `data-` attributes; `enhance(root)` finds the
// marked elements under a root and starts each behaviour once. Each behaviour lives in its
// component's folder as `enhance.js`; `cargo xtask build` bundles them with this file into
// `pkg/dvc-enhance.js` (one minified ES module, content-hashed, for every page).
//
// Owns the table of the behaviours written in JavaScript and the "started once" mark, which
// it shares with the WebAssembly half (`enhance.rs`, the behaviours that use `dvc-rules`).
import { asPageStarts } from './enhance-dom.js';
import { start as skipLink } from './layout/skip_link/enhance.js';
import { start as notificationBanner } from './content/notification_banner/enhance.js';
import { start as choices } from './form/choice/enhance.js';
import { start as vietqr } from './payment/vietqr_panel/enhance.js';
import { start as print } from './payment/payment_receipt/enhance.js';
import { start as sessionTimeout } from './identity/session_timeout/enhance.js';
import { start as characterCount } from './form/textarea/enhance.js';
import { start as passwordInput } from './form/password_input/enhance.js';
import { start as otp } from './identity/otp_input/enhance.js';
import { start as paymentStatus } from './payment/payment_status/enhance.js';

/** The attribute naming an element's behaviour. */
export const MODULE = 'data-dvc-module';
/** Set on an element once its behaviour started (calling `enhance` again skips it). */
export const STARTED = 'data-dvc-started';

/** The behaviours written here, by the name their markup carries. */
const BEHAVIOURS = [
  ['skip-link', skipLink],
  ['session-timeout', sessionTimeout],
  ['notification-banner', notificationBanner],
  ['character-count', characterCount],
  ['password-input', passwordInput],
  ['choices', choices],
  ['otp', otp],
  ['payment-status', paymentStatus],
  ['vietqr', vietqr],
  ['print', print],
];

/** Marks `name` started on `el`; false when it already was. */
function begin(el, name) {
  const started = (el.getAttribute(STARTED) ?? '').split(' ').filter(Boolean);
  if (started.includes(name)) return false;
  el.setAttribute(STARTED, [...started, name].join(' '));
  return true;
}

/**
 * Starts the behaviour of every marked element in `root` (and `root` itself), each once:
 * calling it again, or on a part of the page already started, binds nothing twice. Call it
 * on markup added later (a new item of a repeating group, a Leptos app's mount).
 */
export function enhance(root) {
  for (const [name, start] of BEHAVIOURS) {
    const selector = `[${MODULE}~="${name}"]`;
    const found = [...root.querySelectorAll(selector)];
    if (root.matches?.(selector)) found.unshift(root);
    for (const el of found) if (begin(el, name)) start(el);
  }
}

/** `enhance` on the whole page. */
export function enhancePage() {
  asPageStarts(() => enhance(document.documentElement));
}
