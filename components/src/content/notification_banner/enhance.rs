//! A success banner's behaviour: it takes focus as the page loads (focusable by script
//! only while focused, see `enhance::focus_by_id`), so it is read first.

use crate::enhance::focus_by_id;

/// Starts one success banner (`data-dvc-module="notification-banner"`).
pub(crate) fn start(banner: &web_sys::Element) {
    focus_by_id(&banner.id());
}
