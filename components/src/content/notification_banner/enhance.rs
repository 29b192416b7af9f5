//! A success banner's behaviour: it takes focus as the page loads (not in a frame of
//! another page of the site: `enhance::may_focus_on_load`; focusable by script
//! only while focused, see `enhance::focus_by_id`), so it is read first.

use crate::enhance::{focus_by_id, may_focus_on_load};

/// Starts one success banner (`data-dvc-module="notification-banner"`).
pub(crate) fn start(banner: &web_sys::Element) {
    if may_focus_on_load() {
        focus_by_id(&banner.id());
    }
}
