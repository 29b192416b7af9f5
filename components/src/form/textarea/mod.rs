//! `Textarea`: a multi-line answer, with an optional character or word count that says how
//! many are left, announces it politely once typing pauses, and shows (never blocks) going
//! over the limit. The component renders the count as the server counts it; its behaviour
//! (`enhance.js`, `data-dvc-module="character-count"`) keeps it up to date.

#[cfg(feature = "markup")]
pub(crate) mod examples;

use crate::i18n::Ui;
use dvc_rules::Locale;
#[cfg(feature = "markup")]
use {
    super::field::use_field, super::submission::restored_value, crate::i18n::use_locale,
    leptos::prelude::*,
};

#[cfg(feature = "markup")]
/// A multi-line text box inside a [`Field`](super::Field). With `max_chars` or `max_words`
/// it shows a count; a longer answer is kept and flagged (pair it with
/// `rule=FieldRule::Text { max_chars: Some(n) }` so the submit says so too).
///
/// ```
/// use dvc_ui::prelude::*;
/// use dvc_ui::form::Textarea;
/// use leptos::prelude::*;
///
/// #[component]
/// fn Reason() -> impl IntoView {
///     view! {
///         <Field name="reason" label="Lý do đề nghị">
///             <Textarea max_chars=500/>
///         </Field>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::textarea`].
#[component]
pub fn Textarea(
    #[prop(optional, default = 5)] rows: u32,
    #[prop(optional)] max_chars: Option<usize>,
    #[prop(optional)] max_words: Option<usize>,
    #[prop(optional, into)] value: Option<RwSignal<String>>,
    #[prop(optional, into)] autocomplete: Option<String>,
    #[prop(optional, into)] spellcheck: Option<bool>,
) -> impl IntoView {
    let field = match use_field("Textarea", false) {
        Ok(field) => field,
        Err(problem) => return problem,
    };
    let locale = use_locale();
    let value = value.unwrap_or_else(|| RwSignal::new(String::new()));
    if let Some(v) = restored_value(&field.input_id, &field.name) {
        value.set(v);
    }
    let initial = value.get_untracked();
    let limit = max_words
        .map(|w| (w, true))
        .or(max_chars.map(|c| (c, false)));
    let info_id = format!("{}-info", field.input_id);
    let used = |text: &str, words: bool| {
        if words {
            text.split_whitespace().count()
        } else {
            text.chars().count()
        }
    };
    // What the server counts; the behaviour (`enhance.js`) counts again as the citizen types.
    let remaining = limit.map(|(max, words)| max as i64 - used(&initial, words) as i64);
    let over = remaining.is_some_and(|r| r < 0);
    let count_id = format!("{}-count", field.input_id);
    let count_ref = count_id.clone();
    let described = field.aria_describedby_with(move || {
        let mut ids = Vec::new();
        if limit.is_some() {
            ids.push(info_id.clone());
        }
        // Already over the limit (e.g. a page rendered again after a post): the count is
        // read with the box, not only after the next key.
        if over {
            ids.push(count_ref.clone());
        }
        ids
    });
    let in_error = field.in_error();
    let textarea = view! {
        <textarea class="dvc-textarea" class:dvc-textarea--error=move || in_error.get() || over
            id=field.input_id.clone() name=field.name.clone() rows=rows autocomplete=autocomplete
            spellcheck=spellcheck.map(|s| if s { "true" } else { "false" })
            aria-describedby=described
            aria-invalid=move || (in_error.get() || over).then_some("true")
            data-dvc-over=over.then_some("")
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))>{initial.clone()}</textarea>
    };
    let Some((max, words)) = limit else {
        return textarea.into_any();
    };
    let info = (if words { Ui::MaxWords } else { Ui::MaxChars }).fill(locale, &[("max", &max)]);
    view! {
        <div class="dvc-character-count" data-dvc-module="character-count" data-max=max.to_string()
            data-words=words.then_some("")>
            {textarea}
            <div class="dvc-hint dvc-character-count__info dvc-visually-hidden" id=format!("{}-info", field.input_id)>{info}</div>
            <div class="dvc-character-count__message" class:dvc-character-count__message--over=over aria-hidden="true" id=count_id>
                {remaining.map(|r| count_message(locale, r, words))}
            </div>
            <div class="dvc-visually-hidden" aria-live="polite"></div>
        </div>
    }
    .into_any()
}

#[cfg(feature = "markup")]
/// "Bạn còn 12 ký tự" / "Bạn đã nhập quá 3 ký tự": the count under a limited text box.
pub fn count_message(locale: Locale, remaining: i64, words: bool) -> String {
    let one = remaining.abs() == 1;
    let key = match (words, remaining >= 0, one) {
        (false, true, false) => Ui::CharsLeft,
        (false, true, true) => Ui::CharLeft,
        (true, true, false) => Ui::WordsLeft,
        (true, true, true) => Ui::WordLeft,
        (false, false, false) => Ui::CharsOver,
        (false, false, true) => Ui::CharOver,
        (true, false, false) => Ui::WordsOver,
        (true, false, true) => Ui::WordOver,
    };
    key.fill(locale, &[("n", &remaining.abs())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_naturally() {
        assert_eq!(count_message(Locale::Vi, 12, false), "Bạn còn 12 ký tự");
        assert_eq!(count_message(Locale::Vi, -3, true), "Bạn đã nhập quá 3 từ");
        assert_eq!(
            count_message(Locale::En, 1, false),
            "You have 1 character remaining"
        );
        assert_eq!(
            count_message(Locale::En, -2, true),
            "You have 2 words too many"
        );
    }
}
