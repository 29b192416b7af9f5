// The combobox's state without a DOM: what each key does to the popup and the active
// option (WAI-ARIA APG "combobox with listbox popup, list autocomplete"), and what the
// live region says. enhance.js only feeds it events and renders the result.
import { word } from '../../enhance-dom.js';

/** At most this many options are in the list at once (`MAX_SHOWN` in mod.rs). */
export const MAX_SHOWN = 50;

/** The closed list with nothing active. */
export const CLOSED = Object.freeze({ open: false, active: null });

/**
 * The state after the key `name` (a `KeyboardEvent.key`; `alt` held), with `shown`
 * options in the list: `[state, outcome]`, the outcome 'pass' (the browser's own action
 * goes ahead), 'handled' (default prevented), `{ choose: index }` or 'clear' (Escape on a
 * closed list: the box and the answer emptied).
 */
export function onKey(state, name, alt, shown) {
  const next = (a) => (a == null ? 0 : (a + 1) % shown);
  const previous = (a) => (a == null || a === 0 ? shown - 1 : a - 1);
  switch (name) {
    case 'ArrowDown':
      // Down opens; Alt+Down opens without moving; Down on an open list moves on.
      if (!state.open) return [{ open: true, active: !alt && shown > 0 ? 0 : state.active }, 'handled'];
      return [{ ...state, active: shown > 0 && !alt ? next(state.active) : state.active }, 'handled'];
    case 'ArrowUp':
      return shown > 0 ? [{ open: true, active: previous(state.active) }, 'handled'] : [state, 'handled'];
    case 'Enter':
      return state.open && state.active != null && state.active < shown
        ? [CLOSED, { choose: state.active }]
        : [state, 'pass'];
    case 'Escape':
      return state.open ? [CLOSED, 'handled'] : [state, 'clear'];
    case 'Tab':
      return [{ ...state, open: false }, 'pass'];
    default:
      return [state, 'pass'];
  }
}

/** The state after the citizen typed: the list opens, nothing active. */
export const onTyped = () => ({ open: true, active: null });

/** Whether the list is shown (`aria-expanded`): open with something in it. */
export const expanded = (state, shown) => state.open && shown > 0;

/** What the polite live region says: how many results; nothing while closed. */
export function status(open, total, locale) {
  if (!open) return '';
  if (total === 0) return word(locale, 'NoResults');
  if (total > MAX_SHOWN) return word(locale, 'ResultsFirstShown', { total, shown: MAX_SHOWN });
  return word(locale, 'Results', { total });
}
