// A post that does not reach the server stays on the page (`Form`'s `retry`). A valid
// submit to this site is sent by `fetch`; when the network fails (no answer, or none
// within 30 seconds) nothing on the page changes: a message says so plainly, the post
// goes again after 2, 4 and 8 seconds, then a "Thử lại" button waits for the citizen (and
// the browser coming back online sends it at once). When the server answers, its redirect
// (post/redirect/get) is followed; any other answer (a page with errors) is asked for
// again by the browser's own post, so the browser shows it as usual. The server must give
// the same answer to the same post twice. Without JavaScript the browser's own error page
// and resubmission do it.
import { byId, formAction, formId, on, word } from '../../enhance-dom.js';

/** Tries sent by themselves before "Thử lại" (`AUTOMATIC_TRIES` in retry.rs). */
const AUTOMATIC_TRIES = 3;
/** How long a try waits for the server before it counts as lost (`ANSWER_WITHIN`). */
const ANSWER_WITHIN_MS = 30_000;

/** Listens for the browser coming back online: after the tries, the form goes at once. */
export function startRetry(live) {
  on(window, 'online', () => {
    if (live.network === 'failed') submitAgain(live.form);
  });
}

/** Whether `form` posts to this site (only such posts are sent by script). */
export function postsHere(form) {
  const [origin, action] = [location.origin, formAction(form)];
  return !!origin && origin !== 'null' && (action === origin || action.startsWith(`${origin}/`));
}

/** Sends the form (as pressed by `submitter`) by `fetch`; `tries` made before this one. */
export async function send(live, submitter, tries) {
  const answer = await post(live.form, submitter);
  if (answer?.redirected) {
    show(live, 'fine');
    location.assign(answer.url);
  } else if (answer) {
    // A page of the server's own (errors to fix): the browser posts again and shows it,
    // as without script. ("Thử lại" may be gone from the page by now: then no submitter.)
    live.native = true;
    if (!submitAgain(live.form, submitter?.isConnected ? submitter : undefined)) live.native = false;
    show(live, 'fine');
  } else if (tries < AUTOMATIC_TRIES) {
    show(live, 'retrying');
    setTimeout(() => send(live, submitter, tries + 1), 2000 << tries);
  } else {
    show(live, 'failed');
    live.setPending(false);
  }
}

/** Submits `form` (as pressed by `submitter`); false when the browser refused. */
function submitAgain(form, submitter) {
  try {
    form.requestSubmit(submitter);
    return true;
  } catch {
    return false;
  }
}

/** Says where the post stands above the questions (what `NotSent` renders), or nothing. */
function show(live, state) {
  live.network = state;
  const id = `${formId(live.form)}-not-sent`;
  byId(id)?.remove();
  if (state === 'fine') return;
  const box = document.createElement('div');
  box.className = 'dvc-inset dvc-inset--warning dvc-form__not-sent';
  box.id = id;
  box.setAttribute('role', 'alert');
  const p = document.createElement('p');
  p.textContent = word(live.locale, state === 'retrying' ? 'NotSentRetrying' : 'NotSentFailed');
  box.append(p);
  if (state === 'failed') {
    const again = document.createElement('button');
    again.type = 'submit';
    again.className = 'dvc-button dvc-button--secondary';
    again.textContent = word(live.locale, 'TryAgain');
    box.append(again);
  }
  live.placeAtTop(box);
}

/** One try: the server's answer, or `null` when the network lost it. */
async function post(form, submitter) {
  const body = new FormData(form);
  // The pressed button's own name and value, as the browser's post would carry them.
  const name = submitter?.getAttribute('name');
  const value = submitter?.getAttribute('value');
  if (name && value != null) body.append(name, value);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), ANSWER_WITHIN_MS);
  try {
    return await fetch(formAction(form), { method: 'POST', body, credentials: 'same-origin', redirect: 'follow', signal: abort.signal });
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
