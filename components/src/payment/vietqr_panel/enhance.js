// The VietQR panel's copy buttons (`data-dvc-module="vietqr"`): shown once the behaviour
// starts, each copies its fact (`data-copy`) to the clipboard and says politely what it
// copied (`data-what`), or that it could not and the text is there to copy by hand.
import { all, localeOf, on, say, word } from '../../enhance-dom.js';

/** Starts one panel. */
export function start(panel) {
  for (const button of all(panel, '.dvc-vietqr__copy')) button.removeAttribute('hidden');
  const locale = localeOf(panel);
  const said = panel.querySelector('[aria-live]');
  on(panel, 'click', async (ev) => {
    const button = ev.target.closest?.('.dvc-vietqr__copy');
    const text = button?.getAttribute('data-copy');
    if (text == null) return;
    const what = button.getAttribute('data-what') ?? '';
    let words;
    try {
      await navigator.clipboard.writeText(text);
      words = word(locale, 'Copied', { what });
    } catch {
      words = word(locale, 'CopyFailed');
    }
    // Said again after the same copy: emptied first so the live region speaks.
    say(said, words);
  });
}
