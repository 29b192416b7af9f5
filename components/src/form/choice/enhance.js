// The behaviour of a group of radios or checkboxes (`data-dvc-module="choices"` on
// `.dvc-radios` / `.dvc-checkboxes`): a follow-up question (the element an option's
// `aria-controls` names) is hidden while its option is not chosen and shown as soon as it
// is (a checkbox's `aria-expanded` following); a checkbox marked `data-dvc-exclusive`
// ("none of these") clears the others when ticked, and ticking another clears it. Without
// the behaviour every follow-up shows, so each can be answered.
import { all, byId, on, setClass } from '../../enhance-dom.js';

/** Starts one group. */
export function start(group) {
  showChosen(group);
  on(group, 'change', (ev) => {
    const changed = ev.target;
    if (!(changed instanceof HTMLInputElement)) return;
    if (changed.type === 'checkbox' && changed.checked) {
      const exclusive = changed.hasAttribute('data-dvc-exclusive');
      for (const other of all(group, 'input')) {
        if (other !== changed && other.name === changed.name
          && (exclusive || other.hasAttribute('data-dvc-exclusive'))) other.checked = false;
      }
    }
    showChosen(group);
  });
}

/** Each follow-up shown while its option is chosen, hidden otherwise. */
function showChosen(group) {
  for (const input of all(group, 'input')) {
    const followUp = byId(input.getAttribute('aria-controls') ?? '');
    if (!followUp) continue;
    setClass(followUp, 'dvc-hidden', !input.checked);
    // Checkboxes carry `aria-expanded` (radios may not: it is no state of a radio).
    if (input.hasAttribute('aria-expanded')) input.setAttribute('aria-expanded', String(input.checked));
  }
}
