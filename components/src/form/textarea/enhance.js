// `Textarea`'s count in the browser (`data-dvc-module="character-count"` on the box's
// wrapper, the limit in `data-max`, `data-words` to count words): the count under the box
// follows every key, a screen reader hears it once typing pauses (a second later), and
// going over the limit marks the box (kept, never cut). Dictation software changes the
// text without `input` events: while the box has focus its value is read again every
// second (GOV.UK Frontend's character count does the same).
import { describe, localeOf, on, setAttr, setClass, word } from '../../enhance-dom.js';

/** Unicode's White_Space, as Rust's `split_whitespace` (JavaScript's `\s` adds U+FEFF and
 * lacks U+0085). */
const WHITE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** The count's words (as `count_message` in mod.rs writes them on the server). */
export function countMessage(locale, remaining, words) {
  const one = Math.abs(remaining) === 1;
  const key = remaining >= 0
    ? (words ? (one ? 'WordLeft' : 'WordsLeft') : (one ? 'CharLeft' : 'CharsLeft'))
    : (words ? (one ? 'WordOver' : 'WordsOver') : (one ? 'CharOver' : 'CharsOver'));
  return word(locale, key, { n: Math.abs(remaining) });
}

/** Starts one count. */
export function start(root) {
  const area = root.querySelector('textarea');
  const message = root.querySelector('.dvc-character-count__message');
  const max = Number.parseInt(root.getAttribute('data-max') ?? '', 10);
  if (!area || !message || Number.isNaN(max)) return;
  const words = root.hasAttribute('data-words');
  const locale = localeOf(root);
  const said = root.querySelector('[aria-live]');
  let counted = area.value;
  let announce;
  let poll;
  const remaining = () => {
    const text = area.value;
    const used = words ? text.split(WHITE_SPACE).filter(Boolean).length : [...text].length;
    return max - used;
  };
  // The text changed: the count now, the box marked while over, the words said later.
  const changed = () => {
    counted = area.value;
    const left = remaining();
    const over = left < 0;
    message.textContent = countMessage(locale, left, words);
    setClass(message, 'dvc-character-count__message--over', over);
    setAttr(area, 'data-dvc-over', over ? '' : null);
    const inError = !!area.closest('.dvc-field')?.classList.contains('dvc-field--error');
    setClass(area, 'dvc-textarea--error', over || inError);
    setAttr(area, 'aria-invalid', over || inError ? 'true' : null);
    // Over the limit, the count is read with the box.
    describe(area, message.id, over);
    clearTimeout(announce);
    announce = setTimeout(() => {
      if (said) said.textContent = countMessage(locale, remaining(), words);
    }, 1000);
  };
  on(area, 'input', changed);
  on(area, 'focusin', () => {
    clearInterval(poll);
    poll = setInterval(() => { if (counted !== area.value) changed(); }, 1000);
  });
  on(area, 'focusout', () => clearInterval(poll));
}
