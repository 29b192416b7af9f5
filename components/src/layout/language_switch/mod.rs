//! `LanguageSwitch`: the same page in another language, from the header. Each language is
//! named in itself ("Tiếng Việt", "English") with its own `lang` and `hreflang`, the current
//! one marked `aria-current`. Always plain links (they work without JavaScript). On a page
//! with a form, each link names the form (`data-dvc-carries`): once the page is hydrated,
//! the `Form` posts the answers typed so far to the link's address, unchecked, and the
//! server shows the same page in the other language with them kept.
//!
//! Why not a submit button of the form (HTML's `form` attribute)? The header comes before
//! the form, so that button would be the form's *default button*: pressing Enter in any
//! answer would switch the language instead of sending the form.

#[cfg(feature = "markup")]
pub(crate) mod examples;

use dvc_rules::Locale;
#[cfg(feature = "markup")]
use {
    crate::i18n::{t, use_locale, Ui},
    leptos::prelude::*,
};

pub use dvc_rules::posted::{is_language_switch, LANGUAGE_FIELD};

/// The attribute of a link that carries a form's answers: the form's id.
pub const CARRIES_ATTRIBUTE: &str = "data-dvc-carries";

/// A language's name in that language: what a person who reads it looks for.
pub fn endonym(locale: Locale) -> &'static str {
    match locale {
        Locale::Vi => "Tiếng Việt",
        Locale::En => "English",
    }
}

#[cfg(feature = "markup")]
/// The page in each language offered: `languages` pairs each locale with this page's
/// address in it (the current language included, in the order shown).
///
/// ```
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Top() -> impl IntoView {
///     provide_locale(Locale::Vi);
///     view! {
///         <Header portal_name="Cổng dịch vụ công">
///             <LanguageSwitch languages=vec![(Locale::Vi, "/dang-ky".into()), (Locale::En, "/en/dang-ky".into())]
///                 form="dang-ky"/>
///         </Header>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::language_switch`].
#[component]
pub fn LanguageSwitch(
    /// Each language and this page's address in it.
    languages: Vec<(Locale, String)>,
    /// The id of the page's form whose answers the switch carries (with JavaScript).
    #[prop(optional, into)]
    form: MaybeProp<String>,
) -> impl IntoView {
    let here = use_locale();
    let form = form.get_untracked();
    let items = languages.into_iter().map(|(locale, href)| {
        let (tag, name) = (locale.tag(), endonym(locale));
        let item = if locale == here {
            view! { <span class="dvc-language-switch__current" lang=tag aria-current="true">{name}</span> }.into_any()
        } else {
            view! { <a class="dvc-language-switch__link" href=href hreflang=tag lang=tag data-dvc-carries=form.clone()>{name}</a> }.into_any()
        };
        view! { <li class="dvc-language-switch__item">{item}</li> }
    });
    view! {
        <nav class="dvc-language-switch" aria-label=t(Ui::LanguageSwitch)>
            <ul class="dvc-language-switch__list">{items.collect_view()}</ul>
        </nav>
    }
}
