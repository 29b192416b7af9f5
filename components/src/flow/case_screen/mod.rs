//! `CaseScreen`: the pages of a dossier's life after "Nộp hồ sơ", drawn from a
//! `dvc_procedure::casework::CaseScreen` the server worked out: the citizen's "Hồ sơ của
//! tôi" (each dossier with its status tag, days and what to do), one dossier (where it
//! stands, a request for more papers with its reason and deadline, the timeline newest
//! first, the answers as submitted), the look-up by code and its answer, and the way in
//! when a page needs signing in. Markup and words only: who may see what is the server's.

pub(crate) mod examples;

use super::BackLink;
use crate::content::{
    BannerKind, Event as TimelineEvent, NotificationBanner, SummaryAction, SummaryList, SummaryRow,
    Tag, TagColour, Timeline,
};
use crate::form::{
    Button, ErrorSummary, Field, Form, InputWidth, Submission, SummaryItem, TextInput,
    FORM_ID_FIELD,
};
use crate::i18n::use_locale;
use dvc_procedure::casework::{
    look_up, more, Actor, CasePage, DossierLine, Event, Happened, MoreItem, Status,
};
use dvc_rules::form::FieldProblem;
use dvc_rules::Locale;
use leptos::prelude::*;

fn say(locale: Locale, vi: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Vi => vi,
        Locale::En => en,
    }
}

/// The colour of a status's tag (the words say it; the colour repeats it).
pub fn status_colour(status: Status) -> TagColour {
    match status {
        Status::Waiting => TagColour::Grey,
        Status::Processing => TagColour::Blue,
        Status::NeedsMore => TagColour::Yellow,
        Status::Refused => TagColour::Red,
        Status::ResultReady => TagColour::Green,
        Status::Done => TagColour::Grey,
    }
}

/// A status as its tag.
pub fn status_tag(status: Status, locale: Locale) -> impl IntoView {
    view! { <Tag colour=status_colour(status)>{status.words(locale)}</Tag> }
}

/// The page's title (its `h1`), for the document's `<title>`.
pub fn case_title(screen: &CasePage, locale: Locale) -> String {
    match screen {
        CasePage::Mine { .. } => mine_heading(locale).into(),
        CasePage::Dossier { line, .. } => {
            format!("{} {}", say(locale, "Hồ sơ", "Dossier"), line.code)
        }
        CasePage::More { line, .. } => format!("{} {}", more_heading(locale), line.code),
        CasePage::SignIn { .. } => say(
            locale,
            "Đăng nhập để xem hồ sơ của bạn",
            "Sign in to see your dossiers",
        )
        .into(),
        CasePage::NotFound { .. } => {
            say(locale, "Không tìm thấy hồ sơ", "Dossier not found").into()
        }
        CasePage::LookUp { .. } => look_up_heading(locale).into(),
        CasePage::Found { line, .. } => {
            format!("{} {}", say(locale, "Hồ sơ", "Dossier"), line.code)
        }
    }
}

/// Whether the screen answers a post with problems (the title then starts "Lỗi: ").
pub fn case_has_problems(screen: &CasePage) -> bool {
    match screen {
        CasePage::LookUp { problems, .. } => !problems.is_empty(),
        CasePage::More { unchanged, .. } => *unchanged,
        _ => false,
    }
}

fn more_heading(locale: Locale) -> &'static str {
    say(locale, "Bổ sung hồ sơ", "Send more for dossier")
}

fn mine_heading(locale: Locale) -> &'static str {
    say(locale, "Hồ sơ của tôi", "My dossiers")
}

fn look_up_heading(locale: Locale) -> &'static str {
    say(locale, "Tra cứu hồ sơ", "Look up a dossier")
}

/// What an event says beyond its heading: the due day, the reason, what was asked or sent,
/// the legal basis.
pub fn event_detail(e: &Event, locale: Locale) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = &e.reason {
        parts.push(format!("{}: {r}", say(locale, "Lý do", "Reason")));
    }
    if !e.items.is_empty() {
        let what = match e.happened {
            Happened::MoreSent => say(locale, "Đã gửi", "Sent"),
            _ => say(locale, "Cần bổ sung", "Needed"),
        };
        parts.push(format!("{what}: {}", e.items.join("; ")));
    }
    if let Some(b) = &e.basis {
        parts.push(format!("{}: {b}", say(locale, "Căn cứ", "Legal basis")));
    }
    if let Some(d) = &e.due {
        let due = match e.happened {
            Happened::MoreAsked => say(locale, "Hạn bổ sung", "Send it by"),
            _ => say(locale, "Hạn trả kết quả", "Result due"),
        };
        parts.push(format!("{due}: {d}"));
    }
    (!parts.is_empty()).then(|| parts.join(". "))
}

/// An event as the kit's `Timeline` shows it.
pub fn timeline_event(e: &Event, locale: Locale) -> TimelineEvent {
    TimelineEvent {
        what: e.happened.words(locale).into(),
        who: match &e.by {
            Actor::Citizen => e.by.words(locale),
            Actor::Office(name) => name.clone(),
        },
        when: e.when.clone(),
        datetime: e.datetime.clone(),
        detail: event_detail(e, locale),
    }
}

/// A dossier's facts: its code, procedure, days.
fn facts(line: &DossierLine, locale: Locale) -> Vec<SummaryRow> {
    let mut rows = vec![
        SummaryRow::new(say(locale, "Mã hồ sơ", "Dossier code"), &line.code),
        SummaryRow::new(say(locale, "Thủ tục", "Procedure"), &line.procedure),
        SummaryRow::new(say(locale, "Ngày nộp", "Submitted"), &line.submitted),
    ];
    if let Some(d) = &line.due {
        let key = match line.status {
            Status::NeedsMore => say(locale, "Hạn bổ sung", "Send more by"),
            _ => say(locale, "Hạn trả kết quả", "Result due"),
        };
        rows.push(SummaryRow::new(key, d));
    }
    rows
}

/// A form's answers and problems known on the server (nothing checked again).
pub(super) fn answered(
    form: &str,
    values: Vec<(String, String)>,
    problems: Vec<FieldProblem>,
) -> Submission {
    let mut pairs = vec![(FORM_ID_FIELD.to_string(), form.to_string())];
    pairs.extend(values);
    super::procedure_screen::answered(pairs, problems)
}

/// A page of a dossier's life, as `screen` says.
///
/// ```
/// use dvc_procedure::casework::CasePage;
/// use dvc_ui::flow::CaseScreen;
/// use leptos::prelude::*;
///
/// let page = CasePage::Mine { notices: vec![], dossiers: vec![] };
/// let html = Owner::new().with(|| view! { <CaseScreen page=page/> }.to_html());
/// assert!(html.contains("Hồ sơ của tôi"));
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::case_screen`].
#[component]
pub fn CaseScreen(
    /// The page the server worked out.
    page: CasePage,
) -> impl IntoView {
    let locale = use_locale();
    match page {
        CasePage::Mine { notices, dossiers } => mine(notices, dossiers, locale),
        CasePage::Dossier {
            line,
            answer_more,
            sent_more,
            asked,
            timeline,
            rows,
            receipt,
            back,
        } => dossier(
            line,
            (answer_more, sent_more),
            asked,
            timeline,
            rows,
            receipt,
            back,
            locale,
        ),
        CasePage::More {
            line,
            asked,
            items,
            unchanged,
            request,
            back,
        } => more_page(line, asked, items, (unchanged, request), back, locale),
        CasePage::SignIn { href, look_up } => view! {
            <h1 class="dvc-heading-l">{say(locale, "Đăng nhập để xem hồ sơ của bạn", "Sign in to see your dossiers")}</h1>
            <p class="dvc-body">{say(locale,
                "Hồ sơ bạn đã nộp và những gì bạn đã khai chỉ hiện khi bạn đăng nhập bằng tài khoản định danh điện tử (VNeID) mức độ 2.",
                "The dossiers you submitted, and what you said in them, are shown only once you sign in with an electronic identity (VNeID) of level 2.")}</p>
            <p class="dvc-body"><a class="dvc-button" href=href>{say(locale, "Đăng nhập bằng VNeID", "Sign in with VNeID")}</a></p>
            <p class="dvc-body">{say(locale, "Không đăng nhập được? ", "Cannot sign in? ")}
                <a class="dvc-link" href=look_up>{say(locale, "Tra cứu tình trạng hồ sơ bằng mã hồ sơ", "Look up a dossier's status by its code")}</a></p>
        }
        .into_any(),
        CasePage::NotFound { back } => view! {
            <h1 class="dvc-heading-l">{say(locale, "Không tìm thấy hồ sơ", "Dossier not found")}</h1>
            <p class="dvc-body">{say(locale,
                "Bạn không có hồ sơ nào với mã này. Kiểm tra lại mã trên biên nhận, hoặc chọn hồ sơ trong danh sách.",
                "You have no dossier with this code. Check the code on your receipt, or choose the dossier from your list.")}</p>
            <p class="dvc-body"><a class="dvc-link" href=back>{mine_heading(locale)}</a></p>
        }
        .into_any(),
        CasePage::LookUp { values, problems, not_found, locked_until } => {
            look_up_form(values, problems, (not_found, locked_until), locale)
        }
        CasePage::Found { line, sign_in, again } => {
            let status = line.status;
            view! {
                <h1 class="dvc-heading-l">{format!("{} {}", say(locale, "Hồ sơ", "Dossier"), line.code)}</h1>
                <p class="dvc-body">{status_tag(status, locale)}</p>
                <SummaryList rows=facts(&line, locale)/>
                <h2 class="dvc-heading-m">{say(locale, "Việc cần làm", "What to do")}</h2>
                <p class="dvc-body">{status.next_step(locale)}</p>
                <p class="dvc-body">{say(locale,
                    "Để xem lý do, quá trình xử lý và những gì đã khai, hãy đăng nhập bằng VNeID: chỉ người nộp hồ sơ mới xem được.",
                    "To see reasons, the timeline and what was said, sign in with VNeID: only the dossier's applicant can see them.")}</p>
                <p class="dvc-body"><a class="dvc-button" href=sign_in>{say(locale, "Đăng nhập để xem chi tiết", "Sign in to see the details")}</a></p>
                <p class="dvc-body"><a class="dvc-link" href=again>{say(locale, "Tra cứu hồ sơ khác", "Look up another dossier")}</a></p>
            }
            .into_any()
        }
    }
}

/// The office's messages, newest first: what happened to which dossier, and when.
fn notice_list(notices: Vec<(String, String, Event)>, locale: Locale) -> Option<AnyView> {
    if notices.is_empty() {
        return None;
    }
    let items = notices
        .into_iter()
        .map(|(code, href, e)| {
            let detail = event_detail(&e, locale);
            view! {
                <li class="dvc-notices__item">
                    <p class="dvc-body dvc-notices__what"><strong>{e.happened.words(locale)}</strong>" – "
                        <a class="dvc-link" href=href>{format!("{} {code}", say(locale, "hồ sơ", "dossier"))}</a></p>
                    <p class="dvc-body-secondary dvc-notices__when">{e.by.words(locale)}", "<time datetime=e.datetime.clone()>{e.when.clone()}</time></p>
                    {detail.map(|d| view! { <p class="dvc-body dvc-notices__detail">{d}</p> })}
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <h2 class="dvc-heading-m">{say(locale, "Thông báo", "Messages")}</h2>
            <ul class="dvc-notices">{items}</ul>
        }
        .into_any(),
    )
}

fn mine(
    notices: Vec<(String, String, Event)>,
    dossiers: Vec<DossierLine>,
    locale: Locale,
) -> AnyView {
    if dossiers.is_empty() {
        return view! {
            <h1 class="dvc-heading-l">{mine_heading(locale)}</h1>
            <p class="dvc-body">{say(locale, "Bạn chưa nộp hồ sơ nào trực tuyến.", "You have not submitted any dossier online.")}</p>
        }
        .into_any();
    }
    let count = dossiers.len();
    let items = dossiers
        .into_iter()
        .map(|line| {
            let status = line.status;
            let href = line.href.clone();
            let procedure = line.procedure.clone();
            view! {
                <li class="dvc-dossier-list__item">
                    <h2 class="dvc-heading-s dvc-dossier-list__title"><a class="dvc-link" href=href>{procedure}</a></h2>
                    <p class="dvc-body dvc-dossier-list__status">{status_tag(status, locale)}</p>
                    <SummaryList rows=facts(&line, locale) no_border=true/>
                    <p class="dvc-body dvc-dossier-list__next">{status.next_step(locale)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <h1 class="dvc-heading-l">{mine_heading(locale)}</h1>
        <p class="dvc-body">{match locale {
            Locale::Vi => format!("Bạn có {count} hồ sơ đã nộp, mới nhất trước."),
            Locale::En => format!("You have submitted {count} dossier{}, newest first.", if count == 1 { "" } else { "s" }),
        }}</p>
        {notice_list(notices, locale)}
        <h2 class="dvc-heading-m">{say(locale, "Hồ sơ đã nộp", "Submitted dossiers")}</h2>
        <ul class="dvc-dossier-list">{items}</ul>
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
fn dossier(
    line: DossierLine,
    (answer_more, sent_more): (Option<String>, bool),
    asked: Option<Event>,
    timeline: Vec<Event>,
    rows: Vec<(String, String)>,
    receipt: Option<String>,
    back: String,
    locale: Locale,
) -> AnyView {
    let status = line.status;
    let more = asked.map(|e| {
        let reason = e.reason.clone().unwrap_or_default();
        let items = e.items.clone();
        let due = e.due.clone();
        let go = answer_more.clone().map(|href| view! {
            <p class="dvc-body"><a class="dvc-button" href=href>{say(locale, "Bổ sung hồ sơ", "Send what is needed")}</a></p>
        });
        view! {
            <NotificationBanner id="can-bo-sung" title=say(locale, "Cần bổ sung hồ sơ", "More is needed")>
                <p class="dvc-notification-banner__heading">{match &due {
                    Some(d) => format!("{} {d}.", say(locale, "Hãy bổ sung trước hết ngày", "Send it by the end of")),
                    None => say(locale, "Hãy bổ sung sớm.", "Send it soon.").to_string(),
                }}</p>
                <p class="dvc-body">{say(locale, "Lý do: ", "Reason: ")}{reason}</p>
                <p class="dvc-body">{say(locale, "Cần bổ sung:", "What is needed:")}</p>
                <ul class="dvc-list dvc-list--bullet">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                {go}
            </NotificationBanner>
        }
    });
    let sent = sent_more.then(|| view! {
        <NotificationBanner kind=BannerKind::Success id="da-gui-bo-sung">
            <p class="dvc-notification-banner__heading">{say(locale,
                "Đã gửi bổ sung. Cơ quan sẽ xem lại hồ sơ và báo cho bạn ở đây.",
                "What was asked for is sent. The office will look at the dossier again and tell you here.")}</p>
        </NotificationBanner>
    });
    let answers: Vec<SummaryRow> = rows.iter().map(|(q, a)| SummaryRow::new(q, a)).collect();
    let events: Vec<TimelineEvent> = timeline.iter().map(|e| timeline_event(e, locale)).collect();
    let receipt = receipt.map(|href| view! {
        <p class="dvc-body"><a class="dvc-link" href=href>{say(locale, "Xem biên lai phí, lệ phí", "See the fee receipt")}</a></p>
    });
    view! {
        <BackLink href=back text=mine_heading(locale)/>
        {sent}
        <p class="dvc-body-secondary dvc-case__procedure">{line.procedure.clone()}</p>
        <h1 class="dvc-heading-l">{format!("{} {}", say(locale, "Hồ sơ", "Dossier"), line.code)}</h1>
        <p class="dvc-body">{status_tag(status, locale)}</p>
        {more}
        <h2 class="dvc-heading-m">{say(locale, "Việc cần làm", "What to do")}</h2>
        <p class="dvc-body">{status.next_step(locale)}</p>
        <SummaryList rows=facts(&line, locale)/>
        {receipt}
        <h2 class="dvc-heading-m">{say(locale, "Quá trình xử lý", "What has happened")}</h2>
        <Timeline events=events/>
        <h2 class="dvc-heading-m">{say(locale, "Thông tin đã khai", "What you said")}</h2>
        <SummaryList rows=answers/>
    }
    .into_any()
}

/// The id of the link that changes a named item (the error summary points at the first).
fn change_id(page: &str) -> String {
    format!("bo-sung-{page}")
}

/// Answering a request for more: what was asked, each named item as it stands with its
/// change link ("Đã sửa" once changed), and "Gửi bổ sung".
fn more_page(
    line: DossierLine,
    asked: Event,
    items: Vec<MoreItem>,
    (unchanged, request): (bool, usize),
    back: String,
    locale: Locale,
) -> AnyView {
    let summary: Vec<SummaryItem> = match (unchanged, items.first()) {
        (true, Some(first)) => vec![SummaryItem {
            target: change_id(&first.page),
            message: say(
                locale,
                "Sửa hoặc bổ sung ít nhất một mục cơ quan đã yêu cầu trước khi gửi",
                "Change or add at least one of the things the office asked for before sending",
            )
            .into(),
        }],
        _ => Vec::new(),
    };
    let rows: Vec<SummaryRow> = items
        .iter()
        .map(|i| {
            let value = match (i.changed, i.answer.is_empty()) {
                (true, _) => format!("{}\n({})", i.answer, say(locale, "đã sửa", "changed")),
                (false, true) => say(locale, "Chưa có", "Nothing yet").to_string(),
                (false, false) => i.answer.clone(),
            };
            SummaryRow::new(&i.question, &value).with(
                SummaryAction::new(
                    say(locale, "Sửa", "Change"),
                    &i.href,
                    &i.question.to_lowercase(),
                )
                .id(&change_id(&i.page)),
            )
        })
        .collect();
    provide_context(answered(more::FORM, Vec::new(), Vec::new()));
    let reason = asked.reason.clone().unwrap_or_default();
    let due = asked.due.clone().map(|d| view! {
        <p class="dvc-body">{say(locale, "Hạn bổ sung: ", "Send it by: ")}<strong>{d}</strong></p>
    });
    view! {
        <BackLink href=back text=format!("{} {}", say(locale, "Hồ sơ", "Dossier"), line.code)/>
        <ErrorSummary items=Signal::stored(summary)/>
        <p class="dvc-body-secondary dvc-case__procedure">{line.procedure.clone()}</p>
        <h1 class="dvc-heading-l">{format!("{} {}", more_heading(locale), line.code)}</h1>
        <div class="dvc-inset">
            <p class="dvc-body">{asked.by.words(locale)}{say(locale, " đã yêu cầu bổ sung. Lý do: ", " asked for more. Reason: ")}{reason}</p>
            {due}
        </div>
        <p class="dvc-body">{say(locale,
            "Chỉ những mục dưới đây được sửa. Mọi thông tin và giấy tờ khác giữ nguyên như khi nộp, mã hồ sơ không đổi.",
            "Only the things below can be changed. Everything else stays as you submitted it, and the dossier keeps its code.")}</p>
        <h2 class="dvc-heading-m">{say(locale, "Những mục cần bổ sung", "What the office asked for")}</h2>
        <SummaryList rows=rows/>
        <Form id=more::FORM>
            <input type="hidden" name=more::REQUEST value=request.to_string()/>
            <Button>{say(locale, "Gửi bổ sung", "Send")}</Button>
        </Form>
    }
    .into_any()
}

fn look_up_form(
    values: Vec<(String, String)>,
    problems: Vec<FieldProblem>,
    (not_found, locked_until): (bool, Option<String>),
    locale: Locale,
) -> AnyView {
    provide_context(answered(look_up::FORM, values, problems));
    let missed = not_found.then(|| view! {
        <div class="dvc-inset">
            <h2 class="dvc-heading-m">{say(locale, "Không tìm thấy hồ sơ", "No dossier found")}</h2>
            <p class="dvc-body">{say(locale,
                "Không có hồ sơ nào với mã và 4 chữ số này. Kiểm tra lại mã hồ sơ trên biên nhận và 4 chữ số cuối của số định danh cá nhân hoặc số điện thoại bạn đã khai.",
                "There is no dossier with this code and these 4 digits. Check the dossier code on your receipt, and the last 4 digits of the identification number or phone number you gave.")}</p>
        </div>
    });
    let locked = locked_until.map(|when| view! {
        <div class="dvc-inset dvc-inset--warning">
            <h2 class="dvc-heading-m">{say(locale, "Đã tra cứu sai quá nhiều lần", "Too many wrong look-ups")}</h2>
            <p class="dvc-body">{match locale {
                Locale::Vi => format!("Mã hồ sơ này đã được tra cứu với 4 chữ số sai quá nhiều lần trong một giờ. Hãy thử lại sau {when}, hoặc đăng nhập bằng VNeID để xem hồ sơ của bạn."),
                Locale::En => format!("This dossier code has been looked up with wrong digits too many times in an hour. Try again after {when}, or sign in with VNeID to see your dossiers."),
            }}</p>
        </div>
    });
    view! {
        <h1 class="dvc-heading-l">{look_up_heading(locale)}</h1>
        <p class="dvc-body">{say(locale,
            "Xem tình trạng một hồ sơ mà không cần đăng nhập. Để xem lý do và những gì đã khai, hãy đăng nhập.",
            "See where a dossier stands without signing in. To see reasons and what was said, sign in.")}</p>
        {missed}
        {locked}
        <Form id=look_up::FORM>
            <Field name=look_up::CODE label=say(locale, "Mã hồ sơ", "Dossier code")
                hint=say(locale, "Trên biên nhận hồ sơ, ví dụ 000.00.12.H62-261205-0001", "On your receipt, for example 000.00.12.H62-261205-0001")>
                <TextInput spellcheck=false autocomplete="off"/>
            </Field>
            <Field name=look_up::DIGITS label=say(locale, "4 chữ số cuối của số định danh cá nhân hoặc số điện thoại", "The last 4 digits of the identification number or phone number")
                hint=say(locale, "Số bạn đã khai trong hồ sơ", "The one you gave in the dossier")>
                <TextInput inputmode="numeric" autocomplete="off" width=InputWidth::Chars5/>
            </Field>
            <Button>{say(locale, "Tra cứu", "Look up")}</Button>
        </Form>
    }
    .into_any()
}
