// A success banner's behaviour: it takes focus as the page loads (not in a frame of another
// page of the site, see `mayFocusOnLoad`; focusable by script only while focused), so it is
// read first.
import { focusById, mayFocusOnLoad } from '../../enhance-dom.js';

/** Starts one success banner (`data-dvc-module="notification-banner"`). */
export function start(banner) {
  if (mayFocusOnLoad()) focusById(banner.id);
}
