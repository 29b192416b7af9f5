//! The pages of "Đăng ký thường trú": the start page, one page per question (the question
//! as its `h1`, "Quay lại" to the previous question, "Tiếp tục" and "Lưu và tiếp tục
//! sau"), check answers, the page after saving, and the confirmation with the dossier code.
//! Every page is one function of the address and the server's [`ServiceView`]; the
//! questions' rules are the kit's, checked in the browser and again by the server.

use super::view::ServiceView;
use super::{Step, ACTION, BASE, FORM_ID, NEW_FORM_ID, PROOF, SENT_PATH};
use crate::app::current_path;
use crate::language::{href, say, split};
use dvc_rules::date::DateLimits;
use dvc_rules::files::FileLimits;
use dvc_rules::form::FieldRule;
use dvc_ui::flow::{Answer, BackLink, CheckAnswers, Confirmation};
use dvc_ui::form::{human_size, ButtonKind, Checkboxes, Choice, DateInput, FileUpload, Radios};
use dvc_ui::prelude::*;
use leptos::prelude::*;

const ACCEPT: [&str; 4] = ["pdf", "jpg", "jpeg", "png"];
const MAX_BYTES: u64 = 5_000_000;
/// Files kept in all for the proof question.
pub const MAX_FILES: usize = 3;

/// What the proof question accepts when `kept` files are already kept: one definition for
/// the browser and the server.
pub fn proof_limits(kept: usize) -> FileLimits {
    FileLimits::new(&ACCEPT, MAX_BYTES, MAX_FILES.saturating_sub(kept))
}

/// The page at the current address (any page of the service).
pub fn render() -> AnyView {
    let (_, path) = split(&current_path());
    let view = ServiceView::current();
    match Step::from_path(&path) {
        Some(Step::Check) => check(&view),
        Some(step) => question(step, &view),
        None if path == super::SAVED_PATH => saved(&view),
        None if path == SENT_PATH => sent(&view),
        None => start(&view),
    }
}

fn start(view: &ServiceView) -> AnyView {
    let first = href(&Step::Name.path());
    let resume = (!view.resume.is_empty()).then(|| view! {
        <div class="dvc-inset">
            <p>{say("Bạn có một hồ sơ đang làm dở, được lưu đến hết ngày ", "You have a dossier in progress, kept until the end of ")}{view.expires.clone()}"."</p>
        </div>
    });
    let sent = (!view.code.is_empty()).then(|| view! {
        <div class="dvc-inset">
            <p>{say("Bạn đã nộp hồ sơ mã ", "You have submitted dossier ")}<strong>{view.code.clone()}</strong>". "
                <a href=href(SENT_PATH)>{say("Xem hồ sơ đã nộp", "See the submitted dossier")}</a></p>
        </div>
    });
    let (go, go_text) = if !view.signed_in {
        // Sign in first (VNeID, level 2), then straight to the first question, or back to the draft.
        (
            crate::pages::sign_in::sign_in_href(&Step::Name.path()),
            say("Bắt đầu", "Start now"),
        )
    } else if view.resume.is_empty() {
        (first, say("Bắt đầu", "Start now"))
    } else {
        (
            view.resume.clone(),
            say("Tiếp tục hồ sơ", "Continue your dossier"),
        )
    };
    let start_again = (!view.resume.is_empty() || !view.code.is_empty()).then(|| view! {
        <Form id=NEW_FORM_ID>
            <Button kind=ButtonKind::Secondary>{say("Bắt đầu một hồ sơ mới", "Start a new dossier")}</Button>
        </Form>
    });
    view! {
        <h1>{say("Đăng ký thường trú", "Register a permanent residence")}</h1>
        <p>{say(
            "Dùng dịch vụ này để đăng ký nơi thường trú mới cho bạn. Mất khoảng 10 phút.",
            "Use this service to register a new permanent residence for yourself. It takes about 10 minutes.",
        )}</p>
        <p>{say("Bạn cần có:", "You need:")}</p>
        <ul class="dvc-list dvc-list--bullet">
            <li>{say("số định danh cá nhân (12 số, trên thẻ căn cước)", "your personal identification number (12 digits, on your identity card)")}</li>
            <li>{say("giấy tờ chứng minh chỗ ở hợp pháp (PDF, JPG hoặc PNG)", "proof that you may live in the home (PDF, JPG or PNG)")}</li>
            <li>{say("ý kiến đồng ý của chủ hộ hoặc chủ sở hữu, nếu chỗ ở không phải của bạn", "the agreement of the head of household or the owner, if the home is not yours")}</li>
        </ul>
        <p>{say(
            "Bạn cần đăng nhập bằng tài khoản định danh điện tử (VNeID) mức độ 2. Câu trả lời được lưu trên máy chủ theo tài khoản mỗi khi bạn bấm “Tiếp tục”: bạn có thể dừng, đăng xuất và quay lại sau. Lệ phí 50.000 ₫, nộp sau khi nộp hồ sơ.",
            "You need to sign in with a level 2 electronic identity (VNeID). Your answers are saved on the server with your account each time you press “Continue”: you can stop, sign out and come back later. The fee is 50.000 ₫, paid after you submit.",
        )}</p>
        {sent}
        {resume}
        <p><a class="dvc-button dvc-button--start" href=go>{go_text}</a></p>
        {start_again}
    }
    .into_any()
}

/// The buttons under every question.
fn continue_buttons() -> impl IntoView {
    view! {
        <div class="dvc-button-group">
            <Button>{say("Tiếp tục", "Continue")}</Button>
            <Button kind=ButtonKind::Secondary name=ACTION value="save" without_checks=true>{say("Lưu và tiếp tục sau", "Save and come back later")}</Button>
        </div>
    }
}

fn question(step: Step, view: &ServiceView) -> AnyView {
    let back = view! { <BackLink href=view.back.clone()/> };
    let not_saved = view.not_saved.then(|| view! {
        <div class="dvc-inset dvc-inset--warning" role="alert">
            <p>{say(
                "Máy chủ chưa lưu được câu trả lời của bạn. Các câu trả lời vẫn còn trên trang này: hãy bấm “Tiếp tục” lại sau ít phút.",
                "The server could not save your answers. They are still on this page: press “Continue” again in a few minutes.",
            )}</p>
        </div>
    });
    if step == Step::Proof {
        return view! { {back}{not_saved}{proof(view)} }.into_any();
    }
    view! {
        {back}
        {not_saved}
        // Built inside the form (its children), so each question registers with it; kept on
        // the server while the citizen types.
        <Form id=FORM_ID autosave=true retry=true>
            {fields(step)}
            {continue_buttons()}
        </Form>
    }
    .into_any()
}

/// The questions of `step`'s page (called inside its `Form`).
fn fields(step: Step) -> AnyView {
    let q = step.question(use_locale());
    match step {
        Step::Name => view! { <NameInput name="full_name" label=q label_is_heading=true/> }.into_any(),
        Step::Birth => view! {
            <Field name="dob" label=q label_is_heading=true group=true hint=say("Ví dụ: 27 3 1990", "For example: 27 3 1990")
                rule=FieldRule::Date(DateLimits { past: true, ..Default::default() })>
                <DateInput birthday=true/>
            </Field>
        }
        .into_any(),
        Step::Id => view! { <CitizenIdInput name="id_number" label=q label_is_heading=true/> }.into_any(),
        Step::Phone => view! {
            <PhoneInput name="phone" label=q label_is_heading=true
                hint=say("Chúng tôi nhắn tin cho bạn khi hồ sơ được tiếp nhận hoặc cần bổ sung.", "We text you when the dossier is received or needs more documents.")/>
        }
        .into_any(),
        Step::Address => view! { <h1>{q}</h1><AddressInput prefix="address"/> }.into_any(),
        Step::Home => view! {
            <Field name="home" label=q label_is_heading=true group=true
                rule=FieldRule::OneOf(vec!["own".into(), "relative".into(), "rented".into()])>
                <Radios options=vec![
                    Choice::new("own", say("Của tôi (tôi là chủ sở hữu)", "Me (I own it)")),
                    Choice::new("relative", say("Của người thân, tôi về ở cùng", "A relative, whom I am moving in with")),
                    Choice::new("rented", say("Nhà thuê, mượn hoặc ở nhờ", "It is rented, lent or I stay there by agreement")),
                ]/>
            </Field>
        }
        .into_any(),
        Step::Owner => view! {
            <h1>{q}</h1>
            <NameInput name="owner_name" label=say("Họ và tên chủ hộ hoặc chủ sở hữu", "Full name of the head of household or owner")/>
            <Field name="owner_consent" label=say("Ý kiến của chủ hộ hoặc chủ sở hữu", "Agreement of the head of household or owner") group=true
                rule=FieldRule::MustTick subject=say("ý kiến đồng ý của chủ hộ", "the owner's agreement")>
                <Checkboxes options=vec![Choice::new("yes", say(
                    "Chủ hộ hoặc chủ sở hữu đã đồng ý cho tôi đăng ký thường trú tại chỗ ở này",
                    "The head of household or owner has agreed that I register this home as my permanent residence",
                ))]/>
            </Field>
        }
        .into_any(),
        Step::Proof | Step::Check => ().into_any(),
    }
}

/// The proof question: the files kept so far (each with its own "Xoá"), then a file box
/// for more while there is room.
fn proof(view: &ServiceView) -> AnyView {
    let q = Step::Proof.question(use_locale());
    let locale = use_locale();
    let hint = say(
        "Ví dụ: giấy chứng nhận quyền sử dụng đất, hợp đồng thuê nhà. PDF, JPG hoặc PNG; mỗi tệp tối đa 5 MB; tối đa 3 tệp.",
        "For example: a land-use certificate or a tenancy agreement. PDF, JPG or PNG; each file up to 5 MB; at most 3 files.",
    );
    let subject = say("giấy tờ chứng minh chỗ ở", "proof of the home");
    let room = MAX_FILES.saturating_sub(view.files.len());
    let limits = proof_limits(view.files.len());
    if view.files.is_empty() {
        return view! {
            <Form id=FORM_ID autosave=true retry=true>
                <Field name=PROOF label=q label_is_heading=true hint=hint subject=subject rule=FieldRule::Files(limits)>
                    <FileUpload accept=ACCEPT.to_vec() max_bytes=MAX_BYTES max_files=MAX_FILES/>
                </Field>
                {continue_buttons()}
            </Form>
        }
        .into_any();
    }
    // Kept files are removed through a form of their own, before the question's: the
    // question's "Tiếp tục" stays its form's first button (the one Enter presses).
    let files = view.files.clone();
    let kept = move || {
        files.iter().cloned().map(move |f| {
        let size = human_size(f.bytes, locale);
        view! {
            <div class="dvc-check-answers__row">
                <dt class="dvc-check-answers__question">{f.name.clone()}</dt>
                <dd class="dvc-check-answers__answer">{size}</dd>
                <dd class="dvc-check-answers__action">
                    <Button kind=ButtonKind::Link name=ACTION value=format!("remove-{}", f.id)>
                        {say("Xoá", "Remove")}<span class="dvc-visually-hidden">{format!(" {}", f.name)}</span>
                    </Button>
                </dd>
            </div>
        }
    }).collect_view()
    };
    let more = move || {
        if room == 0 {
            view! { <p>{say("Bạn đã tải lên đủ 3 tệp. Muốn thay một tệp, hãy xoá nó trước.", "You have uploaded 3 files, the most allowed. To replace one, remove it first.")}</p> }.into_any()
        } else {
            view! {
            <Field name=PROOF label=say("Thêm tệp khác", "Add another file") hint=hint subject=subject optional=true rule=FieldRule::Files(limits)>
                <FileUpload accept=ACCEPT.to_vec() max_bytes=MAX_BYTES max_files=room/>
            </Field>
        }
        .into_any()
        }
    };
    view! {
        <h1>{q}</h1>
        <Form id="kept-files">
            <h2>{say("Tệp đã tải lên", "Files uploaded")}</h2>
            <p>{say("Các tệp này được giữ trên máy chủ cùng hồ sơ, không cần tải lại.", "These files are kept on the server with your dossier: you do not need to upload them again.")}</p>
            <dl class="dvc-check-answers">{kept()}</dl>
        </Form>
        <Form id=FORM_ID autosave=true retry=true>
            {more()}
            {continue_buttons()}
        </Form>
    }
    .into_any()
}

fn check(view: &ServiceView) -> AnyView {
    let back = view! { <BackLink href=view.back.clone()/> };
    let answers: Vec<Answer> = view
        .answers
        .iter()
        .map(|a| Answer::new(&a.question, &a.answer, &a.change_href))
        .collect();
    let heading = Step::Check.question(use_locale());
    if !view.missing.is_empty() {
        return view! {
            {back}
            <h1>{heading}</h1>
            <div class="dvc-inset">
                <p>{say("Hồ sơ chưa đủ: còn câu hỏi bạn chưa trả lời.", "The dossier is not complete: some questions are not answered yet.")}</p>
                <p><a href=view.missing.clone()>{say("Trả lời câu hỏi tiếp theo", "Answer the next question")}</a></p>
            </div>
            {from_identity(view)}
            <CheckAnswers answers=answers/>
        }
        .into_any();
    }
    view! {
        {back}
        <h1>{heading}</h1>
        {from_identity(view)}
        <CheckAnswers answers=answers/>
        <Form id=FORM_ID retry=true>
            <Field name="declaration" label=say("Cam đoan", "Declaration") group=true rule=FieldRule::MustTick subject=say("lời cam đoan", "the declaration")>
                <Checkboxes options=vec![Choice::new("yes", say(
                    "Tôi cam đoan những thông tin trên là đúng sự thật và chịu trách nhiệm trước pháp luật",
                    "I declare that the information above is true and that I am answerable for it under the law",
                ))]/>
            </Field>
            <Button>{say("Xác nhận và nộp hồ sơ", "Confirm and submit the dossier")}</Button>
        </Form>
    }
    .into_any()
}

/// Why some answers have no "Thay đổi": the identity provider is their source.
fn from_identity(view: &ServiceView) -> Option<impl IntoView> {
    view.from_identity.then(|| view! {
        <p>{say(
            "Các thông tin không có liên kết “Thay đổi” lấy từ tài khoản định danh điện tử (VNeID) của bạn, nên không sửa được ở đây. Nếu có sai sót, hãy đề nghị Công an cấp xã điều chỉnh thông tin trong Cơ sở dữ liệu quốc gia về dân cư.",
            "The answers without a “Change” link come from your electronic identity (VNeID), so they cannot be changed here. If something is wrong, ask the commune police to correct it in the national population database.",
        )}</p>
    })
}

fn saved(view: &ServiceView) -> AnyView {
    let resume = if view.resume.is_empty() {
        href(BASE)
    } else {
        view.resume.clone()
    };
    view! {
        <h1>{say("Đã lưu hồ sơ của bạn", "Your dossier has been saved")}</h1>
        <p>{say("Máy chủ giữ các câu trả lời và tệp của bạn đến hết ngày ", "The server keeps your answers and files until the end of ")}<strong>{view.expires.clone()}</strong>
            {say(", rồi xoá hẳn.", ", then deletes them.")}</p>
        <p>{say(
            "Để tiếp tục, mở lại trang dịch vụ và đăng nhập bằng VNeID, trên máy này hay máy khác: bạn sẽ quay về đúng câu hỏi đang làm. Mật khẩu và mã xác thực không bao giờ được lưu.",
            "To carry on, open the service again and sign in with VNeID, on this device or another: you will come back to the question you were on. Passwords and one-time codes are never saved.",
        )}</p>
        <p><a class="dvc-button" href=resume>{say("Tiếp tục ngay", "Continue now")}</a></p>
        <p><a href=href(BASE)>{say("Về trang dịch vụ", "Back to the service's start page")}</a></p>
    }
    .into_any()
}

fn sent(view: &ServiceView) -> AnyView {
    if view.code.is_empty() {
        return view! {
            <h1>{say("Chưa có hồ sơ đã nộp", "No submitted dossier")}</h1>
            <p>{say(
                "Trình duyệt này chưa nộp hồ sơ đăng ký thường trú nào, hoặc hồ sơ đã nộp từ một thiết bị khác.",
                "This browser has not submitted a permanent residence dossier, or it was submitted from another device.",
            )}</p>
            <p><a href=href(BASE)>{say("Về trang dịch vụ", "Back to the service's start page")}</a></p>
        }
        .into_any();
    }
    view! {
        <Confirmation title=say("Đã nộp hồ sơ", "Dossier submitted") code=view.code.clone()/>
        <p>{say("Hãy ghi lại mã hồ sơ: bạn dùng mã này để tra cứu và khi liên hệ cơ quan giải quyết.", "Note the dossier code: you use it to look the dossier up and whenever you contact the office.")}</p>
        <h2>{say("Việc tiếp theo", "What happens next")}</h2>
        <ol class="dvc-list dvc-list--number">
            <li>{say("Nộp lệ phí 50.000 ₫ (bằng chuyển khoản VietQR hoặc qua cổng thanh toán).", "Pay the fee of 50.000 ₫ (by VietQR bank transfer or through the payment gateway).")}</li>
            <li>{say("Công an cấp xã kiểm tra hồ sơ trong 7 ngày làm việc và nhắn tin cho bạn khi có kết quả hoặc cần bổ sung.", "The commune police check the dossier within 7 working days and text you when there is a result or something is missing.")}</li>
        </ol>
        <p><a class="dvc-button dvc-no-print" href=href(crate::pages::payment::FEE_PATH)>{say("Nộp lệ phí", "Pay the fee")}</a></p>
        <p>{say("Đây là bản trình diễn: hồ sơ không được gửi tới cơ quan nào.", "This is a demonstration: the dossier is not sent to any office.")}</p>
        <p class="dvc-no-print"><a href=href(BASE)>{say("Về trang dịch vụ", "Back to the service's start page")}</a></p>
    }
    .into_any()
}
