// The session-timeout dialog's behaviour in the browser: the clock, opening the dialog as
// a modal at the warning time, the keep-alive request, the shared clock across tabs, and
// the end. Runs on server-rendered markup once the page is interactive (it never renders).
import { localeOf, on, word } from '../../enhance-dom.js';

/** The dialog's id (`ID` in mod.rs): the page's one clock. */
const ID = 'dvc-timeout';
/** Fired on the document when a background request renewed the session (`RENEWED`). */
const RENEWED = 'dvc-session-renewed';
/** The channel the portal's tabs share their session's end on. */
const CHANNEL = 'dvc-session';
/** What a tab says when the citizen signs out in it. */
const SIGNED_OUT = 'signed-out';

/** "2 phút 5 giây" (as `duration_words` in mod.rs writes them on the server). */
export function durationWords(seconds, locale) {
  const [m, s] = [Math.floor(seconds / 60), seconds % 60];
  const minutes = m === 1 ? word(locale, 'OneMinute') : word(locale, 'Minutes', { n: m });
  const secs = s === 1 ? word(locale, 'OneSecond') : word(locale, 'Seconds', { n: s });
  if (m === 0) return secs;
  return s === 0 ? minutes : `${minutes} ${secs}`;
}

/** Starts the page's session-timeout dialog (`data-dvc-module="session-timeout"`). */
export function start(dialog) {
  if (!(dialog instanceof HTMLDialogElement) || dialog.hasAttribute('data-preview') || dialog.id !== ID) return;
  // Whole seconds, as the component writes them.
  const number = (name) => Number.parseInt(dialog.getAttribute(name) ?? '', 10) || 0;
  const quietMs = number('data-seconds-left') * 1000;
  const warnMs = number('data-warn-seconds') * 1000;
  const keepAliveUrl = dialog.getAttribute('data-keep-alive') ?? '';
  const endedUrl = dialog.getAttribute('data-ended') ?? '';
  const locale = localeOf(dialog);
  const continueButton = dialog.querySelector('[data-dvc-timeout-continue]');
  let deadline = Date.now() + quietMs;
  let wasFocused = null;
  let lastSaid = -1;
  let channel = null;
  try {
    channel = new BroadcastChannel(CHANNEL);
  } catch {
    // No channel (an old browser): each tab keeps its own clock.
  }

  const show = (selector, text) => {
    const el = dialog.querySelector(selector);
    if (el && el.textContent !== text) el.textContent = text;
  };
  const say = (seconds) => {
    lastSaid = seconds;
    show('.dvc-timeout__said', word(locale, 'TimeoutSaid', { time: durationWords(seconds, locale) }));
  };
  const problem = (text) => {
    const el = dialog.querySelector('.dvc-timeout__problem');
    if (!el) return;
    el.textContent = text ?? '';
    el.hidden = text == null;
    if (text != null) el.setAttribute('role', 'alert');
  };
  // The session now ends at `at`: the warning closes, focus goes back.
  const extended = (at, tellOtherTabs) => {
    deadline = at;
    problem(null);
    if (dialog.open) {
      dialog.close();
      wasFocused?.focus();
      wasFocused = null;
    }
    if (tellOtherTabs) channel?.postMessage(at);
  };
  // The session has ended: to the page that says so, with this page to come back to.
  const end = () => {
    const back = location.pathname + location.search;
    deadline = Infinity;
    location.assign(`${endedUrl}?tiep=${encodeURIComponent(back)}`);
  };
  // Asks the server for more time; 401: the session has already ended.
  const keepAlive = async () => {
    let response;
    try {
      response = await fetch(keepAliveUrl, { method: 'POST' });
    } catch {
      problem(word(locale, 'TimeoutOffline'));
      return;
    }
    if (response.status === 401) {
      end();
      return;
    }
    const seconds = await response.json().then((b) => b?.seconds, () => undefined);
    if (response.ok && typeof seconds === 'number') extended(Date.now() + seconds * 1000, true);
    else problem(word(locale, 'TimeoutOffline'));
  };
  const open = (seconds) => {
    wasFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    say(seconds);
    show('.dvc-timeout__clock', durationWords(seconds, locale));
    try {
      dialog.showModal();
    } catch {
      return;
    }
    continueButton?.focus();
  };
  const tick = () => {
    const left = deadline - Date.now();
    if (left <= 0) {
      end();
      return;
    }
    if (left > warnMs) return;
    const seconds = Math.ceil(left / 1000);
    if (!dialog.open) open(seconds);
    show('.dvc-timeout__clock', durationWords(seconds, locale));
    // Said at whole minutes, then at 30 and 10 seconds: not every second.
    if ((seconds % 60 === 0 || seconds === 30 || seconds === 10) && seconds !== lastSaid) say(seconds);
  };

  if (channel) {
    channel.onmessage = (e) => {
      if (typeof e.data === 'number') {
        // Another tab renewed the session (a page loaded, or "Tiếp tục" pressed there).
        if (e.data > deadline) extended(e.data, false);
      } else if (e.data === SIGNED_OUT) {
        location.reload();
      }
    };
    // This page's own request renewed the session: the other tabs' clocks follow.
    channel.postMessage(deadline);
  }
  // A background request renewed the session (answers kept while typing).
  on(document, RENEWED, () => extended(Date.now() + quietMs, true));
  if (continueButton) on(continueButton, 'click', keepAlive);
  // Escape: the dialog's `cancel`. It extends the session too, as the APG pattern's
  // "close" here means "I am still here".
  on(dialog, 'cancel', (e) => {
    e.preventDefault();
    keepAlive();
  });
  // Tab and Shift+Tab wrap around inside the dialog (the APG pattern), rather than leave
  // for the browser's own controls.
  on(dialog, 'keydown', (e) => {
    if (e.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll("button, a[href], input, [tabindex]:not([tabindex='-1'])")];
    const [first, last] = [controls[0], controls[controls.length - 1]];
    if (!first) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
  const form = dialog.querySelector('form');
  if (form) on(form, 'submit', () => channel?.postMessage(SIGNED_OUT));
  setInterval(tick, 1000);
}
