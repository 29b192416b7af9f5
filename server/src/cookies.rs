//! Every cookie the kit or a portal sets, written one way: `Path=/`, `HttpOnly` (no script
//! reads it), `SameSite=Lax` (sent on the identity provider's and the gateway's top-level
//! redirects back, never on another site's posts), and over HTTPS `Secure` with the
//! `__Host-` prefix (no sibling host can set or shadow it). Cookies carry random ids or a
//! preference only, never anything personal.

use http::{header, HeaderMap};
use std::time::Duration;

/// How this portal writes and reads its cookies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cookies {
    /// The portal is served over HTTPS: `Secure` and the `__Host-` prefix.
    pub https: bool,
}

impl Cookies {
    /// Over HTTPS when `DVC_SECURE_COOKIES=1`.
    pub fn from_env() -> Cookies {
        Cookies {
            https: std::env::var("DVC_SECURE_COOKIES").is_ok_and(|v| v == "1"),
        }
    }

    /// The name a cookie goes by: `__Host-{base}` over HTTPS, `base` otherwise.
    pub fn name(&self, base: &str) -> String {
        if self.https {
            format!("__Host-{base}")
        } else {
            base.to_string()
        }
    }

    fn attributes(&self) -> &'static str {
        if self.https {
            "Path=/; HttpOnly; SameSite=Lax; Secure"
        } else {
            "Path=/; HttpOnly; SameSite=Lax"
        }
    }

    /// The `Set-Cookie` value for `base` = `value`, kept for `max_age` (None: until the
    /// browser closes). `value` must be a cookie-safe token (the kit's are random ids and
    /// slugs); anything else is written empty.
    ///
    /// ```
    /// use dvc_server::cookies::Cookies;
    /// use std::time::Duration;
    /// let c = Cookies { https: true }.set("dvc_draft", "abc", Some(Duration::from_secs(60)));
    /// assert_eq!(c, "__Host-dvc_draft=abc; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=60");
    /// ```
    pub fn set(&self, base: &str, value: &str, max_age: Option<Duration>) -> String {
        let safe = value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
        let value = if safe { value } else { "" };
        let mut c = format!("{}={value}; {}", self.name(base), self.attributes());
        if let Some(age) = max_age {
            c.push_str(&format!("; Max-Age={}", age.as_secs()));
        }
        c
    }

    /// The `Set-Cookie` value that makes the browser forget `base`.
    pub fn clear(&self, base: &str) -> String {
        format!("{}=; {}; Max-Age=0", self.name(base), self.attributes())
    }

    /// The value of `base` in the request, under the name it goes by here.
    pub fn get(&self, headers: &HeaderMap, base: &str) -> Option<String> {
        cookie(headers, &self.name(base))
    }
}

/// The value of the cookie `name` (its full name) in the request's `Cookie` headers; an
/// empty value is none.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attributes(c: &str) -> Vec<&str> {
        c.split("; ").skip(1).collect()
    }

    #[test]
    fn every_cookie_is_hardened_and_over_https_secure_and_host_only() {
        let plain = Cookies { https: false };
        let tls = Cookies { https: true };
        let c = plain.set("dvc_theme", "ha-noi", None);
        assert_eq!(c.split(';').next(), Some("dvc_theme=ha-noi"));
        assert_eq!(attributes(&c), ["Path=/", "HttpOnly", "SameSite=Lax"]);
        let c = tls.set("dvc_theme", "ha-noi", Some(Duration::from_secs(5)));
        assert_eq!(c.split(';').next(), Some("__Host-dvc_theme=ha-noi"));
        assert_eq!(
            attributes(&c),
            ["Path=/", "HttpOnly", "SameSite=Lax", "Secure", "Max-Age=5"]
        );
        assert!(!c.contains("Domain"));
        let gone = tls.clear("dvc_theme");
        assert!(gone.starts_with("__Host-dvc_theme=;") && gone.ends_with("Max-Age=0"));
        assert!(gone.contains("Secure"));
    }

    #[test]
    fn a_value_that_could_add_an_attribute_is_not_written() {
        let c = Cookies::default().set("x", "a; Domain=evil.example", None);
        assert_eq!(c.split(';').next(), Some("x="));
        assert!(!c.contains("evil"));
    }

    #[test]
    fn read_back_under_the_name_it_goes_by() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; __Host-dvc_draft=abc; dvc_draft=plain"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            Cookies { https: true }.get(&h, "dvc_draft").as_deref(),
            Some("abc")
        );
        assert_eq!(
            Cookies { https: false }.get(&h, "dvc_draft").as_deref(),
            Some("plain")
        );
        assert_eq!(cookie(&h, "b"), None);
    }
}
