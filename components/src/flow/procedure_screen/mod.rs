//! `ProcedureScreen`: every page the procedure engine serves, drawn from a
//! `dvc_procedure::screen::Screen` the server worked out: the start page (what the
//! procedure is for, what the citizen needs, how long it takes, a draft to carry on), each
//! question (`QuestionPage` with "Quay lại", "Tiếp tục" and "Lưu và tiếp tục sau"), check
//! answers (each answer with its "Thay đổi", the fee, the file's declaration, "Nộp hồ sơ"),
//! the page after saving, and the confirmation. One renderer for every procedure file:
//! nothing here knows a procedure, and nothing here decides where the citizen goes.

pub(crate) mod examples;
mod fee;

use super::{Answer, BackLink, CheckAnswers, Confirmation, HandOffCode, QuestionPage};
use crate::content::{BannerKind, NotificationBanner};
use crate::form::{
    human_size, Button, ButtonKind, Checkboxes, Choice, Field, Form, Radios, Submission,
    ACTION_FIELD, FORM_ID_FIELD,
};
use crate::i18n::use_locale;
use crate::payment::{Fee, FeeSummary};
use dvc_procedure::format::ProcedureFile;
use dvc_procedure::route::{words, FeeLine};
use dvc_procedure::screen::{at, posted, KeptFile, Screen};
use dvc_rules::date::Date;
use dvc_rules::form::{FieldProblem, FieldRule};
use dvc_rules::Locale;
use leptos::prelude::*;
use std::sync::Arc;

/// The words of one locale.
fn say(locale: Locale, vi: &'static str, en: &'static str) -> &'static str {
    match locale {
        Locale::Vi => vi,
        Locale::En => en,
    }
}

/// The page's title (its `h1`), for the document's `<title>`.
pub fn screen_title(file: &ProcedureFile, screen: &Screen, locale: Locale) -> String {
    match screen {
        Screen::Start { .. } => words(&file.procedure.title, locale).to_string(),
        Screen::Question { page, answers, .. } => dvc_procedure::route::page(file, page)
            .map(|p| dvc_procedure::route::question(file, p, answers, locale).to_string())
            .unwrap_or_default(),
        Screen::CheckAnswers { .. } => check_heading(locale).into(),
        Screen::Saved { .. } => saved_heading(locale).into(),
        Screen::Sent { .. } => sent_heading(locale).into(),
        Screen::NothingSent => nothing_sent_heading(locale).into(),
        Screen::SignIn { .. } => sign_in_heading(locale).into(),
        Screen::GroupList { page, .. } => dvc_procedure::route::page(file, page)
            .map(|p| words(&p.question, locale).to_string())
            .unwrap_or_default(),
        Screen::Pay { .. } => fee::pay_heading(locale).into(),
        Screen::Transfer { .. } => fee::transfer_heading(locale).into(),
        Screen::Payment { .. } => fee::payment_heading(locale).into(),
        Screen::Receipt { paid, .. } => fee::receipt_heading(locale, paid.is_some()).into(),
        Screen::Counter { .. } => counter_heading(locale).into(),
    }
}

fn counter_heading(locale: Locale) -> &'static str {
    say(locale, "Nhờ cán bộ tại quầy", "Get help at the counter")
}

/// Whether the screen answers a post with problems (the title then starts "Lỗi: ").
pub fn screen_has_problems(screen: &Screen) -> bool {
    match screen {
        Screen::Question { problems, .. }
        | Screen::CheckAnswers { problems, .. }
        | Screen::GroupList { problems, .. }
        | Screen::Pay { problems, .. } => !problems.is_empty(),
        _ => false,
    }
}

fn check_heading(locale: Locale) -> &'static str {
    say(
        locale,
        "Kiểm tra câu trả lời trước khi nộp hồ sơ",
        "Check your answers before submitting",
    )
}

fn saved_heading(locale: Locale) -> &'static str {
    say(
        locale,
        "Đã lưu hồ sơ của bạn",
        "Your dossier has been saved",
    )
}

fn sent_heading(locale: Locale) -> &'static str {
    say(locale, "Đã nộp hồ sơ", "Dossier submitted")
}

fn sign_in_heading(locale: Locale) -> &'static str {
    say(locale, "Đăng nhập để tiếp tục", "Sign in to continue")
}

fn nothing_sent_heading(locale: Locale) -> &'static str {
    say(locale, "Chưa có hồ sơ đã nộp", "No submitted dossier")
}

/// A page of `file` whose start page is at `base` (in the page's language: `/thu-tuc/x`
/// or `/en/thu-tuc/x`), as `screen` says.
///
/// ```
/// use dvc_procedure::screen::Screen;
/// use dvc_ui::flow::ProcedureScreen;
/// use leptos::prelude::*;
/// use std::sync::Arc;
///
/// let file = dvc_procedure::read("p.toml", include_str!("../../../../demo/procedures/cap-ban-sao-trich-luc-khai-sinh.toml")).unwrap();
/// let screen = Screen::Start { begin: "/thu-tuc/x/cho-ai".into(), resume: None, sent: None };
/// let html = Owner::new().with(|| view! { <ProcedureScreen file=Arc::new(file) base="/thu-tuc/x" screen=screen/> }.to_html());
/// assert!(html.contains("Cấp bản sao trích lục khai sinh"));
/// ```
///
/// Every named example, compiled: [`crate::examples::gallery::procedure_screen`].
#[component]
pub fn ProcedureScreen(
    file: Arc<ProcedureFile>,
    /// The address of the procedure's start page.
    #[prop(into)]
    base: String,
    screen: Screen,
    /// The portal has a one-stop desk that takes drafts handed over at its counter: the
    /// start page (with a draft) and check answers link the counter page.
    #[prop(optional)]
    counter: bool,
    /// An officer is filling the draft in at the counter for this citizen (their name):
    /// said above every page.
    #[prop(default = None)]
    on_behalf: Option<String>,
) -> impl IntoView {
    let locale = use_locale();
    // At the counter the officer finishes or leaves the draft as it is kept while typing:
    // "Lưu và tiếp tục sau" and its page speak to the citizen.
    let at_counter = on_behalf.is_some();
    let behalf = on_behalf.map(|name| {
        view! {
            <div class="dvc-inset">
                <p class="dvc-body">{say(locale, "Tại quầy: bạn đang làm hồ sơ thay công dân ", "At the counter: you are filling in this dossier for ")}<strong>{name}</strong>"."</p>
            </div>
        }
    });
    let counter_link = counter.then(|| {
        let href = format!("{base}/{}", at::COUNTER);
        view! {
            <p class="dvc-body">{say(locale, "Cần giúp? Tại Bộ phận Một cửa, bạn có thể ", "Need help? At a one-stop desk you can ")}
                <a class="dvc-link" href=href>{say(locale, "nhờ cán bộ tại quầy làm tiếp hồ sơ này", "have the officer at the counter carry on with this dossier")}</a>"."</p>
        }
    });
    let page = match screen {
        Screen::Start {
            begin,
            resume,
            sent,
        } => {
            let link = resume.is_some().then_some(counter_link);
            view! { {start(&file, &base, begin, resume, sent, locale)} {link} }.into_any()
        }
        Screen::Question {
            page,
            answers,
            values,
            problems,
            back,
            action,
            not_saved,
            item,
            vouched,
            kept,
        } => {
            if let Some(said) = vouched {
                from_identity(&file, &page, &answers, said, back, action, locale)
            } else {
                let mut pairs = vec![(FORM_ID_FIELD.to_string(), posted::QUESTION_FORM.into())];
                pairs.extend(values);
                provide_context(answered(pairs, problems));
                // An item of a repeating group is kept when complete: no "save and come back".
                let save = (!item && !at_counter).then(|| view! {
                    <Button kind=ButtonKind::Secondary name=ACTION_FIELD value=posted::SAVE without_checks=true>
                        {say(locale, "Lưu và tiếp tục sau", "Save and come back later")}
                    </Button>
                });
                let kept_files = kept.len();
                let kept_list = (!kept.is_empty()).then(|| kept_files_form(kept, action.clone(), locale));
                view! {
                    <BackLink href=back/>
                    {not_saved.then(|| not_saved_warning(locale))}
                    <QuestionPage file=file page=page answers=answers action=action drafts=!item kept_files=kept_files>
                        <div class="dvc-button-group">
                            <Button>{say(locale, "Tiếp tục", "Continue")}</Button>
                            {save}
                        </div>
                    </QuestionPage>
                    // After the question (its h1 first); a form of its own.
                    {kept_list}
                }
                .into_any()
            }
        }
        Screen::GroupList {
            page,
            items,
            needs_more,
            can_add,
            back,
            action,
            problems,
        } => {
            provide_context(answered(
                vec![(FORM_ID_FIELD.to_string(), posted::GROUP_FORM.into())],
                problems,
            ));
            group_list(&file, &base, &page, items, needs_more, can_add, back, action, locale)
        }
        Screen::CheckAnswers {
            rows,
            fees,
            back,
            missing,
            problems,
            not_saved,
            vouched,
        } => {
            provide_context(answered(
                vec![(FORM_ID_FIELD.to_string(), posted::CHECK_FORM.into())],
                problems,
            ));
            view! {
                {check(&file, &base, rows, fees, back, missing, not_saved, &vouched, locale)}
                {counter_link}
            }
            .into_any()
        }
        Screen::Saved { expires, resume } => view! {
            <h1 class="dvc-heading-l">{saved_heading(locale)}</h1>
            <p class="dvc-body">{say(locale, "Máy chủ giữ các câu trả lời của bạn đến hết ngày ", "The server keeps your answers until the end of ")}<strong>{expires}</strong>
                {say(locale, ", rồi xoá hẳn.", ", then deletes them.")}</p>
            <p class="dvc-body">{say(locale,
                "Để tiếp tục, mở lại trang thủ tục trên máy này, hoặc đăng nhập bằng VNeID trên máy khác nếu thủ tục yêu cầu đăng nhập: bạn sẽ quay về đúng câu hỏi đang làm.",
                "To carry on, open the procedure's page again on this device, or sign in with VNeID on another if the procedure asks you to sign in: you will come back to the question you were on.",
            )}</p>
            <p class="dvc-body"><a class="dvc-button" href=resume>{say(locale, "Tiếp tục ngay", "Continue now")}</a></p>
            <p class="dvc-body"><a class="dvc-link" href=base>{say(locale, "Về trang thủ tục", "Back to the procedure's start page")}</a></p>
        }
        .into_any(),
        Screen::Sent { code, fees, fee, follow } => {
            let takes = words(&file.procedure.takes, locale).to_string();
            let pay = (!fees.is_empty()).then(|| {
                view! { <FeeSummary fees=fee_list(&fees, locale) title=say(locale, "Phí, lệ phí phải nộp", "Fees to pay")/> }
            });
            view! {
                <Confirmation title=sent_heading(locale) code=code/>
                <p class="dvc-body">{say(locale,
                    "Hãy ghi lại mã hồ sơ: bạn dùng mã này để tra cứu và khi liên hệ cơ quan giải quyết.",
                    "Note the dossier code: you use it to look the dossier up and whenever you contact the office.",
                )}</p>
                <h2 class="dvc-heading-m">{say(locale, "Việc tiếp theo", "What happens next")}</h2>
                <p class="dvc-body">{format!("{} {takes}.", say(locale, "Thời hạn giải quyết:", "Time to decide:"))}</p>
                {pay}
                {fee::after_sent(&base, fee, locale)}
                {follow.map(|href| view! {
                    <p class="dvc-body dvc-no-print">{say(locale, "Xem tình trạng hồ sơ và thông báo của cơ quan tại ", "See where the dossier stands, and the office's messages, at ")}
                        <a class="dvc-link" href=href>{say(locale, "theo dõi hồ sơ", "follow the dossier")}</a>"."</p>
                })}
                <p class="dvc-body dvc-no-print"><a class="dvc-link" href=base.clone()>{say(locale, "Về trang thủ tục", "Back to the procedure's start page")}</a></p>
            }
            .into_any()
        }
        Screen::SignIn { href, level } => view! {
            <h1 class="dvc-heading-l">{sign_in_heading(locale)}</h1>
            <p class="dvc-body">{format!("{} {level}.", say(locale,
                "Thủ tục này cần tài khoản định danh điện tử (VNeID) mức độ",
                "This procedure needs an electronic identity (VNeID) of level",
            ))}</p>
            <p class="dvc-body">{say(locale,
                "Sau khi đăng nhập, bạn quay lại đúng trang này. Hồ sơ đang làm được giữ theo tài khoản của bạn.",
                "Once signed in, you come back to this page. Your dossier in progress is kept with your account.",
            )}</p>
            <p class="dvc-body"><a class="dvc-button dvc-button--start" href=href>{say(locale, "Đăng nhập bằng VNeID", "Sign in with VNeID")}</a></p>
        }
        .into_any(),
        Screen::Pay {
            code,
            fees,
            earlier,
            gateway,
            problems,
        } => fee::pay(&base, code, fees, earlier, gateway, problems, locale),
        Screen::Transfer {
            code,
            transfer,
            bank_name,
            account_holder,
            state,
        } => fee::transfer(&base, code, transfer, bank_name, account_holder, state, locale),
        Screen::Payment {
            code,
            state,
            return_refused,
        } => fee::payment(&base, code, state, return_refused, locale),
        Screen::Receipt { code, fees, paid } => fee::receipt(&base, code, fees, paid, locale),
        Screen::NothingSent => view! {
            <h1 class="dvc-heading-l">{nothing_sent_heading(locale)}</h1>
            <p class="dvc-body">{say(locale,
                "Trình duyệt này chưa nộp hồ sơ nào cho thủ tục này, hoặc hồ sơ đã nộp từ một thiết bị khác.",
                "This browser has not submitted a dossier for this procedure, or it was submitted from another device.",
            )}</p>
            <p class="dvc-body"><a class="dvc-link" href=base>{say(locale, "Về trang thủ tục", "Back to the procedure's start page")}</a></p>
        }
        .into_any(),
        Screen::Counter { code, opened, back } => counter_page(code, opened, back, locale),
    };
    view! { {behalf} {page} }.into_any()
}

/// The counter page: the code to read to the officer (once made), whether an office has
/// opened the draft, and the way to make a code.
fn counter_page(
    code: Option<(String, String)>,
    opened: Option<(String, String)>,
    back: String,
    locale: Locale,
) -> AnyView {
    let opened = opened.map(|(office, when)| {
        view! {
            <NotificationBanner id="da-mo-tai-quay" kind=BannerKind::Information title=say(locale, "Hồ sơ đã được mở tại quầy", "Opened at the counter")>
                <p class="dvc-body">{office}{say(locale, " đã mở hồ sơ này lúc ", " opened this dossier at ")}{when}"."</p>
            </NotificationBanner>
        }
    });
    let shown = code.map(|(code, until)| view! { <HandOffCode code=code until=until/> });
    let (again, kind) = match shown.is_some() {
        true => (
            say(locale, "Tạo mã khác", "Make another code"),
            ButtonKind::Secondary,
        ),
        false => (
            say(locale, "Tạo mã cho cán bộ", "Make a code for the officer"),
            ButtonKind::Primary,
        ),
    };
    view! {
        <BackLink href=back/>
        <h1 class="dvc-heading-l">{counter_heading(locale)}</h1>
        {opened}
        {shown}
        <p class="dvc-body">{say(locale,
            "Tại Bộ phận Một cửa, cán bộ có thể làm tiếp hồ sơ này với bạn: bạn đọc cho họ một mã ngắn, họ mở đúng hồ sơ của bạn với mọi câu trả lời đã lưu.",
            "At a one-stop desk, the officer can carry on with this dossier with you: you read them a short code, and they open your dossier with every answer saved.")}</p>
        <ul class="dvc-list dvc-list--bullet">
            <li>{say(locale, "Mã gồm 6 chữ số, dùng một lần, trong 10 phút. Chỉ đưa mã cho cán bộ đang ngồi trước mặt bạn.", "The code has 6 digits and works once, for 10 minutes. Give it only to the officer in front of you.")}</li>
            <li>{say(locale, "Trang này cho biết khi cơ quan nào mở hồ sơ. Bạn vẫn làm tiếp được trên máy của mình.", "This page says when an office opens the dossier, and which. You can still carry on from your own device.")}</li>
            <li>{say(locale, "Cán bộ có thể nộp hồ sơ thay bạn; hồ sơ ghi là nộp tại quầy thay bạn.", "The officer may submit it for you; it is then recorded as submitted for you at the counter.")}</li>
        </ul>
        <Form id=posted::COUNTER_FORM>
            <Button kind=kind>{again}</Button>
        </Form>
    }
    .into_any()
}

/// A form's answers and problems known on the server: the page drawn with them, nothing
/// checked again (the server checked the post against the file).
pub(super) fn answered(pairs: Vec<(String, String)>, problems: Vec<FieldProblem>) -> Submission {
    // Nothing is checked, so no date rule reads "today".
    Submission::new(
        pairs,
        Vec::new(),
        Date {
            year: 2000,
            month: 1,
            day: 1,
        },
    )
    .with_problems(problems)
}

fn not_saved_warning(locale: Locale) -> impl IntoView {
    view! {
        <div class="dvc-inset dvc-inset--warning" role="alert">
            <p class="dvc-body">{say(locale,
                "Máy chủ chưa lưu được câu trả lời của bạn. Các câu trả lời vẫn còn trên trang này: hãy bấm “Tiếp tục” lại sau ít phút.",
                "The server could not save your answers. They are still on this page: press “Continue” again in a few minutes.",
            )}</p>
        </div>
    }
}

/// The fee's lines as `FeeSummary` shows them (the receiver in words).
fn fee_list(fees: &[FeeLine], locale: Locale) -> Vec<Fee> {
    fees.iter()
        .map(|f| {
            let name = if f.count > 1 {
                format!(
                    "{} ({} × {})",
                    f.item,
                    f.count,
                    dvc_rules::money::format_vnd(f.unit)
                )
            } else {
                f.item.clone()
            };
            let receiver = match f.receiver.as_str() {
                "post" => say(locale, "Bưu điện", "The post office"),
                _ => say(locale, "Cơ quan giải quyết", "The deciding office"),
            };
            Fee::new(&name, receiver, f.amount)
        })
        .collect()
}

fn start(
    file: &ProcedureFile,
    base: &str,
    begin: String,
    resume: Option<(String, String)>,
    sent: Option<String>,
    locale: Locale,
) -> AnyView {
    let p = &file.procedure;
    let need = (!file.start.need.is_empty()).then(|| {
        let items = file
            .start
            .need
            .iter()
            .map(|n| view! { <li>{words(n, locale).to_string()}</li> })
            .collect_view();
        view! {
            <p class="dvc-body">{say(locale, "Bạn cần có:", "You need:")}</p>
            <ul class="dvc-list dvc-list--bullet">{items}</ul>
        }
    });
    let sign_in = match p.sign_in {
        0 => None,
        level => Some(format!(
            "{} {level}.",
            say(
                locale,
                "Bạn cần đăng nhập bằng tài khoản định danh điện tử (VNeID) mức độ",
                "You need to sign in with an electronic identity (VNeID) of level"
            )
        )),
    };
    let sent_note = sent.clone().map(|code| {
        let href = format!("{base}/{}", at::SENT);
        view! {
            <div class="dvc-inset">
                <p class="dvc-body">{say(locale, "Bạn đã nộp hồ sơ mã ", "You have submitted dossier ")}<strong>{code}</strong>". "
                    <a class="dvc-link" href=href>{say(locale, "Xem hồ sơ đã nộp", "See the submitted dossier")}</a></p>
            </div>
        }
    });
    let (go, go_text) = match &resume {
        Some((to, _)) => (
            to.clone(),
            say(locale, "Tiếp tục hồ sơ", "Continue your dossier"),
        ),
        None => (begin, say(locale, "Bắt đầu", "Start now")),
    };
    let resume_note = resume.as_ref().map(|(_, until)| {
        view! {
            <div class="dvc-inset">
                <p class="dvc-body">{say(locale, "Bạn có một hồ sơ đang làm dở, được lưu đến hết ngày ", "You have a dossier in progress, kept until the end of ")}{until.clone()}"."</p>
            </div>
        }
    });
    let again = (resume.is_some() || sent.is_some()).then(|| {
        view! {
            <Form id=posted::NEW_FORM>
                <Button kind=ButtonKind::Secondary>{say(locale, "Bắt đầu một hồ sơ mới", "Start a new dossier")}</Button>
            </Form>
        }
    });
    view! {
        <h1 class="dvc-heading-l">{words(&p.title, locale).to_string()}</h1>
        <p class="dvc-body">{words(&file.start.purpose, locale).to_string()}</p>
        {need}
        <p class="dvc-body">{format!("{} {}.", say(locale, "Thời hạn giải quyết:", "Time to decide:"), words(&p.takes, locale))}</p>
        {sign_in.map(|s| view! { <p class="dvc-body">{s}</p> })}
        <p class="dvc-body">{say(locale,
            "Câu trả lời được lưu trên máy chủ mỗi khi bạn bấm “Tiếp tục”: bạn có thể dừng và quay lại sau.",
            "Your answers are saved on the server each time you press “Continue”: you can stop and come back later.",
        )}</p>
        {sent_note}
        {resume_note}
        <p class="dvc-body"><a class="dvc-button dvc-button--start" href=go>{go_text}</a></p>
        {again}
    }
    .into_any()
}

/// A word starting in lower case, for use inside a sentence ("Khách" → "khách").
fn in_sentence(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
fn group_list(
    file: &ProcedureFile,
    base: &str,
    page: &str,
    items: Vec<dvc_procedure::read_back::Row>,
    needs_more: bool,
    can_add: bool,
    back: String,
    action: String,
    locale: Locale,
) -> AnyView {
    let Some(p) = dvc_procedure::route::page(file, page) else {
        return ().into_any();
    };
    let Some(group) = &p.group else {
        return ().into_any();
    };
    let noun = in_sentence(words(&group.item, locale));
    let returning = action.contains(at::RETURN_QUERY);
    let keep = move |href: String| {
        if returning {
            format!("{href}?{}", at::RETURN_QUERY)
        } else {
            href
        }
    };
    let new_item = keep(format!("{base}/{page}/{}", at::NEW_ITEM));
    let rows = items
        .into_iter()
        .map(|r| {
            let change = keep(format!("{base}/{}", r.page));
            let n = r.page.rsplit('/').next().unwrap_or_default().to_string();
            let hidden = format!(" {}", r.question);
            view! {
                <div class="dvc-check-answers__row">
                    <dt class="dvc-check-answers__question">{r.question.clone()}</dt>
                    <dd class="dvc-check-answers__answer">{r.answer.clone()}</dd>
                    <dd class="dvc-check-answers__action">
                        <a class="dvc-link" href=change>{say(locale, "Thay đổi", "Change")}<span class="dvc-visually-hidden">{hidden.clone()}</span></a>
                        " "
                        <Button kind=ButtonKind::Link name=ACTION_FIELD value=format!("{}{n}", posted::REMOVE)>
                            {say(locale, "Xoá", "Remove")}<span class="dvc-visually-hidden">{hidden}</span>
                        </Button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let more = if needs_more {
        view! {
            <div class="dvc-inset">
                <p class="dvc-body">{format!("{} {} {noun}.", say(locale, "Cần có ít nhất", "You need to add at least"), group.min)}</p>
            </div>
            <p class="dvc-body"><a class="dvc-button" href=new_item>{format!("{} {noun}", say(locale, "Thêm", "Add a"))}</a></p>
        }
        .into_any()
    } else {
        let question = format!(
            "{} {noun} {}",
            say(locale, "Bạn có cần thêm", "Do you need to add another"),
            say(locale, "khác không?", "")
        )
        .trim_end()
        .to_string();
        let question = if locale == Locale::En {
            format!("{question}?")
        } else {
            question
        };
        let full = (!can_add).then(|| view! {
            <p class="dvc-body">{format!("{} {} {noun}.", say(locale, "Đã đủ số tối đa:", "That is the most allowed:"), group.max)}</p>
        });
        view! {
            // Built inside the form (its children), so the question registers with it.
            <Form id=posted::GROUP_FORM action=action.clone()>
                {can_add.then(|| view! {
                    <Field name=posted::ADD_ANOTHER label=question group=true
                        rule=FieldRule::OneOf(vec!["co".into(), "khong".into()]) subject=say(locale, "có hoặc không", "yes or no")>
                        <Radios options=vec![Choice::new("co", say(locale, "Có", "Yes")), Choice::new("khong", say(locale, "Không", "No"))]/>
                    </Field>
                })}
                {full}
                <Button>{say(locale, "Tiếp tục", "Continue")}</Button>
            </Form>
        }
        .into_any()
    };
    view! {
        <BackLink href=back/>
        <h1 class="dvc-heading-l">{words(&p.question, locale).to_string()}</h1>
        <Form id=posted::GROUP_ITEMS_FORM action=action>
            <dl class="dvc-check-answers">{rows}</dl>
        </Form>
        {more}
    }
    .into_any()
}

/// The files the server keeps for a files question, each with its "Xoá" (a form of its
/// own, so no "Xoá" is ever the question form's button).
fn kept_files_form(kept: Vec<KeptFile>, action: String, locale: Locale) -> impl IntoView {
    let rows = kept
        .into_iter()
        .map(|f| {
            let size = human_size(f.bytes, locale);
            view! {
                <div class="dvc-check-answers__row">
                    <dt class="dvc-check-answers__question">{f.name.clone()}</dt>
                    <dd class="dvc-check-answers__answer">{size}</dd>
                    <dd class="dvc-check-answers__action">
                        <Button kind=ButtonKind::Link name=ACTION_FIELD value=format!("{}{}", posted::REMOVE, f.id)>
                            {say(locale, "Xoá", "Remove")}<span class="dvc-visually-hidden">{format!(" {}", f.name)}</span>
                        </Button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <Form id=posted::KEPT_FILES_FORM action=action>
            <h2 class="dvc-heading-m">{say(locale, "Tệp đã tải lên", "Files uploaded")}</h2>
            <p class="dvc-body">{say(locale,
                "Các tệp này được giữ trên máy chủ cùng hồ sơ, không cần tải lại.",
                "These files are kept on the server with your dossier: you do not need to upload them again.",
            )}</p>
            <dl class="dvc-check-answers">{rows}</dl>
        </Form>
    }
}

/// Why an answer cannot be changed here, and how to have it corrected.
fn identity_note(locale: Locale) -> &'static str {
    say(
        locale,
        "Thông tin này lấy từ tài khoản định danh điện tử (VNeID) của bạn nên không sửa được ở đây. Nếu có sai sót, hãy đề nghị Công an cấp xã điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
        "This comes from your electronic identity (VNeID), so it cannot be changed here. If it is wrong, ask the commune police to correct it in the national population database.",
    )
}

/// A question the identity answered: its answer, read-only, and "Tiếp tục".
fn from_identity(
    file: &ProcedureFile,
    page: &str,
    answers: &[(String, String)],
    said: String,
    back: String,
    action: String,
    locale: Locale,
) -> AnyView {
    let question = dvc_procedure::route::page(file, page)
        .map(|p| dvc_procedure::route::question(file, p, answers, locale).to_string())
        .unwrap_or_default();
    view! {
        <BackLink href=back/>
        <h1 class="dvc-heading-l">{question}</h1>
        <p class="dvc-body"><strong>{said}</strong></p>
        <p class="dvc-body">{identity_note(locale)}</p>
        <Form id=posted::QUESTION_FORM action=action>
            <Button>{say(locale, "Tiếp tục", "Continue")}</Button>
        </Form>
    }
    .into_any()
}

#[allow(clippy::too_many_arguments)]
fn check(
    file: &ProcedureFile,
    base: &str,
    rows: Vec<dvc_procedure::read_back::Row>,
    fees: Vec<FeeLine>,
    back: String,
    missing: Option<String>,
    not_saved: bool,
    vouched: &[String],
    locale: Locale,
) -> AnyView {
    let answers: Vec<Answer> = rows
        .iter()
        .map(|r| {
            // What the identity answered has no "Thay đổi".
            let change = if vouched.contains(&r.page) {
                String::new()
            } else {
                format!("{base}/{}?{}", r.page, at::RETURN_QUERY)
            };
            Answer::new(&r.question, &r.answer, &change)
        })
        .collect();
    let note = (!vouched.is_empty()).then(|| {
        view! {
            <p class="dvc-body">{say(locale,
                "Các câu trả lời không có liên kết “Thay đổi” lấy từ tài khoản định danh điện tử (VNeID) của bạn nên không sửa được ở đây. Nếu có sai sót, hãy đề nghị Công an cấp xã điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
                "The answers without a “Change” link come from your electronic identity (VNeID), so they cannot be changed here. If something is wrong, ask the commune police to correct it in the national population database.",
            )}</p>
        }
    });
    let fee = (!fees.is_empty()).then(|| {
        view! { <FeeSummary fees=fee_list(&fees, locale) title=say(locale, "Phí, lệ phí phải nộp", "Fees to pay")/> }
    });
    let declaration = words(&file.procedure.declaration, locale).to_string();
    let submit = match missing {
        Some(next) => view! {
            <div class="dvc-inset">
                <p class="dvc-body">{say(locale, "Hồ sơ chưa đủ: còn câu hỏi bạn chưa trả lời.", "The dossier is not complete: some questions are not answered yet.")}</p>
                <p class="dvc-body"><a class="dvc-link" href=next>{say(locale, "Trả lời câu hỏi tiếp theo", "Answer the next question")}</a></p>
            </div>
        }
        .into_any(),
        None => view! {
            <Form id=posted::CHECK_FORM retry=true>
                <Field name="declaration" label=say(locale, "Cam đoan", "Declaration") group=true rule=FieldRule::MustTick
                    subject=say(locale, "lời cam đoan", "the declaration")>
                    <Checkboxes options=vec![Choice::new("yes", &declaration)]/>
                </Field>
                <Button>{say(locale, "Xác nhận và nộp hồ sơ", "Confirm and submit the dossier")}</Button>
            </Form>
        }
        .into_any(),
    };
    view! {
        <BackLink href=back/>
        {not_saved.then(|| not_saved_warning(locale))}
        <h1 class="dvc-heading-l">{check_heading(locale)}</h1>
        {note}
        <CheckAnswers answers=answers/>
        {fee}
        {submit}
    }
    .into_any()
}
