//! The demo's two languages: Vietnamese at every page's own address, English under `/en`
//! ("/en/components/button"); which language an address is in, the same page's address in
//! each, and the demo's own words in both (`say`). The kit's words are in `dvc_ui::i18n`.

use dvc_ui::prelude::*;

/// Where the English pages live.
pub const ENGLISH: &str = "/en";

/// The language of an address and the page it shows: "/en/components/x" is
/// (English, "/components/x"), "/en" is (English, "/"), anything else is Vietnamese.
pub fn split(path: &str) -> (Locale, String) {
    match path.strip_prefix(ENGLISH) {
        Some("") | Some("/") => (Locale::En, "/".into()),
        Some(rest) if rest.starts_with('/') => (Locale::En, rest.to_string()),
        _ => (Locale::Vi, path.to_string()),
    }
}

/// The address of the page at `path` in `locale`.
pub fn address(path: &str, locale: Locale) -> String {
    match (locale, path) {
        (Locale::Vi, _) => path.to_string(),
        (Locale::En, "/") => ENGLISH.to_string(),
        (Locale::En, _) => format!("{ENGLISH}{path}"),
    }
}

/// The address of the page at `path` in the current page's language.
pub fn href(path: &str) -> String {
    address(path, use_locale())
}

/// The page at `path` in every language the demo has, for the language switch and the
/// `hreflang` alternates.
pub fn every_language(path: &str) -> Vec<(Locale, String)> {
    [Locale::Vi, Locale::En]
        .into_iter()
        .map(|l| (l, address(path, l)))
        .collect()
}

/// The demo's own words in the current page's language.
pub fn say(vi: &'static str, en: &'static str) -> &'static str {
    pick(use_locale(), vi, en)
}

/// `vi` or `en` by `locale`.
pub fn pick<T>(locale: Locale, vi: T, en: T) -> T {
    match locale {
        Locale::Vi => vi,
        Locale::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_its_language_and_page() {
        assert_eq!(split("/"), (Locale::Vi, "/".into()));
        assert_eq!(
            split("/components/button"),
            (Locale::Vi, "/components/button".into())
        );
        assert_eq!(split("/en"), (Locale::En, "/".into()));
        assert_eq!(
            split("/en/components/button"),
            (Locale::En, "/components/button".into())
        );
        // Not the English prefix: a page whose address starts with the same letters.
        assert_eq!(split("/english"), (Locale::Vi, "/english".into()));
    }

    #[test]
    fn each_page_has_an_address_in_each_language_that_splits_back() {
        for path in [
            "/",
            "/components/button",
            "/examples/dang-ky-thong-tin-ca-nhan",
        ] {
            for (locale, at) in every_language(path) {
                assert_eq!(split(&at), (locale, path.to_string()));
            }
        }
    }
}
