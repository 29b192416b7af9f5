//! Content: what a page says besides its questions, in the kit's one look — a status
//! (`Tag`), text set apart (`InsetText`), a warning (`WarningText`), help opened on request
//! (`Details`), a message at the top of a page (`NotificationBanner`), where a page sits in
//! a site (`Breadcrumbs`), a dossier's events (`Timeline`) and the pages of a long list
//! (`Pagination`), facts as key and value (`SummaryList`, `SummaryCard`), data in rows and columns (`Table`), a long list narrowed (`FilterPanel`). Markup and words only; only a success banner has a behaviour
//! (it takes focus). The dossier pages of citizens and officers are built from these.

#[cfg(feature = "markup")]
pub(crate) mod breadcrumbs;
#[cfg(feature = "markup")]
pub(crate) mod details;
pub(crate) mod filter_panel;
#[cfg(feature = "markup")]
pub(crate) mod inset_text;
#[cfg(feature = "markup")]
pub(crate) mod notification_banner;
#[cfg(feature = "markup")]
pub(crate) mod pagination;
pub(crate) mod summary_list;
pub(crate) mod table;
#[cfg(feature = "markup")]
pub(crate) mod tag;
#[cfg(feature = "markup")]
pub(crate) mod timeline;
#[cfg(feature = "markup")]
pub(crate) mod warning_text;

pub use self::filter_panel::{address as filtered_address, FilterGroup, FilterKind};
pub use self::summary_list::{SummaryAction, SummaryRow};
#[cfg(feature = "markup")]
pub use self::table::Cell;
pub use self::table::{Column, SortDirection};

#[cfg(feature = "markup")]
pub use self::{
    breadcrumbs::{Breadcrumbs, Crumb},
    details::Details,
    filter_panel::FilterPanel,
    inset_text::InsetText,
    notification_banner::{BannerKind, NotificationBanner},
    pagination::{shown_pages, Pagination},
    summary_list::{SummaryCard, SummaryList},
    table::Table,
    tag::{Tag, TagColour},
    timeline::{Event, Timeline},
    warning_text::WarningText,
};
