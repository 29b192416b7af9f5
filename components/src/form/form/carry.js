// Links elsewhere on the page that carry a form's answers: the language switch in the
// header (`LanguageSwitch` with `form`). Once the form is started, a plain click on
// `a[data-dvc-carries="<form id>"]` posts the answers as they are (unchecked) to the
// link's address, naming the new language (`dvc_language` = the link's `hreflang`); the
// server shows that page with them kept. A click with a modifier (new tab, new window)
// stays a link. Without JavaScript the link simply opens the other page.
import { on } from '../../enhance-dom.js';

let listening = false;

/**
 * Listens, once for the whole page, to clicks on links that carry a form's answers; the
 * form is found by its id at the click, and only once its behaviour started.
 */
export function startCarry() {
  if (listening) return;
  listening = true;
  on(document, 'click', (ev) => {
    const plain = ev.button === 0 && !(ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey);
    if (!plain || ev.defaultPrevented) return;
    const link = ev.target.closest?.('a[data-dvc-carries][href]');
    const form = link && document.getElementById(link.getAttribute('data-dvc-carries'));
    const started = (form?.getAttribute('data-dvc-started') ?? '').split(' ').includes('form');
    if (!(form instanceof HTMLFormElement) || !started) return;
    // Through a hidden submit button added at its end (after the form's own button, so it
    // never becomes the default button of Enter).
    const button = document.createElement('button');
    button.type = 'submit';
    button.setAttribute('formaction', link.getAttribute('href'));
    button.setAttribute('formnovalidate', '');
    button.name = 'dvc_language';
    button.value = link.getAttribute('hreflang') ?? '';
    button.hidden = true;
    form.append(button);
    try {
      form.requestSubmit(button);
      ev.preventDefault();
    } catch {
      // Not sent: the link opens the other page, as without JavaScript.
    }
    button.remove();
  });
}
