//! The page shell every portal shares: skip link, header with the province's branding and
//! the language switch, footer. Owns landmarks and their markup; the province changes names and tokens only.

pub(crate) mod footer;
pub(crate) mod header;
pub mod language_switch;
pub(crate) mod skip_link;

pub use footer::Footer;
pub use header::Header;
pub use language_switch::LanguageSwitch;
pub use skip_link::SkipLink;
