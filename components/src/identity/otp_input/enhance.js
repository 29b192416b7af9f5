// `OtpInput`'s wait in the browser (`data-dvc-module="otp"`, the seconds in
// `data-resend-after`): "Gửi lại mã" is hidden while the wait lasts; the seconds count
// down on screen, are said politely only now and then (every 30 seconds and at 10, not
// every second), and the button comes back when the wait is over. Without the behaviour
// the button is always there and the server says when a new code may be sent.
import { localeOf, word } from '../../enhance-dom.js';

/** Starts one code box's wait. */
export function start(root) {
  let left = Number.parseInt(root.getAttribute('data-resend-after') ?? '0', 10) || 0;
  const seen = root.querySelector('.dvc-otp__wait');
  const said = root.querySelector('.dvc-otp__resend [aria-live]');
  const resend = root.querySelector('.dvc-otp__resend > div');
  if (!seen || !said || !resend || left <= 0) return;
  const locale = localeOf(root);
  resend.setAttribute('hidden', '');
  const timer = setInterval(() => {
    left = Math.max(0, left - 1);
    seen.textContent = left > 0 ? word(locale, 'OtpWait', { seconds: left }) : '';
    if (left % 30 === 0 || left === 10) {
      said.textContent = left === 0 ? word(locale, 'OtpCanResend') : word(locale, 'OtpWait', { seconds: left });
    }
    if (left === 0) {
      resend.removeAttribute('hidden');
      clearInterval(timer);
    }
  }, 1000);
}
