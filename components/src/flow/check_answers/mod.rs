//! `CheckAnswers`: every answer read back before the dossier is sent (GOV.UK's check
//! answers pattern): a summary list of question and answer pairs, the answer as text (never
//! markup; line breaks kept), each with a "Thay đổi" link that opens its question and
//! says which one to a screen reader ("Thay đổi họ và tên"). The service formats each
//! answer (ID grouped, money in figures, the address in full, files with sizes) and makes
//! each link come back here after "Tiếp tục".

pub(crate) mod examples;

use crate::i18n::{t, Ui};
use leptos::prelude::*;

/// One answer read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The question, short ("Họ và tên").
    pub question: String,
    /// The answer as the citizen should read it; empty is said as "Chưa trả lời".
    pub answer: String,
    /// Where to change it (empty: it cannot be changed here).
    pub change_href: String,
}

impl Answer {
    pub fn new(question: &str, answer: &str, change_href: &str) -> Answer {
        Answer {
            question: question.into(),
            answer: answer.into(),
            change_href: change_href.into(),
        }
    }
}

/// Every answer, with a way to change each.
///
/// ```
/// use dvc_ui::flow::{Answer, CheckAnswers};
/// use leptos::prelude::*;
///
/// #[component]
/// fn Check() -> impl IntoView {
///     view! {
///         <CheckAnswers answers=vec![Answer::new("Họ và tên", "Lò Văn Páo", "/dang-ky/ho-ten?quay-ve=kiem-tra")]/>
///     }
/// }
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::check_answers`].
#[component]
pub fn CheckAnswers(
    /// Each answer, in the order the questions were asked.
    answers: Vec<Answer>,
) -> impl IntoView {
    let rows = answers.into_iter().map(|a| {
        let what = dvc_rules::latin::lowercase(&a.question);
        let empty = a.answer.trim().is_empty();
        let shown = if empty { t(Ui::NotAnswered).to_string() } else { a.answer };
        let change = (!a.change_href.is_empty()).then(|| view! {
            <dd class="dvc-check-answers__action">
                <a href=a.change_href>{t(Ui::Change)}<span class="dvc-visually-hidden">{format!(" {what}")}</span></a>
            </dd>
        });
        view! {
            <div class="dvc-check-answers__row">
                <dt class="dvc-check-answers__question">{a.question}</dt>
                <dd class=if empty { "dvc-check-answers__answer dvc-check-answers__answer--empty" } else { "dvc-check-answers__answer" }>{shown}</dd>
                {change}
            </div>
        }
    });
    view! { <dl class="dvc-check-answers">{rows.collect_view()}</dl> }
}
