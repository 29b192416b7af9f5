//! A page rendered by Leptos, made ready to send: valid HTML under the kit's strict
//! Content-Security-Policy.
//!
//! Owns two corrections to what `leptos_axum` writes:
//! - the inline scripts it appends after `</html>` (declaring its tables of serialized
//!   resources, empty for the kit's pages) are cut: the CSP refuses inline scripts, and the
//!   hydrating bundle's loader declares the same tables;
//! - its empty markers `<!>` (where a view may later put nodes) are "bogus comments" to an
//!   HTML parser, an error to the Nu Html Checker on every page; they are written
//!   `<!---->`, the valid comment that parses to the same empty comment node, so hydration
//!   finds the DOM it expects.
//!
//! Text and attribute values never hold a literal `<` (Leptos escapes both), so a `<!>` is a
//! marker wherever it is outside a comment, a script or a style, which are copied as they are.

use axum::body::Body;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// [`tidy`] applied to a rendered page's body (read whole: the kit's pages are rendered
/// whole, not streamed); `Content-Length` dropped as the length changes.
pub async fn finish(res: Response) -> Response {
    let (parts, body) = res.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, usize::MAX).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = tidy(&String::from_utf8_lossy(&bytes));
    let mut res = Response::from_parts(parts, Body::from(html));
    res.headers_mut().remove(header::CONTENT_LENGTH);
    res
}

/// The page cut after `</html>`, with every empty marker written as a valid comment.
pub fn tidy(html: &str) -> String {
    let html = match html.find("</html>") {
        Some(end) => &html[..end + "</html>".len()],
        None => html,
    };
    let mut out = String::with_capacity(html.len() + html.len() / 8);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<!>") {
            out.push_str("<!---->");
            rest = after;
            continue;
        }
        let copied = if rest.starts_with("<!--") {
            through(rest, "<!--".len(), "-->")
        } else {
            raw_text_end(rest).unwrap_or(1)
        };
        out.push_str(&rest[..copied]);
        rest = &rest[copied..];
    }
    out.push_str(rest);
    out
}

/// How far from the start of `s` to copy when it opens a `<script>` or `<style>` element:
/// through its end tag (or to the end). None for any other tag.
fn raw_text_end(s: &str) -> Option<usize> {
    for name in ["script", "style"] {
        let opens = s
            .get(1..=name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && s[1 + name.len()..]
                .chars()
                .next()
                .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace());
        if opens {
            // ASCII lowering keeps every byte where it was.
            return Some(through(&s.to_ascii_lowercase(), 1, &format!("</{name}")));
        }
    }
    None
}

/// The length of `s` through the first `end` found after `from` (all of it when there is none).
fn through(s: &str, from: usize, end: &str) -> usize {
    s[from..]
        .find(end)
        .map_or(s.len(), |at| from + at + end.len())
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn empty_markers_become_valid_comments() {
        assert_eq!(
            tidy("<main><p>a<!>b</p><!><ul><!></ul></main>"),
            "<main><p>a<!---->b</p><!----><ul><!----></ul></main>"
        );
    }

    #[test]
    fn what_follows_the_page_is_cut() {
        assert_eq!(
            tidy("<html><body><!></body></html><script>__RESOLVED_RESOURCES = []</script>"),
            "<html><body><!----></body></html>"
        );
    }

    #[test]
    fn comments_scripts_and_styles_are_copied_as_they_are() {
        let page = "<!-- a <!> in a comment --><script type=\"module\">if (a<!>b) {}</script>\
                    <STYLE>x::after{content:\"<!>\"}</STYLE><script>/* unclosed <!>";
        assert_eq!(tidy(page), page);
    }

    #[test]
    fn other_tags_and_escaped_text_are_untouched() {
        let page = "<p title=\"&lt;!&gt;\">&lt;!&gt; <scripts> <styled></p><!DOCTYPE html>";
        assert_eq!(tidy(page), page);
    }

    #[test]
    fn a_page_without_markers_is_the_same_page() {
        assert_eq!(tidy("plain < text"), "plain < text");
        assert_eq!(tidy(""), "");
        assert_eq!(tidy("<"), "<");
        assert_eq!(tidy("<!"), "<!");
    }
}
