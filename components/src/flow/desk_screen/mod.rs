//! `DeskScreen`: the pages of the one-stop desk, drawn from a
//! `dvc_procedure::casework::DeskPage` the server worked out: the officer's sign-in (their
//! identification number and password, then the one-time code sent to their phone), the
//! queue (filters that work without a script, a table sorted by the server, pages of 20,
//! counts), a dossier (what was said, the files as downloads, the timeline, the actions its
//! status allows) and each action's page (what it records, confirmed by its button). Markup
//! and words only: who may do what is the server's.

pub(crate) mod examples;

use super::case_screen::{answered, status_colour, status_tag, timeline_event};
use super::BackLink;
use crate::content::{
    filtered_address, BannerKind, Cell, Column, FilterGroup, FilterPanel, NotificationBanner,
    Pagination, SortDirection, SummaryList, SummaryRow, Table, Timeline, WarningText,
};
use crate::form::{
    human_size, Button, Checkboxes, Choice, DateInput, Field, Form, InputWidth, TextInput, Textarea,
};
use crate::i18n::use_locale;
use crate::identity::{AccountSignIn, OtpInput};
use dvc_procedure::casework::{counter, desk, Action, Askable, DeskPage, Queue, QueueLine, Status};
use dvc_rules::date::DateLimits;
use dvc_rules::form::{FieldProblem, FieldRule};
use dvc_rules::Locale;
use leptos::prelude::*;

fn say(locale: Locale, vi: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Vi => vi,
        Locale::En => en,
    }
}

/// The page's title (its `h1`), for the document's `<title>`.
pub fn desk_title(page: &DeskPage, locale: Locale) -> String {
    match page {
        DeskPage::SignIn { .. } => say(
            locale,
            "Đăng nhập Bộ phận Một cửa",
            "Sign in to the one-stop desk",
        )
        .into(),
        DeskPage::Code { .. } => say(locale, "Nhập mã xác thực", "Enter the code").into(),
        DeskPage::Queue { .. } => say(locale, "Hồ sơ cần xử lý", "Dossiers to work on").into(),
        DeskPage::Dossier { line, .. } => {
            format!("{} {}", say(locale, "Hồ sơ", "Dossier"), line.line.code)
        }
        DeskPage::Act { action, .. } => action.words(locale).into(),
        DeskPage::NotFound { .. } => {
            say(locale, "Không tìm thấy hồ sơ", "Dossier not found").into()
        }
        DeskPage::Counter { .. } => counter_heading(locale).into(),
    }
}

fn counter_heading(locale: Locale) -> &'static str {
    say(
        locale,
        "Nhận hồ sơ công dân đưa tại quầy",
        "Take a dossier a citizen hands over at the counter",
    )
}

/// Whether the page answers a post with problems (the title then starts "Lỗi: ").
pub fn desk_has_problems(page: &DeskPage) -> bool {
    match page {
        DeskPage::SignIn { problems, .. }
        | DeskPage::Code { problems, .. }
        | DeskPage::Act { problems, .. }
        | DeskPage::Counter { problems, .. } => !problems.is_empty(),
        _ => false,
    }
}

/// The form whose answers the language switch carries, if the page has one.
pub fn desk_form(page: &DeskPage) -> Option<&'static str> {
    match page {
        DeskPage::SignIn { .. } => Some(desk::SIGN_IN_FORM),
        DeskPage::Code { .. } => Some(desk::CODE_FORM),
        DeskPage::Act { .. } => Some(desk::ACT_FORM),
        DeskPage::Counter { .. } => Some(counter::FORM),
        _ => None,
    }
}

/// A page of the one-stop desk, as `page` says.
///
/// ```
/// use dvc_procedure::casework::DeskPage;
/// use dvc_ui::flow::DeskScreen;
/// use leptos::prelude::*;
///
/// let page = DeskPage::NotFound { back: "/mot-cua".into() };
/// let html = Owner::new().with(|| view! { <DeskScreen page=page/> }.to_html());
/// assert!(html.contains("Không tìm thấy hồ sơ"));
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::desk_screen`].
#[component]
pub fn DeskScreen(
    /// The page the server worked out.
    page: DeskPage,
) -> impl IntoView {
    let locale = use_locale();
    match page {
        DeskPage::SignIn { values, problems, unavailable } => {
            provide_context(answered(desk::SIGN_IN_FORM, values, problems));
            let down = unavailable.then(|| view! {
                <WarningText>{say(locale, "Không đăng nhập được lúc này. Hãy thử lại sau ít phút.", "Signing in is not possible just now. Try again in a few minutes.")}</WarningText>
            });
            view! {
                <h1 class="dvc-heading-l">{say(locale, "Đăng nhập Bộ phận Một cửa", "Sign in to the one-stop desk")}</h1>
                <p class="dvc-body">{say(locale,
                    "Dành cho cán bộ tiếp nhận và trả kết quả. Người dân nộp và theo dõi hồ sơ tại trang Hồ sơ của tôi.",
                    "For the officers who receive dossiers and hand over results. Citizens submit and follow their dossiers on My dossiers.")}</p>
                {down}
                <Form id=desk::SIGN_IN_FORM>
                    <AccountSignIn id_name=desk::LOGIN password_name=desk::PASSWORD/>
                </Form>
            }
            .into_any()
        }
        DeskPage::Code { sent_to, resend_after, problems } => {
            provide_context(answered(desk::CODE_FORM, Vec::new(), problems));
            view! {
                <Form id=desk::CODE_FORM>
                    <OtpInput name=desk::CODE sent_to=sent_to label=say(locale, "Nhập mã xác thực", "Enter the code") label_is_heading=true resend_after=resend_after/>
                </Form>
            }
            .into_any()
        }
        DeskPage::Queue { office, queue } => queue_page(office, queue, locale),
        DeskPage::Dossier { line, rows, files, timeline, actions, done, back } => {
            let status = line.line.status;
            let banner = done.map(|h| view! {
                <NotificationBanner kind=BannerKind::Success id="da-ghi">
                    <p class="dvc-notification-banner__heading">{match locale {
                        Locale::Vi => format!("Đã ghi: {}. Người dân được báo trong Hồ sơ của tôi.", h.words(locale)),
                        Locale::En => format!("Recorded: {}. The citizen is told in My dossiers.", h.words(locale)),
                    }}</p>
                </NotificationBanner>
            });
            let acts = (!actions.is_empty()).then(|| {
                let items = actions.into_iter().map(|(a, href)| {
                    let class = if matches!(a, Action::Refuse) { "dvc-button dvc-button--warning" } else if matches!(a, Action::AskMore) { "dvc-button dvc-button--secondary" } else { "dvc-button" };
                    view! { <a class=class href=href>{a.words(locale)}</a> }
                }).collect_view();
                view! {
                    <h2 class="dvc-heading-m">{say(locale, "Xử lý", "Actions")}</h2>
                    <div class="dvc-button-group">{items}</div>
                }
            });
            let file_list = (!files.is_empty()).then(|| {
                let items = files.into_iter().map(|(name, bytes, href)| {
                    let size = human_size(bytes, locale);
                    view! { <li><a class="dvc-link" href=href download="">{name}</a>{format!(" ({size})")}</li> }
                }).collect_view();
                view! {
                    <h2 class="dvc-heading-m">{say(locale, "Giấy tờ đính kèm", "Attached papers")}</h2>
                    <ul class="dvc-list dvc-list--bullet">{items}</ul>
                }
            });
            let answers: Vec<SummaryRow> = rows.iter().map(|(q, a)| SummaryRow::new(q, a)).collect();
            let events = timeline.iter().map(|e| timeline_event(e, locale)).collect::<Vec<_>>();
            view! {
                <BackLink href=back text=say(locale, "Hồ sơ cần xử lý", "Dossiers to work on")/>
                {banner}
                <p class="dvc-body-secondary dvc-case__procedure">{line.line.procedure.clone()}</p>
                <h1 class="dvc-heading-l">{format!("{} {}", say(locale, "Hồ sơ", "Dossier"), line.line.code)}</h1>
                <p class="dvc-body">{status_tag(status, locale)}</p>
                <SummaryList rows=facts(&line, locale)/>
                {acts}
                <h2 class="dvc-heading-m">{say(locale, "Thông tin đã khai", "What the citizen said")}</h2>
                <SummaryList rows=answers/>
                {file_list}
                <h2 class="dvc-heading-m">{say(locale, "Quá trình xử lý", "What has happened")}</h2>
                <Timeline events=events/>
            }
            .into_any()
        }
        DeskPage::Act { line, action, seen, askable, values, problems, moved, back } => {
            act_page(line, action, seen, askable, values, problems, moved, back, locale)
        }
        DeskPage::NotFound { back } => view! {
            <h1 class="dvc-heading-l">{say(locale, "Không tìm thấy hồ sơ", "Dossier not found")}</h1>
            <p class="dvc-body">{say(locale,
                "Cơ quan của bạn không có hồ sơ với mã này. Kiểm tra lại mã, hoặc chọn hồ sơ trong danh sách.",
                "Your agency has no dossier with this code. Check the code, or choose the dossier from the list.")}</p>
            <p class="dvc-body"><a class="dvc-link" href=back>{say(locale, "Hồ sơ cần xử lý", "Dossiers to work on")}</a></p>
        }
        .into_any(),
        DeskPage::Counter { values, problems, back } => {
            provide_context(answered(counter::FORM, values, problems));
            view! {
                <BackLink href=back text=say(locale, "Hồ sơ cần xử lý", "Dossiers to work on")/>
                <h1 class="dvc-heading-l">{counter_heading(locale)}</h1>
                <p class="dvc-body">{say(locale,
                    "Công dân mở hồ sơ đang làm trên điện thoại, chọn “Nhờ cán bộ tại quầy” và đọc cho bạn mã 6 chữ số. Mỗi mã dùng một lần, trong 10 phút.",
                    "The citizen opens their dossier in progress on their phone, chooses “Get help at the counter” and reads you the 6-digit code. Each code works once, for 10 minutes.")}</p>
                <p class="dvc-body">{say(locale,
                    "Bạn tiếp tục hồ sơ của họ: cùng các câu hỏi và kiểm tra. Công dân thấy cơ quan bạn đã mở hồ sơ. Nếu bạn nộp, hồ sơ ghi là nộp tại quầy thay công dân.",
                    "You carry on with their dossier: the same questions and checks. The citizen sees your office has opened it. If you submit it, it is recorded as submitted at the counter for the citizen.")}</p>
                <Form id=counter::FORM>
                    <Field name=counter::CODE label=say(locale, "Mã công dân đưa", "The citizen's code") hint=say(locale, "6 chữ số, ví dụ 482 913", "6 digits, for example 482 913") rule=FieldRule::Text { max_chars: Some(20) }>
                        <TextInput inputmode="numeric" autocomplete="off" spellcheck=false width=InputWidth::Chars10/>
                    </Field>
                    <Button>{say(locale, "Mở hồ sơ", "Open the dossier")}</Button>
                </Form>
            }
            .into_any()
        }
    }
}

/// A dossier's facts for the desk: its code, procedure, applicant, days.
fn facts(line: &QueueLine, locale: Locale) -> Vec<SummaryRow> {
    let l = &line.line;
    let mut rows = vec![
        SummaryRow::new(say(locale, "Mã hồ sơ", "Dossier code"), &l.code),
        SummaryRow::new(say(locale, "Thủ tục", "Procedure"), &l.procedure),
        SummaryRow::new(say(locale, "Người nộp", "Applicant"), &line.applicant),
        SummaryRow::new(say(locale, "Ngày nhận", "Received"), &l.submitted),
    ];
    if let Some(d) = &l.due {
        let key = match l.status {
            Status::NeedsMore => say(locale, "Hạn bổ sung", "More due by"),
            _ => say(locale, "Hạn trả kết quả", "Result due"),
        };
        rows.push(SummaryRow::new(key, d));
    }
    rows
}

/// Options as `FilterGroup` takes them.
fn opts(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

fn queue_page(office: String, q: Queue, locale: Locale) -> AnyView {
    let status_options: Vec<(String, String)> = q
        .statuses
        .iter()
        .map(|(s, n, _)| (s.slug().to_string(), format!("{} ({n})", s.words(locale))))
        .collect();
    let chosen_statuses: Vec<String> = q
        .statuses
        .iter()
        .filter(|(_, _, c)| *c)
        .map(|(s, _, _)| s.slug().to_string())
        .collect();
    let statuses = FilterGroup::several(
        "trang-thai",
        say(locale, "Trạng thái", "Status"),
        &opts(&status_options),
    )
    .with_chosen(&chosen_statuses);
    let procedure_options: Vec<(String, String)> = q
        .procedures
        .iter()
        .map(|(s, n, _)| (s.clone(), n.clone()))
        .collect();
    let chosen_procedure: Vec<String> = q
        .procedures
        .iter()
        .filter(|(_, _, c)| *c)
        .map(|(s, _, _)| s.clone())
        .collect();
    let procedures = FilterGroup::one(
        "thu-tuc",
        say(locale, "Thủ tục", "Procedure"),
        &opts(&procedure_options),
    )
    .with_chosen(&chosen_procedure);
    let periods = [
        ("hom-nay", say(locale, "Hôm nay", "Today")),
        ("7-ngay", say(locale, "7 ngày qua", "The last 7 days")),
        ("30-ngay", say(locale, "30 ngày qua", "The last 30 days")),
    ];
    let received = FilterGroup::one("nhan", say(locale, "Ngày nhận", "Received"), &periods)
        .with_chosen(&[q.from.as_str()]);
    // The sorting is kept by the filters; the filters by the sorting links and the pages.
    let sorting: Vec<(String, String)> = q
        .query
        .iter()
        .filter(|(n, _)| n == "sap-xep" || n == "thu-tu")
        .cloned()
        .collect();
    let filters: Vec<(String, String)> = q
        .query
        .iter()
        .filter(|(n, _)| n != "sap-xep" && n != "thu-tu")
        .cloned()
        .collect();
    let sort_link = |slug: &str| {
        let descending = q.sort == slug && !q.descending;
        let mut pairs = filters.clone();
        pairs.push(("sap-xep".into(), slug.into()));
        if descending {
            pairs.push(("thu-tu".into(), "giam".into()));
        }
        let sorted = (q.sort == slug).then_some(if q.descending {
            SortDirection::Descending
        } else {
            SortDirection::Ascending
        });
        (filtered_address(&q.base, &pairs), sorted)
    };
    let (received_href, received_sorted) = sort_link("ngay-nhan");
    let (due_href, due_sorted) = sort_link("han");
    let (name_href, name_sorted) = sort_link("nguoi-nop");
    let columns = vec![
        Column::new(say(locale, "Mã hồ sơ", "Dossier code")),
        Column::new(say(locale, "Thủ tục", "Procedure")),
        Column::new(say(locale, "Người nộp", "Applicant")).sorts(&name_href, name_sorted),
        Column::new(say(locale, "Ngày nhận", "Received")).sorts(&received_href, received_sorted),
        Column::new(say(locale, "Hạn", "Due")).sorts(&due_href, due_sorted),
        Column::new(say(locale, "Trạng thái", "Status")),
    ];
    let rows: Vec<Vec<Cell>> = q
        .lines
        .iter()
        .map(|l| {
            vec![
                Cell::Link {
                    text: l.line.code.clone(),
                    href: l.line.href.clone(),
                },
                l.line.procedure.clone().into(),
                l.applicant.clone().into(),
                l.line.submitted.clone().into(),
                l.line.due.clone().unwrap_or_else(|| "–".into()).into(),
                Cell::Tag {
                    text: l.line.status.words(locale).into(),
                    colour: status_colour(l.line.status),
                },
            ]
        })
        .collect();
    let shown = match locale {
        Locale::Vi => format!("{} hồ sơ", q.total),
        Locale::En => format!("{} dossier{}", q.total, if q.total == 1 { "" } else { "s" }),
    };
    let caption = match locale {
        Locale::Vi => format!("Hồ sơ cần xử lý, trang {} trên {}", q.page, q.pages),
        Locale::En => format!("Dossiers to work on, page {} of {}", q.page, q.pages),
    };
    let table = if rows.is_empty() {
        view! { <p class="dvc-body">{say(locale, "Không có hồ sơ nào khớp bộ lọc.", "No dossier matches the filters.")}</p> }.into_any()
    } else {
        view! { <Table caption=caption columns=columns rows=rows/> }.into_any()
    };
    let (base, kept) = (q.base.clone(), q.query.clone());
    let href = move |n: usize| {
        let mut pairs = kept.clone();
        if n > 1 {
            pairs.push(("trang".into(), n.to_string()));
        }
        filtered_address(&base, &pairs)
    };
    view! {
        <p class="dvc-body-secondary dvc-case__procedure">{office}</p>
        <h1 class="dvc-heading-l">{say(locale, "Hồ sơ cần xử lý", "Dossiers to work on")}</h1>
        <p class="dvc-body"><a class="dvc-link" href=format!("{}/{}", q.base, counter::AT)>{counter_heading(locale)}</a></p>
        <div class="dvc-desk">
            <div class="dvc-desk__filters">
                <FilterPanel action=q.base.clone() groups=vec![statuses, procedures, received] keep=sorting/>
            </div>
            <div class="dvc-desk__list">
                <p class="dvc-body" role="status">{shown}</p>
                {table}
                <Pagination current=q.page total=q.pages href=href/>
            </div>
        </div>
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
fn act_page(
    line: QueueLine,
    action: Action,
    seen: Status,
    askable: Vec<Askable>,
    values: Vec<(String, String)>,
    problems: Vec<FieldProblem>,
    moved: bool,
    back: String,
    locale: Locale,
) -> AnyView {
    let date_of = |values: &[(String, String)]| {
        let part = |p: &str| {
            values
                .iter()
                .find(|(n, _)| *n == format!("{}-{p}", desk::DUE))
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        (part("day"), part("month"), part("year"))
    };
    let due = date_of(&values);
    provide_context(answered(desk::ACT_FORM, values, problems));
    if moved {
        return view! {
            <BackLink href=back.clone()/>
            <h1 class="dvc-heading-l">{action.words(locale)}</h1>
            <WarningText>{match locale {
                Locale::Vi => format!("Hồ sơ {} vừa được xử lý ở nơi khác và nay là “{}”. Không có gì được ghi: hãy xem lại hồ sơ.", line.line.code, line.line.status.words(locale)),
                Locale::En => format!("Dossier {} was just acted on elsewhere and is now “{}”. Nothing was recorded: look at the dossier again.", line.line.code, line.line.status.words(locale)),
            }}</WarningText>
            <p class="dvc-body"><a class="dvc-button" href=back>{say(locale, "Xem lại hồ sơ", "See the dossier again")}</a></p>
        }
        .into_any();
    }
    let colour_now = status_tag(seen, locale);
    view! {
        <BackLink href=back/>
        <p class="dvc-body-secondary dvc-case__procedure">{format!("{} {} · {}", say(locale, "Hồ sơ", "Dossier"), line.line.code, line.applicant)}</p>
        <h1 class="dvc-heading-l">{action.words(locale)}</h1>
        <p class="dvc-body">{say(locale, "Trạng thái hiện tại: ", "Status now: ")}{colour_now}</p>
        <Form id=desk::ACT_FORM>
            <input type="hidden" name=desk::SEEN value=seen.slug()/>
            {act_fields(action, &askable, due, locale)}
            <Button>{action.words(locale)}</Button>
        </Form>
    }
    .into_any()
}

/// The questions of an action's page (built inside its form, whose answers they show).
fn act_fields(
    action: Action,
    askable: &[Askable],
    due: (String, String, String),
    locale: Locale,
) -> AnyView {
    let reason = FieldRule::Text {
        max_chars: Some(1000),
    };
    let future = FieldRule::Date(DateLimits {
        past: false,
        not_past: true,
        min_age: None,
    });
    match action {
        Action::Accept => view! {
            <Field name=desk::DUE label=say(locale, "Ngày hẹn trả kết quả", "The day the result is due") hint=say(locale, "Theo thời hạn giải quyết của thủ tục, ví dụ 12 12 2026", "As the procedure's time limit says, for example 12 12 2026") group=true rule=future.clone()>
                <DateInput values=due/>
            </Field>
        }
        .into_any(),
        Action::AskMore => {
            let options = askable.iter().map(|a| Choice::new(&a.page, &a.words)).collect::<Vec<_>>();
            let any_of = FieldRule::AnyOf { options: askable.iter().map(|a| a.page.clone()).collect(), exclusive: None };
            view! {
                <Field name=desk::REASON label=say(locale, "Lý do cần bổ sung", "Why more is needed") hint=say(locale, "Người dân đọc đúng lời này. Nói rõ thiếu gì và vì sao.", "The citizen reads exactly this. Say what is missing and why.") rule=reason.clone()>
                    <Textarea max_chars=1000usize/>
                </Field>
                <Field name=desk::ITEMS label=say(locale, "Câu trả lời và giấy tờ cần bổ sung", "The answers and papers needed") hint=say(locale, "Chỉ những mục này được mở lại cho người dân; mọi mục khác giữ nguyên.", "Only these are opened again for the citizen; everything else is kept.") group=true rule=any_of>
                    <Checkboxes options=options/>
                </Field>
                <Field name=desk::DUE label=say(locale, "Hạn bổ sung", "Send it by") hint=say(locale, "Ví dụ 12 12 2026", "For example 12 12 2026") group=true rule=future.clone()>
                    <DateInput values=due/>
                </Field>
            }
            .into_any()
        }
        Action::Refuse => view! {
            <WarningText>{say(locale, "Từ chối là kết thúc hồ sơ: không hoàn tác được.", "Refusing ends the dossier: it cannot be undone.")}</WarningText>
            <Field name=desk::REASON label=say(locale, "Lý do từ chối", "Why it is refused") hint=say(locale, "Người dân đọc đúng lời này.", "The citizen reads exactly this.") rule=reason.clone()>
                <Textarea max_chars=1000usize/>
            </Field>
            <Field name=desk::BASIS label=say(locale, "Căn cứ pháp lý", "Legal basis") hint=say(locale, "Ví dụ: Điều 23 khoản 1 Luật Cư trú 2020", "For example: Law on Residence 2020, article 23, clause 1") rule=FieldRule::Text { max_chars: Some(500) }>
                <TextInput/>
            </Field>
        }
        .into_any(),
        Action::ResultReady => view! {
            <p class="dvc-body">{say(locale, "Người dân được báo rằng có thể nhận kết quả tại Bộ phận Một cửa.", "The citizen is told the result can be collected at the one-stop desk.")}</p>
        }
        .into_any(),
        Action::HandOver => view! {
            <p class="dvc-body">{say(locale, "Xác nhận người dân (hoặc người được uỷ quyền) đã nhận kết quả. Hồ sơ kết thúc.", "Confirm the citizen (or someone they authorised) has received the result. The dossier ends.")}</p>
        }
        .into_any(),
    }
}
