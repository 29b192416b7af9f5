// The receipt's print button (`data-dvc-module="print"`): shown once the behaviour starts
// (without a script it could do nothing; the browser's own print works), it opens the
// browser's print dialog.
import { on } from '../../enhance-dom.js';

/** Starts one print button. */
export function start(button) {
  button.removeAttribute('hidden');
  on(button, 'click', () => window.print());
}
