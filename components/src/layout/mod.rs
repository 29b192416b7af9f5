//! The page shell every portal shares: skip link, header with the province's branding,
//! footer. Owns landmarks and their markup; the province changes names and tokens only.

mod footer;
mod header;
mod skip_link;

pub use footer::Footer;
pub use header::Header;
pub use skip_link::SkipLink;
