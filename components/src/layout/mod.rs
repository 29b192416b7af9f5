//! The page shell every portal shares: skip link, header with the province's branding and
//! the language switch, a service's own links (`ServiceNavigation`), footer. Owns landmarks and their markup; the province changes names and tokens only.

#[cfg(feature = "markup")]
pub(crate) mod footer;
#[cfg(feature = "markup")]
pub(crate) mod header;
pub mod language_switch;
pub(crate) mod service_navigation;
#[cfg(feature = "markup")]
pub(crate) mod skip_link;

pub use self::service_navigation::NavItem;
#[cfg(feature = "markup")]
pub use self::{
    footer::Footer, header::Header, language_switch::LanguageSwitch,
    service_navigation::ServiceNavigation, skip_link::SkipLink,
};
