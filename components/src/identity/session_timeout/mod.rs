//! `SessionTimeout`: the warning before a signed-in session ends (the WAI-ARIA APG modal
//! dialog pattern, as HMRC's timeout dialog does it). The server renders a closed native
//! `<dialog>` with what the session has left; once the page is interactive,
//! its behaviour (`enhance.js` beside this file) counts down and, a configurable time before the end
//! (2 minutes by default), opens it as a modal: focus moves to "Tiếp tục phiên làm việc",
//! the rest of the page is inert (Tab stays inside), Escape or the button extend the
//! session by a keep-alive request and focus goes back where it was; "Đăng xuất" posts the
//! sign-out. The time left is said when the dialog opens and then at whole minutes and at
//! 30 and 10 seconds only (a polite live region), while the visible clock counts every
//! second. Tabs of the same portal keep one clock (BroadcastChannel): extending in one
//! closes the warning in the others. Any other request the page sends in the background
//! (a form's answers kept while typing) renews the session on the server too: it announces
//! [`RENEWED`] on the document and the clock starts again from the full quiet time, so a
//! citizen who is typing is not interrupted by a warning. At the end, the page goes to the "session ended"
//! address with this page to come back to. Without JavaScript nothing shows: the server's
//! expiry still holds and the next post leads to sign-in, then back.

#[cfg(feature = "markup")]
pub(crate) mod examples;

#[cfg(feature = "markup")]
use crate::i18n::Ui;
#[cfg(feature = "markup")]
use {crate::i18n::t, leptos::prelude::*};

#[cfg(feature = "markup")]
/// The dialog's id (one per page).
pub const ID: &str = "dvc-timeout";

/// The event a component fires on `document` when it has sent the server a request in the
/// background (which renews the session): the clock then counts from the full quiet time
/// again, in this tab and the others.
pub const RENEWED: &str = "dvc-session-renewed";

/// Tells the page's session clock that a request just went to the server in the background
/// (which renews the session): fires [`RENEWED`] on the document. Does nothing on a server
/// or on a page without the clock.
///
/// ```no_run
/// // After a background post to the portal (here: answers kept while typing).
/// dvc_ui::identity::renewed();
/// ```
pub fn renewed() {
    if crate::SERVER_RENDER {
        return;
    }
    let document = web_sys::window().and_then(|w| w.document());
    if let (Ok(event), Some(document)) = (web_sys::Event::new(RENEWED), document) {
        let _ = document.dispatch_event(&event);
    }
}

#[cfg(feature = "markup")]
/// The session-timeout warning of a signed-in page.
///
/// ```
/// use dvc_ui::identity::SessionTimeout;
/// use leptos::prelude::*;
///
/// #[component]
/// fn SignedInPage() -> impl IntoView {
///     // 15 minutes left (the server just renewed the session), warn 2 minutes before.
///     view! {
///         <SessionTimeout seconds_left=900 keep_alive_url="/phien/gia-han"
///             ended_url="/het-phien" sign_out_action="/dang-xuat"/>
///     }
/// }
/// ```
///
/// In the browser, once the page is interactive, the kit's behaviour module starts it
/// (`enhance.js` beside this file, `data-dvc-module="session-timeout"`).
///
/// Every named example, compiled: [`crate::examples::gallery::session_timeout`].
#[component]
pub fn SessionTimeout(
    /// Seconds until the server ends the session (as this page was rendered).
    seconds_left: u64,
    /// How long before the end the warning opens (default 120 seconds).
    #[prop(optional, default = 120)]
    warn_seconds: u64,
    /// Where "Tiếp tục phiên làm việc" posts to extend the session: answers 200 with
    /// `{"seconds": N}` (the new time left), or 401 when the session has ended.
    #[prop(into)]
    keep_alive_url: String,
    /// Where the page goes when the session has ended (`?tiep=` this page is added).
    #[prop(into)]
    ended_url: String,
    /// Where "Đăng xuất" posts.
    #[prop(into)]
    sign_out_action: String,
    /// Drawn open in the page, as a still picture of the warning (the demo's example); a
    /// signed-in page leaves it closed for the clock to open.
    #[prop(optional)]
    preview: bool,
) -> impl IntoView {
    let warn = warn_seconds.min(seconds_left);
    let left = crate::i18n::use_locale();
    // The still picture has ids of its own: a signed-in designer's page has the real one too.
    let id = if preview {
        format!("{ID}-preview")
    } else {
        ID.to_string()
    };
    let (title_id, said_id) = (format!("{id}-title"), format!("{id}-said"));
    let (labelled_by, described_by) = (title_id.clone(), said_id.clone());
    view! {
        <dialog class="dvc-timeout" id=id aria-labelledby=labelled_by aria-describedby=described_by
            data-seconds-left=seconds_left.to_string() data-warn-seconds=warn.to_string()
            data-keep-alive=keep_alive_url data-ended=ended_url
            open=preview data-preview=preview.then_some("")
            data-dvc-module=(!preview).then_some("session-timeout")>
            <h2 class="dvc-timeout__title" id=title_id>{t(Ui::TimeoutTitle)}</h2>
            // Said when the dialog opens and at a few moments after (not every second).
            <p class="dvc-visually-hidden dvc-timeout__said" id=said_id aria-live="polite" aria-atomic="true">
                {Ui::TimeoutSaid.fill(left, &[("time", &duration_words(warn, left))])}
            </p>
            // Seen: the clock counting every second (the words above say the same).
            <p class="dvc-timeout__text" aria-hidden="true">
                {t(Ui::TimeoutEndsIn)}" "
                <strong class="dvc-timeout__clock">{duration_words(warn, left)}</strong>"."
            </p>
            <p class="dvc-timeout__text" aria-hidden="true">{t(Ui::TimeoutKept)}</p>
            <p class="dvc-timeout__problem" hidden=true></p>
            <div class="dvc-button-group">
                <button type="button" class="dvc-button" data-dvc-timeout-continue="">{t(Ui::TimeoutContinue)}</button>
                <form method="post" action=sign_out_action class="dvc-timeout__sign-out">
                    <button type="submit" class="dvc-button dvc-button--secondary">{t(Ui::SignOut)}</button>
                </form>
            </div>
        </dialog>
    }
}

#[cfg(feature = "markup")]
/// "2 phút", "1 phút 5 giây", "45 giây" ("2 minutes", "1 minute 5 seconds", "45 seconds").
pub fn duration_words(seconds: u64, locale: dvc_rules::Locale) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    let minutes = |n: u64| {
        if n == 1 {
            Ui::OneMinute.fill(locale, &[])
        } else {
            Ui::Minutes.fill(locale, &[("n", &n)])
        }
    };
    let secs = |n: u64| {
        if n == 1 {
            Ui::OneSecond.fill(locale, &[])
        } else {
            Ui::Seconds.fill(locale, &[("n", &n)])
        }
    };
    match (m, s) {
        (0, s) => secs(s),
        (m, 0) => minutes(m),
        (m, s) => format!("{} {}", minutes(m), secs(s)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dvc_rules::Locale;

    #[test]
    fn times_are_said_in_words_of_each_language() {
        assert_eq!(duration_words(120, Locale::Vi), "2 phút");
        assert_eq!(duration_words(65, Locale::Vi), "1 phút 5 giây");
        assert_eq!(duration_words(45, Locale::Vi), "45 giây");
        assert_eq!(duration_words(0, Locale::Vi), "0 giây");
        assert_eq!(duration_words(61, Locale::En), "1 minute 1 second");
        assert_eq!(duration_words(150, Locale::En), "2 minutes 30 seconds");
    }
}
