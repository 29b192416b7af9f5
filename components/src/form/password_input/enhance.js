// `PasswordInput`'s behaviour in the browser (`data-dvc-module="password-input"`): the
// show/hide button appears (a real button; its new state is said politely), the Caps Lock
// warning shows while Caps Lock is on (read with the box), and the password is hidden
// again when its form is sent, so the browser offers to save it as a password (GOV.UK
// Frontend's password input does the same).
import { describe, localeOf, on, word } from '../../enhance-dom.js';

/** Starts one password box. */
export function start(root) {
  const input = root.querySelector('input');
  const button = root.querySelector('button');
  if (!input || !button) return;
  const locale = localeOf(root);
  const said = root.querySelector('.dvc-visually-hidden[aria-live]');
  const show = (shown) => {
    input.type = shown ? 'text' : 'password';
    button.textContent = word(locale, shown ? 'Hide' : 'Show');
    button.setAttribute('aria-label', word(locale, shown ? 'HidePassword' : 'ShowPassword'));
  };
  button.removeAttribute('hidden');
  on(button, 'click', () => {
    const now = input.type === 'password';
    show(now);
    if (said) said.textContent = word(locale, now ? 'PasswordShown' : 'PasswordHidden');
  });
  if (input.form) on(input.form, 'submit', () => show(false));

  // Caps Lock: the warning in the second live region, read with the box while shown.
  const region = root.querySelector('div[aria-live]:not(.dvc-visually-hidden)');
  if (!region) return;
  const capsId = `${input.id}-caps`;
  const caps = (ev) => {
    if (!ev.getModifierState) return;
    const onNow = ev.getModifierState('CapsLock');
    const shown = region.querySelector('p');
    if (onNow === !!shown) return;
    if (shown) {
      shown.remove();
    } else {
      const p = document.createElement('p');
      p.className = 'dvc-password-input__caps';
      p.id = capsId;
      p.textContent = word(locale, 'CapsLockOn');
      region.append(p);
    }
    describe(input, capsId, onNow);
  };
  on(input, 'keydown', caps);
  on(input, 'keyup', caps);
}
