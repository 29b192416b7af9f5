//! The page shell every portal shares: skip link, header with the province's branding and
//! the language switch, footer. Owns landmarks and their markup; the province changes names and tokens only.

#[cfg(feature = "markup")]
pub(crate) mod footer;
#[cfg(feature = "markup")]
pub(crate) mod header;
pub mod language_switch;
pub(crate) mod skip_link;

#[cfg(feature = "markup")]
pub use self::{
    footer::Footer, header::Header, language_switch::LanguageSwitch, skip_link::SkipLink,
};
