//! Tests of the identity components (SignInChooser, SignedIn): server-rendered markup. Run
//! through components/tests/markup.rs.

use crate::support::*;
use dvc_ui::identity::{AccountSignIn, OtpInput, SessionTimeout, SignInChooser, SignedIn};

#[test]
fn vneid_comes_first_as_a_real_link_and_the_portal_account_after_or() {
    let doc = render(
        || view! { <SignInChooser vneid_href="/dang-nhap/vneid?muc=2" account_href="/dang-nhap/tai-khoan"/> },
    );
    let links = all(&doc, "a");
    assert_eq!(links.len(), 2);
    assert_eq!(attr(links[0], "href"), Some("/dang-nhap/vneid?muc=2"));
    assert_eq!(
        text(links[0]),
        "Đăng nhập bằng tài khoản định danh điện tử (VNeID)"
    );
    assert!(attr(links[0], "class")
        .unwrap()
        .contains("dvc-button--start"));
    assert_eq!(attr(links[1], "href"), Some("/dang-nhap/tai-khoan"));
    assert_eq!(text(one(&doc, ".dvc-sign-in__or")), "hoặc");
    assert_eq!(
        count(&doc, "script, form, button"),
        0,
        "links only: nothing needs a script"
    );
    assert_eq!(
        count(&doc, ".dvc-inset"),
        0,
        "no level is said when none is needed"
    );
}

#[test]
fn a_level_two_procedure_says_so_before_the_citizen_leaves_and_what_to_do_without() {
    let doc = render(|| view! { <SignInChooser vneid_href="/v" level_two=true/> });
    let said = text(one(&doc, ".dvc-inset"));
    assert!(
        said.starts_with("Thủ tục này cần tài khoản định danh điện tử mức độ 2."),
        "{said}"
    );
    assert!(
        said.contains("Công an cấp xã") && said.contains("nộp hồ sơ trực tiếp"),
        "{said}"
    );
    // The note comes before the button, and no portal account is offered when none is given.
    let html = doc.html();
    assert!(html.find("dvc-inset").unwrap() < html.find("dvc-button--start").unwrap());
    assert_eq!(count(&doc, "a"), 1);
}

#[test]
fn english_pages_say_it_in_english() {
    let doc = render(|| {
        provide_locale(Locale::En);
        view! { <SignInChooser vneid_href="/v" level_two=true account_href="/a"/> }
    });
    assert_eq!(
        text(all(&doc, "a")[0]),
        "Sign in with your electronic identity (VNeID)"
    );
    assert_eq!(text(one(&doc, ".dvc-sign-in__or")), "or");
}

#[test]
fn signed_in_shows_the_name_as_text_and_signs_out_by_a_post() {
    let doc =
        render(|| view! { <SignedIn name="<b>Lò Thị Mai</b>" sign_out_action="/dang-xuat"/> });
    let name = one(&doc, ".dvc-signed-in__name");
    assert_eq!(text(name), "Đã đăng nhập: <b>Lò Thị Mai</b>");
    assert_eq!(count(&doc, "b"), 0, "the name is text, never markup");
    assert_eq!(
        text(one(&doc, ".dvc-signed-in__name .dvc-visually-hidden")),
        "Đã đăng nhập:"
    );
    let form = one(&doc, "form");
    assert_eq!(
        (attr(form, "method"), attr(form, "action")),
        (Some("post"), Some("/dang-xuat"))
    );
    let button = one(&doc, "form button");
    assert_eq!(
        (attr(button, "type"), text(button)),
        (Some("submit"), "Đăng xuất".to_string())
    );
}

#[test]
fn the_timeout_warning_is_a_closed_labelled_dialog_with_its_clock_and_two_ways_on() {
    let doc = render(
        || view! { <SessionTimeout seconds_left=900 keep_alive_url="/phien/gia-han" ended_url="/het-phien" sign_out_action="/dang-xuat"/> },
    );
    let dialog = one(&doc, "dialog#dvc-timeout");
    assert_eq!(
        attr(dialog, "open"),
        None,
        "closed until the clock opens it"
    );
    assert_eq!(attr(dialog, "data-preview"), None);
    assert_eq!(
        text(one(
            &doc,
            &format!("#{}", attr(dialog, "aria-labelledby").unwrap())
        )),
        "Bạn sắp bị đăng xuất"
    );
    let said = one(
        &doc,
        &format!("#{}", attr(dialog, "aria-describedby").unwrap()),
    );
    assert_eq!(attr(said, "aria-live"), Some("polite"));
    assert_eq!(text(said), "Để bảo vệ thông tin của bạn, phiên làm việc sẽ kết thúc sau 2 phút. Những gì bạn đã điền vẫn được lưu.");
    assert_eq!(
        (
            attr(dialog, "data-seconds-left"),
            attr(dialog, "data-warn-seconds"),
            attr(dialog, "data-keep-alive"),
            attr(dialog, "data-ended")
        ),
        (
            Some("900"),
            Some("120"),
            Some("/phien/gia-han"),
            Some("/het-phien")
        )
    );
    // The visible clock is hidden from screen readers: the words above say it, less often.
    assert_eq!(
        attr(
            one(&doc, ".dvc-timeout__clock")
                .parent()
                .and_then(ElementRef::wrap)
                .unwrap(),
            "aria-hidden"
        ),
        Some("true")
    );
    let go_on = one(&doc, "button[data-dvc-timeout-continue]");
    assert_eq!(
        (attr(go_on, "type"), text(go_on)),
        (Some("button"), "Tiếp tục phiên làm việc".to_string())
    );
    let form = one(&doc, "dialog form");
    assert_eq!(
        (attr(form, "method"), attr(form, "action")),
        (Some("post"), Some("/dang-xuat"))
    );
    assert_eq!(
        text(one(&doc, "dialog form button[type=submit]")),
        "Đăng xuất"
    );
}

#[test]
fn a_session_shorter_than_the_warning_warns_from_the_start_and_the_preview_is_drawn_open() {
    let doc = render(
        || view! { <SessionTimeout seconds_left=45 keep_alive_url="/k" ended_url="/e" sign_out_action="/o" preview=true/> },
    );
    let dialog = one(&doc, "dialog#dvc-timeout-preview");
    assert_eq!(
        attr(dialog, "aria-labelledby"),
        Some("dvc-timeout-preview-title")
    );
    assert_eq!(attr(dialog, "data-warn-seconds"), Some("45"));
    assert!(attr(dialog, "open").is_some() && attr(dialog, "data-preview").is_some());
    assert!(text(one(&doc, "#dvc-timeout-preview-said")).contains("45 giây"));
    let english = render(|| {
        provide_locale(Locale::En);
        view! { <SessionTimeout seconds_left=900 warn_seconds=90 keep_alive_url="/k" ended_url="/e" sign_out_action="/o"/> }
    });
    assert!(text(one(&english, "#dvc-timeout-said")).contains("in 1 minute 30 seconds."));
    assert_eq!(
        text(one(&english, "button[data-dvc-timeout-continue]")),
        "Stay signed in"
    );
}

#[test]
fn a_one_time_code_is_one_numeric_box_the_phone_can_fill_with_the_wait_and_send_again() {
    let doc = render(
        || view! { <Form id="otp"><OtpInput name="otp" sent_to="0912 *** 678" resend_after=60/></Form> },
    );
    assert_eq!(
        count(&doc, "input:not([type=hidden])"),
        1,
        "one box, not one per digit"
    );
    let input = one(&doc, "input#dvc-otp");
    assert_eq!(
        (
            attr(input, "autocomplete"),
            attr(input, "inputmode"),
            attr(input, "spellcheck")
        ),
        (Some("one-time-code"), Some("numeric"), Some("false"))
    );
    assert_eq!(
        attr(input, "maxlength"),
        None,
        "a pasted “123 456” must fit"
    );
    let hint = one(&doc, "#dvc-otp-hint");
    assert_eq!(
        text(hint),
        "Mã gồm 6 chữ số, vừa được gửi qua tin nhắn tới số 0912 *** 678."
    );
    assert!(ids_in(attr(input, "aria-describedby")).contains(&"dvc-otp-hint".to_string()));
    assert_eq!(text(one(&doc, "label[for=dvc-otp]")), "Mã xác thực");
    assert_eq!(
        text(one(&doc, "[aria-live=polite].dvc-visually-hidden")),
        "Bạn có thể yêu cầu gửi lại mã sau 60 giây."
    );
    // Without JavaScript the button is there (the server says how long to wait if early).
    let resend = one(&doc, "button[name=dvc_action][value=resend]");
    assert_eq!(text(resend), "Gửi lại mã");
    assert!(
        attr(resend, "formnovalidate").is_some(),
        "sending again needs no code"
    );
    assert_eq!(count(&doc, ".dvc-otp__resend [hidden]"), 0);
    // Enter in the box presses the form's first button: it confirms, never sends again.
    let first = all(&doc, "form button[type=submit]")[0];
    assert_eq!(
        (text(first), attr(first, "name")),
        ("Xác nhận".to_string(), None)
    );
}

#[test]
fn a_code_the_server_refused_is_the_questions_error_and_the_length_is_the_portals() {
    let doc = render(
        || view! { <Form id="otp"><OtpInput name="otp" digits=8 error="Mã xác thực đã hết hạn. Bấm “Gửi lại mã” để nhận mã mới"/></Form> },
    );
    assert!(text(one(&doc, "#dvc-otp-error"))
        .ends_with("Mã xác thực đã hết hạn. Bấm “Gửi lại mã” để nhận mã mới"));
    assert_eq!(
        attr(one(&doc, "input#dvc-otp"), "aria-invalid"),
        Some("true")
    );
    assert_eq!(
        text(one(&doc, "#dvc-otp-hint")),
        "Mã gồm 8 chữ số, vừa được gửi qua tin nhắn."
    );
    assert_eq!(
        text(one(&doc, "[aria-live=polite].dvc-visually-hidden")),
        "Bạn có thể yêu cầu gửi lại mã."
    );
}

#[test]
fn the_portal_account_is_the_id_number_as_user_name_and_the_current_password() {
    let doc = render(
        || view! { <Form id="account"><AccountSignIn id_name="username" password_name="password" forgot_href="/quen"/></Form> },
    );
    let id = one(&doc, "input#dvc-username");
    assert_eq!(
        (attr(id, "autocomplete"), attr(id, "inputmode")),
        (Some("username"), Some("numeric"))
    );
    assert_eq!(
        text(one(&doc, "label[for=dvc-username]")),
        "Số định danh cá nhân"
    );
    let password = one(&doc, "input#dvc-password");
    assert_eq!(
        (attr(password, "type"), attr(password, "autocomplete")),
        (Some("password"), Some("current-password"))
    );
    assert_eq!(text(one(&doc, "label[for=dvc-password]")), "Mật khẩu");
    let forgot = one(&doc, ".dvc-account-sign-in__forgot a");
    assert_eq!(
        (attr(forgot, "href"), text(forgot)),
        (Some("/quen"), "Quên mật khẩu?".to_string())
    );
    assert_eq!(text(one(&doc, "button[type=submit]")), "Đăng nhập");
    let without = render(
        || view! { <Form id="account"><AccountSignIn id_name="u" password_name="p"/></Form> },
    );
    assert_eq!(count(&without, ".dvc-account-sign-in__forgot"), 0);
}
