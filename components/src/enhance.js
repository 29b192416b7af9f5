// The kit's behaviour in the browser, started from the markup (GOV.UK Frontend's way): a
// component that has a behaviour marks its root `data-dvc-module="<name>"` and renders
// everything the behaviour needs, settings in `data-` attributes; `enhance(root)` finds the
// marked elements under a root and starts each behaviour once. Each behaviour lives in its
// component's folder as `enhance.js`; `cargo xtask build` bundles them with this file into
// `pkg/dvc-enhance.js` (one minified ES module, content-hashed, for every page).
//
// Owns the table of behaviours and the "started once" mark.
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
import { start as errorSummary } from './form/error_summary/enhance.js';
import { start as form } from './form/form/enhance.js';
import { start as fileUpload } from './form/file_upload/enhance.js';
import { start as readback } from './vn/vn_input/enhance.js';
import { start as combobox } from './vn/combobox/enhance.js';
import { start as oldAddress } from './vn/old_address/enhance.js';
import { start as address } from './vn/address_input/enhance.js';

/** The attribute naming an element's behaviour. */
export const MODULE = 'data-dvc-module';
/** Set on an element once its behaviour started (calling `enhance` again skips it). */
export const STARTED = 'data-dvc-started';

/** Every behaviour of the kit, by the name its markup carries. */
const BEHAVIOURS = [
  ['skip-link', skipLink],
  ['session-timeout', sessionTimeout],
  ['error-summary', errorSummary],
  ['notification-banner', notificationBanner],
  ['form', form],
  ['character-count', characterCount],
  ['password-input', passwordInput],
  ['choices', choices],
  ['otp', otp],
  ['file-upload', fileUpload],
  ['payment-status', paymentStatus],
  ['vietqr', vietqr],
  ['print', print],
  ['readback', readback],
  // Before the address, which drives its two comboboxes.
  ['combobox', combobox],
  ['old-address', oldAddress],
  ['address', address],
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
    for (const el of found) {
      if (!begin(el, name)) continue;
      // One behaviour failing (a browser without an API it needs) leaves the others, and
      // the page as the server sent it, working; the error goes to the console.
      try {
        Promise.resolve(start(el)).catch((e) => console.error(`dvc-ui ${name}:`, e));
      } catch (e) {
        console.error(`dvc-ui ${name}:`, e);
      }
    }
  }
}

/** `enhance` on the whole page. */
export function enhancePage() {
  asPageStarts(() => enhance(document.documentElement));
}
