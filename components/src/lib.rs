//! dvc-ui: accessible Leptos components for Vietnamese public-service portals.
//!
//! Owns the markup and behaviour of every control, grouped by capability: `form` (field
//! wiring, inputs, buttons), `vn` (Vietnamese data: ID number, phone, tax code, name,
//! money, the two-tier address), `payment` (fees, method, the VietQR transfer, status, receipt), `flow` (complete services: steps, task list, check answers, confirmation), `identity` (signing in, who is signed in), `layout` (page shell,
//! header with province branding and language switch, skip link), `i18n` (the page's language and the components' words). Checks and messages come
//! from `dvc-rules`; looks come from the kit's CSS (`dvc-` BEM classes), never from inline
//! styles.
//!
//! One folder per component (e.g. `src/vn/phone_input/`): `mod.rs` (the component: markup,
//! rendered on the server), `enhance.js` where it has a behaviour (plain JavaScript that the
//! kit's behaviour module, `src/enhance.js`, starts from the markup; nothing hydrates),
//! `state.rs` for a composite widget's pure logic the server shares, its stylesheet (bundled into `dvc-ui.css` through `style/dvc-ui.css`), `markup_tests.rs`
//! (server-rendered markup, run through `tests/markup.rs`) and `browser_tests.rs` (headless
//! Chromium, run through `tests/browser.rs`) where it has behaviour.
//!
//! Features: `markup` (the components, on by default; without it the crate is only the
//! components' words, which `cargo xtask build` writes out for the behaviours), and `csr`,
//! `ssr`, `hydrate` (forwarded to Leptos).
//!
//! ```
//! use dvc_ui::prelude::*;
//! use leptos::prelude::*;
//!
//! #[component]
//! fn NameQuestion() -> impl IntoView {
//!     view! {
//!         <Field name="full_name" label="Họ và tên" hint="Như trên căn cước">
//!             <TextInput autocomplete="name" spellcheck=false/>
//!         </Field>
//!     }
//! }
//! ```

// Examples are written as a portal writes them (`use dvc_ui::…`).
extern crate self as dvc_ui;

pub mod content;
#[cfg(feature = "markup")]
mod example_source;
#[cfg(feature = "markup")]
pub mod examples;
#[cfg(feature = "markup")]
pub mod flow;
pub mod form;
pub mod i18n;
pub mod identity;
pub mod layout;
pub mod payment;
pub mod vn;

/// Whether this code renders on a server (feature `ssr`, or any build that is not
/// WebAssembly). Server-rendered markup must work without JavaScript: follow-up questions
/// are shown, and controls that need a script (show/hide buttons) are hidden.
pub(crate) const SERVER_RENDER: bool = cfg!(any(feature = "ssr", not(target_arch = "wasm32")));

#[cfg(feature = "markup")]
/// Everything a portal usually needs, in one import.
pub mod prelude {
    pub use crate::form::{
        Button, ButtonKind, Checkboxes, Choice, Consent, DateInput, ErrorSummary, Field,
        FieldContext, FileUpload, Form, InputWidth, NotSent, PasswordInput, Radios, Select,
        TextInput, TextInputType, Textarea,
    };
    pub use crate::i18n::{provide_locale, use_locale};
    pub use crate::layout::{Footer, Header, LanguageSwitch, SkipLink};
    pub use crate::vn::{
        AddressInput, CitizenIdInput, MoneyInput, NameInput, PhoneInput, TaxCodeInput, VnInput,
        VnKind,
    };
    pub use dvc_rules::Locale;
}

#[cfg(feature = "markup")]
/// An id for one instance of a component that has no `name` to make its ids from (a
/// receipt, a step indicator): `prefix` and a short fingerprint of what the instance shows,
/// the same on the server and in the browser. Two instances on one page that show
/// different things get different ids, so each `aria-labelledby` points at its own heading.
pub(crate) fn instance_id(prefix: &str, shown: &[&str]) -> String {
    // FNV-1a, 32 bits: small, stable across builds and targets.
    let mut hash: u32 = 0x811c_9dc5;
    for part in shown {
        for byte in part.bytes().chain([0x1f]) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    format!("{prefix}-{hash:08x}")
}
