// A form's answers kept on the server while the citizen types: a moment after typing
// stops, and again when the page is hidden (tab closed, app switched, phone locked), the
// form sends what it holds to its own address with `dvc_action=autosave`, by
// `navigator.sendBeacon` (a background post that survives the page closing). Never files
// (they are sent with "Tiếp tục") and never passwords. The server keeps the answers
// unchecked; the page's own "Tiếp tục" still checks them. Each send renews a signed-in
// session, so it restarts the session-timeout clock (`dvc-session-renewed`).
import { all, formAction, on } from '../../enhance-dom.js';
import { postedPairs } from './posted.js';

/** How long after the last keystroke the answers are sent (`QUIET` in autosave.rs). */
const QUIET_MS = 1500;
/** The session clock's event (`RENEWED` in session_timeout/mod.rs). */
const RENEWED = 'dvc-session-renewed';

/** Starts keeping `form`'s answers: `{ changed(), submitted() }`. */
export function startSaver(form) {
  let dirty = false;
  let lastSent = null;
  let timer;
  const flush = () => {
    clearTimeout(timer);
    if (!dirty) return;
    dirty = false;
    const sent = send(form, lastSent);
    if (sent != null) lastSent = sent;
  };
  on(window, 'pagehide', flush);
  on(document, 'visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); });
  return {
    /** An answer changed: sent once typing pauses. */
    changed() {
      dirty = true;
      clearTimeout(timer);
      timer = setTimeout(flush, QUIET_MS);
    },
    /** The form is being posted: no background send may follow and overwrite it. */
    submitted() {
      dirty = false;
      clearTimeout(timer);
    },
  };
}

/** Posts the answers (files and passwords left out) unless they are `last`; what it sent. */
function send(form, last) {
  // A password shown by its button is `type="text"`: still a password.
  const skipped = all(form, 'input[type=file], input[type=password], .dvc-password-input__input, input[autocomplete=one-time-code]')
    .map((i) => i.name);
  const params = new URLSearchParams();
  for (const [name, value] of postedPairs(form)) {
    if (!skipped.includes(name) && name !== 'dvc_action') params.append(name, value);
  }
  params.append('dvc_action', 'autosave');
  const body = params.toString();
  if (body === last) return null;
  // The post renews a signed-in session: the warning's clock starts again. (A beacon
  // queued but lost on the network leaves the server's end earlier than the page's; the
  // next post then leads to sign-in with the answers kept, as without JavaScript.)
  let queued = false;
  try {
    queued = navigator.sendBeacon(formAction(form), params);
  } catch {
    // No beacon (turned off, or refused): the answers go with "Tiếp tục", as without script.
  }
  if (!queued) return null;
  document.dispatchEvent(new Event(RENEWED));
  return body;
}
