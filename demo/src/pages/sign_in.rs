//! The demo's sign-in pages: the sign-in page for the procedures (`SignInChooser`, level 2), one page for each way a sign-in can fail, each with a way back, and the page
//! after signing out. What happens on the server (the OpenID Connect exchange, sessions)
//! is `crate::identity`'s with `dvc_server::identity`.

use crate::app::current_path;
use crate::language::{href, say, split};
use dvc_ui::identity::SignInChooser;
use leptos::prelude::*;

/// The sign-in page.
pub const PATH: &str = "/dang-nhap";
/// The procedures the engine serves (`dvc_server::procedures::engine::BASE`, which the
/// browser build does not link): where the sign-in page sends the citizen back.
pub const PROCEDURES: &str = "/thu-tuc";
/// Where the server starts a sign-in with the identity provider (`?muc=1|2&tiep=/path`).
pub const START_PATH: &str = "/dang-nhap/vneid";
/// Where the provider sends the citizen back (one address, without a language prefix).
pub const CALLBACK_PATH: &str = "/dang-nhap/vneid/ket-qua";
/// Where the sign-out button posts.
pub const SIGN_OUT_PATH: &str = "/dang-xuat";
/// The page after signing out.
pub const SIGNED_OUT_PATH: &str = "/da-dang-xuat";
/// The page when a quiet session has ended (`?tiep=` the page the citizen was on).
pub const ENDED_PATH: &str = "/het-phien";
/// Where the session-timeout warning's "Tiếp tục phiên làm việc" posts.
pub const KEEP_ALIVE_PATH: &str = "/phien/gia-han";

/// Why a sign-in failed, by the last part of its page's address (the same slugs as
/// `dvc_server::identity::Failure::slug`, checked by a test).
pub const FAILURES: [(&str, (&str, &str)); 6] = [
    (
        "da-huy",
        ("Bạn đã huỷ đăng nhập", "You cancelled signing in"),
    ),
    (
        "het-phien",
        ("Lần đăng nhập này đã hết hạn", "This sign-in has expired"),
    ),
    (
        "ma-het-han",
        ("Mã đăng nhập đã hết hạn", "The sign-in code has expired"),
    ),
    (
        "khong-ket-noi",
        ("Chưa kết nối được với VNeID", "VNeID cannot be reached"),
    ),
    (
        "muc-chua-du",
        (
            "Tài khoản chưa đủ mức độ 2",
            "Your account is not level 2 yet",
        ),
    ),
    (
        "khong-xac-minh",
        (
            "Chưa xác minh được lần đăng nhập",
            "This sign-in could not be verified",
        ),
    ),
];

/// `text` made safe as a query value.
pub fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// The address that starts a sign-in at `level` and comes back to `back_to` (an address).
pub fn start_href(level: u8, back_to: &str) -> String {
    href(&format!(
        "{START_PATH}?muc={level}&tiep={}",
        encode(back_to)
    ))
}

/// Where the sign-in page sends the citizen back: a page of a procedure (the engine's,
/// `/thu-tuc/…`) named by `?tiep=` (the list of procedures for anything else).
fn back_to(query: &str, locale: dvc_rules::Locale) -> String {
    let asked = query
        .split('&')
        .find_map(|p| p.strip_prefix("tiep="))
        .map(decode)
        .unwrap_or_default();
    let (_, page) = split(&asked);
    if asked.starts_with('/')
        && crate::app::normalise(&page).starts_with(PROCEDURES)
        && !asked.contains("//")
    {
        asked
    } else {
        crate::language::address(PROCEDURES, locale)
    }
}

/// Percent-decoding of a query value (what is not valid UTF-8 is dropped).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |j: usize| bytes.get(j).and_then(|b| (*b as char).to_digit(16));
        match (bytes[i], hex(i + 1), hex(i + 2)) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b'+', _, _) => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// `/dang-nhap`: how to sign in to the example service.
pub fn render() -> AnyView {
    let (locale, _) = split(&current_path());
    let back = back_to(&crate::app::current_query(), locale);
    view! {
        <h1>{say("Đăng nhập để nộp hồ sơ", "Sign in to apply")}</h1>
        <p>{say(
            "Thủ tục “Đăng ký thường trú” cần biết bạn là ai: sau khi đăng nhập, họ tên, ngày sinh và số định danh được điền sẵn từ tài khoản định danh điện tử của bạn, và hồ sơ đang làm được giữ theo tài khoản.",
            "“Registering a permanent residence” needs to know who you are: once you are signed in, your name, date of birth and identification number are filled in from your electronic identity, and your dossier in progress is kept with your account.",
        )}</p>
        <SignInChooser vneid_href=start_href(2, &back) level_two=true/>
        <p class="dvc-hint">{say(
            "Bản trình diễn đăng nhập ở một máy thử nhà cung cấp định danh, với người dùng thử: không dùng tài khoản VNeID thật.",
            "The demo signs in at a test identity provider with test people: never use a real VNeID account here.",
        )}</p>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_way_back_is_a_page_of_a_procedure_only() {
        let back = |q: &str| back_to(q, dvc_rules::Locale::Vi);
        assert_eq!(
            back("tiep=%2Fthu-tuc%2Fdang-ky-thuong-tru%2Fho-ten"),
            "/thu-tuc/dang-ky-thuong-tru/ho-ten"
        );
        assert_eq!(
            back("tiep=%2Fen%2Fthu-tuc%2Fdang-ky-thuong-tru"),
            "/en/thu-tuc/dang-ky-thuong-tru"
        );
        for bad in [
            "tiep=https%3A%2F%2Fevil.example",
            "tiep=%2F%2Fevil.example%2Fthu-tuc%2Fdang-ky-thuong-tru",
            "tiep=%2Fcomponents%2Fbutton",
            "",
            "tiep=%ZZ",
        ] {
            assert_eq!(back(bad), "/thu-tuc", "{bad}");
        }
        assert_eq!(decode(&encode("/en/a b?c=d&é")), "/en/a b?c=d&é");
    }
}

/// `/dang-nhap/<why>`: a sign-in that did not finish, and the way back.
pub fn failure() -> AnyView {
    let (locale, path) = split(&current_path());
    let slug = path.rsplit('/').next().unwrap_or_default().to_string();
    let title = FAILURES
        .iter()
        .find(|(s, _)| *s == slug)
        .map(|(_, t)| crate::language::pick(locale, t.0, t.1))
        .unwrap_or_default();
    let why = match slug.as_str() {
        "da-huy" => say(
            "Bạn đã chọn “Huỷ” ở trang VNeID nên chưa đăng nhập. Chưa có gì được gửi đi.",
            "You chose “Cancel” on the VNeID page, so you are not signed in. Nothing has been sent.",
        ),
        "het-phien" => say(
            "Lần đăng nhập này không còn dùng được: đã quá 10 phút, đã được dùng một lần, hoặc được bắt đầu ở một trình duyệt khác. Hãy đăng nhập lại.",
            "This sign-in can no longer be used: it took more than 10 minutes, was already used, or was started in another browser. Sign in again.",
        ),
        "ma-het-han" => say(
            "VNeID không nhận mã đăng nhập vì mã đã hết hạn hoặc đã được dùng. Hãy đăng nhập lại.",
            "VNeID did not accept the sign-in code: it has expired or was already used. Sign in again.",
        ),
        "khong-ket-noi" => say(
            "Cổng chưa liên lạc được với hệ thống định danh điện tử. Hãy thử lại sau ít phút. Nếu vẫn không được, bạn có thể nộp hồ sơ trực tiếp tại Bộ phận Một cửa.",
            "The portal could not reach the electronic identity system. Try again in a few minutes. If it still fails, you can apply in person at the one-stop office.",
        ),
        "muc-chua-du" => say(
            "Thủ tục này cần tài khoản định danh điện tử mức độ 2, nhưng tài khoản bạn vừa dùng mới ở mức độ 1. Hãy mang thẻ căn cước đến Công an cấp xã để nâng lên mức độ 2, rồi đăng nhập lại; hoặc nộp hồ sơ trực tiếp tại Bộ phận Một cửa.",
            "This procedure needs a level 2 electronic identity account; the account you used is level 1. Take your citizen identity card to the commune police to raise it to level 2, then sign in again; or apply in person at the one-stop office.",
        ),
        _ => say(
            "Thông tin VNeID gửi về không qua được bước kiểm tra của cổng, nên cổng chưa thể cho bạn đăng nhập. Hãy đăng nhập lại.",
            "What VNeID sent back did not pass the portal's checks, so the portal cannot sign you in. Sign in again.",
        ),
    };
    view! {
        <h1>{title}</h1>
        <p>{why}</p>
        <p><a href=href(PATH)>{say("Đăng nhập lại", "Sign in again")}</a></p>
        <p><a href=href("/")>{say("Về trang giới thiệu", "Go to the introduction")}</a></p>
    }
    .into_any()
}

/// `/het-phien`: the session ended while the citizen was away; sign in again and come back.
pub fn ended() -> AnyView {
    let (locale, _) = split(&current_path());
    let back = back_to(&crate::app::current_query(), locale);
    view! {
        <h1>{say("Phiên làm việc đã kết thúc", "Your session has ended")}</h1>
        <p>{say(
            "Bạn không thao tác gì trong một thời gian nên cổng đã đăng xuất bạn để bảo vệ thông tin.",
            "You were away for a while, so the portal signed you out to protect your information.",
        )}</p>
        <p>{say(
            "Những câu trả lời bạn đã điền vẫn được lưu: đăng nhập lại để tiếp tục từ chỗ bạn dừng.",
            "The answers you entered are still saved: sign in again to carry on from where you stopped.",
        )}</p>
        <p><a class="dvc-button" href=href(&format!("{PATH}?tiep={}", encode(&back)))>{say("Đăng nhập lại", "Sign in again")}</a></p>
    }
    .into_any()
}

/// `/da-dang-xuat`: signed out.
pub fn signed_out() -> AnyView {
    view! {
        <h1>{say("Bạn đã đăng xuất", "You have signed out")}</h1>
        <p>{say(
            "Cổng đã kết thúc phiên làm việc của bạn và báo cho VNeID. Nếu bạn dùng máy tính chung, hãy đóng trình duyệt.",
            "The portal has ended your session and told VNeID. If you are on a shared computer, close the browser.",
        )}</p>
        <p><a href=href(PATH)>{say("Đăng nhập lại", "Sign in again")}</a></p>
    }
    .into_any()
}
