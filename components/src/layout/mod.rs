//! The page shell every portal shares: skip link, header with the province's branding,
//! footer. Owns landmarks and their markup; the province changes names and tokens only.

pub(crate) mod footer;
pub(crate) mod header;
pub(crate) mod skip_link;

pub use footer::Footer;
pub use header::Header;
pub use skip_link::SkipLink;
