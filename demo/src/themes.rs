//! The designer's province themes on the demo (server only): the list `cargo xtask build`
//! wrote (`target/site/themes.json`, from `themes/*.toml`), the one a visitor chose (a
//! cookie, set by the switcher's post), and the switcher form in the header. A theme only
//! adds a stylesheet of token overrides, a logo and a portal name: behaviour never changes.

use crate::language::say;
use axum::http::HeaderMap;
use leptos::prelude::*;
use std::path::Path;

/// The cookie holding the chosen theme's slug (a design preference, not personal data).
pub const COOKIE: &str = "dvc_theme";
/// Where the switcher posts.
pub const SWITCH_PATH: &str = "/giao-dien";

/// One province theme as the demo shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeInfo {
    pub slug: String,
    pub province: String,
    pub portal_name: String,
    /// The logo's path in the site ("themes/ha-noi.svg").
    pub logo: String,
}

/// The themes built into `site` (none when the file is missing or unreadable).
pub fn load(site: &Path) -> Vec<ThemeInfo> {
    let Ok(text) = std::fs::read_to_string(site.join("themes.json")) else {
        return Vec::new();
    };
    let Ok(serde_json::Value::Array(items)) = serde_json::from_str(&text) else {
        return Vec::new();
    };
    let field = |v: &serde_json::Value, k: &str| {
        v.get(k)
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_string()
    };
    items
        .iter()
        .map(|v| ThemeInfo {
            slug: field(v, "slug"),
            province: field(v, "province"),
            portal_name: field(v, "portal_name"),
            logo: field(v, "logo"),
        })
        .filter(|t| !t.slug.is_empty())
        .collect()
}

/// The theme named by the request's cookie, if it is one of `all`.
pub fn chosen<'a>(headers: &HeaderMap, all: &'a [ThemeInfo]) -> Option<&'a ThemeInfo> {
    let slug = crate::cookies().get(headers, COOKIE)?;
    all.iter().find(|t| t.slug == slug)
}

/// The `Set-Cookie` value for choosing `slug` ("" goes back to the kit's own look).
pub fn cookie(slug: &str) -> String {
    if slug.is_empty() {
        crate::cookies().clear(COOKIE)
    } else {
        crate::cookies().set(
            COOKIE,
            slug,
            Some(std::time::Duration::from_secs(31_536_000)),
        )
    }
}

/// A safe place to go back to after switching: a path of this site, never another origin
/// ([`dvc_server::redirect::local_path`]).
pub fn back_to(path: &str) -> String {
    dvc_server::redirect::local_path_or_home(Some(path))
}

/// The switcher: a small form in the header (works without JavaScript).
#[component]
pub fn ThemeSwitcher(all: Vec<ThemeInfo>, current: Option<String>, back: String) -> impl IntoView {
    let current = current.unwrap_or_default();
    let kit_default = current.is_empty();
    view! {
        <form class="demo-theme" method="post" action=SWITCH_PATH>
            <input type="hidden" name="back" value=back/>
            <label class="demo-theme__label" for="demo-theme">{say("Giao diện của tỉnh", "Province theme")}</label>
            <select class="dvc-select demo-theme__select" id="demo-theme" name="theme">
                <option value="" selected=kit_default>{say("Mặc định (dvc-ui)", "Default (dvc-ui)")}</option>
                {all.into_iter().map(|t| {
                    let selected = t.slug == current;
                    // A province's name is Vietnamese on an English page too.
                    view! { <option value=t.slug selected=selected lang="vi">{t.province}</option> }
                }).collect_view()}
            </select>
            <button class="dvc-button dvc-button--secondary demo-theme__button" type="submit">{say("Áp dụng", "Apply")}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn going_back_never_leaves_the_site() {
        assert_eq!(back_to("/components/button"), "/components/button");
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil",
            "x",
            "/a\r\nSet-Cookie: x=1",
            "/\t/evil.example",
            "/%09/evil.example",
        ] {
            assert_eq!(back_to(bad), "/", "{bad}");
        }
    }

    #[test]
    fn the_chosen_theme_must_be_a_known_one() {
        let all = vec![ThemeInfo {
            slug: "ha-noi".into(),
            province: "Hà Nội".into(),
            portal_name: "P".into(),
            logo: "themes/ha-noi.svg".into(),
        }];
        let mut headers = HeaderMap::new();
        headers.insert(
            axum::http::header::COOKIE,
            "a=1; dvc_theme=ha-noi".parse().unwrap(),
        );
        assert_eq!(
            chosen(&headers, &all).map(|t| t.slug.as_str()),
            Some("ha-noi")
        );
        headers.insert(
            axum::http::header::COOKIE,
            "dvc_theme=../../etc".parse().unwrap(),
        );
        assert_eq!(chosen(&headers, &all), None);
        assert!(cookie("").contains("Max-Age=0"));
    }
}
