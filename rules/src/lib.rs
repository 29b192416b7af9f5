//! dvc-rules: the Vietnamese formats and checks behind every dvc-ui form, in pure Rust.
//!
//! Owns: what counts as valid input and how it is normalised, expressed as [`Problem`]s
//! (a code and its arguments), and the message catalogues that turn a problem into a
//! sentence in Vietnamese or English. Must not touch: Leptos, web-sys or anything that
//! needs a browser, so a server validating a posted form gets exactly the same problems
//! as the browser did.
//!
//! ```
//! use dvc_rules::{text, Locale, ProblemCode};
//! let problem = text::check_required("   ").unwrap_err();
//! assert_eq!(problem.code, ProblemCode::Required);
//! assert_eq!(problem.message(Locale::Vi, "họ và tên"), "Nhập họ và tên");
//! ```

pub mod citizen_id;
pub mod date;
mod digits;
pub mod divisions;
pub mod email;
pub mod files;
pub mod form;
pub mod latin;
pub mod messages;
pub mod money;
pub mod name;
pub mod number;
pub mod otp;
pub mod phone;
pub mod posted;
pub mod problem;
pub mod spec_markup;
pub mod tax_code;
pub mod text;
pub mod vietqr;

pub use messages::Locale;
pub use problem::{Problem, ProblemCode};
