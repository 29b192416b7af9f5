//! The page's language, shared with every component through Leptos context.
//! Owns only the choice of locale; the words themselves live in `dvc_rules::messages`.

use dvc_rules::Locale;
use leptos::prelude::*;

/// Makes `locale` the language of everything rendered below the caller.
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn EnglishPage() -> impl IntoView {
///     provide_locale(Locale::En);
///     view! { <p>"Hello"</p> }
/// }
/// ```
pub fn provide_locale(locale: Locale) {
    provide_context(locale);
}

/// The language provided by the nearest [`provide_locale`], Vietnamese when none.
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}
