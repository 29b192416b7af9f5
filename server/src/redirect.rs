//! Return addresses taken from a request ("come back to …" after signing in, switching a
//! theme or a language): the one check that says whether such an address is a path of this
//! site, for every redirect whose target a request names. An address that fails it is
//! replaced by the home page, never followed: an open redirect sends a citizen, from the
//! portal's own address, to a look-alike that asks for their identity number.

/// The longest return address kept (a page's path and query are far shorter).
pub const MAX_RETURN_PATH: usize = 2048;

/// `candidate` when it is a path of this site: it starts with one `/` (not `//`, which a
/// browser reads as another host), holds no backslash (read as `/`), no control character
/// (a TAB or a line break is dropped by the browser: `/\t/evil.example` is
/// `//evil.example`), no space, and stays so once percent-decoded (`/%2F/evil.example`,
/// `/%09/evil.example`), up to three times over. A scheme (`https:`, `javascript:`) cannot
/// come first in such a path. None otherwise.
///
/// ```
/// use dvc_server::redirect::local_path;
/// assert_eq!(local_path("/dang-ky?buoc=2"), Some("/dang-ky?buoc=2"));
/// assert_eq!(local_path("/%09/evil.example"), None);
/// assert_eq!(local_path("//evil.example"), None);
/// ```
pub fn local_path(candidate: &str) -> Option<&str> {
    if candidate.len() > MAX_RETURN_PATH {
        return None;
    }
    let mut text = candidate.to_string();
    for _ in 0..4 {
        if !is_plain_local(&text) {
            return None;
        }
        let decoded = percent_decoded(&text);
        if decoded == text {
            return Some(candidate);
        }
        text = decoded;
    }
    // Still changing after three decodings: nobody's link looks like that.
    None
}

/// [`local_path`] of `candidate`, or the home page `/` when there is none or it fails.
pub fn local_path_or_home(candidate: Option<&str>) -> String {
    candidate.and_then(local_path).unwrap_or("/").to_string()
}

fn is_plain_local(path: &str) -> bool {
    let mut chars = path.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/') | Some('\\'))
        && !path
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\' || is_invisible(c))
}

/// Characters a browser may drop or that hide or reorder what a text says (zero-width,
/// bidi controls): refused in a return address, dropped from an upload's name.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{061c}' | '\u{feff}')
}

/// `%XX` escapes decoded (bytes that are not UTF-8 become U+FFFD); `+` kept as it is.
fn percent_decoded(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn paths_of_this_site_are_kept_as_they_are() {
        for good in [
            "/",
            "/examples/dang-ky-thuong-tru",
            "/en/components/button?x=1&y=%C3%A9",
            "/dang-ky#phan-2",
            "/tim-kiem?q=H%C3%A0+N%E1%BB%99i",
        ] {
            assert_eq!(local_path(good), Some(good), "{good}");
        }
    }

    #[test]
    fn every_way_out_of_the_site_goes_home() {
        for bad in [
            "",
            "evil",
            "evil.example/x",
            "https://evil.example",
            "javascript:alert(1)",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/%09/evil.example",
            "/%0a/evil.example",
            "/%2F/evil.example",
            "/%2f%2fevil.example",
            "/%5Cevil.example",
            "/%252F/evil.example",
            "/%25252F/evil.example",
            "/a\r\nSet-Cookie: x=1",
            "/a%0d%0aSet-Cookie:%20x=1",
            " /evil",
            "/\u{0}x",
            "/\u{7f}x",
            "/\u{85}x",
            "/\u{202e}lmth.x",
            "/\u{200b}/evil.example",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
            assert_eq!(local_path_or_home(Some(bad)), "/", "{bad:?}");
        }
        assert_eq!(local_path_or_home(None), "/");
        assert_eq!(
            local_path(&format!("/{}", "a".repeat(MAX_RETURN_PATH))),
            None
        );
    }

    proptest! {
        /// Whatever is accepted, a browser resolves against this site: it starts with one
        /// slash, and neither it nor its decoding holds a way to another host.
        #[test]
        fn what_is_accepted_stays_on_the_site(s in "[/\\\\%0-9a-fA-F\t :.a-z?#]{0,24}") {
            if let Some(p) = local_path(&s) {
                let d = percent_decoded(p);
                prop_assert!(p.starts_with('/') && !p.starts_with("//"));
                prop_assert!(!d.starts_with("//") && !d.contains('\\') && !d.contains('\t'));
            }
        }
    }
}

/// A 303 to `to` (post/redirect/get: a reload never posts again), setting each cookie.
pub fn see_other(to: &str, cookies: &[String]) -> axum::response::Response {
    use axum::http::{header, HeaderValue, StatusCode};
    use axum::response::IntoResponse;
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    for c in cookies.iter().filter_map(|c| HeaderValue::from_str(c).ok()) {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}
