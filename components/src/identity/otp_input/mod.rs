//! `OtpInput`: a one-time code (mã xác thực) sent by text message: one box, not one box
//! per digit (a screen reader reads one field; paste and the phone's "from Messages"
//! suggestion fill it whole), `autocomplete="one-time-code"`, `inputmode="numeric"`, the
//! length configurable (6 by default), spaces and hyphens tolerated (the rule is
//! `dvc_rules::otp`). Under it, "Gửi lại mã": with JavaScript it appears when the wait the
//! server set is over, the wait said politely at 30-second steps and at 10 seconds, not
//! every second; without JavaScript the button is always there and the server says how
//! long to wait if pressed too early. The form's own button ("Xác nhận", or `submit`) is
//! drawn here, before "Gửi lại mã": Enter in the box (a phone keyboard's "Go") presses a
//! form's first button, which must confirm the code, never ask for another. The server
//! names a wrong or expired code
//! (`ProblemCode::OtpWrong`, `OtpExpired`) as the question's error. The wait's behaviour is
//! `enhance.js` (`data-dvc-module="otp"`).

#[cfg(feature = "markup")]
pub(crate) mod examples;

use crate::i18n::Ui;
use dvc_rules::Locale;
#[cfg(feature = "markup")]
use {
    crate::form::{Button, ButtonKind, Field, InputWidth, TextInput, ACTION_FIELD},
    crate::i18n::use_locale,
    dvc_rules::form::FieldRule,
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// The posted `dvc_action` of "Gửi lại mã".
pub const RESEND: &str = "resend";

#[cfg(feature = "markup")]
/// A one-time code question with its "send again" button, inside a [`Form`](crate::form::Form).
///
/// ```
/// use dvc_ui::identity::OtpInput;
/// use dvc_ui::prelude::*;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Code() -> impl IntoView {
///     view! {
///         <Form id="otp">
///             <OtpInput name="otp" sent_to="0912 *** 678" resend_after=60 submit="Tiếp tục"/>
///         </Form>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::otp_input`].
#[component]
pub fn OtpInput(
    /// The name the code is posted under.
    #[prop(into)]
    name: String,
    /// How many digits the code has.
    #[prop(optional, default = dvc_rules::otp::DEFAULT_DIGITS)]
    digits: usize,
    /// Where the code was sent, masked ("0912 *** 678"): said in the hint.
    #[prop(optional, into)]
    sent_to: Option<String>,
    /// The question (default: "Mã xác thực").
    #[prop(optional, into)]
    label: Option<String>,
    /// The question is the page's heading (`h1`).
    #[prop(optional)]
    label_is_heading: bool,
    /// Seconds before a new code may be asked for (as the server set it; 0: now).
    #[prop(optional)]
    resend_after: u64,
    /// An error to show whatever the form model says (e.g. the server's "wrong code").
    #[prop(optional, into)]
    error: MaybeProp<String>,
    /// The words of the form's button, which confirms the code (default "Xác nhận").
    #[prop(optional, into)]
    submit: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    let label = label.unwrap_or_else(|| Ui::OtpLabel.text(locale).into());
    let hint = match &sent_to {
        Some(to) => Ui::OtpHintSentTo.fill(locale, &[("digits", &digits), ("to", to)]),
        None => Ui::OtpHint.fill(locale, &[("digits", &digits)]),
    };
    // Seen: the seconds to wait, as the server counts them; said: the same in words. The
    // behaviour (`enhance.js`) counts down from here.
    let seen = (resend_after > 0).then(|| Ui::OtpWait.fill(locale, &[("seconds", &resend_after)]));
    view! {
        <div class="dvc-otp" data-dvc-module="otp" data-resend-after=resend_after.to_string()>
            <Field name=name label=label hint=hint label_is_heading=label_is_heading error=error rule=FieldRule::OneTimeCode { digits }>
                <TextInput inputmode="numeric".to_string() autocomplete="one-time-code" spellcheck=false width=InputWidth::Chars10/>
            </Field>
            <Button>{submit.unwrap_or_else(|| Ui::OtpConfirm.text(locale).into())}</Button>
            <div class="dvc-otp__resend">
                <p class="dvc-otp__wait" aria-hidden="true">{seen}</p>
                <p class="dvc-visually-hidden" aria-live="polite">{wait_words(resend_after, locale)}</p>
                <div>
                    <Button kind=ButtonKind::Secondary name=ACTION_FIELD value=RESEND without_checks=true>{Ui::OtpResend.text(locale)}</Button>
                </div>
            </div>
        </div>
    }
}

#[cfg(feature = "markup")]
/// What the polite region says with `seconds` still to wait.
fn wait_words(seconds: u64, locale: Locale) -> String {
    if seconds == 0 {
        Ui::OtpCanResend.fill(locale, &[])
    } else {
        Ui::OtpWait.fill(locale, &[("seconds", &seconds)])
    }
}
